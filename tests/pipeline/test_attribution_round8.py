"""Precision, round 8: a decision with only an infinitive reports no words, and a
participle between a numeral and its noun is no cue (pipeline/attributions). Sentences invented
for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import contents, harbour_story, speaker_of

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("Senator Piet Orr decided to run for the seat again.", "run for the seat"),
        ("The Tarn council resolved to sell the ferry next spring.", "sell the ferry"),
        ("The Orr campaign aims to persuade wavering voters in the north.", "persuade"),
    ],
)
def test_a_will_with_an_infinitive_is_no_statement(run: Run, sentence: str, wanted: str) -> None:
    rec = harbour_story(
        run, sentence + " Ada Lind, the council clerk, said the vote would be held in May."
    )
    assert not any(wanted in c for c in contents(rec)), rec.attributions
    assert speaker_of(rec, "the vote would be held in May") == "Ada Lind"


@pytest.mark.model
def test_a_decision_with_a_finite_clause_is_still_said(run: Run) -> None:
    rec = harbour_story(
        run, "Judge Ilse Varga decided that the vote in the harbour district was void."
    )
    assert speaker_of(rec, "the vote in the harbour district was void") == "Ilse Varga"


@pytest.mark.model
def test_a_participle_between_a_numeral_and_its_noun_is_no_cue(run: Run) -> None:
    rec = harbour_story(
        run,
        "In Tarn, 40 pledged delegates and nine superdelegates were at stake, and Orr was "
        "expected to win most of them. Senator Piet Orr said he expected to win most of them.",
    )
    assert not any(a.cue is not None and a.cue.text == "pledged" for a in rec.attributions)
    assert speaker_of(rec, "he expected to win most of them") == "Piet Orr"


@pytest.mark.model
def test_confirming_a_person_approves_an_appointment(run: Run) -> None:
    rec = harbour_story(
        run,
        "The Tarn senate confirmed a judge on Tuesday, its first this year. Senator Piet Orr "
        "confirmed that two more hearings would be held in June.",
    )
    assert not any(c.startswith("a judge") for c in contents(rec)), rec.attributions
    assert speaker_of(rec, "two more hearings would be held in June") == "Piet Orr"
