"""A person-typed name that is all of a quotation is a work's title, no person
(pipeline/entities); a quotation that opens a quote, or answers after a colon or a verb, keeps
the person. Every sentence here is invented; NER's spans are set by hand where invented
sentences do not make it give them."""

from __future__ import annotations

import pytest

from .test_entities_leads import mentions

pytestmark = pytest.mark.model


def test_a_person_typed_name_that_is_all_a_quotation_is_a_title() -> None:
    text = "Ada Brisk stars in the ferry drama \u201cHarbour Light,\u201d which returns in May."
    found = mentions(text, ("Ada Brisk", "PERSON", 0), ("Harbour Light", "PERSON", 0))
    assert found == [("Ada Brisk", "PERSON")]


def test_a_name_opening_a_quote_is_still_the_person() -> None:
    text = "\u201cHale is wrong,\u201d said Ada Brisk on Monday."
    found = mentions(text, ("Hale", "PERSON", 0), ("Ada Brisk", "PERSON", 0))
    assert found == [("Hale", "PERSON"), ("Ada Brisk", "PERSON")]


def test_a_one_word_answer_after_a_colon_is_still_the_person() -> None:
    text = "Asked who would win, Ada Brisk said: \u201cHale.\u201d"
    found = mentions(text, ("Hale", "PERSON", 0), ("Ada Brisk", "PERSON", 0))
    assert found == [("Ada Brisk", "PERSON"), ("Hale", "PERSON")]


def test_a_quoted_nickname_before_a_surname_is_still_a_name() -> None:
    text = 'Rep. Walter "Buzz" Henley opened his farm to guests on Saturday.'
    found = mentions(text, ("Walter", "PERSON", 0), ("Buzz", "PERSON", 0), ("Henley", "PERSON", 0))
    assert found == [('Walter "Buzz" Henley', "PERSON")]


def test_a_quoted_name_of_a_person_named_in_full_is_still_the_person() -> None:
    text = (
        "Ada Brisk thanked the crowd. Then the choir sang a hymn and added the words, "
        "\u201cBrisk.\u201d"
    )
    found = mentions(text, ("Ada Brisk", "PERSON", 0), ("Brisk", "PERSON", 1))
    assert [p for p in found if p[1] == "PERSON"] == [("Ada Brisk", "PERSON"), ("Brisk", "PERSON")]
