"""Calling someone a name of blame (plover_patterns.tsv, call|label|brand with a word of blame):
"called X a crook", "called X a sociopath" criticises X (CAMEO 111); a name withheld or a
denial about oneself is no criticism. Sentences invented for these tests."""

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
        "Councillor Ruth Benning called Mayor Otto Skarp a crook during the debate.",
        'Councillor Ruth Benning called Mayor Otto Skarp a "sociopath" on the radio.',
    ],
)  # fmt: skip
def test_a_name_of_blame_criticises(run: Run, text: str) -> None:
    rec = run(text)
    acc = [e for e in rec.events if e.type == "ACCUSE"]
    assert acc and has_name(rec, acc[0].target, "Otto Skarp"), coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Councillor Ruth Benning would not call Mayor Otto Skarp a crook.",
        "Mayor Otto Skarp told reporters that he is no crook.",
    ],
)  # fmt: skip
def test_no_criticism_without_a_name_given(run: Run, text: str) -> None:
    rec = run(text)
    assert not any(e.type == "ACCUSE" for e in rec.events), coded(rec)
