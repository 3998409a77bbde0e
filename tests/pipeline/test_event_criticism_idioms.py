"""Criticism in idioms (ACCUSE, CAMEO 111): likening a named actor to a word of blame ("compared
X to a despot"), taking a swipe at X or taking X to task, and taking heat or flak from X (X
criticises the subject). A negated, modal or questioned telling, a likening to no word of blame
and heat that is only warmth code nothing. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import sides_of

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Councilwoman Hedda Voss likened Mayor Tomas Greer to a petty despot.",
         "Hedda Voss", "Tomas Greer"),
        ("At the fair, Senator Rhea Quill compared Governor Elio Franke to a coward.",
         "Rhea Quill", "Elio Franke"),
        ("Governor Elio Franke took a swipe at Senator Rhea Quill during the budget hearing.",
         "Elio Franke", "Rhea Quill"),
        ("Mayor Tomas Greer took Councilwoman Hedda Voss to task over the parking fines.",
         "Tomas Greer", "Hedda Voss"),
        ("Mayor Tomas Greer has taken heat from Governor Elio Franke over the ferry contract.",
         "Elio Franke", "Tomas Greer"),
        ("Senator Rhea Quill caught flak from Councilwoman Hedda Voss for the late filing.",
         "Hedda Voss", "Rhea Quill"),
    ],
)  # fmt: skip
def test_criticism_in_idioms(run: Run, text: str, source: str, target: str) -> None:
    rec = run(text)
    assert ([source], [target]) in sides_of(rec, "ACCUSE"), rec.events


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Councilwoman Hedda Voss would never liken Mayor Tomas Greer to a despot.",
        "Did Senator Rhea Quill compare Governor Elio Franke to a coward?",
        "Senator Rhea Quill compared Governor Elio Franke to Winston Churchill.",
        "Governor Elio Franke might take a swipe at Senator Rhea Quill in the debate.",
        "Mayor Tomas Greer did not take any heat from Governor Elio Franke.",
        "The kiln in Hedda Voss's barn takes heat from a wood stove.",
    ],
)  # fmt: skip
def test_no_criticism_without_a_critic_told(run: Run, text: str) -> None:
    assert sides_of(run(text), "ACCUSE") == []
