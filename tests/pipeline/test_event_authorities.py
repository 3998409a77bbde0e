""" "The authorities" as the side acted on: like "the government", a plural that names one body
stands for the country the story is about; one with a people word keeps its own country
(pipeline/events). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded
from .conftest import names as _names

Run = Callable[..., Record]

STORY = "Ecuador closed two radio stations in Quito on Tuesday. "


def _targets(rec: Record, type_: str) -> list[list[str]]:
    return [_names(rec, e.target) for e in rec.events if e.type == type_]


@pytest.mark.model
def test_the_authorities_stand_for_the_country_of_the_story(run: Run) -> None:
    rec = run(STORY + "A press freedom group urged the authorities to reopen them.")
    got = _targets(rec, "REQUEST")
    assert got and all("Ecuador" in t for t in got), coded(rec)


@pytest.mark.model
def test_authorities_of_a_named_people_are_not_the_story_country(run: Run) -> None:
    # counter-case: "Peruvian authorities" name their own country, not the one of the story
    rec = run(STORY + "A press freedom group urged Peruvian authorities to protest.")
    got = _targets(rec, "REQUEST")
    assert got and all("Ecuador" not in t for t in got), coded(rec)
