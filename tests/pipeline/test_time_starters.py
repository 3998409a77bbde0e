"""The date scan tries a pattern led by a month's or a day's name only where such a match may
begin (time_patterns._matches): it finds what a search of the whole text finds."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sayso.pipeline.time_patterns import _FOLDS, Found, patterns

# pieces of invented dates, words around them, and characters that sit next to them
_PIECES = [
    "March", "MARCH", "march", "Mar.", "Sept.", "Sep", "May", "June", "Monday", "Tue.", "TUESDAY",
    "the", "The", "of", "in", "on", "since", "last", "next", "this", "that same year", "year",
    "3", "03", "21st", "11", "9/11", "2024", "1999", "24", "-", "/", ",", ".", " ", "  ", "\n",
    "attacks", "ago", "two", "week", "spring", "x", "_", "5%", "\u0130", "\u017f", "\u212a",
    "\u0663", "é", "\u00a0", "the\u00a0", "6th", "2023-10-18", "\u0663\u0663\u0663\u0663-", "LAST",
    "Earlier", "early", "this",
    "THIS", "past", "coming", "week", "WEEK", "months", "years", "today", "TODAY", "tonight",
    "previous", "\u0130n", "in", "next", "Next",
]  # fmt: skip


def test_the_folds_are_those_of_re() -> None:
    """Every character Python's re matches, ignoring case, to an ASCII character other than
    its two cases is in _FOLDS."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    for c in map(chr, range(128)):
        same = {m.group() for m in re.finditer(f"(?i:{re.escape(c)})", everything)}
        assert same == {c, c.lower(), c.upper(), *_FOLDS.get(c.lower(), "")}, c


def _scan_everywhere(text: str, pub: dt.date, weak: bool) -> list[Found]:
    pats = patterns()
    held, pats.starters = pats.starters, {}
    try:
        return pats.scan(text, pub, weak=weak)
    finally:
        pats.starters = held


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.booleans())
def test_scan_finds_what_a_search_everywhere_finds(pieces: list[str], weak: bool) -> None:
    pub = dt.date(2024, 3, 14)
    for sep in ("", " "):
        text = sep.join(pieces)
        assert patterns().scan(text, pub, weak=weak) == _scan_everywhere(text, pub, weak)


def test_scan_keeps_dates_next_to_one_another() -> None:
    """Matches of one pattern side by side, and a later pattern's match inside an earlier
    one's, come out as a search of the whole text gives them."""
    pub = dt.date(2024, 3, 14)
    text = "Talks ran from Monday, March 4, 2024 to Tuesday, March 5 and the 6th of March 2024."
    found = patterns().scan(text, pub, weak=True)
    assert found == _scan_everywhere(text, pub, weak=True)
    assert [f.value for f in found] == ["2024-03-04", "2024-03-05", "2024-03-06"]


_ODD = str.maketrans({"s": "\u017f", "i": "\u0131", "k": "\u212a"})


def test_relative_phrases_with_letters_re_takes_for_ascii_read_as_the_plain_ones() -> None:
    """Python's re matches "\u017f" to "s", "\u0131" to "i" and the Kelvin sign to "k" ignoring
    case: a phrase whose lower-case words are so spelled is read as the plain one, never a lookup
    that fails (names of months and days are matched by their cases)."""
    pub = dt.date(2024, 3, 14)
    phrases = [
        "It happened last week.", "They met earlier this week.", "It ends this month.",
        "He left six days ago.", "She spoke last fall.", "It opens next month.",
        "They voted two years ago.", "They met last March.", "It began in January of last year.",
        "The talks resume next Tuesday.", "It was signed last Monday.", "Results come this spring.",
    ]  # fmt: skip
    for plain in phrases:
        want = [f.value for f in patterns().scan(plain, pub, weak=True)]
        assert want, plain
        odd = " ".join(w if w[0].isupper() else w.translate(_ODD) for w in plain.split())
        assert [f.value for f in patterns().scan(odd, pub, weak=True)] == want, odd


def test_a_year_after_its_preposition_is_found_as_everywhere() -> None:
    """The years after a preposition are tried from the word before each year: white space of
    any kind and length between them, a word that only ends like a preposition, a year glued
    to digits, one at the very start."""
    pub = dt.date(2024, 3, 14)
    text = (
        "2019 came, then in 2020, since\n\n1999 and until\u00a02021; within 2022, x_in 2023, "
        "\u0130N 2018, in 20245, by 1850s, from  2001-02 and in2003 or BY 2004."
    )
    found = patterns().scan(text, pub, weak=False)
    assert found == _scan_everywhere(text, pub, weak=False)
    assert [f.value for f in found] == ["2020", "1999", "2021", "2018", "2004"]
