"""Figures of speech, stances, warnings and asking, round 27, each with invented sentences.
Words fired back at someone's remarks are criticism, one person fighting to defeat a plan
campaigns, a council marching forward with plans marches nowhere; support of a cause or of an
act backs no actor; a warning of what others did, do or may do announces no act of the speaker's
side, so it is no threat (CAMEO 13); the "not" of "whether or not" asks and refuses nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


def _of(found: list, kind: str, trigger: str) -> list:
    return [c for c in found if c[0] == kind and c[1] == trigger]


@pytest.mark.model
def test_words_fired_back_at_remarks_are_criticism(run: Run) -> None:
    found = coded(
        run("Local officials also fired back at Governor Lena Moss's comments on Tuesday.")
    )
    assert not [c for c in found if c[0] == "ASSAULT"], found
    assert _of(found, "ACCUSE", "fired back at"), found


@pytest.mark.model
def test_shots_fired_at_guards_stay_an_assault(run: Run) -> None:
    found = coded(run("Latvian soldiers fired at Estonian border guards on Tuesday."))
    assert _of(found, "ASSAULT", "fired at"), found


@pytest.mark.model
def test_one_person_fighting_to_defeat_a_rival_is_no_assault(run: Run) -> None:
    found = coded(run("Senator Ilse Varga fought hard to defeat Governor Lena Moss in the vote."))
    assert not [c for c in found if c[0] == "ASSAULT"], found


@pytest.mark.model
def test_marching_forward_with_plans_is_no_protest(run: Run) -> None:
    found = coded(run("He is a clever man marching forward with some plans I dislike."))
    assert not [c for c in found if c[0] == "PROTEST"], found


@pytest.mark.model
def test_support_for_a_cause_backs_no_actor(run: Run) -> None:
    found = coded(
        run(
            "Senator Ilse Varga's shift on many issues, from her support for abortion rights and"
            " marijuana legalization, cost her few votes."
        )
    )
    assert not [c for c in found if c[0] == "SUPPORT"], found


@pytest.mark.model
def test_supporting_an_act_backs_no_actor(run: Run) -> None:
    found = coded(run("Governor Lena Moss said she supports keeping troops in Latvia now."))
    assert not [c for c in found if c[0] == "SUPPORT"], found


@pytest.mark.model
def test_defending_a_person_stays_support(run: Run) -> None:
    found = coded(run("Premier Ivo Tamm defended Governor Lena Moss on Tuesday."))
    assert ("SUPPORT", "defended", ["Ivo Tamm"], ["Lena Moss"]) in found, found


@pytest.mark.model
def test_a_warning_of_what_another_did_is_no_threat(run: Run) -> None:
    found = coded(
        run("Governor Lena Moss warned that Premier Ivo Tamm had put Estonian soldiers in danger.")
    )
    assert not [c for c in found if c[0] == "THREATEN"], found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Governor Lena Moss warned that Premier Ivo Tamm may be putting troops at risk.",
        # the two the rounds before this rule coded as threats: what another did, a state
        "The Ruritanian army warned that Freedonia had moved troops to the border.",
        "Ruritania warned Freedonia that the truce is in danger.",
    ],
)
def test_a_warning_of_what_another_may_do_is_no_threat(run: Run, text: str) -> None:
    found = coded(run(text))
    assert not _of(found, "THREATEN", "warned"), found


@pytest.mark.model
def test_a_warning_of_ones_own_act_stays_a_threat(run: Run) -> None:
    found = coded(run("Estonia warned Latvia that its troops would respond to any raid."))
    assert ("THREATEN", "warned", ["Estonia"], ["Latvia"]) in found, found


@pytest.mark.model
def test_a_warning_that_it_will_impose_sanctions_stays_a_threat(run: Run) -> None:
    found = coded(run("Estonia warned that it would impose sanctions on Latvia."))
    assert ("THREATEN", "warned", ["Estonia"], ["Latvia"]) in found, found


@pytest.mark.model
def test_whether_or_not_one_wants_a_deal_is_no_refusal(run: Run) -> None:
    found = coded(
        run('"Much will depend on whether or not Latvia wants to make the deal," Ivo Tamm said.')
    )
    assert not [c for c in found if c[0] == "REJECT"], found


@pytest.mark.model
def test_not_wanting_a_deal_stays_a_refusal(run: Run) -> None:
    found = coded(run("Latvia did not want to make a deal with Estonia, the minister said."))
    assert ("REJECT", "make a deal", ["Latvia"], ["Estonia"]) in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Ruritania warned Freedonia that it could use force.",
        "Ruritania warned Freedonia that it can strike anywhere in the region.",
    ],
)
def test_a_warning_of_what_the_warner_can_do_is_a_threat(run: Run, text: str) -> None:
    found = coded(run(text))
    assert any(c[0] == "THREATEN" and "Freedonia" in c[3] for c in found), found


@pytest.mark.model
def test_a_warning_of_what_may_befall_the_warned_is_no_threat(run: Run) -> None:
    found = coded(run("Ruritania warned Freedonia that it could be hit by floods."))
    assert not [c for c in found if c[0] == "THREATEN"], found
