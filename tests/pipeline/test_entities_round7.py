"""Entities on whole pages, round 7: merchant ships and their flags, neighbourhoods and
precincts named as where things happen (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import named

pytestmark = pytest.mark.model


def test_a_merchant_ship_is_a_thing_of_its_flag_s_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Pirates fired on MV Lorna Bay off the coast on Tuesday, the navy said. The Lorna Bay "
        "was flying a Liberian flag, and its crew of nine was unhurt."
    )
    ship = named(rec, "MV Lorna Bay")
    assert (ship.type, ship.country) == ("OTHER", "LBR")
    assert [e.name for e in rec.entities if e.name == "Lorna Bay"] == []  # one ship, not two


def test_a_flagged_adjective_gives_the_ship_its_country(run: Callable[..., Record]) -> None:
    rec = run("Gunmen boarded the Panamanian-flagged MV Corven on Monday, officials said.")
    assert (named(rec, "MV Corven").type, named(rec, "MV Corven").country) == ("OTHER", "PAN")


def test_a_merchant_ship_without_a_flag_has_no_country(run: Callable[..., Record]) -> None:
    rec = run("A helicopter chased the pirates away from MV Tessaly on Sunday, officials said.")
    assert (named(rec, "MV Tessaly").type, named(rec, "MV Tessaly").country) == ("OTHER", None)


def test_a_warship_named_by_prefix_then_name_alone_is_one_unit(run: Callable[..., Record]) -> None:
    rec = run(
        "Last month the INS Kaveri, a frigate, sank a pirate mother ship. The Kaveri was later "
        "replaced on patrol, the navy said."
    )
    ship = named(rec, "INS Kaveri")
    assert (ship.type, ship.country) == ("ORG", "IND")
    assert not any(e.name == "Kaveri" for e in rec.entities)


def test_a_neighbourhood_after_a_city_s_possessive_is_a_place_there(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "A man was shot at a home in Denver's Elmwood neighborhood on Friday, police said. "
        "Another fire broke out in the Bronx's Castle Hill neighborhood."
    )
    for name in ("Elmwood", "Castle Hill", "Bronx"):
        assert (named(rec, name).type, named(rec, name).country) == ("GPE", "USA"), name


def test_a_neighbourhood_of_a_city_is_a_place_there(run: Callable[..., Record]) -> None:
    rec = run("The fire broke out in the Fairview neighbourhood of Seattle, police said.")
    assert (named(rec, "Fairview").type, named(rec, "Fairview").country) == ("GPE", "USA")


def test_a_people_s_neighbourhood_names_no_place(run: Callable[..., Record]) -> None:
    rec = run("Crime fell in the Jewish neighborhood last year, police said.")
    assert named(rec, "Jewish").type == "NORP"  # the people, found, and no place beside it
    assert all(e.type != "GPE" for e in rec.entities)


def test_a_numbered_precinct_is_a_body(run: Callable[..., Record]) -> None:
    rec = run(
        "Officers from the 75th Precinct stopped the car on Friday, the district attorney said. "
        "The driver was taken to the 41st Precinct, where police questioned him."
    )
    for name in ("75th Precinct", "41st Precinct"):
        assert (named(rec, name).type, named(rec, name).country) == ("ORG", "USA"), name


def test_a_precinct_in_lower_case_is_no_body(run: Callable[..., Record]) -> None:
    rec = run("Voters in the 5th precinct lined up early on Tuesday, Mayor Dana Voss said.")
    assert named(rec, "Dana Voss").type == "PERSON"  # the sentence's names are found
    assert not any("precinct" in e.name.lower() for e in rec.entities)


def test_a_us_namesake_of_a_city_abroad_in_a_us_state_story(run: Callable[..., Record]) -> None:
    rec = run(
        "Carl Benning of Manchester was arraigned on Monday. Police found the rifle at his home "
        "in Manchester, a town where he has lived since moving from Vermont."
    )
    assert named(rec, "Manchester").country == "USA"
    assert named(rec, "Carl Benning").country == "USA"


def test_the_city_abroad_stays_abroad_beside_its_country(run: Callable[..., Record]) -> None:
    rec = run(
        "A Vermont man was arrested in Manchester on Monday, British police said. He had flown "
        "to Liverpool a week before."
    )
    assert named(rec, "Manchester").country == "GBR"
