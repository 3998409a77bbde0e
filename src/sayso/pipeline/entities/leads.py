"""Words NER glued to a name that are no part of it, and lone words that name no one (one of
the fixes of step 1, in the order of :data:`.mentions.FIXES`):

- a common word or a slogan's verb before a person the text names ("First Hale goes", "the Stop
  Hale movement", "of the Year Ann Hale"): cut off, the rest is the person;
- an outlet or a party's member before a person's name ("Daily Wire Dale Harmon", "Ranking
  Republican Ann B. Hale"): the person is the name, the outlet its own mention, the member word
  nothing;
- a people's word typed a person or a body ("Latinos", "Jewish"): a people (NORP);
- a division's word alone ("County" of a split "Ashby County police"): no place;
- two surnames of people the text names joined by a hyphen ("Hale-Quimby"): no one person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...gazetteer import Gazetteer
from ...nlp import lowers_of, span_text, tokens_of
from .model import Mention, capitalised, role_vocabulary, words
from .model import token_mention as _mention
from .people import first_words_by_surname

_NAMED = frozenset({"PERSON", "ORG", "EVENT", "OTHER", "WORK_OF_ART", "GPE", "LOC", "FAC"})


def lead_fixes(doc: Doc, out: list[Mention], gz: Gazetteer) -> list[Mention]:
    """``out`` with the glued words above cut off and the lone words retyped or dropped."""
    surnames = first_words_by_surname(doc, out)
    covered = {i for m in out for i in range(m.ts, m.te)}
    fixed: list[Mention] = []
    for m in out:
        after = _name_after(doc, m, covered, gz)
        if after is not None:  # "Ranking Republican" + "Ann B. Hale", NER's body cut short
            keep = [] if lowers_of(doc)[m.te - 1] in words()["party_members"] else [m]
            fixed.extend([*keep, _mention(doc, m.te, after, "PERSON")])
            covered.update(range(m.te, after))
            continue
        fixed.extend(_fix(doc, m, surnames, gz))
    fixed.sort(key=lambda m: m.start)
    return fixed


def _fix(doc: Doc, m: Mention, surnames: dict[str, set[str]], gz: Gazetteer) -> list[Mention]:
    lowers = lowers_of(doc)
    if m.kind != "name" or m.label not in _NAMED | {"NORP"}:
        return [m]
    n = m.te - m.ts
    if n == 1 and m.label in {"PERSON", "ORG", "GPE"} and lowers[m.ts] in words()["peoples"]:
        return [_mention(doc, m.ts, m.te, "NORP")]  # "Latinos", "Jewish": a people
    if (
        n > 1
        and m.label in {"PERSON", "ORG"}
        and lowers[m.te - 1] in words()["peoples"]
        and all(t.tag_ in {"JJ", "JJR", "JJS"} for t in tokens_of(doc)[m.ts : m.te - 1])
    ):
        return [_mention(doc, m.te - 1, m.te, "NORP")]  # "Younger Latinos": a people
    if n == 1 and m.label in {"GPE", "LOC"} and lowers[m.ts] in words()["division_words"]:
        return []  # "County" alone: the name of no division
    if n == 1 and m.label in {"GPE", "LOC", "ORG"} and _bare_surname(doc, m, surnames, gz):
        return [_mention(doc, m.ts, m.te, "PERSON")]  # "Hale's staff" after "Ann Hale"
    if m.label == "PERSON" and _hyphen_pair(doc, m, surnames):
        return []  # "Hale-Quimby": two people, no one
    if n >= 2 and lowers[m.ts] in words()["name_openers"] and _named_rest(doc, m, surnames, gz):
        return [_mention(doc, m.ts + 1, m.te, "PERSON")]  # "First Hale", "Stop Hale"
    if m.label in {"ORG", "PERSON"} and n >= 3:
        cut = _person_after_lead(doc, m.ts, m.te, gz)
        if cut is not None:
            person = _mention(doc, cut, m.te, "PERSON")
            if lowers[cut - 1] in words()["party_members"]:
                return [person]  # "Ranking Republican": no body, no part of the name
            return [_mention(doc, m.ts, cut, "ORG"), person]
    return [m]


def _name_after(doc: Doc, m: Mention, covered: set[int], gz: Gazetteer) -> int | None:
    """The end of a person's name no mention holds right after a body's name that ends in a
    party member's word or is an outlet the gazetteer knows, or None."""
    if m.kind != "name" or m.label != "ORG":
        return None
    member = lowers_of(doc)[m.te - 1] in words()["party_members"]
    org = gz.org(span_text(doc, m.ts, m.te))
    if not member and not (org is not None and org.sector == "MED"):
        return None
    for end in (m.te + 3, m.te + 2):
        if end <= len(doc) and not covered & set(range(m.te, end)) and _person_name(doc, m.te, end):
            return end
    return None


