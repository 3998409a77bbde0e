"""One act told as a verb in one report and by a noun of its doer in the other ("a gunman
shot" / "the shooter walked in"): sentences that tell the same kinds of act count it as one mark
of one event, with the name words they share (``matching._anchors``), and are read for their one
date each below the aligned score when they share ``SHARED_NAMES`` marks. Invented reports."""

from __future__ import annotations

from .agreeing import contradictions

PLACES = ("Brennick",)
DAY = "2024-03-08"
SHOT = (
    "A masked gunman shot two cashiers inside a Brennick pharmacy on Tuesday evening, and "
    "officers were still hunting him, police said.\n"
)


def test_a_shooting_told_by_its_shooter_on_another_day_disagrees() -> None:
    found = contradictions(
        (DAY, SHOT),
        (DAY, "On Wednesday the masked shooter walked into the Brennick pharmacy with a sports "
              "bag, staff told officers.\n"),
        places=PLACES,
    )  # fmt: skip
    assert found == [("date", ("Tuesday", "Wednesday"))]


def test_the_same_day_agrees() -> None:
    found = contradictions(
        (DAY, SHOT),
        (DAY, "On Tuesday the masked shooter walked into the Brennick pharmacy with a sports "
              "bag, staff told officers.\n"),
        places=PLACES,
    )  # fmt: skip
    assert found == []


def test_an_arrest_of_the_shooter_is_another_act() -> None:
    found = contradictions(
        (DAY, SHOT),
        (DAY, "On Wednesday officers detained the masked shooter with a sports bag.\n"),
        places=PLACES,
    )  # fmt: skip
    assert found == []


def test_a_sentence_of_two_dates_is_not_read_below_the_aligned_score() -> None:
    found = contradictions(
        (DAY, SHOT),
        (DAY, "On Monday and Wednesday the masked shooter walked into the pharmacy with a sports "
              "bag, staff told officers.\n"),
        places=PLACES,
    )  # fmt: skip
    assert found == []


def test_the_same_kind_of_act_without_a_shared_name_is_not_read() -> None:
    found = contradictions(
        (DAY, SHOT),
        (DAY, "On Wednesday a masked shooter walked into a bakery with a sports bag in the hill "
              "town, staff told officers.\n"),
        places=PLACES,
    )  # fmt: skip
    assert found == []
