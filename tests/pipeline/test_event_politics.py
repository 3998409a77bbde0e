"""Campaign talk in political stories (pipeline/events/campaigns.py): a candidate's promise to
voters is no act of cooperation or threat, and an attack between candidates is the war metaphor
of a race, no force, and a candidate's rally no protest. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Presidential candidate Ana Vale promised on Monday to deport the foreign workers.",
        "Democratic presidential candidate Ana Vale, who has pledged to expel the foreign workers, "
        "spoke in Salem.",
        "All of the Democratic candidates oppose the new law and have pledged to close the border "
        "camps.",
        "Democratic presidential candidate Ana Vale often insults reporters and is a habitual "
        "fabulist, a demagogue who has pledged to expel every Bordurian from Ruritania.",
    ],
)  # fmt: skip
def test_a_candidates_promise_is_no_act(run: Run, text: str) -> None:
    rec = run(text)
    assert not [e for e in rec.events if e.type in ("AGREE", "THREATEN")], coded(rec)


@pytest.mark.model
def test_a_promise_made_to_someone_stays_a_promise(run: Run) -> None:
    rec = run("Presidential candidate Ana Vale promised the farmers' union to meet its leaders.")
    assert [e for e in rec.events if e.type == "AGREE" and "promised" in e.trigger.text], coded(rec)


@pytest.mark.model
def test_a_governments_pledge_stays_a_promise(run: Run) -> None:
    rec = run("The Ruritanian government pledged to send troops to Borduria.")
    assert [e for e in rec.events if e.type == "AGREE" and "pledged" in e.trigger.text], coded(rec)


@pytest.mark.model
def test_an_offensive_between_candidates_is_no_assault(run: Run) -> None:
    rec = run(
        "Presidential candidate Ana Vale launched a tax offensive against presidential candidate "
        "Tom Reddick."
    )
    assert not [e for e in rec.events if e.type == "ASSAULT"], coded(rec)


@pytest.mark.model
def test_a_candidate_shot_by_a_gunman_stays_an_assault(run: Run) -> None:
    rec = run("A gunman shot presidential candidate Ana Vale at a rally in Salem on Monday.")
    assert [e for e in rec.events if e.type == "ASSAULT"], coded(rec)


@pytest.mark.model
def test_a_candidates_rally_is_no_protest(run: Run) -> None:
    rec = run(
        "Democratic presidential candidate Ana Vale spoke in Salem on Monday. Protesters gathered "
        "outside Vale's rally in Akron on Tuesday."
    )
    assert not [e for e in rec.events if e.type == "PROTEST" and "rally" in e.trigger.text], coded(
        rec
    )


@pytest.mark.model
def test_farmers_who_rally_against_a_government_protest(run: Run) -> None:
    rec = run("Thousands of farmers rallied in Salem on Monday against the Ruritanian government.")
    assert [e for e in rec.events if e.type == "PROTEST"], coded(rec)


@pytest.mark.model
def test_a_dose_of_ones_own_medicine_is_no_aid(run: Run) -> None:
    rec = run(
        "Reddick said Vale had mocked him for months, so on Tuesday he chose to give the governor "
        "some of his own medicine."
    )
    assert not [e for e in rec.events if e.type == "AID"], coded(rec)


@pytest.mark.model
def test_one_speaker_discussing_a_matter_consults_no_one(run: Run) -> None:
    rec = run(
        "Ana Vale went on to discuss her strong opposition to the resettlement of refugees in "
        "Ruritania."
    )
    assert not [e for e in rec.events if e.type == "CONSULT"], coded(rec)


@pytest.mark.model
def test_two_countries_discussing_a_matter_consult(run: Run) -> None:
    rec = run("Ruritania and Borduria discussed trade on Monday.")
    assert [e for e in rec.events if e.type == "CONSULT"], coded(rec)


@pytest.mark.model
def test_the_chance_of_being_prosecuted_is_no_act(run: Run) -> None:
    rec = run(
        "There is little chance of Ruritanian officials being prosecuted by the Justice Ministry."
    )
    assert not [e for e in rec.events if e.type == "COERCE"], coded(rec)