def _bare_surname(doc: Doc, m: Mention, surnames: dict[str, set[str]], gz: Gazetteer) -> bool:
    """Whether a one-word place or body is the surname of a person the text names in full that
    the tables know as no place, body, country or people, and not a modifier ("the Hale
    campaign")."""
    tok = tokens_of(doc)[m.ts]
    text = tok.text
    if m.ts > 0 and tokens_of(doc)[m.ts - 1].pos_ == "DET":
        return False  # "the House": a body, whoever is named House
    return bool(
        tok.lower_ in surnames
        and tok.lower_ not in words()["national_bodies"]
        and tok.is_alpha
        and not tok.is_upper
        and tok.dep_ != "compound"
        and not (gz.place_country(text) or gz.org(text) or gz.country(text) or gz.demonym(text))
        and gz.us_state(text) is None
    )


def _named_rest(doc: Doc, m: Mention, surnames: dict[str, set[str]], gz: Gazetteer) -> bool:
    """Whether the words after the first of ``m`` are a person the text names by another full
    name, or one of the gazetteer's people: its last word such a person's surname, capitalised
    words all."""
    tokens = tokens_of(doc)
    lowers = lowers_of(doc)
    rest = tokens[m.ts + 1 : m.te]
    if not rest or len(rest) > 3 or not all(t.text[:1].isupper() for t in rest):
        return False
    last = lowers[m.te - 1]
    others = surnames.get(last, set()) - {lowers[m.ts]}
    return bool(others) or bool(gz.person_by_surname(tokens[m.te - 1].text))


def _hyphen_pair(doc: Doc, m: Mention, surnames: dict[str, set[str]]) -> bool:
    """Whether ``m`` is two surnames of people the text names in full, joined by a hyphen."""
    parts = [p.lower() for p in span_text(doc, m.ts, m.te).replace(" ", "").split("-")]
    return len(parts) == 2 and all(p in surnames for p in parts) and parts[0] != parts[1]


def _person_after_lead(doc: Doc, ts: int, te: int, gz: Gazetteer) -> int | None:
    """Where a person's name begins after an outlet the gazetteer knows or a party member's
    word ("Daily Wire" + "Dale Harmon", "Ranking Republican" + "Ann B. Hale"), or None."""
    lowers = lowers_of(doc)
    for i in range(ts + 1, te - 1):
        if not _person_name(doc, i, te):
            continue
        head = span_text(doc, ts, i)
        if lowers[i - 1] in words()["party_members"]:
            return i
        org = gz.org(head)
        if org is not None and org.sector == "MED":
            return i
    return None


def _person_name(doc: Doc, i: int, te: int) -> bool:
    """Whether tokens ``i..te`` are a person's name of two or three words: a common first name
    first, or a first name, an initial and a surname ("Ann B. Hale")."""
    tokens = tokens_of(doc)
    name = tokens[i:te]
    if not 2 <= len(name) <= 3 or not all(_name_word(t) for t in name):
        return False
    if len(name) == 3 and not _initial(name[1]):
        return False
    return name[0].lower_ in words()["first_names"] or (len(name) == 3 and name[0].is_alpha)


def _name_word(tok: Token) -> bool:
    return capitalised(tok) and tok.lower_ not in role_vocabulary()


def _initial(tok: Token) -> bool:
    return len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "."
