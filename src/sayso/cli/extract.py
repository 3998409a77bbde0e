"""``sayso extract``: read articles, write their records."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..jobs import ErrorLog, extract_sources
from ..report import render_record
from ..types import Document, Record
from .common import (
    NESTED_FORMATS,
    debug_enabled,
    default_format,
    errors_option,
    fetch_options,
    format_option,
    max_chars_option,
    note,
    resolve_fetch,
    resolve_max_chars,
    silent_option,
)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@format_option(NESTED_FORMATS)
@errors_option
@silent_option
@max_chars_option
@fetch_options
def extract(
    inputs: tuple[str, ...],
    fmt: str | None,
    errors_path: Path,
    silent: bool,
    max_chars: int | None,
    allow_private: bool,
    timeout: float,
    max_bytes: int | None,
) -> None:
    """Extract records from INPUTS (.txt, .jsonl, .html, .warc(.gz) files, directories, URLs,
    or - for standard input).

    table: a readable report per article; json: the record (a list for several); jsonl: one
    record a line, written as each is ready.
    """
    fmt = fmt or default_format()
    out = sys.stdout
    records: list[Record] = []

    def emit(doc: Document, record: Record) -> None:
        if fmt == "jsonl":
            out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
        elif fmt == "table":
            out.write(render_record(record) + "\n")
        else:
            records.append(record)

    summary = extract_sources(
        inputs,
        emit,
        errors=ErrorLog(errors_path),
        on_error=lambda e: note(f"error: {e}"),
        debug=debug_enabled(),
        max_chars=resolve_max_chars(max_chars),
        fetch_options=resolve_fetch(allow_private, timeout, max_bytes),
    )
    if fmt == "json":
        payload = records[0].to_dict() if len(records) == 1 else [r.to_dict() for r in records]
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    if not silent and (summary.failed or summary.ok > 1):
        tail = f" (see {errors_path})" if summary.failed else ""
        note(summary.line("extracted") + tail)
    sys.exit(summary.exit_code)
