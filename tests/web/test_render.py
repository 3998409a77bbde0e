"""The pieces the pages compute, on hand-made inputs (no model, no server)."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sayso.errors import StoreError
from sayso.store import Store
from sayso.types import Record
from sayso.web import render

from .hostile import hostile_record


@given(
    st.text(alphabet='ab .!?\n"”', max_size=60),
    st.lists(st.integers(min_value=0, max_value=60), max_size=6),
)
def test_sentences_start_where_the_record_says(text: str, cuts: list[int]) -> None:
    """marked_text starts a sentence at each of the record's sentences (``Record.sentences``)
    and nowhere else, and every offset links to the start of the sentence holding it."""
    starts = sorted({c for c in cuts if c < len(text)} | {0})
    bounds = tuple(pairwise([*starts, len(text)]))
    if not text:
        return
    record = Record("r", text, sentences=bounds)
    marked = render.marked_text(record)
    assert [s.start for s in marked] == starts
    assert "".join(g.text for s in marked for g in s.segments) == text
    for offset in range(len(text)):
        assert render.sentence_start(record, offset) == max(s for s in starts if s <= offset)


def test_marked_text_keeps_every_character() -> None:
    record = hostile_record()
    sentences = render.marked_text(record)
    assert "".join(g.text for s in sentences for g in s.segments) == record.text
    segs = [g for s in sentences for g in s.segments]
    said = next(g for g in segs if g.text == "said")
    assert said.href == "#f-a-ah1" and "k-cue" in said.classes
    assert any("flag-boilerplate" in " ".join(g.classes) for g in segs)
    assert {a for g in segs for a in g.anchors} >= {"m-a-ah1", "m-v-evh1", "m-e-eh1"}


def test_highlight_and_matching_sentence() -> None:
    assert render.query_terms('"joint patrols" OR sanc*') == ["joint", "patrols", "sanc*"]
    pieces = render.highlight("Sanctions hurt; sanctioned.", ["sanc*"])
    assert [p for p, hit in pieces if hit] == ["Sanctions", "sanctioned"]
    text = "One. Two sanctions here. Three."
    record = Record("r", text, sentences=((0, 4), (5, 24), (25, 31)))
    assert render.matching_sentence(record, ["sanctions"]) == (5, "Two sanctions here.")
    assert render.matching_sentence(record, []) == (0, "One.")
    whole = Record("w", text, sentences=((0, 31),))  # the record's sentence, however it reads
    assert render.matching_sentence(whole, ["sanctions"]) == (0, text)


def test_timeline_and_network_geometry() -> None:
    t = render.timeline(Counter({"2024-01": 2, "2024-04": 1}), Counter({"2024-02": 3}))
    assert {b["month"] for b in t["bars"]} == {"2024-01", "2024-02", "2024-04"}
    assert max(b["h"] for b in t["bars"]) == t["baseline"] - t["top"]
    net = render.network([("A; B", "C", 2), ("C", "A", 1), ("A", "A", 5), (None, "C", 1)])
    assert {(e["source"], e["target"], e["n"]) for e in net["edges"]} == {
        ("A", "C", 2), ("B", "C", 2), ("C", "A", 1)
    }  # fmt: skip
    assert {n["name"] for n in net["nodes"]} == {"A", "B", "C"}


def test_store_read_only_and_stories(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.add(hostile_record())
        assert not store.has_stories() and store.stories() == []
    with Store(path, create=False, read_only=True) as store:
        with pytest.raises(StoreError):
            store.add(hostile_record(), replace=True)
        assert len(store) == 1
    with Store(path) as store:  # as `sayso stories` stores them
        (doc,) = store.story_documents()
        for story, date in (("s1", "2024-05-01"), ("s2", "2024-06-01")):
            summary = {"title": f"Floods {story}", "first_date": date, "last_date": date,
                       "outlets": ["Delta"], "documents": 1}  # fmt: skip
            store.save_stories([(int(doc["id"]), story, None)], {story: summary})
        assert store.has_stories()
        rows = store.stories()  # latest first; s1 lost its only document to s2
        assert [(r["id"], r["title"], r["last_date"]) for r in rows] == [
            ("s2", "Floods s2", "2024-06-01")
        ]
