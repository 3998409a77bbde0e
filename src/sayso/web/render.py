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
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NotRequired, Protocol, TypedDict

from ..types import Record

_WORD = re.compile(r"\w+\*?", re.UNICODE)
_SPACES = re.compile(r"\s+")
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


# What each way of resolving a mention (``Entity.resolved``, types.RESOLUTIONS) means, as the
# article page's tooltip says it; pronouns and nominals are the ones an analyst should check.
HOW = {
    "name": "its own name",
    "surname": "part of the full name",
    "alias": "another form of the name",
    "pronoun": "a pronoun, by agreement and recency: check it",
    "nominal": "a noun phrase (a title, a body): check it",
}
UNRECORDED = "unrecorded"  # a record stored before the store kept how (schema v9)
CHECK = frozenset({"pronoun", "nominal"})


@dataclass(frozen=True, slots=True)
class Tip:
    """The actor one entity mention was resolved to, and how: what its tooltip says."""

    entity: str  # the entity's fact anchor (f-e-...)
    name: str
    type: str
    country: str | None
    role: str | None
    how: str  # one of types.RESOLUTIONS, or UNRECORDED
    url: str  # the actor's page ("" when the page has none)

    @property
    def means(self) -> str:
        return HOW.get(self.how, "not recorded for this record")

    @property
    def check(self) -> bool:
        return self.how in CHECK


@dataclass(slots=True)
class Mark:
    start: int
    end: int
    kind: str  # one of _PRIORITY
    fact: str  # the fact's anchor id (f-...)
    label: str
    tip: Tip | None = None  # an entity mention's resolution


@dataclass(slots=True)
class Segment:
    text: str
    classes: list[str] = field(default_factory=list)
    href: str | None = None
    title: str | None = None
    anchors: list[str] = field(default_factory=list)  # ids placed just before the segment
    tip: Tip | None = None  # the entity mention the segment lies in
    also: str | None = None  # the segment's other marks, said in its tooltip


@dataclass(slots=True)
class Run:
    """Segments of one entity mention (with its tooltip, ``id`` unique on the page), or one
    segment outside any."""

    segments: list[Segment]
    tip: Tip | None = None
    id: str | None = None


@dataclass(slots=True)
class Sentence:
    start: int
    segments: list[Segment]
    runs: list[Run] = field(default_factory=list)


def fact_id(kind: str, key: str) -> str:
    return f"f-{kind}-{key}"


def _no_url(name: str, kind: str) -> str:
    return ""


def record_marks(record: Record, actor_url: Callable[[str, str], str] = _no_url) -> list[Mark]:
    """Every span of the record as a mark pointing at its fact; an entity mention's mark with
    the actor it was resolved to and how (``Entity.resolved``), linked by ``actor_url``."""
    names = {e.id: e.name for e in record.entities}
    marks: list[Mark] = []
    for e in record.entities:
        fid, url = fact_id("e", e.id), actor_url(e.name, e.type)
        hows = list(e.resolved) + [UNRECORDED] * (len(e.mentions) - len(e.resolved))
        for m, how in zip(e.mentions, hows, strict=False):
            tip = Tip(fid, e.name, e.type, e.country, e.role, how, url)
            label = f"{e.name} ({e.type}, {how})"
            marks.append(Mark(m.start, m.end, "entity", fid, label, tip))
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


def marked_text(record: Record, actor_url: Callable[[str, str], str] = _no_url) -> list[Sentence]:
    """The text cut into sentences and segments; each segment knows its marks (as classes),
    the fact it links to, whether it lies outside the body or in a flagged part (boilerplate,
    caption, ...), which mark anchors (m-<fact>) start at it, and the entity mention it lies in
    (its :class:`Tip`). Each sentence's segments are also grouped into :class:`Run` s, one for
    each entity mention, so that the whole mention shows its tooltip."""
    text = record.text
    n = len(text)
    marks = record_marks(record, actor_url)
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
            _label(seg, active)
        for s, e, kind in flags:
            if s <= a < e:
                seg.classes.append(f"flag flag-{kind}")
        if body and not any(s <= a < e for s, e in body) and text[a:b].strip():
            seg.classes.append("nonbody")
        out[-1].segments.append(seg)
    _group_runs(out)
    return out


