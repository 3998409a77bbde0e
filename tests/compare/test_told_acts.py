"""How another report tells an act in its own words (sayso.compare.omissions, round 6): a short
sentence no unit is made of, a clause whose participants sit elsewhere in its sentence, the
families of a collision and of a repelled attack; and what is no claim at all: a row of links, a
sentence that goes on with an account of another time. Invented reports, with the sentence model
running for real."""

from __future__ import annotations

from sayso.compare.acts import event_kinds
from sayso.compare.omissions import central, links, same_event
from sayso.compare.readings import sentences

from .records import HALE_LEAD, hale_story, unit_at


def test_a_short_sentence_no_unit_is_made_of_tells_an_act() -> None:
    story = hale_story(
        HALE_LEAD + "Officers drove the driver to the county jail overnight.\n",
        HALE_LEAD + "He was booked.\n",
        HALE_LEAD + "He paid for lunch.\n",
    )
    assert not any(v.text == "He was booked." for v in story.units[1])  # too short for a unit
    assert ("He was booked.", frozenset()) in sentences(story, 1)
    u = unit_at(story, 0, "Officers drove")
    assert same_event(story, u, 1)
    # the lead's charging of Hale is a holding of the incident, no clash with "the driver"
    assert same_event(story, u, 2)


def test_a_clause_that_names_no_one_takes_the_participants_of_its_sentence() -> None:
    story = hale_story(
        HALE_LEAD + "Staff in Marrow mourned Ann Bell, who was shot outside the depot.\n",
        HALE_LEAD + "Ann Bell died after a shooting near the depot.\n",
        HALE_LEAD + "A guard was shot at a bank across town.\n",
    )
    u = unit_at(story, 0, "Staff in Marrow")
    assert same_event(story, u, 1)  # "was shot" is Ann Bell's, as the other report says
    assert not same_event(story, u, 2)  # a shooting of someone else


def test_a_collision_and_a_repelled_attack_are_acts_of_their_own_families() -> None:
    assert "crash" in event_kinds("A van hit a cyclist on the bridge.")
    assert "crash" in event_kinds("The cyclist was struck by a van.")
    assert "repel" in event_kinds("The crew fended off the raiders before dawn.")
    assert "repel" in event_kinds("Guards repulsed the attack on the depot.")
    assert "repel" not in event_kinds("Guards watched the depot all night.")


def test_a_row_of_links_is_no_claim() -> None:
    story = hale_story(
        HALE_LEAD
        + "Mayor opens Marrow bridge | Storm shuts Marrow school | Fair returns to town\n",
        HALE_LEAD,
        HALE_LEAD,
    )
    u = unit_at(story, 0, "Mayor opens")
    assert links(u) and not central(story, u, 1, 1, frozenset())
    assert not any(links(v) for v in story.units[1])


def test_a_sentence_that_goes_on_with_another_time_is_background() -> None:
    texts = (
        HALE_LEAD + "Last month the mill in Marrow closed its gates.\n"
        "The owners defended the closure at a meeting in Marrow.\n",
        HALE_LEAD + "The owners defended the closure at a meeting in Marrow.\n",
        HALE_LEAD + "The owners defended the closure at a meeting in Marrow.\n",
    )
    story = hale_story(*texts)
    u = unit_at(story, 0, "The owners defended")
    assert not central(story, u, 2, 2, frozenset())  # it goes on with last month's account
    now = hale_story(*(t.replace("Last month the", "The") for t in texts))
    assert central(now, unit_at(now, 0, "The owners defended"), 2, 2, frozenset())
    back = hale_story(
        *(t.replace("the mill in Marrow closed its gates", "a storm hit the coast") for t in texts)
    )
    # a sentence that repeats no word of the account before it is back to the story
    assert central(back, unit_at(back, 0, "The owners defended"), 2, 2, frozenset())


def test_a_hit_and_run_tells_the_flight_from_the_scene() -> None:
    assert {"crash", "flee"} <= event_kinds("Police seek a driver in the hit-and-run on Elm Road.")
    story = hale_story(
        HALE_LEAD + "A driver struck a cyclist on Elm Road in Marrow and fled the scene.\n",
        HALE_LEAD
        + "Police in Marrow are seeking witnesses to the hit-and-run that hurt a cyclist.\n",
        HALE_LEAD
        + "A driver struck a cyclist on Elm Road in Marrow and stayed until police came.\n",
    )
    u = unit_at(story, 0, "A driver struck")
    assert same_event(story, u, 1)
    assert not same_event(story, u, 2)  # the collision, not the flight
