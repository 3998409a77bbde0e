"""The source phrase as written, neither clipped nor run on (pipeline/attributions,
.speakers): a hyphened word before a name ("Leeds-based"), and a noun the parser hung as an
apposition with no mark before it ("Hundreds of Welsh dairymen"), are part of the phrase; an
apposition after a comma is not. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from sayso.pipeline.attributions.context import glued
from sayso.types import Record

from .conftest import attribution_with, harbour_story

Run = Callable[..., Record]


def _source(rec: Record, content_part: str) -> str | None:
    a = attribution_with(rec, content_part)
    return a.source.text if a.source is not None else None


@pytest.mark.model
def test_a_hyphened_word_before_the_name_stays_in_the_source(run: Run) -> None:
    rec = harbour_story(
        run,
        '"The toll breaks the charter," said Leeds-based surveyor Ingrid Sowe, who mapped '
        "the old docks.\n",
    )
    assert _source(rec, "The toll breaks the charter") == "Leeds-based surveyor Ingrid Sowe"


def _parsed(words: list[str], spaces: list[bool], heads: list[int], deps: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps)


def test_a_noun_the_parser_made_an_apposition_with_no_mark_before_it_is_glued() -> None:
    # "Hundreds of Welsh dairymen said ..." with "dairymen" read as an apposition of "Hundreds"
    doc = _parsed(
        ["Hundreds", "of", "Welsh", "dairymen", "said", "so"],
        [True, True, True, True, True, False],
        [4, 0, 1, 0, 4, 4],
        ["nsubj", "prep", "pobj", "appos", "ROOT", "dobj"],
    )
    tokens = list(doc)
    assert glued(tokens, tokens[3])
    # "Ingrid Sowe, a surveyor, said so": an apposition after a comma is an aside
    doc = _parsed(
        ["Ingrid", "Sowe", ",", "a", "surveyor", ",", "said", "so"],
        [True, False, True, True, False, True, True, False],
        [1, 6, 1, 4, 1, 1, 6, 6],
        ["compound", "nsubj", "punct", "det", "appos", "punct", "ROOT", "dobj"],
    )
    tokens = list(doc)
    assert not glued(tokens, tokens[4])
    assert not glued(tokens, tokens[2])


@pytest.mark.model
def test_an_apposition_after_a_comma_stays_out_of_the_source(run: Run) -> None:
    rec = harbour_story(
        run, "Ingrid Sowe, a surveyor from Leeds, said the toll broke the charter.\n"
    )
    assert _source(rec, "the toll broke the charter") == "Ingrid Sowe"
