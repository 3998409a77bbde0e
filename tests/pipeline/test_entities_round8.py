"""Entities on whole pages, round 8: datelines glued to the story, towns before a state,
bodies of US towns named after cities abroad (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.compare.features import doc_features
from sayso.gazetteer import Gazetteer
from sayso.types import Record

from .conftest import named

pytestmark = pytest.mark.model


def test_a_state_abbreviation_with_a_space_is_the_state() -> None:
    gz = Gazetteer.default()
    assert gz.us_state("N. Y.") == gz.us_state("N.Y.") == "NY"
    assert gz.place("N. J.") == "USA"
    assert gz.us_state("J. R.") is None


def test_a_town_before_a_spaced_state_abbreviation_is_a_town(run: Callable[..., Record]) -> None:
    rec = run(
        "The driver, 41, of Corinth, N. Y., was charged on Friday, police said. "
        "A passenger from Amsterdam, N. Y., was hurt."
    )
    for name in ("Corinth", "Amsterdam"):
        assert (named(rec, name).type, named(rec, name).country) == ("GPE", "USA"), name
    assert all(e.type != "PERSON" for e in rec.entities)


def test_a_person_before_a_state_stays_a_person(run: Callable[..., Record]) -> None:
    rec = run("The bill was sponsored by Ana Whitfield, D-Minn., and passed on Friday.")
    assert named(rec, "Ana Whitfield").type == "PERSON"


def test_a_dateline_glued_to_the_first_word_is_only_the_place(
    run: Callable[..., Record],
) -> None:
    for text in (
        "DOVER-Standing before the judge, a city man denied the charges on Monday.",
        "Man denies charges\nBy Ana Roe, Staff Writer\nDOVER-Standing before the judge, a "
        "city man denied the charges on Monday.",
    ):
        rec = run(text)
        assert named(rec, "DOVER").type == "GPE"
        assert not any("Standing" in e.name for e in rec.entities)


def test_a_number_after_a_dateline_is_no_actor(run: Callable[..., Record]) -> None:
    rec = run("NEW YORK - Two officers were hurt on Sunday, police said.")
    assert not any(e.name == "Two" for e in rec.entities)
    assert named(rec, "NEW YORK").type == "GPE"


def test_the_bodies_of_a_us_namesake_town_are_american(run: Callable[..., Record]) -> None:
    rec = run(
        "A man from Bristol was arrested in Hartford, Connecticut, on Monday, and the Bristol "
        "Police Department said he was held. The Council of Bristol met later."
    )
    for name in ("Bristol", "Bristol Police Department", "Council of Bristol"):
        assert named(rec, name).country == "USA", name


def test_a_city_abroad_and_its_council_keep_their_country(run: Callable[..., Record]) -> None:
    rec = run("The Bristol City Council met in England on Monday. Bristol has many bridges.")
    assert named(rec, "Bristol City Council").country == "GBR"
    assert named(rec, "Bristol").country == "GBR"


def test_a_merchant_ship_is_a_thing_that_still_names_its_story(
    run: Callable[..., Record],
) -> None:
    rec = run("Pirates boarded MV Tarlow Star off the coast on Monday, the navy said.")
    assert named(rec, "MV Tarlow Star").type == "OTHER"
    feats = doc_features(rec)
    assert "tarlow" in feats.names
    assert "tarlow" in feats.salient
    assert "navy" not in feats.names  # a group (OTHER) without a ship's name is no name


def test_a_lake_named_as_where_people_live_is_a_town(run: Callable[..., Record]) -> None:
    rec = run(
        "Dana Olsen, 19, of Cedar Lake, died on Saturday. Two men from Pine Springs were hurt."
    )
    assert named(rec, "Cedar Lake").type == "GPE"
    assert named(rec, "Pine Springs").type == "GPE"


def test_a_lake_crossed_stays_no_town(run: Callable[..., Record]) -> None:
    rec = run("Boats crossed Cedar Lake on Sunday.")
    assert named(rec, "Cedar Lake").type != "GPE"
