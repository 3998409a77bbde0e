"""Names NER found in words that name no actor of their kind (one of the fixes of step 1, in
the order of :data:`.mentions.FIXES`):

- a person-typed name ending in a law's word ("Executive Order"): a decree, no actor;
- a one-word place the tables do not know after "a" and before a common noun ("a Capital
  investment"), written only there: a common word capitalised, no place ("a Troy man" keeps
  its place: ``resident_nouns``);
- a people's word in a fixed phrase naming a dish or a thing ("French toast"): no people;
- a one-word place the tables do not know before ", from" in a reporters' credit ("Roe
  reported from Lima; Kell, from Quito"): a reporter, no actor;
- a road's word before its number ("Route 52") typed a body or a person: the road, a facility;
- a plural name in apposition to relatives ("her in-laws the Hales"), or the plural of the
  surname of a person named in full ("the Hales" after "Ann Hale") typed a body or a place: a
  family, no body;
- a one-word name in apposition to a relative ("his wife, Marisol,") typed a place or a body:
  the person;
- names where streets meet ("the corner of Elm and Oak", "near Oak and Elm" after "S. Elm
  St."): streets, facilities;
- lower-case words glued after a body's or a place's name ("Danny's Diner with young people"):
  cut off.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from spacy.tokens import Doc

from ...gazetteer import Gazetteer
from ...nlp import lowers_of, sentence, span_text, text_of, tokens_of
from .model import INDEFINITES, Mention, words
from .model import token_mention as _mention
from .people import last_words

_POSSESSIVE_TAGS = frozenset({"PRP$", "POS"})
# tags of the word that opens a clause or phrase glued to a name ("with young people")
_GLUE_TAGS = frozenset({"IN", "WP", "WDT", "VBG", "VBD", "VBZ", "VBP"})
_WORD = re.compile(r"\w+")
# how far back from a name :func:`_kin_end` looks: more than the longest noun of relatives
_KIN_TAIL = 40


@functools.lru_cache(maxsize=1)
def _kin_end() -> re.Pattern[str]:
    """A plural noun of relatives ending the text before a name, case aside."""
    kin = "|".join(re.escape(k) for k in words()["kin_plurals"])
    return re.compile(rf"\b(?:{kin})$", re.IGNORECASE)


def oddity_fixes(doc: Doc, out: list[Mention], gz: Gazetteer) -> list[Mention]:
    """``out`` with the mentions above retyped, cut or dropped."""
    surnames = last_words(doc, out)
    counts = Counter(_WORD.findall(text_of(doc)))
    streets = _street_cores(doc, out)
    fixed: list[Mention] = []
    for m in out:
        if m.kind != "name":
            fixed.append(m)
        elif _no_actor(doc, m, gz, surnames, counts):
            continue
        elif (road := _numbered_road(doc, m)) is not None:
            fixed.append(_mention(doc, m.ts, road, "FAC"))
        elif _kin_apposition(doc, m, gz):
            fixed.append(_mention(doc, m.ts, m.te, "PERSON"))
        elif _cross_street(doc, m, streets):
            fixed.append(_mention(doc, m.ts, m.te, "FAC"))
        else:
            fixed.append(_glued_cut(doc, m))
    return fixed


def _no_actor(
    doc: Doc, m: Mention, gz: Gazetteer, surnames: set[str], counts: Counter[str]
) -> bool:
    """Whether a name mention is one of the above that name no actor: a decree, a common word
    capitalised, a family, a people's word in a fixed phrase, a reporter in a credit
    (``counts``: how often each word is written in the text)."""
    return (
        _law_name(doc, m)
        or _article_word(doc, m, gz, counts)
        or _family(doc, m, surnames)
        or _demonym_idiom(doc, m)
        or _credit_name(doc, m, gz)
    )


def _demonym_idiom(doc: Doc, m: Mention) -> bool:
    """A one-word people's word before the noun of a fixed phrase that names a dish or a thing
    ("French toast", "Russian roulette"): no people."""
    if m.te - m.ts != 1 or m.te >= len(doc):
        return False
    lowers = lowers_of(doc)
    return lowers[m.te] in words()["demonym_idioms"].get(lowers[m.ts], ())


def _credit_name(doc: Doc, m: Mention, gz: Gazetteer) -> bool:
    """A one-word place the tables do not know before ", from" in a reporters' credit ("Roe
    reported from Lima; Kell, from Quito"): a reporter's surname, no place and no actor."""
    tokens = tokens_of(doc)
    lowers = lowers_of(doc)
    if m.label not in {"GPE", "LOC"} or m.te - m.ts != 1 or m.te + 1 >= len(doc):
        return False
    if tokens[m.te].text != "," or lowers[m.te + 1] != "from":
        return False
    sent = sentence(tokens[m.ts])
    return not _known(span_text(doc, m.ts, m.te), gz) and any(
        t.lemma_ == "report" and t.i < m.ts for t in sent
    )


