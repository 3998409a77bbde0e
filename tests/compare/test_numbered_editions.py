"""One numbered edition of a recurring event dated two ways ("hosted the 31st Lumen Awards in
2015" / "In 2012, the comic lent the Lumen Awards a calm"): a contradiction whatever each report
says was done at it (``referents._one_edition``), though the verbs beside the two years differ;
a year written beside another name, or a name with no ordinal, dates something else. Invented
reports."""

from __future__ import annotations

from sayso.compare import matching

from .records import record

DAY = "2024-02-20"
ORGS = ("Lumen Awards",)
PEOPLE = ("Ida Marsh", "Ivo Lenz")
HOSTED = "Ida Marsh hosted the 31st Lumen Awards in 2015 and earned warm reviews from critics.\n"
LENT = "In {}, the comic lent the Lumen Awards a calm it badly needed.\n"
YEARS = (("2015", "2015"), ("2012", "2012"))


def _found(other: str, first: str = HOSTED) -> list[tuple[str | None, tuple[str, ...]]]:
    recs = [
        record(n, text, orgs=ORGS, people=PEOPLE, dates=YEARS, published=DAY)
        for n, text in (("a", first), ("b", other))
    ]
    found = matching.find(recs, [0, 1])
    return [(f.what, f.values) for f in found if f.kind == "contradiction"]


def test_a_year_that_opens_its_clause_beside_the_name_disagrees() -> None:
    found = _found(LENT.format(2012))
    assert found == [("date", ("2015", "2012"))]


def test_a_name_with_no_ordinal_is_no_one_edition() -> None:
    found = _found(LENT.format(2012), HOSTED.replace("31st ", ""))
    assert found == []


def test_a_year_beside_another_name_dates_something_else() -> None:
    found = _found("Marsh rescued the Lumen Awards from a slump after Ivo Lenz quit in 2012.\n")
    assert found == []


def test_the_same_year_agrees() -> None:
    found = _found(LENT.format(2015))
    assert found == []
