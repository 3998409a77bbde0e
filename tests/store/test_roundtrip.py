"""Hypothesis: any Record whose spans index its text comes back from the store unchanged."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sayso.store import Store
from sayso.types import (
    ATTRIBUTION_KINDS,
    DIVERGENCE_KINDS,
    ENTITY_TYPES,
    PLOVER_TYPES,
    Attribution,
    Divergence,
    Entity,
    Event,
    Flag,
    Meta,
    Record,
    Span,
    TimeExpr,
    content_hash,
)

# Any character a UTF-8 file can hold (no lone surrogates), with emoji, RTL, combining marks,
# zero-width joiners and NUL drawn often.
SPECIAL = "🚀👩‍👩‍👧é́\u200d\u200f\u202eسلام עברית 中文\x00\t\n\"'%_\\"
chars = st.one_of(st.characters(codec="utf-8"), st.sampled_from(SPECIAL))
texts = st.text(chars, max_size=200)
short = st.text(chars, max_size=20)
maybe = st.none() | short
dates = st.none() | st.sampled_from(["2024", "2024-05", "2024-05-03"])


@st.composite
def records(draw: st.DrawFn) -> Record:
    text = draw(texts)
    n = len(text)

    def span() -> Span:
        start = draw(st.integers(0, n))
        end = draw(st.integers(start, n))
        return Span.of(text, start, end)

    def spans(max_size: int = 3) -> tuple[Span, ...]:
        return tuple(span() for _ in range(draw(st.integers(0, max_size))))

    def some(n_max: int = 3) -> range:
        return range(draw(st.integers(0, n_max)))

    entities = tuple(
        Entity(
            id=draw(short),
            name=draw(short),
            type=draw(st.sampled_from(ENTITY_TYPES)),
            country=draw(st.none() | st.sampled_from(["CHN", "USA", "ISR"])),
            role=draw(maybe),
            mentions=spans(),
            sector=draw(st.none() | st.sampled_from(["GOV", "MIL", "COP"])),
        )
        for _ in some()
    )
    ids = [e.id for e in entities] + ["missing"]
    ref = st.none() | st.sampled_from(ids)
    attributions = tuple(
        Attribution(
            id=draw(short),
            kind=draw(st.sampled_from(ATTRIBUTION_KINDS)),
            source=span() if draw(st.booleans()) else None,
            speaker=draw(ref),
            cue=span() if draw(st.booleans()) else None,
            content=spans(),
            via=draw(ref),
        )
        for _ in some()
    )
    events = tuple(
        Event(
            id=draw(short),
            type=draw(st.sampled_from(PLOVER_TYPES)),
            mode=draw(maybe),
            source=tuple(draw(st.lists(st.sampled_from(ids), max_size=3))),
            target=tuple(draw(st.lists(st.sampled_from(ids), max_size=3))),
            trigger=span(),
            date=draw(dates),
            location=draw(ref),
            attribution=draw(maybe),
        )
        for _ in some()
    )
    times = tuple(TimeExpr(span(), draw(st.sampled_from(["2024", "2024-05-03"]))) for _ in some())
    divergences = tuple(
        Divergence(
            id=draw(short),
            kind=draw(st.sampled_from(DIVERGENCE_KINDS)),
            about=draw(short),
            asserted_by=tuple(draw(st.lists(short, max_size=2))),
            other=tuple(draw(st.lists(short, max_size=2))),
            evidence=spans(),
        )
        for _ in some(2)
    )
    body = tuple((s.start, s.end) for s in spans())
    meta = Meta(
        title=draw(maybe),
        published=draw(dates),
        url=draw(maybe),
        outlet=draw(maybe),
        language=draw(st.none() | st.sampled_from(["en", "ar", "he", "zh"])),
        body=body,
        flags=tuple(
            Flag(draw(st.sampled_from(["boilerplate", "caption"])), span()) for _ in some(2)
        ),
    )
    return Record(
        id=draw(short),
        text=text,
        meta=meta,
        entities=entities,
        attributions=attributions,
        events=events,
        times=times,
        divergences=divergences,
    )


@settings(max_examples=150, deadline=None)
@given(records())
def test_add_then_get_returns_an_equal_record(record: Record) -> None:
    assert all(record.text[s.start : s.end] == s.text for s in record.spans())
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "rt.db") as store:
        assert store.add(record) is True
        back = store.get(record.id)
        assert back == record
        assert back.to_dict() == record.to_dict()
        assert store.add(record) is False


@settings(max_examples=25, deadline=None)
@given(st.lists(records(), max_size=6))
def test_add_many_then_get_returns_equal_records(batch: list[Record]) -> None:
    with Store(":memory:") as store:
        store.add_many(batch, batch_size=4)
        first: dict[str, Record] = {}
        for r in batch:
            first.setdefault(r.text, r)  # a repeated text is stored once, the first time
        assert len(store) == len(first)
        for text, r in first.items():
            assert store.get(content_hash(text)) == r
