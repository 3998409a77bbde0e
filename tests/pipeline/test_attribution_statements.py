"""Attributions that report no statement or the wrong speaker: a clause joined after a
quotation, a question someone decides or does not answer, a body's office or secretariat, a
pronoun after two named parties (docs/record.md, attributions). Sentences invented for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, speaker_of

pytestmark = pytest.mark.model

Run = Callable[..., Record]


def test_a_clause_joined_after_a_quotation_is_not_its_cue(run: Run) -> None:
    rec = run(
        "The harbour board met on Monday.\n\n"
        'Mayor Ines Falk said the city would pay "with reluctance," and she asked the '
        "province to share the cost of the new pier.\n"
    )
    a = attribution_with(rec, "with reluctance")
    assert a.kind == "mixed"
    assert a.content[0].text.startswith("the city would pay")
    assert speaker_of(rec, "with reluctance") == "Ines Falk"


def test_a_verb_joined_by_or_to_a_negated_verb_says_nothing(run: Run) -> None:
    rec = run(
        "Harbour police said on Friday that officers had detained a man at the pier.\n\n"
        "Police did not give his age or say whether the arrest was linked to the fire.\n\n"
        "The fire chief did not give a figure but said the damage was heavy.\n"
    )
    assert not [a for a in rec.attributions if "the arrest was linked" in a.content[0].text]
    assert attribution_with(rec, "the damage was heavy").kind == "indirect"


def test_an_open_question_decided_is_no_statement(run: Run) -> None:
    rec = run(
        "The water board will meet on Tuesday to decide where the money for the dam will "
        "come from.\n\n"
        "Judge Orla Brandt will decide in March whether the fines should rise.\n\n"
        "Judge Orla Brandt decided that the fines were lawful.\n"
    )
    assert not [a for a in rec.attributions if "money for the dam" in a.content[0].text]
    assert not [a for a in rec.attributions if "the fines should rise" in a.content[0].text]
    assert speaker_of(rec, "the fines were lawful") == "Orla Brandt"
    rec = run("Judge Orla Brandt will decide whose claim comes first.\n")
    assert not [a for a in rec.attributions if "claim comes first" in a.content[0].text]


def test_a_question_put_at_a_briefing_is_nobodys_statement(run: Run) -> None:
    rec = run(
        "The port has been shut since the storm.\n\n"
        "Asked at a news conference on Friday whether the port would reopen soon, Mayor Ines "
        "Falk said the repairs would take a month.\n"
    )
    assert not [a for a in rec.attributions if "the port would reopen" in a.content[0].text]
    assert speaker_of(rec, "the repairs would take a month") == "Ines Falk"


def test_the_office_of_a_person_speaks_for_the_person(run: Run) -> None:
    rec = run(
        "Talks on the river dam stalled again this week.\n\n"
        "The office of Prime Minister Dara Holm said on Tuesday that the talks would resume "
        "in May.\n"
    )
    assert speaker_of(rec, "the talks would resume") == "Dara Holm"


def test_the_secretariat_of_the_body_in_the_centre_speaks_for_it(run: Run) -> None:
    rec = run(
        "The Northern Fisheries Council stood firmly behind Norland on Monday.\n\n"
        "In a statement, the council's secretariat warned that any blockade of the strait "
        "would be treated as a hostile act.\n"
    )
    assert speaker_of(rec, "any blockade of the strait") == "Northern Fisheries Council"


def test_a_speaking_it_in_a_second_clause_is_the_body_of_the_first(run: Run) -> None:
    rec = run(
        "The Danish Embassy urged the authorities to free the two reporters.\n\n"
        "The Press Freedom League said the reporters had been held without charge, and it "
        "asked the appeals court to hear the case at once.\n"
    )
    assert speaker_of(rec, "to hear the case") == "Press Freedom League"


def test_he_after_a_person_named_in_passing_is_the_subject_before(run: Run) -> None:
    rec = run(
        "Lund Motors won the bus contract in May.\n\n"
        "Lund's chief executive, Tomas Brekke, studied with the mayor at the naval college. "
        "He said the bid had been fair.\n"
    )
    assert speaker_of(rec, "the bid had been fair") == "Tomas Brekke"


def test_a_subject_split_from_its_clause_by_a_parenthesis_is_reported(run: Run) -> None:
    rec = run(
        "The count went on into the night.\n\n"
        "The Electoral Board said turnout in the second round, on May 4, was 61 percent.\n"
    )
    a = attribution_with(rec, "61 percent")
    assert a.content[0].text.startswith("turnout in the second round")


def test_nouns_joined_after_a_quotation_leave_its_cue(run: Run) -> None:
    rec = run(
        "The hearing ran late.\n\n"
        '"You pushed the crews to the limit" to raise the profit and your pay, Senator Ada '
        "Moe said.\n"
    )
    assert speaker_of(rec, "You pushed the crews") == "Ada Moe"
