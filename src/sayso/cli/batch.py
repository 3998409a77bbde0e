"""``sayso batch``: many documents into Parquet, locally or on Spark."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..batch import BatchOptions, run_batch
from ..batch.local import Counts
from ..jobs import ErrorLog
from .common import (
    MAX_WORKERS,
    Bar,
    debug_enabled,
    durable_option,
    errors_option,
    fetch_options,
    max_chars_option,
    note,
    rerun_option,
    resolve_durable,
    resolve_fetch,
    resolve_max_chars,
    silent_option,
)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--out", type=click.Path(file_okay=False, path_type=Path), required=True,
    help="Directory for records/ (Parquet, partitioned by publication date) and manifest.json.",
)  # fmt: skip
@click.option(
    "--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
    help="local: worker processes on this machine; spark: Apache Spark (pip install "
    "'sayso[spark]', Java 17+).",
)  # fmt: skip
@click.option(
    "--workers", type=click.IntRange(1, MAX_WORKERS), default=None,
    help="Worker processes (local) or local[N] cores (spark) (default: every core).",
)  # fmt: skip
@click.option("--master", default=None, help="Spark master URL (default: local[WORKERS]).")
@click.option(
    "--spark-writer", type=click.Choice(["auto", "workers", "spark"]), default="auto",
    show_default=True,
    help="Spark: who writes the Parquet. workers: each Python worker writes its files (OUT on a "
    "filesystem all workers see); spark: Spark's writer (any Hadoop filesystem, s3a://); auto: "
    "workers on local[N], spark on a cluster.",
)  # fmt: skip
@rerun_option
@errors_option
@silent_option
@durable_option
@max_chars_option
@fetch_options
def batch(
    inputs: tuple[str, ...],
    out: Path,
    engine: str,
    workers: int | None,
    master: str | None,
    spark_writer: str,
    rerun: bool,
    errors_path: Path,
    silent: bool,
    durable: bool,
    max_chars: int | None,
    allow_private: bool,
    timeout: float,
    max_bytes: int | None,
) -> None:
    """Extract INPUTS (files, directories, WARC archives, URLs, -) into Parquet under OUT.

    Resumable: inputs finished by an earlier run into the same OUT are skipped. Load the result
    into the store with `sayso ingest OUT --db news.db`.
    """
    fetch = resolve_fetch(allow_private, timeout, max_bytes)
    options = BatchOptions(
        engine=engine, workers=workers, max_chars=resolve_max_chars(max_chars), fetch=fetch,
        rerun=rerun, spark_master=master, spark_writer=spark_writer,
        durable=resolve_durable(durable), debug=debug_enabled(),
    )  # fmt: skip
    with Bar.on_stderr(silent, "batch") as bar:

        def progress(c: Counts, _seconds: float) -> None:
            bar.show(c.ok + c.failed, f"{c.ok} articles, {c.failed} failed")

        summary = run_batch(
            inputs, out, options, errors=ErrorLog(errors_path),
            on_error=lambda e: bar.error(f"error: {e}"), on_progress=progress,
        )  # fmt: skip
    if not silent:
        tail = f" (see {errors_path})" if summary.failed else ""
        note(summary.line() + tail)
    sys.exit(summary.exit_code)
