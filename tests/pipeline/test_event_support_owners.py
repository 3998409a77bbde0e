"""Whose support a light verb carries: "pledged Norway's support to X" is given by the one who
speaks and the owner of the support together, and X is helped; the owner is never the one
helped (pipeline/events). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded, events_of
from .conftest import names as _names

Run = Callable[..., Record]


@pytest.mark.model
def test_the_owner_of_pledged_support_gives_it(run: Run) -> None:
    rec = run("The consul pledged Norway's backing to the Estonian fishermen on Thursday.")
    support = events_of(rec, "SUPPORT")
    assert support, coded(rec)
    assert all("Norway" not in _names(rec, e.target) for e in support), coded(rec)
    assert any("Norway" in _names(rec, e.source) for e in support), coded(rec)


@pytest.mark.model
def test_support_sought_from_an_owner_is_no_support_given_to_it(run: Run) -> None:
    rec = run("The finance minister sought Sweden's backing for the bond sale.")
    assert not [e for e in events_of(rec, "SUPPORT") if "Sweden" in _names(rec, e.target)], coded(
        rec
    )


@pytest.mark.model
def test_welcoming_an_owners_support_still_answers_the_owner(run: Run) -> None:
    # counter-case: "welcomed" is its own act aimed at the one whose support it welcomes
    rec = run("Latvia welcomed Finland's support for the pipeline.")
    welcome = [e for e in events_of(rec, "SUPPORT") if "welcomed" in e.trigger.text]
    assert welcome and any("Finland" in _names(rec, e.target) for e in welcome), coded(rec)
