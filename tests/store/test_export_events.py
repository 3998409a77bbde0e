"""`sayso export events`: the GDELT-style event table (jsonl, csv, parquet) and PLOVER JSON Lines,
on stores filled by hand (no model)."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sayso.cli import main
from sayso.errors import ConfigError
from sayso.store import Store
from sayso.types import Record

from .fakes import article, document

COLUMNS = [
    "doc_id", "doc_hash", "published", "event_id", "date", "type", "mode",
    "source", "source_ids", "source_country", "source_role", "source_sector",
    "target", "target_ids", "target_country", "target_role", "target_sector",
    "location", "location_country", "trigger_start", "trigger_end", "trigger_text",
    "evidence_start", "evidence_end", "evidence_text",
    "attribution", "speaker", "cue", "via", "outlet", "url", "confidence",
]  # fmt: skip
EVIDENCE = "The Foreign Ministry protested the drills, according to state media."


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def said_by_the_minister(doc_id: str = "s1") -> Record:
    """An article whose event rests on the minister's attribution (a speaker, a cue), and whose
    event has a target with a country and a role."""
    rec = article(
        doc_id,
        speaker="Dong Jun",
        quote="we are ready",
        event_type="ACCUSE",
        event_date="2024-05-02",
    )
    event = dataclasses.replace(rec.events[0], attribution=f"{doc_id}-q1", target=(f"{doc_id}-e1",))
    return dataclasses.replace(rec, events=(event,))


@pytest.fixture
def db(filled: Store, db_path: Path) -> str:
    rec = said_by_the_minister()
    assert filled.add(rec, document(rec), {"fake": "1"})
    return str(db_path)


def test_events_csv_is_one_row_per_event(db: str, filled: Store) -> None:
    code, out, err = invoke("export", "events", "-f", "csv", "--db", db)
    assert (code, err) == (0, "")
    reader = csv.DictReader(io.StringIO(out))
    rows = list(reader)
    assert reader.fieldnames == COLUMNS
    assert [r["doc_id"] for r in rows] == ["r1", "r2", "x1", "x2", "s1"]
    x1 = rows[2]
    assert x1 == x1 | {
        "published": "2024-05-20",
        "event_id": "x1-v1",
        "date": "2024-05-19",
        "type": "THREATEN",
        "mode": "verbal",
        "source": "Foreign Ministry",
        "source_ids": "x1-e2",
        "source_country": "CHN",
        "source_sector": "GOV",
        "target": "",
        "target_sector": "",
        "trigger_text": "protested",
        "evidence_text": EVIDENCE,
        "attribution": "x1-q2",
        "speaker": "",  # reported by state media, nobody named
        "cue": "according to",
        "via": "state media",
        "outlet": "Xinhua",
        "url": "https://example.org/x1",
    }
    assert rows[3]["date"] == "" and rows[3]["published"] == ""  # no dates: empty cells
    for row in rows:
        text = filled.get(row["doc_id"]).text
        start, end = int(row["evidence_start"]), int(row["evidence_end"])
        assert text[start:end] == row["evidence_text"]
        t_start, t_end = int(row["trigger_start"]), int(row["trigger_end"])
        assert start <= t_start < t_end <= end and text[t_start:t_end] == row["trigger_text"]
    s1 = rows[4]
    assert (s1["speaker"], s1["cue"], s1["attribution"]) == ("Dong Jun", "said", "s1-q1")
    assert (s1["target"], s1["target_country"], s1["target_role"], s1["target_sector"]) == (
        "Dong Jun",
        "CHN",
        "defense minister",
        "GOV",
    )


def test_events_plover(db: str, filled: Store) -> None:
    code, out, err = invoke("export", "events", "-f", "plover", "--db", db)
    assert (code, err) == (0, "")
    events = [json.loads(line) for line in out.splitlines()]
    assert [e["id"] for e in events] == ["r1-v1", "r2-v1", "x1-v1", "x2-v1", "s1-v1"]
    s1 = events[-1]
    text = filled.get("s1").text
    evidence = s1["evidence"]
    assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert s1 == {
        "id": "s1-v1",
        "event_type": "ACCUSE",
        "mode": "verbal",
        "date": "2024-05-02",
        "story_date": "2024-05-03",
        "actor": "Foreign Ministry",
        "actor_country": "CHN",
        "actor_role": None,
        "actor_sector": "GOV",
        "recipient": "Dong Jun",
        "recipient_country": "CHN",
        "recipient_role": "defense minister",
        "recipient_sector": "GOV",
        "location": None,
        "location_country": None,
        "doc_id": "s1",
        "doc_hash": s1["doc_hash"],
        "outlet": "Reuters",
        "url": "https://example.org/s1",
        "trigger": {"start": text.index("protested"), "end": text.index(" the drills"),
                    "text": "protested"},
        "evidence": evidence,
        "attribution": {"id": "s1-q1", "speaker": "Dong Jun", "cue": "said", "via": None},
    }  # fmt: skip
    assert evidence["text"] == EVIDENCE
    assert len(s1["doc_hash"]) == 64


def test_events_to_files_in_every_format(db: str, tmp_path: Path) -> None:
    target = tmp_path / "events.csv"
    code, out, err = invoke("export", "events", "-o", str(target), "--db", db)
    assert (code, out) == (0, "") and err == f"5 rows of events written to {target}\n"
    with target.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == COLUMNS
    plover = tmp_path / "events.json"  # -f names the format whatever the suffix
    code, _, err = invoke("export", "events", "-f", "plover", "-o", str(plover), "--db", db)
    assert code == 0, err
    assert json.loads(plover.read_text().splitlines()[0])["event_type"] == "PROTEST"
    raw = tmp_path / "raw.csv"
    code, _, _ = invoke("export", "events", "--raw", "-o", str(raw), "--db", db)
    assert code == 0 and raw.read_text().startswith("doc_id,doc_hash,pk,doc,ord,id,type")
    code, out, _ = invoke("export", "documents", "-f", "jsonl", "--db", db)
    assert code == 0 and [json.loads(x)["doc_id"] for x in out.splitlines()][-1] == "s1"
    pq = pytest.importorskip("pyarrow.parquet")
    code, _, err = invoke("export", "events", "-o", str(tmp_path / "e.parquet"), "--db", db)
    assert code == 0, err
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.column_names == COLUMNS and table.num_rows == 5


def test_bad_formats_are_one_line(db: str) -> None:
    code, out, err = invoke("export", "events", "-f", "parquet", "--db", db)
    assert (code, out) == (1, "")
    assert err == "error: parquet is written to a file only; pass -o FILE.parquet\n"
    code, out, err = invoke("export", "attributions", "-f", "plover", "--db", db)
    assert (code, out) == (1, "") and err.count("\n") == 1
    assert err.startswith("error: -f plover writes the event table only")
    code, _, err = invoke("export", "events", "-f", "xlsx", "--db", db)
    assert code == 2 and "Invalid value for '-f' / '--format'" in err


def test_store_api(filled: Store, tmp_path: Path) -> None:
    rows = list(filled.event_table())
    assert list(rows[0]) == COLUMNS and len(rows) == 4
    out = io.StringIO()
    assert filled.export_events(fmt="plover", out=out) == 4
    assert json.loads(out.getvalue().splitlines()[0])["doc_id"] == "r1"
    assert filled.export_events(tmp_path / "e.txt", fmt="jsonl") == 4
    with pytest.raises(ConfigError, match="unknown export format 'xml'"):
        filled.export_events(fmt="xml")


def test_event_table_of_an_empty_store(store: Store) -> None:
    out = io.StringIO()
    assert store.export_events(fmt="csv", out=out) == 0
    assert out.getvalue() == ",".join(COLUMNS) + "\n"


def test_evidence_is_the_records_sentence(store: Store) -> None:
    """The evidence is the sentence of the record (``Record.sentences``) that holds the trigger,
    not a split of the text: a record whose one sentence runs over a period keeps it whole."""
    rec = article("ev1")
    whole = dataclasses.replace(rec, sentences=((0, len(rec.text.rstrip())),))
    assert store.add(whole, document(whole))
    rows = list(store.event_table())
    assert [r["evidence_text"] for r in rows] == [rec.text.rstrip()]
    assert (rows[0]["evidence_start"], rows[0]["evidence_end"]) == (0, len(rec.text.rstrip()))


def test_evidence_covers_a_trigger_across_sentences(store: Store) -> None:
    rec = article("ev2")
    trigger = rec.events[0].trigger
    cut = trigger.start + 3  # a sentence boundary inside the trigger (a parse gone wrong)
    split = dataclasses.replace(rec, sentences=((0, cut), (cut, len(rec.text.rstrip()))))
    assert store.add(split, document(split))
    [row] = list(store.event_table())
    assert (row["evidence_start"], row["evidence_end"]) == (0, len(rec.text.rstrip()))
