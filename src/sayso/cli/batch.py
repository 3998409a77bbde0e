"""``sayso batch`` (many documents into Parquet, locally or on Spark) and ``sayso watch``
(poll RSS/Atom feeds into the store)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from ..batch import BatchOptions, run_batch
from ..config import Settings
from ..ingest.feeds import parse_every
from ..ingest.url import FetchOptions
from ..jobs import ErrorLog, Summary
from ..jobs import watch as watch_feeds
from ..store import Store
from .common import (
    db_option,
    db_path,
    debug_enabled,
    errors_option,
    max_chars_option,
    note,
    resolve_max_chars,
)

F = TypeVar("F", bound=Callable[..., object])


def _fetch_options(allow_private: bool, timeout: float, max_bytes: int | None) -> FetchOptions:
    allow = allow_private or Settings.from_env().allow_private
    if max_bytes is None:
        return FetchOptions(allow_private=allow, timeout=timeout)
    return FetchOptions(allow_private=allow, timeout=timeout, max_bytes=max_bytes)


def _web_options(f: F) -> F:
    f = click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=None,
        help="Refuse web pages larger than this many bytes (default 10 MiB).",
    )(f)
    f = click.option(
        "--timeout", type=click.FloatRange(min=0.1), default=15.0, show_default=True,
        help="Seconds to wait for a web server at each step.",
    )(f)  # fmt: skip
    return click.option(
        "--allow-private",
        is_flag=True,
        help="Fetch URLs on private, loopback and link-local addresses too (off by default: "
        "SSRF protection; also $SAYSO_ALLOW_PRIVATE=1).",
    )(f)


class _Bar:
    """A one-line progress display on a terminal: articles, articles/s, failures."""

    def __init__(self, live: bool) -> None:
        self.live = live
        self.last = 0.0

    def show(self, ok: int, failed: int, seconds: float) -> None:
        now = time.monotonic()
        if not self.live or now - self.last < 0.2:
            return
        self.last = now
        rate = ok / seconds if seconds > 0 else 0.0
        click.echo(f"\r{ok} articles, {rate:.1f} articles/s, {failed} failed ", err=True, nl=False)

    def clear(self) -> None:
        if self.live:
            click.echo("\r\033[K", err=True, nl=False)


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
    "--workers", type=click.IntRange(min=1), default=None,
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
@click.option("--rerun", is_flag=True, help="Process inputs an earlier run finished again.")
@errors_option(None, default_help="OUT/errors.jsonl")
@click.option("--silent", is_flag=True, help="No progress or summary on stderr.")
@max_chars_option
@_web_options
def batch(
    inputs: tuple[str, ...],
    out: Path,
    engine: str,
    workers: int | None,
    master: str | None,
    spark_writer: str,
    rerun: bool,
    errors_path: Path | None,
    silent: bool,
    max_chars: int | None,
    allow_private: bool,
    timeout: float,
    max_bytes: int | None,
) -> None:
    """Extract INPUTS (files, directories, WARC archives, URLs, -) into Parquet under OUT.

    Resumable: inputs finished by an earlier run into the same OUT are skipped. Load the result
    into the store with `sayso ingest OUT --db news.db`.
    """
    fetch = _fetch_options(allow_private, timeout, max_bytes)
    options = BatchOptions(
        engine=engine, workers=workers, max_chars=resolve_max_chars(max_chars), fetch=fetch,
        rerun=rerun, spark_master=master, spark_writer=spark_writer, debug=debug_enabled(),
    )  # fmt: skip
    errors_file = errors_path or out / "errors.jsonl"
    bar = _Bar(not silent and sys.stderr.isatty())
    summary = run_batch(
        inputs, out, options,
        errors=ErrorLog(errors_file),
        on_error=lambda e: None if silent else note(f"{chr(13) if bar.live else ''}error: {e}"),
        on_progress=lambda c, s: bar.show(c.ok, c.failed, s),
    )  # fmt: skip
    bar.clear()
    if not silent:
        tail = f" (see {errors_file})" if summary.failed else ""
        note(summary.line() + tail)
    sys.exit(summary.exit_code)


@click.command()
@click.argument("feeds", nargs=-1, required=True)
@db_option()
@click.option("--every", default="15m", show_default=True, help="Poll interval: 30s, 15m, 1h.")
@click.option("--once", is_flag=True, help="Poll each feed once and exit.")
@errors_option(what="items")
@click.option("--silent", is_flag=True, help="No summary lines on stderr.")
@max_chars_option
@_web_options
def watch(
    feeds: tuple[str, ...],
    db: Path | None,
    every: str,
    once: bool,
    errors_path: Path,
    silent: bool,
    max_chars: int | None,
    allow_private: bool,
    timeout: float,
    max_bytes: int | None,
) -> None:
    """Poll RSS/Atom FEEDS, fetch new articles and store their records (Ctrl-C to stop).

    What was stored is remembered in the store: a restarted watcher ingests nothing twice.
    """
    seconds = parse_every(every)
    fetch = _fetch_options(allow_private, timeout, max_bytes)

    def report(s: Summary) -> None:
        if not silent:
            stamp = time.strftime("%H:%M:%S")
            note(f"{stamp} {s.ok} stored, {s.skipped} seen before, {s.failed} failed")

    log = ErrorLog(errors_path)
    with Store(db_path(db)) as store:
        try:
            total = watch_feeds(
                store, feeds, every=seconds, once=once, fetch_options=fetch,
                max_chars=resolve_max_chars(max_chars), errors=log,
                on_error=None if silent else (lambda e: note(f"error: {e}")),
                on_round=report, debug=debug_enabled(),
            )  # fmt: skip
        finally:
            log.close()
    sys.exit(total.exit_code)
