"""All records Sayso produces, as frozen dataclasses: the record format of ``docs/record.md``.

Every fact carries character-offset spans into ``Record.text`` with the invariant
``text[span.start:span.end] == span.text``.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

EntityType = Literal["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "OTHER"]
AttributionKind = Literal["direct", "indirect", "mixed"]
DivergenceKind = Literal["omission", "contradiction", "qualification", "attribution"]

ENTITY_TYPES: tuple[str, ...] = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "OTHER")
ATTRIBUTION_KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
# how a mention was resolved to its entity (Entity.resolved): its own name, a part of the name
# (a surname, "Hale Jr."), another written form (an alias, an acronym, "the U.S."), a pronoun,
# or a nominal ("the ministry", "China's defense chief")
RESOLUTIONS: tuple[str, ...] = ("name", "surname", "alias", "pronoun", "nominal")
DIVERGENCE_KINDS: tuple[str, ...] = ("omission", "contradiction", "qualification", "attribution")
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


def stable_id(prefix: str, *parts: object) -> str:
    """A short id that is the same for the same inputs on every run."""
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode("utf-8"), digest_size=5)
    return f"{prefix}{digest.hexdigest()}"


def trim_ranges(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``ranges`` with white space at both ends removed; empty ranges dropped."""
    out = []
    for s, e in ranges:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def line_ranges(
    text: str, ranges: Iterable[tuple[int, int]] | None = None
) -> tuple[tuple[int, int], ...]:
    """``ranges`` of ``text`` (default: the whole text) cut at every line break, white space
    trimmed and blank pieces dropped: a line break always ends a sentence."""
    out: list[tuple[int, int]] = []
    for start, end in [(0, len(text))] if ranges is None else ranges:
        pos = start
        for line in text[start:end].split("\n"):
            out.append((pos, pos + len(line)))
            pos += len(line) + 1
    return tuple(trim_ranges(text, out))


def content_hash(text: str) -> str:
    """The hash a document is stored under (idempotent ingest)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True, order=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``text[start:end]``."""
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(int(d["start"]), int(d["end"]), str(d["text"]))

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


def confidence_of(value: float) -> float:
    """``value`` held to 0..1 and rounded to two decimals: the form every fact's confidence
    takes."""
    return round(min(1.0, max(0.0, value)), 2)


