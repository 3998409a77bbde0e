"""Attributions, round 18: PolNeAR recall and speakers. A finite verb the parser joined to an
infinitive inside the first clause ("X ran on his plan to cut fees and accused Y of ...") is
coordinated with the finite verb of that clause, whose subject speaks. Sentences invented for
these tests."""

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
            "In 2019, Tom Lenz mainly ran on his plan to push the harbour recovery into high "
            "gear and accused the mayor of botching the repairs.",
            "botching the repairs",
            "Tom Lenz",
        ),
        (
            "Last year, Ann Pike largely campaigned on her power to lift the fishing trade into "
            "profit and accused the council of wrecking the harbour.",
            "wrecking the harbour",
            "Ann Pike",
        ),
    ],
)
def test_a_tensed_verb_joined_to_an_infinitive_speaks_for_the_clause_subject(
    run: Run, body: str, words: str, speaker: str
) -> None:
    rec = harbour_story(run, body)
    assert speaker_of(rec, words) == speaker
