"""``sayso ingest`` as a library function: read sources, extract what is new, store each record."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from ..errors import InputError, SaysoError
from ..ingest import read_sources
from ..runner import ErrorLog, Summary, run
from ..types import Document, Record
from . import Store


def ingest(
    store: Store,
    sources: Iterable[str],
    *,
    pipeline: Any = None,
    errors: ErrorLog | None = None,
    rerun: bool = False,
    on_error: Callable[[SaysoError], None] | None = None,
    on_progress: Callable[[Summary], None] | None = None,
    debug: bool = False,
    max_chars: int | None = None,
) -> Summary:
    """Store the record of every document in ``sources`` that ``store`` does not hold yet.

    Documents whose content hash is stored are skipped before the pipeline runs (with ``rerun``
    they are extracted again and their records replaced). Each record is committed on its own,
    so an interrupted ingest keeps what it stored and a re-run continues where it stopped.
    ``pipeline`` defaults to ``Pipeline()``; ``on_progress`` gets the running counts.
    """
    if pipeline is None:
        from ..pipeline import Pipeline

        pipeline = Pipeline()
    versions: dict[str, str] = dict(getattr(pipeline, "versions", {}))
    counts = Summary()

    def progress() -> None:
        if on_progress is not None:
            on_progress(counts)

    def new_only(items: Iterable[Document | InputError]) -> Iterator[Document | InputError]:
        for item in items:
            if not rerun and isinstance(item, Document) and store.has(item.hash):
                counts.skipped += 1
                progress()
                continue
            yield item

    def keep(document: Document, record: Record) -> bool:
        added = store.add(record, document, versions, replace=rerun)
        if added:
            counts.ok += 1
        else:
            counts.skipped += 1
        progress()
        return added

    def failed(err: SaysoError) -> None:
        counts.failed += 1
        if on_error is not None:
            on_error(err)
        progress()

    summary = run(
        pipeline,
        new_only(read_sources(sources, **({} if max_chars is None else {"max_chars": max_chars}))),
        keep,
        errors if errors is not None else ErrorLog(None),
        on_error=failed,
        debug=debug,
    )
    summary.skipped = counts.skipped
    return summary
