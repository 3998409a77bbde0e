"""Names NER typed as a kind the rest of the text says they are not (one of the fixes of step
1, in the order of :data:`.mentions.FIXES`):

- a street's name ("S. Ashby St.", "Orchard Trail") typed a body, a place or a person: a
  facility, no actor;
- a person-typed word the text names as a place elsewhere ("<Town> police said", "in <Town>"):
  the place; so is a body-typed name of no body the tables know ("a <Town> hotel") that the
  text writes before a police force's word or types a place elsewhere ("<TOWN>, Mo. -");
- a named person's surname before "campaign" ("the Hale campaign"): the person, whose campaign
  speaks for them;
- a body's name whose last word is the surname of a person the text names in full and the
  subject of the verb after it ("the Office of Rural Affairs Hale had announced"): the body and
  the person;
- a hyphened surname of a person named in full typed a body or a place: the person;
- one capitalised adjective or adverb at a sentence's start ("Wholesale prices fell"; a
  common noun there may be a group, "Farmers said"), or a market index's name: no actor.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...gazetteer import Gazetteer
from ...nlp import lowers_of, span_text, tokens_of
from .model import DETS, HYPHENS, Mention, generic_name, words
from .model import token_mention as _mention
from .people import hyphened_surnames

_COMMON_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "RBR", "RBS"})  # a noun may be a group
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def misfit_fixes(doc: Doc, out: list[Mention], gz: Gazetteer) -> list[Mention]:
    """``out`` with the mentions above retyped, split or dropped."""
    full = hyphened_surnames(doc, out)
    places = {span_text(doc, m.ts, m.te) for m in out if m.kind == "name" and m.label == "GPE"}
    # a person-typed name before a police force's word is a town wherever else it stands
    places |= {
        span_text(doc, m.ts, m.te)
        for m in out
        if m.kind == "name" and m.label == "PERSON" and _place_person(doc, m, full, set())
    }
    fixed: list[Mention] = []
    for m in out:
        if m.kind != "name":
            fixed.append(m)
        elif _street(doc, m, gz):
            fixed.append(_mention(doc, m.ts, m.te, "FAC"))
        elif _common_word(doc, m, full, gz):
            continue
        elif (m.label == "PERSON" and _place_person(doc, m, full, places)) or (
            m.label == "ORG" and _town_body_word(doc, m, places, gz)
        ):
            fixed.append(_mention(doc, m.ts, m.te, "GPE"))
        elif m.label in {"ORG", "GPE", "LOC", "FAC"} and _surname_of_named(doc, m, full):
            fixed.append(_mention(doc, m.ts, m.te, "PERSON"))
        else:
            fixed.extend(_body_and_subject(doc, m, full))
    return fixed


def _street(doc: Doc, m: Mention, gz: Gazetteer) -> bool:
    """Whether ``m`` is a street's name of two or more words, typed a body, place or person,
    and not one that acts for those who work there ("Downing Street said": its subject)."""
    text = span_text(doc, m.ts, m.te)
    last = tokens_of(doc)[m.te - 1]
    return (
        m.label in {"ORG", "GPE", "LOC", "PERSON"}
        and len(text.split()) >= 2
        and last.lower_ in words()["street_words"]
        and last.dep_ not in _SUBJECTS | {"poss"}
        and gz.org(text) is None
    )


def _common_word(doc: Doc, m: Mention, full: set[str], gz: Gazetteer) -> bool:
    """Whether ``m`` is a market index's name, or one word at a sentence's start the tagger
    calls an adjective or adverb, that the tables know as no name and the text names no one
    by."""
    text = span_text(doc, m.ts, m.te)
    if text.lower() in words()["market_indexes"]:
        return True
    tok = tokens_of(doc)[m.ts]
    return bool(
        m.te - m.ts == 1
        and m.label != "NORP"
        and tok.is_sent_start
        and tok.tag_ in _COMMON_TAGS
        and text not in full
        and not (gz.org(text) or gz.country(text) or gz.place_country(text) or gz.us_state(text))
        and not gz.person_by_surname(text)
    )


def _place_person(doc: Doc, m: Mention, full: set[str], places: set[str]) -> bool:
    """Whether a person-typed name, named by no title and no one's surname, is a name the text
    types a place elsewhere, or the name before a police force's word."""
    text = span_text(doc, m.ts, m.te)
    if m.titled or text in full or len(text.split()) > 2:
        return False
    nxt = lowers_of(doc)[m.te] if m.te < len(doc) else ""
    police = words()["institutions"].get(nxt) == "COP"
    return text in places or police


def _town_body_word(doc: Doc, m: Mention, places: set[str], gz: Gazetteer) -> bool:
    """Whether a body-typed name of one or two words, no body the tables know nor one of
    generic or organisation's words, is a town: the text types it a place elsewhere (in any
    case: a dateline's capitals) or writes it before a police force's word ("<Town> police")."""
    text = span_text(doc, m.ts, m.te)
    parts = [p for p in text.replace("-", " ").split() if p]
    if not 1 <= len(parts) <= 2 or not text[:1].isupper() or text.isupper():
        return False
    w = words()
    if gz.org(text) or generic_name(text) or parts[-1].casefold() in w["org_name_words"]:
        return False
    if text.casefold() in {p.casefold() for p in places}:
        return True
    lowers = lowers_of(doc)
    size = m.te - m.ts
    police = w["institutions"]
    return any(
        police.get(lowers[i + size]) == "COP" and span_text(doc, i, i + size) == text
        for i in range(len(lowers) - size)
    )


def _surname_of_named(doc: Doc, m: Mention, full: set[str]) -> bool:
    """Whether a body or place is a named person's surname before "campaign" ("the Hale
    campaign"), or such a hyphened surname ("Hale-Quimby" of "Ann Hale-Quimby")."""
    text = span_text(doc, m.ts, m.te)
    if text not in full:
        return False
    nxt = lowers_of(doc)[m.te] if m.te < len(doc) else ""
    if nxt in words()["candidate_bodies"]:
        return True
    before = lowers_of(doc)[m.ts - 1] if m.ts > 0 else ""
    return m.te - m.ts == 3 and tokens_of(doc)[m.ts + 1].text in HYPHENS and before not in DETS


def _body_and_subject(doc: Doc, m: Mention, full: set[str]) -> list[Mention]:
    """A body's name of three or more words whose last is the surname of a person named in
    full, with a finite verb right after it and a capitalised word (no given name) before it:
    the body and the person ("the Office of Rural Affairs Hale had announced")."""
    tokens = tokens_of(doc)
    last = tokens[m.te - 1]
    before = tokens[m.te - 2]
    if (
        m.label != "ORG"
        or m.te - m.ts < 3
        or m.te >= len(doc)
        or last.text not in full
        or tokens[m.te].tag_ not in _FINITE
        or not before.text[:1].isupper()
        or before.lower_ in words()["first_names"]
        or any(t.dep_ in _SUBJECTS and not m.ts <= t.head.i < m.te for t in tokens[m.ts : m.te - 1])
    ):
        return [m]
    return [_mention(doc, m.ts, m.te - 1, "ORG"), _mention(doc, m.te - 1, m.te, "PERSON")]
