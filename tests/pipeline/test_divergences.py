"""Divergences the text states."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

pytestmark = pytest.mark.model


def names(rec: Record, ids: tuple[str, ...]) -> list[str]:
    return [e.name for i in ids if (e := rec.entity(i)) is not None]


def test_omission_stated_in_the_text(run: Callable[..., Record]) -> None:
    rec = run(
        "Foreign Minister Tomas Novak phoned his Hungarian counterpart on Monday.\n\n"
        "\u201cWe will support sanctions against the regime,\u201d Novak said, according to a "
        "transcript posted online by the Czech Foreign Ministry.\n\n"
        "The Hungarian Foreign Ministry's readout of the call does not mention sanctions "
        "against the regime."
    )
    om = [d for d in rec.divergences if d.kind == "omission"]
    assert len(om) == 1
    assert "Hungarian Foreign Ministry" in names(rec, om[0].other)
    assert "Czech Foreign Ministry" in names(rec, om[0].asserted_by)
    assert "does not mention" in om[0].evidence[0].text


def test_qualification(run: Callable[..., Record]) -> None:
    rec = run(
        "Energy Minister Karl Weber said that prices would double.\n\n"
        "Government spokesperson Anna Roth downplayed Weber's comments on Friday."
    )
    q = [d for d in rec.divergences if d.kind == "qualification"]
    assert len(q) == 1
    assert names(rec, q[0].other)[0] == "Anna Roth"
    assert names(rec, q[0].asserted_by) == ["Karl Weber"]


def test_no_divergence_in_plain_reporting(run: Callable[..., Record]) -> None:
    rec = run("The council met on Monday and approved the budget, the mayor said.")
    assert rec.divergences == ()
