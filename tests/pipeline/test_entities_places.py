"""Entities, round 24 (invented sentences): local crime and court stories. A town of two words
before its police keeps both ("Red Bluff police": not "Bluff police"); a title NER took into a
place before its holder's name is cut off ("Ashby County Sheriff Ann Roe": the county); the
charges only US courts bring ("vehicular homicide", "third-degree murder") mark a US local
story, whose towns and people then take the USA."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.gazetteer import Gazetteer
from sayso.pipeline.entities.mentions import name_mentions
from sayso.types import Record

from .conftest import with_ents

pytestmark = pytest.mark.model


def mentions(text: str, *ents: tuple[str, str, int]) -> list[tuple[str, str]]:
    """The stage's name mentions (text, label) of ``text`` parsed, its NER's spans replaced by
    ``ents``: (words, label, which occurrence of the words, from 0)."""
    doc = with_ents(text, *ents)
    return [(text[m.start : m.end], m.label) for m in name_mentions(doc, Gazetteer.default())]


def test_a_two_word_town_before_its_police_keeps_both_words() -> None:
    text = "Red Bluff police said on Monday the driver fled the scene."
    found = mentions(text, ("Red Bluff", "GPE", 0))
    assert ("Red Bluff police", "ORG") in found
    assert ("Bluff police", "ORG") not in found
    assert ("Bluff", "GPE") not in found


def test_a_two_word_town_in_a_sentence_before_its_police_keeps_both_words() -> None:
    text = "The driver fled, and Red Bluff police detective Ann Roe said they found him later."
    found = mentions(text, ("Red Bluff", "GPE", 0), ("Ann Roe", "PERSON", 0))
    assert ("Red Bluff police", "ORG") in found
    assert ("Red Bluff", "GPE") in found


def test_a_body_of_two_words_before_police_is_no_town() -> None:
    text = "The driver fled, and Harbor Freight police were called."
    found = mentions(text, ("Harbor Freight", "ORG", 0))
    assert not any(t.endswith(" police") for t, _ in found)


def test_a_title_inside_a_place_before_a_name_is_cut_off() -> None:
    text = "On Friday, Ashby County Sheriff Ann Roe said the boy was found."
    found = mentions(text, ("Ashby County Sheriff", "GPE", 0), ("Ann Roe", "PERSON", 0))
    assert ("Ashby County", "GPE") in found
    assert ("Ashby County Sheriff", "GPE") not in found
    assert ("Ann Roe", "PERSON") in found


def test_a_title_inside_a_place_with_no_name_after_it_stays() -> None:
    text = "On Friday, the Ashby County Sheriff said the boy was found."
    found = mentions(text, ("Ashby County Sheriff", "GPE", 0))
    assert ("Ashby County", "GPE") not in found


def _country(record: Record, name: str) -> str | None:
    found = [e for e in record.entities if e.name == name]
    assert found, [e.name for e in record.entities]
    return found[0].country


def test_us_only_charges_make_the_story_american(run: Callable[..., Record]) -> None:
    rec = run(
        "Driver faces counts\n\nTom Vessey of Elmford now faces a third-degree murder "
        "count and two of vehicular homicide. Vessey, 41, hit a cyclist near a bakery in "
        "Elmford, police said."
    )
    assert _country(rec, "Tom Vessey") == "USA"


def test_one_us_only_charge_is_not_enough(run: Callable[..., Record]) -> None:
    rec = run(
        "Driver faces counts\n\nTom Vessey of Elmford now faces a count of vehicular "
        "homicide. Vessey, 41, hit a cyclist near a bakery in Elmford, police said."
    )
    assert _country(rec, "Tom Vessey") is None


def test_a_lake_someone_lives_in_is_a_town() -> None:
    text = "Ann Roe, who lives in Elm Lake and knows the owner, said the party was loud."
    found = mentions(text, ("Ann Roe", "PERSON", 0), ("Elm Lake", "LOC", 0))
    assert ("Elm Lake", "GPE") in found


def test_a_lake_someone_swims_in_stays_a_lake() -> None:
    text = "Tom Reed swam in Elm Lake on Sunday before the storm."
    found = mentions(text, ("Tom Reed", "PERSON", 0), ("Elm Lake", "LOC", 0))
    assert ("Elm Lake", "LOC") in found


def _entity(record: Record, name: str) -> tuple[str, str | None]:
    found = [e for e in record.entities if e.name == name]
    assert found, [e.name for e in record.entities]
    return found[0].type, found[0].country


def test_a_county_officers_office_is_a_body_not_a_place(run: Callable[..., Record]) -> None:
    rec = run(
        "The Ashby County Sheriff's Office said the boy died on Friday. The Ashby County "
        "District Attorney's office said the driver would be charged."
    )
    assert _entity(rec, "Ashby County Sheriff's Office") == ("ORG", "USA")
    assert _entity(rec, "Ashby County District Attorney's office")[0] == "ORG"
    assert "Ashby County District" not in {e.name for e in rec.entities}


def test_a_bare_titled_office_is_a_body(run: Callable[..., Record]) -> None:
    rec = run("Deputies found the car on Friday. The Sheriff's Office said the driver fled.")
    assert _entity(rec, "Sheriff's Office")[0] == "ORG"


def test_a_lower_case_office_of_a_title_is_no_name(run: Callable[..., Record]) -> None:
    rec = run("Deputies found the car on Friday. The sheriff's office said the driver fled.")
    assert "sheriff's office" not in {e.name for e in rec.entities}


def test_a_persons_office_is_not_an_office_holders(run: Callable[..., Record]) -> None:
    rec = run("Reporters waited on Friday. Ann Roe's office said the senator was away.")
    assert "Ann Roe's office" not in {e.name for e in rec.entities}


def test_a_firm_opening_with_a_given_name_stays_a_firm() -> None:
    text = "Shots were fired at Gordon Advisors in Elmford on Monday."
    found = mentions(text, ("Gordon Advisors", "ORG", 0), ("Elmford", "GPE", 0))
    assert ("Gordon Advisors", "ORG") in found


def test_a_person_typed_a_body_still_turns_a_person() -> None:
    text = "Shots were fired on Monday, and Paul Riva said he hid."
    found = mentions(text, ("Paul Riva", "ORG", 0))
    assert ("Paul Riva", "PERSON") in found


def test_a_countrys_port_of_a_town_is_in_that_country(run: Callable[..., Record]) -> None:
    rec = run("The liner's passengers rejoined it in Peru's port of Callao on Sunday.")
    assert _entity(rec, "Callao") == ("GPE", "PER")


def test_a_demonyms_town_of_a_town_is_in_that_country(run: Callable[..., Record]) -> None:
    rec = run("Miners marched in the Chilean mining town of Vallenar on Monday.")
    assert _entity(rec, "Vallenar") == ("GPE", "CHL")


def test_a_persons_town_of_is_no_country(run: Callable[..., Record]) -> None:
    rec = run("Ann Roe's home town of Elmwick cheered on Monday.")
    assert _entity(rec, "Elmwick")[1] is None


def test_a_person_and_home_town_typed_a_body_are_split() -> None:
    text = "On Monday, Chad Vessey of Elmford was arraigned. Vessey said nothing."
    found = mentions(text, ("Chad Vessey of Elmford", "ORG", 0), ("Vessey", "PERSON", 1))
    assert ("Chad Vessey", "PERSON") in found
    assert ("Elmford", "GPE") in found


def test_a_body_named_of_a_place_stays_a_body() -> None:
    text = "On Monday, the Friends of Elm Grove met in the Bank of Elmford."
    found = mentions(text, ("Friends of Elm Grove", "ORG", 0), ("Bank of Elmford", "ORG", 0))
    assert ("Friends of Elm Grove", "ORG") in found
    assert ("Bank of Elmford", "ORG") in found


def test_a_name_after_an_age_typed_a_building_is_a_person() -> None:
    text = "Police said a 22-year-old Dana Vessey was hurt on Monday."
    found = mentions(text, ("Dana Vessey", "FAC", 0))
    assert ("Dana Vessey", "PERSON") in found


def test_a_mall_after_an_age_stays_a_building() -> None:
    text = "Police said the 40-year-old Elmford Mall was closed on Monday."
    found = mentions(text, ("Elmford Mall", "FAC", 0))
    assert ("Elmford Mall", "FAC") in found


def test_a_towns_capitalised_police_inside_a_sentence_is_a_body(
    run: Callable[..., Record],
) -> None:
    rec = run("Shots rang out on Sunday, according to Ann Roe, a Denver Police spokeswoman.")
    assert _entity(rec, "Denver Police") == ("ORG", "USA")


def test_a_towns_police_in_a_title_case_line_is_no_new_body() -> None:
    text = "Two Teens Shot By Elmford Police Near Park\nThe boys were hurt on Sunday."
    found = mentions(text, ("Elmford", "GPE", 0))
    assert ("Elmford Police", "ORG") not in found


def test_a_place_before_the_rest_of_a_courts_name_is_the_court() -> None:
    text = "He is due in Elmford Judicial District Court on November 8."
    found = mentions(text, ("Elmford", "GPE", 0))
    assert ("Elmford Judicial District Court", "ORG") in found
    assert ("Elmford", "GPE") not in found


def test_a_place_before_a_body_ner_tagged_is_the_bodys_name() -> None:
    text = "He is due in New Elmford District Court on November 8."
    found = mentions(text, ("New Elmford", "FAC", 0), ("District Court", "ORG", 0))
    assert ("New Elmford District Court", "ORG") in found


def test_a_place_before_a_plain_capitalised_word_stays_a_place() -> None:
    text = "He flew to Elmford Tuesday and met Ann Roe there."
    found = mentions(text, ("Elmford", "GPE", 0), ("Ann Roe", "PERSON", 0))
    assert ("Elmford", "GPE") in found


def test_a_title_opening_at_a_places_last_word_is_cut_off() -> None:
    text = "On Friday, Ashby County District Attorney Ann Roe said he would be charged."
    found = mentions(text, ("Ashby County District", "GPE", 0), ("Ann Roe", "PERSON", 0))
    assert ("Ashby County", "GPE") in found
    assert ("Ashby County District", "GPE") not in found


def test_a_district_with_no_title_after_it_stays() -> None:
    text = "On Friday, Ashby County District officials said he would be charged."
    found = mentions(text, ("Ashby County District", "GPE", 0))
    assert ("Ashby County District", "GPE") in found
