"""A listed body's one-word name that is also the surname of a person the story names in full
(pipeline/entities): the bare word is the person, unless nobody of that surname is named.
Every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import named

pytestmark = pytest.mark.model


def test_an_outlet_word_that_is_a_named_persons_surname_is_the_person(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Long odds for Bloomberg bid.\n\n"
        "Michael Bloomberg, who is weighing a run for governor, toured a ferry yard in Albany "
        "on Monday.\n\n"
        "Bloomberg had ruled out a run four years ago, and he told friends the timing was "
        "wrong. Critics say Bloomberg has no base outside the city."
    )
    person = named(rec, "Michael Bloomberg")
    assert person.type == "PERSON"
    assert [m.text for m in person.mentions].count("Bloomberg") == 3
    assert not [e for e in rec.entities if e.name.startswith("Bloomberg")]


def test_an_outlet_word_with_no_namesake_stays_the_outlet(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Ferry fares rise.\n\n"
        "Ada Lindqvist, the port's director, told Bloomberg on Monday that fares would rise in "
        "May. Bloomberg had first reported the plan last week."
    )
    outlet = [e for e in rec.entities if e.name.startswith("Bloomberg")]
    assert len(outlet) == 1
    assert outlet[0].type == "ORG" and outlet[0].sector == "MED"
    assert named(rec, "Ada Lindqvist").type == "PERSON"
