"""The date patterns of the times stage (:mod:`sayso.pipeline.times`, which documents the rules):
the word file compiled into regular expressions, each with the handler that reads a match into a
``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` value against a publication date and the tense of its
clause, and :func:`parse_date` for a written-out calendar date."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import dateparser

from .. import resources as data

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
# a value that waits for its year from the story's own time ("that November" -> "?-11")
CONTEXT = "?"
# patterns read with words a NER date leaves out ("the Sept. 11 attacks", "that November")
WIDE = frozenset({"named", "modmonth", "ctxyear", "relyear"})
# patterns whose value writes its year out; and those whose year comes from the publication date
EXPLICIT_YEAR = frozenset({"iso", "numeric", "mdy", "dmy", "my", "year", "prep_year"})
YEARLESS = frozenset({"md", "dm", "month"})


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    value: str
    rank: int  # the pattern's priority: lower is more specific


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, each escaped."""
    items = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


def _led(words: Iterable[str], more: str = "") -> str:
    """A lookahead for the first characters of ``words`` (both cases) and the characters
    ``more``: put before a pattern that must begin with one of them, it lets the regex engine
    pass over every other position at once instead of trying each alternative there."""
    firsts = {w[0] for w in words if w} | set(more)
    firsts |= {c.upper() for c in firsts} | {c.lower() for c in firsts}
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"


# the characters other than an ASCII letter's two cases that Python's re matches to it when it
# ignores case (the tests check this against re)
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _starter(
    words: Iterable[str] = (),
    more: str = "",
    leads: tuple[str, ...] = (),
    folded: Iterable[str] = (),
) -> re.Pattern[str] | None:
    """Where a match of a pattern may begin (see :func:`_matches`): where one of ``words``
    begins (as written: its first character, the rest in a lookahead), at one of the characters
    ``more``, where one of the regexes
    ``leads`` matches (one character and a lookahead: "the" before a day, whose first letter
    starts too many other words), or where one of the words ``folded`` begins in any case
    (for a pattern that ignores case: its first letter in every case re matches to it, the
    rest of the word in a lookahead). None where such a first letter is not ASCII (its other
    cases are not listed here): the pattern is then searched everywhere. The alternatives
    each begin with one character: re looks for all of them at once."""
    rests: dict[str, set[str]] = {}
    for w in folded:
        if w:
            rests.setdefault(w[0].lower(), set()).add(w[1:])
    if not all(c.isascii() for c in rests):
        return None
    alts = list(leads)
    for c, rest in sorted(rests.items()):
        tail = "|".join(re.escape(r).replace(r"\ ", r"\s+") for r in sorted(rest))
        look = f"(?=(?i:{tail}))" if all(rest) else ""  # an empty rest: the letter is a word
        alts += [re.escape(x) + look for x in sorted({c, c.upper(), *_FOLDS.get(c, "")})]
    named: dict[str, set[str]] = {}
    for w in words:
        if w:
            named.setdefault(w[0], set()).add(w[1:])
    for c, rest in sorted(named.items()):
        look = "|".join(re.escape(r) for r in sorted(rest))
        alts.append(re.escape(c) + (f"(?={look})" if all(rest) else ""))
    return re.compile("|".join(alts + [re.escape(c) for c in sorted(set(more))]))


# where a match may begin: a regex that finds each such place, or a function that lists them
Starter = re.Pattern[str] | Callable[[str], list[int]]

# a year's four digits (as the patterns' year group), found before what leads to them
_YEAR_DIGITS = re.compile(r"1[5-9]\d\d|2[01]\d\d")


def _words_before_years(text: str) -> list[int]:
    r"""Where the word before a year begins (a word, then white space, then the year's digits:
    "in 2019"): the only places a match of a pattern led by such a word ("prep_year") may
    begin. The years are found first (digits are few in a text, words many), then the word
    before each, back over the white space and the word's characters (re's ``\s`` and ``\w``:
    a character ``isspace``, ``isalnum`` or "_")."""
    places: list[int] = []
    for m in _YEAR_DIGITS.finditer(text):
        w = m.start()
        while w and text[w - 1].isspace():
            w -= 1
        p = w
        while p and (text[p - 1].isalnum() or text[p - 1] == "_"):
            p -= 1
        if p < w < m.start():
            places.append(p)
    return places


