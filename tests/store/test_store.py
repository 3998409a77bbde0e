from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from sayso.config import Settings
from sayso.errors import ConfigError, StoreError
from sayso.store import TABLES, Store
from sayso.store import load as store_load
from sayso.store.queries import SCHEMA_VERSION
from sayso.types import Record, content_hash

from .fakes import article, document, numbered

# -- opening ---------------------------------------------------------------------------------


def _raw(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(sql).fetchall()
        conn.commit()
        return rows
    finally:
        conn.close()


def test_new_store_has_schema_version_meta_and_wal(db_path: Path) -> None:
    with Store(db_path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.journal_mode == "wal"
        assert len(store) == 0
    assert _raw(db_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert _raw(db_path, "PRAGMA journal_mode") == [("wal",)]
    meta = dict(_raw(db_path, "SELECT key, value FROM meta"))
    assert meta["application"] == "sayso"
    assert meta["schema_version"] == str(SCHEMA_VERSION)


def test_reopening_keeps_records(db_path: Path) -> None:
    rec = article()
    with Store(db_path) as store:
        store.add(rec)
    with Store(db_path, create=False) as store:
        assert len(store) == 1
        assert store.get(rec.id) == rec


def test_a_second_process_reads_while_the_first_is_open(db_path: Path) -> None:
    with Store(db_path) as writer, Store(db_path) as reader:
        writer.add(article("a"))
        assert reader.has(content_hash(article("a").text))
        writer.add(article("b", speaker="Wang Yi"))
        assert len(reader) == 2


def test_missing_file_is_an_error_for_readers(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"no Sayso store at .*missing\.db; run `sayso ingest`"):
        Store(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_newer_schema_is_refused(db_path: Path) -> None:
    Store(db_path).close()
    _raw(db_path, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match=r"newer than this Sayso reads.*upgrade sayso"):
        Store(db_path)


def test_other_sqlite_database_is_refused(db_path: Path) -> None:
    _raw(db_path, "CREATE TABLE customers (id INTEGER)")
    with pytest.raises(StoreError, match="not a Sayso store"):
        Store(db_path)
    assert _raw(db_path, "PRAGMA journal_mode") == [("delete",)]  # left untouched


def test_file_that_is_not_a_database_is_refused(db_path: Path) -> None:
    db_path.write_text("hello, not a database\n" * 100)
    with pytest.raises(StoreError, match="not a Sayso store") as info:
        Store(db_path)
    assert "\n" not in str(info.value)


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        Store(tmp_path)


def test_default_path_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SAYSO_DB", raising=False)
    assert Settings.from_env().db == Path("sayso.db")
    with Store() as store:
        assert store.path == Path("sayso.db")
    assert (tmp_path / "sayso.db").exists()
    monkeypatch.setenv("SAYSO_DB", str(tmp_path / "other.db"))
    with Store() as store:
        assert store.path == tmp_path / "other.db"
    assert Settings.from_env({"SAYSO_DB": "x.db"}).db == Path("x.db")


def test_settings_flags_read_from_the_environment() -> None:
    assert Settings.from_env({}) == Settings()
    assert Settings.from_env({"SAYSO_ALLOW_PRIVATE": "yes"}).allow_private
    assert not Settings.from_env({"SAYSO_ALLOW_PRIVATE": "0"}).allow_private


# -- writing and reading back ----------------------------------------------------------------


def test_add_then_get_gives_the_same_record(store: Store) -> None:
    rec = article()
    doc = document(rec)
    assert not store.has(doc.hash)
    assert store.add(rec, doc, {"entities": "1"}) is True
    assert store.has(doc.hash)
    assert store.get(rec.id) == rec
    assert store.get(doc.hash) == rec
    assert store.get(rec.id).to_dict() == rec.to_dict()


def test_a_record_without_facts_round_trips(store: Store) -> None:
    rec = Record(id="empty", text="")
    store.add(rec)
    assert store.get("empty") == rec


def test_add_is_idempotent(store: Store, db_path: Path) -> None:
    rec = article()
    assert store.add(rec, document(rec)) is True
    counts = {t: store.query(f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in TABLES}
    assert store.add(rec, document(rec)) is False
    assert store.add(rec) is False  # the hash is the text's, with or without the Document
    assert {t: store.query(f"SELECT count(*) AS n FROM {t}")[0]["n"] for t in TABLES} == counts
    assert counts["documents"] == 1 and counts["attributions"] == 2


def test_replace_swaps_the_record_and_keeps_search_in_sync(store: Store, db_path: Path) -> None:
    old = article()
    store.add(old)
    new = Record(id=old.id, text=old.text)  # same text, re-extracted: no facts
    assert store.add(new, replace=True) is True
    assert len(store) == 1
    assert store.get(old.id) == new
    assert store.quotes(search="respond") == []
    assert store.query("SELECT count(*) AS n FROM attributions")[0]["n"] == 0
    _raw(db_path, "INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
    _raw(db_path, "INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")


def test_get_unknown_or_ambiguous_id(store: Store) -> None:
    with pytest.raises(StoreError, match="no document 'nope'"):
        store.get("nope")
    store.add(article("same"))
    store.add(article("same", speaker="Wang Yi"))
    with pytest.raises(StoreError, match=r"2 documents .* have the id 'same'.*content hash"):
        store.get("same")
    assert store.get(content_hash(article("same", speaker="Wang Yi").text)).id == "same"


def test_add_many_skips_what_is_stored_and_repeats(store: Store) -> None:
    recs = list(numbered(25))
    store.add(recs[3])
    items = [(r, document(r)) for r in recs] + [recs[0], recs[0]]
    assert store.add_many(items, {"fake": "1"}, batch_size=7) == 24
    assert len(store) == 25
    for r in recs:
        assert store.get(r.id) == r
    assert store.add_many(recs) == 0


def test_stage_versions_and_source_are_stored(store: Store) -> None:
    rec = article()
    store.add(rec, document(rec, source="in/a1.txt"), {"events": "2", "entities": "1"})
    row = store.query("SELECT source, stage_versions, ingested_at FROM documents")[0]
    assert row["source"] == "in/a1.txt"
    assert json.loads(row["stage_versions"]) == {"entities": "1", "events": "2"}
    assert row["ingested_at"].endswith("+00:00")


def test_interrupted_add_leaves_nothing_behind(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(store_load, "insert_facts", boom)
    with pytest.raises(KeyboardInterrupt):
        store.add(article())
    monkeypatch.undo()
    assert len(store) == 0
    assert store.add(article()) is True


# -- filters ---------------------------------------------------------------------------------


def _ids(rows: list[dict[str, object]]) -> list[object]:
    return [r["doc_id"] for r in rows]


def test_quotes_newest_first_with_speakers(filled: Store) -> None:
    rows = filled.quotes()
    assert _ids(rows) == ["x1", "x1", "r2", "r2", "r1", "r1", "x2", "x2"]
    first = rows[0]
    assert first["speaker"] == "Dong Jun" and first["quote"] == "Taiwan is a red line"
    assert first["cue"] == "said" and first["kind"] == "direct"
    assert rows[1]["via"] == "state media" and rows[1]["speaker"] is None


def test_quotes_filters(filled: Store) -> None:
    assert _ids(filled.quotes(actor="dong")) == ["x1", "r1"]
    assert _ids(filled.quotes(actor="x2-e1")) == ["x2"]  # an entity id
    assert set(_ids(filled.quotes(outlet="reuters"))) == {"r1", "r2"}
    assert _ids(filled.quotes(since="2024-05")) == ["x1", "x1", "r2", "r2"]
    assert _ids(filled.quotes(until="2024-04")) == ["r1", "r1"]
    assert _ids(filled.quotes(since="2024-05-01", until="2024-05-03")) == ["r2", "r2"]
    assert _ids(filled.quotes(actor="dong", outlet="Xinhua")) == ["x1"]
    assert _ids(filled.quotes(limit=3)) == ["x1", "x1", "r2"]
    assert filled.quotes(limit=0) == []


def test_quotes_full_text_search(filled: Store) -> None:
    assert [r["quote"] for r in filled.quotes(search="red line")] == ["Taiwan is a red line"]
    assert _ids(filled.quotes(search="provocat*")) == ["r2"]
    assert _ids(filled.quotes(search="austin")) == ["r2"]  # the speaker's name
    assert _ids(filled.quotes(search="cafe")) == ["x2"]  # diacritics folded
    assert _ids(filled.quotes(search="🚀 سلام")) == ["x2"]
    assert _ids(filled.quotes(search='red line"')) == ["x1"]  # not FTS syntax: plain words
    assert _ids(filled.quotes(search="drills", outlet="xinhua")) == ["x1", "x2"]
    assert filled.quotes(search="nothing-like-this") == []


def test_bad_dates_are_config_errors(filled: Store) -> None:
    with pytest.raises(ConfigError, match="since date '5 May' is not a date"):
        filled.quotes(since="5 May")
    with pytest.raises(ConfigError, match="until date '2024/05' is not a date"):
        filled.events(until="2024/05")


def test_events_filters(filled: Store) -> None:
    rows = filled.events()
    assert _ids(rows) == ["x1", "r2", "r1", "x2"]
    assert rows[0]["type"] == "THREATEN" and rows[0]["source"] == "Foreign Ministry"
    assert rows[0]["trigger"] == "protested" and rows[0]["attribution"] == "x1-q2"
    assert _ids(filled.events(type="accuse")) == ["r2"]
    # the event's own date, else the article's
    assert _ids(filled.events(since="2024-05")) == ["x1", "r2"]
    assert _ids(filled.events(until="2024-04-27")) == ["r1"]
    assert len(filled.events(actor="foreign ministry")) == 4
    assert filled.events(actor="dong") == []
    assert _ids(filled.events(search="Taiwan")) == ["x1"]  # the article's text
    assert _ids(filled.events(outlet="REUTERS", limit=1)) == ["r2"]


def test_actors_are_aggregated_across_documents(filled: Store) -> None:
    rows = filled.actors()
    top = rows[0]
    assert (top["name"], top["documents"], top["mentions"]) == ("state media", 4, 4)
    dong = filled.actors(actor="dong")
    assert dong == [
        {
            "name": "Dong Jun",
            "type": "PERSON",
            "country": "CHN",
            "role": "defense minister",
            "sector": "GOV",
            "documents": 2,
            "mentions": 2,
        }
    ]
    ministries = filled.actors(actor="ministry")
    assert [(r["country"], r["documents"]) for r in ministries] == [("CHN", 3), ("USA", 1)]
    assert {r["name"] for r in filled.actors(type="person")} == {
        "Dong Jun",
        "Lloyd Austin",
        "Wang Wenbin",
    }
    assert filled.actors(type="person", outlet="reuters", since="2024-05")[0]["name"] == (
        "Lloyd Austin"
    )
    assert [r["name"] for r in filled.actors(type="person", search="Taiwan")] == ["Dong Jun"]


# -- read-only SQL ---------------------------------------------------------------------------


def test_query_reads(filled: Store) -> None:
    rows = filled.query(
        "SELECT doc_id, outlet FROM documents WHERE outlet = ? ORDER BY doc_id", ["Xinhua"]
    )
    assert rows == [{"doc_id": "x1", "outlet": "Xinhua"}, {"doc_id": "x2", "outlet": "Xinhua"}]
    found = filled.query(
        "SELECT d.doc_id FROM articles_fts JOIN documents d ON d.id = articles_fts.rowid "
        "WHERE articles_fts MATCH :q",
        {"q": "taiwan"},
    )
    assert found == [{"doc_id": "x1"}]
    assert {r["name"] for r in filled.query("PRAGMA table_info(documents)")} >= {"hash", "text"}
    assert filled.query("PRAGMA user_version") == [{"user_version": SCHEMA_VERSION}]
    assert filled.query("WITH t(x) AS (VALUES (1), (2)) SELECT sum(x) AS s FROM t") == [{"s": 3}]


@pytest.mark.parametrize(
    ("sql", "word"),
    [
        ("INSERT INTO meta(key, value) VALUES ('a', 'b')", "INSERT"),
        ("DELETE FROM documents", "DELETE"),
        ("UPDATE documents SET title = 'x'", "UPDATE"),
        ("ATTACH DATABASE 'other.db' AS other", "ATTACH"),
        ("DROP TABLE entities", "DROP"),
        ("CREATE TABLE t (x)", "CREATE"),
        ("PRAGMA user_version = 7", "PRAGMA"),
        ("PRAGMA journal_mode = DELETE", "PRAGMA"),
        ("BEGIN", "BEGIN"),
        ("WITH x AS (SELECT 1) DELETE FROM documents", "DELETE"),
        ("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')", "INSERT"),
    ],
)
@pytest.mark.parametrize("memory", [False, True])
def test_query_refuses_writes(
    filled: Store, records: list[Record], sql: str, word: str, memory: bool
) -> None:
    store = filled
    if memory:
        store = Store(":memory:")
        store.add_many(records)
    try:
        with pytest.raises(StoreError, match=f"read-only: {word}") as info:
            store.query(sql)
        assert "\n" not in str(info.value)
        assert len(store) == 4
        assert store.schema_version == SCHEMA_VERSION
        # the store itself is still writable
        assert store.add(article("after", speaker="Li Qiang")) is True
    finally:
        if memory:
            store.close()


def test_query_errors_are_one_line(filled: Store) -> None:
    with pytest.raises(StoreError, match=r"query failed: .*syntax error"):
        filled.query("SELEC 1")
    with pytest.raises(StoreError, match="one statement at a time"):
        filled.query("SELECT 1; SELECT 2")
    with pytest.raises(StoreError, match="no such table"):
        filled.query("SELECT * FROM nope")


# -- export ----------------------------------------------------------------------------------


def test_export_jsonl_and_csv(filled: Store, tmp_path: Path) -> None:
    n = filled.export("attributions", tmp_path / "quotes.jsonl")
    lines = (tmp_path / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
    assert n == len(lines) == 8
    first = json.loads(lines[0])
    assert first["doc_id"] == "r1" and first["content"] == "we will respond firmly"
    assert json.loads(first["content_spans"])[0]["text"] == "we will respond firmly"

    assert filled.export("documents", tmp_path / "docs.csv") == 4
    with (tmp_path / "docs.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["doc_id"] for r in rows] == ["r1", "r2", "x1", "x2"]
    assert "🚀" in rows[3]["text"]
    assert not list(tmp_path.glob(".*.part"))


def test_export_parquet(filled: Store, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    assert filled.export("entities", tmp_path / "entities.parquet") == 12
    table = pq.read_table(tmp_path / "entities.parquet")
    assert table.num_rows == 12
    assert {"doc_id", "name", "type", "country", "mention_count"} <= set(table.column_names)
    assert filled.export("times", tmp_path / "empty.parquet") == 4


def test_export_of_an_empty_table(store: Store, tmp_path: Path) -> None:
    assert store.export("events", tmp_path / "e.csv") == 0
    assert (tmp_path / "e.csv").read_text().startswith("doc_id,doc_hash,pk,doc,ord,id,type")
    pytest.importorskip("pyarrow")
    assert store.export("events", tmp_path / "e.parquet") == 0


def test_export_errors(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unknown table 'quotes'; use one of: documents"):
        filled.export("quotes", tmp_path / "q.csv")
    with pytest.raises(ConfigError, match=r"format of .*q\.xlsx.*\.jsonl, \.csv, \.parquet"):
        filled.export("attributions", tmp_path / "q.xlsx")
    assert not (tmp_path / "q.csv").exists() and not (tmp_path / "q.xlsx").exists()


def test_missing_pyarrow_has_a_helpful_message(
    filled: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pyarrow(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("pyarrow"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    with pytest.raises(ConfigError, match=r"pip install 'sayso\[parquet\]'"):
        filled.export("documents", tmp_path / "d.parquet")
    assert not (tmp_path / "d.parquet").exists()


def test_rows_iterates_a_table(filled: Store) -> None:
    rows = list(filled.rows("times"))
    assert [r["span_text"] for r in rows] == ["Monday"] * 4
    with pytest.raises(StoreError, match="unknown table"):
        filled.rows("sqlite_master")
