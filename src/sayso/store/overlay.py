"""Corrections laid over a record (``sayso fix``): a pure function from the record as extracted
and the corrections of its document to the record as the user says it should be.

A correction names the fact it corrects by a span of the document's text, not by a row or an id,
so that it finds the same fact again when the document is extracted anew (``ingest --rerun``, a
new stage version): an exact match first, else the fact whose span overlaps it. One that finds no
fact (the extraction changed too much) is left out, and kept for the next extraction.

* ``speaker``: the attribution whose content is at the span was said by another actor
  (``value``: its ``name``, ``type`` and one of its ``mention`` spans);
* ``merge``: the actor with a mention at the span is the actor with a mention at ``into``;
* ``split``: the ``mentions`` (the first at the span) are of another actor than the one they were
  resolved to, called ``name``;
* ``drop``: the event of ``type`` whose trigger is at the span is not an event.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from ..types import Attribution, Entity, Event, Record, Span, stable_id

__all__ = ["KINDS", "Correction", "apply", "attribution_at", "entity_at", "name_spans"]

KINDS = ("speaker", "merge", "split", "drop")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Correction:
    """One correction of the document with content hash ``doc_hash`` (``corrections`` row)."""

    id: int
    doc_hash: str
    kind: str  # one of KINDS
    start: int  # the span of the fact it corrects
    end: int
    value: Mapping[str, Any]
    created_at: str = ""

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _best(
    items: Iterable[T], spans: Callable[[T], Sequence[tuple[int, int]]], key: tuple[int, int]
) -> T | None:
    """The item with a span equal to ``key``, else the one whose spans overlap it most."""
    best: T | None = None
    most = 0
    for item in items:
        own = spans(item)
        if key in own:
            return item
        n = max((_overlap(s, key) for s in own), default=0)
        if n > most:
            best, most = item, n
    return best


def _mention_spans(e: Entity) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in e.mentions]


def entity_at(record: Record, span: tuple[int, int]) -> Entity | None:
    """The entity with a mention at ``span`` (else the one whose mentions overlap it most)."""
    return _best(record.entities, _mention_spans, span)


def content_extent(a: Attribution) -> tuple[int, int]:
    """From the start of an attribution's first content span to the end of its last."""
    return min(c.start for c in a.content), max(c.end for c in a.content)


def attribution_at(record: Record, span: tuple[int, int]) -> Attribution | None:
    """The attribution whose content spans ``span`` (else the one overlapping it most)."""
    return _best((a for a in record.attributions if a.content), lambda a: [content_extent(a)], span)


def name_spans(text: str, name: str) -> tuple[Span, ...]:
    """Every place ``name`` is written in ``text`` as whole words (any case)."""
    pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.IGNORECASE)
    return tuple(Span(m.start(), m.end(), m.group()) for m in pattern.finditer(text))


def _new_id(record: Record, *parts: object) -> str:
    taken = {e.id for e in record.entities}
    eid = stable_id("e", record.id, "correction", *parts)
    while eid in taken:
        eid = stable_id("e", eid)
    return eid


def _actor(record: Record, value: Mapping[str, Any]) -> tuple[Record, str | None]:
    """The entity ``value`` names (by a mention, else by name), added when the document has
    none of that name; (record, its id)."""
    name = str(value.get("name") or "")
    mention = value.get("mention")
    if mention:
        found = entity_at(record, (int(mention[0]), int(mention[1])))
        if found is not None and found.name.casefold() == name.casefold():
            return record, found.id
    for e in record.entities:
        if e.name.casefold() == name.casefold():
            return record, e.id
    spans = name_spans(record.text, name)
    if not name or not spans:
        return record, None
    new = Entity(
        id=_new_id(record, name), name=name, type=str(value.get("type") or "PERSON"),
        country=None, role=None, mentions=spans,
    )  # fmt: skip
    return replace(record, entities=(*record.entities, new)), new.id


def _speaker(record: Record, c: Correction) -> Record:
    a = attribution_at(record, c.span)
    if a is None:
        return record
    record, actor = _actor(record, c.value)
    if actor is None:
        return record
    fixed = replace(a, speaker=actor)
    return replace(record, attributions=tuple(fixed if x is a else x for x in record.attributions))


def _renamed(ids: Iterable[str], old: str, new: str) -> tuple[str, ...]:
    out: list[str] = []
    for i in ids:
        j = new if i == old else i
        if j not in out:
            out.append(j)
    return tuple(out)


def _merge(record: Record, c: Correction) -> Record:
    into = list(c.value.get("into") or ())
    a = entity_at(record, c.span)
    b = entity_at(record, (int(into[0]), int(into[1]))) if len(into) == 2 else None
    if a is None or b is None or a is b:
        return record
    merged = replace(
        b,
        mentions=tuple(sorted(set(a.mentions) | set(b.mentions))),
        country=b.country or a.country,
        role=b.role or a.role,
        sector=b.sector or a.sector,
    )

    def one(x: str | None) -> str | None:
        return b.id if x == a.id else x

    old, new = a.id, b.id
    events = tuple(
        replace(
            ev,
            source=_renamed(ev.source, old, new),
            target=_renamed(ev.target, old, new),
            location=one(ev.location),
        )
        for ev in record.events
    )
    divergences = tuple(
        replace(d, asserted_by=_renamed(d.asserted_by, old, new), other=_renamed(d.other, old, new))
        for d in record.divergences
    )
    return replace(
        record,
        entities=tuple(merged if e is b else e for e in record.entities if e is not a),
        attributions=tuple(
            replace(x, speaker=one(x.speaker), via=one(x.via)) for x in record.attributions
        ),
        events=events,
        divergences=divergences,
    )


def _split(record: Record, c: Correction) -> Record:
    spans = [(int(s), int(e)) for s, e in c.value.get("mentions") or ()]
    origin = entity_at(record, c.span)
    if origin is None:
        return record
    taken = tuple(m for m in origin.mentions if any(_overlap((m.start, m.end), s) for s in spans))
    if not taken or len(taken) == len(origin.mentions):
        return record
    new = Entity(
        id=_new_id(record, "split", c.start, c.end),
        name=str(c.value.get("name") or taken[0].text), type=origin.type,
        country=None, role=None, mentions=taken,
    )  # fmt: skip
    kept = replace(origin, mentions=tuple(m for m in origin.mentions if m not in taken))

    def moved(a: Attribution) -> Attribution:
        src = a.source
        if a.speaker != origin.id or src is None:
            return a
        if any(_overlap((src.start, src.end), (m.start, m.end)) for m in taken):
            return replace(a, speaker=new.id)
        return a

    entities = tuple(kept if e is origin else e for e in record.entities)
    return replace(
        record,
        entities=(*entities, new),
        attributions=tuple(moved(a) for a in record.attributions),
    )


def _drop(record: Record, c: Correction) -> Record:
    kind = c.value.get("type")

    def gone(ev: Event) -> bool:
        return ev.type == kind and _overlap((ev.trigger.start, ev.trigger.end), c.span) > 0

    events = tuple(ev for ev in record.events if not gone(ev))
    if len(events) == len(record.events):
        return record
    return replace(record, events=events)


_APPLY: dict[str, Callable[[Record, Correction], Record]] = {
    "speaker": _speaker,
    "merge": _merge,
    "split": _split,
    "drop": _drop,
}


def apply(record: Record, corrections: Iterable[Correction]) -> Record:
    """``record`` with ``corrections`` laid over it, oldest first."""
    for c in sorted(corrections, key=lambda c: c.id):
        step = _APPLY.get(c.kind)
        if step is not None:
            record = step(record, c)
    return record
