"""Disapproval voiced (plover_patterns.tsv ACCUSE nouns; event_idioms.json
``disapproval-not-voiced``): "voiced disapproval of X's plan", "expressed disapproval of X"
criticises X (CAMEO 11); a disapproval only held or measured ("voters' disapproval of X rose",
a disapproval rating) is no act. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded, has_name

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Councillor Hanne Dovre voiced disapproval of Mayor Ola Brekke's parking plan.",
        "Councillor Hanne Dovre expressed her disapproval of Mayor Ola Brekke on Tuesday.",
    ],
)  # fmt: skip
def test_voiced_disapproval_criticises(run: Run, text: str) -> None:
    rec = run(text)
    acc = [e for e in rec.events if e.type == "ACCUSE"]
    assert acc and has_name(rec, acc[0].source, "Hanne Dovre"), coded(rec)
    assert has_name(rec, acc[0].target, "Ola Brekke"), coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Residents' disapproval of Mayor Ola Brekke climbed to 58 percent in the survey.",
        "Mayor Ola Brekke's disapproval rating climbed to 58 percent.",
        "Councillor Hanne Dovre did not voice disapproval of Mayor Ola Brekke.",
    ],
)  # fmt: skip
def test_disapproval_held_or_measured_is_no_act(run: Run, text: str) -> None:
    rec = run(text)
    assert not any(e.type == "ACCUSE" for e in rec.events), coded(rec)
