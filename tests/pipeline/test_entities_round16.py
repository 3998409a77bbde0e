"""Entities, round 16: names NER typed as a kind the rest of the text says they are not
(entities/misfits.py), tested on a Doc whose named spans are set by hand as NER gives them on
real pages (invented sentences)."""

from __future__ import annotations

import pytest

from .test_entities_leads import mentions

pytestmark = pytest.mark.model


def test_a_street_typed_a_body_is_a_facility() -> None:
    text = "Officers found him in the 400 block of Elm Orchard Road on Friday."
    assert ("Elm Orchard Road", "FAC") in mentions(text, ("Elm Orchard Road", "ORG", 0))


def test_a_street_typed_a_place_is_a_facility() -> None:
    text = "It happened in the 900 block of Pony Trail in Ashby on Friday."
    found = mentions(text, ("Pony Trail", "GPE", 0), ("Ashby", "GPE", 0))
    assert ("Pony Trail", "FAC") in found


def test_a_street_that_speaks_stays_a_body() -> None:
    text = "Maple Street said it would reply to the letter."
    assert mentions(text, ("Maple Street", "ORG", 0)) == [("Maple Street", "ORG")]


def test_a_town_before_police_typed_a_person_is_a_place() -> None:
    text = "Cedar Pass police said the man fled on foot."
    found = mentions(text, ("Cedar Pass", "PERSON", 0))
    assert ("Cedar Pass", "GPE") in found
    assert ("Cedar Pass", "PERSON") not in found


def test_a_name_typed_a_place_elsewhere_is_no_person() -> None:
    text = "The man lives in Ferndale. He said Ferndale had changed since he came."
    found = mentions(text, ("Ferndale", "GPE", 0), ("Ferndale", "PERSON", 1))
    assert found.count(("Ferndale", "GPE")) == 2


def test_a_named_persons_surname_before_campaign_is_the_person() -> None:
    text = "Ann Hale spoke on Monday. The Hale campaign said it raised more money."
    found = mentions(text, ("Ann Hale", "PERSON", 0), ("Hale", "ORG", 1))
    assert found == [("Ann Hale", "PERSON"), ("Hale", "PERSON")]


def test_a_surname_glued_after_a_body_that_is_a_verbs_subject_is_the_person() -> None:
    text = (
        "Ann Hale proposed a new office. Tom Reyes would not say whether he would lead "
        "the Office of Rural Affairs Hale had announced."
    )
    found = mentions(
        text,
        ("Ann Hale", "PERSON", 0),
        ("Tom Reyes", "PERSON", 0),
        ("Office of Rural Affairs Hale", "ORG", 0),
    )
    assert ("Office of Rural Affairs", "ORG") in found
    assert found.count(("Hale", "PERSON")) == 1


def test_a_hyphened_surname_typed_a_body_is_the_person() -> None:
    text = "Officers found Tom Gomez-Ruiz at home. Gomez-Ruiz was taken to a hospital."
    found = mentions(text, ("Tom Gomez-Ruiz", "PERSON", 0), ("Gomez-Ruiz", "ORG", 1))
    assert ("Gomez-Ruiz", "PERSON") in found
    assert ("Gomez-Ruiz", "ORG") not in found


def test_an_adjective_opening_a_sentence_is_no_body() -> None:
    text = "Heating oil rose on Friday. Wholesale gasoline futures fell."
    assert mentions(text, ("Wholesale", "ORG", 0)) == []


def test_a_market_index_is_no_body() -> None:
    text = "The Dow fell 20 points on Friday."
    assert mentions(text, ("Dow", "ORG", 0)) == []
