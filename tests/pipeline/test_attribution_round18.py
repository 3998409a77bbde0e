"""Attributions, round 18: PolNeAR recall and speakers. A finite verb the parser joined to an
infinitive inside the first clause ("X ran on his plan to cut fees and accused Y of ...") is
coordinated with the finite verb of that clause, whose subject speaks. A role noun a place
qualifies ("the Ohio senator") is the person the story sets that place next to ("Ohio Sen. X",
"X, an Ohio senator,", "Sen. X of Ohio"), not another holder of the role. A definite noun that
names no role ("the developer") is the person named last before it when the story described
them with that noun in the name's own phrase. Sentences invented for these tests."""

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


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Texas Sen. Ann Pike and Ohio Sen. Tom Lenz met on Monday. The Ohio senator said "
            "the port would close.",
            "Tom Lenz",
        ),
        (
            "Sen. Ann Pike of Texas and Sen. Tom Lenz of Ohio met on Monday. The Ohio senator "
            "said the port would close.",
            "Tom Lenz",
        ),
        (
            "Tom Lenz, a Texas senator, met voters on Monday. Karl Brand, an Ohio senator, met "
            "them too. The Texas senator said the port would close.",
            "Tom Lenz",
        ),
    ],
)
def test_a_role_a_place_qualifies_is_the_person_set_next_to_that_place(
    run: Run, body: str, speaker: str
) -> None:
    rec = harbour_story(run, body)
    assert speaker_of(rec, "the port would close") == speaker


@pytest.mark.model
def test_a_place_the_story_sets_next_to_no_name_changes_nothing(run: Run) -> None:
    rec = harbour_story(
        run, "Sen. Ann Pike met voters on Monday. The Texas senator said the port would close."
    )
    assert speaker_of(rec, "the port would close") == "Ann Pike"


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Billionaire developer Karl Brand toured the port on Monday. The billionaire "
            "developer said the port would close.",
            "Karl Brand",
        ),
        (
            "Karl Brand, a developer from Marlow, toured the port on Monday. The developer said "
            "the port would close.",
            "Karl Brand",
        ),
        (
            "Karl Brand, a developer, toured the port. Actress Ann Pike came too. The developer "
            "said the port would close.",
            None,
        ),
        (
            "Karl Brand, a developer, and Tom Lenz, another developer, toured the port. The "
            "developer said the port would close.",
            None,
        ),
    ],
)
def test_a_noun_the_story_set_by_the_last_name_is_that_person(
    run: Run, body: str, speaker: str | None
) -> None:
    rec = harbour_story(run, body)
    assert speaker_of(rec, "the port would close") == speaker


@pytest.mark.model
def test_a_place_by_a_name_of_another_role_decides_nothing(run: Run) -> None:
    rec = harbour_story(
        run,
        "Ohio Gov. Tom Lenz toured the port on Monday. An Ohio state spokesman, Karl Brand, "
        "said the port would close. The Ohio spokesman said the ferry would stay.",
    )
    assert speaker_of(rec, "the port would close") == "Karl Brand"
    assert speaker_of(rec, "the ferry would stay") != "Tom Lenz"
