"""Whom a rejected attempt or plan would act on is no one rejected (pipeline/events/
addressees.py): "dismissed attempts to oust X" answers whoever made the attempts, not X; the
maker a text names ("X's plan to ...", "a bid by X to ...") stays the target. Sentences invented
for these tests."""

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
        "Mayor Petra Lind dismissed attempts to unseat Councillor Joss Harrow.",
        "Mayor Petra Lind rejected a scheme to censure Councillor Joss Harrow on Friday.",
    ],
)  # fmt: skip
def test_whom_a_rejected_attempt_would_act_on_is_not_rejected(run: Run, text: str) -> None:
    rec = run(text)
    refusals = [e for e in rec.events if e.type == "REJECT"]
    assert refusals and has_name(rec, refusals[0].source, "Petra Lind"), coded(rec)
    assert not any(has_name(rec, e.target, "Joss Harrow") for e in refusals), coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # counter-cases: the maker of the rejected attempt is answered
        "Mayor Petra Lind rejected Councillor Joss Harrow's bid to close the ferry depot.",
        "Mayor Petra Lind dismissed an attempt by Councillor Joss Harrow to delay the vote.",
    ],
)  # fmt: skip
def test_the_maker_of_a_rejected_attempt_is_rejected(run: Run, text: str) -> None:
    rec = run(text)
    refusals = [e for e in rec.events if e.type == "REJECT"]
    assert refusals and has_name(rec, refusals[0].target, "Joss Harrow"), coded(rec)
