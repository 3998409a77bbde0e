"""Kinds of wrong events on whole articles, round 15, each with an invented sentence: the men
of a named security force, told by that force ("State Police said troopers arrested ..."), act
for it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
def test_troopers_told_by_their_police_act_for_it(run: Run) -> None:
    found = coded(
        run("The Vermont State Police said on Friday that troopers had arrested a driver in Barre.")
    )
    assert [c[2] for c in found if c[0] == "COERCE"] == [["Vermont State Police"]]


@pytest.mark.model
def test_soldiers_told_by_their_army_act_for_it(run: Run) -> None:
    found = coded(
        run("The Bordurian Armed Forces said on Monday that soldiers had shelled rebel camps.")
    )
    assert [c for c in found if c[0] == "ASSAULT"], found
    assert all("Bordurian Armed Forces" in c[2] for c in found if c[0] == "ASSAULT"), found


@pytest.mark.model
def test_men_of_another_kind_stay_as_they_are(run: Run) -> None:
    # the police speak of soldiers, men of another force: not theirs
    found = coded(
        run("The Vermont State Police said on Friday that soldiers had arrested a driver in Barre.")
    )
    assert all("Vermont State Police" not in c[2] for c in found), found
    # "a man" is no one's men
    found = coded(run("The Vermont State Police said on Friday that a man shot his neighbor."))
    assert all("Vermont State Police" not in c[2] for c in found), found


@pytest.mark.model
def test_a_man_from_a_town_is_the_target_not_the_town(run: Run) -> None:
    found = coded(
        run("The Vermont State Police said on Friday that troopers had arrested a Barre man.")
    )
    assert [c[3] for c in found if c[0] == "COERCE"] in ([["Barre man"]], [["man"]], [[]]), found
