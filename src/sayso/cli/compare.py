"""``sayso stories`` and ``sayso compare``: group reports of one event, and show where the
accounts disagree."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import ConfigError
from ..jobs import extract_records
from ..store import Store
from ..types import Record
from .common import db_option, db_path, default_format, emit_rows, format_option, note


def _records(inputs: tuple[str, ...]) -> tuple[list[Record], dict[str, str]]:
    """The records of ``inputs`` (read when they are records, else extracted) and the stories
    their lines name."""
    from ..compare import run  # numpy and the stories extra: loaded for these commands only

    records, given, rest = run.read_records(inputs)
    records += extract_records(rest, on_error=lambda e: note(f"error: {e}"))
    return records, given


@click.command()
@click.argument("inputs", nargs=-1)
@db_option("Group the documents of this store and keep the stories there.")
@click.option(
    "--incremental", is_flag=True, help="INPUTS: add documents one at a time, as a feed would."
)
@click.option(
    "--rebuild", is_flag=True, help="--db: cluster all stored documents again (default: new ones)."
)
@format_option(("jsonl", "json", "table"))
def stories(
    inputs: tuple[str, ...], db: Path | None, incremental: bool, rebuild: bool, fmt: str | None
) -> None:
    """Group documents into stories (reports of one event): {"id", "story"} per document.

    INPUTS are documents (.txt, .html, JSONL) or records (sayso extract -f jsonl); with --db
    the stored documents are grouped and the stories stored.
    """
    from ..compare import run

    if bool(inputs) == (db is not None):
        raise click.UsageError("give INPUTS or --db FILE (one of the two)")
    if db is not None:
        with Store(db_path(db), create=False) as store:
            lines = run.stories_in_store(store, rebuild=rebuild)
            records = [store.get(str(r["hash"])) for r in store.story_documents()]
    else:
        records, _ = _records(inputs)
        lines = run.story_lines(records, incremental=incremental)
    fmt = fmt or default_format()
    if fmt == "table":
        emit_rows(run.story_table(lines, records), fmt)
    else:
        emit_rows(lines, fmt)
    note(f"{len(lines)} documents in {len({x['story'] for x in lines})} stories")


@click.command()
@click.argument("target")
@db_option("TARGET is a story id stored here (by sayso stories --db).")
@click.option(
    "--given-stories",
    is_flag=True,
    help='Take stories from the input\'s "story" field, not grouping.',
)
@format_option(("jsonl", "json", "table", "html"))
def compare(target: str, db: Path | None, given_stories: bool, fmt: str | None) -> None:
    """Line up the accounts of each story: omissions, contradictions, qualifications and
    attributions, each with its sentences (one JSON line per story).

    TARGET is a JSONL file of documents or records, or with --db a story id.
    """
    from ..compare import render, run

    fmt = fmt or default_format()
    if db is not None:
        with Store(db_path(db), create=False) as store:
            lines = run.compare_in_store(store, target)
            records = store.story_records(target)
    else:
        if not Path(target).exists():
            raise ConfigError(
                f"no file {target!r}; give a JSONL file, or a story id with --db FILE"
            )
        records, given = _records((target,))
        if given_stories and not given:
            raise ConfigError(f'--given-stories: no line of {target} has a "story" field')
        lines = run.compare_inputs(records, given if given_stories else None)
    if fmt == "html":
        sys.stdout.write(render.html(lines, records))
    elif fmt == "table":
        emit_rows(render.table_rows(lines), fmt)
    elif fmt == "json":
        sys.stdout.write(json.dumps(lines, ensure_ascii=False, indent=2) + "\n")
    else:
        emit_rows(lines, fmt)
