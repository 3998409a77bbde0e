"""Times: explicit and relative dates normalised against meta.published.

Candidates come from two places: spaCy's ``DATE`` (and ``TIME``) entities, and a scan of the text
with the patterns below for what NER misses ("Oct. 18", "2023-10-18", "10/18/2023", "yesterday").
Each candidate is normalised to ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; vague ones ("recent
years", "daily", "decades") give nothing and are left out.

Rules (:func:`normalise`):

* explicit dates: ``October 18, 2023``, ``18 October 2023``, ``Oct. 18, 2023``, ``2023-10-18``,
  ``10/18/2023`` (month first unless the first number is over 12) -> ``YYYY-MM-DD``;
* a month and day without a year (``February 1``, ``Oct. 18``) need the publication date: the
  year is the one that puts the date nearest to it, days after publication counting double
  (news mostly reports what has happened): ``December 28`` published 2024-01-03 is 2023-12-28;
* month and year -> ``YYYY-MM``; a month alone (inside a NER date only) -> ``YYYY-MM`` by the same
  nearest rule; a year -> ``YYYY``;
* relative to publication: ``today``/``yesterday``/``tomorrow``/``last night``; weekdays
  (``Monday``, ``on Monday``: the most recent such day, the publication day included;
  ``last Monday``: strictly before; ``next Monday``: strictly after); ``last/this/next
  month|year``; ``three days ago``. Without a publication date these give nothing;
* the tense of the clause (:class:`_Tenses`, from the parse) sets the direction of a month-day,
  a bare month or weekday: a past clause looks back ("was signed into law in February" in a
  December story: that February), a future one forward ("will meet on Monday": the coming
  Monday), a present one takes the nearest; a date after ``for/until/by`` (a time set, a
  deadline) keeps the nearest;
* a day that names a past event: ``the Sept. 11 attacks``, ``9/11`` -> ``2001-09-11``;
* seasons: ``last/this/next fall|spring|summer`` -> the year of that season; weeks: ``last
  week``, ``earlier this week``, ``next week`` -> ``YYYY-MM`` when all its days meant lie in
  one month, else nothing (the record has no week format).

Month names, weekday names and relative words are in ``sayso/data/time_words.json``.
When a NER date holds one date, the record keeps the NER span ("the year 2024"); when it holds
several ("October 18 and November 15, 2023" aside), each gets its own span.

This module is the one place that reads dates: :func:`parse_date` reads one written-out calendar
date (cleanup's metadata lines, ``meta.published``), :func:`normalise` one date expression
against a publication date, and the times stage's values (``Record.times``) are what the rest of
Sayso reads instead of parsing the text again.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

import dateparser

from .. import resources as data
from ..types import TimeExpr
from .base import State

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# a handler reads a match against the publication date and the tense of its clause (PAST, NOW or
# FUTURE): a date without a year, a bare weekday or month is looked for backwards in a past clause
# and forwards in a future one
Handler = Callable[[re.Match[str], dt.date | None, int], str | None]
# AHEAD: a present-tense clause ("faces arraignment Thursday") or a time set ahead ("scheduled for
# Saturday"): a date takes the nearest year, as NOW, but a bare weekday the next such day
# EITHER: a present-tense clause whose date names the time of a thing ("are investigating a
# shooting Friday") or a present-tense subordinate clause ("after the votes are counted
# Tuesday"): a bare weekday is read only when both directions agree (the publication day)
PAST, NOW, FUTURE, AHEAD, EITHER = -1, 0, 1, 2, 3
_DATE_ENTS = ("DATE", "TIME")
# a value that waits for its year from the story's own time ("that November" -> "?-11")
CONTEXT = "?"
# patterns read with words a NER date leaves out ("the Sept. 11 attacks", "that November")
_WIDE = frozenset({"named", "modmonth", "ctxyear", "relyear"})
# patterns whose value writes its year out; and those whose year comes from the publication date
EXPLICIT_YEAR = frozenset({"iso", "numeric", "mdy", "dmy", "my", "year", "prep_year"})
YEARLESS = frozenset({"md", "dm", "month"})


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    value: str
    rank: int  # the pattern's priority: lower is more specific


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, each escaped."""
    items = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


