"""Broadcasters' call signs ("WXYZ-TV", "KXYZ 4", "(WXYZ) -"): one test of a station's sign,
which types its name a body (:mod:`.kinds`) and marks a story as its country's local news
(:mod:`.home`).
"""

from __future__ import annotations

import functools
import re

from ...gazetteer import Gazetteer
from .model import words


@functools.lru_cache(maxsize=256)
def broadcaster_sign(sign: str) -> re.Pattern[str]:
    """A call sign written as a broadcaster's: "WXYZ-TV", "KXYZ 4", "WXYZ News", "station WXYZ",
    "WXYZ's reporter ... report", a dateline's source ("TOWN, Ark. (WXYZ) -")."""
    return re.compile(
        rf"\b{sign}(?:-(?:TV|FM|AM|DT)\b|\s+(?:\d{{1,2}}\b|TV\b|News\b|Radio\b))"
        rf"|\({sign}\)\s*[-\u2013\u2014]"
        rf"|\(via\s+{sign}\)"
        rf"|\b(?:[Ss]tation|[Cc]hannel|[Aa]ffiliate|[Bb]roadcaster)\s+{sign}\b"
        rf"|\b{sign}'s\s[^.\n]{{0,40}}\breport"  # "WXYZ's Ann Lee contributed to this report"
    )


def call_sign_country(word: str, raw: str, gz: Gazetteer) -> str | None:
    """The country of a broadcaster's call sign ``word``: four capitals opening with a
    country's prefix, not a body the gazetteer knows nor a common noun's letters, that ``raw``
    (the story's text) writes as a broadcaster's (a band or TV suffix, a channel number, a word
    of broadcasting beside it, its market's town after a hyphen: a firm's initials, "KPMG", are
    none); None for any other word."""
    prefixes = words()["call_sign_prefixes"]
    if (
        len(word) == 4
        and word.isalpha()
        and word.isupper()
        and word[0].lower() in prefixes
        and gz.org(word) is None
        and word.lower() not in words()["common_acronyms"]
    ):
        iso = prefixes[word[0].lower()]
        if broadcaster_sign(word).search(raw) or _sign_and_town(word, raw, iso, gz):
            return iso
    return None


def _sign_and_town(sign: str, raw: str, iso: str, gz: Gazetteer) -> bool:
    """Whether ``raw`` writes the call sign joined by a hyphen to its market's town
    ("WXYZ-Springfield"): a capitalised word the tables place in the sign's country or know
    as nothing (a country, a people or a body there is another pairing: "WXYZ-Russia")."""
    for found in re.finditer(rf"\b{sign}-([A-Z][a-z]+)\b", raw):
        town = found.group(1)
        if gz.place_country(town) == iso or not (
            gz.place_country(town)
            or gz.country(town)
            or gz.demonym(town)
            or gz.org(town)
            or gz.us_state(town)
        ):
            return True
    return False
