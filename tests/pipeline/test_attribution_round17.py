"""Attributions, round 17: a speaker given as a noun phrase is the entity the story names for
it: "the court" the one court named in full, "the ruling" the court that handed it down, "the
administration" the White House, a country's government the country, "his wife" the person
named as his wife. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import harbour_story, speaker_of

Run = Callable[..., Record]

_COURT = (
    "A federal appeals court on Tuesday blocked a state rule that would have closed the "
    "Marlow ferry line, siding with the operators in a 2-1 decision.\n\n"
    '"The state has not shown a public need," the court said. The panel of the 4th U.S. '
    "Circuit Court of Appeals sent the case back to a lower court. Governor Ann Pike said she "
    "would appeal. The ruling said the operators could keep running the line."
)
_COURT_NAME = "4th U.S. Circuit Court of Appeals"


@pytest.mark.model
def test_the_court_is_the_court_named_in_full(run: Run) -> None:
    rec = harbour_story(run, _COURT)
    assert speaker_of(rec, "public need") == _COURT_NAME


@pytest.mark.model
def test_the_ruling_speaks_for_the_court_not_the_last_subject(run: Run) -> None:
    rec = harbour_story(run, _COURT)
    assert speaker_of(rec, "keep running the line") == _COURT_NAME
    assert speaker_of(rec, "she would appeal") == "Ann Pike"


_TARIFFS = (
    "The Trump administration on Friday raised tariffs on steel from Mexico. The White House "
    "said the move would protect American jobs.\n\n"
    "The administration said the tariffs would stay in place until Mexico cut its subsidies."
)


@pytest.mark.model
def test_the_administration_speaks_as_the_white_house(run: Run) -> None:
    rec = harbour_story(run, _TARIFFS)
    assert speaker_of(rec, "stay in place") == "White House"


@pytest.mark.model
def test_the_government_of_a_country_speaks_as_the_country(run: Run) -> None:
    rec = harbour_story(
        run,
        "President Barack Obama met steel makers on Friday, and the United States raised "
        "tariffs on steel from Mexico. The government of Mexico said it would answer with "
        "tariffs of its own.",
    )
    assert speaker_of(rec, "tariffs of its own") == "Mexico"


@pytest.mark.model
def test_his_wife_is_the_person_named_as_his_wife(run: Run) -> None:
    rec = harbour_story(
        run,
        "Senator Paul Brandt was treated in hospital on Sunday after a fall at his home. His "
        "wife, Lena Brandt, told reporters he was in good spirits.\n\n"
        "His wife said the senator would be back at work next week.",
    )
    assert speaker_of(rec, "back at work") == "Lena Brandt"


@pytest.mark.model
def test_a_wife_named_by_no_one_stays_unnamed(run: Run) -> None:
    rec = harbour_story(
        run,
        "Senator Paul Brandt was treated in hospital on Sunday after a fall at his home, and "
        "his daughter Mia Brandt drove him there.\n\n"
        "His wife said the senator would be back at work next week.",
    )
    assert speaker_of(rec, "back at work") != "Mia Brandt"


@pytest.mark.model
def test_a_body_of_another_nation_is_not_the_named_body_with_its_noun(run: Run) -> None:
    rec = harbour_story(
        run,
        "The U.S. Navy said on Monday that its destroyer had tracked a cargo ship off Oman for "
        "two days.\n\nThe Indian navy said its sailors had boarded the ship and found no "
        "weapons.",
    )
    assert speaker_of(rec, "found no weapons") != "U.S. Navy"
