"""Entities on political pages, round 13: a listed candidate's full name typed a body, two
surnames joined by "and" read as one name, and a surname that is a country's name spoken by
its person (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import named

pytestmark = pytest.mark.model


def test_a_listed_person_s_full_name_is_a_person(run: Callable[..., Record]) -> None:
    rec = run(
        "The fact checkers gave Carly Fiorina three Pinocchios for the claim. Carly Fiorina "
        "wrote on Facebook that the rating was unfair.",
        published="2015-11-20",
    )
    person = named(rec, "Carly Fiorina")
    assert (person.type, person.country) == ("PERSON", "USA")


def test_two_surnames_joined_by_and_are_two_people(run: Callable[..., Record]) -> None:
    rec = run(
        "Marco Rubio and Ted Cruz spent the week in Iowa. By Sunday the donors had turned to "
        "Rubio and Cruz, the pollster said. Agents questioned Petraeus and Panetta on Monday. "
        "David Petraeus and Leon Panetta both gave long answers.",
        published="2016-01-20",
    )
    assert not [e.name for e in rec.entities if " and " in e.name]
    for full, surname in (
        ("Marco Rubio", "Rubio"),
        ("Ted Cruz", "Cruz"),
        ("Leon Panetta", "Panetta"),
    ):
        assert any(m.text == surname for m in named(rec, full).mentions)


def test_a_country_named_surname_that_speaks_is_the_person(run: Callable[..., Record]) -> None:
    rec = run(
        "Terry Jordan, who lives next door, heard the shots. Jordan said the boy was friendly. "
        '"It\'s sad," Jordan said. The king of Jordan said nothing.',
        published="2016-06-01",
    )
    person = named(rec, "Terry Jordan")
    assert sum(m.text == "Jordan" for m in person.mentions) == 2
    country = [e for e in rec.entities if e.name == "Jordan"]
    assert [(e.type, e.country) for e in country] == [("GPE", "JOR")]
