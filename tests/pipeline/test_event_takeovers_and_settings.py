"""Acts whose other side is no one or is property: a firm taken over by a state is property
seized, no land occupied; the city a meeting is held in is its setting, no side of a promise to
attend it; a visit to countries counted only as "several" is held with no one named.
Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
def test_a_firm_taken_over_by_a_government_is_property_seized(run: Run) -> None:
    found = coded(run("The government of Moldova took control of the Orbis Steelworks on Tuesday."))
    assert not [c for c in found if c[0] == "ASSAULT"], found
    assert [c for c in found if c[0] == "COERCE"], found


@pytest.mark.model
def test_an_airport_taken_by_an_army_stays_taken_by_force(run: Run) -> None:
    found = coded(run("The army took control of Halden Airport on Friday."))
    assert [c for c in found if c[0] == "ASSAULT"], found


@pytest.mark.model
def test_the_city_of_a_summit_is_no_side_of_a_promise_to_attend(run: Run) -> None:
    found = coded(run("Minister Paulo Reis promised to attend the summit in Lisbon on Friday."))
    assert all("Lisbon" not in c[3] for c in found), found


@pytest.mark.model
def test_a_promise_to_open_a_clinic_still_goes_to_its_country(run: Run) -> None:
    found = coded(run("Minister Paulo Reis promised to open a clinic in Chad."))
    assert any(c[0] == "AGREE" and c[3] == ["Chad"] for c in found), found


@pytest.mark.model
def test_a_visit_to_several_states_is_held_with_no_one(run: Run) -> None:
    found = coded(run("President Mara Kovac visited several states in the region last month."))
    assert not [c for c in found if c[0] == "CONSULT"], found


@pytest.mark.model
def test_a_meeting_with_several_opposition_leaders_stays_a_consultation(run: Run) -> None:
    found = coded(run("President Mara Kovac met several opposition leaders on Monday."))
    assert [c for c in found if c[0] == "CONSULT"], found
