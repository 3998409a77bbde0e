"""What every command shares: error handling, stderr messages, the output formats, and every
option that more than one command takes, declared once here so that it is spelled, typed,
defaulted and explained the same way everywhere."""

from __future__ import annotations

import csv
import json
import math
import sys
import traceback
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, TypeVar

import click
from rich.console import Console
from rich.progress import (
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from ..config import Settings
from ..errors import SaysoError
from ..export import FORMATS as EXPORT_FORMATS
from ..ingest.url import FetchOptions
from ..report import Column, render_rows

F = TypeVar("F", bound=Callable[..., object])

# -- output formats: rows on standard output -------------------------------------------------

ROW_FORMATS = ("table", "json", "jsonl", "csv")
"""Listing commands whose rows are flat (quotes, events, actors, query, stories)."""
NESTED_FORMATS = ("table", "json", "jsonl")
"""Commands whose rows nest (extract: records): csv cannot hold them."""
COMPARE_FORMATS = (*NESTED_FORMATS, "html")
"""``sayso compare``: one HTML page besides the rows."""
FILE_FORMATS = EXPORT_FORMATS
"""``sayso export`` writes files: jsonl, csv, parquet, plover."""

DB_HELP = "The SQLite store (default: $SAYSO_DB, else sayso.db here)."


def db_option() -> Callable[[F], F]:
    """``--db FILE``: the store, for every command (None when not given: see :func:`db_path`)."""
    return click.option(
        "--db", type=click.Path(dir_okay=False, path_type=Path), default=None, help=DB_HELP
    )


def db_path(db: Path | None) -> Path:
    """The store a command uses: ``--db``, else $SAYSO_DB, else sayso.db here."""
    return db if db is not None else Settings.from_env().db


class SaysoGroup(click.Group):
    """Turns SaysoError into a one-line message and exit 1; tracebacks only with --debug."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except SaysoError as err:
            if "--debug" in sys.argv[1:] or (ctx.obj or {}).get("debug"):
                traceback.print_exc()
            click.echo(f"error: {err}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo(
                "interrupted: what was stored so far is kept; run again to continue", err=True
            )
            ctx.exit(130)


def debug_enabled() -> bool:
    ctx = click.get_current_context(silent=True)
    while ctx is not None:
        if isinstance(ctx.obj, dict) and ctx.obj.get("debug"):
            return True
        ctx = ctx.parent
    return False


def default_format() -> str:
    """``table`` on a terminal, ``jsonl`` when piped."""
    return "table" if sys.stdout.isatty() else "jsonl"


def format_option(choices: tuple[str, ...] = ROW_FORMATS) -> Callable[[F], F]:
    """``-f/--format`` for output on standard output: one of ``choices`` (one of the tuples
    above), None when not given (:func:`default_format`: table on a terminal, jsonl piped)."""
    return click.option(
        "-f", "--format", "fmt", type=click.Choice(choices, case_sensitive=False), default=None,
        help=f"Output format: {', '.join(choices)} (default: table on a terminal, jsonl when "
        "piped).",
    )  # fmt: skip


def file_format_option() -> Callable[[F], F]:
    """``-f/--format`` for ``sayso export``, which writes files: its own formats, named as the
    other commands name theirs."""
    return click.option(
        "-f", "--format", "fmt", type=click.Choice(FILE_FORMATS, case_sensitive=False),
        default=None,
        help="File format: jsonl, csv, parquet (needs -o) or plover (events: PLOVER JSON Lines) "
        "(default: from the -o suffix, else jsonl).",
    )  # fmt: skip


def note(message: str) -> None:
    """A message for the user: to stderr, never mixed into the data on stdout."""
    click.echo(message, err=True)


# -- progress: one live line on stderr, on a terminal only --------------------------------------


class _Rate(ProgressColumn):
    """Articles a second since the start."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:.1f} articles/s")


