"""The ``sayso`` command: a thin Click layer over the library. One module per command group."""

from __future__ import annotations

import click

from ..config import VERSION
from .batch import batch
from .common import SaysoGroup
from .compare import compare, stories
from .eval import eval_group
from .extract import extract
from .fix import fix_group
from .serve import serve
from .store import register as register_store_commands
from .watch import watch


@click.group(cls=SaysoGroup)
@click.version_option(VERSION, prog_name="sayso")
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Sayso: who said and did what, to whom, when and where, on whose say-so."""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


main.add_command(extract)
main.add_command(batch)
main.add_command(watch)
main.add_command(eval_group)
register_store_commands(main)
main.add_command(serve)
main.add_command(stories)
main.add_command(compare)
main.add_command(fix_group)
