"""Kinds of wrong actors on whole articles, round 7, each with an invented sentence: one private
person of a country acted on by no one named is no event, and a faith is no actor; rejecting
"that account" is aimed at whoever else gave one, not at the rejecter's own words; "the gunman"
is the one person the story names as charged or arrested."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

pytestmark = pytest.mark.model

Run = Callable[..., Record]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ferry attacked\n\nVARNA -- A Latvian sailor was wounded on a ferry near Varna "
         "on Tuesday, police said.", "Latvian"),
        ("Road blocked\n\nMANDALAY -- Buddhist monks blocked a highway outside Mandalay on "
         "Monday to protest against the new tax, witnesses said.", "Buddhist"),
    ],
)  # fmt: skip
def test_a_people_word_beside_a_person_or_a_creed_is_no_actor(
    run: Run, text: str, word: str
) -> None:
    found = coded(run(text))
    assert not [c for c in found if word in c[2] + c[3]], found


def test_a_people_word_beside_a_group_or_a_thing_of_its_country_stands_for_it(run: Run) -> None:
    found = coded(
        run(
            "Jets\n\nTAIPEI -- Chinese jets harassed a Taiwanese patrol plane on Sunday, "
            "Taiwan said. China did not comment."
        )
    )
    assert any("China" in c[2] and "Taiwan" in c[3] for c in found), found


def test_a_people_word_beside_a_holder_of_a_state_office_stands_for_it(run: Run) -> None:
    found = coded(
        run(
            "Visit\n\nRIGA -- The Latvian minister criticized Estonia on Tuesday over the "
            "port fees."
        )
    )
    assert any("Latvian" in c[2] and "Estonia" in c[3] for c in found), found


def test_rejecting_that_account_skips_the_rejecters_own_words(run: Run) -> None:
    found = coded(
        run(
            "Prison row\n\nMARLOW -- Sarah Mitchell, a lawyer for the inmates, told reporters "
            "that guards had beaten three prisoners at the Marlow jail last week. "
            '"We have nothing to hide," said Tom Cole, the jail\'s warden. Cole rejected that '
            "account on Monday."
        )
    )
    assert ("REJECT", "rejected", ["Tom Cole"], ["Sarah Mitchell"]) in found, found


SHOOTING = (
    "When a teller, Anna Berg, tried to stop him, the gunman shot her in the chest, police said."
)


def test_the_gunman_is_the_one_person_charged(run: Run) -> None:
    found = coded(
        run(
            "Clerk charged\n\nMARLOW -- A former clerk, Peter Cole, was charged on Tuesday with "
            "murder in the shooting at a Marlow bank. " + SHOOTING
        )
    )
    assert ("ASSAULT", "shot", ["Peter Cole"], ["Anna Berg"]) in found, found


def test_the_gunman_is_no_one_of_two_arrested(run: Run) -> None:
    found = coded(
        run(
            "Two held\n\nMARLOW -- Police arrested Peter Cole and John Weber on Tuesday over the "
            "robbery at a Marlow bank. " + SHOOTING
        )
    )
    shots = [c for c in found if c[1] == "shot"]
    assert not [c for c in shots if {"Peter Cole", "John Weber"} & set(c[2])], found


def test_one_person_of_a_country_acted_on_by_someone_named_stays(run: Run) -> None:
    found = coded(
        run("Ferry\n\nVARNA -- Police arrested a Latvian sailor on a ferry near Varna on Tuesday.")
    )
    assert any(c[0] == "COERCE" and c[3] for c in found), found
