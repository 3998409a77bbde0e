"""Counts of different things in one sentence (two ages, a clock, a sum, a share, years of
service) are read apart from each other: two reports that give them in other orders and words
agree; one age changed still disagrees. Invented reports."""

from __future__ import annotations

from .agreeing import contradictions

PEOPLE = ("Pavel Ostrin",)
PLACES = ("Weyford",)
FIRST = (
    "2024-03-12",
    "Pavel Ostrin, 52, and his 17-year-old daughter were hurt when a gas heater exploded in "
    "their Weyford flat at about 7 a.m. on Monday, firefighters said.\n"
    "Ostrin, a teacher for 24 years, told neighbours the heater had cost $340 and that 80 "
    "percent of the flat was damaged.\n",
)


def test_counts_of_other_things_agree() -> None:
    second = (
        "2024-03-12",
        "A gas heater blew up in a Weyford flat early on Monday, hurting Pavel Ostrin and his "
        "daughter, 17, firefighters said.\nOstrin, 52, who has taught for 24 years, said 80 "
        "percent of the flat was damaged by the blast shortly after 7 a.m.\n",
    )
    assert contradictions(FIRST, second, people=PEOPLE, places=PLACES) == []


def test_an_age_changed_disagrees() -> None:
    second = (
        "2024-03-12",
        "Pavel Ostrin, 58, and his 17-year-old daughter were hurt when a gas heater exploded in "
        "their Weyford flat at about 7 a.m. on Monday, firefighters said.\n",
    )
    found = contradictions(FIRST, second, people=PEOPLE, places=PLACES)
    assert ("number", ("52", "58")) in found
