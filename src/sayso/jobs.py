"""The one flow: read sources -> extract -> store or write, with progress, an error log and a
summary.

Every command that turns inputs into records goes through here: ``sayso extract``
(:func:`extract_sources`: records to a callback), ``sayso ingest`` (:func:`ingest`: into the
store; :func:`rerun_stale`: stored documents an older stage extracted, again), ``sayso watch``
(:func:`poll`, :func:`watch`: feed items into the store), the batch workers
(:func:`safe_records`: records into Parquet) and ``sayso stories``/``sayso compare``
(:func:`extract_records`: documents extracted before they are compared).

A batch keeps going past bad documents: each failure is a :class:`~sayso.errors.SaysoError`
paired with its input, written to the :class:`ErrorLog` (``errors.jsonl``) and counted in the
:class:`Summary`. A pipeline is anything with :class:`~sayso.pipeline.Extractor`'s members;
where none is given, a :class:`~sayso.pipeline.Pipeline` is built.
"""

from __future__ import annotations

import json
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from .config import DEFAULT_MAX_CHARS
from .errors import ExtractionError, InputError, SaysoError
from .ingest import read_sources
from .ingest.dedup import MAX_DISTANCE, bands, simhash
from .ingest.feeds import FeedEntry, entry_document, fetch_feed
from .ingest.url import FetchOptions, default_options, redact_url
from .pipeline import Extractor, Pipeline
from .store import Store, claims
from .store.sidecar import CopyCandidate, feed_item, link_copies, mark_item
from .types import Document, Record

__all__ = [
    "MAX_ATTEMPTS",
    "ErrorLog",
    "Summary",
    "extract_records",
    "extract_sources",
    "ingest",
    "poll",
    "rerun_stale",
    "run",
    "safe_records",
    "watch",
]

BATCH = 32  # documents handed to the pipeline at once
# ... when storing: each batch is claimed (store/claims.py) just before it is extracted; 16
# shares the work with a concurrent ingest finely and costs no more CPU than 32 (4: 15% more)
STORE_BATCH = 16
CLAIM_WAIT_S = 0.2  # between looks at documents another ingest is extracting
MAX_ATTEMPTS = 3  # a feed entry that failed this often is not tried again

Item = Document | InputError
Result = tuple[Document | None, Record | SaysoError]


# -- bookkeeping -------------------------------------------------------------------------------


@dataclass
class Summary:
    ok: int = 0
    skipped: int = 0  # already stored
    failed: int = 0
    late: int = 0  # of the skipped: stored by another writer while this one extracted them
    errors: list[SaysoError] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def line(self, verb: str = "processed") -> str:
        parts = [f"{self.ok} {verb}"]
        if self.skipped:
            late = f" ({self.late} by another writer during extraction)" if self.late else ""
            parts.append(f"{self.skipped} already stored{late}")
        parts.append(f"{self.failed} failed")
        return ", ".join(parts)

    def add(self, other: Summary) -> None:
        """Add the counts and errors of ``other`` to these."""
        self.ok += other.ok
        self.skipped += other.skipped
        self.failed += other.failed
        self.late += other.late
        self.errors.extend(other.errors)


