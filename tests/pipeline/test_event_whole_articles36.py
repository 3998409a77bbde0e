"""Attacks in local crime news, round 36: who attacked whom, each with invented sentences.
Event data code a group by the place it is in ("nurses in Ohio"), but one person shot or
stabbed in a town is the one attacked, unnamed, never the town ("shot a man in Dayton"); a sea
is where a group is, never the body it stands for ("an assault by pirates in the Sulu Sea")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


def _assaults(record: Record) -> list[tuple[str, str, list[str], list[str]]]:
    return [c for c in coded(record) if c[0] == "ASSAULT"]


@pytest.mark.model
def test_one_person_shot_in_a_town_is_no_attack_on_the_town(run: Run) -> None:
    found = _assaults(run("Rick Dunn shot a man in Dayton on Monday, police said."))
    assert [c for c in found if c[1] == "shot" and c[2] == ["Rick Dunn"]], found
    assert all("Dayton" not in c[3] for c in found), found


@pytest.mark.model
def test_a_woman_stabbed_in_a_city_is_the_one_attacked(run: Run) -> None:
    found = _assaults(run("Police said Omar Pike stabbed a woman in Lorain late on Friday."))
    assert [c for c in found if c[1] == "stabbed" and c[2] == ["Omar Pike"]], found
    assert all("Lorain" not in c[3] for c in found), found


@pytest.mark.model
def test_a_sea_is_no_side_of_an_attack_by_pirates(run: Run) -> None:
    found = _assaults(
        run("The Dutch frigate HNLMS Tromp repelled an assault by pirates in the Sulu Sea.")
    )
    # the pirates attack; the sea is where they are, no side that attacks
    assert [c for c in found if c[2] == ["pirates"]], found


@pytest.mark.model
def test_the_shooter_named_in_apposition_is_the_attacker(run: Run) -> None:
    found = _assaults(
        run(
            "A man was shot outside a diner in Mansfield on Sunday night. "
            "Police said the shooter, Ben Ortiz, 27, fled on foot and was caught an hour later."
        )
    )
    assert [c for c in found if c[1] == "shot" and c[2] == ["Ben Ortiz"]], found


@pytest.mark.model
def test_a_suspect_named_in_apposition_is_no_attacker(run: Run) -> None:
    # a suspect is only held: the text does not say he shot anyone
    found = _assaults(
        run(
            "A man was shot outside a diner in Mansfield on Sunday night. "
            "Police said the suspect, Ben Ortiz, 27, was caught an hour later."
        )
    )
    assert all(not c[2] for c in found), found


@pytest.mark.model
def test_shot_and_killed_share_their_object(run: Run) -> None:
    found = _assaults(run("Deputies shot and killed Wade Dorsey, 38, near Cleves on Tuesday."))
    assert [c for c in found if "Wade Dorsey" in c[3]], found


@pytest.mark.model
def test_a_gun_that_went_off_is_no_attacker(run: Run) -> None:
    found = _assaults(
        run(
            "Mark Hale was charged with reckless injury, the Wayne County Sheriff's Office said. "
            "Investigators said Hale was showing a rifle to two girls at his home when it went "
            "off and struck the older girl."
        )
    )
    # "it" is the rifle: the office that told the story attacked no one
    assert all("Wayne County Sheriff's Office" not in c[2] for c in found), found


@pytest.mark.model
def test_a_group_in_a_state_still_stands_for_it(run: Run) -> None:
    # a group is coded by its place, unlike one person
    found = coded(run("Senator Ann Cole met with nurses in Ohio on Friday."))
    assert [c for c in found if "Ohio" in c[2] + c[3]], found
