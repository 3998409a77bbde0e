"""`sayso ingest` then `sayso export events` (csv and PLOVER) on hand-written articles, end to end
with the model."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sayso.cli import main
from sayso.config import MIN_CONFIDENCE
from sayso.store import Store

pytestmark = pytest.mark.model

ARTICLES = {
    "drills": (
        "China stages drills near Taiwan\n\n"
        "China's military launched large-scale drills around Taiwan on Monday, "
        "state media reported.\n\n"
        "Taiwanese Defence Minister Wellington Koo said that China had threatened Taiwan. "
        '"We will not be intimidated," Koo told reporters in Taipei.\n'
    ),
    "aid": (
        "EU sends flood aid to Moldova\n\n"
        "The European Union sent 40 million euros in emergency aid to Moldova on Tuesday. "
        "Moldovan Prime Minister Andrei Cojocaru thanked the bloc.\n"
    ),
}


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("export")
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    db = str(folder / "news.db")
    files = [str(folder / f"{name}.txt") for name in ARTICLES]
    code, _, err = invoke("ingest", *files, "--db", db, "--silent")
    assert code == 0, err
    return db


def test_events_csv(db: str) -> None:
    code, out, err = invoke("export", "events", "-f", "csv", "--min-confidence", "0", "--db", db)
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["doc_id"] for r in rows} == set(ARTICLES)
    with Store(db) as store:
        n_events = store.query("SELECT count(*) AS n FROM events")[0]["n"]
        assert len(rows) == n_events
        for row in rows:
            text = store.get(row["doc_id"]).text
            start, end = int(row["evidence_start"]), int(row["evidence_end"])
            assert row["evidence_text"] and text[start:end] == row["evidence_text"]
            assert row["trigger_text"] in row["evidence_text"]
            assert row["published"] == "" and row["type"]
    aid = [r for r in rows if r["doc_id"] == "aid" and r["type"] == "AID"]
    assert aid and aid[0]["source"] == "European Union" and aid[0]["target"] == "Moldova"
    assert aid[0]["target_country"] == "MDA" and aid[0]["attribution"] == ""


def test_events_plover(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.plover.jsonl"
    code, _, err = invoke(
        "export", "events", "-f", "plover", "-o", str(out), "--min-confidence", "0", "--db", db
    )
    assert code == 0, err
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {e["doc_id"] for e in events} == set(ARTICLES)
    assert all(e["event_type"] and e["evidence"]["text"] for e in events)
    reported = [e for e in events if e["attribution"] is not None]
    assert reported, "an event that rests on an attribution"
    speakers = {e["attribution"]["speaker"] for e in reported}
    assert "Wellington Koo" in speakers
    threat = next(e for e in reported if e["attribution"]["speaker"] == "Wellington Koo")
    assert threat["event_type"] == "THREATEN" and threat["actor_country"] == "CHN"
    assert threat["attribution"]["cue"] == "said"


def test_export_leaves_out_facts_below_the_confidence(db: str) -> None:
    """By default export keeps the facts at least as sure as the calibrated default; 0 keeps
    all, and a threshold above every fact keeps none."""
    code, out, err = invoke("export", "events", "-f", "csv", "--db", db)
    assert code == 0, err
    kept = list(csv.DictReader(io.StringIO(out)))
    code, out, _ = invoke("export", "events", "-f", "csv", "--min-confidence", "0", "--db", db)
    every = list(csv.DictReader(io.StringIO(out)))
    assert all(float(r["confidence"]) >= MIN_CONFIDENCE["events"] for r in kept)
    assert len(kept) == sum(float(r["confidence"]) >= MIN_CONFIDENCE["events"] for r in every)
    code, out, _ = invoke(
        "export", "attributions", "-f", "jsonl", "--min-confidence", "1", "--db", db
    )
    sure = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and all(a["confidence"] == 1.0 for a in sure)
    code, _, err = invoke("export", "events", "--min-confidence", "1.5", "--db", db)
    assert code == 2 and "--min-confidence" in err
