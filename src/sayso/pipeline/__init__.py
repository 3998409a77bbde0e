"""The per-document pipeline: cleanup -> spaCy -> entities -> attributions -> times -> events
-> divergences -> :class:`~sayso.types.Record`."""

from __future__ import annotations

import contextlib
import gc
import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, ClassVar

from .. import lexicon
from .. import nlp as nlp_module
from ..errors import ConfigError
from ..types import Document, Meta, Record, line_ranges
from .attributions import AttributionStage
from .base import Extractor, Stage, State
from .cleanup import clean, sentence_starts
from .divergences import DivergenceStage
from .entities import EntityStage
from .events import EventStage
from .times import TimeStage

if TYPE_CHECKING:  # spaCy is imported when the model loads (sayso.nlp), not with this module
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "CleanupStage",
    "Extractor",
    "Pipeline",
    "Stage",
    "State",
    "collector_paused",
    "default_stages",
]

BASE_FIELDS = ("document", "meta", "doc")


class CleanupStage:
    """Cleanup (:mod:`sayso.pipeline.cleanup`) as a stage: it judges the text and assigns
    ``meta`` (title, date, body ranges, flags). Every pipeline runs it first, before spaCy's
    ``doc`` is read, whatever its other stages: they all read ``meta``."""

    name: ClassVar[str] = "cleanup"
    # 2: the boilerplate of video players ("Please enable JavaScript ...")
    # 3: a caption line whose credit a page follows with "Buy Photo"
    # 4: a reporter's contact line (addresses, numbers, links); "More from X:", "Read or Share"
    version: ClassVar[str] = "4"
    requires: ClassVar[tuple[str, ...]] = ("document",)
    assigns: ClassVar[tuple[str, ...]] = ("meta",)

    def __call__(self, state: State) -> None:
        state.meta = clean(state.document)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while the stages read one document (and
    turned back on after, unless it was off before). The stages make thousands of objects a
    document that live until its record is made (Tokens, mentions, candidates), over the
    collector's threshold of 700 new objects: collections in the middle of a document find
    them alive, move them to older generations and so bring on full collections, which walk
    every object of the process, the model's included (on 120 generated articles, 0.3 s of
    Sayso's 1.5 s beyond spaCy went to the collector, 0.05 s with it held off). Reference
    counts free these objects when the document is done; a cycle among them waits for the
    next collection."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def default_stages() -> list[Stage]:
    return [EntityStage(), AttributionStage(), TimeStage(), EventStage(), DivergenceStage()]


def check_order(stages: Sequence[Stage]) -> None:
    """Raise ConfigError when a stage requires a field no earlier stage assigns."""
    assigned = set(BASE_FIELDS)
    for stage in stages:
        missing = [r for r in stage.requires if r not in assigned]
        if missing:
            raise ConfigError(
                f"stage {stage.name!r} requires {', '.join(missing)} but no earlier stage "
                "assigns it: put the stage that assigns it first"
            )
        assigned.update(stage.assigns)


class Pipeline:
    """Turns documents into records. Build one per process and reuse it: the model loads once."""

    def __init__(self, stages: Sequence[Stage] | None = None, nlp: Language | None = None) -> None:
        self.cleanup = CleanupStage()
        self.stages: list[Stage] = list(stages) if stages is not None else default_stages()
        check_order(self.stages)
        self._nlp = nlp

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = nlp_module.load()
        return self._nlp

    @property
    def versions(self) -> dict[str, str]:
        """The version of every stage (cleanup first), by name: stored with each record, so
        that ``sayso ingest --rerun-stale`` finds the records an older stage made."""
        return {s.name: s.version for s in (self.cleanup, *self.stages)}

    def run_state(self, document: Document, doc: Doc, meta: Meta | None = None) -> State:
        """The state after every stage; ``meta``, when given, is cleanup's judgement of
        ``document`` made before the parse (cleanup does not run again)."""
        state = State(document=document, meta=meta or Meta(), doc=doc)
        lexicon.hold_text(doc, nlp_module.text_of(doc))  # read once for both
        lexicon.hold_words(doc, nlp_module.tokens_of(doc), nlp_module.lemmas_of(doc))
        if meta is None:
            self.cleanup(state)
        for stage in self.stages:
            stage(state)
        return state

    def record(self, document: Document, doc: Doc, meta: Meta | None = None) -> Record:
        """The record of ``document``, whose spaCy Doc is ``doc``. The stages run with the
        garbage collector held off (:func:`collector_paused`) until the state they build is
        dropped and what they read of ``doc`` is released (``nlp.release``: its Tokens would
        otherwise outlive the document and, moved to the oldest generation, bring on a full
        collection every hundred documents or so)."""
        with collector_paused():
            try:
                return self._record(self.run_state(document, doc, meta))
            finally:
                nlp_module.release(doc)

    def _record(self, state: State) -> Record:
        document, doc = state.document, state.doc
        return Record(
            id=document.id,
            text=document.text,
            meta=state.meta,
            entities=tuple(state.entities),
            attributions=tuple(state.attributions),
            events=tuple(state.events),
            times=tuple(state.times),
            divergences=tuple(state.divergences),
            sentences=line_ranges(
                nlp_module.text_of(doc),
                ((s.start_char, s.end_char) for s in nlp_module.read(doc).spans),
            ),
        )

    def process(self, documents: Iterable[Document], batch_size: int = 16) -> Iterator[Record]:
        """Records for ``documents``, in input order (a long text parsed in pieces,
        ``nlp.parse``)."""
        it = iter(documents)
        while chunk := list(itertools.islice(it, batch_size)):
            metas = [clean(d) for d in chunk]
            sdocs = nlp_module.parse(
                self.nlp, (d.text for d in chunk), batch_size, map(sentence_starts, metas)
            )
            for document, meta, sdoc in zip(chunk, metas, sdocs, strict=True):
                yield self.record(document, sdoc, meta)

    def extract(self, document: Document) -> Record:
        meta = clean(document)
        [sdoc] = nlp_module.parse(self.nlp, [document.text], starts=[sentence_starts(meta)])
        return self.record(document, sdoc, meta)
