"""Cooperation chosen against (pipeline/events/modes.py, ``choosing_governors``): "opted not to
renew the pact with X", "decided against signing" is a refusal, REJECT (CAMEO 12), as under
"declined to"; a choice only supposed, asked for, questioned or not made, and a cooperation only
argued against or not done, is no event. Sentences invented for these tests."""

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
        "The Korsa freight board opted not to renew its pact with Dallin Mining last week.",
        "The Korsa freight board chose not to renew its agreement with Dallin Mining.",
        "The Korsa freight board decided against renewing its treaty with Dallin Mining.",
        "Dallin Mining said the Korsa freight board had decided not to extend the deal with it.",
    ],
)  # fmt: skip
def test_a_cooperation_chosen_against_is_a_refusal(run: Run, text: str) -> None:
    rec = run(text)
    refusals = [e for e in rec.events if e.type == "REJECT"]
    assert refusals, coded(rec)
    assert has_name(rec, refusals[0].source, "Korsa"), coded(rec)
    assert has_name(rec, refusals[0].target, "Dallin Mining"), coded(rec)
    assert not any(e.type == "AGREE" for e in rec.events), coded(rec)


@pytest.mark.model
def test_a_meeting_chosen_against_refuses_the_one_not_met(run: Run) -> None:
    rec = run("Chancellor Ivo Brandt decided not to meet Senator Lise Marrow at the fair.")
    refusals = [e for e in rec.events if e.type == "REJECT"]
    assert refusals and has_name(rec, refusals[0].target, "Lise Marrow"), coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # supposed, asked for, questioned, or the choice itself not made
        "The Korsa freight board may decide not to renew its pact with Dallin Mining.",
        "If the Korsa freight board opts not to renew its pact with Dallin Mining, fares rise.",
        "Traders urged the Korsa freight board to decide against renewing the Dallin Mining pact.",
        "Did the Korsa freight board choose not to renew its pact with Dallin Mining?",
        "The Korsa freight board did not choose to renew its pact with Dallin Mining.",
        # only argued against, or only not done
        "The Korsa freight board argued against renewing its pact with Dallin Mining.",
        "The Korsa freight board has not renewed its pact with Dallin Mining.",
    ],
)  # fmt: skip
def test_no_refusal_where_no_choice_was_made(run: Run, text: str) -> None:
    rec = run(text)
    assert not any(e.type in ("REJECT", "AGREE") for e in rec.events), coded(rec)


@pytest.mark.model
def test_a_hostile_act_chosen_against_is_no_event(run: Run) -> None:
    # a refusal codes a cooperation withheld; an attack not made is nothing
    rec = run("The Korsa garrison decided not to shell the Dallin ridge on Monday.")
    assert not rec.events, coded(rec)
