"""``sayso watch``: poll RSS/Atom feeds and store the records of their new articles."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from ..ingest.feeds import parse_every
from ..jobs import ErrorLog, Summary
from ..jobs import watch as watch_feeds
from ..store import Store
from .common import (
    db_option,
    db_path,
    debug_enabled,
    durable_option,
    errors_option,
    fetch_options,
    max_chars_option,
    note,
    resolve_durable,
    resolve_fetch,
    resolve_max_chars,
    silent_option,
)


@click.command()
@click.argument("feeds", nargs=-1, required=True)
@db_option()
@click.option("--every", default="15m", show_default=True, help="Poll interval: 30s, 15m, 1h.")
@click.option("--once", is_flag=True, help="Poll each feed once and exit.")
@errors_option
@silent_option
@durable_option
@max_chars_option
@fetch_options
def watch(
    feeds: tuple[str, ...],
    db: Path | None,
    every: str,
    once: bool,
    errors_path: Path,
    silent: bool,
    durable: bool,
    max_chars: int | None,
    allow_private: bool,
    timeout: float,
    max_bytes: int | None,
) -> None:
    """Poll RSS/Atom FEEDS, fetch new articles and store their records (Ctrl-C to stop).

    What was stored is remembered in the store: a restarted watcher ingests nothing twice.
    """
    seconds = parse_every(every)
    fetch = resolve_fetch(allow_private, timeout, max_bytes)

    def report(s: Summary) -> None:
        if not silent:
            stamp = time.strftime("%H:%M:%S")
            note(f"{stamp} {s.ok} stored, {s.skipped} seen before, {s.failed} failed")

    log = ErrorLog(errors_path)
    with Store(db_path(db), durable=resolve_durable(durable)) as store:
        try:
            total = watch_feeds(
                store, feeds, every=seconds, once=once, fetch_options=fetch,
                max_chars=resolve_max_chars(max_chars), errors=log,
                on_error=lambda e: note(f"error: {e}"), on_round=report, debug=debug_enabled(),
            )  # fmt: skip
        finally:
            log.close()
    sys.exit(total.exit_code)