class Bar:
    """The progress of a long command (ingest, batch, stories, compare): what is done so far and
    articles a second, on one line of stderr that goes away at the end. Only on a terminal (and
    not with --silent): piped, it shows nothing. Error lines print above it."""

    def __init__(self, live: bool, what: str = "", file: IO[str] | None = None) -> None:
        self.live = live
        self._progress: Progress | None = None
        if live:
            console = Console(
                file=file, stderr=file is None, force_terminal=True if file else None,
                highlight=False, markup=False, emoji=False,
            )  # fmt: skip
            self._progress = Progress(
                SpinnerColumn(), TextColumn("{task.description}", markup=False), _Rate(),
                TimeElapsedColumn(), console=console, transient=True,
            )  # fmt: skip
            self._task = self._progress.add_task(what, total=None)
            self._progress.start()

    @classmethod
    def on_stderr(cls, silent: bool, what: str = "") -> Bar:
        """Live when stderr is a terminal and not ``silent``."""
        return cls(not silent and sys.stderr.isatty(), what)

    def show(self, done: int, what: str) -> None:
        """``done`` articles so far; ``what``: the counts in words."""
        if self._progress is not None:
            self._progress.update(self._task, completed=done, description=what)

    def error(self, message: str) -> None:
        """A line that stays (an error), above the bar."""
        if self._progress is not None:
            self._progress.console.print(Text(message))
        else:
            note(message)

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def __enter__(self) -> Bar:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


# -- terminal tables: the columns each listing shows first (the rest: -f jsonl, csv) ----------

QUOTES_TABLE = (
    Column("speaker", max_width=28),
    Column("cue", max_width=16),
    Column("quote", clip=160, min_width=30),
    Column("outlet", max_width=16),
    Column("published"),
    Column("conf", ("confidence",), digits=2),
    Column("ref"),
)
EVENTS_TABLE = (
    Column("source", max_width=24),
    Column("type"),
    Column("target", max_width=24),
    Column("sentence", ("sentence", "trigger"), clip=160, min_width=30),
    Column("speaker", max_width=20),
    Column("outlet", max_width=14),
    Column("date", ("date", "published")),
    Column("conf", ("confidence",), digits=2),
    Column("ref"),
)
ACTORS_TABLE = (
    Column("name", max_width=32),
    Column("type"),
    Column("country"),
    Column("role", max_width=28),
    Column("sector"),
    Column("documents"),
    Column("mentions"),
)
STORIES_TABLE = (
    Column("title", clip=100),
    Column("documents"),
    Column("outlets", max_width=30),
    Column("first_date"),
    Column("copies"),
    Column("story"),
)
COMPARE_TABLE = (
    Column("claim", clip=90, max_width=28, min_width=16),
    Column("kind", max_width=16),
    Column("report", max_width=20),
    Column("status"),
    Column("wording", clip=200, min_width=30),
    Column("story"),
)
CORRECTIONS_TABLE = (
    Column("id"),
    Column("kind"),
    Column("correction", clip=120, min_width=30),
    Column("doc_id", max_width=20),
    Column("doc"),
    Column("created_at"),
)


def wide_option(f: F) -> F:
    """``--wide``: tables show every cell in full (quotes, sentences, hashes)."""
    return click.option(
        "--wide",
        is_flag=True,
        help="Table cells in full: whole quotes and sentences, whole hashes (still wrapped to the "
        "terminal; -f jsonl gives every column).",
    )(f)


def render_table(
    rows: Sequence[Mapping[str, object]],
    layout: Sequence[Column] | None = None,
    *,
    wide: bool = False,
    width: int | None = None,
) -> str:
    """Rows as a table the width of the terminal (``layout``: the columns, default all)."""
    return render_rows(rows, layout, wide=wide, width=width)


