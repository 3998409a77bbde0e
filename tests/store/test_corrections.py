"""Corrections (``sayso fix``) on stores filled by hand: each kind is seen by every read, survives
a new extraction of the document, and is undone."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from sayso.errors import ConfigError
from sayso.store import Store
from sayso.store import queries as q
from sayso.types import Span, content_hash

from .fakes import article, document


def _ref(record_text: str, fact: str) -> str:
    return f"{content_hash(record_text)[:10]}:{fact}"


@pytest.fixture
def one(store: Store) -> Store:
    rec = article("r1", extra="Dong Jun later left. The minister spoke again.")
    dong = rec.entities[0]
    minister = Span(rec.text.index("The minister"), rec.text.index("The minister") + 12,
                    "The minister")  # fmt: skip
    later = rec.text.index("Dong Jun later")
    mentions = (*dong.mentions, Span(later, later + 8, "Dong Jun"), minister)
    rec = dataclasses.replace(
        rec, entities=(dataclasses.replace(dong, mentions=mentions), *rec.entities[1:])
    )
    store.add(rec, document(rec))
    return store


def test_speaker_fix_is_read_everywhere_and_survives_a_rerun(one: Store) -> None:
    rec = one.get("r1")
    fix = one.fix_speaker(_ref(rec.text, "r1-q1"), "Foreign Ministry")
    assert [r["speaker"] for r in one.quotes(actor="foreign ministry")] == ["Foreign Ministry"]
    assert one.quotes(search="firmly")[0]["speaker"] == "Foreign Ministry"  # full text too
    assert one.get("r1").attributions[0].speaker == "r1-e2"
    assert one.corrections()[0]["kind"] == "speaker"
    # extracted again (ingest --rerun): the correction is laid over the new record
    fresh = article("r1", extra="Dong Jun later left. The minister spoke again.")
    one.add(fresh, document(fresh), replace=True)
    assert one.get("r1").attributions[0].speaker == "r1-e2"
    one.undo_correction(fix)
    assert one.get("r1").attributions[0].speaker == "r1-e1"
    assert one.corrections() == []
    assert one.query("SELECT count(*) AS n FROM corrected_records") == [{"n": 0}]


def test_speaker_by_a_name_the_article_writes(one: Store) -> None:
    rec = one.get("r1")
    one.fix_speaker(_ref(rec.text, "r1-q1"), "the minister", "person")
    fixed = one.get("r1")
    who = fixed.entity(fixed.attributions[0].speaker)
    assert who is not None and who.name == "the minister"  # a new actor, where it is written
    assert [m.text for m in who.mentions] == ["The minister"]
    with pytest.raises(ConfigError, match="neither an actor"):
        one.fix_speaker(_ref(rec.text, "r1-q1"), "Nobody Here")
    with pytest.raises(ConfigError, match="not DOC:ID"):
        one.fix_speaker("r1-q1", "Foreign Ministry")
    with pytest.raises(ConfigError, match="no attribution"):
        one.fix_speaker("r1:zz", "Foreign Ministry")  # the document by its input id


def test_merge_split_and_drop(one: Store) -> None:
    text = one.get("r1").text
    doc = content_hash(text)[:8]
    one.fix_merge(f"{doc}:state media", "Foreign Ministry")
    rec = one.get("r1")
    assert [e.name for e in rec.entities] == ["Dong Jun", "Foreign Ministry"]
    assert rec.attributions[1].via == "r1-e2"
    assert {r["name"] for r in one.actors()} == {"Dong Jun", "Foreign Ministry"}

    one.fix_split(f"{doc}:r1-e1", "the minister", name="Li Wei")
    rec = one.get("r1")
    li = next(e for e in rec.entities if e.name == "Li Wei")
    assert [m.text for m in li.mentions] == ["The minister"]
    assert len(rec.entities[0].mentions) == 2
    with pytest.raises(ConfigError, match="every mention"):
        one.fix_split(f"{doc}:Li Wei", "The minister")

    assert len(one.events()) == 1
    one.fix_drop(f"{doc}:r1-v1")
    assert one.events() == [] and one.get("r1").events == ()
    assert one.query("SELECT count(*) AS n FROM event_actors") == [{"n": 0}]
    kinds = [c["kind"] for c in one.corrections()]
    assert kinds == ["merge", "split", "drop"]
    # all three are laid over a new extraction
    fresh = article("r1", extra="Dong Jun later left. The minister spoke again.")
    one.add(fresh, document(fresh), replace=True)
    assert one.get("r1").events == ()
    assert "state media" not in {e.name for e in one.get("r1").entities}


def test_gold_of_a_corrected_document(one: Store) -> None:
    text = one.get("r1").text
    one.fix_speaker(_ref(text, "r1-q1"), "Foreign Ministry")
    (doc,) = list(one.correction_gold())
    assert doc["id"] == "r1" and doc["text"] == text
    first = doc["attributions"][0]
    assert [s["text"] for s in first["source"]] == ["Foreign Ministry"]
    assert first["content"][0]["text"] == "we will respond firmly"


def test_a_version_6_store_gains_the_tables(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with Store(db) as s:
        rec = article("r1")
        s.add(rec, document(rec))
    conn = sqlite3.connect(db)
    conn.executescript(
        "DROP TABLE corrections; DROP TABLE corrected_records; PRAGMA user_version = 6;"
        "UPDATE meta SET value = '6' WHERE key = 'schema_version';"
    )
    conn.close()
    with Store(db) as s:
        assert s.schema_version == q.SCHEMA_VERSION == 11
        assert s.corrections() == []
        s.fix_drop(f"{content_hash(rec.text)[:8]}:r1-v1")
        assert s.events() == []
