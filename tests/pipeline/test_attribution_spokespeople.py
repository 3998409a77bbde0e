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
# named further back takes his words. No entity stands for him, so the source is the description
# the pronoun stands for (the gold's described speaker), not a bare "He".


@pytest.mark.model
def test_a_pronoun_after_an_unnamed_spokesman_is_no_one_named_before(run: Run) -> None:
    rec = harbour_story(
        run,
        "Harbour Master Oskar Lind opened the new quay on Friday.\n\n"
        "A spokesman for the port said the quay would take ferries from July. He added that "
        "the old pier would be closed for repairs.",
    )
    a = attribution_with(rec, "the old pier would be closed")
    assert a.source is not None and a.source.text == "A spokesman for the port"
    assert speaker_of(rec, "the old pier would be closed") is None


@pytest.mark.model
def test_a_quote_after_a_definite_spokeswoman_is_hers_as_described(run: Run) -> None:
    rec = harbour_story(
        run,
        "The mayor's press spokeswoman told reporters that the ferry fares would stay the same. "
        "Asked about the parking rules, the spokeswoman said nothing had changed.\n\n"
        'Asked about the night buses, she said: "We are still counting the riders."',
    )
    a = attribution_with(rec, "We are still counting the riders")
    assert a.source is not None and a.source.text == "the spokeswoman"
    assert a.speaker is None


@pytest.mark.model
def test_a_pronoun_after_a_spokesman_for_a_named_body_keeps_its_own_source(run: Run) -> None:
    # counter-case: an entity stands for the principal, so the pronoun is written as it is
    rec = harbour_story(
        run,
        "The Vessel Harbour Trust opened the new quay on Friday.\n\n"
        "A spokesman for the Vessel Harbour Trust said the quay would take ferries from July. "
        "He added that the old pier would be closed for repairs.",
    )
    a = attribution_with(rec, "the old pier would be closed")
    assert a.source is not None and a.source.text == "He"
    assert speaker_of(rec, "the old pier would be closed") == "Vessel Harbour Trust"


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
