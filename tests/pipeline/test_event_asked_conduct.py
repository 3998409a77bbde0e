"""A way of acting asked for is no one asked (pipeline/events/addressees.py): "urged restraint",
"called for calm" ask no one named, so the request keeps its source and an open target; people
named by a common noun ("urged shopkeepers") and a named actor asked to act with restraint are
still the ones asked. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded, has_name

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Governor Oda Renske urged restraint after the clashes at the Haldor mill.", "restraint"),
        ("Governor Oda Renske urged calm on Saturday evening.", "calm"),
        ("Governor Oda Renske urged caution over the new ferry timetable.", "caution"),
    ],
)  # fmt: skip
def test_conduct_asked_for_is_no_side(run: Run, text: str, word: str) -> None:
    rec = run(text)
    asks = [e for e in rec.events if e.type == "REQUEST"]
    assert asks, coded(rec)
    assert has_name(rec, asks[0].source, "Oda Renske"), coded(rec)
    assert not any(has_name(rec, e.target, word) for e in asks), coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # counter-cases: those asked to show restraint are asked
        ("Governor Oda Renske urged the Velden garrison to show restraint.", "Velden"),
        ("Governor Oda Renske urged ferry captains to stay in port.", "captains"),
    ],
)  # fmt: skip
def test_those_asked_to_act_stay_the_side(run: Run, text: str, asked: str) -> None:
    rec = run(text)
    asks = [e for e in rec.events if e.type == "REQUEST"]
    assert asks and has_name(rec, asks[0].target, asked), coded(rec)
