"""Backing won from someone (pipeline/events/filling.py, ``holding_verbs``): "snagged the
endorsement of X", "garnered the backing of X" is X's support given to the subject (CAMEO 05);
a backing not won or only hoped for is none. Sentences invented for these tests."""

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
        "Mayor Ines Calder snagged the endorsement of the Brolund teachers union on Sunday.",
        "Mayor Ines Calder garnered the backing of the Brolund teachers union this week.",
    ],
)  # fmt: skip
def test_backing_won_is_support_from_its_giver(run: Run, text: str) -> None:
    rec = run(text)
    backing = [e for e in rec.events if e.type == "SUPPORT"]
    assert backing, coded(rec)
    assert has_name(rec, backing[0].target, "Ines Calder"), coded(rec)
    assert not has_name(rec, backing[0].source, "Ines Calder"), coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ines Calder did not snag the endorsement of the Brolund teachers union.",
        "Mayor Ines Calder hopes to garner the backing of the Brolund teachers union.",
    ],
)  # fmt: skip
def test_backing_not_won_is_no_support(run: Run, text: str) -> None:
    rec = run(text)
    assert not any(e.type == "SUPPORT" for e in rec.events), coded(rec)
