"""``sayso stories`` and ``sayso compare``: group reports of one event, and show where the
accounts disagree.

Both read either files given on the command line (nothing stored) or the store (``--db``, as
every command): ``stories`` without INPUTS groups the stored documents and keeps the stories
there; ``compare TARGET`` compares a file when TARGET is one, else the stored story TARGET.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import ConfigError
from ..ingest.url import FetchOptions
from ..jobs import extract_records
from ..store import Store
from ..types import Record

if TYPE_CHECKING:
    from ..compare.base import CompareOptions
from .common import (
    COMPARE_FORMATS,
    COMPARE_TABLE,
    ROW_FORMATS,
    STORIES_TABLE,
    Bar,
    db_option,
    db_path,
    debug_enabled,
    default_format,
    emit_rows,
    fetch_options,
    format_option,
    max_chars_option,
    note,
    resolve_fetch,
    resolve_max_chars,
    wide_option,
)


def _records(
    inputs: tuple[str, ...], max_chars: int | None, bar: Bar, fetch: FetchOptions | None = None
) -> tuple[list[Record], dict[str, str]]:
    """The records of ``inputs`` (read when they are records, else extracted, with progress on
    ``bar``) and the stories their lines name."""
    from ..compare import run  # numpy and the stories extra: loaded for these commands only

    records, given, rest = run.read_records(inputs)
    records += extract_records(
        rest, max_chars=resolve_max_chars(max_chars), fetch_options=fetch,
        on_error=lambda e: bar.error(f"error: {e}"),
        on_progress=lambda n: bar.show(n, f"{n} extracted"),
    )  # fmt: skip
    bar.show(len(records), f"{len(records)} documents: comparing")
    return records, given


def _check_stories_usage(
    inputs: tuple[str, ...], db: Path | None, incremental: bool, rebuild: bool
) -> None:
    """INPUTS and the store are two different things to group: one at a time."""
    if inputs and db is not None:
        raise click.UsageError(
            "give INPUTS or --db, not both: INPUTS are grouped without storing anything, "
            "while without INPUTS the documents of the store (--db) are grouped and kept there"
        )
    if inputs and rebuild:
        raise click.UsageError(
            "--rebuild groups the stored documents again; drop it, or drop INPUTS to group the "
            "store"
        )
    if not inputs and incremental:
        raise click.UsageError(
            "--incremental applies to INPUTS; new documents of the store always join their "
            "stories one at a time (--rebuild groups them all again)"
        )


def _open_store(path: Path, missing: str, *, read_only: bool) -> Store:
    """The store at ``path`` (read-only: as it is, never set up or upgraded); when there is
    none, the error ``missing``, which says what else to give."""
    if not path.exists():
        raise ConfigError(missing)
    return Store(path, create=False, read_only=read_only)


@click.command()
@click.argument("inputs", nargs=-1)
@db_option()
@click.option(
    "--incremental", is_flag=True,
    help="INPUTS: add documents one at a time, as a feed would (the store always does).",
)  # fmt: skip
@click.option(
    "--rebuild", is_flag=True,
    help="The store: group every stored document again (default: only new ones join stories).",
)  # fmt: skip
@format_option(ROW_FORMATS)
@wide_option
@max_chars_option
@fetch_options
def stories(
    inputs: tuple[str, ...],
    db: Path | None,
    incremental: bool,
    rebuild: bool,
    fmt: str | None,
    wide: bool,
    max_chars: int | None,
    allow_private: bool,
    timeout: float,
    max_bytes: int | None,
) -> None:
    """Group documents into stories (reports of one event): {"id", "story"} per document
    (table: one row per story).

    With INPUTS (documents: .txt, .html, JSONL files, URLs; or records from `sayso extract -f
    jsonl`) those are grouped and nothing is stored. Without INPUTS the documents of the store
    (--db) are grouped and the stories kept there, for `sayso compare STORY_ID` and `sayso serve`.
    """
    from ..compare import run

    _check_stories_usage(inputs, db, incremental, rebuild)
    if inputs:
        fetch = resolve_fetch(allow_private, timeout, max_bytes)
        with Bar.on_stderr(False, "stories") as bar:
            records, _ = _records(inputs, max_chars, bar, fetch)
            lines = run.story_lines(records, incremental=incremental)
    else:
        path = db_path(db)
        missing = (
            f"no Sayso store at {path}; give INPUTS to group files, or --db FILE for a store "
            "`sayso ingest` filled"
        )
        with (
            Bar.on_stderr(False, "grouping the stored documents") as bar,
            _open_store(path, missing, read_only=False) as store,
        ):
            lines = run.stories_in_store(
                store, rebuild=rebuild, on_error=lambda e: bar.error(f"error: {e}"),
                debug=debug_enabled(),
            )  # fmt: skip
            bar.show(len(lines), f"{len(lines)} documents grouped")
            records = [store.get(str(r["hash"])) for r in store.story_documents()]
    fmt = fmt or default_format()
    if fmt == "table":
        emit_rows(run.story_table(lines, records), fmt, layout=STORIES_TABLE, wide=wide)
    else:
        emit_rows(lines, fmt)
    note(f"{len(lines)} documents in {len({x['story'] for x in lines})} stories")


def _options(every: bool) -> CompareOptions:
    """The comparison's settings: ``every`` omission, or the most central few per pair."""
    from ..compare.base import CompareOptions, MatchOptions

    return CompareOptions(claims=MatchOptions(all=every))


