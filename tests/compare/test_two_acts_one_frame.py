"""A participle that describes a noun ("a masked gunman" / "the masked shooter") is no word of a
date's frame (``frames.date_frame``, ``frames.describing``): two dates beside it in sentences of
two acts share no frame. Invented reports; each pair scores below ``MatchOptions.contradict``,
so only the frame path reads it."""

from __future__ import annotations

from sayso.compare.features import stem
from sayso.compare.frames import date_frame

from .agreeing import contradictions

PLACES = ("Brennick",)
DAY = "2024-03-08"


def test_an_arrest_after_a_shooting_is_not_the_shooting_s_date() -> None:
    found = contradictions(
        (DAY, "A masked gunman shot two cashiers inside a Brennick pharmacy on Tuesday "
              "evening.\n"),
        (DAY, "Officers detained the masked shooter on Wednesday.\n"),
        places=PLACES,
    )  # fmt: skip
    assert found == []


def test_one_arrest_dated_two_ways_disagrees() -> None:
    found = contradictions(
        (DAY, "A masked gunman shot two cashiers inside a Brennick pharmacy and was detained on "
              "Wednesday at a motel.\n"),
        (DAY, "Troopers say the suspect, a former guard, was detained on Thursday after a long "
              "car chase on the highway.\n"),
        places=PLACES,
    )  # fmt: skip
    assert found == [("date", ("Wednesday", "Thursday"))]


def test_one_act_of_one_kind_dated_two_ways_disagrees() -> None:
    found = contradictions(
        (DAY, "The masked shooter was detained on Wednesday at a motel near the coast.\n"),
        (DAY, "The suspect, a former guard, was detained on Thursday after a long car chase on "
              "the highway.\n"),
        places=PLACES,
    )  # fmt: skip
    assert found == [("date", ("Wednesday", "Thursday"))]


def test_a_describing_participle_is_no_frame_word() -> None:
    text = "Guards arrested the hooded thief on Sunday."
    assert date_frame(text, text.index("Sunday")) == frozenset({stem("thief"), stem("arrested")})
    verb = "The thief was hooded on Sunday."
    assert stem("hooded") in date_frame(verb, verb.index("Sunday"))