def _label(seg: Segment, active: list[Mark]) -> None:
    """The segment's title (every mark's label) or, inside an entity mention, its tooltip: the
    innermost mention's actor, and the other marks' labels."""
    mentions = [m for m in active if m.tip is not None]
    if not mentions:
        seg.title = "; ".join(dict.fromkeys(m.label for m in active))
        return
    inner = min(mentions, key=lambda m: m.end - m.start)
    seg.tip = inner.tip
    others = [m.label for m in active if m.kind != "entity"]
    seg.also = "; ".join(dict.fromkeys(others)) or None


def _group_runs(sentences: list[Sentence]) -> None:
    """Group each sentence's segments into runs (one for each entity mention), each mention's
    run with an id unique on the page."""
    ids: Counter[str] = Counter()
    for sent in sentences:
        runs: list[Run] = []
        at = sent.start
        for seg in sent.segments:
            if seg.tip is not None and runs and runs[-1].tip is seg.tip:
                runs[-1].segments.append(seg)
            elif seg.tip is not None:
                key = f"r-{at}"
                ids[key] += 1
                runs.append(Run([seg], seg.tip, key if ids[key] == 1 else f"{key}-{ids[key]}"))
            else:
                runs.append(Run([seg]))
            at += len(seg.text)
        sent.runs = runs


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


def evidence(record: Record, start: int, end: int) -> dict[str, str]:
    """The sentence holding ``text[start:end]`` (``Record.sentence_of``), cut at that span:
    ``before``, ``trigger``, ``after``, white space made single spaces."""
    s0, s1 = record.sentence_of(start, end)
    text = record.text
    return {
        "before": _SPACES.sub(" ", text[s0:start]).lstrip(),
        "trigger": text[start:end],
        "after": _SPACES.sub(" ", text[end:s1]).rstrip(),
    }


# -- SVG plots: geometry only; the templates draw it -------------------------------------------

UNDATED = "undated"


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters with an ellipsis (the whole text goes in a title)."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class Dot(TypedDict):
    """A lane's mark: what was said (circle) or done (square) in a month (or undated)."""

    x: float
    y: float
    r: float
    kind: str  # "said" or "did"
    n: int
    month: str  # YYYY-MM or UNDATED


class Lane(TypedDict):
    label: str  # clipped
    title: str  # the whole outlet name
    y: float
    said: int
    did: int
    marks: list[Dot]


class Tick(TypedDict):
    x: float
    label: str


class Timeline(TypedDict):
    width: int
    height: int
    left: int
    right: float
    top: int
    bottom: float
    undated_x: NotRequired[float]
    lanes: list[Lane]
    ticks: list[Tick]


class ActivityRow(Protocol):
    """A count of what an actor said or did, in one outlet and month (``store.rows.Activity``)."""

    def __getitem__(self, key: str, /) -> object: ...


def _months(first: str, last: str, cap: int = 240) -> list[str]:
    """Every month from ``first`` to ``last`` (YYYY-MM), at most ``cap``."""
    y0, m0 = map(int, first.split("-"))
    y1, m1 = map(int, last.split("-"))
    span = min((y1 - y0) * 12 + (m1 - m0) + 1, cap)
    out = []
    for i in range(span):
        y, m = divmod(m0 - 1 + i, 12)
        out.append(f"{y0 + y:04d}-{m + 1:02d}")
    return out


def month_of(value: object) -> str:
    """A month "YYYY-MM" of a date, else UNDATED."""
    text = str(value or "")
    return text[:7] if re.fullmatch(r"\d{4}-\d{2}", text[:7]) else UNDATED


