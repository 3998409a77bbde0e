"""Slots of a claim (sayso.compare.slots) and the sentences that are no claim
(sayso.lexicon.not_a_claim), on invented phrases."""

from __future__ import annotations

import math

from sayso.compare.slots import (
    counts,
    counts_agree,
    dates_agree,
    number_value,
    place_kind,
    places_agree,
    when,
)
from sayso.gazetteer import Gazetteer
from sayso.lexicon import not_a_claim


def _one(text: str) -> tuple[float, float, str]:
    (c,) = counts(text)
    return c.lo, c.hi, c.unit


def test_numbers_in_digits_and_words() -> None:
    assert number_value("1,500") == 1500
    assert number_value("2.5 million") == 2_500_000
    assert number_value("twenty-five") == 25
    assert number_value("$30,000") == 30_000
    assert number_value("a dozen") == 12
    assert _one("Rescuers found seven sailors on the raft.") == (7, 7, "sailor")
    assert _one("Rescuers found 7 sailors on the raft.") == (7, 7, "sailor")


def test_qualifiers_make_ranges() -> None:
    lo, hi, unit = _one("At least 40 houses burned.")
    assert (lo, hi, unit) == (40, math.inf, "house")
    lo, hi, _ = _one("More than 40 houses burned.")
    assert lo == 40 and hi == math.inf
    lo, hi, _ = _one("Up to 12 boats sank.")
    assert (lo, hi) == (0, 12)
    lo, hi, _ = _one("Between 8 and 11 boats sank.")
    assert (lo, hi) == (8, 11)
    lo, hi, _ = _one("About 2,000 fans waited.")
    assert lo < 2000 < hi and hi < 2200


def test_ages_money_and_years() -> None:
    found = counts("The 47-year-old pilot, aged 47, posted $9,000 bail.")
    kinds = {(c.text, c.unit) for c in found}
    assert ("47-year-old", "age") in kinds and ("$9,000", "$") in kinds
    assert {c.unit for c in counts("Mara Lind, 33, of Eastport was hurt.")} == {"age"}
    assert counts("The bridge opened in 1998 and closed at 10:30.") == []  # years, clock times


def test_when_counts_agree() -> None:
    (a,) = counts("At least 40 houses burned.")
    (b,) = counts("Firefighters said 43 houses burned.")
    (c,) = counts("Firefighters said 30 houses burned.")
    assert counts_agree(a, b)  # at least 40 does not contradict 43
    assert not counts_agree(a, c)
    (d,) = counts("About three hours later it ended.")
    (e,) = counts("Two hours later it ended.")
    assert not counts_agree(d, e)
    (f,) = counts("Eleven miners were rescued.")
    (g,) = counts("11 miners were rescued.")
    assert counts_agree(f, g)


def test_dates_weekday_against_date_and_year_against_year() -> None:
    tuesday = when("", 0, 7, "Tuesday")
    assert dates_agree(tuesday, when("", 0, 6, "Sunday")) is False
    assert dates_agree(tuesday, when("2024-03-05", 0, 13, "March 5, 2024")) is True  # a Tuesday
    assert dates_agree(tuesday, when("2024-03-06", 0, 13, "March 6, 2024")) is False
    assert dates_agree(when("2008", 0, 4, "2008"), when("2009", 0, 4, "2009")) is False
    assert dates_agree(when("2008", 0, 4, "2008"), when("2008-05-01", 0, 5, "May 1, 2008")) is None


def test_places_a_city_does_not_contradict_its_country() -> None:
    assert places_agree("Paris", "France")
    assert places_agree("Oslo", "Norway")
    assert not places_agree("Norway", "Peru")
    assert not places_agree("Mill County", "Stone County")
    assert places_agree("Mill County", "Norway")  # not one slot: a county against a country
    assert place_kind("Peru") == "country" and place_kind("Mill County") == "county"


def test_furniture_is_no_claim() -> None:
    assert not_a_claim("More from Harbour Weekly: Ten ways to enjoy the coast")
    assert not_a_claim("Read more: what the storm left behind")
    assert not_a_claim("Sign up for our newsletter to get the morning briefing.")
    assert not_a_claim("By Jane Doe and John Roe")
    assert not not_a_claim("More than 50 people were hurt in the crash on Monday.")
    assert not not_a_claim("Related talks will go on next week, the minister said.")
    assert not_a_claim("• Related: Town hall to vote on the harbour plan")  # a bulleted link
    assert not_a_claim("- Read more: what the storm left behind")
    assert not not_a_claim("- Five people were hurt in the crash on Monday.")


def test_a_contact_line_is_no_claim() -> None:
    assert not_a_claim("Reach the author at jo.marsh@example.com or 555-201-3344.")
    assert not_a_claim("Anyone who saw the crash is asked to call the police at (555) 201-3344.")
    assert not_a_claim("Email tips to the newsroom at desk@example.org.")
    assert not not_a_claim("She called the police at 10 pm from a phone box on Dale Road.")
    assert not not_a_claim("The hotline took 300 calls on Monday, the council said.")


def test_a_number_glued_to_a_name_is_no_count() -> None:
    got = [c.text for c in counts("Guards seized seven AK-47 rifles and two F-16 manuals.")]
    assert got == ["seven", "two"]


def test_a_city_does_not_contradict_its_us_state() -> None:
    assert place_kind("Ohio") == "state" and place_kind("Calif.") == "state"
    assert place_kind("Georgia") == "country"  # the country's name comes first
    assert places_agree("Springfield", "Ohio") and places_agree("Calif.", "Eastport")
    assert not places_agree("Ohio", "Texas")
    assert not places_agree("Springfield", "Eastport")


def test_us_states_by_name_abbreviation_and_postal_code() -> None:
    g = Gazetteer.default()
    assert [g.us_state(x) for x in ("Ohio", "the Ohio", "Calif.", "CA", "N.Y.")] == [
        "OH", "OH", "CA", "CA", "NY",
    ]  # fmt: skip
    assert g.us_state("ca") is None and g.us_state("in") is None and g.us_state("Paris") is None
