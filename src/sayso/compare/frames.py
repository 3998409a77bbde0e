"""Where a value stands in its sentence: the words that govern it (its frame), by which two values
of one slot, each in a sentence of its own report, are known to be values of the same thing.

A sentence states many values; two reports of one event state them in sentences that need not
say the same as a whole. A value's frame is what it is the value of, read off the words next to
it (no parse: the records carry none):

* a place: the two content words before it ("a trade summit in X": "trade summit"), or the two
  capitalised words after it, of which it is the first word of a name ("the X State Police");
* a date: the nearest content word before it that is no name, number or time word, and the
  nearest word before it that reads as a verb ("was awarded the prize in X": "prize",
  "awarded"), unless the nearest word reports a statement ("said X": statements made on two
  days are two statements);
* an age ("N-year-old"): the word it stands before ("a 40-year-old nurse": "nurse");
* a distance ("12 miles north of Dover"): the reference point it is measured from;
* a total ("two catches for 25 yards"): the count it is a total of.

Some places are not where anything happened: a team that was played ("beat Denver", "Leeds
2-1", ``data/opponents.txt``) and a reference point ("12 miles north of Dover", "south of
Dover").

Two values with the same frame are values of the same thing: "a trade summit in Oslo" and "a
trade summit in Lima" disagree where "talks in Oslo" and "a summit in Lima" need not. The frame
also tells two acts of one person apart: "was elected mayor in 2004" and "founded the firm in
1999" are two dates of two acts.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from .. import resources as data
from ..lexicon import reporting_verbs, shared_words
from ..types import Span
from .features import stem, stopwords
from .slots import counts_agree, dates_agree, number_value, place_kind, places_agree
from .units import Place, Unit

__all__ = [
    "age_head",
    "age_heads",
    "basis",
    "date_frame",
    "describing",
    "distance_units",
    "framed_values",
    "is_opponent",
    "is_reference_point",
    "place_frame",
    "reference_point",
    "same_frame",
    "saying",
]

# a word, or a number with its ordinal ending ("the 79th": one number, no word "th")
_WORD = re.compile(
    r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]|\d[\d,.:]*(?:(?:st|nd|rd|th)(?![A-Za-z]))?"
)
_TIME_WORDS = frozenset(
    {"morning", "afternoon", "evening", "night", "noon", "midnight", "dawn", "overnight",
     "early", "late", "last", "next", "this", "week", "weekend", "day", "a.m", "p.m", "am", "pm"}
)  # fmt: skip
_SAYING = frozenset({"said", "says", "say", "told", "tells", "tell", "saying"})
FRAME_WORDS = 2  # content words of a place's frame
_SCORE = re.compile(r"\s*,?\s*\d{1,3}\s*[-–]\s*\d{1,3}\b")  # "Denver 3-1", "Leeds, 2-0"
_COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?|northern|southern|eastern|western"
_DISTANCE = r"(?:(?:nautical\s+)?miles?|nm|km|kilomet(?:re|er)s?|met(?:re|er)s?|feet|foot|yards?)"
_REFERENCE_BEFORE = re.compile(
    rf"(?:\b(?:{_COMPASS})\s+of|\b{_DISTANCE}\s+(?:from|of|outside))\s+(?:the\s+)?$", re.I
)
_REFERENCE_AFTER = re.compile(
    rf"\s*(?i:(?:{_DISTANCE}\s+)?(?:(?:{_COMPASS})\s+)?(?:of|from|outside|off)\s+(?:the\s+)?)"
    r"((?:[A-Z][\w.'’-]*\s?)+|[a-z]+)"
)
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w.'’-]*\s?)+)")  # "the coast of Oman"


@functools.cache
def date_words() -> frozenset[str]:
    """Month and weekday names (``data/time_words.json``): words that make a stretch a date."""
    return data.month_words() | data.day_words()


@functools.cache
def _date_words() -> frozenset[str]:
    return date_words() | _TIME_WORDS


def _left(text: str, start: int) -> list[str]:
    """The words before ``start`` in ``text``, nearest first."""
    return [m.group() for m in _WORD.finditer(text[:start])][::-1]


def _right(text: str, end: int) -> list[str]:
    return [m.group() for m in _WORD.finditer(text[end:])]


def _content(word: str) -> bool:
    w = word.lower().replace("’", "'")
    return len(w) > 1 and w not in stopwords() and not w[:1].isdigit()


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def place_frame(text: str, start: int, end: int) -> frozenset[tuple[str, ...]]:
    """The frames of a place written at ``start:end`` of ``text`` (a sentence): ("<",
    content-word stems before it, nearest first) when the ``FRAME_WORDS`` content words before
    it are lower-case words; (">", the two capitalised words right after it) when it begins a
    name."""
    out: set[tuple[str, ...]] = set()
    before: list[str] = []
    for w in _left(text, start):
        if not _content(w):
            continue
        if _capitalised(w) or w.lower() in _date_words():
            break
        before.append(stem(w))
        if len(before) == FRAME_WORDS:
            out.add(("<", *before))
            break
    after = _right(text, end)[:FRAME_WORDS]
    if len(after) == FRAME_WORDS and all(_capitalised(w) and w.isalpha() for w in after):
        out.add((">", *after))
    return frozenset(out)


def saying(word: str) -> bool:
    """Whether ``word`` reports a statement ("said", "told", "announced")."""
    w = word.lower()
    if w in _SAYING:
        return True
    verbs = reporting_verbs(("speech", "report"))
    return w.endswith("ed") and (w[:-2] in verbs or w[:-1] in verbs)


def date_frame(text: str, start: int) -> frozenset[str]:
    """The frame of a date written from ``start`` of ``text``: the stems of the nearest content
    word before it that is no name, number or time word, and of the nearest word before it
    that reads as a verb ("-ed", "-ing": "receiving a prize in 2010", "filed charges on
    Monday"), not a participle that describes the noun after it (``describing``: "the masked
    shooter on Monday" names no act); empty when the nearest word reports a statement ("said
    Monday")."""
    out: list[str] = []
    words = _left(text, start)
    for k, w in enumerate(words):
        if not out and saying(w):
            return frozenset()
        if not _content(w) or w.lower() in _date_words() or _capitalised(w):
            continue  # a name ("the Ridge County court on Monday": the court's name)
        if not out:
            out.append(stem(w))
        if w.lower().endswith(("ed", "ing")) and not saying(w) and not describing(words, k):
            out.append(stem(w))
            break
    return frozenset(out)


def describing(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k]`` (``words`` nearest first, as ``_left`` gives them) is a participle
    that describes the noun after it ("a masked gunman", "the wounded guard": a word of a
    person or a thing, not of an act): a determiner (``SharedWords.noun_determiners``) right
    before it and a lower-case word right after it."""
    if k == 0 or k + 1 >= len(words):
        return False
    after = words[k - 1]
    return (
        words[k + 1].lower() in shared_words().noun_determiners
        and after[:1].isalpha()
        and after[:1].islower()
    )


def age_head(text: str, end: int) -> str | None:
    """The word an age ("N-year-old") written up to ``end`` of ``text`` stands before: a noun
    ("man", "nurse") or a name; None when no word follows."""
    after = _right(text, end)
    if not after or not after[0][:1].isalpha():
        return None
    return after[0] if _capitalised(after[0]) else stem(after[0])


def basis(text: str, start: int) -> float | None:
    """The count a count written from ``start`` of ``text`` is a total of ("two catches for 25
    yards", "three loans for $9,000": 2, 3): a number one or two words before "for" right
    before it; None when it is no such total."""
    before = _left(text, start)
    if not before or before[0].lower() != "for":
        return None
    for w in before[2:4]:
        value = number_value(w)
        if value is not None:
            return value
    return None


@functools.cache
def _opponent_words() -> frozenset[str]:
    return frozenset(data.lines("data/opponents.txt", "sayso.compare"))


@functools.cache
def distance_units() -> frozenset[str]:
    """What a count of a distance counts (``data/distances.txt``, as ``slots.counts`` names
    it)."""
    return frozenset(data.lines("data/distances.txt", "sayso.compare"))


def is_opponent(text: str, start: int, end: int) -> bool:
    """Whether the place written at ``start:end`` of ``text`` names a team that was played:
    after "beat", "against", "lost to" (``data/opponents.txt``) or before a score."""
    before = [w.lower() for w in _left(text, start)[:2]]
    phrases = {" ".join(before[:1]), " ".join(before[:2][::-1])}
    return bool(phrases & _opponent_words()) or _SCORE.match(text, end) is not None


def is_reference_point(text: str, start: int) -> bool:
    """Whether the place written from ``start`` of ``text`` is a point a distance or a
    direction is reckoned from ("12 miles north of Dover", "south of Dover")."""
    return _REFERENCE_BEFORE.search(text[max(0, start - 40) : start]) is not None


def reference_point(text: str, end: int) -> str | None:
    """The point a distance written up to ``end`` of ``text`` is measured from ("12 miles
    north of Dover": "dover"; "20 miles off the coast of Oman": "oman"), None when it names
    none."""
    m = _REFERENCE_AFTER.match(text, end)
    if m is None:
        return None
    point = m.group(1)
    if point.islower():
        name = _OF_NAME.match(text, m.end())
        point = name.group(1) if name else point
    return point.strip().rstrip(".").casefold()


def framed_values(
    a: Unit, b: Unit, heads_a: Counter[str | None], heads_b: Counter[str | None]
) -> list[tuple[str, str, str]]:
    """(what, value in ``a``, value in ``b``) for each slot whose values in units ``a`` and
    ``b`` (of two reports) differ in the same frame; ``heads_a`` and ``heads_b`` are the
    reports' ``age_heads``."""
    return _framed_places(a, b) + _framed_dates(a, b) + _framed_ages(a, b, heads_a, heads_b)


def _framed_places(a: Unit, b: Unit) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for pa in _frame_places(a):
        for pb in _frame_places(b):
            kind = place_kind(pa.name)
            if kind == "place" or kind != place_kind(pb.name) or places_agree(pa.name, pb.name):
                continue
            fa = place_frame(a.text, pa.span.start - a.start, pa.span.end - a.start)
            fb = place_frame(b.text, pb.span.start - b.start, pb.span.end - b.start)
            if same_frame(fa, fb):
                out.append(("place", pa.name, pb.name))
    return out


_CAPITAL_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def _frame_places(u: Unit) -> list[Place]:
    """The places of ``u``, and the countries and US states it names inside other names ("the
    Ohio State Police")."""
    out = list(u.places)
    for m in _CAPITAL_WORD.finditer(u.text):
        at = u.start + m.start()
        if any(p.span.start <= at < p.span.end for p in out):
            continue
        if place_kind(m.group()) in ("country", "state"):
            out.append(Place(m.group(), Span(at, at + len(m.group()), m.group())))
    return out


def _framed_dates(a: Unit, b: Unit) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for da in a.dates:
        for db in b.dates:
            if dates_agree(da, db) is not False:
                continue
            if same_frame(
                date_frame(a.text, da.start - a.start), date_frame(b.text, db.start - b.start)
            ):
                out.append(("date", da.text, db.text))
    return out


def age_heads(units: Sequence[Unit]) -> Counter[str | None]:
    """How many ages of a report stand before each word ("a 40-year-old nurse": "nurse")."""
    return Counter(
        age_head(u.text, c.end - u.start) for u in units for c in u.counts if c.unit == "age"
    )


def _framed_ages(
    a: Unit, b: Unit, heads_a: Counter[str | None], heads_b: Counter[str | None]
) -> list[tuple[str, str, str]]:
    """Two ages before the same word, each report giving one age before it (two men of one
    story each have their age)."""
    out: list[tuple[str, str, str]] = []
    for ca in a.counts:
        for cb in b.counts:
            if ca.unit != "age" or cb.unit != "age" or counts_agree(ca, cb):
                continue
            head = age_head(a.text, ca.end - a.start)
            if head is None or head != age_head(b.text, cb.end - b.start):
                continue
            if heads_a[head] == 1 and heads_b[head] == 1:
                out.append(("number", ca.text, cb.text))
    return out


def same_frame(a: object, b: object) -> bool:
    """Whether two frames are one (neither unknown); two sets of frames are one when they share
    one."""
    if isinstance(a, frozenset) and isinstance(b, frozenset):
        return bool(a & b)
    return a is not None and a == b
