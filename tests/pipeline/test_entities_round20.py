"""Entities, round 20 (invented sentences; NER's spans set by hand where invented sentences do
not make it give them): a US state named like a country is the state when a mark ties the name
to the state or two marks make the story US local news, never on one county alone nor when the
story names a place of the country."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Entity, Record

from .test_entities_leads import mentions

pytestmark = pytest.mark.model


def named(rec: Record, name: str) -> Entity:
    found = [e for e in rec.entities if e.name == name]
    assert found, sorted(e.name for e in rec.entities)
    return found[0]


def test_georgia_after_a_town_of_the_state_is_the_state(run: Callable[..., Record]) -> None:
    rec = run(
        "Families from Syria and Iraq have settled in Elmdale, Ga., a small town east of "
        "Atlanta. Georgia has taken in more of them than most states, said Rania Haddad, who "
        "runs a school there.",
        published="2019-05-12",
    )
    assert named(rec, "Georgia").country == "USA"


def test_georgia_after_a_county_of_the_state_is_the_state(run: Callable[..., Record]) -> None:
    rec = run(
        "Refugees from Syria found homes in Marlow County, Georgia, last year. Georgia's "
        "schools hired teachers who speak Arabic, said Omar Saleh.",
        published="2019-05-12",
    )
    assert named(rec, "Georgia").country == "USA"


def test_one_county_alone_leaves_georgia_the_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Floods cut roads in Georgia on Sunday, and the Kvareli County governor asked for "
        "help. Nino Lomidze said three villages were cut off.",
        published="2019-05-12",
    )
    assert named(rec, "Georgia").country == "GEO"


def test_two_marks_of_us_local_news_make_georgia_the_state(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "A man shot his neighbor early Sunday in Georgia, the Camden County police said. "
        "Officers said Dwayne Hollis was taken to the county jail.",
        published="2019-05-12",
    )
    assert named(rec, "Georgia").country == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "ATLANTA - A man was shot dead in Georgia on Monday, police said.",
        "The governor of Georgia signed the budget in Atlanta on Tuesday, aides said.",
    ],
)
def test_a_us_city_of_the_tables_makes_georgia_the_state(
    run: Callable[..., Record], text: str
) -> None:
    rec = run(text, published="2019-05-12")
    assert named(rec, "Georgia").country == "USA"


@pytest.mark.parametrize(
    "text",
    [
        "Georgia's president flew to Washington on Monday to meet US officials.",
        "Russia moved troops toward Georgia on Monday, officials in Atlanta said.",
    ],
)
def test_the_us_capital_or_a_foreign_power_leaves_georgia_the_country(
    run: Callable[..., Record], text: str
) -> None:
    rec = run(text, published="2019-05-12")
    assert named(rec, "Georgia").country == "GEO"


def test_a_place_of_the_country_keeps_georgia_the_country(run: Callable[..., Record]) -> None:
    rec = run(
        "A choir from Elmdale, Ga. sang in Tbilisi on Sunday. Georgia welcomed the singers, "
        "said Nino Lomidze, who hosted them.",
        published="2019-05-12",
    )
    assert named(rec, "Georgia").country == "GEO"


def test_a_street_written_with_an_undotted_abbreviation_is_a_facility() -> None:
    text = "The crash closed Hampton Ave near the school, and buses took Hollis Way instead."
    found = mentions(text, ("Hampton Ave", "PERSON", 0), ("Hollis Way", "GPE", 0))
    assert ("Hampton Ave", "FAC") in found
    assert ("Hollis Way", "FAC") in found


def test_a_body_typed_town_before_its_police_is_the_town() -> None:
    text = (
        "A guest was found dead outside a Dunmore hotel on Friday, said Dunmore police Sgt. "
        "Ray Alden."
    )
    found = mentions(text, ("Dunmore", "ORG", 0), ("Dunmore police", "ORG", 0))
    assert ("Dunmore", "GPE") in found


def test_a_body_typed_town_of_a_dateline_is_the_town() -> None:
    text = "GLENDON, Mo. - The Glendon teen who was hurt on Friday is home, police said."
    found = mentions(text, ("GLENDON", "GPE", 0), ("Glendon", "ORG", 0))
    assert ("Glendon", "GPE") in found


def test_a_firm_the_text_never_writes_as_a_place_stays_a_body() -> None:
    text = "Shares of Dunmore Mills rose on Friday, and Dunmore said sales grew."
    found = mentions(text, ("Dunmore", "ORG", 1))
    assert ("Dunmore", "ORG") in found


def test_a_headline_name_typed_a_place_is_the_person_named_after() -> None:
    text = (
        "Tarrow, allies meet on trade\\n\\nPresident Tarrow met allies on Thursday. Tarrow said "
        "the talks went well."
    )
    found = mentions(text, ("Tarrow", "GPE", 0), ("Tarrow", "PERSON", 1), ("Tarrow", "PERSON", 2))
    assert ("Tarrow", "PERSON") in found
    assert ("Tarrow", "GPE") not in found


def test_a_town_typed_a_person_once_stays_a_place() -> None:
    text = "Floods hit Tarrow on Monday. Roads into Tarrow were shut, and Tarrow expects rain."
    found = mentions(text, ("Tarrow", "GPE", 0), ("Tarrow", "GPE", 1), ("Tarrow", "PERSON", 2))
    assert found.count(("Tarrow", "GPE")) >= 2
