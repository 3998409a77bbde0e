"""Kinds of wrong events on whole articles, round 11, each with an invented sentence: a
negation inside an adverb, an act one is told to do and the aim of a protest are no acts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

pytestmark = pytest.mark.model

Run = Callable[..., Record]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            'The Marovian defense minister, Carl Ott, said he had "never once" discussed the '
            "contract with Acme Corp.",
            "discussed",
        ),
        (
            "Ruritania said on Sunday that it no longer recognized Bordurian patrols in the bay.",
            "recognized",
        ),
    ],
)
def test_a_negation_inside_an_adverb_negates(run: Run, text: str, trigger: str) -> None:
    found = coded(run(text))
    assert not [c for c in found if c[1].startswith(trigger)], found


def test_a_negation_inside_an_adverb_leaves_the_participle(run: Run) -> None:
    found = coded(
        run(
            'The Marovian defense minister, Carl Ott, said he had "never once" met the '
            "executives of Acme Corp., rejecting accusations from the Bordurian government."
        )
    )
    assert [c for c in found if c[0] == "REJECT" and c[1] == "rejecting"], found


@pytest.mark.parametrize(
    "text",
    [
        "The port authority told the Ruritanian captain to release a Bordurian tanker.",
        '"We were told to take the refugees to a port two days away," Captain Ole Berg said.',
    ],
)
def test_an_act_one_is_told_to_do_has_not_happened(run: Run, text: str) -> None:
    found = coded(run(text))
    assert not [c for c in found if c[1] in ("release", "take")], found


def test_an_order_to_leave_the_country_still_expels(run: Run) -> None:
    found = coded(run("Ruritania on Monday ordered two Bordurian diplomats to leave the country."))
    assert [c for c in found if c[0] == "SANCTION"], found


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of protesters marched through Strelsau on Monday to oppose a media bill.",
        "The Ruritanian Farmers Union blocked highways for a week to demand higher grain prices.",
    ],
)
def test_the_aim_of_a_protest_is_no_act_of_its_own(run: Run, text: str) -> None:
    found = coded(run(text))
    assert [c[0] for c in found] == ["PROTEST"], found


def test_a_reported_pledge_stays(run: Run) -> None:
    found = coded(run("Ruritania said it would provide aid to Borduria."))
    assert [c[0] for c in found] == ["AGREE"], found
