"""The country a body's or a place's name holds by its own words (step 2 of the entities stage,
for :mod:`.clusters`): a country's name or its people's word inside a body's name ("the North
Korea Air Force"), a known place a compass word opens ("Southern Ontario"), a town opening a
police's or a council's name ("Lyon city council")."""

from __future__ import annotations

import functools

from ...gazetteer import Gazetteer
from .model import words


def country_in_name(name: str, gz: Gazetteer) -> str | None:
    """The country a body's name holds by the country's name or its people's word, the longest
    first ("the North Korea Air Force" -> PRK, not Korea's). A country's name that is part of a
    known place's name gives the place's country instead ("New Mexico State University" -> USA,
    "Mexico City Metro" -> MEX); none is taken from a country's name after a namesake's word
    ("New Guinea"), before a feature's or a place's noun ("Jordan Valley Hospital": a valley the
    name places in no country), nor from a country named like a US state ("Georgia Institute
    of Technology": the story's home decides)."""
    words_ = name.replace("-", " ").split()
    namesakes, places = words()["namesake_words"], _place_nouns()
    i = 0
    while i < len(words_):
        found = next(
            (
                (n, c)
                for n in range(min(_COUNTRY_WORDS, len(words_) - i), 0, -1)
                if (c := gz.nation(" ".join(words_[i : i + n]))) is not None
            ),
            None,
        )
        if found is None:
            i += 1
            continue
        n, country = found
        run = " ".join(words_[i : i + n])
        before = words_[i - 1] if i else ""
        after = words_[i + n] if i + n < len(words_) else ""
        wider = (before and gz.place_country(f"{before} {run}")) or (
            after and gz.place_country(f"{run} {after}")
        )
        if wider:
            return wider  # "New Mexico" -> USA, "Mexico City" -> MEX
        if (
            before.casefold() not in namesakes
            and after.casefold() not in places
            and not (gz.us_state(run) and gz.country(run))
        ):
            return country
        i += n
    return None


_COUNTRY_WORDS = 5  # the most words of a country's name ("Democratic Republic of the Congo")


@functools.lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    """The last words of a place's name ("valley", "springs"; no compass word) and the nouns of
    a natural feature: a country's name before one names a place, not the country."""
    table = words()
    places = set(table["place_name_words"]) - set(table["compass_words"])
    return frozenset(places | set(table["feature_nouns"]))


def compass_part(name: str, gz: Gazetteer) -> str | None:
    """The country of a part of a place the tables know, named by a compass word before it
    ("Southern Ontario", "eastern Norway"): the place's country."""
    first, _, rest = name.partition(" ")
    if first.casefold() not in words()["compass_words"] or not rest:
        return None
    return gz.country(rest) or gz.place_country(rest)


def place_opening(name: str, gz: Gazetteer) -> str | None:
    """The country of the place a body's name opens with when the rest is a group's or an
    institution's word ("Chicago Police", "Lyon city council"); not "Georgetown Law", whose
    place word may be another country's town."""
    words_ = name.split()
    heads = set(words()["groups"]) | set(words()["institutions"])
    if not words_ or words_[-1].casefold() not in heads:
        return None
    for n in (2, 1):
        if len(words_) > n and (c := gz.place_country(" ".join(words_[:n]))) is not None:
            return c
    return None
