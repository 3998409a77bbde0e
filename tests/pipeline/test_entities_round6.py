"""Entities, round 6: a town's police named as a modifier, ... Every sentence here is
invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import named

pytestmark = pytest.mark.model


def test_a_towns_police_before_a_title_is_a_body(run: Callable[..., Record]) -> None:
    rec = run(
        "DETROIT - A clerk was hurt at a warehouse on Monday, Kelsoville police Sgt. Dana "
        "Morrow said, and the driver fled."
    )
    body = named(rec, "Kelsoville police")
    assert (body.type, body.country) == ("ORG", "USA")


def test_a_known_citys_police_takes_its_country(run: Callable[..., Record]) -> None:
    rec = run("Neighbors said a Chicago police officer's daughter was hurt in the crash on Friday.")
    body = named(rec, "Chicago police")
    assert (body.type, body.country) == ("ORG", "USA")


def test_a_kind_of_police_at_a_sentence_start_names_no_town(run: Callable[..., Record]) -> None:
    rec = run("Protesters marched on Sunday. Riot police fired tear gas at the crowd.")
    assert "Riot police" not in [e.name for e in rec.entities]


def test_a_part_of_a_body_takes_its_owners_country(run: Callable[..., Record]) -> None:
    rec = run(
        "MUSCAT - The U.S. Navy's 4th Squadron said on Friday that gunmen had boarded a cargo "
        "ship off the coast."
    )
    assert named(rec, "4th Squadron").country == "USA"


def test_a_building_word_alone_after_the_is_a_facility(run: Callable[..., Record]) -> None:
    rec = run(
        '"It is not fair," Ms. Hale told reporters outside the Statehouse. "It is about the '
        'law," she said.'
    )
    assert named(rec, "Statehouse").type == "FAC"
