"""Schema version 5: documents.sentences keeps the record's sentences; a store written before
gains the column, and its documents read one sentence a line."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from sayso.store import Store
from sayso.store import queries as q

from .fakes import article, document, refused_then_migrated

_SENTENCES_COLUMN = (
    "stage_versions TEXT NOT NULL DEFAULT '{}', -- JSON {\"stage\": \"version\", ...}\n"
    "    sentences      TEXT NOT NULL DEFAULT '[]'  -- JSON [[start, end], ...]; version 6\n"
)


def _v4_schema() -> str:
    """schema.sql as version 4 had it: documents without the sentences column."""
    sql = q.schema_sql()
    assert sql.count(_SENTENCES_COLUMN) == 1
    sql = sql.replace(_SENTENCES_COLUMN, "stage_versions TEXT NOT NULL DEFAULT '{}'\n")
    version = f"user_version = {q.SCHEMA_VERSION}"
    meta = f"('schema_version', '{q.SCHEMA_VERSION}')"
    assert version in sql and meta in sql
    return sql.replace(version, "user_version = 4").replace(meta, "('schema_version', '4')")


def test_sentences_round_trip(store: Store) -> None:
    rec = article("r1")
    odd = dataclasses.replace(rec, sentences=((0, 10), (11, len(rec.text.rstrip()))))
    assert store.add(odd, document(odd))
    assert store.get("r1").sentences == ((0, 10), (11, len(rec.text.rstrip())))
    assert store.get("r1") == odd


def test_a_version_4_store_gains_the_column(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.executescript(_v4_schema())
    conn.execute(
        "INSERT INTO documents (hash, doc_id, text, ingested_at) VALUES ('h1', 'old', "
        "'First line. Still the first.\n\nSecond line.', '2024-05-03T00:00:00Z')"
    )
    conn.commit()
    conn.close()
    refused_then_migrated(db, 4)  # the web app reads it only once upgraded
    with Store(db, create=False, read_only=True) as store:  # the web app's way in
        assert store.schema_version == q.SCHEMA_VERSION == 11
        assert store.get("old").sentences == ((0, 28), (30, 42))  # one a line
    with Store(db) as store:
        rec = article("new")
        assert store.add(rec, document(rec))
        assert store.get("new").sentences == rec.sentences and len(rec.sentences) == 2
    fresh = tmp_path / "new.db"
    with Store(fresh) as a, Store(db) as b:
        columns = "SELECT name FROM pragma_table_info('documents')"
        assert a.query(columns) == b.query(columns)
        assert a.query(columns)[-1] == {"name": "sentences"}
