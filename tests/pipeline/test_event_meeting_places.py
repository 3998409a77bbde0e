"""The place of a meeting is no side of it: meeting people somewhere is meeting them, while
troops attacked in a country still stand for it (pipeline/events). Sentences invented for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded, events_of
from .conftest import names as _names

Run = Callable[..., Record]


@pytest.mark.model
def test_people_met_in_a_city_are_not_the_city(run: Run) -> None:
    rec = run("The Dutch envoy Ilse Vaart met with farmers in Mombasa on Friday.")
    meetings = events_of(rec, "CONSULT")
    assert meetings, coded(rec)
    assert all("Mombasa" not in _names(rec, e.target) for e in meetings), coded(rec)


@pytest.mark.model
def test_troops_attacked_in_a_country_still_stand_for_it(run: Run) -> None:
    # counter-case: only a meeting leaves the place out; an attack on troops in a country is
    # an attack on that country
    rec = run("Militants ambushed troops in Mali near the border on Sunday.")
    attacks = events_of(rec, "ASSAULT")
    assert attacks and any("Mali" in _names(rec, e.target) for e in attacks), coded(rec)