def _known(text: str, gz: Gazetteer) -> bool:
    """Whether the tables know ``text`` as a place, a country, a people, a body or a person."""
    return bool(
        gz.country(text)
        or gz.place_country(text)
        or gz.us_state(text)
        or gz.demonym(text)
        or gz.org(text)
        or gz.person(text)
    )


def _law_name(doc: Doc, m: Mention) -> bool:
    """A person-typed name whose last word is a law's and whose word before it, inside the name
    or right before it (taken for a title), is a capitalised word no given name ("Executive
    Order")."""
    tokens = tokens_of(doc)
    if m.label != "PERSON" or tokens[m.te - 1].lower_ not in words()["law_words"]:
        return False
    before = tokens[m.te - 2] if m.te - m.ts >= 2 else tokens[m.ts - 1] if m.ts > 0 else None
    return (
        before is not None
        and before.is_alpha
        and before.is_title
        and before.lower_ not in words()["first_names"]  # "Dana Order" is a person
    )


def _article_word(doc: Doc, m: Mention, gz: Gazetteer, counts: Counter[str]) -> bool:
    """A one-word place the tables do not know between "a" and a common noun in lower case it
    modifies ("a Capital investment"), not a resident's noun ("a Troy man"), written nowhere
    else in the text (a town named again, "a Kenton store" and "in Kenton", is one)."""
    tokens, lowers = tokens_of(doc), lowers_of(doc)
    if m.label not in {"GPE", "LOC"} or m.te - m.ts != 1 or m.ts == 0 or m.te >= len(tokens):
        return False
    nxt = tokens[m.te]
    text = span_text(doc, m.ts, m.te)
    return (
        lowers[m.ts - 1] in INDEFINITES
        and nxt.is_lower
        and nxt.pos_ == "NOUN"
        and nxt.lower_ not in words()["resident_nouns"]
        and not _known(text, gz)
        and _times_written(doc, text, counts) == 1
    )


def _times_written(doc: Doc, text: str, counts: Counter[str]) -> int:
    """How often ``text`` is written in the text with no word character on either side
    (``counts``: each word's count; a text of other characters is searched for)."""
    if _WORD.fullmatch(text):
        return counts[text]
    return len(re.findall(rf"(?<!\w){re.escape(text)}(?!\w)", text_of(doc)))


def _numbered_road(doc: Doc, m: Mention) -> int | None:
    """The end of a road's name: a road's word typed a body, place or person and its number
    after it ("Route 52"); None when ``m`` is none."""
    tokens = tokens_of(doc)
    if (
        m.label != "FAC"
        and m.te - m.ts == 1
        and tokens[m.ts].lower_ in words()["numbered_roads"]
        and m.te < len(tokens)
        and tokens[m.te].like_num
    ):
        return m.te + 1
    return None


