"""Kinds of wrong events on whole articles, round 10, each with an invented sentence: a
headline and a date stamp with no blank line after them are no part of the lead's sentence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

pytestmark = pytest.mark.model

Run = Callable[..., Record]

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
