from __future__ import annotations

from pathlib import Path

from sayso.ingest.dedup import (
    MAX_DISTANCE,
    NearDuplicateIndex,
    bands,
    hamming,
    signed64,
    simhash,
    unsigned64,
)
from sayso.store import Store
from sayso.store.sidecar import CopyCandidate, copies_of, link_copies
from sayso.types import Document, Meta, Record, content_hash

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
TEXT = (FIXTURES / "wire.txt").read_text(encoding="utf-8")


def test_simhash_near_copies_are_close_and_others_far() -> None:
    a = simhash(TEXT)
    b = simhash("UPDATED: " + TEXT + " Read more at example.com")
    c = simhash("Rain is expected across the north on Tuesday, forecasters said, with snow.")
    assert hamming(a, b) <= 3
    assert hamming(a, c) > 10
    assert simhash("") == 0
    assert unsigned64(signed64(a)) == a and -(2**63) <= signed64(a) < 2**63
    assert len(bands(a)) == 4


def test_index_finds_candidates_by_band() -> None:
    index = NearDuplicateIndex()
    assert index.add("a", simhash(TEXT)) == []
    assert index.add("c", simhash("Something else entirely, about the weather today.")) == []
    found = index.add("b", simhash(TEXT + " Reporting by A. Writer."))
    assert [k for k, _ in found] == ["a"]


def _rec(doc_id: str, text: str) -> tuple[Record, Document]:
    return Record(id=doc_id, text=text, meta=Meta()), Document(doc_id, text, source=f"{doc_id}.txt")


def test_store_links_exact_and_near_copies_and_drops_nothing(tmp_path: Path) -> None:
    texts = {"a": TEXT, "b": TEXT + " Reporting by A. Writer.", "c": "An unrelated short note."}
    with Store(tmp_path / "s.db") as store:
        for k, t in texts.items():
            rec, doc = _rec(k, t)
            added = store.add(rec, doc)
            sim = simhash(t)
            copy = CopyCandidate(doc.hash, k, doc.source, sim, bands(sim), added)
            link_copies(store, [copy], MAX_DISTANCE)
        # the same text as "a" again, from another outlet: stored once, linked as exact copy
        again = Document("a-syndicated", TEXT, source="other.txt")
        assert not store.add(Record(id=again.id, text=TEXT, meta=Meta()), again)
        sim = simhash(TEXT)
        link_copies(
            store,
            [CopyCandidate(again.hash, again.id, again.source, sim, bands(sim), False)],
            MAX_DISTANCE,
        )
        # the same input met again is not a copy of itself
        same = CopyCandidate(content_hash(TEXT), "a", "a.txt", sim, bands(sim), False)
        link_copies(store, [same], MAX_DISTANCE)
        assert len(store) == 3
        links = copies_of(store, content_hash(TEXT))
        kinds = sorted((r["kind"], r["copy_id"] or r["copy_hash"][:6]) for r in links)
        assert kinds == [("exact", "a-syndicated"), ("near", content_hash(texts["b"])[:6])]
        assert copies_of(store, content_hash(texts["c"])) == []
