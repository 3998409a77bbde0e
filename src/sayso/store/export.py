"""Export of stored tables (``sayso export``) with the writers of :mod:`sayso.export`: the rows
of a table as they are, and the event table (one flat row per event, with its evidence
sentence), also as PLOVER."""

from __future__ import annotations

import sys
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO

from ..errors import ConfigError, StoreError
from ..export import output_format, plover_event, write_rows, write_stream
from ..types import Record
from . import queries as q
from .db import Db, Row, iter_rows
from .records import sentences_of

__all__ = ["TABLES", "event_table", "export", "export_events", "rows"]

TABLES: tuple[str, ...] = tuple(q.EXPORT)


def _table_sql(table: str) -> str:
    if table not in q.EXPORT:
        raise StoreError(f"unknown table {table!r}; use one of: {', '.join(TABLES)}")
    return q.EXPORT[table]


def rows(db: Db, table: str) -> Iterator[Row]:
    """Every row of ``table`` (child tables with their document's ``doc_id``)."""
    sql = _table_sql(table)

    def generate() -> Iterator[Row]:
        yield from iter_rows(db.execute(sql, _params(table, 0.0)))

    return generate()


def _params(table: str, min_confidence: float) -> dict[str, object]:
    return {"min_confidence": min_confidence} if table in q.CONFIDENT_TABLES else {}


def _write(
    path: str | Path | None,
    rows: Iterable[Mapping[str, object]],
    cols: Sequence[str],
    kind: str,
    out: IO[str] | None,
) -> int:
    if path is not None:
        return write_rows(path, rows, cols, kind)
    return write_stream(out if out is not None else sys.stdout, rows, cols, kind)


def export(
    db: Db,
    table: str,
    path: str | Path | None,
    *,
    fmt: str | None,
    out: IO[str] | None,
    min_confidence: float = 0.0,
) -> int:
    """Write ``table``'s stored rows to ``path`` or ``out``; returns the number of rows. The
    entities, attributions and events below ``min_confidence`` are left out."""
    sql = _table_sql(table)
    kind = output_format(path, fmt)
    if kind == "plover":
        raise ConfigError(
            f"the plover format is for the event table only, not the stored rows of {table}; "
            "export the table events as plover"
        )
    cur = db.execute(sql, _params(table, min_confidence))
    try:
        cols = [d[0] for d in cur.description]
        return _write(path, (dict(zip(cols, r, strict=True)) for r in cur), cols, kind, out)
    finally:
        cur.close()


def _event_table(
    db: Db, min_confidence: float = 0.0
) -> tuple[list[str], Generator[Row, None, None]]:
    cur = db.execute(q.EVENT_TABLE, {"min_confidence": min_confidence})
    names = [d[0] for d in cur.description]
    cols = [c for c in names if c != "doc_pk"]

    at_doc, at_start, at_end = (names.index(c) for c in ("doc_pk", "trigger_start", "trigger_end"))

    def generate() -> Generator[Row, None, None]:
        doc, record = None, Record("", "")
        try:
            for values in cur:
                row: Row = dict(zip(names, values, strict=True))
                del row["doc_pk"]
                if values[at_doc] != doc:
                    doc, record = values[at_doc], sentences_of(db, int(str(values[at_doc])))
                trigger = int(str(values[at_start])), int(str(values[at_end]))
                start, end = record.sentence_of(*trigger)
                row.update(
                    evidence_start=start, evidence_end=end, evidence_text=record.text[start:end]
                )
                yield row
        finally:
            cur.close()

    return cols, generate()


def event_table(db: Db, min_confidence: float = 0.0) -> Iterator[Row]:
    """Every event (at least ``min_confidence``) as one flat row (see
    :meth:`sayso.store.Store.event_table`)."""
    return _event_table(db, min_confidence)[1]


def export_events(
    db: Db,
    path: str | Path | None,
    *,
    fmt: str | None,
    out: IO[str] | None,
    min_confidence: float = 0.0,
) -> int:
    """Write the event table (events at least ``min_confidence``) to ``path`` or ``out`` as
    :func:`export` does, or with ``fmt`` "plover" as PLOVER-style JSON Lines."""
    kind = output_format(path, fmt)
    cols, event_rows = _event_table(db, min_confidence)
    try:
        plover = (plover_event(r) for r in event_rows) if kind == "plover" else event_rows
        return _write(path, plover, cols, kind, out)
    finally:
        event_rows.close()
