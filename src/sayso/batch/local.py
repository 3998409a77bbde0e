"""The local engine: worker processes (spawned, one pipeline and model each) writing Parquet.

Each worker builds its pipeline once, in the pool's initializer, and writes the rows of every
task it runs straight to ``OUT/records/published=DATE/part-UNIT-SEQ-N.parquet`` (written under a
hidden name and renamed, so a killed run leaves no half file that readers would see). The driver
reads cheap inputs into tasks, keeps a bounded number of tasks in flight, logs errors, and marks
an input finished in the manifest once all its tasks are done. With one worker everything runs
in this process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, SaysoError
from ..pipeline.base import Extractor
from .manifest import put_file
from .rows import PARTITION, UNKNOWN_DATE, Row, arrow_schema
from .work import (
    BatchOptions,
    Task,
    TaskResult,
    Unit,
    build_pipeline,
    error_from,
    error_tuple,
    peak_rss_mb,
    task_rows,
    unit_tasks,
)

__all__ = ["Counts", "remove_unit_files", "run_local", "write_task"]

RECORDS = "records"


@dataclass
class Counts:
    ok: int = 0
    failed: int = 0
    peak_rss_mb: dict[str, float] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)  # phases of the run, by name


class PartWriter:
    """Rows of one task into Parquet files, one per date partition per flush."""

    def __init__(self, out: Path, task: Task, rows_per_file: int, durable: bool = False) -> None:
        self.root = out / RECORDS
        self.durable = durable
        self.task = task
        self.limit = max(1, rows_per_file)
        self.rows: dict[str, list[Row]] = {}
        self.count = 0
        self.flushes = 0
        self.files: list[str] = []

    def add(self, row: Row) -> None:
        date = str(row.pop(PARTITION) or UNKNOWN_DATE)
        self.rows.setdefault(date, []).append(row)
        self.count += 1
        if self.count >= self.limit:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = arrow_schema()
        for date, rows in sorted(self.rows.items()):
            folder = self.root / f"{PARTITION}={date}"
            folder.mkdir(parents=True, exist_ok=True)
            name = f"part-{self.task.unit}-{self.task.seq:05d}-{self.flushes:03d}.parquet"
            tmp = folder / f".{name}.part"
            pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp, compression="zstd")
            put_file(tmp, folder / name, self.durable)
            self.files.append(str((folder / name).relative_to(self.root.parent)))
        self.rows = {}
        self.count = 0
        self.flushes += 1

    def close(self) -> list[str]:
        if self.count:
            self.flush()
        return self.files


def remove_unit_files(out: Path, key: str) -> None:
    """Files an unfinished earlier run wrote for this input (they are written again)."""
    for f in (out / RECORDS).glob(f"*/part-{key}-*.parquet"):
        f.unlink()


@dataclass(frozen=True, slots=True)
class _Worker:
    pipeline: Extractor  # what work.build_pipeline made
    options: BatchOptions
    out: Path


_WORKER: list[_Worker] = []  # this process's worker, once _init ran


def _init(options: BatchOptions, out: str) -> None:
    _WORKER[:] = [_Worker(build_pipeline(options.pipeline_factory), options, Path(out))]


def run_task(task: Task) -> TaskResult:
    worker = _WORKER[0]
    return write_task(worker.pipeline, worker.options, worker.out, task)


def write_task(pipeline: Extractor, options: BatchOptions, out: Path, task: Task) -> TaskResult:
    """Run ``task`` through ``pipeline`` and write its rows under ``out`` (``PartWriter``)."""
    writer = PartWriter(out, task, options.rows_per_file, options.durable)
    result = TaskResult(task.unit, task.seq, pid=os.getpid())
    for item in task_rows(pipeline, task, options):
        if isinstance(item, SaysoError):
            result.errors.append(error_tuple(item))
        else:
            writer.add(item)
            result.ok += 1
    result.files = writer.close()
    result.peak_rss_mb = peak_rss_mb()
    return result


@dataclass
class _UnitState:
    unit: Unit
    pending: int = 0
    read: bool = False
    ok: int = 0
    failed: int = 0


@dataclass
class _Driver:
    """What the driver keeps of a run: per input, its tasks in flight and counts; the errors go
    to ``on_error``, a finished input to ``on_unit_done``."""

    units: list[Unit]
    options: BatchOptions
    on_error: Callable[[SaysoError], None]
    on_unit_done: Callable[[Unit, int, int], None]
    on_progress: Callable[[Counts], None] | None
    counts: Counts = field(default_factory=Counts)
    states: dict[str, _UnitState] = field(init=False)

    def __post_init__(self) -> None:
        self.states = {u.key: _UnitState(u) for u in self.units}

    def tasks(self) -> Iterator[Task]:
        """The tasks of every input, read here; an input is finished once read and done."""
        for u in self.units:
            state = self.states[u.key]
            for item in unit_tasks(u, self.options):
                if isinstance(item, InputError):
                    state.failed += 1
                    self.counts.failed += 1
                    self.on_error(item)
                    continue
                state.pending += 1
                yield item
            state.read = True
            self.finish(state)

    def finish(self, state: _UnitState) -> None:
        if state.read and state.pending == 0:
            self.on_unit_done(state.unit, state.ok, state.failed)

    def handle(self, result: TaskResult) -> None:
        """Count a finished task, log its errors, keep its worker's peak memory."""
        state = self.states[result.unit]
        state.pending -= 1
        state.ok += result.ok
        self.counts.ok += result.ok
        for row in result.errors:
            state.failed += 1
            self.counts.failed += 1
            self.on_error(error_from(row))
        if result.pid:
            pid = str(result.pid)
            peaks = self.counts.peak_rss_mb
            peaks[pid] = max(result.peak_rss_mb, peaks.get(pid, 0.0))
        if self.on_progress is not None:
            self.on_progress(self.counts)
        self.finish(state)


def run_local(
    units: list[Unit],
    options: BatchOptions,
    out: Path,
    on_error: Callable[[SaysoError], None],
    on_unit_done: Callable[[Unit, int, int], None],
    on_progress: Callable[[Counts], None] | None = None,
) -> Counts:
    """Process ``units``; ``on_unit_done(unit, ok, failed)`` runs when an input is finished."""
    driver = _Driver(units, options, on_error, on_unit_done, on_progress)
    for u in units:
        remove_unit_files(out, u.key)
    if options.worker_count == 1:
        _run_here(driver, out)
    else:
        _run_pool(driver, out)
    return driver.counts


def _run_here(driver: _Driver, out: Path) -> None:
    """Every task in this process, one after another."""
    _init(driver.options, str(out))
    try:
        for task in driver.tasks():
            driver.handle(run_task(task))
    finally:
        _WORKER.clear()


def _run_pool(driver: _Driver, out: Path) -> None:
    """The tasks in spawned worker processes, at most three per worker in flight."""
    n = driver.options.worker_count
    ctx = multiprocessing.get_context("spawn")
    window = n * 3
    with ProcessPoolExecutor(
        max_workers=n, mp_context=ctx, initializer=_init, initargs=(driver.options, str(out))
    ) as pool:
        running: set[Future[TaskResult]] = set()
        source = driver.tasks()
        exhausted = False
        while True:
            while not exhausted and len(running) < window:
                task = next(source, None)
                if task is None:
                    exhausted = True
                    break
                running.add(pool.submit(run_task, task))
            if not running:
                break
            done, running = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                driver.handle(future.result())
