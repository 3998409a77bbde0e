"""What the HTML pages compute before templating: sentence anchors (at the record's own
sentences, ``Record.sentences``), the marked-up article text (as plain segments, escaped by the
templates), term highlights, and the two server-side SVG plots (an actor's timeline, the network
of who acts on whom).

Nothing here builds HTML strings: every function returns data, and Jinja2's autoescaping turns
every piece of text into text.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NotRequired, TypedDict

from ..types import Record

_WORD = re.compile(r"\w+\*?", re.UNICODE)
_FTS_WORDS = frozenset({"AND", "OR", "NOT", "NEAR"})

# Which mark a segment links to when several overlap: the most specific first. A trigger comes
# before a cue: a speech act can be both an event and an attribution's cue ("X hailed Y as ..."),
# and the attribution stays linked through its content and source, the event has its trigger only.
_PRIORITY = ("trigger", "cue", "source", "time", "entity", "content", "evidence")


def sentence_start(record: Record, offset: int) -> int:
    """The start of the record's sentence (``Record.sentences``) holding ``offset``: the anchor
    ``s-<start>`` that :func:`marked_text` places (0 for a record without sentences)."""
    i = record.sentence_index(offset)
    return record.sentences[i][0] if i >= 0 else 0


@dataclass(slots=True)
class Mark:
    start: int
    end: int
    kind: str  # one of _PRIORITY
    fact: str  # the fact's anchor id (f-...)
    label: str


@dataclass(slots=True)
class Segment:
    text: str
    classes: list[str] = field(default_factory=list)
    href: str | None = None
    title: str | None = None
    anchors: list[str] = field(default_factory=list)  # ids placed just before the segment


@dataclass(slots=True)
class Sentence:
    start: int
    segments: list[Segment]


def fact_id(kind: str, key: str) -> str:
    return f"f-{kind}-{key}"


def record_marks(record: Record) -> list[Mark]:
    """Every span of the record as a mark pointing at its fact."""
    names = {e.id: e.name for e in record.entities}
    marks: list[Mark] = []
    for e in record.entities:
        for m in e.mentions:
            marks.append(Mark(m.start, m.end, "entity", fact_id("e", e.id), f"{e.name} ({e.type})"))
    for a in record.attributions:
        who = names.get(a.speaker or "", a.source.text if a.source else "unknown speaker")
        fid = fact_id("a", a.id)
        if a.source is not None:
            marks.append(Mark(a.source.start, a.source.end, "source", fid, f"speaker: {who}"))
        if a.cue is not None:
            marks.append(Mark(a.cue.start, a.cue.end, "cue", fid, f"cue of {who}"))
        for c in a.content:
            marks.append(Mark(c.start, c.end, "content", fid, f"{a.kind} quote of {who}"))
    for ev in record.events:
        t = ev.trigger
        marks.append(Mark(t.start, t.end, "trigger", fact_id("v", ev.id), f"event {ev.type}"))
    for i, tx in enumerate(record.times):
        s = tx.span
        marks.append(Mark(s.start, s.end, "time", fact_id("t", str(i)), f"time {tx.value}"))
    for d in record.divergences:
        for s in d.evidence:
            marks.append(Mark(s.start, s.end, "evidence", fact_id("d", d.id), d.kind))
    n = len(record.text)
    return [m for m in marks if 0 <= m.start < m.end <= n]


def marked_text(record: Record) -> list[Sentence]:
    """The text cut into sentences and segments; each segment knows its marks (as classes),
    the fact it links to, whether it lies outside the body or in a flagged part (boilerplate,
    caption, ...), and which mark anchors (m-<fact>) start at it."""
    text = record.text
    n = len(text)
    marks = record_marks(record)
    flags = [(f.span.start, f.span.end, f.kind) for f in record.meta.flags if f.span.end <= n]
    body = list(record.meta.body)
    sentence_starts = {s for s, _ in record.sentences if s < n}
    cuts = {0, n} | sentence_starts
    for m in marks:
        cuts.update((m.start, m.end))
    for s, e, _ in flags:
        cuts.update((max(0, s), e))
    for s, e in body:
        cuts.update((max(0, min(s, n)), max(0, min(e, n))))
    points = sorted(cuts)

    starts: dict[int, list[Mark]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
    anchored: set[str] = set()
    out: list[Sentence] = []
    active: list[Mark] = []
    for a, b in pairwise(points):
        if a in sentence_starts or not out:
            out.append(Sentence(a, []))
        active = [m for m in active if m.end > a]
        new = starts.get(a, [])
        active.extend(new)
        seg = Segment(text[a:b])
        for m in new:
            anchor = "m-" + m.fact.removeprefix("f-")
            if anchor not in anchored:
                anchored.add(anchor)
                seg.anchors.append(anchor)
        if active:
            kinds = {m.kind for m in active}
            seg.classes.extend(f"k-{k}" for k in _PRIORITY if k in kinds)
            best = min(active, key=lambda m: (_PRIORITY.index(m.kind), m.end - m.start))
            seg.href = "#" + best.fact
            seg.title = "; ".join(dict.fromkeys(m.label for m in active))
        for s, e, kind in flags:
            if s <= a < e:
                seg.classes.append(f"flag flag-{kind}")
        if body and not any(s <= a < e for s, e in body) and text[a:b].strip():
            seg.classes.append("nonbody")
        out[-1].segments.append(seg)
    return out


def query_terms(search: str | None) -> list[str]:
    """The words of a full-text query, without FTS5 operators ("pre*" keeps its star)."""
    if not search:
        return []
    words = [w for w in _WORD.findall(search) if w not in _FTS_WORDS]
    return list(dict.fromkeys(w.lower() for w in words if w.strip("*")))


def _terms_pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    parts = []
    for t in sorted(terms, key=len, reverse=True):
        if t.endswith("*"):
            parts.append(re.escape(t[:-1]) + r"\w*")
        else:
            parts.append(re.escape(t) + r"\b")
    return re.compile(r"\b(?:" + "|".join(parts) + ")", re.IGNORECASE)


def highlight(text: str, terms: Sequence[str]) -> list[tuple[str, bool]]:
    """``text`` as (piece, matched) pairs."""
    pattern = _terms_pattern(terms)
    if pattern is None:
        return [(text, False)]
    out: list[tuple[str, bool]] = []
    pos = 0
    for m in pattern.finditer(text):
        if m.start() > pos:
            out.append((text[pos : m.start()], False))
        out.append((m.group(0), True))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def matching_sentence(
    record: Record, terms: Sequence[str], body: Iterable[tuple[int, int]] = (), width: int = 320
) -> tuple[int, str]:
    """(start offset, text) of the record's first sentence with a query term, clipped to
    ``width`` characters around the match; without terms, the first body sentence."""
    text = record.text
    pattern = _terms_pattern(terms)
    hit = pattern.search(text) if pattern is not None else None
    if hit is not None:
        at = hit.start()
    else:
        first = next(iter(body), None)
        at = first[0] if first else 0
    i = record.sentence_index(at)
    start, end = record.sentences[i] if i >= 0 else (0, len(text))
    start = min(start, at)
    sentence = text[start:end]
    if len(sentence) > width:
        lo = max(0, at - start - width // 3)
        sentence = ("…" if lo else "") + sentence[lo : lo + width] + "…"
    return start, " ".join(sentence.split())


# -- SVG plots: geometry only; the templates draw it -------------------------------------------


class Bar(TypedDict):
    x: float
    y: float
    w: float
    h: float
    kind: str  # "said" or "did"
    n: int
    month: str


class Tick(TypedDict):
    x: float
    label: str


class Timeline(TypedDict):
    width: int
    height: int
    bars: list[Bar]
    ticks: list[Tick]
    max: int
    baseline: NotRequired[int]
    left: NotRequired[int]
    top: NotRequired[int]


class Node(TypedDict):
    name: str
    x: float
    y: float
    r: float
    lx: float
    ly: float
    anchor: str  # "start" or "end"
    degree: int


class Edge(TypedDict):
    source: str
    target: str
    n: int
    x1: float
    y1: float
    x2: float
    y2: float
    w: float


class Network(TypedDict):
    size: int
    nodes: list[Node]
    edges: list[Edge]


def timeline(
    said: Counter[str], did: Counter[str], width: int = 640, height: int = 140
) -> Timeline:
    """Monthly bars of statements and actions (``YYYY-MM`` keys), every month in between shown."""
    months = sorted(set(said) | set(did))
    if not months:
        return {"width": width, "height": height, "bars": [], "ticks": [], "max": 0}
    first_y, first_m = map(int, months[0].split("-"))
    last_y, last_m = map(int, months[-1].split("-"))
    span = (last_y - first_y) * 12 + (last_m - first_m) + 1
    span = min(span, 240)  # 20 years at most
    keys = []
    for i in range(span):
        y, m = divmod(first_m - 1 + i, 12)
        keys.append(f"{first_y + y:04d}-{m + 1:02d}")
    top = max(max(said.values(), default=0), max(did.values(), default=0), 1)
    left, bottom, plot_h = 30, 24, height - 34
    step = (width - left - 10) / len(keys)
    bar = max(1.0, step / 2 - 1)
    bars: list[Bar] = []
    for i, key in enumerate(keys):
        x = left + i * step
        for j, (kind, counts) in enumerate((("said", said), ("did", did))):
            n = counts.get(key, 0)
            if n:
                h = plot_h * n / top
                bars.append(
                    {"x": round(x + j * (bar + 1), 1), "y": round(height - bottom - h, 1),
                     "w": round(bar, 1), "h": round(h, 1), "kind": kind, "n": n, "month": key}
                )  # fmt: skip
    every = max(1, math.ceil(len(keys) / 8))
    ticks = [
        Tick(x=round(left + i * step, 1), label=key)
        for i, key in enumerate(keys)
        if i % every == 0
    ]
    return {
        "width": width,
        "height": height,
        "bars": bars,
        "ticks": ticks,
        "max": top,
        "baseline": height - bottom,
        "left": left,
        "top": height - bottom - plot_h,
    }


def split_names(names: str | None) -> list[str]:
    """The names of a ``; ``-joined list (events.source_names / target_names)."""
    return [n for n in (names or "").split("; ") if n]


def network(
    pairs: Iterable[tuple[str | None, str | None, int]], size: int = 560, max_edges: int = 40
) -> Network:
    """A circular layout of the heaviest edges source -> target, with arrow geometry."""
    weights: Counter[tuple[str, str]] = Counter()
    for sources, targets, n in pairs:
        for s in split_names(sources):
            for t in split_names(targets):
                if s != t:
                    weights[(s, t)] += n
    edges = weights.most_common(max_edges)
    names = list(dict.fromkeys(x for (s, t), _ in edges for x in (s, t)))
    if not names:
        return {"size": size, "nodes": [], "edges": []}
    degree: Counter[str] = Counter()
    for (s, t), n in edges:
        degree[s] += n
        degree[t] += n
    names.sort(key=lambda x: (-degree[x], x))
    c, r = size / 2, size / 2 - 110
    pos: dict[str, tuple[float, float]] = {}
    nodes: list[Node] = []
    for i, name in enumerate(names):
        angle = 2 * math.pi * i / len(names) - math.pi / 2
        x, y = c + r * math.cos(angle), c + r * math.sin(angle)
        pos[name] = (x, y)
        right = math.cos(angle) >= 0
        nodes.append(
            {"name": name, "x": round(x, 1), "y": round(y, 1),
             "r": round(4 + min(10, math.sqrt(degree[name]) * 2), 1),
             "lx": round(x + (14 if right else -14), 1), "ly": round(y + 4, 1),
             "anchor": "start" if right else "end", "degree": degree[name]}
        )  # fmt: skip
    top = max(n for _, n in edges)
    out_edges: list[Edge] = []
    for (s, t), n in edges:
        (x1, y1), (x2, y2) = pos[s], pos[t]
        d = math.hypot(x2 - x1, y2 - y1) or 1.0
        shrink = 12 / d
        out_edges.append(
            {"source": s, "target": t, "n": n,
             "x1": round(x1, 1), "y1": round(y1, 1),
             "x2": round(x2 - (x2 - x1) * shrink, 1), "y2": round(y2 - (y2 - y1) * shrink, 1),
             "w": round(1 + 4 * n / top, 1)}
        )  # fmt: skip
    return {"size": size, "nodes": nodes, "edges": out_edges}
