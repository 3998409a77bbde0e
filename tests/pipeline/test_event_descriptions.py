"""Events whose actor is a definite description ("the county", "the party"): it stands for the
one named body the story described before by that noun, by its name's head noun or by its kind.
Every text is invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Event, Record

from .conftest import names

pytestmark = pytest.mark.model


def of_type(record: Record, type_: str) -> list[Event]:
    return [e for e in record.events if e.type == type_]


def test_the_county_is_the_county_named_before(run: Callable[..., Record]) -> None:
    rec = run(
        "Commissioners in Brenner Falls County approved a landfill near the river in May. "
        "The Pinewood Residents Association sued the county on Tuesday."
    )
    (accuse,) = of_type(rec, "ACCUSE")
    assert "Brenner Falls County" in names(rec, accuse.target)


def test_the_party_is_the_one_body_of_that_kind(run: Callable[..., Record]) -> None:
    rec = run(
        "Police in Velmora detained five members of the opposition Union for Civic Progress on "
        "Sunday. Interior Minister Dario Vell accused the party of planning riots."
    )
    (accuse,) = of_type(rec, "ACCUSE")
    assert any(n.endswith("Union for Civic Progress") for n in names(rec, accuse.target))


def test_the_party_is_none_of_two_bodies_of_that_kind(run: Callable[..., Record]) -> None:
    rec = run(
        "Police in Velmora detained members of the opposition Union for Civic Progress and of "
        "the opposition Green Dawn Movement on Sunday. Interior Minister Dario Vell accused "
        "the party of planning riots."
    )
    (accuse,) = of_type(rec, "ACCUSE")
    assert not any(n.endswith(("Progress", "Movement")) for n in names(rec, accuse.target))


def test_the_party_is_not_the_party_leader(run: Callable[..., Record]) -> None:
    rec = run(
        "The party's leader, Anton Brecht, spoke at a rally on Friday. Interior Minister Dario "
        "Vell accused the party of planning riots."
    )
    (accuse,) = of_type(rec, "ACCUSE")
    assert "Anton Brecht" not in names(rec, accuse.target)


def test_a_pronoun_opening_a_sentence_carries_the_main_subject(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "The Foreign Ministry of Ostrava said on Monday that Belmont had fallen far behind on "
        "its payments. It called on Belmont to pay the debt before June."
    )
    (request,) = of_type(rec, "REQUEST")
    assert any("Foreign Ministry" in n for n in names(rec, request.source))
    assert "Belmont" in names(rec, request.target)


def test_officials_of_a_named_body_stand_for_it(run: Callable[..., Record]) -> None:
    rec = run(
        "Police in Velmora said on Monday that they had arrested nine officials of the Green "
        "Dawn Movement before a rally."
    )
    (arrest,) = [e for e in of_type(rec, "COERCE") if e.trigger.text == "arrested"]
    assert any("Green Dawn Movement" in n for n in names(rec, arrest.target))
