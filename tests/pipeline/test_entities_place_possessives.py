"""A place's possessive before a name NER joined into one body (pipeline/entities): a surname of
a person the text names in full is that person, with the place its own mention; a landmark
after the possessive is no one. Every sentence here is invented; NER's spans are set by hand
where invented sentences do not make it give them."""

from __future__ import annotations

import pytest

from .test_entities_leads import mentions

pytestmark = pytest.mark.model


def test_a_places_possessive_before_a_named_persons_surname_gives_the_place_and_the_person() -> (
    None
):
    text = (
        "Mayor Colin Brandt stood beside Senator Rita Ortega on Sunday.\n\n"
        "Until last month, Chicago's Brandt had stayed out of the race."
    )
    found = mentions(
        text,
        ("Colin Brandt", "PERSON", 0),
        ("Rita Ortega", "PERSON", 0),
        ("Chicago's Brandt", "ORG", 0),
    )
    assert ("Chicago", "GPE") in found
    assert ("Brandt", "PERSON") in found
    assert not [t for t, _ in found if "'s" in t]


def test_a_places_possessive_before_a_word_no_one_is_named_by_stays_as_it_was() -> None:
    text = (
        "Mayor Colin Brandt stood beside Senator Rita Ortega on Sunday.\n\n"
        "Until last month, Chicago's Wrigley had stayed closed for repairs."
    )
    found = mentions(
        text,
        ("Colin Brandt", "PERSON", 0),
        ("Rita Ortega", "PERSON", 0),
        ("Chicago's Wrigley", "ORG", 0),
    )
    assert ("Brandt", "PERSON") not in found
    assert found[-1] == ("Chicago's Wrigley", "ORG")
