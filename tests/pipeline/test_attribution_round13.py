"""Attributions, round 13: a listener glued to the name that opens the reported clause ("told
police Ann Cole hid the key") leaves the name in the content; a short title whose period the
tokenizer split before a speaker's name after the words ("..., Kelso police Sgt. Ned Varga
testified") still gives the words to the person named. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, harbour_story

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "Dana Whitlow told police Ned Varga loaded the gun before dawn.",
            "Ned Varga loaded the gun before dawn",
        ),
        ("Ann Cole told police Tom Reyes hid the key in the boat.", "Tom Reyes hid the key"),
        ("Ann Cole told reporters Tom Reyes hid the key in the boat.", "Tom Reyes hid the key"),
    ],
)
def test_the_name_after_a_listener_opens_the_told_clause(run: Run, body: str, words: str) -> None:
    a = attribution_with(harbour_story(run, body), words)
    assert a.content[0].text.startswith(words)
    assert a.source is not None and a.source.text in body.split(" told")[0]


@pytest.mark.model
def test_a_name_after_a_noun_of_a_said_clause_stays_in_it(run: Run) -> None:
    rec = harbour_story(run, "Ann Cole said harbour police Tom Reyes hid the key in the boat.")
    a = attribution_with(rec, "hid the key")
    assert a.content[0].text.startswith("harbour police Tom Reyes")


@pytest.mark.model
@pytest.mark.parametrize("title", ["Sgt.", "Det.", "Lt."])
def test_words_before_a_split_title_are_the_named_speakers(run: Run, title: str) -> None:
    rec = harbour_story(
        run, f"The van was empty when deputies arrived, Kelso police {title} Ned Varga testified."
    )
    a = attribution_with(rec, "The van was empty")
    assert [c.text for c in a.content] == ["The van was empty when deputies arrived"]
    assert a.source is not None and "Varga" in a.source.text


@pytest.mark.model
def test_a_name_and_verb_after_a_plain_sentence_take_nothing(run: Run) -> None:
    rec = harbour_story(
        run, "The van was empty when deputies arrived at the pier. Ned Varga testified."
    )
    assert rec.attributions == ()
