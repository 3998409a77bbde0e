"""Appeals to a feeling (pipeline/events): a request (CAMEO 10) asks an actor to act, so an
appeal to a feeling, a trait or a loyalty ("appealed to their fears", "appeals to national
pride") asks no one, while an appeal to a body or a person to do something stays a request.
Sentences invented for these tests."""

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
        "Governor Emil Sorensen's appeals to the anxieties of mill towns carried the county.",
        "Senator Lida Varro appealed to the patriotism of the veterans at the fairground in Osk.",
        "Mayor Ines Dorr appealed to the resentment of commuters in her final speech.",
    ],
)  # fmt: skip
def test_an_appeal_to_a_feeling_asks_no_one(run: Run, text: str) -> None:
    rec = run(text)
    assert not [e for e in rec.events if e.type == "REQUEST"], coded(rec)


@pytest.mark.model
def test_an_appeal_to_a_court_stays_a_request(run: Run) -> None:
    # counter-case: a body asked to act is asked
    rec = run("Senator Lida Varro appealed to the supreme court of Osk to halt the toll.")
    asks = [e for e in rec.events if e.type == "REQUEST"]
    assert asks and has_name(rec, asks[0].source, "Varro"), coded(rec)
