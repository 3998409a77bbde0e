"""The store commands, on stores filled by hand (and ingest with a fake pipeline: no model)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

import sayso.jobs
from sayso.cli import main
from sayso.store import Store

from .fakes import FakePipeline


@pytest.fixture
def db(filled: Store, db_path: Path) -> str:
    return str(db_path)


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_quotes_jsonl_and_filters(db: str) -> None:
    code, out, err = invoke("quotes", "--db", db, "--actor", "dong", "-f", "jsonl")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["doc_id"] for r in rows] == ["x1", "r1"]
    assert rows[0]["quote"] == "Taiwan is a red line"
    code, out, _ = invoke(
        "quotes",
        "--db",
        db,
        "--search",
        "provocative",
        "--since",
        "2024-05",
        "--until",
        "2024-05-31",
        "--outlet",
        "reuters",
        "-f",
        "json",
    )
    assert code == 0 and [r["doc_id"] for r in json.loads(out)] == ["r2"]


def test_quotes_table(db: str) -> None:
    code, out, _ = invoke("quotes", "--db", db, "--limit", "2", "-f", "table")
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split() == ["speaker", "cue", "quote", "outlet", "published", "conf", "ref"]
    assert set(lines[1]) <= {"─", " "}
    assert "Taiwan is a red line" in lines[2] and "Dong Jun" in lines[2]


def test_events_and_actors(db: str) -> None:
    code, out, _ = invoke("events", "--db", db, "--type", "threaten", "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [(r["doc_id"], r["type"]) for r in rows] == [("x1", "THREATEN")]
    code, out, _ = invoke("actors", "--db", db, "--type", "PERSON", "--limit", "1", "-f", "jsonl")
    assert code == 0
    assert json.loads(out) == {
        "name": "Dong Jun",
        "type": "PERSON",
        "country": "CHN",
        "role": "defense minister",
        "sector": "GOV",
        "documents": 2,
        "mentions": 2,
    }


def test_no_rows_is_said_on_stderr(db: str) -> None:
    code, out, err = invoke("quotes", "--db", db, "--actor", "nobody", "-f", "table")
    assert (code, out, err) == (0, "", "no rows\n")


def test_query(db: str) -> None:
    code, out, _ = invoke(
        "query", "SELECT doc_id FROM documents ORDER BY doc_id", "--db", db, "-f", "csv"
    )
    assert code == 0 and out.splitlines() == ["doc_id", "r1", "r2", "x1", "x2"]


@pytest.mark.parametrize(
    "sql", ["DELETE FROM documents", "INSERT INTO meta VALUES ('a', 'b')", "ATTACH 'x' AS y"]
)
def test_query_refuses_writes(db: str, sql: str) -> None:
    code, out, err = invoke("query", sql, "--db", db)
    assert code == 1 and out == ""
    assert err.startswith("error: `sayso query` is read-only:") and err.count("\n") == 1
    with Store(db) as store:
        assert len(store) == 4


def test_export(db: str, tmp_path: Path) -> None:
    target = tmp_path / "events.jsonl"
    code, _, err = invoke("export", "events", "-o", str(target), "--db", db)
    assert code == 0 and err == f"4 rows of events written to {target}\n"
    assert len(target.read_text().splitlines()) == 4
    code, _, err = invoke("export", "events", "-o", str(tmp_path / "e.xlsx"), "--db", db)
    assert code == 1 and "end the file name in .jsonl, .csv, .parquet" in err
    code, _, err = invoke("export", "stories", "-o", str(tmp_path / "e.csv"), "--db", db)
    assert code == 1 and err.startswith("error: unknown table 'stories'")


FIX = "or pass --db FILE"
COMMANDS = [
    ["quotes"],
    ["events"],
    ["actors"],
    ["query", "SELECT 1"],
    ["export", "t", "-o", "x.csv"],
]


@pytest.mark.parametrize("command", COMMANDS)
def test_missing_store_is_one_line(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "none.db"
    code, out, err = invoke(*command, "--db", str(missing))
    assert code == 1 and out == ""
    assert err == f"error: no Sayso store at {missing}; run `sayso ingest` first, {FIX}\n"
    assert not missing.exists()


def test_db_from_environment(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAYSO_DB", db)
    code, out, _ = invoke("query", "SELECT count(*) AS n FROM documents", "-f", "jsonl")
    assert code == 0 and json.loads(out) == {"n": 4}


def test_bad_date_is_one_line(db: str) -> None:
    code, _, err = invoke("events", "--db", db, "--since", "yesterday")
    assert code == 1 and err == (
        "error: --since 'yesterday' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD\n"
    )


def test_ingest_with_a_fake_pipeline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakePipeline(fail=["bad"])
    monkeypatch.setattr(sayso.jobs, "Pipeline", lambda: fake)
    monkeypatch.chdir(tmp_path)
    for name in ("a", "b", "c", "bad"):
        (tmp_path / f"{name}.txt").write_text(f"Article {name}: the minister said so.\n")
    files = [str(tmp_path / f"{n}.txt") for n in ("a", "b", "c", "bad")]

    code, out, err = invoke("ingest", *files[:2], "--db", "news.db")
    assert (code, out) == (0, "") and err.endswith("2 stored, 0 failed\n")
    assert fake.seen == ["a", "b"]

    fake.seen.clear()
    code, _, err = invoke("ingest", *files, "--db", "news.db")
    assert code == 1
    assert err.endswith("1 stored, 2 already stored, 1 failed (see errors.jsonl)\n")
    assert "bad" in err.splitlines()[0]
    assert "a" not in fake.seen and "b" not in fake.seen  # skipped before the pipeline
    logged = [json.loads(line) for line in (tmp_path / "errors.jsonl").read_text().splitlines()]
    assert [e["code"] for e in logged] == ["extraction"]

    fake.seen.clear()
    code, _, err = invoke("ingest", files[0], "--db", "news.db", "--rerun", "--silent")
    assert (code, err) == (0, "") and fake.seen == ["a"]
    with Store("news.db") as store:
        assert len(store) == 3
        assert store.get("a").text == "Article a: the minister said so.\n"
        versions = store.query("SELECT DISTINCT stage_versions FROM documents")
        assert versions == [{"stage_versions": '{"fake": "1"}'}]


def test_ingest_rerun_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakePipeline()
    monkeypatch.setattr(sayso.jobs, "Pipeline", lambda: fake)
    monkeypatch.chdir(tmp_path)
    for name in ("p", "q"):
        (tmp_path / f"{name}.txt").write_text(f"Notice {name}: the bridge reopens on Friday.\n")
    code, _, err = invoke("ingest", "p.txt", "q.txt", "--db", "news.db")
    assert code == 0, err

    code, _, err = invoke("ingest", "--db", "news.db")
    assert code == 2 and "give PATHS to ingest, or --rerun-stale" in err

    conn = sqlite3.connect(tmp_path / "news.db")
    with conn:
        conn.execute("UPDATE documents SET stage_versions = '{}' WHERE doc_id = 'q'")
    conn.close()
    fake.seen.clear()
    code, out, err = invoke("ingest", "--rerun-stale", "--db", "news.db")
    assert (code, out) == (0, "") and err.endswith("1 extracted again, 0 failed\n"), err
    assert fake.seen == ["q"]
    with Store("news.db") as store:
        versions = store.query("SELECT DISTINCT stage_versions FROM documents")
        assert versions == [{"stage_versions": '{"fake": "1"}'}]


def test_fix_commands_and_their_errors(db: str) -> None:
    code, out, _ = invoke("events", "--db", db, "--type", "threaten", "-f", "jsonl")
    ref = json.loads(out)["ref"]
    code, _, err = invoke("fix", "drop", ref, "--db", db)
    assert code == 0 and err.startswith("correction 1: ")
    code, out, _ = invoke("events", "--db", db, "--type", "threaten", "-f", "jsonl")
    assert (code, out) == (0, "")
    for args, message in (
        (("fix", "drop", "x1-v1"), "is not DOC:ID"),
        (("fix", "drop", "nosuchdoc:x1-v1"), "no document 'nosuchdoc'"),
        (("fix", "speaker", "x1:x1-q1", "Nobody Named"), "neither an actor"),
        (("fix", "merge", "x1:Dong Jun", "Dong Jun"), "the same actor already"),
        (("fix", "undo", "7"), "no correction 7"),
        (("export", "corrections", "-f", "csv"), "gold JSON Lines"),
    ):
        code, _, err = invoke(*args, "--db", db)
        assert code == 1 and message in err and len(err.splitlines()) == 1, err
    code, _, err = invoke("fix", "undo", "1", "--db", db)
    assert code == 0
    code, out, _ = invoke("events", "--db", db, "--type", "threaten", "-f", "jsonl")
    assert json.loads(out)["ref"] == ref