class ErrorLog:
    """Appends one JSON line per failure to ``path``; creates the file only when needed, and
    replaces an earlier run's file (this run's failures only). After :meth:`close` a later write
    appends: one log can serve several steps of a command."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._fh: IO[str] | None = None
        self._opened = False

    def write(self, err: SaysoError) -> None:
        if self.path is None:
            return
        if self._fh is None:
            self._fh = self.path.open("a" if self._opened else "w", encoding="utf-8")
            self._opened = True
        row = {"source": err.source, "code": err.code, "error": err.message}
        self._fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def _pipeline(pipeline: Extractor | None) -> Extractor:
    return pipeline if pipeline is not None else Pipeline()


# -- extraction --------------------------------------------------------------------------------


def safe_records(
    pipeline: Extractor, items: Iterable[Item], debug: bool = False, batch_size: int = BATCH
) -> Iterator[Result]:
    """Pair each input with its record, or with the error that stopped it.

    Good documents go through ``pipeline.process`` in batches of ``batch_size``; a document
    whose stages raise is retried alone so that one bad document costs only itself.
    """
    buffer: list[Document] = []
    for item in items:
        if isinstance(item, InputError):
            yield from _batch(pipeline, buffer, debug)
            buffer = []
            yield None, item
            continue
        buffer.append(item)
        if len(buffer) >= batch_size:
            yield from _batch(pipeline, buffer, debug)
            buffer = []
    yield from _batch(pipeline, buffer, debug)


def _batch(pipeline: Extractor, batch: list[Document], debug: bool) -> Iterator[Result]:
    if not batch:
        return
    try:
        records = list(pipeline.process(batch))
    except Exception:
        if debug:
            traceback.print_exc()
        for doc in batch:
            yield doc, _one(pipeline, doc, debug)
        return
    yield from zip(batch, records, strict=True)


def _one(pipeline: Extractor, doc: Document, debug: bool) -> Record | SaysoError:
    try:
        return pipeline.extract(doc)
    except SaysoError as err:
        err.source = err.source or doc.source or doc.id
        return err
    except Exception as exc:  # a bug in a stage must not stop the batch
        if debug:
            traceback.print_exc()
        name = doc.source or doc.id
        return ExtractionError(
            f"{name}: extraction failed ({type(exc).__name__}: {exc}); "
            "rerun with --debug for the traceback and report it",
            source=name,
        )


def run(
    pipeline: Extractor,
    items: Iterable[Item],
    on_record: Callable[[Document, Record], bool | None],
    errors: ErrorLog,
    on_error: Callable[[SaysoError], None] | None = None,
    debug: bool = False,
    batch_size: int = BATCH,
) -> Summary:
    """Feed every good document's record to ``on_record`` (return False = already stored)."""
    summary = Summary()
    for doc, result in safe_records(pipeline, items, debug, batch_size):
        if isinstance(result, SaysoError):
            summary.failed += 1
            summary.errors.append(result)
            errors.write(result)
            if on_error:
                on_error(result)
            continue
        assert doc is not None
        if on_record(doc, result) is False:
            summary.skipped += 1
        else:
            summary.ok += 1
    errors.close()
    return summary


def extract_sources(
    sources: Iterable[str],
    on_record: Callable[[Document, Record], None],
    *,
    pipeline: Extractor | None = None,
    errors: ErrorLog | None = None,
    on_error: Callable[[SaysoError], None] | None = None,
    debug: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
    fetch_options: FetchOptions | None = None,
) -> Summary:
    """``sayso extract``: the record of every document in ``sources``, to ``on_record``
    (URLs fetched with ``fetch_options``)."""
    return run(
        _pipeline(pipeline),
        read_sources(sources, max_chars=max_chars, fetch=fetch_options),
        on_record,
        errors if errors is not None else ErrorLog(None),
        on_error=on_error,
        debug=debug,
    )


