"""Kinds of wrong events on whole articles, round 14, each with an invented sentence: an attack
or a coercion on land told as known ("the islands", "its positions") is on whoever holds it,
coded only where the phrase names the holder."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
def test_an_attack_on_land_told_as_known_with_no_holder_is_left_out(run: Run) -> None:
    # "the islands" refers back to the place named before, whose holder the phrase does not name
    found = coded(
        run(
            "Fishermen in Portugal have worked the islands for centuries. "
            "Bordurian gunboats fired on the islands on Monday."
        )
    )
    assert not [c for c in found if c[0] == "ASSAULT"], found


@pytest.mark.model
def test_land_told_as_known_with_no_place_named_before_stays_the_target(run: Run) -> None:
    found = coded(run("Bordurian gunboats fired on the islands on Monday."))
    assert [(c[0], c[3]) for c in found if c[1] == "fired on"] == [("ASSAULT", ["islands"])]


@pytest.mark.model
def test_the_holder_the_phrase_names_is_the_target(run: Run) -> None:
    found = coded(run("Bordurian artillery shelled Ruritania's positions on Tuesday."))
    assert [(c[0], c[3]) for c in found if c[1] == "shelled"] == [("ASSAULT", ["Ruritania"])]
    found = coded(run("Bordurian gunboats fired on the islands of Ruritania on Monday."))
    assert [(c[0], c[3]) for c in found if c[1] == "fired on"] == [("ASSAULT", ["Ruritania"])]


@pytest.mark.model
def test_land_told_as_new_stays_where_the_attack_was(run: Run) -> None:
    found = coded(run("The Bordurian air force bombed a village near the border on Monday."))
    assert [(c[0], c[3]) for c in found if c[1] == "bombed"] == [("ASSAULT", ["village"])]
