"""Precision, round 9: a speech verb whose bare object is done or made ("continued the
debate", "maintained their lead", "posted a win", "wrote the foreword") reports no words, and
a relative clause that sorts a group by what its members say ("Voters who say ...") is no
one's statement (pipeline/attributions). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import contents, harbour_story, speaker_of

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "unsaid"),
    [
        ("Mayor Ann Lee continued a bitter fight over the harbour budget.", "a bitter fight"),
        ("The Tarn rowing club posted a narrow victory over the visitors.", "narrow victory"),
        ("Rebels maintained their grip on the eastern valley.", "their grip"),
        ("Senator Piet Orr wrote the foreword for a new cookbook.", "the foreword"),
    ],
)
def test_a_bare_object_done_or_made_is_no_statement(run: Run, sentence: str, unsaid: str) -> None:
    rec = harbour_story(
        run, sentence + " Ada Lind, the council clerk, said the vote would be held in May."
    )
    assert not any(unsaid in c for c in contents(rec)), rec.attributions
    assert speaker_of(rec, "the vote would be held in May") == "Ada Lind"


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ('"We will win the harbour vote," Mayor Ann Lee continued.', "We will win", "Ann Lee"),
        ("Mayor Ann Lee maintained that the budget was sound.", "the budget was sound", "Ann Lee"),
    ],
)
def test_the_same_verbs_still_report_words(
    run: Run, sentence: str, content: str, speaker: str
) -> None:
    assert speaker_of(harbour_story(run, sentence), content) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "Voters who say the harbour matters most backed Mayor Ann Lee by a wide margin.",
        "Those who said taxes were their top worry split evenly between the candidates.",
    ],
)
def test_a_group_sorted_by_what_it_says_is_no_statement(run: Run, sentence: str) -> None:
    rec = harbour_story(run, sentence)
    assert not rec.attributions, rec.attributions


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The fishermen, who said the harbour was silting up, met Mayor Ann Lee.",
        "The plan drew the anger of fishermen who said the harbour was silting up.",
    ],
)
def test_people_told_of_in_a_relative_clause_still_speak(run: Run, sentence: str) -> None:
    rec = harbour_story(run, sentence)
    assert any("the harbour was silting up" in c for c in contents(rec)), rec.attributions
