"""Whether two differing values in two reports are values of one thing, read off the words next
to each value (no parse: the records carry none). Each rule names a way two values may differ
without any disagreement:

* counts of different sets: "five people were killed" / "seven people were hurt" (what happened
  to what is counted: ``data/count_roles.tsv``); "three more were hurt" / "ten were hurt" (a new
  count against a whole); "two of the victims" / "five victims" (a part against a whole); "the
  toll rose to 12" / "8 were killed" (a rolling toll at two times against a plain count): both
  counts must be of one kind to disagree;
* ages of two people: before nouns of men and of women ("a 40-year-old man" / "a 42-year-old
  woman": ``data/person_nouns.tsv``);
* a date of a statement ("police said Friday", "announced on Monday") and a date of an act
  ("was arrested Thursday"): statements come after what they tell of;
* dates of a night or of two clocks: two dates a day apart where either is at night ("late
  Sunday", "overnight", "early Monday") or on a named clock ("local time", "GMT"): the same
  moment may fall on two days;
* places in another role: where someone comes from ("a man from Ohio", "Smith, of Dover,") is
  not where it happened ("in Ohio"), nor a place something was near ("near Dover", "outside
  Dover", "a suburb of Dover"): two places disagree only in one role ("near Dover" / "near
  Westbay" do).
"""

from __future__ import annotations

import datetime
import functools
import re

from .. import resources as data
from .frames import age_head, saying
from .slots import When
from .units import Unit

