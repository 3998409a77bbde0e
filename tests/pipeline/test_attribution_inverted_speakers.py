"""A speaker set after the speech verb that closes the clause it reports, which the parser may take
for the verb's object ("The fees went up, said a former aide to the mayor, Ann Lee")
(pipeline/attributions). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, contents, harbour_story, speaker_of

Run = Callable[..., Record]


@pytest.mark.model
def test_a_named_speaker_after_a_closing_said_speaks(run: Run) -> None:
    rec = harbour_story(
        run,
        "He also had a say in the choice of new cranes for the harbor, said a former "
        "spokesman for the city's transport office, Ivo Brandt.",
    )
    assert speaker_of(rec, "the choice of new cranes") == "Ivo Brandt"
    # the speaker's own phrase is no words of his
    assert not any("former spokesman" in c for c in contents(rec))


@pytest.mark.model
def test_a_listener_after_a_verb_with_its_own_subject_is_no_speaker(run: Run) -> None:
    # counter-case: the verb has a subject before it; the noun after it is spoken to
    rec = harbour_story(
        run,
        "Captain Hedda Lund ran the night ferry for years.\n\n"
        "The night ferry was full again, Lund told a reporter from the county paper.",
    )
    a = attribution_with(rec, "The night ferry was full again")
    assert a.source is not None and a.source.text == "Lund"
    assert speaker_of(rec, "The night ferry was full again") == "Hedda Lund"
