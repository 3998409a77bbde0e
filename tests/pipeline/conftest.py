from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from sayso.nlp import load
from sayso.pipeline import Pipeline
from sayso.types import Document, Entity, Event, Record


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture()
def run(pipeline: Pipeline) -> Callable[..., Record]:
    def _run(text: str, published: str | None = "2024-03-10") -> Record:
        return pipeline.extract(Document(id="t", text=text, published=published))

    return _run


def harbour_story(run: Callable[..., Record], body: str) -> Record:
    """The record of ``body`` under a short headline (the invented news of the attribution
    rounds)."""
    return run("Harbour vote news\n\n" + body)


def contents(record: Record) -> list[str]:
    """The texts of every attribution's content spans."""
    return [c.text for a in record.attributions for c in a.content]


def with_ents(text: str, *ents: tuple[str, str, int]) -> Any:
    """``text`` parsed, its NER's spans replaced by ``ents``: (words, label, which occurrence of
    the words, from 0); for rules that act on spans the tagger gives real pages but not invented
    sentences."""
    from spacy.tokens import Span

    doc = load()(text)
    spans = []
    for words, label, nth in ents:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        span = doc.char_span(start, start + len(words), label=label)
        assert isinstance(span, Span), words
        spans.append(span)
    doc.ents = spans
    return doc


def speaker_of(record: Record, content_part: str) -> str | None:
    """The speaker name of the attribution whose content contains ``content_part``."""
    for a in record.attributions:
        if any(content_part in c.text for c in a.content):
            ent = record.entity(a.speaker)
            return ent.name if ent else None
    raise AssertionError(f"no attribution with content {content_part!r}: {record.attributions}")


def attribution_with(record: Record, content_part: str):  # type: ignore[no-untyped-def]
    for a in record.attributions:
        if any(content_part in c.text for c in a.content):
            return a
    raise AssertionError(f"no attribution with content {content_part!r}")


def named(record: Record, name: str) -> Entity:
    """The one entity named ``name`` (the test fails when there is none or more than one)."""
    hits = [e for e in record.entities if e.name == name]
    assert len(hits) == 1, f"{len(hits)} named {name!r}: {[e.name for e in record.entities]}"
    return hits[0]


def names(record: Record, ids: tuple[str, ...]) -> list[str]:
    """The names of the entities ``ids`` point to."""
    return [e.name for i in ids if (e := record.entity(i)) is not None]


def has_name(record: Record, ids: tuple[str, ...], name: str) -> bool:
    """Whether a name of the entities ``ids`` holds ``name``."""
    return any(name in n for n in names(record, ids))


def events_of(record: Record, type_: str) -> list[Event]:
    return [e for e in record.events if e.type == type_]


def sides_of(record: Record, type_: str) -> list[tuple[list[str], list[str]]]:
    """The (source names, target names) of each event of ``type_``."""
    return [(names(record, e.source), names(record, e.target)) for e in events_of(record, type_)]


def coded(record: Record) -> list[tuple[str, str, list[str], list[str]]]:
    """Each event as (type, trigger text, source names, target names)."""
    return [
        (e.type, e.trigger.text, names(record, e.source), names(record, e.target))
        for e in record.events
    ]