def _matches(
    rx: re.Pattern[str], starter: Starter | None, text: str, at: dict[Starter, list[int]]
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, with ``rx`` tried only where ``starter`` finds a character its
    match may begin with, or at the places it lists (and past the end of the last match, as
    finditer goes on): a search with a pattern led by a word boundary tries every position of
    the text, one character class finds the few places at once. No pattern here matches the
    empty string. ``at`` holds the places of each starter in ``text`` (patterns share
    starters)."""
    if starter is None:
        yield from rx.finditer(text)
        return
    places = at.get(starter)
    if places is None:
        if isinstance(starter, re.Pattern):
            places = [m.start() for m in starter.finditer(text)]
        else:
            places = starter(text)
        at[starter] = places
    end = 0
    for p in places:
        if p >= end and (m := rx.match(text, p)) is not None:
            end = m.end()
            yield m


def _holds(text: str, needles: tuple[str, ...], held: dict[int, bool]) -> bool:
    """Whether ``text`` holds one of ``needles`` (patterns share needles: asked once a text)."""
    key = id(needles)
    found = held.get(key)
    if found is None:
        found = held[key] = False
        for n in needles:  # a loop: any() on a generator costs twice as much here
            if n in text:
                found = held[key] = True
                break
    return found


_DIGIT = re.compile(r"\d")


# the characters Python's re matches case-insensitively to an ASCII letter that is not their
# lower-case form
_ODD_CASES = ("\u0130", "\u0131", "\u017f")
_FOLD = str.maketrans({odd: c for c, odds in _FOLDS.items() for odd in odds})


def key(words: str) -> str:
    """The table key of words a case-insensitive pattern matched: lower case, single spaces, and
    the letters Python's re takes for an ASCII one read as that letter ("la\u017ft week")."""
    return " ".join(words.translate(_FOLD).lower().split())


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


def publication_date(published: str | None) -> dt.date | None:
    """The publication date ``YYYY-MM-DD`` (a longer ISO stamp is cut to its date)."""
    return parse_date(published[:10]) if published else None


def ymd(year: int, month: int, day: int) -> str | None:
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


class Patterns:
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

        # lookaheads for the first words the patterns may begin with (see _led)
        led_month_or_day = _led([*months, *abbrevs, *weekdays])
        led_day_first = _led(weekdays, "t0123456789")
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
        smods, season_names = _alt(self.season_mods), _alt(self.seasons)
        seasons = (
            rf"(?i:\b{_led(self.season_mods)}(?P<smod>{smods})\s+(?P<season>{season_names})\b)"
        )
        weeks = (
            rf"(?i:(?<!\bthe\s)\b{_led(self.week_mods)}(?P<wkmod>{_alt(self.week_mods)})\s+week\b)"
        )
        mmods = (
            rf"(?i:\b{_led(self.month_mods)}(?P<mmod>{_alt(self.month_mods)}))"
            rf"\s+(?P<mname>{m_full})\b(?!\s+\d)"
        )
        that_year = r"(?i:(?:that|that\s+same|the\s+same)\s+year)\b"
        ctx_year = rf"\b{_led(months)}(?P<mname>{m_full})\s+of\s+{that_year}"
        rel_year = (
            rf"\b{_led(months)}(?P<mname>{m_full})\s+(?:of\s+)?(?i:(?P<mod>{pmods}))\s+year\b"
        )
        # (name, regex, flags, handler, weak): weak patterns only run inside a NER date
        specs: list[tuple[str, str, int, Handler, bool]] = [
            ("named", rf"\b{_led(self.months, '0123456789')}(?:{named})", 0, self._named, False),
            ("iso", r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b", 0, self._iso, False),
            (
                "numeric",
                r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])",
                0,
                self._numeric,
                False,
            ),
            ("mdy", rf"\b{led_month_or_day}{wd}{m_any}\s+{day},?\s+{year}\b", 0, self._mdy, False),
            (
                "dmy",
                rf"\b{led_day_first}{wd}(?:the\s+)?{day}\s+(?:of\s+)?{m_any},?\s+{year}\b",
                0,
                self._mdy,
                False,
            ),
            (
                "md",
                rf"\b{led_month_or_day}{wd}{m_any}\s+{day}\b(?!,?\s*\d)(?!\s*(?:%|per|percent))",
                0,
                self._md,
                False,
            ),
            (
                "dm",
                rf"\b{led_day_first}{wd}(?:the\s+)?{day}\s+(?:of\s+)?{m_any}(?!\w)",
                0,
                self._md,
                False,
            ),
            (
                "my",
                rf"\b{led_month_or_day}{m_any},?\s+(?:of\s+)?{year}\b{no_more_digits}",
                0,
                self._my,
                False,
            ),
            ("season", seasons, 0, self._season, False),
            ("modmonth", mmods, 0, self._modmonth, False),
            ("ctxyear", ctx_year, 0, self._ctx_year, False),
            ("relyear", rel_year, 0, self._rel_year, False),
            ("week", weeks, 0, self._week, False),
            (
                "relday",
                rf"(?i:\b{_led(self.rel_days)}(?P<rel>{_alt(self.rel_days)})\b)",
                0,
                self._relday,
                False,
            ),
            (
                "ago",
                rf"(?i:\b{_led(self.numbers, '0123456789')}"
                rf"(?P<num>\d{{1,2}}|{nums})\s+(?P<unit>{ago_units})s?\s+ago\b)",
                0,
                self._ago,
                False,
            ),
            (
                "period",
                rf"(?i:(?<!\bthe\s)\b{_led(self.period_mods)}(?P<mod>{pmods})\s+(?P<unit>{units})\b)",
                0,
                self._period,
                False,
            ),
            (
                "weekday",
                rf"{_led([*self.weekday_mods, *full_weekdays])}"
                rf"(?:\b(?P<wmod>(?i:{wmods}))\s+)?\b(?P<wd>{_alt(full_weekdays)})\b",
                0,
                self._weekday,
                False,
            ),
            ("month", rf"\b{_led(months)}(?P<mname>{m_full})\b", 0, self._month, True),
            ("year", rf"(?<![\d,.$€£-])\b{year}\b(?!s\b){no_more_digits}", 0, self._year, True),
            (
                "prep_year",
                rf"(?i:\b{_led(words['year_prepositions'])}(?:{preps}))\s+(?P<d>{year})\b(?!s\b){no_more_digits}",
                0,
                self._year,
                False,
            ),
        ]
        self.specs = [(n, re.compile(rx, fl), h, weak) for n, rx, fl, h, weak in specs]
        # where a match may begin (see _matches), for the patterns led by the name of a month
        # or a day (as written, _cased), by "the" or a day's digits ("dmy", "dm"), by the digits
        # of "9/11" ("named") or of a year ("iso") or by a word of their own list in any case
        # (a weekday's also by the name of a day as written). The other patterns are searched
        # everywhere: their first words ("a", "in", "of") begin too many words of a text (each
        # "in" inside a word too), or the alternatives of a starter would cost as much as the
        # search.
        names = _starter([*self.months, *weekdays])
        self.starters: dict[str, Starter | None] = {
            **{n: names for n in ("mdy", "md", "my", "ctxyear", "relyear", "month")},
            **dict.fromkeys(("dmy", "dm"), _starter(weekdays, "0123456789", (r"t(?=he\s)",))),
            "named": _starter(self.months, "0123456789"),
            "iso": _starter(leads=(r"\d(?=\d{3}-)",)),  # "2024-10-22": four digits and a dash
            "season": _starter(folded=self.season_mods),
            "modmonth": _starter(folded=self.month_mods),
            "week": _starter(folded=self.week_mods),
            "relday": _starter(folded=self.rel_days),
            "period": _starter(folded=self.period_mods),
            # a day's name as written, or a word before it in any case ("last", "this coming")
            "weekday": _starter(full_weekdays, folded=[k for k in self.weekday_mods if k]),
            # a preposition before a year: the years first, then the word before each
            "prep_year": _words_before_years,
        }
        # words one of which a pattern's match holds: a text without any of them is not searched
        # with it (see scan). As written (the names of months and days are matched in the cases
        # _cased gives), or in lower case for the patterns that ignore case.
        month_words = tuple(sorted(self.months, key=lambda w: (w.isupper(), w)))  # "May" first
        self.cased_needles: dict[str, tuple[str, ...]] = {
            **{n: month_words for n in ("mdy", "dmy", "md", "dm", "my", "month", "modmonth")},
            "named": (*month_words, "/"),
            "weekday": tuple(sorted(full_weekdays, key=lambda w: (w.isupper(), w))),
            # the separators of a written-out date ("2024-10-22", "10/22/2024")
            "iso": ("-",),
            "numeric": ("/",),
        }
        # the patterns whose match holds a digit (a day, a year, a number: re's \d)
        self.with_digit = frozenset(
            {"iso", "numeric", "mdy", "dmy", "md", "dm", "my", "year", "prep_year"}
        )
        self.needles: dict[str, tuple[str, ...]] = {
            "season": tuple(sorted({w.lower() for w in self.seasons})),
            "ctxyear": ("year",),
            "relyear": ("year",),
            "week": ("week",),
            "relday": tuple(sorted({k.split()[-1] for k in self.rel_days})),
            "ago": ("ago",),
            "period": tuple(sorted({w.lower() for w in words["relative_period_units"]})),
        }

    # -- handlers: match + publication date -> value or None --------------------------------------
    def _month_of(self, m: re.Match[str]) -> int:
        name = m.group("mname") or m.group("mabbr")
        return self.months[name]

    def _iso(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        return ymd(int(m.group("year")), int(m.group("month")), int(m.group("day")))

    def _numeric(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        a, b = int(m.group("a")), int(m.group("b"))
        month, day = (b, a) if a > 12 else (a, b)
        return ymd(_two_digit_year(m.group("y"), pub), month, day)

    def _mdy(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        return ymd(int(m.group("year")), self._month_of(m), int(m.group("day")))

    def _md(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        if pub is None:
            return None
        month, day = self._month_of(m), int(m.group("day"))
        year = _nearest_year(month, day, pub, tense)
        return None if year is None else ymd(year, month, day)

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
                return ymd(year, month, day)
        return None

    def _modmonth(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        """ "last March", "next March", "this March"; "that November" waits for its year
        (:data:`CONTEXT`)."""
        month = self.months[m.group("mname")]
        rule = self.month_mods[key(m.group("mmod"))]
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
        offset = self.period_mods[key(m.group("mod"))]
        return f"{pub.year + offset:04d}-{self.months[m.group('mname')]:02d}"

    def _season(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        """ "last fall", "this spring", "next summer": the year of that season."""
        if pub is None:
            return None
        first, last = self.seasons[key(m.group("season"))]
        mod = self.season_mods[key(m.group("smod"))]
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
        mod = self.week_mods[key(m.group("wkmod"))]
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
        offset = self.rel_days[key(m.group("rel"))]
        return (pub + dt.timedelta(days=offset)).isoformat()

    def _ago(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        if pub is None:
            return None
        raw = key(m.group("num"))
        n = int(raw) if raw.isdigit() else self.numbers[raw]
        unit = self.ago_units[key(m.group("unit"))]
        if unit == "day":
            return (pub - dt.timedelta(days=n)).isoformat()
        if unit == "month":
            return _shift_month(pub, -n)
        return f"{pub.year - n:04d}"

    def _period(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        if pub is None:
            return None
        offset = self.period_mods[key(m.group("mod"))]
        if key(m.group("unit")) == "month":
            return _shift_month(pub, offset)
        return f"{pub.year + offset:04d}"

    def _weekday(self, m: re.Match[str], pub: dt.date | None, tense: int) -> str | None:
        if pub is None:
            return None
        target = self.weekdays[m.group("wd")]
        mod = key(m.group("wmod") or "")
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
    ) -> list[Found]:
        """Non-overlapping dates in ``text``; earlier patterns win overlaps. ``tense`` gives the
        tense of the clause at a document offset (``base`` is where ``text`` starts)."""
        found: list[Found] = []
        # the needles are a safe test only where a letter matches no other case-insensitively
        # than its lower-case form does (Python's re also matches "ſ" to "s", "ı" and "İ" to "i")
        low = text.lower() if not any(c in text for c in _ODD_CASES) else None
        held: dict[int, bool] = {}  # the answers of _holds, by the id of the needles
        has_digit = _DIGIT.search(text) is not None
        at: dict[Starter, list[int]] = {}  # the places of each starter in text (see _matches)
        for rank, (name, rx, handler, is_weak) in enumerate(self.specs):
            if is_weak and not weak:
                continue
            if name in self.with_digit and not has_digit:
                continue
            cased = self.cased_needles.get(name)
            if cased is not None and not _holds(text, cased, held):
                continue
            needles = self.needles.get(name)
            if low is not None and needles is not None and not _holds(low, needles, held):
                continue
            for m in _matches(rx, self.starters.get(name), text, at):
                start, end = m.span("d") if "d" in rx.groupindex else m.span()
                if any(f.start < end and start < f.end for f in found):
                    continue
                value = handler(m, pub, tense(base + start) if tense else NOW)
                if value is not None:
                    found.append(Found(start, end, value, rank))
        found.sort(key=lambda f: f.start)
        return found


@functools.lru_cache(maxsize=1)
def patterns() -> Patterns:
    return Patterns(data.time_words())
