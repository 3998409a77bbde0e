"""An act told in a relative clause whose gap is its object ("the union, which the mayor
denounced"): the relative pronoun stands for the named actor the clause hangs on, who is acted
on (pipeline/events/arguments.py). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded, has_name

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Premier Basil Tamm, whom Councillor Wenda Orrin rebuked on Tuesday, left for Ostrand.",
         "ACCUSE"),
        ("Premier Basil Tamm, whom Councillor Wenda Orrin thanked on Tuesday, left for Ostrand.",
         "SUPPORT"),
    ],
)  # fmt: skip
def test_the_relative_object_is_the_named_actor(run: Run, text: str, type_: str) -> None:
    rec = run(text)
    found = [e for e in rec.events if e.type == type_]
    assert found, coded(rec)
    assert has_name(rec, found[0].source, "Wenda Orrin"), coded(rec)
    assert has_name(rec, found[0].target, "Basil Tamm"), coded(rec)


@pytest.mark.model
def test_a_relative_thing_names_no_one_acted_on(run: Run) -> None:
    # counter-case: a thing the clause hangs on is no actor; the speaker is not its target
    rec = run("The levy, which Councillor Wenda Orrin rebuked on Tuesday, passed in Ostrand.")
    assert not any(
        has_name(rec, e.target, "Wenda Orrin") or has_name(rec, e.target, "levy")
        for e in rec.events
    ), coded(rec)
