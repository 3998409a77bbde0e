"""One numbered edition of a recurring event dated two ways ("the 31st Lumen Awards in 2015" /
"her turn as Lumen Awards host in 2012"): a contradiction whatever each report says was done at
it (``referents._one_edition``); a year written beside another name dates something else.
Invented reports."""

from __future__ import annotations

from .agreeing import contradictions

DAY = "2024-02-20"
ORGS = ("Lumen Awards",)
HOSTED = "Ida Marsh hosted the 31st Lumen Awards in 2015 and earned warm reviews from critics.\n"
YEARS = (("2015", "2015"), ("2012", "2012"))


def _found(other: str) -> list[tuple[str | None, tuple[str, ...]]]:
    from .records import record
    from sayso.compare import matching

    recs = [
        record("a", HOSTED, orgs=ORGS, people=("Ida Marsh", "Ivo Lenz"), dates=YEARS, published=DAY),
        record("b", other, orgs=ORGS, people=("Ida Marsh", "Ivo Lenz"), dates=YEARS, published=DAY),
    ]
    found = matching.find(recs, [0, 1])
    return [(f.what, f.values) for f in found if f.kind == "contradiction"]


def test_one_numbered_edition_dated_two_ways_disagrees() -> None:
    found = _found("Marsh was praised for her turn as Lumen Awards host in 2012, the paper recalled.\n")
    assert found == [("date", ("2015", "2012"))]


def test_a_year_that_opens_its_clause_beside_the_name_disagrees() -> None:
    found = _found("In 2012, Marsh steadied the Lumen Awards after a stormy run of shows.\n")
    assert found == [("date", ("2015", "2012"))]


def test_a_year_beside_another_name_dates_something_else() -> None:
    found = _found("At the Lumen Awards Marsh sang a duet with Ivo Lenz in 2012, the paper recalled.\n")
    assert found == []


def test_the_same_year_agrees() -> None:
    found = _found("Marsh was praised for her turn as Lumen Awards host in 2015, the paper recalled.\n")
    assert found == []
