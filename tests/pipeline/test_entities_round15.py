"""Entities on political pages, round 15: a people's word is a people, not a person; a title
split by the tokenizer ("Lt." + "Gov.") is no person of its own (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import named

pytestmark = pytest.mark.model


def test_a_peoples_word_is_a_people_not_a_person(run: Callable[..., Record]) -> None:
    rec = run(
        "Mayor Tom Reyes said younger Latinos are not aware of her record. "
        "He said Latinos want jobs."
    )
    assert named(rec, "Latinos").type == "NORP"
    assert not any(e.type == "PERSON" and "Latinos" in e.name for e in rec.entities)


def test_a_lieutenant_governors_title_is_no_person(run: Callable[..., Record]) -> None:
    rec = run("Ron Blaine will face former Iowa Lt. Gov. Nora Pettigrew (D) in November.")
    assert not any(e.name.startswith("Gov") for e in rec.entities)
    assert named(rec, "Nora Pettigrew").type == "PERSON"
