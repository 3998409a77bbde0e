"""Entities, round 22 (invented sentences; NER's spans set by hand where invented sentences do
not make it give them): a title's abbreviation opening a name is no part of it; a title stops
at a dateline's break and leaves out another person's name phrase; "its" and "their" stand for
a body named inside their antecedent, or for the one body of a sentence whose subject is a
singular thing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .test_entities_leads import mentions

pytestmark = pytest.mark.model


def _country(record: Record, name: str) -> str | None:
    found = [e for e in record.entities if e.name == name]
    assert found, [e.name for e in record.entities]
    return found[0].country


def test_a_title_abbreviation_ner_took_into_a_name_is_cut_off() -> None:
    text = "In a new interview, Pres. Hale admits the plan failed, and Hale said so again."
    found = mentions(text, ("Pres. Hale", "PERSON", 0), ("Hale", "PERSON", 1))
    assert found == [("Hale", "PERSON"), ("Hale", "PERSON")]


def test_a_generational_suffix_stays_in_the_name() -> None:
    text = "The firm was founded by Carl Hale Sr. in the spring, Ann Pryce said."
    found = mentions(text, ("Carl Hale Sr.", "PERSON", 0), ("Ann Pryce", "PERSON", 0))
    assert ("Carl Hale Sr.", "PERSON") in found


def test_a_dateline_is_no_part_of_a_donors_title(run: Callable[..., Record]) -> None:
    rec = run(
        "Donor news\n\nLIMA (AndeanWire) \u2013 Top Republican Party donor Ann Vell said on "
        "Friday he met presidential candidate Tom Reed earlier this week. Vell said the talks "
        "went well."
    )
    assert _country(rec, "Ann Vell") == "USA"


def test_a_friends_title_is_not_the_persons_own(run: Callable[..., Record]) -> None:
    rec = run(
        "Donor news\n\nAnn Vell, a close friend of Israeli Prime Minister Dov Aran, gave money "
        "to the campaign in Ohio, the Ohio Democratic Party said. Vell lives in Toledo, Ohio."
    )
    assert _country(rec, "Ann Vell") != "ISR"


def test_its_stands_for_the_body_named_inside_the_subject(run: Callable[..., Record]) -> None:
    rec = run(
        "YEREVAN, Armenia - Armenian troops and Armenian police said they held the line near "
        "the Armenian town of Goris on Tuesday.\n\nThe EU mission said it will send two more "
        "teams to the area. Its spokeswoman, Marta Lind, said monitors heard shots."
    )
    assert _country(rec, "Marta Lind") is None


def test_their_stands_for_the_one_body_when_the_subject_is_singular(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "ANKARA, Turkey - Turkish officials said on Tuesday that Turkey and the United States "
        "agreed to talk in Ankara.\n\nFor the Armenian Freedom Front, the dispute is more than "
        "a matter of words. Their spokesman, Aram Tovi, said the group had no notice."
    )
    assert _country(rec, "Aram Tovi") == "ARM"


def test_congress_in_a_story_from_abroad_is_the_named_country_with_one(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "JERUSALEM - Israeli officials said on Monday that Israel will send a delegation to "
        "the United States. The Israeli leader often meets members of Congress, an Israeli "
        "official said in Jerusalem."
    )
    assert _country(rec, "Congress") == "USA"


def test_congress_in_a_story_of_a_country_without_one_is_no_ones(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "OSLO - Norwegian officials said on Monday that Norway will send a delegation to "
        "Bergen. The Norwegian leader often meets members of Congress, a Norwegian official "
        "said in Oslo."
    )
    assert _country(rec, "Congress") is None


def test_macau_is_a_territory_with_its_own_code() -> None:
    from sayso.gazetteer import Gazetteer

    gz = Gazetteer.default()
    assert gz.country("Macao") == "MAC"
    assert gz.place_country("Macau") == "MAC"
