"""Attributions, round 11: the speaker of a speech verb set right after a quotation is the noun
phrase after the verb, whatever the parser made of it ('"...," added a local Democrat. "..."',
'"...," said retired pilot Ann Lee, asked about ...'), and an opening mark typed where a
closing one belongs ('"It is rare,\u201c said X') closes the quote (pipeline/attributions,
pipeline/quotes). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.pipeline.quotes import find_quotes
from sayso.types import Record

from .conftest import attribution_with, harbour_story

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "words", "source"),
    [
        (
            "\u201cIt is over for them,\u201d added a local Democrat. "
            "\u201cThey did what they could.\u201d",
            "over for them",
            "a local Democrat",
        ),
        (
            '"I am not going to quit the board, so forget it," said retired pilot Ben Carlow, '
            "asked about his claim.",
            "quit the board",
            "Ben Carlow",
        ),
        (
            '"A man came in and said maybe we should close the pier," said the cashier, who '
            "like many in the harbour did not want to be named.",
            "close the pier",
            "the cashier",
        ),
    ],
)
def test_the_noun_phrase_after_an_inverted_speech_verb_speaks(
    run: Run, body: str, words: str, source: str
) -> None:
    a = attribution_with(harbour_story(run, body), words)
    assert a.source is not None and source in a.source.text


@pytest.mark.model
def test_a_time_after_the_inverted_speaker_is_not_the_speaker(run: Run) -> None:
    rec = harbour_story(
        run, "\u201cI get upset when drivers are involved,\u201d said Lawrence yesterday."
    )
    a = attribution_with(rec, "get upset")
    assert a.source is not None and a.source.text == "Lawrence"


@pytest.mark.model
def test_an_inverted_verb_with_no_noun_phrase_after_it_names_no_speaker(run: Run) -> None:
    # with a noun phrase after the verb, the quotation is that phrase's ...
    named = harbour_story(
        run, '"The ferry will run all winter," said the board in a statement on Monday.'
    )
    a = attribution_with(named, "ferry will run")
    assert a.source is not None and a.source.text == "the board"
    # ... with none, the statement is no speaker, and a quotation no one is found saying is
    # left out
    rec = harbour_story(run, '"The ferry will run all winter," said in a statement on Monday.')
    assert not [a for a in rec.attributions if any("ferry will run" in c.text for c in a.content)]


def test_an_opening_mark_in_a_closing_place_closes_the_quote() -> None:
    text = "\u201cIt is rare,\u201c said Lars Nobel. \u201cIt is hard to pull off.\u201d"
    quotes = [text[q.inner_start : q.inner_end] for q in find_quotes(text)]
    assert quotes == ["It is rare,", "It is hard to pull off."]


def test_an_opening_mark_before_a_word_still_opens_a_new_quote() -> None:
    text = "\u201cThe pier is shut. \u201cNo boats today,\u201d the sign read."
    quotes = [text[q.inner_start : q.inner_end] for q in find_quotes(text)]
    assert quotes[-1] == "No boats today,"


@pytest.mark.model
def test_a_mistyped_closing_mark_keeps_the_speaker(run: Run) -> None:
    rec = harbour_story(
        run,
        "\u201cIt is rare,\u201c said Lars Nobel, a lawyer with the Harbour Legal Center. "
        "\u201cIt is a hard thing to pull off.\u201d",
    )
    a = attribution_with(rec, "It is rare")
    assert a.source is not None and "Lars Nobel" in a.source.text
