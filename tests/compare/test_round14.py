"""Omissions a reader confirms, round 14 (sayso.compare.acts, sayso.compare.omissions): a
sentence that only reports an act names it with its participant ("announced the arrest of
Hale"), one described in a report ("a 45-year-old man") may be the one another names, and a
sentence whose subject is an act told already only adds a slot of it ("The strike hit four
trucks"). Invented reports, with the sentence model running for real."""

from __future__ import annotations

from sayso.compare.acts import told_act_detail, told_acts
from sayso.compare.omissions import same_event, setting

from .records import hale_story, unit_at


def test_a_reported_act_is_told_with_its_participant() -> None:
    kinds = {k for k, _ in told_acts("Police announced the arrest of Ivo Hale on Friday.")}
    assert "held" in kinds
    # an act that a clause of another act only refers to is not told
    assert {k for k, _ in told_acts("Hale was charged over the shooting of Ann Bell.")} == {
        "charge"
    }


def test_one_described_is_the_one_named_but_not_the_other_way() -> None:
    story = hale_story(
        "A 45-year-old man was held after a raid in Marrow on Monday.\nThe weather was clear.\n",
        "Ivo Hale was arrested after police raided a house in Marrow on Monday.\n",
        "Police raided a house in Marrow on Monday.\nNeighbours watched from the street.\n",
    )
    described = unit_at(story, 0, "A 45-year-old man")
    assert same_event(story, described, 1)
    assert not same_event(story, described, 2)  # no one is held there
    # the man held is the one arrested in one incident: the name is a detail (round 15)
    assert same_event(story, unit_at(story, 1, "Ivo Hale was arrested"), 0)


def test_an_act_told_already_with_one_more_slot_is_a_detail() -> None:
    story = hale_story(
        "Warplanes bombed a convoy near Marrow on Sunday.\nThe strike hit four trucks.\n"
        "The attack killed six drivers.\nThe attack was led by Ivo Hale.\n",
        "An air raid on a convoy near Marrow was reported on Sunday.\n",
        "A convoy drove through Marrow on Sunday.\nIts trucks were full.\n",
    )
    hit = unit_at(story, 0, "The strike hit")
    assert told_act_detail(hit.text) == frozenset({"attack"})
    assert setting(story, hit, 1)
    assert not setting(story, hit, 2)  # that report tells no attack
    assert not setting(story, unit_at(story, 0, "The attack killed"), 1)  # a toll
    assert not setting(story, unit_at(story, 0, "The attack was led"), 1)  # a name it lacks


def test_a_labour_strike_is_no_attack() -> None:
    from sayso.compare.readings import act_kinds

    assert "attack" not in act_kinds("Dock workers went on strike in Marrow on Monday.")
    assert "stoppage" in act_kinds("Dock workers went on strike in Marrow on Monday.")
    assert "attack" in act_kinds("A strike on the depot destroyed four trucks near Marrow.")
