"""Commitments, threats and refusals whose content is only an infinitive ("pledged to raise
taxes", "agreed to meet in May") are acts promised or withheld, not words said; a finite clause
after the same verbs is said (pipeline/attributions, ``commitment_verbs`` in shared_words.json).
Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import contents, harbour_story

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "act"),
    [
        ("Governor Lise Marten pledged on Monday to cut ferry fares before the winter.",
         "cut ferry fares"),
        ("Mayor Ilse Kron and the dockers' union agreed to meet again in the spring.",
         "meet again in the spring"),
        ("The dockers' union threatened to close the quay if the wage offer stood.",
         "close the quay"),
        ("Harbour master Tom Reed declined to set a date for the reopening.", "set a date"),
        ("Senator Ada Brill vowed to block the port budget.", "block the port budget"),
        # a scare quote inside the infinitive names a thing, no words
        ('The two harbour boards agreed to hold a "joint watch" drill in May.',
         "drill in May"),
    ],
)  # fmt: skip
def test_an_infinitive_after_a_commitment_is_no_statement(run: Run, body: str, act: str) -> None:
    rec = harbour_story(run, body)
    assert not any(act in c for c in contents(rec))


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "said"),
    [
        ("Governor Lise Marten pledged on Monday that ferry fares would fall before the winter.",
         "ferry fares would fall"),
        ("Mayor Ilse Kron agreed that the quay had been closed too long.",
         "the quay had been closed too long"),
        ("Harbour master Tom Reed promised that the ferry would sail on time.",
         "the ferry would sail on time"),
        # words quoted inside the infinitive are the speaker's own
        ('Senator Ada Brill vowed to "starve the smugglers of every berth" by spring.',
         "starve the smugglers of every berth"),
    ],
)  # fmt: skip
def test_a_finite_clause_after_a_commitment_is_said(run: Run, body: str, said: str) -> None:
    rec = harbour_story(run, body)
    assert any(said in c for c in contents(rec))
