"""Attributions, round 21: pronoun speakers by grammatical role and by whose statement runs on,
not by nearness. A "he" after a sentence in which a person pledged, vowed or believed something
about someone else continues the one who made the statement, not the person it is about; one
joined to a report of a person's office ("X's office said ..., but he did remember ...") is that
person, not one named in passing. A speaker's first name says their gender: "he" after "Ann
Whitby said Tom Lund ..." is not Ann Whitby, and when the only person found for a "she" is a
"Tom", the speaker is left unresolved. A "they" after an adverbial clause with a plural subject
is that subject. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import harbour_story, speaker_of

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize("verb", ["pledged", "vowed"])
def test_a_pronoun_continues_whose_pledge_runs_on(run: Run, verb: str) -> None:
    rec = harbour_story(
        run,
        "Mayor Tom Reyes spoke at a hall in the town on Monday. During the meeting, Reyes "
        f"{verb} that Victor Crane would back the new port. He also spoke about the sea wall, "
        'saying it will be "as tall as it needs to be."',
    )
    assert speaker_of(rec, "as tall as it needs to be") == "Tom Reyes"


@pytest.mark.model
def test_a_first_name_of_the_other_gender_is_not_the_pronoun_speaker(run: Run) -> None:
    rec = harbour_story(
        run,
        "Harbour officer Ann Whitby said Tom Lund had been hit in the arm during the march. "
        "He said he would return to the docks next week.",
    )
    assert speaker_of(rec, "he would return to the docks") == "Tom Lund"


@pytest.mark.model
def test_a_pronoun_of_the_other_gender_leaves_the_speaker_unresolved(run: Run) -> None:
    rec = harbour_story(
        run,
        "Tom Lund, the harbour master, set out the plan for the docks on Monday. Asked about "
        'the delay at the hearing, Lund said, "I take the blame." She followed that by saying '
        "the port would open in May.",
    )
    assert speaker_of(rec, "the port would open in May") is None


@pytest.mark.model
def test_they_is_the_plural_subject_of_the_clause_before_it(run: Run) -> None:
    rec = harbour_story(
        run,
        "While dock unions like the Harbour Workers Union and the Pilots Guild praised the "
        "mayor's plan to reopen the quay, they said it did not go far enough on wages.",
    )
    assert speaker_of(rec, "did not go far enough on wages") == "unions"


@pytest.mark.model
def test_they_after_a_clause_of_unnamed_people_is_not_the_body_before(run: Run) -> None:
    rec = harbour_story(
        run,
        "Dock unions met the mayor on Monday. Although the owners praised the plan, they said "
        "it did not go far enough on wages.",
    )
    assert speaker_of(rec, "did not go far enough on wages") is None


@pytest.mark.model
def test_a_pronoun_joined_to_an_office_report_is_the_office_principal(run: Run) -> None:
    rec = harbour_story(
        run,
        "Victor Crane's memoir about the port came out in May. Mayor Tom Reyes's office, when "
        "asked by the Harbour Gazette, said the former harbour master could not recall the "
        "dinner described in Crane's memoir, but he did remember telling Crane about the port "
        "deal.",
    )
    assert speaker_of(rec, "telling Crane about the port deal") == "Tom Reyes"


def _remarks_story(said_before: str) -> str:
    return (
        "Mayor Tom Reyes spoke to a radio station on Saturday about the harbour board and its "
        'chair, Ann Crane.\n\n"She has failed the port," Reyes said.\n\n'
        f"{said_before}\n\n"
        'Listen to the full interview at <a href="http://radio.example.org">radio.example.org'
        "</a>.\n\nReyes’s remarks on Crane’s health echo a speech Reyes gave at a harbour rally "
        "on May 4 in Dover.\n\n“Crane opens a meeting, then she leaves. She opens a meeting. "
        "She sits down. … Believe me. She leaves early and nobody hears from her for a week. "
        "And the reason? She rests at home,” he said then."
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("said_before", "speaker"),
    [
        ("Reyes said he holds Crane responsible for the closure of the north quay.", "Tom Reyes"),
        ("Crane said she would answer the mayor in court next month.", None),
    ],
)
def test_a_pronoun_after_a_quote_is_the_person_the_run_is_about(
    run: Run, said_before: str, speaker: str | None
) -> None:
    rec = harbour_story(run, _remarks_story(said_before))
    assert speaker_of(rec, "She rests at home") == speaker
