"""Bulk loading (add_many, add_dicts, ``sayso ingest OUT``): batches large enough to fill the
full-text tables in bulk keep every guarantee of the row-by-row path: idempotent, all or nothing
per batch, FTS5 in sync and searchable, records round-trip, copies and fingerprints complete."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sayso.batch import load as batch_load
from sayso.batch.load import load_batch
from sayso.batch.local import RECORDS
from sayso.batch.manifest import Manifest
from sayso.batch.rows import arrow_schema, record_row
from sayso.store import BULK_FTS_MIN, Filters, Store
from sayso.store import load as store_load
from sayso.types import Record

from .fakes import article, document, numbered

N = 3 * BULK_FTS_MIN + 10  # more than one bulk batch, and a small last batch


def _triggers(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'"))


def _fts_check(path: Path) -> dict[str, int]:
    """FTS5's own integrity check of both external-content tables against their content tables
    (raises when an index entry is missing or extra), and how many rows each indexes."""
    conn = sqlite3.connect(path)
    try:
        counts = {}
        for table in ("articles_fts", "quotes_fts"):
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
            counts[table] = conn.execute(f"SELECT count(*) FROM {table}_docsize").fetchone()[0]
        return counts
    finally:
        conn.close()


def _table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every record table, without row ids and ingest times."""
    conn = sqlite3.connect(path)
    try:
        out = {
            "documents": conn.execute(
                "SELECT hash, doc_id, source, title, published, url, outlet, language, text, "
                "body, flags, stage_versions FROM documents ORDER BY hash"
            ).fetchall()
        }
        for table in ("entities", "attributions", "events", "times", "divergences"):
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            keep = ", ".join(f"t.{c}" for c in cols if c not in ("pk", "doc"))
            out[table] = conn.execute(
                f"SELECT d.hash, {keep} FROM {table} t JOIN documents d ON d.id = t.doc "
                "ORDER BY d.hash, t.ord"
            ).fetchall()
        return out
    finally:
        conn.close()


