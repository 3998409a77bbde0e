"""Each fact's confidence (docs/record.md, Confidence): from the evidence each stage already has,
monotone in it, in the record. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.pipeline.entities.confidence import score as entity_score
from sayso.types import Attribution, Event, Record, Span, read_confidence

from .conftest import attribution_with

pytestmark = pytest.mark.model

Run = Callable[..., Record]

STORY = (
    "Harbor ministers meet on fishing rights\n\n"
    'Foreign Minister Mira Kallas said, "We will not yield an inch of our waters."\n\n'
    "Deputy Minister Tomas Brenner spoke later. He argued that the fishing plan had failed "
    "every coastal town.\n"
)


def test_a_named_direct_quote_is_surer_than_a_pronouns_indirect_one(run: Run) -> None:
    rec = run(STORY)
    direct = attribution_with(rec, "We will not yield")
    indirect = attribution_with(rec, "the fishing plan had failed")
    assert direct.kind == "direct" and indirect.kind == "indirect"
    assert rec.entity(indirect.speaker) is not None and indirect.source is not None
    assert indirect.source.text == "He"
    assert 0.0 < indirect.confidence < direct.confidence <= 1.0
    assert direct.confidence == 1.0


def test_every_fact_has_a_two_decimal_confidence(run: Run) -> None:
    rec = run(
        STORY + "\nThe navy of Harbor seized two trawlers on Monday, the ministry said.\n"
    )
    facts = [*rec.entities, *rec.attributions, *rec.events]
    assert rec.events and rec.entities
    for f in facts:
        assert 0.0 <= f.confidence <= 1.0 and round(f.confidence, 2) == f.confidence
    d = rec.to_dict()
    assert all("confidence" in x for k in ("entities", "attributions", "events") for x in d[k])


def test_a_stance_verb_is_less_sure_than_a_speech_verb(run: Run) -> None:
    rec = run(
        "Senator Ines Volk said that the budget would pass in May.\n\n"
        # (praise for an act, "praised X for passing it", is an act: test_attribution_act_objects)
        "Senator Ines Volk praised the budget as a fair deal for the ports.\n"
    )
    said = attribution_with(rec, "the budget would pass")
    praised = [a for a in rec.attributions if a.cue is not None and a.cue.text == "praised"]
    assert praised and all(a.confidence < said.confidence for a in praised)


def test_entity_confidence_is_monotone_in_its_evidence() -> None:
    by_name = entity_score(["name", "pronoun"], "agrees", 1)
    assert by_name == 1.0
    assert entity_score(["surname"], "agrees", 1) < by_name
    assert entity_score(["pronoun"], "agrees", 0) < entity_score(["nominal"], "agrees", 0)
    assert entity_score(["name"], "disagrees", 2) < entity_score(["name"], "unknown", 2) < 1.0
    assert entity_score(["name"], "unknown", 1) < entity_score(["name"], "unknown", 2)


def test_a_record_without_confidence_still_loads() -> None:
    """A record written before facts had a confidence reads each as 1.0 (nothing said)."""
    text = "Mira Kallas said the talks failed."
    old = {
        "id": "old",
        "text": text,
        "entities": [{"id": "e1", "name": "Mira Kallas", "type": "PERSON", "country": None,
                      "role": None, "mentions": [{"start": 0, "end": 11, "text": "Mira Kallas"}]}],
        "attributions": [{"id": "a1", "kind": "indirect",
                          "source": {"start": 0, "end": 11, "text": "Mira Kallas"},
                          "speaker": "e1", "cue": {"start": 12, "end": 16, "text": "said"},
                          "content": [{"start": 17, "end": 33, "text": "the talks failed"}]}],
        "events": [{"id": "v1", "type": "REJECT", "mode": None, "source": ["e1"], "target": [],
                    "trigger": {"start": 27, "end": 33, "text": "failed"}}],
    }  # fmt: skip
    rec = Record.from_dict(old)
    assert rec.entities[0].confidence == 1.0
    assert rec.attributions[0].confidence == 1.0 and rec.events[0].confidence == 1.0
    again = Record.from_dict(rec.to_dict())
    assert again == rec


def test_read_confidence() -> None:
    assert read_confidence(None) == 1.0 and read_confidence("high") == 1.0
    assert read_confidence(True) == 1.0
    assert read_confidence(0.456) == 0.46 and read_confidence(3) == 1.0
    assert read_confidence(-1) == 0.0
    a = Attribution("a", "direct", None, None, None, (Span(0, 1, "x"),), confidence=0.5)
    assert Attribution.from_dict(a.to_dict()).confidence == 0.5
    ev = Event("v", "AID", None, (), (), Span(0, 1, "x"), confidence=0.25)
    assert Event.from_dict(ev.to_dict()).confidence == 0.25
