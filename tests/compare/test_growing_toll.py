"""A toll that grows between a first report and a later one ("two dead", then "the toll rose to
six") is no contradiction; two reports of one day that give two tolls for the same deaths are.
Invented reports."""

from __future__ import annotations

from .agreeing import contradictions

PLACES = ("Olmera",)
FIRST = (
    "2024-02-05",
    "Two people died on Sunday when a ferry capsized on the river near Olmera, rescuers said.\n"
    "The ferry was carrying about 30 passengers to a weekly market.\n",
)


def test_a_toll_that_grows_agrees() -> None:
    later = (
        "2024-02-07",
        "The toll from Sunday's ferry capsizing near Olmera has risen to six, rescuers said on "
        "Tuesday.\nFour passengers who had been missing were found dead downstream.\n",
    )
    assert [w for w, _ in contradictions(FIRST, later, places=PLACES)] == []


def test_two_tolls_of_one_day_disagree() -> None:
    same_day = (
        "2024-02-05",
        "Nine people died on Sunday when a ferry capsized on the river near Olmera, rescuers "
        "said.\nThe ferry was carrying about 30 passengers to a weekly market.\n",
    )
    assert "number" in [w for w, _ in contradictions(FIRST, same_day, places=PLACES)]
