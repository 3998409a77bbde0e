"""A body of no state named by a common noun and the town it sits in (pipeline/events/actors.py,
sides.py, reach.py; ``seated_body_word``): "demanded an apology from the council in X" asks
the council, not the town; a country still stands for its state's bodies, and people of a town
who act are still coded by it. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded, has_name

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "type_", "body"),
    [
        ("Mayor Ilse Varga demanded an apology from the council in Oskerby on Friday.",
         "REQUEST", "council"),
        ("Mayor Ilse Varga demanded an explanation from the committee in Oskerby.",
         "REQUEST", "committee"),
        ("Mayor Ilse Varga urged the union in Oskerby to end the strike.", "REQUEST", "union"),
        ("Mayor Ilse Varga blamed the commission in Oskerby for the delays.",
         "ACCUSE", "commission"),
    ],
)  # fmt: skip
def test_a_body_in_a_town_is_the_side_not_the_town(
    run: Run, text: str, type_: str, body: str
) -> None:
    rec = run(text)
    found = [e for e in rec.events if e.type == type_]
    assert found, coded(rec)
    assert not any(has_name(rec, e.target, "Oskerby") for e in found), coded(rec)
    assert has_name(rec, found[0].target, body), coded(rec)


@pytest.mark.model
def test_a_state_body_in_a_country_stands_for_the_country(run: Run) -> None:
    # counter-case: a ministry in a country is that country's state
    rec = run("Mayor Ilse Varga demanded an apology from the ministry in Peru on Friday.")
    asks = [e for e in rec.events if e.type == "REQUEST"]
    assert asks and has_name(rec, asks[0].target, "Peru"), coded(rec)
