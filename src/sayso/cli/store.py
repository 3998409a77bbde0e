"""Store commands: ingest, quotes, events, actors, query, export, migrate."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

import click

from ..batch.load import is_batch_output, load_batch
from ..errors import ConfigError, SaysoError, StoreError
from ..jobs import ErrorLog, Summary
from ..jobs import ingest as ingest_sources
from ..jobs import rerun_stale as rerun_stale_documents
from ..store import TABLES, FilterError, Filters, NoStore, Store
from ..store import migrate as migrate_store
from ..store.filters import confidence_floor
from ..store.queries import CONFIDENT_TABLES
from .common import (
    ACTORS_TABLE,
    EVENTS_TABLE,
    QUOTES_TABLE,
    Bar,
    db_option,
    db_path,
    debug_enabled,
    durable_option,
    emit_rows,
    errors_option,
    fetch_options,
    file_format_option,
    format_option,
    max_chars_option,
    note,
    rerun_option,
    resolve_durable,
    resolve_fetch,
    resolve_max_chars,
    silent_option,
    wide_option,
)

F = TypeVar("F", bound=Callable[..., object])
# what the filter options give a command: text, a number, or None when not given
Option = str | int | float | None

MIN_CONFIDENCE_HELP = (
    "List only facts at least this sure (0 to 1; 0 lists all). Default: $SAYSO_MIN_CONFIDENCE, "
    "else the threshold that keeps precision >= 0.85 on Sayso's own gold (docs/record.md)."
)


def _min_confidence_option(f: F) -> F:
    return click.option(
        "--min-confidence",
        "min_confidence",
        type=click.FloatRange(0.0, 1.0),
        default=None,
        help=MIN_CONFIDENCE_HELP,
    )(f)


def _open(db: Path | None) -> Store:
    """The store for a command that reads: it must exist already, and it is opened read-only
    (never created, set up or upgraded; it may belong to someone else)."""
    try:
        return Store(db_path(db), read_only=True)
    except NoStore as err:
        raise StoreError(
            f"no Sayso store at {err.path}; run `sayso ingest` first, or pass --db FILE"
        ) from err


def _filter_options(types: bool) -> Callable[[F], F]:
    def decorate(f: F) -> F:
        options = [
            click.option("--actor", help="Part of an actor's name (any case), or an entity id."),
            click.option("--outlet", help="Only articles from this outlet (any case)."),
            click.option("--since", help="From this date on: YYYY, YYYY-MM or YYYY-MM-DD."),
            click.option("--until", help="Up to this date, inclusive: YYYY, YYYY-MM, YYYY-MM-DD."),
            click.option("--search", help='Full-text search: words, "a phrase", OR, NOT, pre*.'),
            click.option("--limit", type=click.IntRange(min=0), help="At most this many rows."),
            _min_confidence_option,
        ]
        if types:
            options.append(click.option("--type", "type_", help="Only this type (PLOVER, NER)."))
        for option in reversed(options):
            f = option(f)
        return f

    return decorate


class _Progress:
    """The running counts of ``sayso ingest`` on a progress line (a terminal only)."""

    def __init__(self, bar: Bar, verb: str = "stored") -> None:
        self.bar = bar
        self.live = bar.live
        self.verb = verb

    def show(self, counts: Summary) -> None:
        self.bar.show(counts.ok + counts.skipped + counts.failed, counts.line(self.verb))

    def callback(self) -> Callable[[Summary], None] | None:
        return self.show if self.live else None

    def error(self, err: SaysoError) -> None:
        self.bar.error(f"error: {err}")


def _load_batches(store: Store, outs: list[str], bar: _Progress, log: ErrorLog) -> Summary:
    """Load the Parquet of the `sayso batch` output directories ``outs``, in bulk; a bad row
    is reported (``log``, the terminal) and counted, the rest loaded."""
    loaded = Summary()

    def failed(err: SaysoError) -> None:
        loaded.failed += 1
        log.write(err)
        bar.error(err)

    for out in outs:
        added, seen = load_batch(
            store, out, on_error=failed,
            on_progress=(lambda a, s: bar.show(Summary(a, s, loaded.failed))) if bar.live else None,
        )  # fmt: skip
        loaded.ok += added
        loaded.skipped += seen
    return loaded


def _filters(options: Mapping[str, Option], kind: str) -> Filters:
    """The filter options as Filters; a bad value is reported with its option's name. ``kind``
    (attributions, events, entities) picks the default --min-confidence."""

    def text(name: str) -> str | None:
        value = options.get(name)
        return value if isinstance(value, str) else None

    limit = options.get("limit")
    given = options.get("min_confidence")
    try:
        return Filters(
            actor=text("actor"),
            outlet=text("outlet"),
            since=text("since"),
            until=text("until"),
            search=text("search"),
            type=text("type_"),
            limit=limit if isinstance(limit, int) else None,
            min_confidence=confidence_floor(kind, float(given) if given is not None else None),
        )
    except FilterError as err:
        raise ConfigError(f"--{err.name} {err.value!r} {err.problem}") from err


@click.command()
@click.argument("paths", nargs=-1)
@db_option()
@errors_option
@rerun_option
@click.option(
    "--rerun-stale",
    is_flag=True,
    help="Extract again, from the stored text, every stored document an older version of a "
    "stage extracted (PATHS not needed).",
)
@silent_option
@durable_option
@max_chars_option
@fetch_options
def ingest(
    paths: tuple[str, ...],
    db: Path | None,
    errors_path: Path,
    rerun: bool,
    rerun_stale: bool,
    silent: bool,
    durable: bool,
    max_chars: int | None,
    allow_private: bool,
    timeout: float,
    max_bytes: int | None,
) -> None:
    """Extract PATHS (.txt, .jsonl, .html, .warc(.gz) files, URLs, or - for standard input) into
    the store. A directory written by `sayso batch` is loaded from its Parquet, in bulk.

    Documents already stored (same text) are skipped before extraction; an interrupted ingest
    keeps what it stored, and running it again continues where it stopped. With --rerun-stale,
    stored documents whose stage versions are not the current ones are extracted again.
    """
    if not paths and not rerun_stale:
        raise click.UsageError("give PATHS to ingest, or --rerun-stale")
    log = ErrorLog(errors_path)
    batches = [p for p in paths if is_batch_output(p)]  # `sayso batch` output: Parquet, in bulk
    sources = [p for p in paths if p not in batches]
    with (
        Bar.on_stderr(silent, "ingest") as live,
        Store(db_path(db), durable=resolve_durable(durable)) as store,
    ):
        bar = _Progress(live)
        summary = _load_batches(store, batches, bar, log)
        if sources:
            summary.add(
                ingest_sources(
                    store, sources, errors=log, rerun=rerun,
                    on_error=bar.error, on_progress=bar.callback(), debug=debug_enabled(),
                    max_chars=resolve_max_chars(max_chars),
                    fetch_options=resolve_fetch(allow_private, timeout, max_bytes),
                )
            )  # fmt: skip
        stale = Summary()
        if rerun_stale:
            again = _Progress(live, "extracted again")
            stale = rerun_stale_documents(
                store, errors=log, on_error=again.error,
                on_progress=again.callback(), debug=debug_enabled(),
            )  # fmt: skip
    log.close()
    if not silent:
        tail = f" (see {errors_path})" if summary.failed or stale.failed else ""
        if paths:
            note(summary.line("stored") + ("" if rerun_stale else tail))
        if rerun_stale:
            note(stale.line("extracted again") + tail)
    sys.exit(1 if summary.failed or stale.failed else 0)


@click.command()
@db_option()
@_filter_options(types=False)
@format_option()
@wide_option
def quotes(db: Path | None, fmt: str | None, wide: bool, **options: Option) -> None:
    """Who said what: attributions, newest article first (best match first with --search)."""
    f = _filters(options, "attributions")
    with _open(db) as store:
        rows = store.quotes(f)
    emit_rows(rows, fmt, layout=QUOTES_TABLE, wide=wide)


@click.command()
@db_option()
@_filter_options(types=True)
@format_option()
@wide_option
def events(db: Path | None, fmt: str | None, wide: bool, **options: Option) -> None:
    """Who did what to whom: events, newest article first (--search: the article's text)."""
    f = _filters(options, "events")
    with _open(db) as store:
        rows = store.events(f)
    emit_rows(rows, fmt, layout=EVENTS_TABLE, wide=wide)


@click.command()
@db_option()
@_filter_options(types=True)
@format_option()
@wide_option
def actors(db: Path | None, fmt: str | None, wide: bool, **options: Option) -> None:
    """Actors across articles: documents and mentions, most covered first."""
    f = _filters(options, "entities")
    with _open(db) as store:
        rows = store.actors(f)
    emit_rows(rows, fmt, layout=ACTORS_TABLE, wide=wide)


@click.command()
@click.argument("sql")
@db_option()
@format_option()
@wide_option
def query(sql: str, db: Path | None, fmt: str | None, wide: bool) -> None:
    """Run one read-only SQL statement (SELECT) against the store."""
    with _open(db) as store:
        rows = store.query(sql)
    emit_rows(rows, fmt, wide=wide)


@click.command()
@click.argument("table")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The file to write (default: standard output); its suffix .jsonl, .csv or .parquet "
    "names the format unless -f does.",
)
@file_format_option()
@click.option(
    "--raw", is_flag=True, help="events: the stored rows as they are, not the event table."
)
@_min_confidence_option
@db_option()
def export(
    table: str,
    output: Path | None,
    fmt: str | None,
    raw: bool,
    min_confidence: float | None,
    db: Path | None,
) -> None:
    """Write TABLE (documents, entities, attributions, events, times, divergences, corrections)
    to a file or to standard output.

    `events` is written as the event table: one row per event with its document, actors and
    their countries, place, trigger, evidence sentence (offsets into the document's text) and
    the attribution it rests on; `-f plover` writes it as PLOVER-style JSON Lines.
    `corrections` writes the documents `sayso fix` corrected as attribution gold (JSON Lines),
    for `sayso eval attributions GOLD PRED`. Entities, attributions and events below
    --min-confidence are left out.
    """
    floor = confidence_floor(table if table in CONFIDENT_TABLES else "", min_confidence)
    with _open(db) as store:
        _check_format(table, output, fmt, raw)
        if table == "corrections":
            n = _export_gold(store, output)
        elif table == "events" and not raw:
            n = store.export_events(output, fmt=fmt, min_confidence=floor)
        else:
            n = store.export(table, output, fmt=fmt, min_confidence=floor)
    if output is not None:
        note(f"{n} row{'' if n == 1 else 's'} of {table} written to {output}")


