"""Round 17 of the entities stage, on Docs whose named spans are set by hand (spans spaCy's NER
gives on real pages, which invented sentences do not make it give; invented sentences): a call
sign joined to its town, a decree typed a person, a capitalised common word after "a", a road's
number, a family typed a body, a relative's first name typed a place, streets where they meet
typed people, lower-case words glued after a name."""

from __future__ import annotations

import pytest

from sayso.gazetteer import Gazetteer
from sayso.pipeline.entities.kinds import retype
from sayso.pipeline.entities.mentions import name_mentions

from .conftest import with_ents

pytestmark = pytest.mark.model


def mentions(text: str, *ents: tuple[str, str, int]) -> list[tuple[str, str, str | None]]:
    """The stage's name mentions (text, label, country) of ``text`` parsed, retyped by their
    kinds, its NER's spans replaced by ``ents``: (words, label, which occurrence, from 0)."""
    doc = with_ents(text, *ents)
    gz = Gazetteer.default()
    found = retype(doc, name_mentions(doc, gz), gz)
    return [(text[m.start : m.end], m.label, m.country) for m in found]


def test_a_call_sign_joined_to_its_town_is_a_broadcaster() -> None:
    text = "The fire was reported by WKQX-Houston on Monday.\n\nCrews arrived within minutes."
    found = mentions(text, ("WKQX", "GPE", 0))
    assert found == [("WKQX", "ORG", "USA")]


def test_a_call_sign_joined_to_a_country_stays_as_typed() -> None:
    text = "The fire was reported by WKQX-Russia on Monday.\n\nCrews arrived within minutes."
    found = mentions(text, ("WKQX", "GPE", 0))
    assert found == [("WKQX", "GPE", None)]


def test_an_executive_order_typed_a_person_is_no_actor() -> None:
    text = "Critics say that President Executive Order might use an order to change the rules."
    assert mentions(text, ("Executive Order", "PERSON", 0)) == []


def test_a_person_named_like_a_law_word_alone_stays() -> None:
    text = "Karen Order said the vote was close."
    assert mentions(text, ("Karen Order", "PERSON", 0)) == [("Karen Order", "PERSON", None)]


def test_a_capitalised_common_word_after_a_is_no_place() -> None:
    text = "The campaign makes a Capital investment in the state."
    assert "Capital" not in [f[0] for f in mentions(text, ("Capital", "GPE", 0))]


def test_a_town_named_again_after_a_stays_a_place() -> None:
    text = "She was taken to a Brackton hospital. Doctors in Brackton said she was stable."
    found = mentions(text, ("Brackton", "GPE", 0), ("Brackton", "GPE", 1))
    assert [f[:2] for f in found] == [("Brackton", "GPE"), ("Brackton", "GPE")]


def test_a_town_before_a_residents_noun_stays_a_place() -> None:
    text = "A Brackton man was arrested on Monday."
    assert mentions(text, ("Brackton", "GPE", 0)) == [("Brackton", "GPE", None)]


def test_a_roads_word_before_its_number_is_a_road() -> None:
    text = "Lopez was pulled over on state Route 41 just past midnight."
    found = mentions(text, ("Lopez", "PERSON", 0), ("Route", "ORG", 0))
    assert ("Route 41", "FAC", None) in found


def test_a_family_in_apposition_to_relatives_is_no_body() -> None:
    text = "He said he is friendly with his in-laws the Pattersons but took issue with the plan."
    assert mentions(text, ("Pattersons", "ORG", 0)) == []


def test_a_team_after_the_stays_a_body() -> None:
    text = "He said the Pattersons won the game on Sunday."
    assert mentions(text, ("Pattersons", "ORG", 0)) == [("Pattersons", "ORG", None)]


def test_a_relatives_first_name_typed_a_place_is_a_person() -> None:
    text = "He said his wife, Marisol, told him from the start that he should run."
    assert mentions(text, ("Marisol", "GPE", 0)) == [("Marisol", "PERSON", None)]


def test_a_known_place_after_a_relative_stays_a_place() -> None:
    text = "He said his wife, Texas, is a place he loves."
    assert [f[:2] for f in mentions(text, ("Texas", "GPE", 0))] == [("Texas", "GPE")]


def test_names_where_streets_meet_are_streets() -> None:
    text = "Police found the area of the shooting near the corner of Ray Holt and Harrison."
    found = mentions(text, ("Ray Holt", "PERSON", 0), ("Harrison", "PERSON", 0))
    assert ("Ray Holt", "FAC", None) in found
    assert ("Harrison", "FAC", None) in found


def test_a_street_named_again_beside_and_is_a_street() -> None:
    text = "Shots rang out in the 300 block of S. Elm St. A car stopped at Oak and Elm."
    found = mentions(text, ("S. Elm St.", "FAC", 0), ("Elm", "PERSON", 1))
    assert ("Elm", "FAC", None) in found


def test_lower_case_words_glued_after_a_cafe_are_cut_off() -> None:
    text = "The mayor posed for photos at Danny's Diner with young people who were eating eggs."
    found = mentions(text, ("Danny's Diner with young people", "ORG", 0))
    assert [f[0] for f in found] == ["Danny's Diner"]


def test_a_name_with_a_lower_case_preposition_inside_stays_whole() -> None:
    text = "The Council on Tall Buildings said the tower was safe."
    found = mentions(text, ("Council on Tall Buildings", "ORG", 0))
    assert [f[0] for f in found] == ["Council on Tall Buildings"]
