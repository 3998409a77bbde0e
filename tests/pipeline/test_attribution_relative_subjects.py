"""A noun the parser made a second subject of a cue verb when it is the object a relative
clause on the first subject lost ("Officers who had seen the order told ..."): the first subject
speaks, not the object (pipeline/attributions, .subjects). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, harbour_story

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "said", "speaker", "thing"),
    [
        ("Officers who had seen the order told reporters it was signed by the general.",
         "it was signed by the general", "Officers", "order"),
        ("Two envoys of the Tarvik government who have seen the plan said it gives the port to "
         "the navy.", "it gives the port to the navy", "envoys", "plan"),
    ],
)  # fmt: skip
def test_the_object_of_a_relative_clause_does_not_speak(
    run: Run, body: str, said: str, speaker: str, thing: str
) -> None:
    rec = harbour_story(run, body)
    a = attribution_with(rec, said)
    assert a is not None and a.source is not None
    assert speaker in a.source.text and thing not in a.source.text


@pytest.mark.model
def test_a_relative_clause_with_its_own_object_keeps_its_noun_as_speaker(run: Run) -> None:
    rec = harbour_story(
        run, "Diplomats who had seen the memo told the paper it was drafted in March."
    )
    a = attribution_with(rec, "it was drafted in March")
    assert a is not None and a.source is not None
    assert "Diplomats" in a.source.text and "memo" not in a.source.text
