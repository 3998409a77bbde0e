"""Omissions a reader confirms, round 11 (sayso.compare.acts, sayso.compare.omissions): a
sentence that names "the victim" or "the suspect" tells of the act the report told before it,
so a report that tells a killing of "one person" and names the victim in the next sentence
tells the death of the one named. Invented reports, with the sentence model running for real."""

from __future__ import annotations

from sayso.compare.acts import refers_back
from sayso.compare.omissions import same_event

from .records import hale_story, unit_at

LEAD = "Police in Marrow are looking into a case at a shop.\nThe court set a hearing for May.\n"


def test_a_definite_role_noun_refers_back() -> None:
    assert refers_back("Police have identified the victim as Ivo Hale.")
    assert refers_back("Officers later named the suspects.")
    assert not refers_back("A suspect was seen near the mill.")
    assert not refers_back("Ivo Hale ran the shop for ten years.")


def test_the_victim_named_after_the_killing_is_told_dead() -> None:
    story = hale_story(
        LEAD + "Ivo Hale, 40, was found dead in the shop late on Friday night.\n",
        LEAD
        + "Shots were fired in the shop and one person died.\n"
        + "Police have identified the victim as Ivo Hale, 40, of Marrow.\n",
        LEAD
        + "Shots were fired in the shop and one person died.\n"
        + "Police said Ivo Hale, 40, owned the shop.\n",
        LEAD
        + "A fire broke out in the shop in the night.\n"
        + "The court heard the suspect was Ivo Hale, 40, of Marrow.\n",
    )
    u = unit_at(story, 0, "Ivo Hale, 40")
    assert same_event(story, u, 1)  # the victim of the shooting named in the next sentence
    # "one person died": a death of the incident that clashes with no one (round 15)
    assert same_event(story, u, 2)
    assert not same_event(story, u, 3)  # the one before tells no death
