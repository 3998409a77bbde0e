"""Omissions a reader confirms, round 12 (sayso.compare.acts, sayso.compare.omissions): a thing
named after two nouns joined by "or" is no appointment, an act a verb leads to ("fell to her
death") is told, "stay alive" tells a survival, and the account of another time goes on over
each sentence that shares a word with the one before it. Invented reports, with the sentence
model running for real."""

from __future__ import annotations

from sayso.compare.acts import event_kinds
from sayso.compare.omissions import _goes_on, act_kinds, background, ongoing, same_event

from .records import hale_story, unit_at

LEAD = "Rescuers in Marrow searched the hills on Sunday.\nThe weather was clear.\n"


def test_a_thing_named_after_two_nouns_is_no_appointment() -> None:
    assert "appoint" not in event_kinds("Thieves in a van or small truck named Blue Star fled.")
    assert "appoint" not in event_kinds("A ferry named Aurora sank.")
    assert "appoint" in event_kinds("The club named Tom Reed as its coach.")
    assert "appoint" in event_kinds("The board or the owners named Tom Reed as coach.")


def test_an_act_a_verb_leads_to_is_told() -> None:
    assert "dead" in act_kinds("He saw his sister fall to her death from the ridge.")
    assert "dead" not in act_kinds("He was asleep at the time of her death.")
    assert "freed" in event_kinds("She fought to stay alive for two days.")


def test_a_fall_to_a_death_is_told_as_a_plunge_to_a_death() -> None:
    story = hale_story(
        LEAD + "Ann Bell saw her brother fall to his death from the ridge above Marrow.\n",
        LEAD + "Ann Bell spoke of seeing her brother plunge to his death on Friday.\n",
        LEAD + "Ann Bell spoke of her brother's climbing career on Friday.\n",
    )
    u = unit_at(story, 0, "Ann Bell saw")
    assert same_event(story, u, 1)
    assert not same_event(story, u, 2)


def test_the_account_of_another_time_goes_on() -> None:
    story = hale_story(
        "The coast guard freed a ferry in Marrow on Sunday.\n"
        "Last month the coast guard sank a trawler near the port.\n"
        "Two fishermen died when the trawler went down.\n"
        "The coast guard defended the decision in the trawler case.\n"
        "Ivo Hale, the ferry's captain, thanked the crews on Sunday.\n",
        "The coast guard freed a ferry in Marrow on Sunday.\n",
        "The coast guard freed a ferry in Marrow on Sunday.\n",
    )
    assert background(story, unit_at(story, 0, "Last month"))
    assert _goes_on(story, unit_at(story, 0, "Two fishermen"))
    assert _goes_on(story, unit_at(story, 0, "The coast guard defended"))
    assert not _goes_on(story, unit_at(story, 0, "Ivo Hale"))


def test_an_activity_going_on_is_no_omission() -> None:
    story = hale_story(
        "Police are still investigating the fire at the Marrow mill.\n"
        "Searches of the hills are under way.\n"
        "The search for the missing hiker continues.\n"
        "Ivo Hale was arrested at the mill on Sunday.\n",
        LEAD,
        LEAD,
    )
    assert ongoing(unit_at(story, 0, "Police are still"))
    assert ongoing(unit_at(story, 0, "Searches of the hills"))
    assert ongoing(unit_at(story, 0, "The search for"))
    assert not ongoing(unit_at(story, 0, "Ivo Hale was arrested"))
