"""Kinds of wrong actors on whole articles, round 8, each with an invented sentence: an "it"
that stands for a thing names no side, unless the story names who acted on that thing or who
asked what is declined."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

pytestmark = pytest.mark.model

Run = Callable[..., Record]


def test_declining_it_after_a_request_is_aimed_at_who_asked(run: Run) -> None:
    found = coded(
        run(
            "Governor Maria Okonjo asked Nordvik Bank's Peter Lindqvist to lead the new agency, "
            "and Lindqvist weighed the offer for a month but eventually turned it down."
        )
    )
    assert ("REJECT", "turned it down", ["Peter Lindqvist"], ["Maria Okonjo"]) in found, found


def test_an_it_that_stands_for_a_thing_names_no_actor(run: Run) -> None:
    found = coded(
        run(
            "The Coastal Relief Agency sent food to the port last week. The blockade of the port "
            "began in May, when gunmen seized the docks. It has since killed more than 300 people."
        )
    )
    assert [c for c in found if c[0] == "AID"], found  # the agency's act is kept
    assert not [c for c in found if c[1] == "killed"], found


def test_calling_off_ones_own_strike_names_no_other_side(run: Run) -> None:
    found = coded(
        run(
            "The Harbor Workers Union threatened a strike over pay. It called it off after the "
            "city promised new talks."
        )
    )
    assert [c for c in found if c[0] == "THREATEN"], found
    assert not [c for c in found if c[1].startswith("called")], found


def test_an_it_for_a_thing_another_approved_names_who_approved_it(run: Run) -> None:
    found = coded(
        run(
            "The Assembly approved the tax increase in June, but President Lorenzo Vidal vetoed "
            "it last month."
        )
    )
    assert ("REJECT", "vetoed", ["Lorenzo Vidal"], ["Assembly"]) in found, found


def test_a_nouns_at_phrase_is_where_it_happened_not_who_was_hit(run: Run) -> None:
    found = coded(
        run(
            "Tomas Berglund, 41, was arrested hours after the shootings at Holmfield Partners in "
            "suburban Aurora."
        )
    )
    assert not [c for c in found if "Holmfield Partners" in c[3]], found
