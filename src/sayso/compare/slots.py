"""The slots of a claim, and when two values of one slot disagree.

* counts: a number (digits, "1.5 million", number words up to the thousands: "twenty-five",
  "a dozen") with what it counts (the next content word: "people", "dead", "decades"; an age for
  "59-year-old", "aged 59", "Smith, 59,"; money for "$25,000") and how exact it is: "at least 50"
  and "more than 50" are [50, inf), "about 170,000" is within ``ABOUT`` of it (and "about
  three" within half a unit: it does not take in "two"), "up to 9" is
  [0, 9], "5 to 7" and "5-7" are ranges. Two counts of one thing disagree when their ranges do
  not meet: "at least 50" does not contradict "53".
* dates: the times stage's values (``record.times``: already resolved against the publication
  date), and a weekday where the text names one. A weekday disagrees with a weekday or with the
  weekday of a full date; otherwise two values of the same precision disagree when they differ
  (a year against a year, a day against a day; a year against a day is not compared).
* places: two place names disagree unless one is inside the other (a city in its country, through
  the gazetteer) or they name the same place; a country is only set against a country, a US state
  against a state (``data/us_states.tsv``: a city is never set against a state), a county against
  a county.
* a number glued to a word by a hyphen ("AK-47", "F-16") is part of a name, not a count; a
  number glued by a hyphen to a compound after it counts the compound's last word
  ("1,200-square-foot": feet, not "square" of any kind).
"""

from __future__ import annotations

import datetime
import functools
import math
import re
from dataclasses import dataclass

from .. import resources as data
from ..gazetteer import Gazetteer
from .features import NUMBER_WORDS, stem, stopwords

ABOUT = 0.05  # how far "about N" may be from N: this share of N, and half a unit
INF = math.inf

_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_SMALL = {w: n for w, n in NUMBER_WORDS.items() if n <= 19 and w not in ("zero", "one")}
_WORD_NUMBER = (
    r"(?:(?:" + "|".join(sorted(_TENS, key=len, reverse=True)) + r")(?:[-\s](?:"
    + "|".join(w for w in NUMBER_WORDS if 1 <= NUMBER_WORDS[w] <= 9) + r"))?"
    + r"|" + "|".join(sorted(_SMALL, key=len, reverse=True)) + r"|a\s+dozen|dozen)"
)  # fmt: skip
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_VALUE = rf"(?:\$\s?)?(?:{_DIGITS}|{_WORD_NUMBER})(?:\s+(?:hundred|thousand|million|billion))?"
_QUAL = (
    r"at\s+least|no\s+fewer\s+than|more\s+than|over|upwards\s+of|nearly|almost|about|around|"
    r"approximately|roughly|some|an\s+estimated|up\s+to|as\s+many\s+as|fewer\s+than|"
    r"less\s+than|under|at\s+most|just\s+over|just\s+under"
)
_COUNT = re.compile(
    rf"(?<![\w$.,])(?:(?P<qual>{_QUAL})\s+)?(?:between\s+)?(?P<value>{_VALUE})"
    rf"(?:\s*(?:-|–|to|and|or)\s*(?P<high>{_VALUE}))?(?P<tail>(?:-years?[-\s]old)?)"
    rf"(?![\w])",
    re.I,
)
_AGE_AFTER_NAME = re.compile(r"[A-Z][a-z]+,\s(\d{1,3}),")
_AGED = re.compile(r"\b(?:aged?|ages)\s+$", re.I)
_NEXT_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_AT_LEAST = ("at least", "no fewer than", "more than", "over", "upwards of", "just over")
_AT_MOST = ("up to", "as many as", "fewer than", "less than", "under", "at most", "just under")
_UNIT_SKIP = frozenset(
    {
        "more", "other", "additional", "further", "of", "the", "a", "an", "were", "was", "are",
        "is", "be", "been", "being", "have", "has", "had", "who", "that", "which", "in", "on",
        "at", "and", "or", "to", "for", "from", "by", "with", "as", "than", "then",
    }
)  # fmt: skip
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_CLOCK = re.compile(r"\s*(?:[ap]\.?m\b\.?|o['’]clock\b)", re.I)
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+|No\.)\s$")


@dataclass(frozen=True, slots=True)
class Count:
    """A number the text states, with what it counts: offsets index the record's text."""

    lo: float
    hi: float
    unit: str
    start: int
    end: int
    text: str
    plain: float | None = None  # the figure as written, when no qualifier or range goes with it


def _word_value(text: str) -> float | None:
    t = " ".join(text.lower().replace("-", " ").split())
    if t in ("a dozen", "dozen"):
        return 12.0
    total = 0
    for w in t.split():
        if w in _TENS:
            total += _TENS[w]
        elif w in NUMBER_WORDS:
            total += NUMBER_WORDS[w]
        else:
            return None
    return float(total)


