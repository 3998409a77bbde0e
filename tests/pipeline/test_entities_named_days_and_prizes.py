"""Names that are a holiday's or a prize's, no actor (pipeline/entities): a name before its
possessive and "Day" or "Eve", a name before a hyphen and a prize's participle ("Emmy-winning").
Every sentence here is invented; NER's spans are set by hand where invented sentences do not
make it give them."""

from __future__ import annotations

import pytest

from .test_entities_leads import mentions

pytestmark = pytest.mark.model


def test_a_name_before_its_possessive_and_day_is_a_holiday_no_person() -> None:
    text = "The ferry captain Ida Morrow retired on Valentine's Day after forty years at sea."
    found = mentions(text, ("Ida Morrow", "PERSON", 0), ("Valentine", "PERSON", 0))
    assert found == [("Ida Morrow", "PERSON")]


def test_a_persons_possessive_before_a_lower_case_day_keeps_the_person() -> None:
    text = "The ferry captain Ida Morrow spoke first. Morrow's day began at dawn on the pier."
    found = mentions(text, ("Ida Morrow", "PERSON", 0), ("Morrow", "PERSON", 1))
    assert found == [("Ida Morrow", "PERSON"), ("Morrow", "PERSON")]


def test_a_name_before_a_hyphen_and_a_prize_participle_is_no_actor() -> None:
    text = "The Grammy-nominated fiddler Ada Brisk opens the harbour festival on Friday."
    found = mentions(text, ("Grammy-nominated", "PERSON", 0), ("Ada Brisk", "PERSON", 0))
    assert found == [("Ada Brisk", "PERSON")]


def test_a_name_before_a_hyphen_and_another_word_stays() -> None:
    text = "The fiddler Ada Brisk-Holm opens the harbour festival on Friday."
    found = mentions(text, ("Ada Brisk-Holm", "PERSON", 0))
    assert found == [("Ada Brisk-Holm", "PERSON")]
