"""People met named by a compound noun of a person (pipeline/events/tables.py,
``ACTOR_SUFFIXES``): "met striking dockworkers", "met shopkeepers" is a meeting with them
(CAMEO 04) though no name names them; a thing met ("met the deadline") is no one. Sentences
invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded, has_name

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("Governor Lena Ostby met striking steelworkers in her office on Tuesday.", "steelworkers"),
        ("Governor Lena Ostby met with angry shopkeepers after the flood.", "shopkeepers"),
    ],
)  # fmt: skip
def test_people_met_by_a_compound_noun_are_met(run: Run, text: str, met: str) -> None:
    rec = run(text)
    talks = [e for e in rec.events if e.type == "CONSULT"]
    assert talks and has_name(rec, talks[0].source, "Lena Ostby"), coded(rec)
    assert any(has_name(rec, e.target, met) for e in talks), coded(rec)


@pytest.mark.model
def test_a_thing_met_is_no_meeting(run: Run) -> None:
    rec = run("Governor Lena Ostby met the filing deadline on Tuesday.")
    assert not any(e.type == "CONSULT" for e in rec.events), coded(rec)
