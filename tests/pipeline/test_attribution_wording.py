"""A written medium that gives a quotation as its words by a verb of wording ('"...," the notice
read'; ``wording_verbs`` in shared_words.json), the same verb with an object, which words
nothing, and the statement of an issuer no entity stands for (pipeline/attributions). Sentences
invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, contents, harbour_story, speaker_of

Run = Callable[..., Record]


@pytest.mark.model
def test_a_quotation_a_medium_reads_is_its_issuers(run: Run) -> None:
    rec = harbour_story(
        run,
        "The Brannock Ferry Company issued a statement on Monday about the winter timetable.\n\n"
        '"Boats will leave every forty minutes until the ice breaks," the statement read.',
    )
    a = attribution_with(rec, "Boats will leave every forty minutes")
    assert a.source is not None and a.source.text == "the statement"
    assert speaker_of(rec, "Boats will leave every forty minutes") == "Brannock Ferry Company"


@pytest.mark.model
def test_read_with_an_object_words_nothing(run: Run) -> None:
    # counter-case: a person reads a medium aloud; the verb is no cue of anything
    rec = harbour_story(
        run,
        "The harbour clerk read the ferry notice to the passengers on Monday, and the boats "
        "left on time.",
    )
    assert not any("ferry notice" in c for c in contents(rec))
    assert not rec.attributions


@pytest.mark.model
def test_a_medium_and_its_verb_parsed_as_one_noun_still_give_the_words(run: Run) -> None:
    # the parser may read "the email read" after a quotation as a compound noun
    rec = harbour_story(
        run,
        "The Ansel Orr campaign sent a fundraising email on Thursday.\n\n"
        '"Neighbor, let me be plain. I can win this seat. Mara can\'t," the email read.',
    )
    a = attribution_with(rec, "I can win this seat")
    assert a.source is not None and a.source.text.endswith("email")


# -------------------------------------------------------------------------------------------------
# "In a statement, the presidency said ... . '...,' the statement said": an issuer no entity
# stands for is the statement's speaker as described.


@pytest.mark.model
def test_a_statement_of_an_issuer_no_entity_stands_for_has_its_description(run: Run) -> None:
    rec = harbour_story(
        run,
        "The harbour board met the ferry crews on Monday.\n\n"
        "In a statement, the chancellery said the talks had gone well. "
        '"Nobody will lose a job over the new timetable," the statement said.',
    )
    a = attribution_with(rec, "Nobody will lose a job")
    assert a.source is not None and a.source.text == "the chancellery"
    assert a.speaker is None


@pytest.mark.model
def test_a_statement_of_a_named_issuer_keeps_its_own_source(run: Run) -> None:
    # counter-case: an entity stands for the issuer; the statement speaks for it as written
    rec = harbour_story(
        run,
        "In a statement, the Brannock Ferry Company said the talks had gone well. "
        '"Nobody will lose a job over the new timetable," the statement said.',
    )
    a = attribution_with(rec, "Nobody will lose a job")
    assert a.source is not None and a.source.text == "the statement"
    assert speaker_of(rec, "Nobody will lose a job") == "Brannock Ferry Company"


@pytest.mark.model
def test_a_statement_of_an_indefinite_issuer_keeps_its_own_source(run: Run) -> None:
    # counter-case: an issuer the story names only by an indefinite phrase is not described again
    rec = harbour_story(
        run,
        "A group of ferry pilots sent a letter to the harbour board on Monday. "
        '"Nobody on the night boats has been paid since March," the letter said.',
    )
    a = attribution_with(rec, "Nobody on the night boats has been paid")
    assert a.source is not None and a.source.text == "the letter"
