"""Kinds of wrong sides on real pages, round 21, each with invented sentences: a headline's
reduced passive told before "police say" is a passive (its subject is acted on), and a street
or town beside a person is where an act on them happens, never its target."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
def test_a_headline_passive_before_police_say_is_done_to_its_subject(run: Run) -> None:
    found = coded(
        run(
            "Senator Colm Bradigan shot near Dunmore on Vale Road; police say gunman fled\n"
            "The senator was taken to hospital, police said."
        )
    )
    shot = [c for c in found if c[1] == "shot"]
    assert shot, found
    assert all("Colm Bradigan" in c[3] and "Colm Bradigan" not in c[2] for c in shot), found


@pytest.mark.model
def test_a_headline_arrest_before_prosecutors_say_is_done_to_its_subject(run: Run) -> None:
    found = coded(
        run(
            "Governor Alma Ruiz arrested in Tarvela bribery probe; prosecutors say inquiry is"
            " widening\n"
            "Prosecutors in Tarvela said on Monday the inquiry had widened to two more officials."
        )
    )
    arrest = [c for c in found if c[0] == "COERCE"]
    assert arrest and all("Alma Ruiz" in c[3] and "Alma Ruiz" not in c[2] for c in arrest), found


@pytest.mark.model
def test_a_street_is_not_arrested_with_the_man(run: Run) -> None:
    found = coded(run("A man was arrested on Oak Street on Monday, police said."))
    assert not [c for c in found if "Oak Street" in c[3]], found


@pytest.mark.model
def test_a_headline_shooting_does_not_target_the_road(run: Run) -> None:
    found = coded(
        run(
            "Senator Colm Bradigan shot near Dunmore on Vale Road; police say gunman fled\n"
            "The senator was taken to hospital, police said."
        )
    )
    assert not [c for c in found if "Vale Road" in c[3] or "Dunmore" in c[3]], found


@pytest.mark.model
def test_a_country_beside_a_person_stays_a_target(run: Run) -> None:
    found = coded(
        run("Rebels attacked the Dutch envoy Pieter Maas and Ghana on Monday, officials said.")
    )
    assert [c for c in found if c[0] == "ASSAULT" and "Ghana" in c[3]], found
