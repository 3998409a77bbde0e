"""Entities on whole pages, round 10: local news read as an analyst reads it (invented
sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import named

pytestmark = pytest.mark.model


def test_a_state_attorney_and_a_state_police_make_a_local_story_american(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Kansas State Police say Dana Kellerby, 34, of Brindlewood was hurt when her "
        "tractor rolled over on Saturday.\n\n"
        "The case will be sent to the Marrow County State's Attorney's Office, police said."
    )
    assert named(rec, "Dana Kellerby").country == "USA"


def test_a_highway_number_and_a_township_make_a_local_story_american(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "A driver was killed on Interstate 72 near Halvering Township on Friday, police said. "
        "Corwin Bastable, 51, died at the scene."
    )
    assert named(rec, "Corwin Bastable").country == "USA"


def test_a_station_call_sign_and_a_police_department_make_a_local_story_american(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "A teenager was shot on Elm Row late Sunday, Dunmere police said. Anyone who saw it "
        "should call the Dunmere Police Department, spokeswoman Lorna Pettifer said.\n\n"
        "WQRT's Ellis Varga contributed to this report."
    )
    assert named(rec, "Lorna Pettifer").country == "USA"


def test_one_marker_alone_gives_no_country(run: Callable[..., Record]) -> None:
    rec = run(
        "A teenager was shot on Elm Row late Sunday. Anyone who saw it should call the "
        "Dunmere Police Department, spokeswoman Lorna Pettifer said."
    )
    assert named(rec, "Lorna Pettifer").country is None


def test_a_known_body_of_four_capitals_is_no_call_sign(run: Callable[..., Record]) -> None:
    rec = run(
        "KFOR soldiers patrolled the village on Sunday. Anyone who saw the attack should call "
        "the police department, spokeswoman Lorna Pettifer said."
    )
    assert named(rec, "Lorna Pettifer").country is None


def test_a_firms_four_capitals_are_no_call_sign(run: Callable[..., Record]) -> None:
    rec = run(
        "Auditors from KQZM found the gap in the accounts, spokeswoman Lorna Pettifer said. "
        "Anyone who saw the ledgers should call the district attorney."
    )
    assert named(rec, "Lorna Pettifer").country is None


def test_a_state_attorney_alone_gives_no_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Dana Kellerby, 34, of Brindlewood was hurt when her tractor rolled over on Saturday.\n\n"
        "The case will be sent to the Marrow County State's Attorney's Office, police said."
    )
    assert named(rec, "Dana Kellerby").country is None


def test_a_hyphened_dateline_town_is_one_place(run: Callable[..., Record]) -> None:
    rec = run(
        "Watch the video below\n"
        "CHESTER-VANE -- A man was hurt in a crash on Friday, police said. He was driving "
        "in Chester - Vane when his truck left the road."
    )
    places = [e for e in rec.entities if e.name.casefold() == "chester-vane"]
    assert len(places) == 1 and places[0].type == "GPE"


def test_a_dateline_glued_to_a_word_still_ends_at_the_dash(run: Callable[..., Record]) -> None:
    rec = run("DOVER-Facing a storm, the mayor of Dover closed the harbour on Friday.")
    assert named(rec, "Dover").type == "GPE"


def test_a_town_after_an_age_is_a_place(run: Callable[..., Record]) -> None:
    rec = run(
        "Police say Marta Quell, 52, of Hollisburg was hurt on Sunday. "
        "Quell was taken to a hospital."
    )
    assert named(rec, "Hollisburg").type == "GPE"


def test_a_body_after_an_age_stays_a_body(run: Callable[..., Record]) -> None:
    rec = run(
        "Police say Marta Quell, 52, of the Hollisburg Savings Bank was hurt on Sunday. "
        "Quell was taken to a hospital."
    )
    assert named(rec, "Hollisburg Savings Bank").type == "ORG"
