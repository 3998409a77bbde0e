"""Schema version 3: event_actors (who each event's sources and targets are, with their names
and countries) is filled when events are stored, by every write path, and by the migration
from version 2; the web queries by actor and by country read it."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from sayso.store import Filters, Store
from sayso.store import queries as q
from sayso.types import Record

from .fakes import article, refused_then_migrated

Row = tuple[str, str, str, str, str | None]


def _records() -> list[Record]:
    out = []
    for doc_id, speaker, country in (("c1", "Dong Jun", "CHN"), ("u1", "Lloyd Austin", "USA"),
                                     ("c2", "Dong Jun", "CHN")):  # fmt: skip
        rec = article(doc_id, speaker=speaker, country=country, extra=f"({doc_id})")
        person = rec.entities[0].id
        # the ministry acts on the minister (and an id no entity has is skipped)
        event = dataclasses.replace(rec.events[0], target=(person, "nobody"))
        out.append(dataclasses.replace(rec, events=(event,)))
    return out


def _expected(records: list[Record]) -> set[Row]:
    rows: set[Row] = set()
    for rec in records:
        ents = {e.id: e for e in rec.entities}
        for ev in rec.events:
            for side, ids in (("source", ev.source), ("target", ev.target)):
                for i in ids:
                    if i in ents:
                        rows.add((ev.id, side, i, ents[i].name, ents[i].country))
    return rows


def _stored(store: Store) -> set[Row]:
    rows = store.query(
        "SELECT e.id AS event, a.side, a.entity, a.name, a.country "
        "FROM event_actors a JOIN events e ON e.pk = a.event"
    )
    return {(r["event"], r["side"], r["entity"], r["name"], r["country"]) for r in rows}


def test_add_and_add_many_fill_event_actors(tmp_path: Path) -> None:
    records = _records()
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "many.db") as many:
        for r in records:
            assert one.add(r)
        assert many.add_many(records) == 3
        assert _stored(one) == _stored(many) == _expected(records)
        assert len(_expected(records)) == 6
        # replacing a record replaces its rows (ON DELETE CASCADE), no orphans
        assert one.add(records[0], replace=True)
        assert _stored(one) == _expected(records)
        orphans = one.query(
            "SELECT count(*) AS n FROM event_actors WHERE event NOT IN (SELECT pk FROM events)"
        )
        assert orphans == [{"n": 0}]


def test_events_by_country_and_an_actors_events(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add_many(_records())
        rows, total = store.event_rows(Filters(country="chn"))
        assert total == 2 and {r["doc_id"] for r in rows} == {"c1", "c2"}
        assert store.event_rows(Filters(country="USA"))[1] == 1
        assert store.event_rows(Filters(country="FRA"))[1] == 0
        assert sum(r["n"] for r in store.event_pairs(Filters(country="CHN"))) == 2
        profile = store.actor_profile("dong jun")
        assert {r["doc_id"] for r in profile["as_target"]} == {"c1", "c2"}
        assert profile["as_source"] == []
        assert profile["sources"] == [{"names": "Foreign Ministry", "n": 2}]
        ministry = store.actor_profile("Foreign Ministry")
        assert len(ministry["as_source"]) == 3
        assert sorted(r["names"] for r in ministry["targets"]) == [
            "Dong Jun", "Lloyd Austin",
        ]  # fmt: skip
        assert sum(r["n"] for r in ministry["activity"] if r["kind"] == "did") == 3


def _as_version_2(path: Path) -> None:
    """What a version 2 store looks like: no event_actors (nor its trigger), no events_pair.
    (Its entities keep version 4's sector column: tests/store/test_sectors.py upgrades a store
    without it.)"""
    conn = sqlite3.connect(path)
    conn.executescript(
        "DROP TRIGGER events_actors_ai; DROP TABLE event_actors; DROP INDEX events_pair;"
        "UPDATE meta SET value = '2' WHERE key = 'schema_version'; PRAGMA user_version = 2;"
    )
    conn.close()


def test_version_2_store_migrates_to_the_latest_and_backfills(tmp_path: Path) -> None:
    records = _records()
    db = tmp_path / "old.db"
    with Store(db) as store:
        store.add_many(records[:2])
    _as_version_2(db)
    refused_then_migrated(db, 2)  # the web app reads it only once upgraded
    with Store(db, create=False, read_only=True) as store:  # the web app's way in
        assert store.schema_version == q.SCHEMA_VERSION == 11
        assert _stored(store) == _expected(records[:2])
        assert store.query("SELECT value FROM meta WHERE key = 'schema_version'") == [
            {"value": str(q.SCHEMA_VERSION)}
        ]
    with Store(db) as store:  # and the trigger is there for what comes next
        store.add(records[2])
        assert _stored(store) == _expected(records)
    fresh = tmp_path / "new.db"
    with Store(fresh) as a, Store(db) as b:
        schema = (
            "SELECT name, sql FROM sqlite_schema "
            "WHERE name LIKE '%actors%' OR name = 'events_pair' ORDER BY name"
        )
        assert a.query(schema) == b.query(schema)
        assert len(a.query(schema)) == 5
