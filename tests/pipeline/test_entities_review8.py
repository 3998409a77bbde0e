"""Entities, review round 8 (invented sentences): a role noun with an indefinite article ("a
diplomat from Egypt") brings in someone new, not the one person named before with that role."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.pipeline.entities.model import words
from sayso.types import Record

pytestmark = pytest.mark.model

STORY = "The diplomat who drafted the treaty, Omar Farah, left in May. {} said the text was weak."


def _mentions(record: Record, name: str) -> list[str]:
    found = [e for e in record.entities if e.name == name]
    assert found, [e.name for e in record.entities]
    return [m.text for m in found[0].mentions]


def test_a_diplomat_brought_in_is_not_the_one_named(run: Callable[..., Record]) -> None:
    rec = run(STORY.format("A diplomat from Egypt"))
    assert sorted(_mentions(rec, "Omar Farah")) == ["Omar Farah", "diplomat"]


def test_the_diplomat_again_is_the_one_named(run: Callable[..., Record]) -> None:
    rec = run(STORY.format("The diplomat"))
    assert _mentions(rec, "Omar Farah").count("diplomat") == 2, rec.entities


@pytest.mark.parametrize(("noun", "gender"), [("woman", "f"), ("man", "m"), ("girl", "f")])
def test_a_plain_noun_of_a_person_says_a_gender(noun: str, gender: str) -> None:
    assert words()["gendered_nouns"][noun] == gender


def test_a_senators_office_keeps_the_senator(run: Callable[..., Record]) -> None:
    rec = run(
        "Senator Ann Marshal's office said the vote was delayed. Marshal said she would vote no."
    )
    assert "Marshal" in _mentions(rec, "Ann Marshal")
    # a holder's title before "'s Office" is still the office
    office = run("The Ashby County Sheriff's Office said the road was closed.")
    assert [e for e in office.entities if e.type == "ORG" and "Sheriff" in e.name], office