@click.command()
@db_option()
def migrate(db: Path | None) -> None:
    """Upgrade the store to the schema of this Sayso. Commands that only read a store never
    change it, so they refuse an older one until it is upgraded (`sayso ingest` upgrades it
    too)."""
    path = db_path(db)
    try:
        before, after = migrate_store(path)
    except NoStore as err:
        raise StoreError(f"no Sayso store at {err.path}; pass --db FILE") from err
    if before == after:
        note(f"{path}: store schema version {after}, the latest; nothing to do")
    elif before == 0:
        note(f"{path}: was empty; now a store of schema version {after}")
    else:
        note(f"{path}: store schema version {before} upgraded to {after}")


def _export_gold(store: Store, output: Path | None) -> int:
    """The corrected documents as gold, one JSON line each, to ``output`` or stdout."""
    n = 0
    try:
        out = sys.stdout if output is None else output.open("w", encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot write {output} ({exc.strerror}); choose another -o") from exc
    try:
        for doc in store.correction_gold():
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
            n += 1
    finally:
        if output is not None:
            out.close()
    return n


def _check_format(table: str, output: Path | None, fmt: str | None, raw: bool) -> None:
    """The export errors that name options, before the store's own (which name values)."""
    kind = (fmt or "").lower()
    if table == "corrections":
        if kind not in ("", "jsonl") or (output is not None and output.suffix != ".jsonl"):
            raise ConfigError("corrections are written as gold JSON Lines; use -o FILE.jsonl")
        return
    if table not in TABLES:
        return  # the store says which tables there are
    if kind == "parquet" and output is None:
        raise ConfigError("parquet is written to a file only; pass -o FILE.parquet")
    if kind == "plover" and (table != "events" or raw):
        raise ConfigError(
            f"-f plover writes the event table only (`sayso export events -f plover`), "
            f"not the stored rows of {table}"
        )


def register(group: click.Group) -> None:
    """Add the store commands to ``group``."""
    for command in (ingest, quotes, events, actors, query, export, migrate):
        group.add_command(command)
