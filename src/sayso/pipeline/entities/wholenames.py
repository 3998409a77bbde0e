"""Persons' names NER cut short (one of the fixes of step 1, in the order of
:data:`.mentions.FIXES`):

- a person's first name alone, after a title or ending in a hyphened given name ("Lt. Gov.
  Ann Judge", "Ren-ko"), followed by one or two capitalised words no mention holds and NER
  gave no label ("Ann" + "Judge", a surname that is also a title's word): the whole name;
- a one-word person's name (no common first name) after one capitalised word no mention
  holds, no title, role, place, body or common function word, inside a sentence ("a nominee:
  Waldo Hale"): the whole name.

The words taken must be written as names (capitalised, letters) and the name must end there
(the word after is no capitalised word), so a name is never run into the next one.

:func:`quoted_nicknames` (a fix of its own) joins a given name, a nickname in quotes and a
surname ("Walt \"Buzz\" Henley"): one person, named by the given name and the surname.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...gazetteer import Gazetteer
from ...nlp import tokens_of
from .model import HYPHENS, Mention, capitalised, person_titles, role_vocabulary, words
from .model import token_mention as _mention


def whole_names(doc: Doc, out: list[Mention], gz: Gazetteer) -> list[Mention]:
    """``out`` with each person's name NER cut short as above made whole."""
    covered = {i for m in out for i in range(m.ts, m.te)}
    fixed: list[Mention] = []
    for m in out:
        if m.kind != "name" or m.label != "PERSON":
            fixed.append(m)
            continue
        ts, te = m.ts, m.te
        end = _surname_after(doc, m, covered, gz)
        if end is not None:
            te = end
        elif m.te - m.ts == 1 and _first_name_before(doc, m.ts, covered, gz):
            ts = m.ts - 1
        if (ts, te) == (m.ts, m.te):
            fixed.append(m)
            continue
        covered.update(range(ts, te))
        fixed.append(_mention(doc, ts, te, "PERSON", gender=m.gender, titled=m.titled))
    return fixed


def _free_name_word(tok: Token, covered: set[int], gz: Gazetteer) -> bool:
    """Whether ``tok`` is a capitalised word of letters that no mention holds, NER gave no
    label and the tables know as no place, country, people or body."""
    text = tok.text
    return bool(
        tok.i not in covered
        and not tok.ent_type_
        and tok.is_alpha
        and capitalised(tok)
        and not text.isupper()
        and not tok.is_stop
        and not (gz.place_country(text) or gz.country(text) or gz.demonym(text) or gz.org(text))
        and gz.us_state(text) is None
    )


def _surname_after(doc: Doc, m: Mention, covered: set[int], gz: Gazetteer) -> int | None:
    """The end of the surname after a first name alone (titled, or a hyphened given name)."""
    tokens = tokens_of(doc)
    name = tokens[m.ts : m.te]
    hyphened = len(name) == 3 and name[1].text in HYPHENS
    first = len(name) == 1 and (m.titled or name[0].lower_ in words()["first_names"])
    if not (hyphened or first):
        return None
    end = m.te
    while end < len(doc) and end - m.te < 2 and _free_name_word(tokens[end], covered, gz):
        end += 1
    if end == m.te:
        return None
    if end < len(doc) and tokens[end].text[:1].isupper() and tokens[end].is_alpha:
        return None  # a name runs on: no clear end
    if first and not m.titled and any(t.lower_ in role_vocabulary() for t in tokens[m.te : end]):
        return None  # "Ann Judge" only after a title says the first is a person's first name
    return end


def _first_name_before(doc: Doc, ts: int, covered: set[int], gz: Gazetteer) -> bool:
    """Whether the word before a one-word name is its first name: a free name word inside a
    sentence, no title or role, with no capitalised word before it."""
    if ts < 2:
        return False
    tokens = tokens_of(doc)
    prev, before = tokens[ts - 1], tokens[ts - 2]
    return bool(
        tokens[ts].lower_ not in words()["first_names"]  # "Morning Ann": no surname
        and _free_name_word(prev, covered, gz)
        and not prev.is_sent_start
        and prev.lower_ not in role_vocabulary()
        and prev.lower_ not in person_titles()
        and prev.lower_ not in words()["name_openers"]
        and prev.lower_ not in words()["party_members"]
        and not before.text[:1].isupper()
    )


def quoted_nicknames(doc: Doc, out: list[Mention], gz: Gazetteer) -> list[Mention]:
    """``out`` with each given name, quoted nickname and surname ("Walt \"Buzz\" Henley") made
    one person's mention in place of the pieces NER cut it into. The given name is a person's
    name NER found or one of the table's first names; a title NER took into the name before it
    ("Sgt.", "Marine") stays out."""
    tokens = tokens_of(doc)
    firsts = words()["first_names"]
    people = {m.te - 1: m for m in out if m.kind == "name" and m.label == "PERSON"}
    joined: list[tuple[int, int]] = []
    for i in range(1, len(doc) - 3):
        if not tokens[i].is_quote:
            continue
        given = tokens[i - 1]
        person = people.get(i - 1)
        if not (given.is_alpha and capitalised(given)) or (
            person is None and given.lower_ not in firsts
        ):
            continue
        end = _nickname_end(doc, i, gz)
        if end is None:
            continue
        start = i - 1
        while person is not None and start > person.ts and tokens[start - 1].lower_ in firsts:
            start -= 1  # "Mary Ann": given names; "Marine", "Sgt.": a title, left out
        joined.append((start, end))
    if not joined:
        return out
    taken = {i for a, b in joined for i in range(a, b)}
    kept = [m for m in out if not any(i in taken for i in range(m.ts, m.te))]
    return kept + [_mention(doc, a, b, "PERSON") for a, b in joined]


def _nickname_end(doc: Doc, i: int, gz: Gazetteer) -> int | None:
    """The end of a quoted nickname of one or two capitalised words and the surname after it,
    from token ``i`` (the opening quote), if the name ends there and the surname is no place."""
    tokens = tokens_of(doc)
    j = i + 1
    while j < len(doc) and j - i <= 2 and tokens[j].is_alpha and capitalised(tokens[j]):
        j += 1
    if j == i + 1 or j + 1 >= len(doc) or not tokens[j].is_quote:
        return None
    surname = tokens[j + 1]
    if not (surname.is_alpha and capitalised(surname) and not surname.text.isupper()):
        return None
    if gz.place_country(surname.text) or gz.country(surname.text) or gz.org(surname.text):
        return None
    after = j + 2
    if after < len(doc) and tokens[after].is_alpha and capitalised(tokens[after]):
        return None  # a name runs on: no clear end
    return after
