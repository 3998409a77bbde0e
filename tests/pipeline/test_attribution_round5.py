"""Speakers and statements that were wrong on long real articles, round 5: a definite
description of a person named in the same sentence, the body an unnamed spokesperson or a
definite noun speaks for, a role noun for a titled person, words that are no statement
(pipeline/attributions). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.pipeline.base import State
from sayso.types import Document, Entity, Meta, Record, Span

from .conftest import speaker_of

Run = Callable[..., Record]


def test_a_mention_nested_after_a_shorter_one_at_the_same_start_is_found() -> None:
    text = "the Socialist congresswoman said"
    state = State(document=Document(id="d", text=text), meta=Meta(), doc=None)  # type: ignore[arg-type]
    party = Entity("e1", "Socialist", "ORG", None, None, (Span.of(text, 4, 13),))
    person = Entity("e2", "Joana Melo", "PERSON", None, None, (Span.of(text, 4, 27),))
    state.set_entities([person, party])
    word = text.index("congresswoman")
    assert state.entity_at(word, word + len("congresswoman")) is person
    state.set_entities([party, person])
    assert state.entity_at(word, word + len("congresswoman")) is person


def story(run: Run, body: str) -> Record:
    return run("Harbour town news\n\n" + body)


@pytest.mark.model
def test_a_description_of_the_person_named_in_the_sentence_joined_to_another_source(
    run: Run,
) -> None:
    # "Socialist congresswoman" is a mention of the person, nested with the party's own
    rec = story(
        run,
        "LISBON -- The daughter of Lisbon Rep. Joana Melo was injured in a crash on the coast "
        "road, the Socialist congresswoman and police said.",
    )
    assert speaker_of(rec, "was injured in a crash") == "Joana Melo"
