"""Batch bookkeeping shared by ``extract`` and ``ingest``: run the pipeline over many inputs,
keep going past bad documents, write failures to ``errors.jsonl`` and count everything."""

from __future__ import annotations

import json
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .errors import ExtractionError, InputError, SaysoError
from .types import Document, Record


@dataclass
class Summary:
    ok: int = 0
    skipped: int = 0  # already stored
    failed: int = 0
    errors: list[SaysoError] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    def line(self, verb: str = "processed") -> str:
        parts = [f"{self.ok} {verb}"]
        if self.skipped:
            parts.append(f"{self.skipped} already stored")
        parts.append(f"{self.failed} failed")
        return ", ".join(parts)


class ErrorLog:
    """Appends one JSON line per failure to ``path``; creates the file only when needed."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._fh: IO[str] | None = None

    def write(self, err: SaysoError) -> None:
        if self.path is None:
            return
        if self._fh is None:
            self._fh = self.path.open("w", encoding="utf-8")  # this run's failures only
        row = {"source": err.source, "code": err.code, "error": err.message}
        self._fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def safe_records(
    pipeline: Any, items: Iterable[Document | InputError], debug: bool = False
) -> Iterator[tuple[Document | None, Record | SaysoError]]:
    """Pair each input with its record, or with the error that stopped it.

    Good documents go through ``pipeline.process`` in batches; a document whose stages raise is
    retried alone so that one bad document costs only itself.
    """
    buffer: list[Document] = []

    def flush() -> Iterator[tuple[Document | None, Record | SaysoError]]:
        if not buffer:
            return
        batch = list(buffer)
        buffer.clear()
        try:
            records = list(pipeline.process(batch))
        except Exception:
            if debug:
                traceback.print_exc()
            for doc in batch:
                yield doc, _one(pipeline, doc, debug)
            return
        yield from zip(batch, records, strict=True)

    for item in items:
        if isinstance(item, InputError):
            yield from flush()
            yield None, item
            continue
        buffer.append(item)
        if len(buffer) >= 32:
            yield from flush()
    yield from flush()


def _one(pipeline: Any, doc: Document, debug: bool) -> Record | SaysoError:
    try:
        rec: Record = pipeline.extract(doc)
        return rec
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
    pipeline: Any,
    items: Iterable[Document | InputError],
    on_record: Callable[[Document, Record], bool | None],
    errors: ErrorLog,
    on_error: Callable[[SaysoError], None] | None = None,
    debug: bool = False,
) -> Summary:
    """Feed every good document's record to ``on_record`` (return False = already stored)."""
    summary = Summary()
    for doc, result in safe_records(pipeline, items, debug=debug):
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
