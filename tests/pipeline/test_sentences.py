"""The record keeps spaCy's sentences (``Record.sentences``), cut at line breaks; a headline and a
date stamp with no blank line after them are no part of the lead's sentence."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

import pytest

from sayso.types import Record

from .conftest import coded

pytestmark = pytest.mark.model

Run = Callable[..., Record]


# -------------------------------------------------------------------------------------------------
# The record keeps spaCy's sentences (``Record.sentences``), cut at line breaks.


def test_the_record_keeps_the_parsers_sentences(run: Callable[..., Record]) -> None:
    text = (
        "Dr. Lee arrived in Oslo on Monday. She met the U.S. envoy there.\n"
        "Talks resume today\n\n"
        "  The ministry said nothing.  \n"
    )
    record = run(text)
    assert [text[s:e] for s, e in record.sentences] == [
        "Dr. Lee arrived in Oslo on Monday.",
        "She met the U.S. envoy there.",
        "Talks resume today",
        "The ministry said nothing.",
    ]
    assert Record.from_dict(record.to_dict()).sentences == record.sentences


def test_sentences_are_ordered_trimmed_and_cover_the_words(run: Callable[..., Record]) -> None:
    text = (
        'Officials said "the border is closed." Trucks waited for hours;\n'
        "others turned back. Sources: none\n  \n(AP) More later"
    )
    record = run(text)
    bounds = record.sentences
    assert all(s < e for s, e in bounds)
    assert all(a[1] <= b[0] for a, b in pairwise(bounds))
    for s, e in bounds:
        piece = text[s:e]
        assert piece == piece.strip() and "\n" not in piece
    covered = {i for s, e in bounds for i in range(s, e)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


# -------------------------------------------------------------------------------------------------
# Kinds of wrong events on whole articles, each with an invented sentence: a headline and a date
# stamp with no blank line after them are no part of the lead's sentence.


STAMPED = (
    "Navy stops smugglers near strait\n"
    "Updated: May 4, 2024 10:15 GMT\n"
    "The Marovian Navy patrolling the Strait of Tiran on Thursday foiled an attack by armed "
    "smugglers on cargo ships, capturing 12 smugglers and confiscating weapons, in its third "
    "operation since May.\n"
)


def test_a_date_stamp_line_ends_a_sentence(run: Run) -> None:
    found = coded(run(STAMPED))
    assert [c for c in found if c[1].startswith("capturing") and "Marovian Navy" in c[2]], found