def _cased(words: dict[str, int]) -> dict[str, int]:
    """Title-case and upper-case forms of names ("March", "MARCH")."""
    out: dict[str, int] = {}
    for w, v in words.items():
        out[w] = v
        out[w.upper()] = v
    return out


# dateparser reads the written-out forms: English, absolute dates only, all three parts required
_DATEPARSER_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["absolute-time"],
    "DATE_ORDER": "MDY",
}


def parse_date(text: str | None) -> dt.date | None:
    """The calendar date ``text`` writes out with its year, month and day (``2024-02-05``,
    ``2024/2/5``, ``March 3, 2024``, ``3rd Sept. 2024``, ``2024-02-05T10:30:00Z``); None when
    a part is missing (``May 2024``), the day does not exist (``Feb 30, 2024``) or ``text`` is
    no date. ISO dates are read directly, other forms by ``dateparser``. Relative dates
    ("yesterday") need a publication date: :func:`normalise` reads those."""
    if not text or not text.strip():
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        pass
    value: object = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return value.date() if isinstance(value, dt.datetime) else None


def _parse_date(published: str | None) -> dt.date | None:
    """The publication date ``YYYY-MM-DD`` (a longer ISO stamp is cut to its date)."""
    return parse_date(published[:10]) if published else None


def _ymd(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _cost(delta: int, tense: int) -> int | None:
    """How far a candidate ``delta`` (days or months after publication) is: None when it lies on
    the wrong side for the tense; in the present, later ones count double."""
    if (tense == PAST and delta > 0) or (tense == FUTURE and delta < 0):
        return None
    return 2 * delta if delta > 0 else -delta


def _nearest_year(month: int, day: int, pub: dt.date, tense: int = NOW) -> int | None:
    """The year that puts month-day nearest to ``pub``, days after it counting double; in a past
    clause the latest one not after ``pub``, in a future one the first not before it."""
    best: tuple[int, int] | None = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        cost = _cost((d - pub).days, tense)
        if cost is None:
            continue
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1] if best else None


def _nearest_month_year(month: int, pub: dt.date, tense: int = NOW) -> int:
    """The year of a month named without one: in a past clause the latest not after ``pub``'s
    month ("was signed in February" in a December story is this year's), in a future one the
    first not before it; otherwise the publication year's ("the convention in July", "a win in
    November" in a February story), unless it lies 9 or more months back (then the coming one:
    "February" in a December story) or 10 or more ahead (the past one: "December" in February)."""
    if tense not in (PAST, FUTURE):
        delta = month - pub.month
        return pub.year + 1 if delta <= -9 else pub.year - 1 if delta >= 10 else pub.year
    best: tuple[int, int] | None = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        cost = _cost((year - pub.year) * 12 + month - pub.month, tense)
        if cost is None:
            continue
        if best is None or cost < best[0]:
            best = (cost, year)
    assert best is not None
    return best[1]


def _shift_month(pub: dt.date, months: int) -> str:
    index = pub.year * 12 + pub.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _two_digit_year(yy: str, pub: dt.date | None) -> int:
    if len(yy) == 4:
        return int(yy)
    n = int(yy)
    pivot = (pub.year if pub else dt.date.today().year) % 100 + 1
    return 2000 + n if n <= pivot else 1900 + n


