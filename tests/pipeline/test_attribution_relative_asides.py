"""A cue set off by commas inside a relative clause right after its pronoun ("the mill, which,
the owners said, had been idle since May") reports the relative clause, not the sentence it
hangs on (pipeline/attributions, .content). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, harbour_story

Run = Callable[..., Record]


@pytest.mark.model
def test_an_aside_inside_a_relative_clause_reports_the_clause(run: Run) -> None:
    rec = harbour_story(
        run,
        "Inspectors closed the grain silo at Pell Quay, which, port engineers said, had "
        "cracked in two places during the storm.\n",
    )
    a = attribution_with(rec, "cracked in two places")
    text = " ".join(c.text for c in a.content)
    assert "Inspectors closed" not in text
    assert text.startswith("had cracked")  # the clause after the aside, not its pronoun


@pytest.mark.model
def test_an_aside_in_a_main_clause_reports_the_sentence(run: Run) -> None:
    rec = harbour_story(
        run,
        "The grain silo at Pell Quay, port engineers said, had cracked in two places.\n",
    )
    a = attribution_with(rec, "cracked in two places")
    assert any("grain silo" in c.text for c in a.content)
