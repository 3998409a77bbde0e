"""The public API: what ``sayso`` exports and the record ``sayso.extract`` returns."""

from __future__ import annotations

import json
from typing import Any

import pytest

import sayso
from sayso.types import (
    Attribution,
    Divergence,
    Entity,
    Event,
    Flag,
    Meta,
    Record,
    Span,
    TimeExpr,
)

# The keys of CONTRACT.md, "Output record" (v1), level by level (the project adds "sentences"
# to the record; CONTRACT.md allows added fields).
RECORD_KEYS = {
    "id", "text", "meta", "entities", "attributions", "events", "times", "divergences",
    "sentences",
}  # fmt: skip
META_KEYS = {"title", "published", "url", "outlet", "language", "body", "flags"}
FLAG_KEYS = {"kind", "span"}
SPAN_KEYS = {"start", "end", "text"}
# (the project adds "sector", "resolved" and "confidence" to the entity and "confidence" to
# attributions and events; CONTRACT.md allows added fields)
ENTITY_KEYS = {
    "id", "name", "type", "country", "role", "sector", "mentions", "resolved", "confidence"
}  # fmt: skip
ATTRIBUTION_KEYS = {"id", "kind", "source", "speaker", "cue", "content", "via", "confidence"}
EVENT_KEYS = {
    "id",
    "type",
    "mode",
    "source",
    "target",
    "trigger",
    "date",
    "location",
    "attribution",
    "confidence",
}
TIME_KEYS = {"span", "value"}
DIVERGENCE_KEYS = {"id", "kind", "about", "asserted_by", "other", "evidence"}

TWO_SENTENCES = (
    "Finnish Prime Minister Aino Rautio said on Monday that the border talks would resume. "
    '"We are ready to listen," she told reporters in Helsinki.'
)


def assert_span(d: dict[str, Any], text: str) -> None:
    assert set(d) == SPAN_KEYS
    assert isinstance(d["start"], int) and isinstance(d["end"], int)
    assert text[d["start"] : d["end"]] == d["text"]


def assert_contract(d: dict[str, Any]) -> None:
    """``d`` has exactly the keys of CONTRACT.md at every level, with spans that hold."""
    text = d["text"]
    assert set(d) == RECORD_KEYS
    assert isinstance(d["id"], str) and isinstance(text, str)
    assert set(d["meta"]) == META_KEYS
    for rng in d["meta"]["body"]:
        assert isinstance(rng, list) and len(rng) == 2
    previous_end = 0
    for start, end in d["sentences"]:
        assert previous_end <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous_end = end
    for f in d["meta"]["flags"]:
        assert set(f) == FLAG_KEYS
        assert_span(f["span"], text)
    for e in d["entities"]:
        assert set(e) == ENTITY_KEYS
        for m in e["mentions"]:
            assert_span(m, text)
        assert len(e["resolved"]) in {0, len(e["mentions"])}
    for a in d["attributions"]:
        assert set(a) == ATTRIBUTION_KEYS
        assert a["kind"] in {"direct", "indirect", "mixed"}
        for key in ("source", "cue"):
            if a[key] is not None:
                assert_span(a[key], text)
        for c in a["content"]:
            assert_span(c, text)
    for ev in d["events"]:
        assert set(ev) == EVENT_KEYS
        assert_span(ev["trigger"], text)
    for t in d["times"]:
        assert set(t) == TIME_KEYS
        assert_span(t["span"], text)
    for dv in d["divergences"]:
        assert set(dv) == DIVERGENCE_KEYS
        for s in dv["evidence"]:
            assert_span(s, text)


def test_all_names_exist() -> None:
    assert sayso.__all__, "sayso.__all__ is empty"
    missing = [name for name in sayso.__all__ if not hasattr(sayso, name)]
    assert not missing, f"sayso.__all__ names missing from the package: {missing}"
    assert len(set(sayso.__all__)) == len(sayso.__all__)


def test_core_names_are_public() -> None:
    for name in ("extract", "Record", "Span", "Pipeline", "SaysoError"):
        assert name in sayso.__all__


def _full_record() -> Record:
    """A hand-built record with one of everything (no model needed)."""
    text = 'Ms Rautio said on Monday: "We are ready." Helsinki denies it.'

    def sp(s: str) -> Span:
        i = text.index(s)
        return Span(i, i + len(s), s)

    person = Entity("e1", "Aino Rautio", "PERSON", "FIN", "prime minister", (sp("Ms Rautio"),))
    city = Entity("e2", "Helsinki", "GPE", "FIN", None, (sp("Helsinki"),))
    attr = Attribution(
        "a1", "direct", sp("Ms Rautio"), "e1", sp("said"), (sp("We are ready."),), via="e2"
    )
    event = Event("v1", "REJECT", None, ("e2",), ("e1",), sp("denies"), "2024-03-04", "e2", "a1")
    time = TimeExpr(sp("Monday"), "2024-03-04")
    div = Divergence("d1", "contradiction", "readiness", ("e1",), ("e2",), (sp("denies it"),))
    meta = Meta(
        title="T",
        published="2024-03-05",
        url="https://example.org/a",
        outlet="Example",
        language="en",
        body=((0, len(text)),),
        flags=(Flag("caption", sp("Helsinki denies it.")),),
    )
    return Record("r1", text, meta, (person, city), (attr,), (event,), (time,), (div,))


def test_hand_built_record_matches_contract_and_round_trips() -> None:
    rec = _full_record()
    d = rec.to_dict()
    assert_contract(d)
    assert d["entities"] and d["attributions"] and d["events"] and d["times"] and d["divergences"]
    assert d["meta"]["flags"]
    back = Record.from_dict(json.loads(json.dumps(d)))
    assert back == rec
    assert back.to_dict() == d


@pytest.mark.model
def test_extract_two_sentences_round_trips() -> None:
    rec = sayso.extract(TWO_SENTENCES, id="api-1", published="2024-03-05")
    assert isinstance(rec, Record)
    assert rec.id == "api-1"
    assert rec.text == TWO_SENTENCES
    assert rec.meta.published == "2024-03-05"
    d = rec.to_dict()
    assert_contract(d)
    wire = json.loads(json.dumps(d, ensure_ascii=False))
    back = Record.from_dict(wire)
    assert back == rec
    assert back.to_dict() == d
    for span in rec.spans():
        assert rec.text[span.start : span.end] == span.text


@pytest.mark.model
def test_extract_finds_the_obvious() -> None:
    rec = sayso.extract(TWO_SENTENCES, id="api-2", published="2024-03-05")
    assert any(e.type == "PERSON" and "Rautio" in e.name for e in rec.entities)
    assert any(a.content for a in rec.attributions)
    assert any(t.value == "2024-03-04" for t in rec.times)


@pytest.mark.model
def test_extract_empty_text_gives_an_empty_record_or_an_input_error() -> None:
    try:
        rec = sayso.extract("", id="empty")
    except sayso.InputError:
        return
    d = rec.to_dict()
    assert_contract(d)
    assert d["attributions"] == [] and d["events"] == []
