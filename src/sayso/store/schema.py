"""Opening a store file: the checks, the versioned schema (``schema.sql``) and its upgrades.

A new file gets the latest schema. An older store is taken to the latest one version at a time,
each step one transaction (``MIGRATIONS`` and ``ADDED_COLUMNS`` in ``queries.py``); a store of
a newer version than this Sayso reads, or a file that is not a Sayso store, is refused. A store
opened read-only is never created or upgraded: an empty or older one is refused too.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..errors import StoreError
from . import queries as q
from .db import Db, connect_read_only

__all__ = ["NoStore", "added_columns", "migrate", "open_db", "upgrade"]


class NoStore(StoreError):
    """There is no store at the path, and the caller asked not to create one."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"no Sayso store at {path}; run `sayso ingest` first, or open an existing store file"
        )
        self.path = path


def open_db(path: Path, *, memory: bool, create: bool, read_only: bool) -> Db:
    """Open (or create) the store at ``path``, set up and upgraded to the latest schema.

    With ``read_only`` the file is opened as it is (:func:`connect_read_only`): never created,
    set up or upgraded, so a missing, empty or older store is a StoreError saying so.
    """
    if not memory and (read_only or not create) and not path.exists():
        raise NoStore(path)
    if not memory and path.is_dir():
        raise StoreError(f"{path} is a directory, not a store file; name a file such as news.db")
    if read_only and not memory:
        return _open_read_only(path)
    db, _ = _open_writable(path, memory=memory)
    if read_only:
        db.conn.execute(q.PRAGMA_QUERY_ONLY)
    return db


def migrate(path: Path) -> tuple[int, int]:
    """Upgrade the store at ``path`` to the latest schema (``sayso migrate``): its schema
    version before and after (0 before: the file was empty and now holds a new store)."""
    if not path.exists():
        raise NoStore(path)
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a store file; name a file such as news.db")
    db, before = _open_writable(path, memory=False)
    try:
        return before, db.user_version()
    finally:
        db.close()


def _open_writable(path: Path, *, memory: bool) -> tuple[Db, int]:
    """The store at ``path`` opened for writing, created or upgraded to the latest schema, and
    the schema version it had before."""
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the store {path} ({exc}); check the path") from exc
    db = Db(conn, path, memory=memory)
    try:
        version = setup(db)
    except BaseException:
        conn.close()
        raise
    return db, version


def _open_read_only(path: Path) -> Db:
    """The store at ``path`` as it is, on a connection that can only read it."""
    if not os.access(path, os.R_OK):
        raise StoreError(f"cannot read the store {path}: permission denied; check who may read it")
    try:
        conn = connect_read_only(path)
    except sqlite3.DatabaseError as exc:
        raise _not_a_store(path, exc) from exc
    db = Db(conn, path, memory=False)
    try:
        version = _check(db)
        if version == 0:
            raise StoreError(
                f"{path} is empty, not a Sayso store yet; `sayso ingest --db {path} FILES` "
                "fills it, or open another store file"
            )
        if version < q.SCHEMA_VERSION:
            raise StoreError(
                f"{path} has store schema version {version}, older than this Sayso reads "
                f"({q.SCHEMA_VERSION}), and reading never changes a store; upgrade it with "
                f"`sayso migrate --db {path}` (`sayso ingest` into it upgrades it too)"
            )
        conn.execute(q.PRAGMA_QUERY_ONLY)
    except BaseException:
        conn.close()
        raise
    return db


def _not_a_store(path: Path, exc: sqlite3.Error) -> StoreError:
    return StoreError(f"{path} is not a Sayso store ({exc}); open another store file")


def _check(db: Db) -> int:
    """The store's schema version, or a StoreError when the file is not a store this Sayso
    reads."""
    conn = db.conn
    try:
        conn.execute(q.PRAGMA_BUSY_TIMEOUT)
        conn.execute(q.PRAGMA_FOREIGN_KEYS)
        version = db.user_version()
        app_id = conn.execute(q.GET_APPLICATION_ID).fetchone()[0]
        objects = conn.execute(q.COUNT_SCHEMA_OBJECTS).fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise _not_a_store(db.path, exc) from exc
    if (version == 0 and objects) or (version and app_id != q.APPLICATION_ID):
        raise StoreError(
            f"{db.path} is an SQLite database but not a Sayso store; "
            "open another file (a new one is created on ingest)"
        )
    if version > q.SCHEMA_VERSION:
        raise StoreError(
            f"{db.path} has store schema version {version}, newer than this Sayso reads "
            f"({q.SCHEMA_VERSION}); upgrade sayso"
        )
    return version


def setup(db: Db) -> int:
    """Check the file, set the connection up (WAL, synchronous), create or upgrade the schema;
    the schema version the file had before."""
    found = version = _check(db)
    conn = db.conn
    try:
        if not db.memory:
            conn.execute(q.PRAGMA_WAL)
        conn.execute(q.PRAGMA_SYNCHRONOUS)
        if version == 0:
            db.script(q.schema_sql())  # the latest schema, with its version
            version = db.user_version()
        try:
            upgrade(db, version)
        except sqlite3.OperationalError as exc:
            # another process upgraded the store after this one read its version (ALTER
            # TABLE is the one step that cannot run twice): read it again
            if "duplicate column" not in str(exc):
                raise
            upgrade(db, db.user_version())
    except sqlite3.Error as exc:
        raise StoreError(f"cannot set up the store {db.path} ({exc})") from exc
    return found


def upgrade(db: Db, version: int) -> None:
    """Take a store of schema ``version`` to the latest, one version a transaction."""
    added = added_columns(db, version)
    for v in range(version, q.SCHEMA_VERSION):
        if v not in q.MIGRATIONS:
            raise StoreError(
                f"{db.path} has store schema version {v} and no upgrade path to "
                f"{q.SCHEMA_VERSION}; ingest into a new store file"
            )
        db.script(
            "\n".join(
                (
                    added if v == version else "",
                    q.schema_sql(),
                    q.MIGRATIONS[v],
                    q.SET_META_VERSION.format(version=v + 1),
                    q.SET_USER_VERSION.format(version=v + 1),
                )
            )
        )


def added_columns(db: Db, version: int) -> str:
    """The ALTER TABLE statements that add the columns of versions after ``version``
    (``q.ADDED_COLUMNS``) which the store's tables lack."""
    out = []
    for since, table, column, kind in q.ADDED_COLUMNS:
        if since <= version:
            continue
        have = {row[0] for row in db.execute(q.TABLE_COLUMN_NAMES, (table,))}
        if have and column not in have:
            out.append(q.ADD_COLUMN.format(table=table, column=column, type=kind))
    return "\n".join(out)
