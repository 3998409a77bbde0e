"""A storm named before its date in one report and named in the clause of the other report's
date is one happening dated two ways, whatever act each report tells of it: the two years
disagree. Two storms of two names are two happenings, each with its own date.
Invented reports."""

from __future__ import annotations

from .agreeing import contradictions

PEOPLE = ("Lena Okafor",)
DATES = (("2004", "2004"), ("2001", "2001"), ("2011", "2011"))
FIRST = (
    "2024-03-04",
    "The ferry pier that Lena Okafor ran was wrecked by Storm Idris in 2004 and rebuilt by "
    "the town.\n",
)


def test_one_named_storm_dated_two_ways_disagrees() -> None:
    second = (
        "2024-03-05",
        "When Storm Idriss tore apart the ferry pier in 2001, Lena Okafor kept the boats "
        "running.\n",
    )
    found = contradictions(FIRST, second, people=PEOPLE, dates=DATES)
    assert ("date", ("2004", "2001")) in found


def test_another_named_storm_is_another_happening() -> None:
    second = (
        "2024-03-05",
        "When Storm Petra tore apart the ferry pier in 2001, Lena Okafor kept the boats running.\n",
    )
    assert contradictions(FIRST, second, people=PEOPLE, dates=DATES) == []