def extract_records(
    sources: Iterable[str],
    *,
    pipeline: Extractor | None = None,
    max_chars: int | None = None,
    fetch_options: FetchOptions | None = None,
    on_error: Callable[[SaysoError], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> list[Record]:
    """The records of the documents in ``sources``, in order; a failure goes to ``on_error``,
    and ``on_progress`` gets the number of documents done after each. ``sayso stories`` and
    ``sayso compare`` extract with it the inputs that are not records."""
    sources = list(sources)
    if not sources:
        return []
    records: list[Record] = []
    cap = DEFAULT_MAX_CHARS if max_chars is None else max_chars
    items = read_sources(sources, max_chars=cap, fetch=fetch_options)
    for done, (_doc, result) in enumerate(safe_records(_pipeline(pipeline), items), 1):
        if on_progress is not None:
            on_progress(done)
        if isinstance(result, SaysoError):
            if on_error is not None:
                on_error(result)
            continue
        records.append(result)
    return records


# -- into the store ----------------------------------------------------------------------------


class _Counter:
    """The running counts of a store run, shown to ``on_progress`` after every document."""

    def __init__(
        self,
        on_error: Callable[[SaysoError], None] | None,
        on_progress: Callable[[Summary], None] | None,
    ) -> None:
        self.counts = Summary()
        self.on_error = on_error
        self.on_progress = on_progress

    def progress(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.counts)

    def stored(self, added: bool) -> None:
        if added:
            self.counts.ok += 1
        else:
            self.counts.skipped += 1
        self.progress()

    def failed(self, err: SaysoError) -> None:
        self.counts.failed += 1
        if self.on_error is not None:
            self.on_error(err)
        self.progress()


def ingest(
    store: Store,
    sources: Iterable[str],
    *,
    pipeline: Extractor | None = None,
    errors: ErrorLog | None = None,
    rerun: bool = False,
    on_error: Callable[[SaysoError], None] | None = None,
    on_progress: Callable[[Summary], None] | None = None,
    debug: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
    fetch_options: FetchOptions | None = None,
) -> Summary:
    """Store the record of every document in ``sources`` that ``store`` does not hold yet.

    Documents whose content hash is stored are skipped before the pipeline runs (with ``rerun``
    they are extracted again and their records replaced). Each small batch (``STORE_BATCH``) is
    claimed in the store just before it is extracted (``store/claims.py``), so concurrent
    ingests of overlapping inputs into one store share the work: a document another ingest is
    extracting is put off and found stored later (``Summary.late`` counts documents extracted
    here but stored by another writer first). Each record is committed on its own, so an
    interrupted ingest keeps what it stored and a re-run continues where it stopped.
    ``pipeline`` defaults to ``Pipeline()``; ``on_progress`` gets the running counts; URLs are
    fetched with ``fetch_options``.
    """
    pipe = _pipeline(pipeline)
    versions = dict(pipe.versions)
    counter = _Counter(on_error, on_progress)

    def keep(document: Document, record: Record) -> bool:
        added = store.add(record, document, versions, replace=rerun)
        if not added:  # another writer stored it after `new` asked
            counter.counts.late += 1
        counter.stored(added)
        return added

    items = read_sources(sources, max_chars=max_chars, fetch=fetch_options)
    summary = run(
        pipe,
        items if rerun else _claimed(store, items, counter),
        keep,
        errors if errors is not None else ErrorLog(None),
        on_error=counter.failed,
        debug=debug,
        batch_size=STORE_BATCH,
    )
    summary.skipped = counter.counts.skipped
    summary.late = counter.counts.late
    return summary


def _claimed(store: Store, items: Iterable[Item], counter: _Counter) -> Iterator[Item]:
    """The documents of ``items`` this ingest claimed (``store/claims.py``), a few at a time as
    they are about to be extracted; stored ones counted as skipped; those another running
    ingest is extracting put off to the end, and then waited for."""
    owner = claims.new_owner()
    later: list[Document] = []

    def take(group: list[Document]) -> Iterator[Document]:
        if not group:
            return
        for doc, state in zip(group, claims.claim(store, [d.hash for d in group], owner),
                              strict=True):  # fmt: skip
            if state is claims.Claim.STORED:
                counter.stored(False)
            elif state is claims.Claim.TAKEN:
                later.append(doc)
            else:
                yield doc

    try:
        group: list[Document] = []
        for item in items:
            if isinstance(item, InputError):
                yield item
                continue
            group.append(item)
            if len(group) >= STORE_BATCH:
                yield from take(group)
                group = []
        yield from take(group)
        while later:
            waiting, later = later, []
            for start in range(0, len(waiting), STORE_BATCH):
                yield from take(waiting[start : start + STORE_BATCH])
            if len(later) == len(waiting):  # all still taken: let their owners work
                time.sleep(CLAIM_WAIT_S)
    finally:
        claims.release(store, owner)


def rerun_stale(
    store: Store,
    *,
    pipeline: Extractor | None = None,
    errors: ErrorLog | None = None,
    on_error: Callable[[SaysoError], None] | None = None,
    on_progress: Callable[[Summary], None] | None = None,
    debug: bool = False,
) -> Summary:
    """Extract again, from the text and metadata ``store`` holds, every stored document whose
    stage versions differ from ``pipeline``'s, and replace its record (``sayso ingest
    --rerun-stale``). A document that fails keeps its old record; the others are not touched.
    """
    pipe = _pipeline(pipeline)
    versions = dict(pipe.versions)
    counter = _Counter(on_error, on_progress)

    def keep(document: Document, record: Record) -> bool:
        store.add(record, document, versions, replace=True)
        counter.stored(True)
        return True

    return run(
        pipe,
        store.stale_documents(versions),
        keep,
        errors if errors is not None else ErrorLog(None),
        on_error=counter.failed,
        debug=debug,
    )


# -- feeds into the store ----------------------------------------------------------------------


def poll(
    store: Store,
    feed: str,
    *,
    pipeline: Extractor | None = None,
    fetch_options: FetchOptions | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    errors: ErrorLog | None = None,
    on_error: Callable[[SaysoError], None] | None = None,
    debug: bool = False,
) -> Summary:
    """Fetch ``feed`` once and store the records of its new entries.

    Which entries were handled lives in the store (``feed_items``, ``store/sidecar.py``), each
    entry stored and marked as soon as it is extracted: a watcher that is stopped (or killed
    mid-round) and started again keeps what it stored and ingests nothing twice. An entry that
    fails is tried again on later polls, at most ``MAX_ATTEMPTS`` times.
    """
    summary = Summary()
    opts = fetch_options or default_options()

    def fail(err: SaysoError) -> None:
        summary.failed += 1
        summary.errors.append(err)
        if errors is not None:
            errors.write(err)
        if on_error is not None:
            on_error(err)

    try:
        entries = fetch_feed(feed, opts)
    except InputError as err:
        fail(err)
        return summary
    pipe = _pipeline(pipeline)
    name = redact_url(feed)  # the feed as the store keeps it: no credentials
    for entry in entries:  # each entry stored and marked as soon as it is extracted
        if not _wanted(store, name, entry):
            summary.skipped += 1
            continue
        item = entry_document(feed, entry, max_chars=max_chars, options=opts)
        [(doc, result)] = safe_records(pipe, [item], debug=debug)
        if isinstance(result, SaysoError):
            fail(result)
            mark_item(store, name, entry.key, url=entry.link, status="failed", error=str(result))
            continue
        assert doc is not None
        if _store_item(store, name, entry, doc, result, pipe.versions):
            summary.ok += 1
        else:
            summary.skipped += 1
    return summary


def _wanted(store: Store, feed: str, entry: FeedEntry) -> bool:
    """Whether ``entry`` is new, or failed fewer than ``MAX_ATTEMPTS`` times."""
    state = feed_item(store, feed, entry.key)
    return state is None or (state[0] == "failed" and state[1] < MAX_ATTEMPTS)


def _store_item(
    store: Store,
    feed: str,
    entry: FeedEntry,
    doc: Document,
    record: Record,
    versions: Mapping[str, str],
) -> bool:
    """Store the record of one feed entry, link its copies, and mark the entry handled."""
    added = store.add(record, doc, versions)
    sim = simhash(doc.text)
    copy = CopyCandidate(doc.hash, doc.id, doc.source, sim, bands(sim), added)
    link_copies(store, [copy], MAX_DISTANCE)
    status = "stored" if added else "duplicate"
    mark_item(store, feed, entry.key, url=entry.link, status=status, doc_hash=doc.hash)
    return added


def watch(
    store: Store,
    feeds: Sequence[str],
    *,
    every: float,
    once: bool = False,
    pipeline: Extractor | None = None,
    fetch_options: FetchOptions | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    errors: ErrorLog | None = None,
    on_error: Callable[[SaysoError], None] | None = None,
    on_round: Callable[[Summary], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    debug: bool = False,
) -> Summary:
    """Poll every feed, then wait ``every`` seconds, until interrupted (or once)."""
    pipe = _pipeline(pipeline)
    total = Summary()
    while True:
        started = time.monotonic()
        round_summary = Summary()
        for feed in feeds:
            round_summary.add(
                poll(
                    store, feed, pipeline=pipe, fetch_options=fetch_options,
                    max_chars=max_chars, errors=errors, on_error=on_error, debug=debug,
                )
            )  # fmt: skip
        total.add(round_summary)
        if on_round is not None:
            on_round(round_summary)
        if once:
            return total
        sleep(max(0.0, every - (time.monotonic() - started)))
