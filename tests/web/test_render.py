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
from sayso.types import Attribution, Entity, Record, Span, TimeExpr
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


def _span(text: str, word: str, start: int = 0) -> Span:
    at = text.index(word, start)
    return Span.of(text, at, at + len(word))


def test_each_mention_carries_the_actor_it_was_resolved_to_and_how() -> None:
    """A run per mention, with a tooltip (a page-unique id) naming the actor, how, and the
    other marks; a mention split by another mark is one run; an old record says unrecorded."""
    text = "Mara Olsen met the envoy. She said the talks went well. Olsen left."
    she, said = _span(text, "She"), _span(text, "said")
    olsen = Entity("e1", "Mara Olsen", "PERSON", "NOR", "envoy",
                   (_span(text, "Mara Olsen"), she, _span(text, "Olsen", 40)),
                   resolved=("name", "pronoun", "surname"))  # fmt: skip
    envoy = Entity("e2", "the envoy", "OTHER", None, None, (_span(text, "the envoy"),))
    quote = Attribution("a1", "indirect", she, "e1", said, (_span(text, "the talks went well"),))
    record = Record("r", text, entities=(olsen, envoy), attributions=(quote,),
                    sentences=((0, 25), (26, 55), (56, len(text))))  # fmt: skip
    sentences = render.marked_text(record, lambda name, kind: f"/actors/{kind}:{name}")
    runs = [r for s in sentences for r in s.runs]
    assert "".join(g.text for r in runs for g in r.segments) == text
    tips = {"".join(g.text for g in r.segments): r for r in runs if r.tip is not None}
    assert set(tips) == {"Mara Olsen", "She", "Olsen", "the envoy"}
    pronoun = tips["She"]
    assert pronoun.tip is not None and pronoun.id == "r-26"
    tip = pronoun.tip
    assert (tip.name, tip.how, tip.country) == ("Mara Olsen", "pronoun", "NOR")
    assert pronoun.tip.url == "/actors/PERSON:Mara Olsen" and pronoun.tip.check
    assert pronoun.segments[0].also == "speaker: Mara Olsen" and pronoun.segments[0].title is None
    assert tips["Olsen"].tip is not None and tips["Olsen"].tip.how == "surname"
    assert tips["the envoy"].tip is not None and tips["the envoy"].tip.how == "unrecorded"
    named = tips["Mara Olsen"].tip
    assert named is not None and named.how == "name" and not named.check
    assert len({r.id for r in tips.values()}) == 4
    # a time inside a name cuts it into segments: still one run, one tooltip
    hale = Entity("e3", "Hale Day", "EVENT", None, None, (Span.of("On Hale Day.", 3, 11),),
                  resolved=("alias",))  # fmt: skip
    day = TimeExpr(Span.of("On Hale Day.", 8, 11), "2024-01-01")
    cut = Record("c", "On Hale Day.", entities=(hale,), times=(day,), sentences=((0, 12),))
    (sentence,) = render.marked_text(cut)
    (run,) = [r for r in sentence.runs if r.tip is not None]
    assert [g.text for g in run.segments] == ["Hale ", "Day"]
    assert run.tip is not None and run.tip.url == "" and run.id == "r-3"
    assert run.segments[1].also == "time 2024-01-01"


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


def test_timeline_by_outlet_holds_every_count() -> None:
    activity = [
        {"kind": "said", "outlet": "Delta Post", "month": "2024-01", "n": 2},
        {"kind": "said", "outlet": "Delta Post", "month": "2024-04", "n": 1},
        {"kind": "did", "outlet": "Rivertown Herald", "month": "2024-02", "n": 3},
        {"kind": "did", "outlet": None, "month": None, "n": 4},  # undated, no outlet
    ]
    t = render.timeline(activity)
    lanes = [lane["title"] for lane in t["lanes"]]
    assert lanes[0] == "All outlets" and set(lanes[1:]) == {
        "Delta Post", "Rivertown Herald", "(no outlet)"
    }  # fmt: skip
    every = t["lanes"][0]
    assert (every["said"], every["did"]) == (3, 7)
    assert sum(d["n"] for d in every["marks"] if d["kind"] == "did") == 7
    assert {d["month"] for d in every["marks"]} == {"2024-01", "2024-02", "2024-04", "undated"}
    assert "undated_x" in t and t["ticks"][0]["label"] == "2024-01"
    # months run left to right; a larger count is a larger dot
    xs = {d["month"]: d["x"] for d in every["marks"]}
    assert xs["2024-01"] < xs["2024-02"] < xs["2024-04"] < xs["undated"]
    did = {d["n"]: d["r"] for d in every["marks"] if d["kind"] == "did"}
    assert did[3] < did[4]


def test_timeline_puts_quiet_outlets_in_one_lane() -> None:
    activity = [{"kind": "said", "outlet": f"Outlet {i}", "month": "2024-05", "n": 20 - i}
                for i in range(12)]  # fmt: skip
    t = render.timeline(activity, lanes=8)
    assert len(t["lanes"]) == 10 and t["lanes"][-1]["title"] == "4 other outlets"
    assert t["lanes"][-1]["said"] == sum(20 - i for i in range(8, 12))


def test_network_types_junk_and_labels() -> None:
    weights = render.pair_weights([
        ("A; B", "C", "ACCUSE", 2), ("C", "A", "SUPPORT", 1), ("C", "A", "ACCUSE", 3),
        ("A", "A", "AID", 5), (None, "C", "AID", 1), ("A", "many more answers", "AID", 9),
    ])  # fmt: skip
    assert weights[("C", "A")] == Counter({"ACCUSE": 3, "SUPPORT": 1})
    assert render.is_junk_name("many more answers") and not render.is_junk_name("Li Wei")
    net = render.network(weights, keep=lambda n: not render.is_junk_name(n))
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert set(edges) == {("A", "C"), ("B", "C"), ("C", "A")}
    assert edges[("C", "A")]["type"] == "ACCUSE" and edges[("C", "A")]["types"] == {
        "ACCUSE": 3, "SUPPORT": 1
    }  # fmt: skip
    assert dict(net["types"]) == {"ACCUSE": 7, "SUPPORT": 1}  # A and B each accuse C twice
    assert {n["name"] for n in net["nodes"]} == {"A", "B", "C"}
    long = "The Extraordinarily Long Name of a Ministry"
    net = render.network(render.pair_weights([(long, "C", "AGREE", 1)]))
    node = next(n for n in net["nodes"] if n["name"] == long)
    assert node["label"].endswith("…") and len(node["label"]) <= 20
    # labels run outward: on the left half they are flipped to read left to right
    for n in net["nodes"]:
        assert (n["anchor"] == "start") == (n["lx"] >= net["width"] / 2 - 0.5)


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