def number_value(text: str) -> float | None:
    """The value of a number as written: "1,500", "2.5 million", "twenty-five", "$30,000"."""
    t = text.strip().lstrip("$").strip()
    scale = 1
    parts = t.rsplit(None, 1)
    if len(parts) == 2 and parts[1].lower() in _SCALES:
        scale, t = _SCALES[parts[1].lower()], parts[0]
    if t[:1].isdigit():
        try:
            return float(t.replace(",", "")) * scale
        except ValueError:
            return None
    v = _word_value(t)
    return None if v is None else v * scale


def _unit(text: str, end: int, tail: str, money: bool) -> str:
    if money:
        return "$"
    if tail or text[end : end + 10].lower().startswith((" years old", " year old")):
        return "age"
    for m in _NEXT_WORD.finditer(text, end, min(len(text), end + 40)):
        w = m.group().lower()
        if w in _UNIT_SKIP or w in _SCALES:
            continue
        if "-" in w.strip("-") and text[end : end + 1] == "-":
            return unit_stem(w.rstrip("-").rsplit("-", 1)[-1])  # "square-foot": a foot
        return unit_stem(w)
    return ""


def unit_stem(word: str) -> str:
    """What a count counts, singular and stemmed: "injuries" and "injury" alike."""
    w = word.lower()
    if w.endswith("ies"):
        w = w[:-3] + "y"
    elif w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return stem(w)


def counts(text: str, offset: int = 0) -> list[Count]:
    """The counts stated in ``text`` (a sentence; ``offset`` is where it starts in the record's
    text). Years (1800-2099 without a unit) and clock times are left to the dates."""
    out: list[Count] = []
    for m in _COUNT.finditer(text):
        written = m.group("value")
        value = number_value(written)
        if value is None:
            continue
        if text[m.start() - 1 : m.start()] == "-" and text[m.start() - 2 : m.start() - 1].isalpha():
            continue  # part of a name: "AK-47", "F-16", "Covid-19"
        if text[m.end() : m.end() + 1] == ":" or text[m.start() - 1 : m.start()] == ":":
            continue  # a clock time
        if _CLOCK.match(text, m.end()) or _in_name(text, m.start()):
            continue  # "2 a.m.", "six o'clock"; "Route 52", "Flight 370", "June 15"
        money = written.startswith("$")
        unit = _unit(text, m.end(), m.group("tail"), money)
        if _AGED.search(text[max(0, m.start() - 6) : m.start()]):
            unit = "age"
        if _YEAR.match(written) and unit not in ("$", "age") and m.group("high") is None:
            continue
        lo = hi = value
        high = m.group("high")
        if high is not None:
            hv = number_value(high)
            if hv is None or hv < value:
                continue
            hi = hv
        qual = " ".join((m.group("qual") or "").lower().split())
        if qual in _AT_LEAST:
            hi = INF
        elif qual in _AT_MOST:
            lo = 0.0
        elif qual:
            lo, hi = lo * (1 - ABOUT) - 0.5, hi * (1 + ABOUT) + 0.5
        elif high is None:
            lo, hi = _rounded(value)
        plain = value if not qual and high is None else None
        out.append(Count(lo, hi, unit, offset + m.start(), offset + m.end(), m.group(), plain))
    for m in _AGE_AFTER_NAME.finditer(text):  # "Smith, 59, of Springfield"
        v = float(m.group(1))
        s = offset + m.start(1)
        out = [c for c in out if c.start != s]
        out.append(Count(v, v, "age", s, offset + m.end(1), m.group(1), v))
    return out


ROUND = 1000  # a figure this high that ends in zeros may be a round figure


def _rounded(value: float) -> tuple[float, float]:
    """The figures a round figure of ``ROUND`` or more stands for: those that round to it at
    its last non-zero digit, and at its second digit at the coarsest ("170,000" for 165,000 to
    175,000, "1,500" for 1,450 to 1,550, "30,000" for 29,500 to 30,500); any other value as it
    is."""
    if value < ROUND or not value.is_integer():
        return value, value
    digits = str(int(value))
    zeros = len(digits) - len(digits.rstrip("0"))
    step = 10 ** min(zeros, len(digits) - 2)
    if step < 10:
        return value, value
    return value - step / 2, value + step / 2


def _in_name(text: str, start: int) -> bool:
    """Whether the number written from ``start`` of ``text`` is part of a name or a date: right
    after a capitalised word that is no function word ("Route 52", "Flight 370", "No. 10",
    "June 15"; not "The 23 pirates", "Only 5 people")."""
    m = _NAME_BEFORE.search(text[max(0, start - 20) : start])
    if m is None:
        return False
    word = m.group(1).lower()
    return word in data.month_words() or word not in stopwords()