def _compare_file(
    target: str, given_stories: bool, max_chars: int | None, every: bool = False
) -> tuple[list[dict[str, object]], list[Record]]:
    """The lines of the stories in the file ``target`` (grouped, or as its lines say)."""
    from ..compare import run

    with Bar.on_stderr(False, "compare") as bar:
        records, given = _records((target,), max_chars, bar)
        if given_stories and not given:
            raise ConfigError(f'--given-stories: no line of {target} has a "story" field')
        lines = run.compare_inputs(records, given if given_stories else None, _options(every))
        return lines, records


def _compare_stored(
    story: str, db: Path | None, every: bool = False
) -> tuple[list[dict[str, object]], list[Record]]:
    """The line of the stored story ``story``; an error when the store does not hold it."""
    from ..compare import compare as compare_story
    from ..compare.stored import story_comparison

    path = db_path(db)
    fix = "give a JSONL file of documents or records, or a story id"
    missing = f"{story!r} is neither a file nor a story: no Sayso store at {path}; {fix} and --db"
    with _open_store(path, missing, read_only=True) as store:
        if store.story(story) is None:
            raise ConfigError(
                f"{story!r} is neither a file nor a story in {path}; {fix} "
                f"(`sayso stories --db {path} -f table` lists them)"
            )
        if not every:  # the default options: the comparison `sayso stories` kept, if fresh
            records, kept = story_comparison(store, story)
            return [kept["line"]], records
        records = store.story_records(story)
    return [compare_story(story, records, _options(every))], records


@click.command()
@click.argument("target")
@db_option()
@click.option(
    "--given-stories", is_flag=True,
    help='TARGET file: take stories from each line\'s "story" field instead of grouping.',
)  # fmt: skip
@click.option(
    "--all", "every", is_flag=True,
    help="Every omission between two different reports (default: the 5 most central per pair).",
)  # fmt: skip
@format_option(COMPARE_FORMATS)
@wide_option
@max_chars_option
def compare(
    target: str,
    db: Path | None,
    given_stories: bool,
    every: bool,
    fmt: str | None,
    wide: bool,
    max_chars: int | None,
) -> None:
    """Line up the accounts of each story: omissions, contradictions, qualifications and
    attributions, each with its sentences (one JSON line per story; table and HTML: claim by
    claim, each report's own wording and status, the differing values marked).

    TARGET is a JSONL file of documents or records (`sayso extract -f jsonl`) when that file
    exists, else the id of a story in the store (--db), as `sayso stories` lists them.
    """
    from ..compare import render

    if Path(target).exists():
        if db is not None:
            raise click.UsageError(
                f"{target} is a file: its documents are compared, not the store's; drop --db, "
                "or give a story id"
            )
        lines, records = _compare_file(target, given_stories, max_chars, every)
    else:
        if given_stories:
            raise click.UsageError(
                f'--given-stories reads a TARGET file\'s "story" fields; there is no file {target}'
            )
        lines, records = _compare_stored(target, db, every)
    fmt = fmt or default_format()
    if fmt == "html":
        sys.stdout.write(render.html(lines, records))
    elif fmt == "table":
        emit_rows(render.claim_table_rows(lines), fmt, layout=COMPARE_TABLE, wide=wide)
    else:
        emit_rows(lines, fmt)
