"""CONCEDE by its sense, round 25, each with invented sentences: PLOVER CONCEDE (CAMEO 08) is
yielding, or releasing people or property held. Publishing is no release ("the ministry's
press release", "the release of her letters"), letting people into a country is no admission of
fault ("the refugees admitted last year", "Norway admitted 900 migrants"), and "in" before a
place is the preposition, not the particle of "give in" ("a speech she gave in Lima")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


def _concessions(found: list, trigger: str) -> list:
    return [c for c in found if c[0] == "CONCEDE" and c[1] == trigger]


@pytest.mark.model
def test_a_press_release_is_no_concession(run: Run) -> None:
    found = coded(run("The Tarvel Institute's press release came out on Monday."))
    assert not _concessions(found, "release"), found


@pytest.mark.model
def test_the_release_of_letters_is_no_concession(run: Run) -> None:
    found = coded(
        run("The ninth release of Senator Ama Oduya's letters by the Ostrava court came on Friday.")
    )
    assert not _concessions(found, "release"), found


@pytest.mark.model
def test_the_release_of_prisoners_stays_a_concession(run: Run) -> None:
    found = coded(run("Peru welcomed the release of the Chilean fishermen by Bolivia on Friday."))
    assert _concessions(found, "release"), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Norway admitted 900 Eritrean migrants last year.",
        # the one the rounds before this rule coded as a concession
        "Germany admitted some of the Afghan families from Pakistan in June.",
    ],
)
def test_people_admitted_into_a_country_are_no_concession(run: Run, text: str) -> None:
    found = coded(run(text))
    assert not _concessions(found, "admitted"), found


@pytest.mark.model
def test_people_admitted_in_the_passive_are_no_concession(run: Run) -> None:
    found = coded(run("Most of the Sudanese refugees admitted to Canada were children."))
    assert not _concessions(found, "admitted"), found


@pytest.mark.model
def test_admitting_a_fault_stays_a_concession(run: Run) -> None:
    found = coded(run("The Latvian minister admitted that his ministry misled Estonia."))
    assert _concessions(found, "admitted"), found


@pytest.mark.model
def test_a_speech_given_in_a_city_is_no_giving_in(run: Run) -> None:
    found = coded(
        run("Kenya praised a major address the Ugandan president gave in Nairobi last month.")
    )
    assert not [c for c in found if c[0] == "CONCEDE" and c[1].startswith("gave")], found


@pytest.mark.model
def test_giving_in_to_demands_stays_a_concession(run: Run) -> None:
    found = coded(run("The Togolese government gave in to the demands of the teachers' union."))
    assert _concessions(found, "gave in"), found
