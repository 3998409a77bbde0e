"""The events stage on a hand-written sentence with hand-placed entities: ``code`` and the
``Doc`` it returns, shared by the event test files that place entities by hand."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sayso.pipeline.base import State
from sayso.pipeline.events import EventStage
from sayso.pipeline.times import TimeStage
from sayso.types import Attribution, Document, Entity, Event, Meta, Span


@dataclass
class Doc:
    state: State
    names: dict[str, str]  # entity id -> name

    @property
    def events(self) -> list[Event]:
        return self.state.events

    def actors(self, ev: Event) -> tuple[list[str], list[str]]:
        return [self.names[i] for i in ev.source], [self.names[i] for i in ev.target]

    def one(self, type_: str) -> Event:
        found = [e for e in self.events if e.type == type_]
        assert len(found) == 1, (type_, self.events)
        return found[0]

    def types(self) -> list[str]:
        return [e.type for e in self.events]

    def id_of(self, name: str) -> str:
        return next(i for i, n in self.names.items() if n == name)


def mentions(text: str, surfaces: tuple[str, ...]) -> tuple[Span, ...]:
    spans = []
    for surface in surfaces:
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            spans.append(Span(m.start(), m.end(), m.group()))
    return tuple(sorted(spans))


def code(
    text: str,
    entities: dict[str, tuple[str, tuple[str, ...]]],
    published: str | None = "2024-03-07",
    quoted: str | None = None,
) -> Doc:
    """Parse ``text``, place the entities ({name: (type, surfaces)}) by hand, run times + events.

    ``quoted``: a part of the text made the content of an attribution with id "at1".
    """
    from sayso import nlp

    doc = nlp.load()(text)
    state = State(
        document=Document(id="doc1", text=text, published=published),
        meta=Meta(published=published, body=((0, len(text)),)),
        doc=doc,
    )
    ents = [
        Entity(f"e{n}", name, type_, None, None, mentions(text, surfaces))
        for n, (name, (type_, surfaces)) in enumerate(entities.items())
    ]
    state.set_entities(ents)
    if quoted is not None:
        start = text.index(quoted)
        content = Span(start, start + len(quoted), quoted)
        state.attributions = [Attribution("at1", "indirect", None, None, None, (content,))]
    TimeStage()(state)
    EventStage()(state)
    for ev in state.events:  # the span invariant, everywhere
        assert text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
    return Doc(state, {e.id: e.name for e in state.entities})  # nominal actors included


PERSON, GPE, ORG, NORP = "PERSON", "GPE", "ORG", "NORP"
