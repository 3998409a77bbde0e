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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruritania recognized Borduria's claim to the reef in 1981.", "CONCEDE"),
        ("The opposition leader recognized the election result on Monday.", "CONCEDE"),
        ("Ruritania recognized the new government of Borduria on Monday.", "SUPPORT"),
    ],
)
def test_recognizing_a_claim_or_a_result_concedes(run: Run, text: str, expected: str) -> None:
    found = coded(run(text))
    assert [c[0] for c in found if c[1].startswith("recognized")] == [expected], found


def test_what_a_claim_is_to_is_no_party(run: Run) -> None:
    found = coded(run("Under the deal, Strelsau recognized Zenda's claim to the islet of Kora."))
    conceded = [c for c in found if c[0] == "CONCEDE"]
    assert conceded and all(c[3] == ["Zenda"] for c in conceded), found
