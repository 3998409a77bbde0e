"""Criticism told in political stories and warnings that threaten no one: an "attack" noun
marked as one of words is ACCUSE (``wordy_attack_marks``), "bashed X" criticises X, a verb
joined to a relative clause shares its "who", and a warning of a danger (``danger_nouns``) is
no threat. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded, names

Run = Callable[..., Record]


@pytest.mark.model
def test_a_harsh_attack_noun_is_criticism(run: Run) -> None:
    rec = run(
        "Mira Castell's harsh attacks on the dock workers and her pledge to shut the port were "
        "about more than trade."
    )
    assert [e for e in rec.events if e.type == "ACCUSE" and "attacks" in e.trigger.text], coded(rec)
    assert not [e for e in rec.events if e.type == "ASSAULT"], coded(rec)


@pytest.mark.model
def test_a_harsh_attack_with_violence_stays_an_assault(run: Run) -> None:
    rec = run("The harsh attack on the hill village by the rebels left nine soldiers dead.")
    assert not [e for e in rec.events if e.type == "ACCUSE"], coded(rec)
    assaults = [e for e in rec.events if e.type == "ASSAULT" and e.trigger.text == "attack"]
    assert assaults, coded(rec)


@pytest.mark.model
def test_bashed_criticises(run: Run) -> None:
    rec = run("Senator Mira Castell bashed Governor Hal Ostrow over the ferry fares on Tuesday.")
    hits = [e for e in rec.events if e.type == "ACCUSE" and e.trigger.text == "bashed"]
    assert hits and "Hal Ostrow" in names(rec, hits[0].target), coded(rec)


@pytest.mark.model
def test_a_verb_joined_to_a_relative_clause_shares_its_who(run: Run) -> None:
    rec = run(
        "The ferry plan has won over Mayor Lena Doucet, who stood up and endorsed Hal Ostrow "
        "at a town hall on Friday."
    )
    hits = [e for e in rec.events if e.type == "SUPPORT" and e.trigger.text == "endorsed"]
    assert hits and "Lena Doucet" in names(rec, hits[0].source), coded(rec)
    assert "Hal Ostrow" in names(rec, hits[0].target), coded(rec)


@pytest.mark.model
def test_a_warning_of_a_danger_is_no_threat(run: Run) -> None:
    rec = run("Nurses in Calder warned of the risk of a measles outbreak in the river towns.")
    assert not [e for e in rec.events if e.type == "THREATEN"], coded(rec)


@pytest.mark.model
def test_a_warning_of_consequences_stays_a_threat(run: Run) -> None:
    rec = run("Ruritania warned of consequences if Bordurian ships entered its waters.")
    assert [e for e in rec.events if e.type == "THREATEN"], coded(rec)


@pytest.mark.model
def test_calling_someone_a_demagogue_criticises(run: Run) -> None:
    rec = run("Senator Mira Castell called Governor Hal Ostrow a demagogue on Sunday.")
    hits = [e for e in rec.events if e.type == "ACCUSE" and "called" in e.trigger.text]
    assert hits and "Hal Ostrow" in names(rec, hits[0].target), coded(rec)


@pytest.mark.model
def test_standing_with_other_leaders_of_ones_side_is_no_support(run: Run) -> None:
    rec = run("Senator Mira Castell stood with other Tory leaders and urged the Greens to agree.")
    assert not [e for e in rec.events if e.type == "SUPPORT"], coded(rec)
    assert [e for e in rec.events if e.type == "REQUEST"], coded(rec)


@pytest.mark.model
def test_standing_with_workers_stays_support(run: Run) -> None:
    rec = run("Senator Mira Castell stood with the striking ferry crews on Monday.")
    assert [e for e in rec.events if e.type == "SUPPORT"], coded(rec)


@pytest.mark.model
def test_turned_upside_down_rejects_nothing_but_turned_down_does(run: Run) -> None:
    rec = run("By spring the quiet race for mayor of Calder had been turned upside down.")
    assert not [e for e in rec.events if e.type == "REJECT"], coded(rec)
    rec = run("The Calder council turned down Governor Hal Ostrow's ferry plan on Monday.")
    assert [e for e in rec.events if e.type == "REJECT"], coded(rec)


@pytest.mark.model
def test_a_concession_speech_concedes_but_a_speech_does_not(run: Run) -> None:
    rec = run("Hal Ostrow looked tired in his short concession speech on Monday night.")
    hits = [e for e in rec.events if e.type == "CONCEDE"]
    assert hits and "Hal Ostrow" in names(rec, hits[0].source), coded(rec)
    rec = run("Hal Ostrow looked tired in his short speech in Calder on Monday night.")
    assert not rec.events, coded(rec)


@pytest.mark.model
def test_hitting_a_rival_with_ads_criticises(run: Run) -> None:
    rec = run("The Fair Ferries fund has been hitting Governor Hal Ostrow with ads in Calder.")
    hits = [e for e in rec.events if e.type == "ACCUSE"]
    assert hits and "Hal Ostrow" in names(rec, hits[0].target), coded(rec)


@pytest.mark.model
def test_hitting_voters_or_a_state_with_ads_criticises_no_one(run: Run) -> None:
    for text in (
        "The Fair Ferries fund hit Calder voters with ads last week.",
        "The Ostrow campaign is pounding Iowa with ads.",
    ):
        rec = run(text)
        assert not [e for e in rec.events if e.type == "ACCUSE"], coded(rec)


@pytest.mark.model
def test_leaked_writings_that_force_a_resignation_coerce_no_one(run: Run) -> None:
    rec = run(
        "The row began with a trove of Calder Tory Party emails that leaked in June, which "
        "forced the resignation of its treasurer, Lena Doucet."
    )
    assert not [e for e in rec.events if e.type == "COERCE"], coded(rec)


@pytest.mark.model
def test_a_body_that_forces_someone_out_still_coerces(run: Run) -> None:
    rec = run("The Calder Tory Party, which forced out its treasurer Lena Doucet, lost the vote.")
    assert [e for e in rec.events if e.type == "COERCE"], coded(rec)
