"""Places that are no side, and words that announce no act: the city a meeting is held in is
no side, wherever the parse hangs it; one's own site a retreat leaves is no side of it (a
country left is); a warning against a thing warns no one, and the act warned against has not
happened; a demand that someone be acted on is not aimed at the one it would be done to.
Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
def test_the_city_of_a_session_hung_on_the_verb_is_no_side(run: Run) -> None:
    found = coded(
        run(
            "The Estonian delegation pledged to attend a session of the fisheries council in Tartu."
        )
    )
    assert not [c for c in found if "Tartu" in c[3]], found
    # the pledge is still read, its setting left out
    assert any(c[0] == "AGREE" and c[2] == ["Estonian delegation"] for c in found), found


@pytest.mark.model
def test_the_city_of_a_meeting_hung_on_its_members_is_no_side(run: Run) -> None:
    found = coded(
        run(
            "Danish officials would join a meeting of the river commission in Strasbourg next "
            "month, the envoy said."
        )
    )
    assert not [c for c in found if "Strasbourg" in c[3]], found
    assert any(c[0] == "AGREE" and c[2] == ["Danish officials"] for c in found), found


@pytest.mark.model
def test_its_own_base_left_is_no_side_of_a_retreat(run: Run) -> None:
    found = coded(run("The Kenyan battalion withdrew from its base near the border on Sunday."))
    retreats = [c for c in found if c[0] == "RETREAT"]
    assert retreats, found
    assert all(c[3] == [] for c in retreats), found


@pytest.mark.model
def test_a_country_left_stays_the_side_of_a_retreat(run: Run) -> None:
    found = coded(run("Ethiopia withdrew its soldiers from Somalia last year."))
    assert any(c[0] == "RETREAT" and c[3] == ["Somalia"] for c in found), found


@pytest.mark.model
def test_a_warning_against_a_thing_threatens_no_one(run: Run) -> None:
    found = coded(
        run("President Ana Mirel warned against the forces of intolerance in a speech on Sunday.")
    )
    assert not [c for c in found if c[0] == "THREATEN"], found


@pytest.mark.model
def test_a_side_warned_against_an_act_is_threatened(run: Run) -> None:
    found = coded(run("The army warned the rebels against crossing the river."))
    assert any(c[0] == "THREATEN" and c[3] == ["rebels"] for c in found), found


@pytest.mark.model
def test_an_attack_warned_against_has_not_happened(run: Run) -> None:
    found = coded(run("Oman warned against any strike on its oil fields by Iraq."))
    assert not [c for c in found if c[0] == "ASSAULT"], found
    found = coded(run("Iraq launched a strike on the oil fields of Oman on Friday."))
    assert any(c[0] == "ASSAULT" and c[2] == ["Iraq"] for c in found), found


@pytest.mark.model
def test_a_demand_that_someone_be_jailed_is_not_aimed_at_them(run: Run) -> None:
    found = coded(
        run("In a radio interview, Senator Ana Lobo said the smugglers should be jailed.")
    )
    assert not [c for c in found if c[0] == "REQUEST" and "smugglers" in c[3]], found


@pytest.mark.model
def test_a_demand_that_another_act_is_aimed_at_the_doer(run: Run) -> None:
    found = coded(run("Bolivia says Paraguay must withdraw its troops from the border."))
    assert any(c[0] == "REQUEST" and "Paraguay" in c[3] for c in found), found
