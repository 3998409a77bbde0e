"""Omissions judged by event coreference, round 17 (sayso.compare.omissions, sayso.compare.told,
compare/data): a fall told as a plunge is one act, a termination a dismissal; a gunman who
"marched into" a room led no protest; a naming ("police identified the victim as ...") is told
by a report that gives the name in full; a report whose sentence aligned with a claim tells
another act of the same people carries no evidence of it. Invented reports, with the sentence
model running for real."""

from __future__ import annotations

from sayso.compare.acts import event_kinds
from sayso.compare.omissions import omissions, same_event
from sayso.compare.scores import Story, score_story

from .records import record, unit_at

PEOPLE = ("Ivo Hale", "Ann Bell", "Rosa Kent")
PLACES = ("Leeds", "Marrow")


def _story(*texts: str) -> Story:
    return score_story(
        [record(chr(97 + k), t, places=PLACES, people=PEOPLE) for k, t in enumerate(texts)]
    )


def test_a_plunge_is_a_fall() -> None:
    assert "fall" in event_kinds("The climber plunged 300 metres down the north face.")
    story = _story(
        "Ivo Hale, a climber from Leeds, was presumed dead after a fall of 300 metres.\n",
        "Ann Bell said she saw her brother Ivo Hale plunge to his death from the ridge.\n",
        "Rescuers searched the ridge on Sunday.\n",
    )
    u = unit_at(story, 0, "Ivo Hale, a climber")
    assert same_event(story, u, 1)
    assert not same_event(story, u, 2)


def test_marching_into_a_room_is_no_protest() -> None:
    assert "protest" not in event_kinds("A gunman marched into the office party and shot a man.")
    assert "protest" not in event_kinds("He marched up to the desk and opened fire.")
    assert "protest" in event_kinds("Thousands marched through the city centre on Sunday.")
    assert "protest" in event_kinds("Workers marched in protest at the closure.")


def test_a_naming_is_told_by_the_name_in_full() -> None:
    story = _story(
        "Police identified the victim on Friday as Rosa Kent of Marrow.\n",
        "A car struck and killed Rosa Kent, 66, outside a store in Leeds.\n",
        "A woman was killed by a car outside a store in Leeds on Thursday.\n",
        "A car struck and killed a woman outside a store. Her neighbour, Mrs Kent, was unhurt.\n",
    )
    u = unit_at(story, 0, "Police identified")
    assert same_event(story, u, 1)  # the name given in full
    assert not same_event(story, u, 2)  # the death told, the name not
    assert not same_event(story, u, 3)  # a surname alone names no one


def test_a_sentence_on_another_act_carries_no_claim() -> None:
    story = _story(
        "A man was shot dead at an office party in Leeds on Friday.\n"
        "Ivo Hale was charged with murder in Leeds on Monday.\n",
        "Police say Ivo Hale opened fire at the office party in Leeds on Friday, killing a man.\n"
        "The party was held at a printing firm.\n",
        "Ivo Hale appeared in court in Leeds on Monday charged with murder.\n"
        "A man was shot dead at an office party on Friday.\n",
        "A man was shot dead at an office party in Leeds on Friday.\n"
        "The gunman was arrested at the scene.\n",
    )
    u = unit_at(story, 0, "Ivo Hale was charged")
    found = [(carriers, silent) for _, v, carriers, silent in omissions(story, 0) if v == u]
    # the shooting sentence of b aligns by its names but tells the shooting, not the charge
    assert found == [([0, 2], [3])]


def test_a_termination_is_a_dismissal() -> None:
    assert "dismiss" in event_kinds("Ivo Hale was terminated from his post as head coach.")
    assert "dismiss" in event_kinds("Ann Bell was relieved of her duties on Monday.")
    assert "dismiss" not in event_kinds("Fans were relieved when the match ended.")
