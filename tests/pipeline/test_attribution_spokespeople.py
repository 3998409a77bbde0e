"""A speaking pronoun after an unnamed spokesperson, and a role noun two people of the story may
hold (pipeline/attributions). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, harbour_story, speaker_of

Run = Callable[..., Record]


# -------------------------------------------------------------------------------------------------
# "A spokesman for the board said ... . He added ...": the spokesman goes on speaking; no person
# named further back takes his words.


@pytest.mark.model
def test_a_pronoun_after_an_unnamed_spokesman_is_no_one_named_before(run: Run) -> None:
    rec = harbour_story(
        run,
        "Harbour Master Oskar Lind opened the new quay on Friday.\n\n"
        "A spokesman for the port said the quay would take ferries from July. He added that "
        "the old pier would be closed for repairs.",
    )
    a = attribution_with(rec, "the old pier would be closed")
    assert a.source is not None and a.source.text == "He"
    assert speaker_of(rec, "the old pier would be closed") is None


@pytest.mark.model
def test_a_pronoun_after_a_spokeswoman_the_story_named_stays_hers(run: Run) -> None:
    # counter-case: the story named a spokeswoman before, so the one it found may be right
    rec = harbour_story(
        run,
        "Spokeswoman Greta Holm answered questions about the quay on Friday.\n\n"
        "A spokeswoman said the quay would take ferries from July. She added that the old "
        "pier would be closed for repairs.",
    )
    assert speaker_of(rec, "the old pier would be closed") == "Greta Holm"


@pytest.mark.model
def test_a_pronoun_after_a_spokesman_for_a_named_person_is_that_person(run: Run) -> None:
    # counter-case: the spokesman speaks for a person the story named
    rec = harbour_story(
        run,
        "Harbour Master Oskar Lind opened the new quay on Friday.\n\n"
        "A spokesman for Lind said the quay would take ferries from July. He added that the "
        "old pier would be closed for repairs.",
    )
    assert speaker_of(rec, "the old pier would be closed") == "Oskar Lind"


# -------------------------------------------------------------------------------------------------
# "the former mayor said" after one person titled "Former Mayor" and another described as "a
# former mayor": either may be meant, so neither is the speaker.


@pytest.mark.model
def test_a_role_noun_two_people_hold_names_neither(run: Run) -> None:
    rec = harbour_story(
        run,
        "Former Mayor Ingrid Sola backed the ferry levy. Tomas Berg, a former mayor of the "
        "town, opposed it.\n\n"
        "The levy will hurt fishermen, the former mayor said on Sunday.",
    )
    assert speaker_of(rec, "The levy will hurt fishermen") is None


@pytest.mark.model
def test_a_role_noun_one_person_holds_names_that_person(run: Run) -> None:
    # counter-case: only one person of the story holds the role
    rec = harbour_story(
        run,
        "Former Mayor Ingrid Sola backed the ferry levy. Tomas Berg, a local fisherman, "
        "opposed it.\n\n"
        "The levy will help the harbour, the former mayor said on Sunday.",
    )
    assert speaker_of(rec, "The levy will help the harbour") == "Ingrid Sola"
