"""Names whose kind the words around them tell, for step 1 (after :mod:`.mentions`): a ship
named after its noun ("the merchant vessel Ocean Star", "Indian Naval Ship Kaveri"), a
broadcaster written as one ("(WXYZ) -", "says ABC Metro"), a listed person's full name NER
typed a body, and no actor in a clock time's zone
("at 9am GMT").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...gazetteer import Gazetteer
from ...lexicon import reporting_verbs
from ...nlp import lowers_of, span_text, text_of, tokens_of
from .model import Mention, token_mention, words
from .outlets import missed_outlets
from .people import last_words
from .ships import missed_ships, ship_noun_only, ships_by_noun
from .stations import call_sign_country

_CLOCK = re.compile(r"^(?:\d{1,2}(?:[:.]\d{2})?(?:am|pm|a\.m\.|p\.m\.|hrs?)?|am|pm|a\.m\.|p\.m\.)$")


def retype(doc: Doc, mentions: list[Mention], gz: Gazetteer) -> list[Mention]:
    """The mentions with ships, broadcasters and time zones told by their context, and a body
    the gazetteer knows whose name NER cut short."""
    out = [m for m in mentions if not _time_zone(doc, m) and not ship_noun_only(doc, m)]
    out = [_known_body(doc, m, out, gz) for m in out]
    out = [_known_person(doc, m, gz) for m in out]
    out = _named_pairs(doc, out)
    _country_surnames(doc, out, gz)
    covered = {i for m in out for i in range(m.ts, m.te)}
    out.extend(missed_ships(doc, covered, gz, written_out=True))
    out = missed_outlets(doc, out)
    ships_by_noun(doc, out, gz)
    _broadcasters(doc, out, gz)
    return out


_LONGEST_RUN = 3  # capitalised words a known body's name may go on past NER's span


def _known_body(doc: Doc, m: Mention, out: list[Mention], gz: Gazetteer) -> Mention:
    """``m``, or the body the gazetteer knows by a longer name when NER cut that name short
    ("Islamic State fighters": NER took "Islamic" for a people's word): the span goes on over
    the capitalised words that make the listed name or alias, none of them another mention's."""
    if m.kind != "name" or m.label not in {"NORP", "GPE", "ORG", "PERSON"}:
        return m
    tokens = tokens_of(doc)
    taken: set[int] | None = None  # the tokens of the other mentions, found once a word is due
    best = None
    for te in range(m.te + 1, min(m.te + _LONGEST_RUN, len(tokens)) + 1):
        last = tokens[te - 1]
        if not (last.is_alpha and last.is_title):
            break
        if taken is None:
            taken = {i for o in out if o is not m for i in range(o.ts, o.te)}
        if te - 1 in taken:
            break
        info = gz.org(span_text(doc, m.ts, te))
        if info is not None and info.type == "ORG":
            best = (te, info)
    if best is None:
        return m
    te, info = best
    return token_mention(doc, m.ts, te, "ORG", country=info.country)


def _known_person(doc: Doc, m: Mention, gz: Gazetteer) -> Mention:
    """``m``, or a person when its whole name of two or more words is one the gazetteer lists
    as a person's and as no body's or place's (NER typed a candidate's full name a body)."""
    if m.kind != "name" or m.label in {"PERSON", "NORP"} or m.te - m.ts < 2:
        return m
    name = span_text(doc, m.ts, m.te)
    if " " not in name or gz.org(name) is not None or gz.place_country(name) is not None:
        return m
    if gz.person(name) is None:
        return m
    return token_mention(doc, m.ts, m.te, "PERSON")


def _named_pairs(doc: Doc, out: list[Mention]) -> list[Mention]:
    """The mentions with one name of two surnames joined by "and" ("Pryce and Keel" typed a
    body or a building) split into the two people the story names in full."""
    surnames = last_words(doc, [m for m in out if m.kind == "name"])
    tokens = tokens_of(doc)
    result = []
    for m in out:
        if (
            m.kind == "name"
            and m.te - m.ts == 3
            and tokens[m.ts + 1].lower_ == "and"
            and tokens[m.ts].text in surnames
            and tokens[m.te - 1].text in surnames
            and tokens[m.ts].text != tokens[m.te - 1].text
        ):
            result.append(token_mention(doc, m.ts, m.ts + 1, "PERSON"))
            result.append(token_mention(doc, m.te - 1, m.te, "PERSON"))
        else:
            result.append(m)
    return result


def _country_surnames(doc: Doc, out: list[Mention], gz: Gazetteer) -> None:
    """Relabel as a person a country's one-word name that is the surname of a person the story
    names in full and the subject of a verb of saying ("Jordan said" after "Terry Jordan"): the
    person speaks, as "Mr. Jordan" would."""
    surnames = last_words(doc, [m for m in out if m.kind == "name"])
    speech = reporting_verbs(("speech",))
    tokens = tokens_of(doc)
    for m in out:
        if m.kind != "name" or m.label != "GPE" or m.te - m.ts != 1:
            continue
        tok = tokens[m.ts]
        if tok.text not in surnames or gz.country(tok.text) is None:
            continue
        if tok.dep_ == "nsubj" and tok.head.lemma_ in speech:
            m.label = "PERSON"


def _time_zone(doc: Doc, m: Mention) -> bool:
    """A time zone's letters right after a clock time ("at 11am GMT", "3:30 p.m. EST")."""
    lowers = lowers_of(doc)
    return (
        m.kind == "name"
        and m.te - m.ts == 1
        and lowers[m.ts] in words()["time_zones"]
        and m.ts > 0
        and _CLOCK.match(lowers[m.ts - 1]) is not None
    )


def _broadcasters(doc: Doc, out: list[Mention], gz: Gazetteer) -> None:
    """A station's call sign written as a broadcaster's ("(WXYZ) -", "WXYZ-TV"), or a national
    network's name before its market's letters ("ABC Metro", "FOX DC"), is a body of the
    country the sign's first letter or the network says, whatever NER typed it."""
    raw = text_of(doc)
    networks = words()["broadcast_networks"]
    for m in out:
        if m.kind != "name" or m.label not in {"PERSON", "GPE", "ORG", "FAC"}:
            continue
        parts = span_text(doc, m.ts, m.te).split()
        head = parts[0]
        if len(parts) == 1 and (sign := call_sign_country(head, raw, gz)) is not None:
            m.label, m.country = "ORG", m.country or sign
        elif (
            len(parts) == 2
            and head.lower() in networks
            and head.isupper()
            and parts[1].isupper()
            and len(parts[1]) <= 4
        ):
            m.label, m.country = "ORG", m.country or networks[head.lower()]
