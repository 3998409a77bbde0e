"""What both engines share: inputs cut into units and tasks, and the per-task work.

A *unit* is one input the manifest tracks: a file (directories are expanded recursively), a URL
or standard input. A re-run skips a unit whose fingerprint (size and modification time of a
file; the URL itself) the manifest holds as finished.

A *task* is what one worker does at a time. Text and JSONL units are cheap to read: the driver
reads them and cuts them into tasks of ``chunk_size`` documents, so that one large JSONL file
keeps every worker busy. HTML pages, WARC archives and URLs are expensive to read (trafilatura,
decompression, the network): the task names the input and the worker reads it.
"""

from __future__ import annotations

import hashlib
import importlib
import io
import os
import resource
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..config import DEFAULT_MAX_CHARS
from ..errors import ConfigError, ExtractionError, InputError, SaysoError, StoreError
from ..ingest.readers import SUFFIXES, file_suffix, list_files, read_source
from ..ingest.url import FetchOptions, is_web_url, redact_url
from ..jobs import safe_records
from ..pipeline import Extractor, Pipeline
from ..types import Document, Record
from .rows import Row, record_row

__all__ = [
    "BatchOptions",
    "Task",
    "TaskResult",
    "Unit",
    "build_pipeline",
    "expand_units",
    "peak_rss_mb",
    "task_records",
    "unit_tasks",
]

_CHEAP = (".txt", ".jsonl")
_ERRORS: dict[str, type[SaysoError]] = {
    c.code: c for c in (InputError, ExtractionError, StoreError, ConfigError)
}


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How ``sayso batch`` runs (see :func:`sayso.batch.run_batch`)."""

    engine: str = "local"  # local | spark
    workers: int | None = None  # default: every core
    max_chars: int = DEFAULT_MAX_CHARS
    fetch: FetchOptions | None = None
    rerun: bool = False  # process finished inputs again
    chunk_size: int = 8  # documents per task
    rows_per_file: int = 5000  # local engine: rows per Parquet file at most
    pipeline_factory: str | None = None  # "module:callable" building each worker's pipeline
    spark_master: str | None = None  # default local[workers]; None on a cluster via submit
    spark_conf: tuple[tuple[str, str], ...] = ()
    # who writes the Parquet on Spark: "workers" (each Python worker writes its tasks' files with
    # pyarrow, as the local engine does: needs OUT on a filesystem every worker sees), "spark"
    # (Spark's DataFrame writer: any Hadoop filesystem, s3a://...), "auto": workers for a
    # local[N] master, spark otherwise
    spark_writer: str = "auto"
    # sync each Parquet file this engine writes (not Spark's own writer) and the manifest to
    # disk before an input counts as finished
    durable: bool = False
    debug: bool = False

    @property
    def worker_count(self) -> int:
        return max(1, self.workers or os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class Unit:
    key: str
    source: str
    fingerprint: str
    heavy: bool  # read by the worker


@dataclass(frozen=True, slots=True)
class Task:
    unit: str
    seq: int
    source: str | None = None  # read by the worker
    docs: tuple[Document, ...] = ()  # read by the driver


@dataclass
class TaskResult:
    unit: str
    seq: int
    ok: int = 0
    errors: list[tuple[str, str, str | None]] = field(default_factory=list)  # code, msg, source
    files: list[str] = field(default_factory=list)
    pid: int = 0
    peak_rss_mb: float = 0.0


def error_tuple(err: SaysoError) -> tuple[str, str, str | None]:
    return (err.code, err.message, err.source)


def error_from(row: tuple[str, str, str | None]) -> SaysoError:
    code, message, source = row
    return _ERRORS.get(code, SaysoError)(message, source=source)


def _key(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]


def _unit(source: str, path: Path | None) -> Unit:
    if path is None:
        return Unit(_key(source), source, source, heavy=True)
    st = path.stat()
    name = str(path.resolve())
    heavy = file_suffix(path) not in _CHEAP
    return Unit(_key(name), source, f"{st.st_size}:{st.st_mtime_ns}", heavy)


def expand_units(inputs: Iterable[str]) -> Iterator[Unit | InputError]:
    """The units of ``inputs``; an InputError for a missing or unreadable one."""
    for source in inputs:
        if source == "-":
            data = sys.stdin.buffer.read()
            yield Unit(_key("-" + hashlib.sha256(data).hexdigest()), "-", "-", heavy=False)
            _STDIN[0] = data
            continue
        if is_web_url(source):
            yield _unit(redact_url(source), None)
            continue
        path = Path(source)
        if path.is_dir():
            files = list_files(path)
            if not files:
                for item in read_source(source):  # the reader's "no files" error
                    if isinstance(item, InputError):
                        yield item
                continue
            for f in files:
                yield _unit(str(f), f)
        elif path.is_file() and file_suffix(path) in SUFFIXES:
            yield _unit(source, path)
        else:
            for item in read_source(source):  # the reader's error for it
                if isinstance(item, InputError):
                    yield item


_STDIN: list[bytes] = [b""]


def unit_tasks(unit: Unit, options: BatchOptions) -> Iterator[Task | InputError]:
    """The tasks of one unit (read here when cheap), and the InputErrors met reading it."""
    if unit.heavy:
        yield Task(unit.key, 0, source=unit.source)
        return
    stdin = io.BytesIO(_STDIN[0]) if unit.source == "-" else None
    chunk: list[Document] = []
    seq = 0
    for item in read_source(unit.source, max_chars=options.max_chars, stdin=stdin):
        if isinstance(item, InputError):
            yield item
            continue
        chunk.append(item)
        if len(chunk) >= options.chunk_size:
            yield Task(unit.key, seq, docs=tuple(chunk))
            seq += 1
            chunk = []
    if chunk or seq == 0:
        yield Task(unit.key, seq, docs=tuple(chunk))


def build_pipeline(factory: str | None) -> Extractor:
    """The pipeline of one worker: ``factory`` ("module:callable"), else ``Pipeline()`` with the
    model loaded now (once per worker process)."""
    if factory:
        module, _, name = factory.partition(":")
        try:
            built: object = getattr(importlib.import_module(module), name)()
        except (ImportError, AttributeError) as exc:
            raise ConfigError(f"pipeline factory {factory!r} not found ({exc})") from exc
        if not isinstance(built, Extractor):
            raise ConfigError(
                f"pipeline factory {factory!r} built a {type(built).__name__}, which lacks "
                "versions, process or extract; return an object like sayso.pipeline.Pipeline"
            )
        return built
    pipeline = Pipeline()
    _ = pipeline.nlp  # load the model in the worker's initializer, not on the first task
    return pipeline


def task_records(
    pipeline: Extractor, task: Task, options: BatchOptions
) -> Iterator[tuple[Document | None, Record | SaysoError]]:
    """Each document of ``task`` with its record, or the error that stopped it."""
    items: Iterable[Document | InputError]
    if task.source is not None:
        items = read_source(task.source, max_chars=options.max_chars, fetch=options.fetch)
    else:
        items = task.docs
    yield from safe_records(pipeline, items, debug=options.debug)


def task_rows(pipeline: Extractor, task: Task, options: BatchOptions) -> Iterator[Row | SaysoError]:
    """The Parquet row of each document of ``task`` (its record and the stage versions), or
    the error that stopped it."""
    versions = dict(pipeline.versions)
    for doc, result in task_records(pipeline, task, options):
        if isinstance(result, SaysoError):
            yield result
        else:
            assert doc is not None
            yield record_row(doc, result, versions)


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)
