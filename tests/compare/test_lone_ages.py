"""One person's age told two ways: each report gives one age in all, one before a noun of a
person, the other beside a name, in sentences of the same kind of act (``matching.lone_ages``).
Invented reports."""

from __future__ import annotations

from .agreeing import contradictions

PEOPLE = ("Tom Reyes",)
PLACES = ("Fenwick",)
DAY = "2024-03-02"


def test_an_age_before_a_noun_and_beside_a_name_disagree() -> None:
    found = contradictions(
        (DAY, "Officers sealed off the street after a 34-year-old man was shot outside a bakery "
              "in Fenwick late on Friday.\n"),
        (DAY, "Neighbours said the shop owner Tom Reyes, 36, had just locked up when the bullets "
              "hit him, and he died in hospital.\n"),
        people=PEOPLE, places=PLACES,
    )  # fmt: skip
    assert ("number", ("34-year-old", "36")) in found


def test_the_same_age_agrees() -> None:
    found = contradictions(
        (DAY, "A 36-year-old man was shot dead outside a bakery in Fenwick.\n"),
        (DAY, "Tom Reyes, 36, died after he was shot near a Fenwick bakery.\n"),
        people=PEOPLE, places=PLACES,
    )  # fmt: skip
    assert found == []


def test_ages_in_sentences_of_two_acts_agree() -> None:
    # the suspect's age in one report, the victim's in the other
    found = contradictions(
        (DAY, "Police arrested a 19-year-old man near the Fenwick bakery.\n"),
        (DAY, "Tom Reyes, 36, died after he was shot near a Fenwick bakery.\n"),
        people=PEOPLE, places=PLACES,
    )  # fmt: skip
    assert found == []
