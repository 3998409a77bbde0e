"""Batch runs: the per-document pipeline over many inputs, locally or on Spark, into Parquet.

``run_batch(inputs, out, options)`` writes ``OUT/records/published=YYYY-MM-DD/*.parquet``
(``published=__HIVE_DEFAULT_PARTITION__`` for records without a date; columns in ``rows.py``)
and ``OUT/manifest.json`` (``manifest.py``). It is resumable: inputs the manifest marks finished
(same size and modification time) are skipped, unless ``rerun``. Failures go to the ErrorLog.

Engines: ``local`` (``local.py``: spawned worker processes, one model each) and ``spark``
(``spark.py``, imported only when asked for). ``load_batch`` (``load.py``) puts the Parquet into
the SQLite store in bulk (``sayso ingest OUT``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError, InputError, SaysoError
from ..jobs import ErrorLog
from .local import Counts
from .manifest import InputEntry, Manifest, RunEntry, now
from .work import BatchOptions, Unit, expand_units

__all__ = ["ENGINES", "BatchOptions", "BatchSummary", "run_batch"]

ENGINES = ("local", "spark")


@dataclass
class BatchSummary:
    ok: int = 0  # records written
    failed: int = 0  # documents or inputs that failed
    skipped: int = 0  # inputs finished by an earlier run
    inputs: int = 0  # inputs processed in this run
    seconds: float = 0.0
    peak_rss_mb: dict[str, float] = field(default_factory=dict)
    errors: list[SaysoError] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0

    @property
    def rate(self) -> float:
        return self.ok / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        parts = [f"{self.ok} records written from {self.inputs} inputs"]
        if self.skipped:
            parts.append(f"{self.skipped} inputs already done")
        parts.append(f"{self.failed} failed")
        return ", ".join(parts) + f" in {self.seconds:.1f} s ({self.rate:.1f} articles/s)"


def run_batch(
    inputs: Iterable[str],
    out: str | Path,
    options: BatchOptions | None = None,
    *,
    errors: ErrorLog | None = None,
    on_error: Callable[[SaysoError], None] | None = None,
    on_progress: Callable[[Counts, float], None] | None = None,
) -> BatchSummary:
    """Run the pipeline over ``inputs`` into ``out`` (see the module docstring)."""
    opts = options or BatchOptions()
    out = _out_dir(out, opts)
    log = errors if errors is not None else ErrorLog(None)
    run = _Run(opts, Manifest(out, opts.durable), log, on_error, on_progress)
    units = run.plan(inputs)
    try:
        if opts.engine == "spark":
            from .spark import run_spark

            counts = run_spark(units, opts, out, run.failed, run.unit_done)
        else:
            from .local import run_local

            counts = run_local(units, opts, out, run.failed, run.unit_done, run.progress)
    finally:
        run.log.close()
    return run.finish(counts)


def _out_dir(out: str | Path, opts: BatchOptions) -> Path:
    """``out``, created; a ConfigError for an unknown engine or an ``out`` that is a file."""
    if opts.engine not in ENGINES:
        raise ConfigError(f"unknown engine {opts.engine!r}; use one of: {', '.join(ENGINES)}")
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ConfigError(f"--out {out} is a file; give a directory")
    out.mkdir(parents=True, exist_ok=True)
    return out


@dataclass
class _Run:
    """One ``run_batch``: its summary, and what the engines call back."""

    opts: BatchOptions
    manifest: Manifest
    log: ErrorLog
    on_error: Callable[[SaysoError], None] | None
    on_progress: Callable[[Counts, float], None] | None
    summary: BatchSummary = field(default_factory=BatchSummary)
    start: float = field(default_factory=time.monotonic)
    started_at: str = field(default_factory=now)

    def failed(self, err: SaysoError) -> None:
        self.summary.errors.append(err)
        self.log.write(err)
        if self.on_error is not None:
            self.on_error(err)

    def plan(self, inputs: Iterable[str]) -> list[Unit]:
        """The units to process: each input once, less those the manifest holds as finished
        (unless ``rerun``); the inputs that cannot be read are counted and logged."""
        units: list[Unit] = []
        seen: set[str] = set()
        for item in expand_units(inputs):
            if isinstance(item, InputError):
                self.summary.failed += 1
                self.failed(item)
            elif item.key in seen:
                continue
            elif not self.opts.rerun and self.manifest.done(item.key, item.fingerprint):
                self.summary.skipped += 1
                seen.add(item.key)
            else:
                units.append(item)
                seen.add(item.key)
        return units

    def unit_done(self, unit: Unit, ok: int, bad: int) -> None:
        self.summary.inputs += 1
        entry: InputEntry = {"source": unit.source, "fingerprint": unit.fingerprint,
                             "records": ok, "failed": bad, "engine": self.opts.engine}  # fmt: skip
        if unit.source != "-":
            self.manifest.finish(unit.key, entry)

    def progress(self, counts: Counts) -> None:
        if self.on_progress is not None:
            self.on_progress(counts, time.monotonic() - self.start)

    def finish(self, counts: Counts) -> BatchSummary:
        """The summary, with the engine's ``counts``; the run added to the manifest."""
        summary = self.summary
        summary.ok = counts.ok
        summary.failed += counts.failed
        summary.peak_rss_mb = counts.peak_rss_mb
        summary.seconds = time.monotonic() - self.start
        versions = _versions(self.opts)
        if versions:
            self.manifest.data["stage_versions"] = versions
        run: RunEntry = {
            "engine": self.opts.engine, "workers": self.opts.worker_count,
            "started_at": self.started_at, "finished_at": now(),
            "seconds": round(summary.seconds, 3), "records": summary.ok,
            "failed": summary.failed, "skipped_inputs": summary.skipped,
            "articles_per_s": round(summary.rate, 2), "peak_rss_mb": summary.peak_rss_mb,
        }  # fmt: skip
        if counts.seconds:  # e.g. Spark: the session's start, the job
            run["phases_s"] = {k: round(v, 3) for k, v in counts.seconds.items()}
        self.manifest.add_run(run)
        return summary


def _versions(opts: BatchOptions) -> dict[str, str]:
    if opts.pipeline_factory:
        return {}
    from ..pipeline import Pipeline

    return Pipeline().versions
