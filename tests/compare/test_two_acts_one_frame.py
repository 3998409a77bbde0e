"""Two dates in one frame (``frames.py``) in sentences that tell acts of different kinds date two
acts, not one, when the frame they share is only a participle describing a noun ("a masked
gunman" / "the masked shooter": ``matching._two_acts``). Invented reports; each pair scores
below ``MatchOptions.contradict``, so only the frame path reads it."""

from __future__ import annotations

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
