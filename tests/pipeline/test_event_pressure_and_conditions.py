"""Pressure in words, refusals to name, and conditional demands (pipeline/events): words that
pressure a named actor ask it (REQUEST, CAMEO 10), since coercion needs force or a sanction;
refusing to call someone something withholds a word and refuses no one; "X should quit if ..."
said by another is a condition, no demand that was made. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded, has_name

Run = Callable[..., Record]


@pytest.mark.model
def test_pressing_a_named_actor_in_words_is_a_request(run: Run) -> None:
    rec = run("Councillor Wenda Orrin pressured Premier Basil Tamm to shelve the port levy.")
    assert not any(e.type == "COERCE" for e in rec.events), coded(rec)
    asks = [e for e in rec.events if e.type == "REQUEST"]
    assert asks, coded(rec)
    assert has_name(rec, asks[0].source, "Wenda Orrin"), coded(rec)
    assert has_name(rec, asks[0].target, "Basil Tamm"), coded(rec)


@pytest.mark.model
def test_coercion_by_force_stays_coercion(run: Run) -> None:
    # counter-case: coercing people is still COERCE
    rec = run("Soldiers of the Ostrand army coerced farmers into leaving the valley of Pell.")
    assert any(e.type == "COERCE" for e in rec.events), coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Premier Basil Tamm refused to call Councillor Wenda Orrin a fraud on Friday.",
        "Premier Basil Tamm declined to label Councillor Wenda Orrin a crook at the rally.",
    ],
)  # fmt: skip
def test_refusing_to_name_someone_refuses_no_one(run: Run, text: str) -> None:
    rec = run(text)
    assert not any(
        e.type == "REJECT" and has_name(rec, e.target, "Wenda Orrin") for e in rec.events
    ), coded(rec)


@pytest.mark.model
def test_refusing_to_meet_someone_is_still_a_refusal(run: Run) -> None:
    # counter-case: refusing a meeting with a named party rejects that party
    rec = run("Premier Basil Tamm refused to meet Councillor Wenda Orrin on Friday.")
    assert any(
        e.type == "REJECT" and has_name(rec, e.target, "Wenda Orrin") for e in rec.events
    ), coded(rec)


@pytest.mark.model
def test_a_conditional_should_is_no_demand(run: Run) -> None:
    rec = run("Councillor Wenda Orrin said Premier Basil Tamm should step down if the inquiry "
              "finds bribes.")  # fmt: skip
    assert not any(e.type == "REQUEST" for e in rec.events), coded(rec)


@pytest.mark.model
def test_a_plain_should_is_still_a_demand(run: Run) -> None:
    # counter-case: with no condition the speaker asks the premier to go
    rec = run("Councillor Wenda Orrin said Premier Basil Tamm should step down.")
    asks = [e for e in rec.events if e.type == "REQUEST"]
    assert asks and has_name(rec, asks[0].target, "Basil Tamm"), coded(rec)
