"""Kinds of missed and wrong events on whole political articles, round 16, each with invented
sentences: scorn and scolding aimed at someone criticise them (CAMEO 111), and one person's
words on what "they" will not do foretell others' stance, no refusal of theirs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize("verb", ["mocked", "ridiculed", "derided", "berated", "belittled"])
def test_scorn_aimed_at_someone_accuses_them(run: Run, verb: str) -> None:
    found = coded(run(f"Senator Alma Reyes {verb} Governor Paul Brandt at a rally on Tuesday."))
    assert [(c[0], c[2], c[3]) for c in found] == [("ACCUSE", ["Alma Reyes"], ["Paul Brandt"])]


@pytest.mark.model
def test_scorn_aimed_at_a_plan_accuses_its_owner(run: Run) -> None:
    found = coded(run("Senator Alma Reyes mocked Governor Paul Brandt's budget plan on Tuesday."))
    assert [(c[0], c[2], c[3]) for c in found] == [("ACCUSE", ["Alma Reyes"], ["Paul Brandt"])]


@pytest.mark.model
def test_went_on_to_ridicule_is_done(run: Run) -> None:
    found = coded(
        run("Senator Alma Reyes praised the mayor and went on to ridicule Governor Paul Brandt.")
    )
    assert ("ACCUSE", "ridicule", ["Alma Reyes"], ["Paul Brandt"]) in found, found


@pytest.mark.model
def test_a_mock_trial_is_no_accusation(run: Run) -> None:
    found = coded(run("Students held a mock trial of Governor Paul Brandt on Tuesday."))
    assert not [c for c in found if c[0] == "ACCUSE"], found


@pytest.mark.model
def test_what_they_would_not_do_told_by_one_person_is_no_refusal(run: Run) -> None:
    found = coded(
        run("Governor Paul Brandt told the Bordurian envoys they will not lift the sanctions.")
    )
    assert not [c for c in found if c[0] == "REJECT"], found
    found = coded(run("Governor Paul Brandt told the delegates they would not back him."))
    assert not [c for c in found if c[0] == "REJECT"], found
    found = coded(
        run(
            "Governor Paul Brandt praised the mayor and told the Bordurian envoys they will not"
            " lift the sanctions."
        )
    )
    assert not [c for c in found if c[0] == "REJECT"], found


@pytest.mark.model
def test_their_own_refusal_stays(run: Run) -> None:
    # one who speaks for a group tells its refusal
    found = coded(run("Dana Kell said on Monday that they would not call off their hunger strike."))
    assert [c[0] for c in found] == ["REJECT"], found
    found = coded(run("The Ruritanian unions said on Monday they would not back Paul Brandt."))
    assert [c[0] for c in found] == ["REJECT"], found
    found = coded(run("Governor Paul Brandt said on Monday he would not back Alma Reyes."))
    assert [(c[0], c[2], c[3]) for c in found] == [("REJECT", ["Paul Brandt"], ["Alma Reyes"])]


@pytest.mark.model
def test_mocking_an_idea_of_what_someone_might_do_is_not_aimed_at_them(run: Run) -> None:
    found = coded(
        run(
            "The Daily Courier's writers ridiculed the idea that Governor Brandt might raise taxes."
        )
    )
    assert all("Brandt" not in c[3] for c in found), found


@pytest.mark.model
def test_a_demand_that_someone_should_act_names_whom_it_is_for(run: Run) -> None:
    found = coded(
        run("The Ruritanian government conceded to demands that exiled Bordurians should vote.")
    )
    assert [c for c in found if c[0] == "CONCEDE" and c[3]], found


@pytest.mark.model
def test_an_act_never_done_is_none_to_answer(run: Run) -> None:
    found = coded(
        run(
            "Senator Alma Reyes ridiculed the idea because Governor Paul Brandt had never tried it."
        )
    )
    assert all("Paul Brandt" not in c[3] for c in found), found
    found = coded(
        run("Senator Alma Reyes ridiculed the idea after Governor Paul Brandt had tried it twice.")
    )
    assert [c[3] for c in found if c[0] == "ACCUSE"] == [["Paul Brandt"]], found
