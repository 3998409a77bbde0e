"""The connection every part of the store shares: one SQLite connection, the file it is on, one
write transaction at a time, and rows as dicts.

The modules of the store (schema, load, records, filters, search, stories, export, sandbox) are
functions over a :class:`Db`; :class:`sayso.store.Store` holds one and delegates to them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from ..errors import StoreError
from . import queries as q

__all__ = ["Db", "Params", "Row", "Value", "json_text", "now", "rows_of"]

# What SQLite gives back for a column, and a row as a dict of them.
Value = str | int | float | bytes | None
Row = dict[str, Value]
# The parameters of a statement: positional or named.
Params = Sequence[object] | Mapping[str, object]

# json.dumps(value, ensure_ascii=False, separators=(",", ":")), without a new encoder a call
json_text: Callable[[object], str] = json.JSONEncoder(
    ensure_ascii=False, separators=(",", ":")
).encode


def now() -> str:
    """The time now, UTC, ISO 8601 to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def rows_of(cur: sqlite3.Cursor) -> list[Row]:
    """Every row of ``cur`` as a dict of its column names."""
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur]


def iter_rows(cur: sqlite3.Cursor) -> Iterator[Row]:
    """The rows of ``cur`` one at a time, as dicts; the cursor is closed at the end."""
    cols = [d[0] for d in cur.description]
    try:
        for row in cur:
            yield dict(zip(cols, row, strict=True))
    finally:
        cur.close()


class Db:
    """An open store file: the connection, its path, and whether it is a private in-memory one."""

    def __init__(self, conn: sqlite3.Connection, path: Path, *, memory: bool) -> None:
        self.conn = conn
        self.path = path
        self.memory = memory

    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def rows(self, sql: str, params: Params = ()) -> list[Row]:
        """Every row of one statement, as dicts."""
        return rows_of(self.conn.execute(sql, params))

    def one(self, sql: str, params: Params = ()) -> tuple[Value, ...] | None:
        """The first row of one statement, or None."""
        row: tuple[Value, ...] | None = self.conn.execute(sql, params).fetchone()
        return row

    def scalar(self, sql: str, params: Params = ()) -> Value:
        """The first column of the first row of one statement (which must give a row)."""
        row = self.one(sql, params)
        assert row is not None, sql
        return row[0]

    def user_version(self) -> int:
        return int(self.conn.execute(q.GET_USER_VERSION).fetchone()[0])

    def script(self, sql: str) -> None:
        """Run a schema script in one transaction (``executescript`` commits on its own)."""
        try:
            self.conn.executescript(f"{q.BEGIN};\n{sql}\n;{q.COMMIT};")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute(q.ROLLBACK)
            raise

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Cursor]:
        """One write transaction (BEGIN IMMEDIATE): what the cursor writes commits at the end of
        the block, or none of it on an error. SQLite errors become a StoreError."""
        cur = self.conn.cursor()
        try:
            cur.execute(q.BEGIN)
            yield cur
            cur.execute(q.COMMIT)
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute(q.ROLLBACK)
            if isinstance(exc, sqlite3.Error):
                hint = "; another process may be writing, try again" if "locked" in str(exc) else ""
                raise StoreError(f"cannot write to {self.path} ({exc}){hint}") from exc
            raise
        finally:
            cur.close()

    def close(self) -> None:
        self.conn.close()