def read_confidence(value: object) -> float:
    """A record's confidence field: 1.0 when it is missing (a record written before facts had
    one says nothing against them) or not a number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 1.0
    return confidence_of(float(value))


def _span_or_none(d: dict[str, Any] | None) -> Span | None:
    return Span.from_dict(d) if d else None


@dataclass(frozen=True, slots=True)
class Flag:
    kind: str  # boilerplate, caption, garbled, byline, metadata
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "span": self.span.to_dict()}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Flag:
        return cls(str(d["kind"]), Span.from_dict(d["span"]))


@dataclass(frozen=True, slots=True)
class Meta:
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    body: tuple[tuple[int, int], ...] = ()
    flags: tuple[Flag, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "outlet": self.outlet,
            "language": self.language,
            "body": [[s, e] for s, e in self.body],
            "flags": [f.to_dict() for f in self.flags],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Meta:
        return cls(
            title=d.get("title"),
            published=d.get("published"),
            url=d.get("url"),
            outlet=d.get("outlet"),
            language=d.get("language"),
            body=tuple((int(s), int(e)) for s, e in d.get("body", [])),
            flags=tuple(Flag.from_dict(f) for f in d.get("flags", [])),
        )


@dataclass(frozen=True, slots=True)
class Document:
    """One input document: the text every offset indexes, and what the input said about it."""

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    source: str | None = None  # where it was read from (file path, "-", URL)

    @property
    def hash(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    type: str
    country: str | None
    role: str | None
    mentions: tuple[Span, ...]
    # CAMEO sector code (sayso.gazetteer.SECTORS): "GOV", "MIL", "COP", ...; None when unknown.
    # Last and defaulted: an addition to the shared contract's entity (docs/record.md); records
    # without it read as None.
    sector: str | None = None
    # How each mention was resolved to this entity, one per mention in the same order
    # (RESOLUTIONS: "name", "surname", "alias", "pronoun", "nominal"). An addition to the shared
    # contract's entity, like ``sector``; records without it read as ().
    resolved: tuple[str, ...] = ()
    # How sure the stage is of this entity and its links (0..1, two decimals; docs/record.md).
    # An addition to the shared contract; records without it read as 1.0 (nothing said).
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "country": self.country,
            "role": self.role,
            "sector": self.sector,
            "mentions": [m.to_dict() for m in self.mentions],
            "resolved": list(self.resolved),
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(
            id=str(d["id"]),
            name=str(d["name"]),
            type=str(d["type"]),
            country=d.get("country"),
            role=d.get("role"),
            mentions=tuple(Span.from_dict(m) for m in d.get("mentions", [])),
            sector=d.get("sector"),
            resolved=tuple(str(r) for r in d.get("resolved") or ()),
            confidence=read_confidence(d.get("confidence")),
        )

    def resolution(self, mention: Span) -> str | None:
        """How ``mention`` (one of ``mentions``) was resolved to this entity; None when the
        record does not say."""
        for m, how in zip(self.mentions, self.resolved, strict=False):
            if m == mention:
                return how
        return None


@dataclass(frozen=True, slots=True)
class Attribution:
    id: str
    kind: str
    source: Span | None
    speaker: str | None
    cue: Span | None
    content: tuple[Span, ...]
    via: str | None = None
    # How sure the stage is of the attribution and its speaker (0..1; docs/record.md). An
    # addition to the shared contract; records without it read as 1.0.
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "source": self.source.to_dict() if self.source else None,
            "speaker": self.speaker,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": [c.to_dict() for c in self.content],
            "via": self.via,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Attribution:
        return cls(
            id=str(d["id"]),
            kind=str(d["kind"]),
            source=_span_or_none(d.get("source")),
            speaker=d.get("speaker"),
            cue=_span_or_none(d.get("cue")),
            content=tuple(Span.from_dict(c) for c in d.get("content", [])),
            via=d.get("via"),
            confidence=read_confidence(d.get("confidence")),
        )


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    mode: str | None
    source: tuple[str, ...]
    target: tuple[str, ...]
    trigger: Span
    date: str | None = None
    location: str | None = None
    attribution: str | None = None
    # How sure the stage is that the event happened as coded (0..1; docs/record.md). An
    # addition to the shared contract; records without it read as 1.0.
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "source": list(self.source),
            "target": list(self.target),
            "trigger": self.trigger.to_dict(),
            "date": self.date,
            "location": self.location,
            "attribution": self.attribution,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        return cls(
            id=str(d["id"]),
            type=str(d["type"]),
            mode=d.get("mode"),
            source=tuple(d.get("source", [])),
            target=tuple(d.get("target", [])),
            trigger=Span.from_dict(d["trigger"]),
            date=d.get("date"),
            location=d.get("location"),
            attribution=d.get("attribution"),
            confidence=read_confidence(d.get("confidence")),
        )


@dataclass(frozen=True, slots=True)
class TimeExpr:
    span: Span
    value: str

    def to_dict(self) -> dict[str, Any]:
        return {"span": self.span.to_dict(), "value": self.value}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> TimeExpr:
        return cls(Span.from_dict(d["span"]), str(d["value"]))


@dataclass(frozen=True, slots=True)
class Divergence:
    id: str
    kind: str
    about: str
    asserted_by: tuple[str, ...]
    other: tuple[str, ...]
    evidence: tuple[Span, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "about": self.about,
            "asserted_by": list(self.asserted_by),
            "other": list(self.other),
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Divergence:
        return cls(
            id=str(d["id"]),
            kind=str(d["kind"]),
            about=str(d.get("about", "")),
            asserted_by=tuple(d.get("asserted_by", [])),
            other=tuple(d.get("other", [])),
            evidence=tuple(Span.from_dict(e) for e in d.get("evidence", [])),
        )


@dataclass(frozen=True, slots=True)
class Record:
    """The Sayso record of one document (``docs/record.md``).

    ``sentences`` are the (start, end) offsets of the document's sentences in ``text``, in
    order, trimmed of white space: the sentences spaCy found, cut at line breaks, which every
    consumer reads instead of splitting the text again. A record made without them (one written
    before they were kept, or one built by hand) reads each non-blank line as one sentence.
    """

    id: str
    text: str
    meta: Meta = field(default_factory=Meta)
    entities: tuple[Entity, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    events: tuple[Event, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    divergences: tuple[Divergence, ...] = ()
    # Last and defaulted: an addition to the shared contract's record (docs/record.md).
    sentences: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        if not self.sentences:
            object.__setattr__(self, "sentences", line_ranges(self.text))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "meta": self.meta.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "attributions": [a.to_dict() for a in self.attributions],
            "events": [e.to_dict() for e in self.events],
            "times": [t.to_dict() for t in self.times],
            "divergences": [d.to_dict() for d in self.divergences],
            "sentences": [[s, e] for s, e in self.sentences],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        return cls(
            id=str(d["id"]),
            text=str(d["text"]),
            meta=Meta.from_dict(d.get("meta") or {}),
            entities=tuple(Entity.from_dict(e) for e in d.get("entities", [])),
            attributions=tuple(Attribution.from_dict(a) for a in d.get("attributions", [])),
            events=tuple(Event.from_dict(e) for e in d.get("events", [])),
            times=tuple(TimeExpr.from_dict(t) for t in d.get("times", [])),
            divergences=tuple(Divergence.from_dict(x) for x in d.get("divergences", [])),
            sentences=tuple((int(s), int(e)) for s, e in d.get("sentences") or ()),
        )

    def spans(self) -> list[Span]:
        """Every span in the record (for checking the offset invariant)."""
        out: list[Span] = [f.span for f in self.meta.flags]
        for e in self.entities:
            out.extend(e.mentions)
        for a in self.attributions:
            out.extend(x for x in (a.source, a.cue) if x is not None)
            out.extend(a.content)
        out.extend(ev.trigger for ev in self.events)
        out.extend(t.span for t in self.times)
        for dv in self.divergences:
            out.extend(dv.evidence)
        return out

    def sentence_index(self, offset: int) -> int:
        """The position in ``sentences`` of the sentence holding ``offset``: the last one that
        starts at or before it (0 before the first; -1 when there are none)."""
        starts = [s for s, _ in self.sentences]
        return max(0, bisect.bisect_right(starts, offset) - 1) if starts else -1

    def sentence_of(self, start: int, end: int) -> tuple[int, int]:
        """The sentences that hold ``text[start:end]``, as one (start, end) that covers it: the
        sentence of a fact's span (an event's trigger, a quote), for evidence and links."""
        if not self.sentences:
            return start, end
        first = self.sentences[self.sentence_index(start)]
        last = self.sentences[self.sentence_index(max(start, end - 1))]
        s = first[0] if first[0] <= start < first[1] else start
        e = last[1] if last[0] < end <= last[1] else end
        return s, e

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None
