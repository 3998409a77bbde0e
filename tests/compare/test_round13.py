"""Omissions a reader confirms, round 13 (sayso.compare.acts, sayso.compare.omissions): an attack
warded off is the rescue of its target told from the defender's side, and a sentence that only sets
an act in time and place is a detail of a report that tells the act. Invented reports, with the
sentence model running for real."""

from __future__ import annotations

from sayso.compare.acts import happening
from sayso.compare.omissions import act_kinds, same_event, setting

from .records import hale_story, unit_at

LEAD = "Rescuers in Marrow searched the hills on Sunday.\nThe weather was clear.\n"


def test_an_attack_warded_off_is_a_rescue() -> None:
    assert "freed" in happening(act_kinds("The guards warded off the attack on the bus."))
    assert "repel" in happening(act_kinds("The guards rescued the bus and its riders."))
    assert "freed" not in happening(act_kinds("The guards searched the bus."))


def test_a_rescue_tells_the_attack_warded_off() -> None:
    story = hale_story(
        LEAD + "Ivo Hale and his guards intervened and warded off the attack on the van.\n",
        LEAD + "Ivo Hale and his guards rescued the van from the raiders near Marrow.\n",
        LEAD + "Ivo Hale and his guards inspected the van near Marrow.\n",
    )
    u = unit_at(story, 0, "Ivo Hale and his guards intervened")
    assert same_event(story, u, 1)
    assert not same_event(story, u, 2)


def test_the_time_and_place_of_a_told_act_is_a_detail() -> None:
    story = hale_story(
        LEAD + "The robbery happened late on Friday in the 200 block of Elm Street, police said.\n"
        "The robbery took place when a man shot the clerk.\n",
        LEAD + "A man robbed the Marrow pharmacy at night, police said.\n",
        LEAD + "Ivo Hale opened a pharmacy on Elm Street last year.\n",
    )
    u = unit_at(story, 0, "The robbery happened")
    assert setting(story, u, 1)
    assert not setting(story, u, 2)  # the report does not tell the robbery
    assert not setting(story, unit_at(story, 0, "The robbery took place"), 1)  # and a shooting
