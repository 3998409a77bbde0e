"""Unnamed sides, round 24, each with invented sentences: the gold's guideline codes an act by
an unnamed side as ``*`` (a crowd, a gang): a protest by a crowd told only by its size is kept
when it is aimed at someone named, a gang named by its deed ("bandits", "kidnappers") acts, and
a crowd with no one named on either side is no event (precision first)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
def test_a_crowd_told_by_its_size_protests_against_someone_named(run: Run) -> None:
    found = coded(run("Hundreds demonstrated against Vantor Mining in Tarkesh on Friday."))
    protests = [c for c in found if c[0] == "PROTEST" and c[1] == "demonstrated"]
    assert protests and protests[0][2] == [] and "Vantor Mining" in protests[0][3], found


@pytest.mark.model
def test_a_crowd_told_by_its_size_marches_on_a_named_body(run: Run) -> None:
    found = coded(run("Tens of thousands marched on the Moldovan parliament on Sunday."))
    protests = [c for c in found if c[0] == "PROTEST" and c[1] == "marched"]
    assert protests and protests[0][2] == [], found
    assert any("parliament" in n for n in protests[0][3]), found


@pytest.mark.model
def test_a_crowd_with_no_one_named_on_either_side_is_no_event(run: Run) -> None:
    found = coded(run("Thousands protested on Monday, and dozens marched again on Tuesday."))
    assert not [c for c in found if c[0] == "PROTEST"], found


@pytest.mark.model
def test_a_gang_named_by_its_deed_is_the_side_that_acts(run: Run) -> None:
    found = coded(run("Bandits abducted two Turkish engineers near Maradi on Sunday."))
    abducted = [c for c in found if c[1] == "abducted"]
    assert abducted and abducted[0][0] == "ASSAULT", found
    assert any(n.lower() == "bandits" for n in abducted[0][2]), found


@pytest.mark.model
def test_assailants_act(run: Run) -> None:
    found = coded(run("The assailants attacked the Nigerien army post at Tillia on Tuesday."))
    sources = {c[1]: [n.lower() for n in c[2]] for c in found if c[0] == "ASSAULT"}
    assert sources.get("attacked") == ["assailants"], found


@pytest.mark.model
def test_pensioners_rallying_protest(run: Run) -> None:
    found = coded(
        run("Riot police fired tear gas at pensioners rallying outside the Chilean Congress.")
    )
    rallying = [c for c in found if c[0] == "PROTEST" and c[1] == "rallying"]
    assert rallying and [n.lower() for n in rallying[0][2]] == ["pensioners"], found


@pytest.mark.model
def test_a_measure_threatened_on_a_country_targets_the_country(run: Run) -> None:
    found = coded(run("The Brazilian president threatened tariffs on Paraguay on Tuesday."))
    threats = [c for c in found if c[0] == "THREATEN"]
    assert threats and threats[0][3] == ["Paraguay"], found


@pytest.mark.model
def test_sanctions_only_threatened_are_no_coercion_by_an_unnamed_side(run: Run) -> None:
    found = coded(run("Vietnam threatened sanctions against Laos on Monday."))
    assert [c for c in found if c[0] == "THREATEN"], found
    assert not [c for c in found if c[0] == "COERCE"], found


@pytest.mark.model
def test_criticism_offered_is_given_not_weighed(run: Run) -> None:
    found = coded(run("The Czech delegation offered sharp criticism of the Slovak cabinet."))
    assert [c for c in found if c[0] == "ACCUSE"], found
