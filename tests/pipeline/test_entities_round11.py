"""Entities on whole pages, round 11: local news read as an analyst reads it (invented
sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import named

pytestmark = pytest.mark.model


def test_a_county_police_and_a_county_school_system_are_bodies_not_the_county(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "A teacher was hurt Friday, the Queen Anne's County Police said.\n\n"
        "The teacher worked for Queen Anne's County Public Schools and was held at the "
        "Marlow County Jail. The Soviet Union was not involved."
    )
    assert named(rec, "Queen Anne's County Public Schools").type == "ORG"
    assert named(rec, "Marlow County Jail").type == "FAC"
    assert named(rec, "Soviet Union").type == "GPE"


def test_a_dateline_town_in_capitals_before_a_postal_code_is_an_american_town(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "UPDATED at 4:10 p.m. ELMVILLE, MD \u2014 Authorities said a student of Elmville High "
        "School was hurt Friday.\n\n"
        "Officers of the Elmville police found Tomas Keller, 17, near the school."
    )
    town = named(rec, "ELMVILLE")
    assert (town.type, town.country) == ("GPE", "USA")
    assert named(rec, "MD").country == "USA"
    assert named(rec, "Tomas Keller").country == "USA"


def test_a_body_named_after_a_us_state_keeps_a_namesake_town_american(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Regan Vale, 52, is the founder of a clinic in Nashua, New Hampshire, and was named to the "
        "state board.\n\n"
        "She earned her MD diploma at the University of New Hampshire, Manchester, along with a "
        "law degree from Tulane University."
    )
    assert named(rec, "University of New Hampshire").country == "USA"
    assert named(rec, "Manchester").country == "USA"


def test_a_degree_s_letters_name_no_place_but_a_dateline_state_stays(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Ilsa Brandt, MD, MBA, runs a clinic in Tulsa, Oklahoma. She holds a BS in Chemistry "
        "from Tulane University and completed an MD degree in 1991.\n\n"
        "ELMVILLE, MD \u2014 Officials praised her work."
    )
    names_ = [e.name for e in rec.entities]
    assert "MBA" not in names_ and "BS" not in names_
    state = named(rec, "MD")  # only the dateline's, not the degree's
    assert [m.start for m in state.mentions] == [rec.text.index("MD \u2014")]
    assert state.country == "USA"
