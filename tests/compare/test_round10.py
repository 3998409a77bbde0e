"""Omissions a reader confirms, round 10 (sayso.compare.acts, sayso.compare.omissions): the
longer phrase of a family names the act ("fired at" a shooting), "a boat named X" gives a name,
and a sentence whose act is a short piece ("Hale, 40, lay dead") after an act told in the past
perfect is told by a report that tells that act of the one it names. Invented reports, with the
sentence model running for real."""

from __future__ import annotations

from sayso.compare.acts import event_kinds
from sayso.compare.omissions import same_event
from sayso.compare.scores import pieces

from .records import hale_story, unit_at

LEAD = "A clerk was killed at a party in Marrow on Friday.\nThe court set a hearing for May.\n"


def test_fired_at_is_a_shooting_and_fired_alone_a_dismissal() -> None:
    assert event_kinds("Raiders fired at the ferry from a skiff.") == {"shoot"}
    assert event_kinds("The guards fired warning shots over the crowd.") == {"shoot"}
    assert event_kinds("The club fired its coach after a poor start.") == {"dismiss"}
    assert "shoot" not in event_kinds("The coach was fired on Monday.")


def test_a_thing_named_so_is_no_appointment() -> None:
    assert "appoint" not in event_kinds("They sailed in a small fishing boat named Aurora.")
    assert "appoint" not in event_kinds("A man named Tom Reed called the station.")
    assert "appoint" in event_kinds("The board named Tom Reed its chairman.")
    assert "appoint" in event_kinds("Reed was named chairman on Monday.")


def test_short_pieces_are_kept() -> None:
    assert "lay dead" in [p.strip(" .") for p in pieces("Ivo Hale, 40, lay dead.")]


def test_a_short_act_piece_after_a_past_perfect_setting_is_told_of_the_one_named() -> None:
    story = hale_story(
        LEAD + "In the hall the guests had just fled, Ivo Hale, 40, the host, lay dead.\n",
        LEAD + "Police said Ivo Hale died of his wounds at the scene on Friday night.\n",
        LEAD + "Police said a body was found dead at 40 Mill Road on Friday night.\n",
    )
    u = unit_at(story, 0, "In the hall")
    assert same_event(story, u, 1)  # Hale's death, in other words
    # a death of no one named in the same incident: no clash, one death (round 15)
    assert same_event(story, u, 2)


def test_a_hyphenated_compound_does_not_break_a_clause() -> None:
    assert pieces("Officers used a stun gun to arrest the hit-and-run suspect") == [
        "Officers used a stun gun to arrest the hit-and-run suspect"
    ]
    assert len(pieces("The driver fled and officers gave chase")) == 2
