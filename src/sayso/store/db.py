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

__all__ = ["Db", "Params", "Row", "Value", "connect_read_only", "json_text", "now", "rows_of"]

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
    if cur.description is None:  # a statement that gives no rows
        return []
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


# The errors of a read-only connection that cannot open or create the WAL index (``-shm``): the
# store's directory is read-only, or the index is not a file Sayso may open.
_NO_WAL_INDEX = frozenset({sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN})


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that can only read the file ``path`` (a ``mode=ro`` URI): it never creates,
    upgrades or writes the file.

    A store in WAL mode is read through its WAL index (``path-shm``), which SQLite creates when
    it is missing. When that cannot be done (the directory is not writable, as for another
    user's store) the file is read ``immutable``: without the index or locks, so what a writer
    has not yet checkpointed into the file is not seen.
    """
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
    try:
        conn.execute(q.PRAGMA_BUSY_TIMEOUT)
        conn.execute(q.GET_USER_VERSION).fetchone()  # the first read opens the WAL index
    except sqlite3.OperationalError as exc:
        conn.close()
        if exc.sqlite_errorcode & 0xFF not in _NO_WAL_INDEX:
            raise
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)
    except BaseException:
        conn.close()
        raise
    return conn


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