def test_bulk_add_many_is_searchable_round_trips_and_keeps_the_triggers(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recs = list(numbered(N))
    suspended: list[object] = []
    suspend = store_load.suspend_bulk_triggers

    def spy(cur: sqlite3.Cursor) -> list[str] | None:
        suspended.append(suspend(cur))
        return suspended[-1]  # type: ignore[return-value]

    monkeypatch.setattr(store_load, "suspend_bulk_triggers", spy)
    with Store(db_path) as store:
        before = _triggers(db_path)
        assert store.add_many(((r, document(r)) for r in recs), {"fake": "1"}) == N
        assert len(suspended) == 1 and suspended[0] is not None  # the bulk path was taken
        assert _triggers(db_path) == before  # dropped inside each batch, created again
        assert _fts_check(db_path) == {"articles_fts": N, "quotes_fts": 2 * N}
        assert len(store.quotes(search="firmly")) == N
        assert len(store.quotes(search="Paragraph 17")) == 0  # quotes index quotes only
        rows, total = store.search_articles(Filters(search='"Paragraph 17"'))
        assert total == 1 and rows[0]["doc_id"] == "doc17"
        for r in (recs[0], recs[BULK_FTS_MIN], recs[-1]):
            assert store.get(r.id) == r
        # the triggers still index what is added one by one afterwards
        assert store.add(article("late", quote="an unmistakable zebra"))
        assert len(store.quotes(search="zebra")) == 1
    assert _fts_check(db_path) == {"articles_fts": N + 1, "quotes_fts": 2 * N + 2}


def test_bulk_load_is_idempotent(db_path: Path) -> None:
    recs = list(numbered(N))
    with Store(db_path) as store:
        assert store.add_many(recs[: N // 2]) == N // 2
        # stored ones, repeats inside one batch and new ones, in batches of every size
        items = recs + recs[:BULK_FTS_MIN]
        assert store.add_many(items, batch_size=BULK_FTS_MIN * 2) == N - N // 2
        assert store.add_many(recs) == 0
        assert len(store) == N
        counts = store.query("SELECT count(*) AS n FROM attributions")[0]["n"]
        assert counts == 2 * N
    assert _fts_check(db_path) == {"articles_fts": N, "quotes_fts": 2 * N}


def test_add_dicts_stores_what_add_many_and_add_store(tmp_path: Path) -> None:
    recs = list(numbered(BULK_FTS_MIN + 5))
    paths = [tmp_path / f"{name}.db" for name in ("one", "many", "dicts")]
    with Store(paths[0]) as one, Store(paths[1]) as many, Store(paths[2]) as dicts:
        for r in recs:
            one.add(r, document(r), {"v": "1"})
        many.add_many(((r, document(r)) for r in recs), {"v": "1"})
        assert dicts.add_dicts(((r.to_dict(), f"{r.id}.txt") for r in recs), {"v": "1"}) == len(
            recs
        )
        assert dicts.add_dicts((r.to_dict(), None) for r in recs) == 0
        assert [dicts.get(r.id) for r in recs] == recs
    assert _table_rows(paths[0]) == _table_rows(paths[1]) == _table_rows(paths[2])
    assert _fts_check(paths[0]) == _fts_check(paths[1]) == _fts_check(paths[2])


def test_a_batch_that_fails_midway_leaves_nothing_and_the_triggers_in_place(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recs = list(numbered(2 * BULK_FTS_MIN))
    with Store(db_path) as store:
        triggers = _triggers(db_path)
        calls = 0
        insert = store_load.insert_facts

        def second_fails(cur: sqlite3.Cursor, docs: list[tuple[int, dict[str, object]]]) -> None:
            nonlocal calls
            calls += 1
            if calls == 2:
                raise KeyboardInterrupt  # Ctrl-C after the triggers were dropped
            insert(cur, docs)

        monkeypatch.setattr(store_load, "insert_facts", second_fails)
        with pytest.raises(KeyboardInterrupt):
            store.add_many(recs, batch_size=BULK_FTS_MIN)
        monkeypatch.undo()
        assert len(store) == BULK_FTS_MIN  # the first batch, committed
        assert _triggers(db_path) == triggers
        assert store.add_many(recs, batch_size=BULK_FTS_MIN) == BULK_FTS_MIN
        assert len(store) == 2 * BULK_FTS_MIN
    assert _fts_check(db_path) == {"articles_fts": 2 * BULK_FTS_MIN, "quotes_fts": 4 * BULK_FTS_MIN}


def _batch_dir(root: Path, recs: list[Record]) -> Path:
    part = root / RECORDS / "published=2024-05-03"
    part.mkdir(parents=True)
    Manifest(root).save()
    rows = [record_row(document(r), r, {"fake": "1"}) for r in recs]
    for row in rows:
        row.pop("published")
    pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema()), part / "part-0.parquet")
    return root


def test_parquet_load_commits_fingerprints_with_each_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recs = list(numbered(2 * BULK_FTS_MIN))
    recs.append(Record.from_dict({**recs[5].to_dict(), "id": "doc5-again"}))  # an exact copy
    out = _batch_dir(tmp_path / "out", recs)
    calls = 0
    link = batch_load.link_copies_in

    def second_fails(*args: object) -> int:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt
        return link(*args)  # type: ignore[arg-type]

    with Store(tmp_path / "s.db") as store:
        monkeypatch.setattr(batch_load, "link_copies_in", second_fails)
        with pytest.raises(KeyboardInterrupt):
            load_batch(store, out, batch_size=BULK_FTS_MIN)
        monkeypatch.undo()
        assert len(store) == BULK_FTS_MIN
        assert store.query("SELECT count(*) AS n FROM fingerprints")[0]["n"] == BULK_FTS_MIN
        assert load_batch(store, out, batch_size=BULK_FTS_MIN) == (BULK_FTS_MIN, BULK_FTS_MIN + 1)
        assert load_batch(store, out) == (0, len(recs))
        assert len(store) == 2 * BULK_FTS_MIN
        fingerprints = store.query("SELECT count(*) AS n FROM fingerprints")[0]["n"]
        assert fingerprints == 2 * BULK_FTS_MIN
        exact = store.query("SELECT copy_id FROM copies WHERE kind = 'exact'")
        assert exact == [{"copy_id": "doc5-again"}]
        for r in recs[:-1]:
            assert store.get(r.id) == r
    assert _fts_check(tmp_path / "s.db") == {
        "articles_fts": 2 * BULK_FTS_MIN,
        "quotes_fts": 4 * BULK_FTS_MIN,
    }


def test_small_parquet_files_are_loaded_in_full_transactions(tmp_path: Path) -> None:
    """A Spark run writes a few records per task and date: the load gathers them into batches of
    ``batch_size`` rows of one stage version (each batch one transaction), not one per file."""
    recs = list(numbered(7))
    root = tmp_path / "out"
    part = root / RECORDS / "published=2024-05-03"
    part.mkdir(parents=True)
    Manifest(root).save()
    for n, chunk in enumerate((recs[0:2], recs[2:4], recs[4:6], recs[6:7])):
        version = "2" if n == 3 else "1"  # the last file was written by another stage version
        rows = [record_row(document(r), r, {"fake": version}) for r in chunk]
        for row in rows:
            row.pop("published")
        table = pa.Table.from_pylist(rows, schema=arrow_schema())
        pq.write_table(table, part / f"part-{n}.parquet")
    sizes = [len(rows) for rows in batch_load._batches(root, 5)]
    assert sizes == [5, 1, 1]
    with Store(tmp_path / "s.db") as store:
        assert load_batch(store, root, batch_size=5) == (7, 0)
        assert all(store.get(r.id) == r for r in recs)


def _event_actors(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT d.hash, e.ord, a.side, a.entity, a.name, a.country FROM event_actors a "
            "JOIN events e ON e.pk = a.event JOIN documents d ON d.id = e.doc "
            "ORDER BY d.hash, e.ord, a.side, a.entity"
        ).fetchall()
    finally:
        conn.close()


def test_bulk_fills_event_actors_as_the_trigger_does(tmp_path: Path) -> None:
    recs = [  # each event with a target too
        dataclasses.replace(
            r, events=tuple(dataclasses.replace(e, target=(r.entities[0].id,)) for e in r.events)
        )
        for r in numbered(BULK_FTS_MIN + 3)
    ]
    with Store(tmp_path / "bulk.db") as store:
        assert store.add_many(recs, batch_size=len(recs)) == len(recs)  # one bulk batch
    with Store(tmp_path / "rows.db") as store:
        for r in recs:
            assert store.add(r)  # one by one: the trigger fills event_actors
    bulk = _event_actors(tmp_path / "bulk.db")
    assert bulk == _event_actors(tmp_path / "rows.db")
    assert {side for _, _, side, *_ in bulk} == {"source", "target"}
    assert len({h for h, *_ in bulk}) == len(recs)
