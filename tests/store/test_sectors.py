"""Schema version 4: entities.sector is stored, read back and exported; a store written before
the column existed (version 3) opens, gains the column and keeps working."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import sqlite3
from pathlib import Path

import pytest

from sayso.store import Store
from sayso.store import queries as q
from sayso.store import schema as store_schema
from sayso.types import Record

from .fakes import article, document, refused_then_migrated

_SECTOR_COLUMN = (  # and entities.resolved (version 9) and .confidence (version 10) after it
    ",               -- JSON [Span, ...]\n    sector        TEXT,"
    "                        -- CAMEO sector code (GOV, MIL, ...); version 4\n"
    "    resolved      TEXT NOT NULL DEFAULT '[]',"
    '  -- JSON ["name", "surname", ...], one a mention; version 9\n'
    "    confidence    REAL NOT NULL DEFAULT 1.0"
)
_SECTOR_INDEX = "CREATE INDEX IF NOT EXISTS entities_sector ON entities(sector);\n"


def _v3_schema() -> str:
    """schema.sql as version 3 had it: entities without the sector column and its index."""
    sql = q.schema_sql()
    assert sql.count(_SECTOR_COLUMN) == 1 and sql.count(_SECTOR_INDEX) == 1
    sql = sql.replace(_SECTOR_COLUMN, "  ").replace(_SECTOR_INDEX, "")
    version = f"user_version = {q.SCHEMA_VERSION}"
    meta = f"('schema_version', '{q.SCHEMA_VERSION}')"
    assert version in sql and meta in sql
    return sql.replace(version, "user_version = 3").replace(meta, "('schema_version', '3')")


def _record(doc_id: str = "s1") -> Record:
    rec = article(doc_id, extra=f"({doc_id})")
    ministry = rec.entities[1]
    event = dataclasses.replace(rec.events[0], target=(rec.entities[0].id,))
    return dataclasses.replace(
        rec,
        entities=(rec.entities[0], dataclasses.replace(ministry, sector=None), rec.entities[2]),
        events=(event,),
    )


def test_sector_round_trips(store: Store) -> None:
    rec = article("a1")
    assert [e.sector for e in rec.entities] == ["GOV", "GOV", "MED"]
    assert store.add(rec, document(rec))
    assert store.get("a1") == rec
    rows = store.query("SELECT name, sector FROM entities ORDER BY ord")
    assert [(r["name"], r["sector"]) for r in rows] == [
        ("Dong Jun", "GOV"),
        ("Foreign Ministry", "GOV"),
        ("state media", "MED"),
    ]
    # a record without sectors (an older JSON record) is stored with NULL and read back as None
    old = rec.to_dict()
    for e in old["entities"]:
        del e["sector"]
    bare = Record.from_dict({**old, "id": "a2", "text": rec.text + " "})
    assert all(e.sector is None for e in bare.entities)
    assert store.add(bare)
    assert all(e.sector is None for e in store.get("a2").entities)


def test_a_version_3_store_gains_the_column(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.executescript(_v3_schema())
    # what version 3 wrote: a document and its entities, no sector
    conn.execute(
        "INSERT INTO documents (hash, doc_id, text, ingested_at) VALUES ('h1', 'old', "
        "'Defense minister Dong Jun spoke.', '2024-05-03T00:00:00Z')"
    )
    conn.execute(
        "INSERT INTO entities (doc, ord, id, name, type, country, role, mention_count, mentions)"
        " VALUES (1, 0, 'old-e1', 'Dong Jun', 'PERSON', 'CHN', 'defense minister', 1,"
        ' \'[{"start": 17, "end": 25, "text": "Dong Jun"}]\')'
    )
    conn.commit()
    conn.close()
    refused_then_migrated(db, 3)  # the web app reads it only once upgraded
    with Store(db, create=False, read_only=True) as store:  # the web app's way in
        assert store.schema_version == q.SCHEMA_VERSION == 11
        (old,) = store.get("old").entities
        assert (old.name, old.role, old.sector) == ("Dong Jun", "defense minister", None)
        meta = store.query("SELECT value FROM meta WHERE key = 'schema_version'")
        assert meta == [{"value": str(q.SCHEMA_VERSION)}]
    with Store(db) as store:  # and new records keep their sectors
        rec = _record()
        assert store.add(rec, document(rec))
        assert [e.sector for e in store.get("s1").entities] == ["GOV", None, "MED"]
        rows = list(store.event_table())
        assert [(r["doc_id"], r["source_sector"], r["target_sector"]) for r in rows] == [
            ("s1", None, "GOV")
        ]
    fresh = tmp_path / "new.db"
    with Store(fresh) as a, Store(db) as b:  # the same table and indexes as a new store
        schema = "SELECT name, sql FROM sqlite_schema WHERE tbl_name = 'entities' ORDER BY name"
        names = [r["name"] for r in a.query(schema)]
        assert names == [r["name"] for r in b.query(schema)] and "entities_sector" in names
        columns = "SELECT name FROM pragma_table_info('entities')"
        assert a.query(columns) == b.query(columns)
        assert a.query(columns)[-3:] == [
            {"name": "sector"}, {"name": "resolved"}, {"name": "confidence"}
        ]


def test_opening_twice_adds_the_column_once(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.executescript(_v3_schema())
    conn.close()
    for _ in range(2):
        with Store(db) as store:
            assert store.schema_version == q.SCHEMA_VERSION
            n = store.query("SELECT count(*) AS n FROM pragma_table_info('entities')")
            assert n == [{"n": 13}]


@pytest.fixture
def sectors_db(store: Store, db_path: Path) -> str:
    for rec in (article("a1"), _record("s1")):
        assert store.add(rec, document(rec))
    return str(db_path)


def test_export_events_has_sector_columns(sectors_db: str, store: Store) -> None:
    out = io.StringIO()
    assert store.export_events(fmt="csv", out=out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    header = list(rows[0])
    for side in ("source", "target"):
        assert header.index(f"{side}_sector") == header.index(f"{side}_role") + 1
    assert [(r["source_sector"], r["target_sector"]) for r in rows] == [("GOV", ""), ("", "GOV")]
    out = io.StringIO()
    store.export_events(fmt="plover", out=out)
    plover = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(p["actor_sector"], p["recipient_sector"]) for p in plover] == [
        ("GOV", None),
        (None, "GOV"),
    ]


def test_an_upgrade_raced_by_another_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process adds the column between this one reading the store and upgrading it:
    the ALTER TABLE fails, the store reads its version again and opens."""
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.executescript(_v3_schema())
    conn.close()
    real = store_schema.added_columns
    calls: list[int] = []

    def stale(db_: store_schema.Db, version: int) -> str:
        calls.append(version)
        if len(calls) == 1:  # what this process saw before the other one upgraded
            stale_sql = real(db_, version)
            with Store(db):
                pass
            return stale_sql
        return real(db_, version)

    monkeypatch.setattr(store_schema, "added_columns", stale)
    with Store(db) as store:
        assert store.schema_version == q.SCHEMA_VERSION
    # this process, the other one, this one again (at the latest version)
    assert calls == [3, 3, q.SCHEMA_VERSION]