def _family(doc: Doc, m: Mention, surnames: set[str]) -> bool:
    """A plural name after "the" typed a body or a place: in apposition to a plural noun of
    relatives ("her in-laws the Hales"), or the plural of a surname the text names in full."""
    tokens = tokens_of(doc)
    text = span_text(doc, m.ts, m.te)
    if (
        m.label not in {"ORG", "GPE", "LOC"}
        or m.te - m.ts != 1
        or not re.fullmatch(r"[A-Z][a-z]+s", text)
    ):
        return False
    if m.ts == 0 or tokens[m.ts - 1].lower_ != "the":
        return False
    if text[:-1] in surnames:
        return True
    raw = text_of(doc)
    end = tokens[m.ts - 1].idx
    while end > 0 and raw[end - 1] in " ,":
        end -= 1
    return _kin_end().search(raw, max(end - _KIN_TAIL, 0), end) is not None


def _kin_apposition(doc: Doc, m: Mention, gz: Gazetteer) -> bool:
    """A one-word name the tables do not know, typed a place or a body, right after a
    relative's noun its possessive owns ("his wife, Marisol", "her son Liam")."""
    tokens = tokens_of(doc)
    if m.label not in {"GPE", "LOC", "ORG"} or m.te - m.ts != 1:
        return False
    k = m.ts - 1
    if k >= 0 and tokens[k].text == ",":
        k -= 1
    return (
        k >= 1
        and tokens[k].lower_ in words()["kin_nouns"]
        and tokens[k - 1].tag_ in _POSSESSIVE_TAGS
        and tokens[m.ts].is_title
        and not _known(span_text(doc, m.ts, m.te), gz)
    )


def _street_cores(doc: Doc, out: list[Mention]) -> set[str]:
    """The names of the streets the text names, without their street word and a direction's
    initial ("Elm" of "S. Elm St.")."""
    tokens = tokens_of(doc)
    cores: set[str] = set()
    for m in out:
        if (
            m.label != "FAC"
            or m.te - m.ts < 2
            or tokens[m.te - 1].lower_ not in words()["street_words"]
        ):
            continue
        ts = m.ts
        if m.te - ts > 2 and re.fullmatch(r"[NSEW]\.?", tokens[ts].text):
            ts += 1
        cores.add(span_text(doc, ts, m.te - 1))
    return cores


def _cross_street(doc: Doc, m: Mention, streets: set[str]) -> bool:
    """A name of one or two words typed a person, a body or a place where streets meet: after
    "the corner of" (and its partner after "and"), or a street the text names with its street
    word, beside "and" ("near Oak and Elm" after "S. Elm St.")."""
    lowers = lowers_of(doc)
    if m.label not in {"PERSON", "ORG", "GPE", "LOC"} or m.te - m.ts > 2:
        return False

    def after_junction(i: int) -> bool:
        return i >= 2 and lowers[i - 1] == "of" and lowers[i - 2] in words()["junction_nouns"]

    if after_junction(m.ts):
        return True
    partner = m.ts >= 2 and lowers[m.ts - 1] == "and"  # the partner after "and"
    if partner and any(after_junction(s) for s in range(max(m.ts - 4, 0), m.ts - 1)):
        return True
    beside_and = (m.ts > 0 and lowers[m.ts - 1] == "and") or (
        m.te < len(lowers) and lowers[m.te] == "and"
    )
    return beside_and and span_text(doc, m.ts, m.te) in streets


def _glued_cut(doc: Doc, m: Mention) -> Mention:
    """``m``, or a body's or a place's name cut before two or more lower-case words glued after
    it that a preposition, a relative pronoun or a verb opens ("Danny's Diner with young
    people")."""
    tokens = tokens_of(doc)
    if m.label not in {"ORG", "FAC", "LOC", "GPE"} or m.te - m.ts < 3:
        return m
    for k in range(m.ts + 1, m.te - 1):
        tok = tokens[k]
        if (
            tok.tag_ in _GLUE_TAGS
            and tok.lower_ != "of"
            and all(t.is_lower or t.is_punct for t in tokens[k : m.te])
        ):
            return _mention(doc, m.ts, k, m.label, country=m.country)
    return m