def emit_rows(
    rows: Sequence[Mapping[str, object]],
    fmt: str | None,
    out: IO[str] | None = None,
    *,
    layout: Sequence[Column] | None = None,
    wide: bool = False,
) -> None:
    """Write ``rows`` to stdout as table (``layout``'s columns, default all, ids last), json,
    jsonl or csv (``fmt`` None: the default). BLOBs (bytes, as `sayso query` may give) are
    written as hex in every format."""
    fmt = fmt or default_format()
    if any(isinstance(v, bytes) for row in rows for v in row.values()):
        rows = [{k: v.hex() if isinstance(v, bytes) else v for k, v in r.items()} for r in rows]
    out = out if out is not None else sys.stdout
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "json":
        out.write(json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        if rows:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    elif rows:
        out.write(render_table(rows, layout, wide=wide) + "\n")
    else:
        note("no rows")
    out.flush()


# -- options that several commands share ------------------------------------------------------


def max_chars_option(f: F) -> F:
    """``--max-chars``: the largest document accepted (default $SAYSO_MAX_CHARS or 10M)."""
    return click.option(
        "--max-chars",
        type=click.IntRange(min=1),
        default=None,
        help="Refuse documents longer than this many characters (default: $SAYSO_MAX_CHARS "
        "or 10,000,000).",
    )(f)


def resolve_max_chars(value: int | None) -> int:
    return value if value is not None else Settings.from_env().max_chars


ERRORS_FILE = Path("errors.jsonl")


def errors_option(f: F) -> F:
    """``--errors FILE``: where a run logs its failures, one JSON line each."""
    return click.option(
        "--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path),
        default=ERRORS_FILE, show_default=True,
        help="Where failed inputs are logged, one JSON line each; the file is created (and an "
        "earlier run's replaced) only when something fails.",
    )(f)  # fmt: skip


def silent_option(f: F) -> F:
    """``--silent``: no progress or summary; errors are still shown."""
    return click.option(
        "--silent",
        is_flag=True,
        help="No progress or summary on stderr (each failure still gets its error line there "
        "and in --errors).",
    )(f)


def durable_option(f: F) -> F:
    """``--durable``: every write synced to disk before it counts as done (see
    :func:`resolve_durable`)."""
    return click.option(
        "--durable",
        is_flag=True,
        help="Sync every write to disk before going on (store: SQLite synchronous=FULL; batch: "
        "Parquet files and the manifest), so that a power loss or OS crash undoes nothing "
        "already reported done; slower. Also $SAYSO_DURABLE=1.",
    )(f)


def resolve_durable(durable: bool) -> bool:
    """``--durable``, or $SAYSO_DURABLE=1."""
    return durable or Settings.from_env().durable


def rerun_option(f: F) -> F:
    """``--rerun``: inputs an earlier run handled are done again, not skipped."""
    return click.option(
        "--rerun",
        is_flag=True,
        help="Extract again inputs an earlier run already handled (stored, or finished in OUT) "
        "instead of skipping them.",
    )(f)


_FETCH = FetchOptions()
MAX_TIMEOUT = 86_400.0  # a day
MAX_WORKERS = 1024


def _a_number(ctx: click.Context, param: click.Parameter, value: float) -> float:
    """A FloatRange lets NaN through (it compares false with both ends): refuse it."""
    if math.isnan(value):
        raise click.BadParameter(f"nan is not a number of seconds; use 0.1 to {MAX_TIMEOUT:g}")
    return value


def fetch_options(f: F) -> F:
    """``--allow-private``, ``--timeout``, ``--max-bytes``: how URLs are fetched (see
    :func:`resolve_fetch`)."""
    f = click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=None,
        help=f"Refuse web pages larger than this many bytes (default: {_FETCH.max_bytes:,}).",
    )(f)
    f = click.option(
        "--timeout", type=click.FloatRange(0.1, MAX_TIMEOUT), default=_FETCH.timeout,
        show_default=True, callback=_a_number,
        help="Seconds to wait for a web server at each step.",
    )(f)  # fmt: skip
    return click.option(
        "--allow-private",
        is_flag=True,
        help="Fetch URLs on private, loopback and link-local addresses too (off by default: "
        "SSRF protection; also $SAYSO_ALLOW_PRIVATE=1).",
    )(f)


def resolve_fetch(allow_private: bool, timeout: float, max_bytes: int | None) -> FetchOptions:
    """The FetchOptions of :func:`fetch_options`' values ($SAYSO_ALLOW_PRIVATE=1 allows private
    addresses too)."""
    allow = allow_private or Settings.from_env().allow_private
    if max_bytes is None:
        return FetchOptions(allow_private=allow, timeout=timeout)
    return FetchOptions(allow_private=allow, timeout=timeout, max_bytes=max_bytes)