class _Patterns:
    """The compiled patterns, in priority order, built once from the word file."""

    def __init__(self, words: data.TimeWords) -> None:
        months = _cased(words["months"])
        abbrevs = _cased(words["month_abbreviations"])
        self.months = {**months, **abbrevs}
        self.full_months = months
        full_weekdays = _cased(words["weekdays"])
        weekdays = {**full_weekdays, **_cased(words["weekday_abbreviations"])}
        self.weekdays = weekdays
        self.weekday_mods: dict[str, str] = {
            " ".join(k.split()): v for k, v in words["weekday_modifiers"].items()
        }
        self.rel_days: dict[str, int] = {
            " ".join(k.lower().split()): v for k, v in words["relative_days"].items()
        }
        self.period_mods: dict[str, int] = {
            " ".join(k.lower().split()): v for k, v in words["relative_period_modifiers"].items()
        }
        self.ago_units: dict[str, str] = words["ago_units"]
        self.numbers: dict[str, int] = words["number_words"]
        self.skip_flags = frozenset(words["skip_flags"])
        self.future_aux = frozenset(words["future_auxiliaries"])
        self.future_governors = frozenset(words["future_governors"])
        self.open_preps = frozenset(words["open_prepositions"])
        self.named_days = {
            tuple(int(x) for x in k.split("-")): (v["year"], frozenset(v["nouns"]))
            for k, v in words["named_days"].items()
        }
        self.seasons: dict[str, tuple[int, int]] = {
            k: (v[0], v[1]) for k, v in words["seasons"].items()
        }
        self.season_mods = {" ".join(k.split()): v for k, v in words["season_modifiers"].items()}
        self.week_mods = {" ".join(k.split()): v for k, v in words["week_modifiers"].items()}
        self.month_mods = {" ".join(k.split()): v for k, v in words["month_modifiers"].items()}
        self.future_marks = frozenset(words["subordinate_future_marks"])
        self.month_nouns = {k: frozenset(v) for k, v in words["month_nouns"].items()}
        self.month_before = frozenset(words["year_prepositions"]) | frozenset(
            words["month_qualifiers"]
        )

        m_full = _alt(months)
        m_abbr = _alt(abbrevs)
        m_any = rf"(?:(?P<mname>{m_full})|(?P<mabbr>{m_abbr})\.?)"
        wd = rf"(?:(?:{_alt(weekdays)})\.?,?\s+)?"
        day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
        year = r"(?P<year>1[5-9]\d\d|2[01]\d\d)"
        no_more_digits = r"(?![\d/–-])"
        wmods = _alt(k for k in self.weekday_mods if k)
        pmods = _alt(self.period_mods)
        units = _alt(words["relative_period_units"])
        nums = _alt(self.numbers)
        ago_units = _alt(self.ago_units)
        preps = _alt(words["year_prepositions"])

        named = "|".join(
            rf"(?:{_alt(k for k, v in self.months.items() if v == m)})\.?\s+{d}(?:th)?"
            rf"(?=(?:,?\s+{y})?\s+(?:{_alt(nouns)})\b)|(?<![\d/.]){m}/{d}(?![\d/])"
            for (m, d), (y, nouns) in self.named_days.items()
        )
        seasons = rf"(?i:\b(?P<smod>{_alt(self.season_mods)})\s+(?P<season>{_alt(self.seasons)})\b)"
        weeks = rf"(?i:(?<!\bthe\s)\b(?P<wkmod>{_alt(self.week_mods)})\s+week\b)"
        mmods = rf"(?i:\b(?P<mmod>{_alt(self.month_mods)}))\s+(?P<mname>{m_full})\b(?!\s+\d)"
        that_year = r"(?i:(?:that|that\s+same|the\s+same)\s+year)\b"
        ctx_year = rf"\b(?P<mname>{m_full})\s+of\s+{that_year}"
        rel_year = rf"\b(?P<mname>{m_full})\s+(?:of\s+)?(?i:(?P<mod>{pmods}))\s+year\b"
        # (name, regex, flags, handler, weak): weak patterns only run inside a NER date
        specs: list[tuple[str, str, int, Handler, bool]] = [
            ("named", rf"\b(?:{named})", 0, self._named, False),
            ("iso", r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b", 0, self._iso, False),
            (
                "numeric",
                r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])",
                0,
                self._numeric,
                False,
            ),
            ("mdy", rf"\b{wd}{m_any}\s+{day},?\s+{year}\b", 0, self._mdy, False),
            (
                "dmy",
                rf"\b{wd}(?:the\s+)?{day}\s+(?:of\s+)?{m_any},?\s+{year}\b",
                0,
                self._mdy,
                False,
            ),
            (
                "md",
                rf"\b{wd}{m_any}\s+{day}\b(?!,?\s*\d)(?!\s*(?:%|per|percent))",
                0,
                self._md,
                False,
            ),
            ("dm", rf"\b{wd}(?:the\s+)?{day}\s+(?:of\s+)?{m_any}(?!\w)", 0, self._md, False),
            ("my", rf"\b{m_any},?\s+(?:of\s+)?{year}\b{no_more_digits}", 0, self._my, False),
            ("season", seasons, 0, self._season, False),
            ("modmonth", mmods, 0, self._modmonth, False),
            ("ctxyear", ctx_year, 0, self._ctx_year, False),
            ("relyear", rel_year, 0, self._rel_year, False),
            ("week", weeks, 0, self._week, False),
            ("relday", rf"(?i:\b(?P<rel>{_alt(self.rel_days)})\b)", 0, self._relday, False),
            (
                "ago",
                rf"(?i:\b(?P<num>\d{{1,2}}|{nums})\s+(?P<unit>{ago_units})s?\s+ago\b)",
                0,
                self._ago,
                False,
            ),
            (
                "period",
                rf"(?i:(?<!\bthe\s)\b(?P<mod>{pmods})\s+(?P<unit>{units})\b)",
                0,
                self._period,
                False,
            ),
            (
                "weekday",
                rf"(?:\b(?P<wmod>(?i:{wmods}))\s+)?\b(?P<wd>{_alt(full_weekdays)})\b",
                0,
                self._weekday,
                False,
            ),
            ("month", rf"\b(?P<mname>{m_full})\b", 0, self._month, True),
            ("year", rf"(?<![\d,.$€£-])\b{year}\b(?!s\b){no_more_digits}", 0, self._year, True),
            (
                "prep_year",
                rf"(?i:\b(?:{preps}))\s+(?P<d>{year})\b(?!s\b){no_more_digits}",
                0,
                self._year,
                False,
            ),
        ]
        self.specs = [(n, re.compile(rx, fl), h, weak) for n, rx, fl, h, weak in specs]

    # -- handlers: match + publication date -> value or None --------------------------------------
    def _month_of(self, m: re.Match[str]) -> int:
        name = m.group("mname") or m.group("mabbr")
        return self.months[name]

    def _iso(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        return _ymd(int(m.group("year")), int(m.group("month")), int(m.group("day")))

    def _numeric(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        a, b = int(m.group("a")), int(m.group("b"))
        month, day = (b, a) if a > 12 else (a, b)
        return _ymd(_two_digit_year(m.group("y"), pub), month, day)

    def _mdy(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        return _ymd(int(m.group("year")), self._month_of(m), int(m.group("day")))

    def _md(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        if pub is None:
            return None
        month, day = self._month_of(m), int(m.group("day"))
        year = _nearest_year(month, day, pub, tense)
        return None if year is None else _ymd(year, month, day)

    def _my(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        return f"{int(m.group('year')):04d}-{self._month_of(m):02d}"

    def _month(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        if pub is None:
            return None
        month = self.months[m.group("mname")]
        return f"{_nearest_month_year(month, pub, tense):04d}-{month:02d}"

    def _year(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        return m.group("year")

    def _named(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        """ "the Sept. 11 attacks", "9/11": the day a past event is named by."""
        text = m.group()
        for (month, day), (year, _) in self.named_days.items():
            if f"{month}/{day}" in text or re.search(rf"\b{day}(?:th)?$", text):
                return _ymd(year, month, day)
        return None

    def _modmonth(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        """ "last March", "next March", "this March"; "that November" waits for its year
        (:data:`CONTEXT`)."""
        month = self.months[m.group("mname")]
        rule = self.month_mods[" ".join(m.group("mmod").lower().split())]
        if rule == "context":
            return f"{CONTEXT}-{month:02d}"
        if pub is None:
            return None
        year = pub.year
        if rule == "before":
            year -= 1 if month >= pub.month else 0
        elif rule == "after":
            year += 1 if month <= pub.month else 0
        return f"{year:04d}-{month:02d}"

    def _ctx_year(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        """ "October of that year": a month of the year the story gave earlier."""
        return f"{CONTEXT}-{self.months[m.group('mname')]:02d}"

    def _rel_year(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        """ "January of last year", "March next year"."""
        if pub is None:
            return None
        offset = self.period_mods[" ".join(m.group("mod").lower().split())]
        return f"{pub.year + offset:04d}-{self.months[m.group('mname')]:02d}"

    def _season(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        """ "last fall", "this spring", "next summer": the year of that season."""
        if pub is None:
            return None
        first, last = self.seasons[m.group("season").lower()]
        mod = self.season_mods[" ".join(m.group("smod").lower().split())]
        if mod == "last":
            year = pub.year if last < pub.month else pub.year - 1
        elif mod == "next":
            year = pub.year if first > pub.month else pub.year + 1
        else:
            year = pub.year
        return f"{year:04d}"

    def _week(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        """ "last week", "earlier this week", "next week": the month all its days lie in."""
        if pub is None:
            return None
        mod = self.week_mods[" ".join(m.group("wkmod").lower().split())]
        monday = pub - dt.timedelta(days=pub.weekday())
        if mod == "earlier":
            first, last = monday, pub - dt.timedelta(days=1)
        elif mod == "later":
            first, last = pub + dt.timedelta(days=1), monday + dt.timedelta(days=6)
        else:
            first = monday + dt.timedelta(weeks=int(mod))
            last = first + dt.timedelta(days=6)
        if last < first or (first.year, first.month) != (last.year, last.month):
            return None  # no day left ("earlier this week" on a Monday), or two months
        return f"{first.year:04d}-{first.month:02d}"

    def _relday(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        if pub is None:
            return None
        offset = self.rel_days[" ".join(m.group("rel").lower().split())]
        return (pub + dt.timedelta(days=offset)).isoformat()

    def _ago(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        if pub is None:
            return None
        raw = m.group("num").lower()
        n = int(raw) if raw.isdigit() else self.numbers[raw]
        unit = self.ago_units[m.group("unit").lower()]
        if unit == "day":
            return (pub - dt.timedelta(days=n)).isoformat()
        if unit == "month":
            return _shift_month(pub, -n)
        return f"{pub.year - n:04d}"

    def _period(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        if pub is None:
            return None
        offset = self.period_mods[" ".join(m.group("mod").lower().split())]
        if m.group("unit").lower() == "month":
            return _shift_month(pub, offset)
        return f"{pub.year + offset:04d}"

    def _weekday(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        if pub is None:
            return None
        target = self.weekdays[m.group("wd")]
        mod = " ".join((m.group("wmod") or "").lower().split())
        rule = self.weekday_mods.get(mod, "on_or_before")
        if rule == "by_tense":  # "this Tuesday"
            rule = "on_or_before" if tense == PAST else "on_or_after"
            if tense in (NOW, EITHER) and target != pub.weekday():
                return None
        if rule == "on_or_before" and tense == EITHER and target != pub.weekday():
            return None  # "investigators are looking into a shooting Friday": which Friday?
        if rule == "on_or_before" and tense in (FUTURE, AHEAD):
            rule = "on_or_after"  # "the council will vote on Tuesday", "faces trial Tuesday"
        if rule in ("after", "on_or_after"):
            delta = (target - pub.weekday()) % 7
            if rule == "after":
                delta = delta or 7
            return (pub + dt.timedelta(days=delta)).isoformat()
        back = (pub.weekday() - target) % 7
        if rule == "before" and back == 0:
            back = 7
        return (pub - dt.timedelta(days=back)).isoformat()

    # -- scanning ---------------------------------------------------------------------------------
    def scan(
        self,
        text: str,
        pub: dt.date | None,
        weak: bool,
        tense: Callable[[int], int] | None = None,
        base: int = 0,
    ) -> list[_Found]:
        """Non-overlapping dates in ``text``; earlier patterns win overlaps. ``tense`` gives the
        tense of the clause at a document offset (``base`` is where ``text`` starts)."""
        found: list[_Found] = []
        for rank, (_, rx, handler, is_weak) in enumerate(self.specs):
            if is_weak and not weak:
                continue
            for m in rx.finditer(text):
                start, end = m.span("d") if "d" in rx.groupindex else m.span()
                if any(f.start < end and start < f.end for f in found):
                    continue
                value = handler(m, pub, tense(base + start) if tense else NOW)
                if value is not None:
                    found.append(_Found(start, end, value, rank))
        found.sort(key=lambda f: f.start)
        return found


@functools.lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns(data.time_words())


def normalise(expression: str, published: str | None, tense: int = NOW) -> str | None:
    """The value of a date expression against a ``YYYY-MM-DD`` publication date, or None.

    ``normalise("February 1", "2024-02-05") == "2024-02-01"``; vague expressions give None.
    ``tense`` (:data:`PAST`, :data:`NOW`, :data:`FUTURE`) is that of the clause the expression
    is in: ``normalise("Monday", "2024-02-07", FUTURE) == "2024-02-12"``.
    """
    found = _patterns().scan(expression, _parse_date(published), weak=True, tense=lambda _: tense)
    if not found:
        return None
    value = min(found, key=lambda f: (f.rank, f.start)).value
    return None if value.startswith(CONTEXT) else value


class _Tenses:
    """The tense of the clause at a document offset, read from the parse: FUTURE with a future
    auxiliary ("will meet on Monday"), under a future governor ("is due to vote in March") or
    ``be to`` ("are to be arraigned Thursday"), and for a present-tense verb after ``if``/
    ``when``/... ("if they take office in January"); PAST when the verb or one of its auxiliaries
    is in the past tense ("was signed in February", "has met"), or for a participle standing
    alone ("data released today"); AHEAD for any other present-tense verb ("faces arraignment
    Thursday") and after ``for``/``until``/``by`` ("scheduled for Saturday"); else NOW. A
    participle or infinitive that hangs off another verb ("When asked ... in October, he said")
    takes that verb's tense."""

    def __init__(self, doc: Doc, pats: _Patterns) -> None:
        self.doc = doc
        self.pats = pats

    def __call__(self, offset: int) -> int:
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None or not len(span):
            return NOW
        verb = span.root
        is_set = verb.head.pos_ == "ADP" and verb.head.lower_ in self.pats.open_preps
        noun = False  # the date names the time of a thing ("the shooting Friday"), not of the verb
        for _ in range(8):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
            noun = noun or (verb.pos_ in ("NOUN", "PROPN") and verb.ent_type_ not in _DATE_ENTS)
        if verb.pos_ not in ("VERB", "AUX"):
            return NOW
        tense = self.tense(verb)
        if (
            is_set
        ):  # "set sentencing for Sept. 18", "is scheduled for Saturday"; "stopped by Monday"
            return NOW if tense == PAST else AHEAD
        return EITHER if noun and tense == AHEAD else tense

    def tense(self, verb: Token, depth: int = 0) -> int:
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in self.pats.future_aux for c in auxes):
            return FUTURE
        if self._governed_future(verb):
            return FUTURE
        # "signed", "was signed", "did not sign", "has signed"
        if verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_ == "have" for c in auxes):
            return PAST
        finite = [t for t in (verb, *auxes) if t.tag_ in ("VBZ", "VBP")]
        if finite:
            marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
            if verb.dep_ == "advcl" and marks & self.pats.future_marks:
                return FUTURE  # "if they take office in January"
            return EITHER if verb.dep_ == "advcl" and marks else AHEAD
        head = verb.head
        hangs = verb.dep_ in ("advcl", "conj") and head.pos_ in ("VERB", "AUX")
        if hangs and head.i != verb.i and depth < 4:
            return self.tense(head, depth + 1)  # "When asked ... in October, he said"
        return PAST if verb.tag_ == "VBN" else NOW  # (an infinitive: "agreed to meet in March")

    def _governed_future(self, verb: Token) -> bool:
        """ "plans to travel on Friday", "is due to vote in March", "are to be arraigned"."""
        gov = verb
        while gov.dep_ in ("xcomp", "conj") and gov.head.i != gov.i:
            to = any(c.dep_ == "aux" and c.lower_ == "to" for c in gov.children)
            gov = gov.head
            if (
                gov.lemma_.lower() in self.pats.future_governors
                or (to and gov.lemma_ == "be")
                or any(c.dep_ == "aux" and c.lower_ in self.pats.future_aux for c in gov.children)
            ):
                return True
        return False


def _entity_dates(
    state: State, pats: _Patterns, pub: dt.date | None, tense: _Tenses
) -> Iterator[_Found]:
    """The dates inside spaCy's DATE and TIME entities, in document offsets: the entity's span
    when it holds one date ("the year 2024"), else one span each."""
    for ent in state.doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        base = ent.start_char
        found = pats.scan(ent.text, pub, weak=ent.label_ == "DATE", tense=tense, base=base)
        if len(found) == 1:
            yield _Found(base, ent.end_char, found[0].value, found[0].rank)
        else:
            yield from (_Found(base + f.start, base + f.end, f.value, f.rank) for f in found)


class _Context:
    """What a date's surroundings change: a month or month-day without its year takes the year
    the story gives ("In 2008, the campaign began ads in mid-September": 2008-09), and a day
    relative to publication is no date inside a quotation (the speaker's "tonight" is the day
    they spoke), in a name ("USA Today", "World News Tonight") or in a present-tense
    generality ("the ferry today is a museum")."""

    RELATIVE = frozenset({"relday", "week", "period", "season"})
    DAYS = frozenset({"iso", "numeric", "mdy", "dmy"})  # explicit dates with year and day
    NARRATIVE_DAYS = 60  # "On March 2, 2015, ... On March 25, ...": a story told day by day

    def __init__(self, state: State, pats: _Patterns, pub: dt.date | None, tense: _Tenses) -> None:
        self.state = state
        self.pats = pats
        self.pub = pub
        self.tense = tense

    def kind(self, f: _Found) -> str:
        return self.pats.specs[f.rank][0]

    def value(self, f: _Found, found: list[_Found]) -> str | None:
        kind = self.kind(f)
        if kind in self.RELATIVE and self._a_name(f):
            return None  # "USA Today", ABC's "This Week", "World News Tonight"
        if kind == "relday":
            return None if self._not_a_day(f) else f.value
        if kind == "month" and self._a_noun(f):
            return None  # "the March on Washington"
        if kind in YEARLESS or f.value.startswith(CONTEXT):
            year = self._story_year(f, found)
            if year is not None:
                return _with_year(f.value, year)
            return None if f.value.startswith(CONTEXT) else f.value
        return f.value

    def _token(self, offset: int) -> Token | None:
        span = self.state.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def _a_name(self, f: _Found) -> bool:
        """A relative date written as a title ("This Week") not at the start of its sentence."""
        words = self.state.text[f.start : f.end].split()
        if not all(w[:1].isupper() for w in words):
            return False
        tok = self._token(f.start)
        if tok is None:
            return False
        return any(not t.is_punct and not t.is_space for t in tok.sent[: tok.i - tok.sent.start])

    def _not_a_day(self, f: _Found) -> bool:
        """A day relative to publication that is no day: the speaker's "tonight" inside a
        quotation, a present-tense "today" (nowadays)."""
        if self.state.quotes.inside(f.start):
            return True
        tok = self._token(f.start)
        return tok is not None and tok.lower_ == "today" and self.tense(f.start) in (AHEAD, EITHER)

    def _a_noun(self, f: _Found) -> bool:
        """ "the March on Washington": a month name before one of its nouns' words, with no date
        word before it."""
        text = self.state.text
        word = text[f.start : f.end]
        after = self.pats.month_nouns.get(word)
        if not after:
            return False
        nxt = re.match(r"\s+(\w+)", text[f.end : f.end + 20])
        prev = re.search(r"(\w+)\W*$", text[max(0, f.start - 20) : f.start])
        if prev is not None and prev.group(1).lower() in self.pats.month_before:
            return False
        return nxt is not None and nxt.group(1).lower() in after

    def _story_year(self, f: _Found, found: list[_Found]) -> int | None:
        """The year an explicit date earlier in the story gives ``f``: one in the same clause or
        a clause above it; for "that November" also the latest before it in the paragraph; for
        a past month-day, a dated day of that sentence or the one before in the paragraph that
        it follows within a few weeks (a story told day by day)."""
        tok = self._token(f.start)
        if tok is None:
            return None
        sent = tok.sent
        para = self.state.text.rfind("\n", 0, f.start) + 1
        earlier = [g for g in found if g.end <= f.start and self.kind(g) in EXPLICIT_YEAR]
        verb = _verb_of(tok)
        for g in reversed(earlier):
            if g.start < sent.start_char:
                break
            gtok = self._token(g.start)
            gverb = _verb_of(gtok) if gtok is not None else None
            if verb is not None and gverb is not None and _governs(gverb, verb):
                return int(g.value[:4])
        before = [g for g in earlier if g.start >= para]
        if f.value.startswith(CONTEXT):
            return int(before[-1].value[:4]) if before else None
        prev_start = self.state.doc[sent.start - 1].sent.start_char if sent.start else 0
        dated = [g for g in before if g.start >= prev_start and self.kind(g) in self.DAYS]
        if not dated or self.tense(f.start) != PAST:
            return None
        anchor = dt.date.fromisoformat(dated[-1].value)
        moved = _with_year(f.value, anchor.year)
        if moved is None or len(moved) < 10 or moved[:4] == f.value[:4]:
            return None
        days = (dt.date.fromisoformat(moved) - anchor).days
        return anchor.year if 0 <= days <= self.NARRATIVE_DAYS else None


def _governs(gov: Token, verb: Token) -> bool:
    """True when ``verb`` is ``gov`` or below it, not through a coordination ("arrived in April
    2024, and signed ... in July": the second clause has a time of its own)."""
    for _ in range(12):
        if verb.i == gov.i:
            return True
        if verb.dep_ == "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _verb_of(tok: Token) -> Token | None:
    """The verb a token hangs from (itself when it is one), or None."""
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _with_year(value: str, year: int) -> str | None:
    """``value`` (YYYY-MM-DD, YYYY-MM or the context form ?-MM) in ``year``."""
    parts = value.split("-")[1:]
    if len(parts) == 2:
        return _ymd(year, int(parts[0]), int(parts[1]))
    return f"{year:04d}-{parts[0]}"


class TimeStage:
    name: ClassVar[str] = "times"
    # 4: weekdays in present-tense and scheduled clauses, "next March", "that November", years
    # the story itself gives, no "today" inside quotations, names or present-tense generalities
    version: ClassVar[str] = "4"
    requires: ClassVar[tuple[str, ...]] = ("doc",)
    assigns: ClassVar[tuple[str, ...]] = ("times",)

    def __call__(self, state: State) -> None:
        pats = _patterns()
        pub = _parse_date(state.meta.published)
        skip = [f.span for f in state.meta.flags if f.kind in pats.skip_flags]
        tense = _Tenses(state.doc, pats)
        scanned = pats.scan(state.text, pub, weak=False, tense=tense)
        # a named day ("the Sept. 11 attacks") and a month of the story's time ("that November")
        # are read with the words around them, which a NER date ("Sept. 11") leaves out
        wide = [f for f in scanned if pats.specs[f.rank][0] in _WIDE]
        found: list[_Found] = [
            t
            for t in _entity_dates(state, pats, pub, tense)
            if not any(f.start < t.end and t.start < f.end for f in wide)
        ]
        for f in scanned:
            if not any(t.start < f.end and f.start < t.end for t in found):
                found.append(f)
        found = [f for f in found if not any(s.start < f.end and f.start < s.end for s in skip)]
        found.sort(key=lambda f: (f.start, f.end))
        context = _Context(state, pats, pub, tense)
        state.times = [
            TimeExpr(state.span(f.start, f.end), value)
            for f in found
            if (value := context.value(f, found)) is not None
        ]
