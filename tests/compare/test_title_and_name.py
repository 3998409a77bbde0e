"""A person named by title in one report ("the harbour master") and by name in another ("Ada
Strell") is no other actor nor another speaker; two names for the one who did it are.
Invented reports."""

from __future__ import annotations

from .agreeing import contradictions

PLACES = ("Quayle",)


def test_a_title_and_a_name_agree() -> None:
    first = (
        "2024-07-01",
        "The harbour master of Quayle closed the port on Saturday as a storm approached, "
        "saying ships would be safer at sea.\n",
    )
    second = (
        "2024-07-01",
        "Harbour master Ada Strell closed the port of Quayle on Saturday as a storm approached, "
        "saying ships would be safer at sea.\n",
    )
    assert contradictions(first, second, people=("Ada Strell",), places=PLACES) == []


def test_two_names_disagree() -> None:
    first = (
        "2024-07-01",
        "Harbour master Ada Strell closed the port of Quayle on Saturday as a storm approached, "
        "saying ships would be safer at sea.\n",
    )
    second = (
        "2024-07-01",
        "Harbour master Ada Brenner closed the port of Quayle on Saturday as a storm approached, "
        "saying ships would be safer at sea.\n",
    )
    people = ("Ada Strell", "Ada Brenner")
    assert "actor" in [w for w, _ in contradictions(first, second, people=people, places=PLACES)]