AGE_SLACK = 1.0  # years two adult ages of one person may differ by and still agree
ADULT = 18.0  # the age from which a year's slack holds (a child's age is told more exactly)


def counts_agree(a: Count, b: Count) -> bool:
    """Whether two counts may be one figure: their ranges overlap; two adult ages one year
    apart agree too (a birthday may fall between two sources' records of one person's age)."""
    adult = a.unit == b.unit == "age" and min(a.lo, b.lo) >= ADULT
    slack = AGE_SLACK if adult else 0.0
    return a.lo <= b.hi + slack and b.lo <= a.hi + slack


# -- dates -----------------------------------------------------------------------------------


_WEEKDAYS = {
    n: i
    for i, n in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}


def weekday_named(text: str) -> int | None:
    """The weekday a time expression names ("Tuesday night" -> 1), else None."""
    for w in re.findall(r"[A-Za-z]+", text):
        d = _WEEKDAYS.get(w.lower())
        if d is not None:
            return d
    return None


@dataclass(frozen=True, slots=True)
class When:
    """A date the text states: the times stage's value, the weekday it names (or None), and
    whether the text gives more than a weekday (a day of a month, a month, a year); ``act``:
    the trigger of the event of its sentence that the events stage dates with it, if any."""

    value: str
    weekday: int | None
    dated: bool
    start: int
    end: int
    text: str
    act: str | None = None


def when(value: str, start: int, end: int, text: str, act: str | None = None) -> When:
    wd = weekday_named(text)
    dated = bool(re.search(r"\d", text)) or any(
        w.lower() in data.month_words() for w in re.findall(r"[A-Za-z]+", text)
    )
    return When(value, wd, dated or wd is None, start, end, text, act)


def _weekday_of(value: str) -> int | None:
    try:
        return datetime.date.fromisoformat(value).weekday() if len(value) == 10 else None
    except ValueError:
        return None


def dates_agree(a: When, b: When) -> bool | None:
    """False when the two dates cannot be the same day, True when they may be, None when they
    cannot be compared (a weekday against a bare year)."""
    if a.weekday is not None and b.weekday is not None:
        return a.weekday == b.weekday
    if a.weekday is not None and not a.dated:
        wd = _weekday_of(b.value) if b.dated else None
        return None if wd is None else wd == a.weekday
    if b.weekday is not None and not b.dated:
        return dates_agree(b, a)
    if not a.value or not b.value or len(a.value) != len(b.value):
        return None  # a year against a day: most often two different things of one life
    return a.value == b.value


# -- places ----------------------------------------------------------------------------------


@functools.cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.default()


def known_place(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a place: a country, a US state or a listed
    place (a city, a region)."""
    g = _gazetteer()
    return bool(g.country(name) or g.us_state(name) or g.place(name))


def place_kind(name: str) -> str:
    """country, state (a US state), county, or place (a city, a region: not told apart)."""
    if _gazetteer().country(name):
        return "country"
    if _gazetteer().us_state(name):
        return "state"
    if name.split()[-1:] in (["County"], ["Parish"], ["Province"]):
        return "county"
    return "place"


def places_agree(a: str, b: str) -> bool:
    """Whether two place names may name the same place or one inside the other."""
    fa, fb = a.casefold().removeprefix("the "), b.casefold().removeprefix("the ")
    if fa == fb or fa in fb or fb in fa:
        return True
    g = _gazetteer()
    ka, kb = place_kind(a), place_kind(b)
    ca, cb = g.place_country(a), g.place_country(b)
    # a place in its country agrees with it; two listed regions or cities of one country
    # ("Ohio", "Texas") are not thereby one place
    if ca and cb and ca == cb and not (ka == kb and g.place(a) and g.place(b)):
        return True
    return ka != kb  # a county against a country, a city against its state: not one slot


def places_apart(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two sets of place names are known to lie apart: each names places, the gazetteer
    knows the country of every one, and no country (nor, where both name US states, no state)
    is shared: "Lyon" / "Leeds", "Ohio" / "Texas". A city is never set against its country
    ("Lyon" / "France"), and a place the gazetteer does not know (a town, a district) nor two
    places of one country (a province and its city: the gazetteer keeps no province's towns)
    are ever apart."""
    if not mine or not theirs:
        return False
    g = _gazetteer()
    states = [{x for n in side if (x := g.us_state(n))} for side in (mine, theirs)]
    if all(len(st) == len(side) for st, side in zip(states, (mine, theirs), strict=True)):
        return not states[0] & states[1]
    countries = [{g.place_country(n) for n in side} for side in (mine, theirs)]
    if any(None in c for c in countries):
        return False
    return not countries[0] & countries[1]


def is_year(value: str) -> bool:
    return bool(_YEAR.match(value))
