"""Speakers and quote runs that were wrong on whole articles, round 4: a quote run after a stop
the parser read as an initial's, a body's own name in apposition to "the company", the author
of "the statement" named the sentence before (pipeline/attributions). Sentences invented for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, speaker_of

pytestmark = pytest.mark.model

Run = Callable[..., Record]


def story(run: Run, body: str) -> Record:
    return run("Harbour town news\n\n" + body)


def test_a_quote_run_goes_on_after_a_post_on_x(run: Run) -> None:
    rec = story(
        run,
        "Senator Ann Holt criticized the port agency on Monday.\n\n"
        'Ms. Holt dismissed that answer. "If there is a problem with the review, tell us '
        'what it is," she wrote on X. "Silence is not an answer."',
    )
    assert speaker_of(rec, "tell us what it is") == "Ann Holt"
    assert speaker_of(rec, "Silence is not an answer") == "Ann Holt"
    # the first quotation is its own part of the run, not a content with no cue
    assert attribution_with(rec, "tell us what it is").kind == "direct"


def test_the_company_named_in_apposition_speaks_as_its_name(run: Run) -> None:
    rec = story(
        run,
        "The harbour board gave the dredging contract to a company owned by a donor of the "
        "mayor, records show.\n\n"
        "The company, Gray Tide Marine, said in a statement that it had won the contract "
        "fairly.",
    )
    assert speaker_of(rec, "won the contract fairly") == "Gray Tide Marine"


def test_the_statement_speaks_as_the_person_who_issued_it(run: Run) -> None:
    rec = story(
        run,
        "A spokesman for the fishermen, Omar Haddou, said in a statement that the group had "
        'been told of the plan but not consulted. "We hope the board will listen this time," '
        "the statement said.",
    )
    assert speaker_of(rec, "the board will listen") == "Omar Haddou"


def test_a_joined_report_by_another_speaker_is_not_the_first_speakers_words(run: Run) -> None:
    rec = story(
        run,
        "Estonia welcomed the move. President Ivo Castel's office said Tallinn was ready to "
        "work with Washington on border security, and a senior Estonian official told "
        'reporters in Tartu that the withdrawal was "long overdue."',
    )
    first = attribution_with(rec, "ready to work with Washington")
    assert not any("withdrawal" in c.text for c in first.content)
    assert attribution_with(rec, "long overdue").speaker != first.speaker


def test_a_second_that_clause_after_and_stays_reported(run: Run) -> None:
    rec = story(
        run,
        "Minister Ada Park said that prices had risen and that the central bank reported a "
        "loss for the year.",
    )
    a = attribution_with(rec, "prices had risen")
    assert any("reported a loss" in c.text for c in a.content)
