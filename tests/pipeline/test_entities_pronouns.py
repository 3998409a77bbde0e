"""Pronoun antecedents by grammatical role (pipeline/entities/coreference.py; invented
stories): a pronoun after a reported statement prefers the speaker, the main clause's subject, to
the subject of what they reported (centering); after two people joined by "and" in one lesser
role, it is left alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

pytestmark = pytest.mark.model


def _holders_at(record: Record, text: str) -> list[str]:
    """The entities with a mention of the first word of ``text``, where it first occurs."""
    start = record.text.index(text)
    end = start + len(text.split()[0])
    return [
        e.name for e in record.entities if any((m.start, m.end) == (start, end) for m in e.mentions)
    ]


def test_a_pronoun_after_a_reported_statement_is_the_speaker(run: Callable[..., Record]) -> None:
    rec = run(
        "Harbour audit news\n\nCouncil member Arthur Brisco said that Mayor Owen Tilley had lied "
        "about the budget. He also said that the council would sue the city."
    )
    assert _holders_at(rec, "He also") == ["Arthur Brisco"]


def test_a_speaker_pronoun_after_a_claim_is_the_claimant(run: Callable[..., Record]) -> None:
    rec = run(
        "Harbour tax news\n\nCouncil member Arthur Brisco told reporters that Mayor Owen Tilley "
        "had lied about the budget. He added that the council would sue the city."
    )
    assert _holders_at(rec, "He added") == ["Arthur Brisco"]


def test_a_pronoun_after_two_objects_joined_by_and_is_left_alone(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Harbour ad news\n\nThe new harbour ad attacks Mayor Owen Tilley and Senator Raul Ibarra. "
        "The spot links his support for the toll with the port debts."
    )
    assert {"Owen Tilley", "Raul Ibarra"} <= {e.name for e in rec.entities}
    assert _holders_at(rec, "his support") == []
