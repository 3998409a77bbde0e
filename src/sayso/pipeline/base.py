"""The per-document working state, the Stage protocol and the Extractor protocol.

A stage reads what earlier stages assigned on :class:`State` and assigns its own field. The
:class:`~sayso.pipeline.Pipeline` checks, when it is built, that every stage's ``requires`` is
assigned by an earlier stage (as spaCy's ``analyze_pipes`` does). An :class:`Extractor` is what
the flows of :mod:`sayso.jobs` run: a Pipeline, or a stand-in with the same three members.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

from ..types import Attribution, Divergence, Document, Entity, Event, Meta, Record, Span, TimeExpr
from .quotes import QuoteIndex, find_quotes

if TYPE_CHECKING:  # spaCy is imported when the model loads (sayso.nlp), not with this module
    from spacy.tokens import Doc


class SpanIndex:
    """Spans, numbered in the order given, sorted by start for the questions a scan of them all
    would answer: which overlap a range, which lie within one (numbers in the order given)."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self._sorted = sorted((s.start, s.end, n) for n, s in enumerate(spans))
        self._longest = max((e - s for s, e, _ in self._sorted), default=0)

    def _starting(self, lo: int, hi: int) -> list[tuple[int, int, int]]:
        """The spans starting in ``[lo, hi)``."""
        a = bisect.bisect_left(self._sorted, (lo,))
        return self._sorted[a : bisect.bisect_left(self._sorted, (hi,))]

    def overlapping(self, start: int, end: int) -> list[int]:
        """The spans overlapping ``[start, end)``: they start after ``start`` less the longest."""
        found = self._starting(start - self._longest + 1, end)
        return sorted(n for s, e, n in found if s < end and start < e)

    def within(self, lo: int, hi: int) -> list[int]:
        """The spans inside ``[lo, hi]``."""
        return sorted(n for _, e, n in self._starting(lo, hi + 1) if e <= hi)


@dataclass
class State:
    """Everything known about one document while the pipeline runs."""

    document: Document
    meta: Meta
    doc: Doc  # over document.text
    entities: list[Entity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    divergences: list[Divergence] = field(default_factory=list)
    # the entities stage's clusters (entities.Cluster: that module imports this one, so the type
    # cannot be named here) and their entity ids, for resolvers
    clusters: list[Any] = field(default_factory=list, repr=False)
    cluster_ids: list[str] = field(default_factory=list, repr=False)
    # person entity id -> the organisation it speaks for ("Foreign Ministry spokesperson X")
    affiliations: dict[str, str] = field(default_factory=dict)
    # filled by the entities stage: mention spans sorted by start, with their entity ids
    _mention_starts: list[int] = field(default_factory=list, repr=False)
    _mentions: list[tuple[Span, str]] = field(default_factory=list, repr=False)
    _longest_mention: int = field(default=0, repr=False)
    _by_id: dict[str, Entity] = field(default_factory=dict, repr=False)
    # the list of attributions last looked up in (see attribution) and its ids
    _attributions_by_id: tuple[list[Attribution], dict[str, Attribution]] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def text(self) -> str:
        return self.document.text

    @functools.cached_property
    def quotes(self) -> QuoteIndex:
        """The quotations of the text (see :mod:`sayso.pipeline.quotes`)."""
        return QuoteIndex(find_quotes(self.document.text))

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.document.text[start:end])

    def set_entities(self, entities: list[Entity]) -> None:
        self.entities = entities
        self._by_id = {e.id: e for e in entities}
        pairs = sorted(((m, e.id) for e in entities for m in e.mentions), key=lambda p: p[0].start)
        self._mentions = pairs
        self._mention_starts = [m.start for m, _ in pairs]
        self._longest_mention = max((m.end - m.start for m, _ in pairs), default=0)

    def entity(self, entity_id: str | None) -> Entity | None:
        return self._by_id.get(entity_id) if entity_id is not None else None

    def attribution(self, attribution_id: str) -> Attribution | None:
        """The attribution of that id (the first, should two share it): a table made once for
        each list of attributions the stage assigns."""
        made = self._attributions_by_id
        if made is None or made[0] is not self.attributions:
            table: dict[str, Attribution] = {}
            for a in self.attributions:
                table.setdefault(a.id, a)
            made = self._attributions_by_id = (self.attributions, table)
        return made[1].get(attribution_id)

    def mentions_in(self, start: int, end: int) -> list[tuple[Span, str]]:
        """Mentions overlapping ``[start, end)``, in text order, with their entity ids."""
        # from the first mention that could reach into the range: none is longer than the
        # longest ("Socialist" and "Socialist congresswoman" both start where one does)
        j = bisect.bisect_left(self._mention_starts, start - self._longest_mention)
        mentions, out = self._mentions, []
        for k in range(j, len(mentions)):  # (no slice: it would copy the rest)
            m, eid = mentions[k]
            if m.start >= end:
                break
            if m.end > start:
                out.append((m, eid))
        return out

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity whose mention overlaps ``[start, end)`` the most (None if none does)."""
        best: tuple[int, str] | None = None
        for m, eid in self.mentions_in(start, end):
            ov = min(m.end, end) - max(m.start, start)
            if best is None or ov > best[0]:
                best = (ov, eid)
        return self.entity(best[1]) if best else None

    def in_body(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside a body range of ``meta.body``."""
        for s, e in self.meta.body:  # noqa: SIM110 (a loop: any() on a generator costs more)
            if s <= start and end <= e:
                return True
        return False


class Stage(Protocol):
    """One step of the per-document pipeline."""

    name: ClassVar[str]
    version: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    assigns: ClassVar[tuple[str, ...]]

    def __call__(self, state: State) -> None: ...


@runtime_checkable
class Extractor(Protocol):
    """What turns documents into records: :class:`~sayso.pipeline.Pipeline`, or a stand-in with
    the same members (a test's fake, the ``pipeline_factory`` of a batch run)."""

    @property
    def versions(self) -> Mapping[str, str]:
        """The version of each stage, by stage name: stored with every record."""
        ...

    def process(self, documents: Iterable[Document]) -> Iterator[Record]:
        """Records for ``documents``, in input order."""
        ...

    def extract(self, document: Document) -> Record:
        """The record of one document."""
        ...
