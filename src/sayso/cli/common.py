"""What every command shares: error handling, the output format option, stderr messages."""

from __future__ import annotations

import csv
import json
import sys
import traceback
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, TypeVar

import click

from ..config import Settings
from ..errors import SaysoError

F = TypeVar("F", bound=Callable[..., object])

FORMATS = ("json", "jsonl", "table", "csv")
DB_HELP = "The SQLite store (default: $SAYSO_DB, else sayso.db here)."


def db_option(help: str = DB_HELP) -> Callable[[F], F]:
    """``--db FILE`` (None when not given: see :func:`db_path`)."""
    return click.option(
        "--db", type=click.Path(dir_okay=False, path_type=Path), default=None, help=help
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


def format_option(choices: tuple[str, ...] = FORMATS) -> Callable[[F], F]:
    return click.option(
        "-f",
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=None,
        help="Output format (default: table on a terminal, jsonl when piped).",
    )


def note(message: str) -> None:
    """A message for the user: to stderr, never mixed into the data on stdout."""
    click.echo(message, err=True)


def _cell(value: object, width: int) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(rows: Sequence[Mapping[str, object]], max_width: int = 48) -> str:
    """Rows as an aligned text table with a header; long cells are clipped to ``max_width``."""
    if not rows:
        return ""
    columns = list(rows[0])
    cells = [[_cell(row.get(c), max_width) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])]
    out.extend(line(r) for r in cells)
    return "\n".join(out)


def emit_rows(
    rows: Sequence[Mapping[str, object]], fmt: str | None, out: IO[str] | None = None
) -> None:
    """Write ``rows`` to stdout as table, json, jsonl or csv (``fmt`` None: the default)."""
    fmt = fmt or default_format()
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
        out.write(render_table(rows) + "\n")
    else:
        note("no rows")
    out.flush()


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


def errors_option(
    default: Path | None = Path("errors.jsonl"),
    what: str = "inputs",
    default_help: str | None = None,
) -> Callable[[F], F]:
    """``--errors FILE``: where a batch logs its failures, one JSON line each."""
    return click.option(
        "--errors", "errors_path", type=click.Path(dir_okay=False, path_type=Path),
        default=default, show_default=default_help is None,
        help=f"Where failed {what} are logged (one JSON line each)"
        + (f"; default: {default_help}." if default_help else "."),
    )  # fmt: skip
