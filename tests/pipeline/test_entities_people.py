"""Entities, round 19 (invented sentences; NER's spans set by hand where invented sentences do
not make it give them): a nickname and its given name, a name with one more surname, a person's
name NER cut short before a surname that is a title's word, after a hyphened given name, or
after a first name it left out."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.pipeline.entities.variants import same_person
from sayso.types import Record

from .test_entities_leads import mentions

pytestmark = pytest.mark.model


def people(rec: Record) -> list[str]:
    return sorted(e.name for e in rec.entities if e.type == "PERSON")


def test_a_nickname_and_its_given_name_are_one_person(run: Callable[..., Record]) -> None:
    rec = run(
        "Senator Bill Tarrow spoke in Dover on Monday. Later, William Tarrow said the bill "
        "would pass. Tarrow left the hall."
    )
    tarrows = [e for e in rec.entities if "Tarrow" in e.name]
    assert len(tarrows) == 1, people(rec)


def test_two_given_names_before_one_surname_stay_two_people() -> None:
    assert not same_person("Ann Tarrow", "Tom Tarrow")
    assert not same_person("Bill Tarrow", "Robert Tarrow")
    assert same_person("Bill Tarrow", "William Tarrow")
    assert same_person("Chuck Tarrow", "Charles Tarrow")


def test_a_generation_apart_stays_two_people() -> None:
    assert not same_person("Marcus Hale", "Marcus Hale Jr.")


def test_a_name_and_the_same_name_with_a_second_surname_are_one_person() -> None:
    assert same_person("Ana Ruiz Soto", "Ana Ruiz")
    assert same_person("Ana Ruiz", "Ana Ruiz Soto")
    assert not same_person("Ana Ruiz", "Ana Ruiz Soto Vega")
    assert not same_person("Ana Ruiz", "Luis Ruiz Soto")


def test_a_first_name_after_a_title_takes_a_surname_that_is_a_title_word() -> None:
    text = "She will face former Lt. Gov. Marla Judge (D) in the fall."
    found = mentions(text, ("Marla", "PERSON", 0))
    assert ("Marla Judge", "PERSON") in found


def test_a_hyphened_given_name_takes_its_surnames() -> None:
    text = "The activist Ren-ko Amaral Duarte, a student, spoke at the rally."
    found = mentions(text, ("Ren-ko", "PERSON", 0))
    assert ("Ren-ko Amaral Duarte", "PERSON") in found


def test_a_surname_takes_the_first_name_ner_left_out() -> None:
    text = "The panel heard a nominee on Monday: Waldo Penrick, a county judge."
    found = mentions(text, ("Penrick", "PERSON", 0))
    assert ("Waldo Penrick", "PERSON") in found


def test_a_common_first_name_takes_no_word_before_it() -> None:
    text = "He spoke on the show Breakfast Joe with Joe Penrick on Monday."
    found = mentions(text, ("Joe", "PERSON", 0), ("Joe Penrick", "PERSON", 0))
    assert ("Breakfast Joe", "PERSON") not in found


def test_a_name_that_runs_on_is_not_extended() -> None:
    text = "Gov. Marla Tavish Fenwick Lorr spoke on Monday."
    found = mentions(text, ("Marla", "PERSON", 0))
    assert ("Marla Tavish Fenwick", "PERSON") not in found


def test_a_place_after_a_first_name_is_no_surname() -> None:
    text = "Sen. Marla Boston told reporters on Monday that she would run."
    found = mentions(text, ("Marla", "PERSON", 0), ("Boston", "GPE", 0))
    assert ("Marla Boston", "PERSON") not in found


def test_a_surname_after_a_name_opener_is_the_person() -> None:
    text = "Ann Hale won the vote. First Hale goes to Dover, then she flies home."
    found = mentions(text, ("Ann Hale", "PERSON", 0), ("Dover", "GPE", 0))
    assert ("Hale", "PERSON") in found
    assert not any(t.startswith("First") for t, _ in found)


def test_a_peoples_word_in_a_dishs_name_is_no_people() -> None:
    text = "Voters ate French toast at the diner before the rally."
    found = mentions(text, ("French", "NORP", 0))
    assert ("French", "NORP") not in found


def test_a_peoples_word_before_other_nouns_stays_a_people() -> None:
    text = "Voters ate French food at the diner before the rally."
    found = mentions(text, ("French", "NORP", 0))
    assert ("French", "NORP") in found


def test_a_body_named_for_a_person_of_the_story_takes_their_country(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Former Canadian Prime Minister Ann Tarrow spoke on Monday. The Tarrow Foundation, "
        "which she set up, gave money to schools, the foundation said."
    )
    bodies = [e for e in rec.entities if e.name.startswith("Tarrow Foundation")]
    assert bodies and bodies[0].country == "CAN", [(e.name, e.country) for e in rec.entities]


def test_a_state_before_a_party_and_its_primary_is_a_place() -> None:
    text = "Ann Hale won the Ohio GOP primary on Tuesday night."
    found = mentions(text, ("Ann Hale", "PERSON", 0), ("Ohio", "GPE", 0), ("GOP", "ORG", 0))
    assert ("Ohio", "GPE") in found
    assert ("Ohio GOP", "ORG") not in found


def test_a_state_before_its_party_alone_is_the_state_party() -> None:
    text = "The Ohio GOP endorsed Ann Hale on Tuesday night."
    found = mentions(text, ("Ohio", "GPE", 0), ("GOP", "ORG", 0), ("Ann Hale", "PERSON", 0))
    assert ("Ohio GOP", "ORG") in found


def test_a_reporters_surname_in_a_credit_line_is_no_place() -> None:
    text = "The vote is set for May.\n\nRoe reported from Lima, Peru; Kelloway, from Quito."
    found = mentions(text, ("Lima", "GPE", 0), ("Peru", "GPE", 0), ("Kelloway", "GPE", 0))
    assert ("Kelloway", "GPE") not in found
    assert ("Lima", "GPE") in found


def test_an_unknown_town_before_from_outside_a_credit_stays_a_place() -> None:
    text = "The bus left Kelloway, from where it drove south to Lima."
    found = mentions(text, ("Kelloway", "GPE", 0), ("Lima", "GPE", 0))
    assert ("Kelloway", "GPE") in found
