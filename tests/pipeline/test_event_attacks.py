"""Attacks in local crime news, round 34, each with invented sentences. News tell a shooting
or a stabbing in the passive with no attacker named ("a teen was shot", "the victim was
stabbed"): event data code it as an attack by someone unnamed (PLOVER ASSAULT, ``*`` in the
gold's guideline) on the one hurt, told by a noun of a person, an age ("a 17-year-old") or
people counted ("four people"). A verb that also tells harm from a crash or a fall ("killed",
"hurt") counts beside a word of a gun or a blade; a tally over a time or a bare plural
("nine teens have been shot since the spring") is no one act; a story tells its unnamed
attack once ("the victim was shot three times" retells it). Dying of gunshot or stab wounds is
such an attack on the one who died; a wound one gave oneself ("self-inflicted") or of a cause not
yet known ("an apparent gunshot wound") is no act, nor is a place shot at a side, and
"died of his wounds" with no gun or blade named retells harm told elsewhere. A passive with no
agent of its own takes the attacker its attack noun names ("was wounded in an attack by X": X);
force by "someone" on people is an attack by someone unnamed. With no attacker named, "killed"
and "shot" told of one victim are one act told twice; a weapon is no attacker, even with a place
phrase after it ("a stray bullet in Dalton" is no name); a body named for its building in a place
phrase is where the act happened, no side ("was shot at Mercy Hospital")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


def _assaults(record: Record) -> list[tuple[str, str, list[str], list[str]]]:
    return [c for c in coded(record) if c[0] == "ASSAULT"]


@pytest.mark.model
def test_an_age_killed_in_a_shooting_is_an_unnamed_attack(run: Run) -> None:
    found = _assaults(run("A 19-year-old was killed in a shooting in Dalton on Friday."))
    assert [c for c in found if c[1] == "killed" and not c[2]], found
    # the town is where it happened, not a side
    assert all(c[3] == ["19-year-old"] for c in found), found


@pytest.mark.model
def test_the_victim_shot_is_an_unnamed_attack(run: Run) -> None:
    found = _assaults(run("The victim was shot twice near Elm Street on Friday, police said."))
    assert [c for c in found if c[1] == "shot" and not c[2] and c[3] == ["victim"]], found


@pytest.mark.model
def test_people_counted_shot_are_an_unnamed_attack(run: Run) -> None:
    found = _assaults(run("Four people were shot outside a bar in Dalton early Sunday."))
    assert [c for c in found if c[1] == "shot" and not c[2]], found


@pytest.mark.model
def test_a_woman_found_stabbed_is_an_unnamed_attack(run: Run) -> None:
    found = _assaults(run("A woman was found stabbed in her kitchen on Tuesday morning."))
    assert [c for c in found if c[1] == "stabbed" and not c[2]], found


@pytest.mark.model
def test_the_story_tells_its_unnamed_attack_once(run: Run) -> None:
    found = _assaults(
        run(
            "A 17-year-old was shot on Oak Street on Friday afternoon.\n\n"
            "The victim was shot three times, police said."
        )
    )
    assert len(found) == 1 and found[0][3] == ["17-year-old"], found


@pytest.mark.model
def test_a_tally_of_children_shot_is_no_attack(run: Run) -> None:
    found = _assaults(
        run(
            "Nine teens have been shot since the spring, the prosecutor said. Pupils "
            "wounded by gunfire are now more common in the county."
        )
    )
    assert not found, found


@pytest.mark.model
def test_a_crash_that_killed_a_woman_is_no_attack(run: Run) -> None:
    found = _assaults(run("A woman was killed in a crash on Route 9 on Monday."))
    assert not found, found


@pytest.mark.model
def test_dying_of_gunshot_wounds_is_an_unnamed_attack(run: Run) -> None:
    found = _assaults(run("Nora Pell died of gunshot wounds, the county coroner said on Friday."))
    assert [c for c in found if not c[2] and c[3] == ["Nora Pell"]], found


@pytest.mark.model
def test_children_counted_dying_of_gunshot_wounds_are_an_unnamed_attack(run: Run) -> None:
    found = _assaults(run("The coroner said the two boys died from gunshot wounds on Sunday."))
    assert [c for c in found if not c[2]], found


@pytest.mark.model
def test_a_self_inflicted_wound_is_no_attack(run: Run) -> None:
    found = _assaults(run("Ray Pell died of a self-inflicted gunshot wound at his cabin."))
    assert not found, found


@pytest.mark.model
def test_dying_of_wounds_with_no_weapon_named_retells(run: Run) -> None:
    found = _assaults(run("Sergeant Ray Pell died of his wounds at a hospital on Monday."))
    assert not found, found


@pytest.mark.model
def test_the_attack_noun_names_the_passive_attacker(run: Run) -> None:
    found = _assaults(run("Nora Pell was wounded in an attack by Victor Hale on Sunday."))
    assert [c for c in found if c[2] == ["Victor Hale"] and c[3] == ["Nora Pell"]], found


@pytest.mark.model
def test_someone_opening_fire_on_a_family_is_an_unnamed_attack(run: Run) -> None:
    found = _assaults(run("Someone in a passing truck opened fire on the family near Elm Road."))
    assert [c for c in found if not c[2] and c[3] == ["family"]], found


@pytest.mark.model
def test_someone_opening_fire_on_a_building_is_no_attack_on_people(run: Run) -> None:
    found = _assaults(run("Someone opened fire on the building late on Friday."))
    assert not found, found


@pytest.mark.model
def test_killed_and_shot_by_no_one_named_are_one_act(run: Run) -> None:
    found = _assaults(
        run(
            "Nora Pell, 3, was killed by a ricochet near the park on Monday.\n\n"
            "Officers said Nora Pell had been shot as she sat in a parked van."
        )
    )
    assert len(found) == 1, found


@pytest.mark.model
def test_a_stray_bullet_in_a_town_is_no_attacker(run: Run) -> None:
    found = _assaults(run("Nora Pell was shot by a stray round in Dalton on Monday."))
    assert found and all(not c[2] for c in found), found


@pytest.mark.model
def test_people_killed_when_a_named_group_attacked_are_that_attack(run: Run) -> None:
    found = _assaults(
        run(
            "At least two people were killed when the Harbour Front launched an attack on the "
            "embassy in Tolland on Monday."
        )
    )
    assert found and all(c[2] == ["Harbour Front"] for c in found), found


@pytest.mark.model
def test_a_self_word_in_a_place_clause_is_no_wound_one_gave_oneself(run: Run) -> None:
    found = _assaults(
        run(
            "Government troops captured the mosque in Mosul from where the rebels proclaimed "
            "their self-styled state three years ago."
        )
    )
    assert found, found


@pytest.mark.model
def test_a_hospital_where_one_was_shot_is_no_side(run: Run) -> None:
    found = _assaults(run("Nora Pell was shot at Mercy Hospital in Dalton on Sunday."))
    assert found and all(c[3] == ["Nora Pell"] for c in found), found


@pytest.mark.model
def test_an_apparent_gunshot_wound_is_no_attack(run: Run) -> None:
    found = _assaults(run("Ray Pell died on his farm of an apparent gunshot wound."))
    assert not found, found


@pytest.mark.model
def test_a_home_shot_at_is_no_side_of_an_unnamed_attack(run: Run) -> None:
    found = _assaults(run("The boy was shot at at his home in Dalton around 7 p.m."))
    assert all(c[3] != ["home"] and "his home" not in c[3] for c in found), found
