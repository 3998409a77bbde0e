"""The rules of entities/leads.py, tested on a Doc whose named spans are set by hand: each span
is one spaCy's NER gives on real pages, which invented sentences do not make it give (round 15's
rules; invented sentences)."""

from __future__ import annotations

import pytest

from sayso.gazetteer import Gazetteer
from sayso.pipeline.entities.mentions import name_mentions

from .conftest import with_ents

pytestmark = pytest.mark.model


def mentions(text: str, *ents: tuple[str, str, int]) -> list[tuple[str, str]]:
    """The stage's name mentions (text, label) of ``text`` parsed, its NER's spans replaced by
    ``ents``: (words, label, which occurrence of the words, from 0)."""
    doc = with_ents(text, *ents)
    return [(text[m.start : m.end], m.label) for m in name_mentions(doc, Gazetteer.default())]


def test_a_party_members_word_inside_a_body_before_a_name_is_dropped() -> None:
    text = "Ranking Democrat Ann B. Hale said the bill fails."
    found = mentions(text, ("Ranking Democrat Ann B. Hale", "ORG", 0))
    assert found == [("Ann B. Hale", "PERSON")]


def test_a_body_ending_in_a_party_members_word_gives_the_name_after_it() -> None:
    text = "Ranking Democrat Ann B. Hale said the bill fails."
    found = mentions(text, ("Ranking Democrat", "ORG", 0))
    assert found == [("Ann B. Hale", "PERSON")]


def test_a_known_outlet_glued_to_a_persons_name_is_two_mentions() -> None:
    text = "The Guardian Dale Harmon wrote that the vote failed."
    found = mentions(text, ("Guardian Dale Harmon", "ORG", 0))
    assert found == [("Guardian", "ORG"), ("Dale Harmon", "PERSON")]


def test_a_known_outlet_cut_short_gives_the_persons_name_after_it() -> None:
    text = "A reporter at Reuters Dale Harmon wrote that the vote failed."
    found = mentions(text, ("Reuters", "ORG", 0))
    assert ("Dale Harmon", "PERSON") in found


def test_an_adverb_before_a_named_persons_surname_is_cut_off() -> None:
    text = "Ann Hale won the race. Then Hale thanked her staff."
    found = mentions(text, ("Ann Hale", "PERSON", 0), ("Then Hale", "PERSON", 0))
    assert found == [("Ann Hale", "PERSON"), ("Hale", "PERSON")]


def test_an_awards_year_before_a_named_person_is_cut_off() -> None:
    text = "Ann Hale won the prize. The Teacher of the Year Ann Hale went home."
    found = mentions(text, ("Ann Hale", "PERSON", 0), ("Year Ann Hale", "PERSON", 0))
    assert found == [("Ann Hale", "PERSON"), ("Ann Hale", "PERSON")]


def test_a_slogans_verb_before_a_named_persons_surname_is_cut_off() -> None:
    text = "Ann Hale won the race. Voters in the Stop Hale movement marched."
    found = mentions(text, ("Ann Hale", "PERSON", 0), ("Stop Hale", "ORG", 0))
    assert ("Hale", "PERSON") in found
    assert not any("Stop" in words for words, _ in found)


def test_two_named_peoples_surnames_joined_by_a_hyphen_are_no_person() -> None:
    text = "Ann Hale and Tom Quimby signed the Hale-Quimby bill."
    found = mentions(
        text, ("Ann Hale", "PERSON", 0), ("Tom Quimby", "PERSON", 0), ("Hale-Quimby", "PERSON", 0)
    )
    assert found == [("Ann Hale", "PERSON"), ("Tom Quimby", "PERSON")]


def test_a_division_word_alone_is_no_place() -> None:
    text = "Deputies in Ashby County said the road was closed."
    found = mentions(text, ("Ashby", "GPE", 0), ("County", "GPE", 0))
    assert ("County", "GPE") not in found
    assert ("Ashby", "GPE") in found


def test_a_named_persons_bare_surname_typed_a_place_is_the_person() -> None:
    text = "Ann Quimby spoke on Monday. Quimby said the plan works."
    found = mentions(text, ("Ann Quimby", "PERSON", 0), ("Quimby", "GPE", 1))
    assert found == [("Ann Quimby", "PERSON"), ("Quimby", "PERSON")]


def test_a_bare_word_after_the_is_left_a_body() -> None:
    text = "Ann Carlton spoke on Monday. The Carlton raised its rates."
    found = mentions(text, ("Ann Carlton", "PERSON", 0), ("Carlton", "ORG", 1))
    assert found == [("Ann Carlton", "PERSON"), ("Carlton", "ORG")]