__all__ = [
    "count_change",
    "count_role",
    "date_role",
    "different_things",
    "night_or_clock",
    "place_role",
    "sex_of",
]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|[,;:()]|\d[\d,.]*")
_STOP = frozenset({",", ";", ":", "(", ")", "and", "but", "while", "whereas", "after", "before"})
ROLE_AFTER = 4  # words after a count read for what happened to what it counts
ROLE_BEFORE = 3  # words before it
_NEW = re.compile(r"\b(?:another|an\s+additional|a\s+further)\s+$", re.I)
_NEW_AFTER = re.compile(r"\s+(?:more|other|additional|new|further)\b", re.I)
_PART_AFTER = re.compile(r"\s+of\s+(?:the|them|those|these|their|its|his|her|our)\b", re.I)
_TOTAL = re.compile(r"\b(?:a\s+total\s+of|totall?ing|in\s+all\s+of|altogether)\s+$", re.I)
_TOTAL_AFTER = re.compile(r"^[\w\s-]{0,20}?\b(?:in\s+all|in\s+total|altogether|combined)\b", re.I)
_ROLLING = re.compile(
    r"\b(?:(?:rose|risen|rises|climbed|climbs|jumped|increased|grew|grown|reached|reaches|"
    r"bringing\s+(?:the\s+)?(?:\w+\s+){0,2}to)(?:\s+to)?|(?:toll|tally|count)\s+(?:now\s+)?"
    r"(?:stands|stood|is)\s+at|now)\s+(?:at\s+least\s+|more\s+than\s+|about\s+)?$",
    re.I,
)
_ROLLING_AFTER = re.compile(r"^[\w\s-]{0,25}?\b(?:so\s+far|to\s+date|as\s+of)\b", re.I)
_NIGHT = re.compile(
    r"\b(?:night|overnight|midnight|late|early|am|pm|local\s+time|GMT|UTC|[ECMP][SD]?T|BST|CET|"
    r"IST)\b|\b[ap]\.m\.",
)
NIGHT_WINDOW = 25  # characters either side of a date read for a night or a clock
_ORIGIN_BEFORE = re.compile(
    r"(?:\bfrom|,\s*(?:of|from)|\b(?:native|resident|residents|natives)\s+of|\bborn\s+in)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_ORIGIN_AFTER = re.compile(r"(?:-based|\s+native|\s+resident|-born)\b", re.I)
_NEAR_BEFORE = re.compile(
    r"\b(?:near|outside|nearby|close\s+to|suburb\s+of|outskirts\s+of|north\s+of|south\s+of|"
    r"east\s+of|west\s+of)\s+(?:the\s+)?$",
    re.I,
)


@functools.cache
def _roles() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in data.lines("data/count_roles.tsv", "sayso.compare"):
        role, _, words = line.partition("\t")
        out.update((w, role) for w in words.split())
    return out


def count_role(text: str, start: int, end: int) -> str | None:
    """What happened to what the count at ``start:end`` of ``text`` counts ("dead", "hurt",
    "held", "freed", "missing"): the role of the nearest role word after it within its clause
    ("five people were killed", "five dead"), else of the nearest before it ("killing five
    people"); None when neither names one."""
    roles = _roles()
    after = [m.group().lower() for m in _WORD.finditer(text, end, min(len(text), end + 60))]
    for w in after[:ROLE_AFTER]:
        if w in _STOP:
            break
        if w in roles:
            return roles[w]
    before = [m.group().lower() for m in _WORD.finditer(text, max(0, start - 50), start)][::-1]
    for w in before[:ROLE_BEFORE]:
        if w in _STOP:
            break
        if w in roles:
            return roles[w]
    return None


def count_change(text: str, start: int, end: int) -> str:
    """How the count at ``start:end`` of ``text`` stands to others of its kind: "new" (another
    five, five more, five other), "part" (two of the victims, three of them), "total" (a total
    of five, five in all), "rolling" (a toll that rose to five, five so far), else ""."""
    left = text[max(0, start - 60) : start]
    if _NEW.search(left) or _NEW_AFTER.match(text, end):
        return "new"
    if _PART_AFTER.match(text, end):
        return "part"
    if _ROLLING.search(left) or _ROLLING_AFTER.match(text[end : end + 40]):
        return "rolling"
    if _TOTAL.search(left) or _TOTAL_AFTER.match(text[end : end + 30]):
        return "total"
    return ""


@functools.cache
def _sexes() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in data.lines("data/person_nouns.tsv", "sayso.compare"):
        sex, _, nouns = line.partition("\t")
        out.update((n, sex) for n in nouns.split())
    return out


def sex_of(noun: str | None) -> str | None:
    """ "male" or "female" for a noun of a person ("woman", "boys"), else None."""
    if noun is None:
        return None
    w = noun.lower()
    return (
        _sexes().get(w)
        or _sexes().get(w.removesuffix("s"))
        or _sexes().get(w.replace("men", "man"))
    )


_DATE_FILLER = frozenset({"on", "late", "early", "last", "this", "the", "of"})


def date_role(text: str, start: int) -> str:
    """ "statement" when the date written from ``start`` of ``text`` dates a statement (its
    nearest word before, "on", "late" and the like aside, reports one: "said Friday",
    "announced on Monday"), else "act"."""
    for m in reversed(list(_WORD.finditer(text, max(0, start - 40), start))):
        w = m.group().lower()
        if w in _DATE_FILLER:
            continue
        return "statement" if saying(w) else "act"
    return "act"


def night_or_clock(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` of ``text`` falls at night or names a clock ("late
    Sunday", "Sunday night", "early Monday", "2 a.m. Monday", "Monday local time")."""
    window = text[max(0, start - NIGHT_WINDOW) : end + NIGHT_WINDOW]
    return _NIGHT.search(window) is not None


def _day_apart(a: When, b: When) -> bool:
    """Whether two dates are one day apart: two weekdays next to each other, or two full dates."""
    if a.weekday is not None and b.weekday is not None:
        return (a.weekday - b.weekday) % 7 in (1, 6)
    if len(a.value) == len(b.value) == 10:
        try:
            gap = datetime.date.fromisoformat(a.value) - datetime.date.fromisoformat(b.value)
        except ValueError:
            return False
        return abs(gap.days) == 1
    return False


def place_role(text: str, start: int, end: int) -> str:
    """The role of the place at ``start:end`` of ``text``: "origin" (where someone or something
    comes from: "a man from Ohio", "Smith, of Dover,", "a Dover-based firm"), "near" (a place
    something was near: "near Dover", "outside Dover"), else "where"."""
    left = text[max(0, start - 30) : start]
    if _ORIGIN_BEFORE.search(left) or _ORIGIN_AFTER.match(text, end):
        return "origin"
    if _NEAR_BEFORE.search(left):
        return "near"
    return "where"


def different_things(what: str, va: str, vb: str, a: Unit, b: Unit) -> str | None:
    """Why value ``va`` of unit ``a`` and value ``vb`` of unit ``b`` (of two reports) are
    values of two things, not two values of one: the rule that tells them apart (the module's
    list), else None."""
    if what == "number":
        return _counts_apart(va, vb, a, b)
    if what == "date":
        return _dates_apart(va, vb, a, b)
    if what == "place":
        return _places_apart(va, vb, a, b)
    return None


def _counts_apart(va: str, vb: str, a: Unit, b: Unit) -> str | None:
    ca = next((c for c in a.counts if c.text == va), None)
    cb = next((c for c in b.counts if c.text == vb), None)
    if ca is None or cb is None:
        return None
    ra = count_role(a.text, ca.start - a.start, ca.end - a.start)
    rb = count_role(b.text, cb.start - b.start, cb.end - b.start)
    if ra is not None and rb is not None and ra != rb:
        return "counts of different sets"
    ka = count_change(a.text, ca.start - a.start, ca.end - a.start)
    kb = count_change(b.text, cb.start - b.start, cb.end - b.start)
    if ka != kb:
        return f"a {ka or 'plain'} count against a {kb or 'plain'} count"
    if ca.unit == cb.unit == "age":
        sa = sex_of(age_head(a.text, ca.end - a.start))
        sb = sex_of(age_head(b.text, cb.end - b.start))
        if sa is not None and sb is not None and sa != sb:
            return "ages of two people"
    return None


def _dates_apart(va: str, vb: str, a: Unit, b: Unit) -> str | None:
    da = next((d for d in a.dates if d.text == va), None)
    db = next((d for d in b.dates if d.text == vb), None)
    if da is None or db is None:
        return None
    if _day_apart(da, db) and (
        night_or_clock(a.text, da.start - a.start, da.end - a.start)
        or night_or_clock(b.text, db.start - b.start, db.end - b.start)
    ):
        return "a night or a clock: one moment on two days"
    if date_role(a.text, da.start - a.start) != date_role(b.text, db.start - b.start):
        return "the date of a statement against the date of an act"
    return None


def _places_apart(va: str, vb: str, a: Unit, b: Unit) -> str | None:
    roles_a = {place_role(a.text, m.start(), m.end()) for m in re.finditer(re.escape(va), a.text)}
    roles_b = {place_role(b.text, m.start(), m.end()) for m in re.finditer(re.escape(vb), b.text)}
    if roles_a and roles_b and not roles_a & roles_b:
        return "places in different roles"
    return None
