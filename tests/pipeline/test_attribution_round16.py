"""Attributions, round 16: reported speech PolNeAR counts that the stage left out, found by
rules of grammar. A perfect with a subject of its own inside an adverbial clause ("after X had
said that ...") is a finite clause that reports, not a bare participle put before a noun
("Asked whether ..."). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import harbour_story, speaker_of

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "The question arose after Tom Lenz had said that the port was closing.",
            "the port was closing",
            "Tom Lenz",
        ),
        (
            "Tom Lenz attacked the mayor on Monday after Karl Brand had said on Sunday "
            "evening that the port was ''a failed project.''",
            "the port was",
            "Karl Brand",
        ),
    ],
)
def test_a_perfect_in_an_adverbial_clause_reports(
    run: Run, body: str, words: str, speaker: str
) -> None:
    rec = harbour_story(run, body)
    assert speaker_of(rec, words) == speaker


@pytest.mark.model
def test_a_bare_participle_before_the_subject_is_still_a_question_put(run: Run) -> None:
    rec = harbour_story(run, "Asked whether the port would close, Tom Lenz said it would not.")
    assert all("the port would close" not in c.text for a in rec.attributions for c in a.content)
    assert speaker_of(rec, "it would not") == "Tom Lenz"
