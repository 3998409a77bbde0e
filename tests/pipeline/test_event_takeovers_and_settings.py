"""Acts whose other side is no one or is property: a firm taken over by a state is property
seized, no land occupied; the city a meeting is held in is its setting, no side of a promise to
attend it; a visit to countries counted only as "several" is held with no one named; ideas that
clash fight no one; a force that trains with no one trained aids no one; a firm that halts work
strikes against no one (only workers strike).
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
    assert not [c for c in found if "Lisbon" in c[3]], found


@pytest.mark.model
def test_a_promise_to_attend_a_summit_goes_to_the_one_met_there(run: Run) -> None:
    found = coded(
        run(
            "Minister Paulo Reis promised to attend the summit in Lisbon with Chancellor "
            "Ivo Brandt."
        )
    )
    assert [c[3] for c in found if c[0] == "AGREE"] == [["Ivo Brandt"]], found


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


@pytest.mark.model
def test_plans_that_clash_are_no_fight(run: Run) -> None:
    found = coded(run("Her plans for the port clashed with those of the former Leeds mayor."))
    assert not [c for c in found if c[0] == "ASSAULT"], found


@pytest.mark.model
def test_guards_who_clash_with_strikers_still_fight(run: Run) -> None:
    found = coded(run("Prison guards clashed with striking inmates on Sunday."))
    assert [c for c in found if c[0] == "ASSAULT"], found


@pytest.mark.model
def test_a_force_that_trains_for_months_aids_no_one(run: Run) -> None:
    found = coded(run("The coast guard has trained for months to handle oil spills."))
    assert not [c for c in found if c[0] == "AID"], found


@pytest.mark.model
def test_recruits_trained_by_a_foreign_army_are_aided(run: Run) -> None:
    found = coded(run("Belgian officers trained Chadian recruits last spring."))
    assert [c for c in found if c[0] == "AID"], found


@pytest.mark.model
def test_a_refiner_that_halts_work_strikes_against_no_one(run: Run) -> None:
    found = coded(run("The refiner Ostrava Fuels halted work at its depot in protest at the levy."))
    assert not [c for c in found if c[0] == "PROTEST"], found


@pytest.mark.model
def test_welders_who_stop_work_still_strike(run: Run) -> None:
    found = coded(run("Dock workers at the yard stopped work in protest at the new shifts."))
    assert [c for c in found if c[0] == "PROTEST"], found
