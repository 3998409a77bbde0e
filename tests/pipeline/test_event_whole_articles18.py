"""Kinds of wrong events on local news pages, round 18, each with invented sentences: breaking
into a house is no coercion of anyone, a refusal to comment or to be interviewed rejects no one,
talk with news media or a visit to one's kin is no consultation, what the target of an
announced act says others would do to it is no one's threat, and a byline's name is no actor."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
def test_forcing_entry_into_a_house_is_no_coercion(run: Run) -> None:
    found = coded(run("Deputies forced entry into the cabin and determined the hiker was dead."))
    assert not [c for c in found if c[0] == "COERCE"], found


@pytest.mark.model
def test_a_declined_interview_request_rejects_no_one(run: Run) -> None:
    found = coded(run("A request to interview Mayor Lena Ortiz was declined by a city spokesman."))
    assert not [c for c in found if c[0] == "REJECT"], found


@pytest.mark.model
def test_declining_to_discuss_a_matter_rejects_no_one(run: Run) -> None:
    found = coded(
        run(
            "Marta Lindqvist, a detective with the Dunmore police, joined the Harbor Authority's"
            " safety program. Lindqvist declined to discuss particulars about the Harbor"
            " Authority or its pilots."
        )
    )
    assert not [c for c in found if c[0] == "REJECT"], found


@pytest.mark.model
def test_declining_to_discuss_a_matter_with_a_party_is_still_a_refusal(run: Run) -> None:
    found = coded(
        run("Governor Ana Ruiz declined to discuss the budget dispute with Mayor Paul Dorn.")
    )
    assert ("REJECT", "discuss", ["Ana Ruiz"], ["Paul Dorn"]) in found, found


@pytest.mark.model
def test_a_station_and_a_paper_speaking_with_a_witness_is_an_interview(run: Run) -> None:
    found = coded(
        run(
            "KZTV and The Ridgeville Gazette spoke with the victim's brother, Owen Marsh, on"
            " Sunday."
        )
    )
    assert not [c for c in found if c[0] == "CONSULT"], found


@pytest.mark.model
def test_visiting_friends_or_grandparents_is_no_consultation(run: Run) -> None:
    for text in (
        "Sheriff Mike Dorn said the boy was visiting friends in Ridgeville.",
        "Tomas Varga was visiting his grandparents in Dunmore last week.",
    ):
        found = coded(run(text))
        assert not [c for c in found if c[0] == "CONSULT"], found


@pytest.mark.model
def test_a_state_visit_is_still_a_consultation(run: Run) -> None:
    found = coded(run("Prime Minister Ana Ruiz visited President Tomas Berg in Dunmore on Monday."))
    assert ("CONSULT", "visited", ["Ana Ruiz"], ["Tomas Berg"]) in found, found


@pytest.mark.model
def test_what_a_target_says_others_would_do_to_him_is_no_threat(run: Run) -> None:
    found = coded(run('Tomas Varga refused to comply, saying deputies "would need to shoot" him.'))
    assert not [c for c in found if c[0] == "THREATEN"], found


@pytest.mark.model
def test_a_warning_of_ones_own_strike_is_still_a_threat(run: Run) -> None:
    found = coded(
        run(
            "Prime Minister Ana Ruiz warned that her army would strike the rebels if they"
            " crossed the river."
        )
    )
    assert [c for c in found if c[0] == "THREATEN"], found


@pytest.mark.model
def test_a_byline_name_is_no_victim_through_a_pronoun(run: Run) -> None:
    found = coded(
        run(
            "By Nora Pell\nKZTV-Dunmore\nA 7-year-old girl is in critical condition after her"
            " uncle shot her on Sunday, police said."
        )
    )
    assert not [c for c in found if "Nora Pell" in c[2] + c[3]], found
