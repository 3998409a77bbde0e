"""What every command shares: error handling, the output format option, stderr messages."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..errors import SaysoError

F = TypeVar("F", bound=Callable[..., Any])

FORMATS = ("json", "jsonl", "table", "csv")


class SaysoGroup(click.Group):
    """Turns SaysoError into a one-line message and exit 1; tracebacks only with --debug."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SaysoError as err:
            if "--debug" in sys.argv[1:] or (ctx.obj or {}).get("debug"):
                traceback.print_exc()
            click.echo(f"error: {err}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted: what was stored so far is kept; run again to continue", err=True)
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
