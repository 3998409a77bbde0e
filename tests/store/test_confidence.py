"""The confidence of facts in the store (schema version 10) and the one ``min_confidence`` filter
the CLI (``--min-confidence``, $SAYSO_MIN_CONFIDENCE) and the web share; records by hand."""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from sayso.cli import main
from sayso.config import MIN_CONFIDENCE
from sayso.store import FilterError, Filters, Store
from sayso.store import queries as q
from sayso.store.filters import confidence_floor
from sayso.types import Record

from .fakes import article, document


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def graded(doc_id: str, sure: float) -> Record:
    """An article whose facts all have confidence ``sure``."""
    rec = article(doc_id, speaker=f"Speaker {doc_id}")
    return dataclasses.replace(
        rec,
        entities=tuple(dataclasses.replace(e, confidence=sure) for e in rec.entities),
        attributions=tuple(dataclasses.replace(a, confidence=sure) for a in rec.attributions),
        events=tuple(dataclasses.replace(e, confidence=sure) for e in rec.events),
    )


@pytest.fixture
def graded_db(store: Store, db_path: Path) -> str:
    for doc_id, sure in (("low", 0.3), ("mid", 0.7), ("high", 0.95)):
        rec = graded(doc_id, sure)
        assert store.add(rec, document(rec))
    return str(db_path)


def test_the_store_keeps_each_facts_confidence(graded_db: str) -> None:
    with Store(graded_db) as s:
        rec = s.get("mid")
        assert {f.confidence for f in (*rec.entities, *rec.attributions, *rec.events)} == {0.7}


def test_the_filter_keeps_facts_at_least_as_sure(graded_db: str) -> None:
    with Store(graded_db) as s:
        assert {r["doc_id"] for r in s.quotes(min_confidence=0.5)} == {"mid", "high"}
        assert {r["doc_id"] for r in s.events(min_confidence=0.9)} == {"high"}
        assert len(s.quotes(min_confidence=0.0)) == 6 and len(s.quotes()) == 6
        names = {r["name"] for r in s.actors(Filters(min_confidence=0.7))}
        assert "Speaker mid" in names and "Speaker low" not in names
        assert {r["confidence"] for r in s.quotes(min_confidence=0.9)} == {0.95}
    with pytest.raises(FilterError, match=r"min_confidence 1\.5 is not a confidence"):
        Filters(min_confidence=1.5)


def test_cli_min_confidence_on_quotes_events_actors(graded_db: str) -> None:
    def docs(command: str, *more: str, env: dict[str, str] | None = None) -> set[str]:
        code, out, err = invoke(command, "--db", graded_db, "-f", "jsonl", *more, env=env)
        assert code == 0, err
        rows = [json.loads(line) for line in out.splitlines()]
        return {r.get("doc_id") or r["name"] for r in rows}

    assert docs("quotes", "--min-confidence", "0") == {"low", "mid", "high"}
    assert docs("quotes", "--min-confidence", "0.5") == {"mid", "high"}
    assert docs("events", "--min-confidence", "0.8") == {"high"}
    actors = docs("actors", "--min-confidence", "0.9")
    assert "Speaker high" in actors and "Speaker mid" not in actors
    # the default: the calibrated floor of each kind, or $SAYSO_MIN_CONFIDENCE for every kind
    floor = MIN_CONFIDENCE["attributions"]
    expected = {d for d, sure in (("low", 0.3), ("mid", 0.7), ("high", 0.95)) if sure >= floor}
    assert docs("quotes", env={"SAYSO_MIN_CONFIDENCE": ""}) == expected
    assert docs("quotes", env={"SAYSO_MIN_CONFIDENCE": "0.25"}) == {"low", "mid", "high"}
    assert docs("events", "--min-confidence", "0.9", env={"SAYSO_MIN_CONFIDENCE": "0"}) == {
        "high"
    }


def test_bad_confidence_values_are_one_clear_line(graded_db: str) -> None:
    code, out, err = invoke("quotes", "--db", graded_db, "--min-confidence", "2")
    assert code == 2 and out == "" and "--min-confidence" in err and "Traceback" not in err
    code, out, err = invoke("events", "--db", graded_db, env={"SAYSO_MIN_CONFIDENCE": "high"})
    assert (code, out) == (1, "") and err.count("\n") == 1
    assert "SAYSO_MIN_CONFIDENCE='high' is not a confidence" in err


def test_confidence_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAYSO_MIN_CONFIDENCE", raising=False)
    assert confidence_floor("events") == MIN_CONFIDENCE["events"]
    assert confidence_floor("events", 0.2) == 0.2
    monkeypatch.setenv("SAYSO_MIN_CONFIDENCE", "0.4")
    assert confidence_floor("attributions") == 0.4 and confidence_floor("events", 0.0) == 0.0


def test_a_version_9_store_gains_the_columns(db_path: Path) -> None:
    """Facts stored before version 10 read as sure (1.0, as a record without the field); new
    ones keep theirs."""
    sql, dropped = re.subn(r",(\s*--[^\n]*)?\n\s*confidence\s+REAL[^\n]*", r"\1", q.schema_sql())
    assert dropped == 3
    sql = sql.replace(f"user_version = {q.SCHEMA_VERSION}", "user_version = 9")
    sql = sql.replace(f"('schema_version', '{q.SCHEMA_VERSION}')", "('schema_version', '9')")
    conn = sqlite3.connect(db_path)
    conn.executescript(sql)
    conn.execute(
        "INSERT INTO documents (hash, doc_id, text, ingested_at) VALUES ('h', 'old', 'x', 'now')"
    )
    conn.execute(
        "INSERT INTO attributions (doc, ord, id, kind, content, content_spans) "
        "VALUES (1, 0, 'a1', 'direct', 'x', '[{\"start\": 0, \"end\": 1, \"text\": \"x\"}]')"
    )
    conn.commit()
    conn.close()
    with Store(db_path) as s:
        assert s.schema_version == q.SCHEMA_VERSION
        assert {a.confidence for a in s.get("old").attributions} == {1.0}
        new = graded("new", 0.4)
        assert s.add(new, document(new))
        assert {e.confidence for e in s.get("new").events} == {0.4}
        assert {r["doc_id"] for r in s.quotes(min_confidence=0.5)} == {"old"}
