"""Entities, round 18 (invented sentences; NER's spans set by hand where invented sentences do
not make it give them): a name NER ran into "of the", a business named by an elliptical
possessive, an organisation NER missed that the tables name, a compass word's part of a known
place."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import named
from .test_entities_leads import mentions

pytestmark = pytest.mark.model


def test_function_words_ner_ran_into_are_cut_off_a_name() -> None:
    text = "Mr. Hale told The Associated Press of the plan on Monday."
    found = mentions(text, ("The Associated Press of the", "ORG", 0))
    assert ("Associated Press", "ORG") in found
    assert not any(t.endswith(" the") for t, _ in found)


def test_a_name_with_of_inside_stays_whole() -> None:
    text = "The Bank of Portugal raised rates on Monday."
    found = mentions(text, ("Bank of Portugal", "ORG", 0))
    assert ("Bank of Portugal", "ORG") in found


def test_an_elliptical_possessive_after_at_is_a_business() -> None:
    text = "She spoke to a crowd at Lenny Dove's that filled the street."
    found = mentions(text, ("Lenny Dove's", "PERSON", 0))
    assert ("Lenny Dove", "ORG") in found


def test_an_elliptical_possessive_in_a_list_is_a_business() -> None:
    text = "Sales fell at three bars: Kemp's, Lantern and Rudd's, the board said."
    found = mentions(text, ("Kemp's", "PERSON", 0), ("Lantern", "ORG", 0), ("Rudd's", "PERSON", 0))
    assert ("Kemp", "ORG") in found and ("Rudd", "ORG") in found


def test_a_possessive_that_owns_a_noun_stays_a_person() -> None:
    text = "The plan failed at Lenny Dove's office, and Mr. Dove left."
    found = mentions(text, ("Lenny Dove's", "PERSON", 0))
    assert ("Lenny Dove", "PERSON") in found


def test_a_friend_of_a_persons_stays_a_person() -> None:
    text = "She is a friend of Lenny Dove's, and he says so."
    found = mentions(text, ("Lenny Dove's", "PERSON", 0))
    assert ("Lenny Dove", "PERSON") in found


def test_a_known_company_ner_missed_inside_a_sentence_is_a_body() -> None:
    text = "The senator wrote on Facebook that the vote was rigged."
    found = mentions(text)
    assert ("Facebook", "ORG") in found


def test_a_known_one_word_name_in_capitals_is_a_body() -> None:
    assert ("NATO", "ORG") in mentions("The senator wrote to NATO about the vote.")


def test_a_known_one_word_name_that_is_a_named_persons_surname_is_no_body() -> None:
    text = "Ann Bloomberg spoke first, and then Bloomberg thanked the crowd."
    found = mentions(text, ("Ann Bloomberg", "PERSON", 0))
    assert ("Bloomberg", "ORG") not in found
    assert ("Ann Bloomberg", "PERSON") in found
    # without the person named in full, the same word is the body
    assert ("Bloomberg", "ORG") in mentions("Later, the vote was reported by Bloomberg first.")


def test_a_known_name_beside_a_name_word_is_no_body() -> None:
    text = "The senator met Reuters Hale at noon."
    assert ("Reuters", "ORG") not in mentions(text, ("Reuters Hale", "PERSON", 0))
    assert ("Reuters", "ORG") not in mentions(text)


def test_a_part_of_a_known_place_has_its_country(run: Callable[..., Record]) -> None:
    rec = run("Fires spread across Northern Ontario on Monday, officials said.")
    assert named(rec, "Northern Ontario").country == "CAN"


def test_a_known_name_as_a_pages_link_or_label_is_no_body() -> None:
    text = (
        "Read more.\nFollow the story on Facebook > >\nBy Ann Hale, staff writer\n"
        "Twitter: @annhale"
    )
    found = mentions(text)
    assert ("Facebook", "ORG") not in found and ("Twitter", "ORG") not in found


def test_a_known_name_before_a_quotes_colon_is_a_body() -> None:
    text = "The senator wrote on Facebook: the vote was rigged."
    assert ("Facebook", "ORG") in mentions(text)
