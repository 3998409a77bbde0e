"""Attacks in local crime and naval news, round 38: who attacked whom where the parse misleads,
each with invented sentences. A past participle the parser reads as an active verb ("a woman
stabbed near the pier was ...") tells a wounding of its subject; a noun of a person may act
("the youth who shot ..."); the ones a speaker reports attacking are not the speaker; a town
in a place phrase is where, the people a participle of harm names are the ones attacked; a
picture or a film is shot, no one is shot at."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


def _assaults(record: Record) -> list[tuple[str, str, list[str], list[str]]]:
    return [c for c in coded(record) if c[0] == "ASSAULT"]


@pytest.mark.model
def test_a_reduced_relative_read_as_active_is_a_wounding_of_its_subject(run: Run) -> None:
    found = _assaults(
        run("A 23-year-old woman shot in the arm late Tuesday was listed in fair condition.")
    )
    # the woman was shot: no attacker named, never the woman herself
    assert [c for c in found if c[1] == "shot" and c[2] == [] and c[3]], found
    assert all(not c[2] for c in found), found


@pytest.mark.model
def test_a_teen_who_stabbed_someone_is_the_attacker(run: Run) -> None:
    found = _assaults(
        run("The teenager who stabbed a waiter at a diner in Bexley on Monday was charged Friday.")
    )
    assert [c for c in found if c[1] == "stabbed" and c[2] == ["teenager"]], found


@pytest.mark.model
def test_a_retold_wounding_is_the_attack_already_coded(run: Run) -> None:
    found = _assaults(
        run(
            "Police said Carl Voss stabbed Ivan Petrov outside a bakery on Monday. "
            "Petrov was stabbed three times in the back."
        )
    )
    assert [c for c in found if c[2] == ["Carl Voss"] and c[3] == ["Ivan Petrov"]], found
    assert len(found) == 1, found


@pytest.mark.model
def test_the_speaker_after_an_attack_by_gunmen_is_no_attacker(run: Run) -> None:
    found = _assaults(
        run("The gunmen rode into the village and shot two farmers, said Salif Toure.")
    )
    assert [c for c in found if c[1] == "shot" and c[2] == ["gunmen"]], found
    assert all("Salif Toure" not in c[2] for c in found), found


@pytest.mark.model
def test_a_trooper_shot_on_duty_is_attacked_by_someone_unnamed(run: Run) -> None:
    found = _assaults(run("A state trooper was shot near an exit ramp early Sunday."))
    assert [c for c in found if c[1] == "shot" and c[2] == [] and c[3]], found


@pytest.mark.model
def test_the_people_hurt_not_the_town_are_the_ones_attacked(run: Run) -> None:
    found = _assaults(
        run(
            "Rosa Klein fired several shots into a bar in Canton on Saturday, "
            "wounding a bartender, police said."
        )
    )
    assert [c for c in found if c[2] == ["Rosa Klein"] and c[3] == ["bartender"]], found
    assert all("Canton" not in c[3] for c in found), found


@pytest.mark.model
def test_a_shooter_shot_by_police_still_shot_the_clerk(run: Run) -> None:
    found = _assaults(
        run(
            "Deputies shot Owen Tate after he fled a gas station in Yuma on Friday. "
            "Investigators said Tate shot a cashier during the holdup."
        )
    )
    assert [c for c in found if c[2] == ["Owen Tate"] and c[3] == ["cashier"]], found
    # the cashier is no second name of the man the deputies shot
    assert not [c for c in found if c[2] == ["Owen Tate"] and c[3] == ["Owen Tate"]], found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The portrait of the mayor was shot by Dana Reyes, a staff photographer.",
        "Jonas Weber shot a short documentary about the harbor last spring.",
        "Anna Cole shot hundreds of photos of the protesters.",
    ],
)
def test_a_picture_or_film_shot_is_no_attack(run: Run, text: str) -> None:
    assert not _assaults(run(text)), text
