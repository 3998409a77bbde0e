"""Speakers of attributions that were wrong in US political stories, each kind with a rule and
an invented sentence: a pronoun opening the sentence after "according to the ... Press.", a
clause before a line's colon ("He said of the council:"), a present-tense verb quoted inside
someone's report of a rival, a party word before a person's noun, a pronoun after two
possessors of its gender, a name a message is sent to before a colon, and a "they" after a plural
noun (pipeline/attributions)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, speaker_of

pytestmark = pytest.mark.model

Run = Callable[..., Record]


def story(run: Run, body: str) -> Record:
    return run("State politics roundup\n\n" + body)


def test_a_pronoun_after_a_short_name_word_and_a_period_is_no_titled_name(run: Run) -> None:
    rec = story(
        run,
        "Pell has a lead of 40 delegates, according to the Associated Press. She will campaign "
        "in Ohio on Tuesday.",
    )
    a = attribution_with(rec, "a lead of 40 delegates")
    assert a.source is not None and "She" not in a.source.text
    assert speaker_of(rec, "a lead of 40 delegates") != "Pell"


def test_a_clause_before_a_colon_is_no_line_speaker(run: Run) -> None:
    rec = story(
        run,
        '"The budget is in good shape," said Carl Briggs, head of the ward council.\n\n'
        'He said of Congress: "They need to finish the work before the recess."',
    )
    assert speaker_of(rec, "finish the work before the recess") == "Carl Briggs"


def test_a_present_tense_verb_quoted_in_a_report_of_a_rival_is_the_reporters(run: Run) -> None:
    rec = story(run, 'Governor Tom Reyes said Senator Ann Pell "says whatever she needs to say."')
    assert speaker_of(rec, "whatever she needs to say") == "Tom Reyes"


def test_a_party_before_a_persons_noun_is_not_the_speaker(run: Run) -> None:
    rec = story(
        run,
        "Senator Ann Pell and Governor Tom Reyes met on Friday. Appearing on a morning show, the "
        'GOP front-runner said Reyes "wasted the surplus" as governor.',
    )
    assert speaker_of(rec, "wasted the surplus") is None


def test_a_pronoun_after_two_possessors_of_its_gender_is_unresolved(run: Run) -> None:
    rec = story(
        run,
        "Senator Tom Reyes sat for a long radio interview on Monday. Listeners may conclude that "
        "Reyes's main aim was simply to survive Dan Cole's grilling. When he denied that he had "
        "ever backed the toll plan, he said he would study it.",
    )
    assert speaker_of(rec, "ever backed the toll plan") is None
    assert speaker_of(rec, "he would study it") is None


def test_a_name_a_message_is_sent_to_before_a_colon_is_spoken_to(run: Run) -> None:
    rec = story(
        run,
        'Senate leader Ann Pell delivered a blunt message to Tom Reyes: "It is time to stop '
        'attacking your rivals and get on message."',
    )
    assert speaker_of(rec, "stop attacking your rivals") == "Ann Pell"


def test_a_they_after_a_plural_noun_in_its_sentence_is_no_single_person(run: Run) -> None:
    rec = story(
        run,
        "Tom Reyes's campaign has sent out a stream of news releases portraying Ann Pell as a "
        "flip-flopper. Pell has also drawn fire from the hawks and doves of her party over what "
        "they describe as shifting views on trade.",
    )
    assert speaker_of(rec, "shifting views on trade") is None
