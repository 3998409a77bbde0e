"""Read-only SQL over a store (``sayso query``, ``Store.query``): one statement, on a separate
read-only connection (``mode=ro``), with an authorizer that refuses anything but reading."""

from __future__ import annotations

import sqlite3

from ..errors import StoreError
from . import queries as q
from .db import Db, Params, Row, connect_read_only, rows_of

__all__ = ["query"]

# What a read-only query may do (sqlite3 authorizer actions); everything else is refused.
_READ_ACTIONS = frozenset(
    {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
)
# PRAGMAs a query may run: these read the schema whatever their argument ...
_SCHEMA_PRAGMAS = frozenset(
    {
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
        "foreign_key_list", "compile_options", "function_list", "module_list", "pragma_list",
        "collation_list", "database_list", "integrity_check", "quick_check", "foreign_key_check",
    }
)  # fmt: skip
# ... and these only when they are read, not set (data_version: FTS5 reads it).
_READ_PRAGMAS = frozenset({"user_version", "application_id", "schema_version", "data_version"})
_ACTION_NAMES = {
    getattr(sqlite3, name): name.removeprefix("SQLITE_").replace("_", " ")
    for name in (
        "SQLITE_INSERT", "SQLITE_UPDATE", "SQLITE_DELETE", "SQLITE_ATTACH", "SQLITE_DETACH",
        "SQLITE_ALTER_TABLE", "SQLITE_ANALYZE", "SQLITE_REINDEX", "SQLITE_TRANSACTION",
        "SQLITE_SAVEPOINT", "SQLITE_PRAGMA", "SQLITE_CREATE_INDEX", "SQLITE_CREATE_TABLE",
        "SQLITE_CREATE_TEMP_INDEX", "SQLITE_CREATE_TEMP_TABLE", "SQLITE_CREATE_TEMP_TRIGGER",
        "SQLITE_CREATE_TEMP_VIEW", "SQLITE_CREATE_TRIGGER", "SQLITE_CREATE_VIEW",
        "SQLITE_CREATE_VTABLE", "SQLITE_DROP_INDEX", "SQLITE_DROP_TABLE", "SQLITE_DROP_TEMP_INDEX",
        "SQLITE_DROP_TEMP_TABLE", "SQLITE_DROP_TEMP_TRIGGER", "SQLITE_DROP_TEMP_VIEW",
        "SQLITE_DROP_TRIGGER", "SQLITE_DROP_VIEW", "SQLITE_DROP_VTABLE",
    )
}  # fmt: skip


class _Guard:
    """The authorizer: lets reads through and remembers what it refused."""

    def __init__(self) -> None:
        self.denied: list[str] = []

    def __call__(self, action: int, arg1: str | None, arg2: str | None, *_: object) -> int:
        if action in _READ_ACTIONS:
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_PRAGMA and (
            arg1 in _SCHEMA_PRAGMAS or (arg2 is None and arg1 in _READ_PRAGMAS)
        ):
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
            return sqlite3.SQLITE_OK  # how FTS5 declares its table; SQLite forbids real ones
        self.denied.append(_ACTION_NAMES.get(action, f"action {action}"))
        return sqlite3.SQLITE_DENY


def query(db: Db, sql: str, params: Params = ()) -> list[Row]:
    """Rows of one read-only statement (SELECT, or a PRAGMA that reads the schema).

    Runs on a separate read-only connection (the store's own for an in-memory store); anything
    that would write, attach another file or open a transaction is refused with a StoreError.
    """
    if not sql.strip():
        raise StoreError(
            'no SQL given; pass one statement, such as "SELECT count(*) FROM documents"'
        )
    guard = _Guard()
    try:
        conn = db.conn if db.memory else connect_read_only(db.path)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot read the store {db.path} ({exc})") from exc
    try:
        conn.execute(q.PRAGMA_QUERY_ONLY)
        conn.set_authorizer(guard)
        try:
            return rows_of(conn.execute(sql, params))
        except (sqlite3.Error, sqlite3.Warning) as exc:
            if guard.denied:
                verb = (sql.split() or ["?"])[0].upper()
                what = guard.denied[0] if verb in ("SELECT", "WITH", "VALUES") else verb
                raise StoreError(
                    f"`sayso query` is read-only: {what} is not allowed; "
                    "use SELECT (the store is written by `sayso ingest`)"
                ) from exc
            msg = " ".join(str(exc).split())
            raise StoreError(f"query failed: {msg}") from exc
    finally:
        conn.set_authorizer(None)
        if conn is db.conn:
            conn.execute(q.PRAGMA_WRITABLE)
        else:
            conn.close()
