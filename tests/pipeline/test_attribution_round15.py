"""Attributions, round 15: speakers an analyst can trust. A subject the parser hung on a
that-clause before its "that" ("Tom Lenz, later alleging that Karl Brand ..., said ...") is the
subject of the verb the clause hangs on, and the pronouns after it stand for that speaker, not
for the person named inside the allegation. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import harbour_story, speaker_of

Run = Callable[..., Record]

_ALLEGING = (
    "Tom Lenz, later alleging - again falsely - that Mayor Karl Brand wanted to close 40 "
    "schools, said he would cut bus routes, which he argues are \"mostly empty\" and perhaps "
    'part of a waste of money. (On Monday he said he would "firmly oppose" new taxes.)'
)


@pytest.mark.model
def test_a_subject_before_an_allegations_that_speaks_for_the_main_verb(run: Run) -> None:
    rec = harbour_story(run, _ALLEGING)
    assert speaker_of(rec, "he would cut bus routes") == "Tom Lenz"


@pytest.mark.model
def test_a_pronoun_after_an_allegation_is_the_speaker_not_the_person_accused(run: Run) -> None:
    rec = harbour_story(run, _ALLEGING)
    assert speaker_of(rec, "new taxes") == "Tom Lenz"
