"""The side tables of web and batch ingest are part of the versioned schema (version 5): a new
store has them, an older store gains them on open (keeping the rows of those an earlier Sayso
created on first use), and the store compares fingerprints it is given, at the distance it is
given."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sayso.errors import ConfigError
from sayso.store import Store
from sayso.store import queries as q
from sayso.store.sidecar import CopyCandidate, copies_of, feed_item, link_copies, mark_item

from .fakes import article, document, refused_then_migrated

SIDE_TABLES = {"feed_items", "fingerprints", "copies"}
_START = "-- Side tables of web and batch ingest"
_END = "-- Full-text search"


def _v4_schema() -> str:
    """schema.sql as version 4 had it: without the side tables."""
    sql = q.schema_sql()
    start, end = sql.index(_START), sql.index(_END)
    side = sql[start:end]
    assert all(f"CREATE TABLE IF NOT EXISTS {t} " in side for t in SIDE_TABLES)
    sql = sql[:start] + sql[end:]
    version = f"user_version = {q.SCHEMA_VERSION}"
    meta = f"('schema_version', '{q.SCHEMA_VERSION}')"
    assert version in sql and meta in sql
    return sql.replace(version, "user_version = 4").replace(meta, "('schema_version', '4')")


def _side_section() -> str:
    sql = q.schema_sql()
    return sql[sql.index(_START) : sql.index(_END)]


def _tables(store: Store) -> set[str]:
    rows = store.query("SELECT name FROM sqlite_schema WHERE type = 'table'")
    return {str(r["name"]) for r in rows}


def _v4_store(path: Path, *, with_side_tables: bool = False) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(_v4_schema())
    if with_side_tables:  # what sidecar.py of version 4 created on first use
        conn.executescript(_side_section())
        conn.execute(
            "INSERT INTO feed_items (feed, item, url, status, seen_at) "
            "VALUES ('https://example.org/feed', '/a', '/a', 'stored', '2024-05-03T00:00:00Z')"
        )
        conn.commit()
    conn.close()


def test_a_new_store_has_the_side_tables(store: Store) -> None:
    assert store.schema_version == q.SCHEMA_VERSION == 11
    assert _tables(store) >= SIDE_TABLES


def test_a_version_4_store_gains_them_on_open(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    _v4_store(db)
    refused_then_migrated(db, 4)  # the web app reads it only once upgraded
    with Store(db, create=False, read_only=True) as store:  # the web app's way in
        assert store.schema_version == q.SCHEMA_VERSION
        assert _tables(store) >= SIDE_TABLES
        assert store.query("SELECT value FROM meta WHERE key = 'schema_version'") == [
            {"value": str(q.SCHEMA_VERSION)}
        ]
    with Store(db) as store:
        mark_item(store, "https://example.org/feed", "/b", url="/b", status="failed", error="x")
        assert feed_item(store, "https://example.org/feed", "/b") == ("failed", 1)
    fresh = tmp_path / "new.db"
    with Store(fresh) as a, Store(db) as b:  # the same tables and indexes as a new store
        schema = "SELECT type, name, sql FROM sqlite_schema ORDER BY name"
        assert a.query(schema) == b.query(schema)


def test_side_tables_made_before_version_5_keep_their_rows(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    _v4_store(db, with_side_tables=True)
    with Store(db) as store:
        assert store.schema_version == q.SCHEMA_VERSION
        assert feed_item(store, "https://example.org/feed", "/a") == ("stored", 1)
        mark_item(store, "https://example.org/feed", "/a", url="/a", status="stored")
        assert feed_item(store, "https://example.org/feed", "/a") == ("stored", 2)


def _candidate(store: Store, doc_id: str, simhash: int) -> CopyCandidate:
    rec = article(doc_id, extra=doc_id)
    doc = document(rec)
    added = store.add(rec, doc)
    bands = tuple((simhash >> (16 * i)) & 0xFFFF for i in range(4))
    return CopyCandidate(doc.hash, doc_id, doc.source, simhash, bands, added)


def test_near_copies_are_linked_within_the_distance_given(store: Store) -> None:
    base = 0x0123_4567_89AB_CDEF
    a = _candidate(store, "a", base)
    b = _candidate(store, "b", base ^ 0b11)  # two bits apart, in the lowest band
    c = _candidate(store, "c", base ^ (0b11 << 62))  # two bits apart from base; signed
    assert link_copies(store, [a], 2) == 0
    assert link_copies(store, [b], 1) == 0  # too far for this caller
    assert link_copies(store, [c], 2) == 1  # a; b is 4 bits away
    links = {(r["hash"], r["copy_hash"], r["distance"]) for r in copies_of(store, a.hash)}
    assert links == {(a.hash, c.hash, 2)}
    stored = store.query("SELECT simhash FROM fingerprints ORDER BY simhash")
    assert [r["simhash"] for r in stored] == sorted(
        [base, base ^ 0b11, (base ^ (0b11 << 62)) - (1 << 64)]
    )


def test_a_fingerprint_needs_four_band_keys() -> None:
    with pytest.raises(ConfigError, match=r"fingerprint of 'a' has 3 band keys; the store keeps 4"):
        CopyCandidate("h", "a", None, 1, (1, 2, 3), True)