def timeline(
    activity: Iterable[ActivityRow], width: int = 760, lanes: int = 8, lane_h: int = 30
) -> Timeline:
    """What an actor said and did by outlet and month: a lane for all outlets, then one per
    outlet (the ``lanes`` busiest; the rest in one lane), a circle a month for statements and a
    square for actions, their area by count; undated ones in a column of their own, so that every
    count the page gives is on the chart."""
    counts: defaultdict[tuple[str, str, str], int] = defaultdict(int)  # (outlet, kind, month)
    for row in activity:
        outlet = str(row["outlet"] or "(no outlet)")
        counts[(outlet, str(row["kind"]), month_of(row["month"]))] += int(str(row["n"]))
    totals: Counter[str] = Counter()
    for (outlet, _, _), n in counts.items():
        totals[outlet] += n
    ranked = [o for o, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
    shown = ranked if len(ranked) <= lanes + 1 else ranked[:lanes]
    rest = f"{len(ranked) - len(shown)} other outlets"
    lane_of = {o: (o if o in shown else rest) for o in ranked}
    names = ["All outlets", *shown] + ([rest] if len(shown) < len(ranked) else [])
    cells: defaultdict[tuple[str, str, str], int] = defaultdict(int)
    for (outlet, kind, month), n in counts.items():
        cells[(lane_of[outlet], kind, month)] += n
        cells[("All outlets", kind, month)] += n
    dated = sorted({m for (_, _, m) in cells if m != UNDATED})
    undated = any(m == UNDATED for (_, _, m) in cells)
    months = _months(dated[0], dated[-1]) if dated else []
    left, top = 170, 26
    right = width - (56 if undated else 16)
    step = (right - left) / max(1, len(months))
    xs = {m: left + (i + 0.5) * step for i, m in enumerate(months)}
    if undated:
        xs[UNDATED] = width - 28
    # the dots' scale: the all-outlets lane its own, the outlets' lanes one for all of them
    scale: Counter[tuple[bool, str]] = Counter()
    lane_sums: Counter[tuple[str, str]] = Counter()
    for (lane, kind, _), n in cells.items():
        key = (lane == names[0], kind)
        scale[key] = max(scale[key], n)
        lane_sums[(lane, kind)] += n
    radius = min(lane_h / 4, max(2.5, step / 2 + 1))
    out_lanes: list[Lane] = []
    for i, name in enumerate(names):
        y = top + i * lane_h + lane_h / 2
        marks: list[Dot] = []
        for (lane, kind, month), n in sorted(cells.items()):
            if lane != name or month not in xs:
                continue
            r = max(1.5, radius * math.sqrt(n / (scale[(i == 0, kind)] or 1)))
            dy = -lane_h / 5 if kind == "said" else lane_h / 5
            marks.append({"x": round(xs[month], 1), "y": round(y + dy, 1), "r": round(r, 1),
                          "kind": kind, "n": n, "month": month})  # fmt: skip
        out_lanes.append({"label": clip(name, 26), "title": name, "y": round(y, 1),
                          "said": lane_sums[(name, "said")], "did": lane_sums[(name, "did")],
                          "marks": marks})  # fmt: skip
    every = max(1, math.ceil(len(months) / 8))
    ticks = [Tick(x=round(xs[m] - step / 2, 1), label=m) for i, m in enumerate(months)
             if i % every == 0]  # fmt: skip
    out: Timeline = {"width": width, "height": top + len(names) * lane_h + 8, "left": left,
                     "right": round(right, 1), "top": top,
                     "bottom": top + len(names) * lane_h, "lanes": out_lanes,
                     "ticks": ticks}  # fmt: skip
    if undated:
        out["undated_x"] = xs[UNDATED]
    return out


def split_names(names: str | None) -> list[str]:
    """The names of a ``; ``-joined list (events.source_names / target_names)."""
    return [n for n in (names or "").split("; ") if n]


class Node(TypedDict):
    name: str
    label: str  # clipped; the whole name goes in a title
    x: float
    y: float
    r: float
    lx: float
    ly: float
    rotate: float  # degrees, about (lx, ly): labels run outward along the radius
    anchor: str  # "start" or "end"
    degree: int


class Edge(TypedDict):
    source: str
    target: str
    n: int
    type: str  # the PLOVER type of most of its events
    types: dict[str, int]  # every type, most events first
    path: str  # an SVG path: a slight arc, so that A -> B and B -> A stay apart
    w: float


class Network(TypedDict):
    width: int
    height: int
    nodes: list[Node]
    edges: list[Edge]
    types: list[tuple[str, int]]  # the legend: each type shown and its events, most first


def pair_weights(
    pairs: Iterable[tuple[str | None, str | None, str, int]],
) -> dict[tuple[str, str], Counter[str]]:
    """Events by (source name, target name) and type, over ``; ``-joined names."""
    weights: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for sources, targets, kind, n in pairs:
        for s in split_names(sources):
            for t in split_names(targets):
                if s != t:
                    weights[(s, t)][kind] += n
    return weights


def is_junk_name(name: str) -> bool:
    """A "name" with no capital letter (a common noun phrase: "passport", "many more answers");
    names in scripts without case are kept."""
    return name.islower()


def network(
    weights: Mapping[tuple[str, str], Counter[str]],
    keep: Callable[[str], bool] = lambda _: True,
    size: int = 760,
    max_nodes: int = 24,
    max_edges: int = 40,
) -> Network:
    """A circular layout of the heaviest edges source -> target between the ``max_nodes`` most
    connected names that ``keep`` keeps, labels outward along the radius (they never cross one
    another), each edge with its events' types."""
    kept = {pair: c for pair, c in weights.items() if keep(pair[0]) and keep(pair[1])}
    degree: Counter[str] = Counter()
    for (s, t), cnt in kept.items():
        degree[s] += cnt.total()
        degree[t] += cnt.total()
    chosen = {x for x, _ in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:max_nodes]}
    edges = sorted(
        ((pair, c) for pair, c in kept.items() if pair[0] in chosen and pair[1] in chosen),
        key=lambda pc: (-sum(pc[1].values()), pc[0]),
    )[:max_edges]
    shown: Counter[str] = Counter()
    for (s, t), cnt in edges:
        shown[s] += cnt.total()
        shown[t] += cnt.total()
    names = sorted(shown, key=lambda x: (-shown[x], x))
    if not names:
        return {"width": size, "height": size, "nodes": [], "edges": [], "types": []}
    centre, r = size / 2, size / 2 - 150
    pos: dict[str, tuple[float, float]] = {}
    nodes: list[Node] = []
    for i, name in enumerate(names):
        angle = 2 * math.pi * i / len(names) - math.pi / 2
        cos, sin = math.cos(angle), math.sin(angle)
        x, y = centre + r * cos, centre + r * sin
        pos[name] = (x, y)
        radius = 4 + min(10, math.sqrt(shown[name]) * 2)
        right = cos >= -1e-9
        degrees = math.degrees(angle) if right else math.degrees(angle) + 180
        nodes.append(
            {"name": name, "label": clip(name, 20), "x": round(x, 1), "y": round(y, 1),
             "r": round(radius, 1), "lx": round(centre + (r + radius + 6) * cos, 1),
             "ly": round(centre + (r + radius + 6) * sin, 1), "rotate": round(degrees, 1),
             "anchor": "start" if right else "end", "degree": shown[name]}
        )  # fmt: skip
    top = max(sum(cnt.values()) for _, cnt in edges)
    by_type: Counter[str] = Counter()
    out_edges: list[Edge] = []
    for (s, t), cnt in edges:
        n = sum(cnt.values())
        by_type.update(cnt)
        out_edges.append(
            {"source": s, "target": t, "n": n, "type": cnt.most_common(1)[0][0],
             "types": dict(cnt.most_common()), "path": _arc(pos[s], pos[t]),
             "w": round(1 + 4 * n / top, 1)}
        )  # fmt: skip
    return {"width": size, "height": size, "nodes": nodes, "edges": out_edges,
            "types": by_type.most_common()}  # fmt: skip


def _arc(a: tuple[float, float], b: tuple[float, float], bend: float = 0.12) -> str:
    """A quadratic arc from ``a`` to ``b`` bent to its left, stopping short of ``b``'s node."""
    (x1, y1), (x2, y2) = a, b
    d = math.hypot(x2 - x1, y2 - y1) or 1.0
    ux, uy = (x2 - x1) / d, (y2 - y1) / d
    cx, cy = (x1 + x2) / 2 + uy * d * bend, (y1 + y2) / 2 - ux * d * bend
    # end a little before the target, along the curve's last tangent
    tx, ty = x2 - cx, y2 - cy
    t = math.hypot(tx, ty) or 1.0
    ex, ey = x2 - tx / t * 14, y2 - ty / t * 14
    return f"M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {ex:.1f},{ey:.1f}"
