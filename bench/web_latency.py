"""Page latency of the web app (``sayso serve``) on a store of many generated articles.

Run by hand (see bench/README.md)::

    .venv/bin/python bench/web_latency.py                  # 10,000 articles, 200 requests a page
    .venv/bin/python bench/web_latency.py -n 2000 --requests 100 --db /tmp/web.db

The store is built from the hand-written fixture articles and the seed: each is extracted once by
the real pipeline, then copied ``-n`` times with the people's surnames swapped (in the text, the
entity names and every span, rebuilt through an offset map so that ``text[start:end] == span``
still holds), the dates shifted and the outlet varied. The app runs under uvicorn on a free
localhost port; requests go through httpx with keep-alive, one at a time, varied per page type
(other search words, other articles, actors, filters, pages). Stories group the copies of one
fixture article four at a time (stored as ``sayso stories`` stores them, comparisons included,
without clustering), so the story pages show four accounts. Prints p50/p95/max per page type,
and last one JSON line.
Target: p95 <= 200 ms for every page type.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import random
import re
import socket
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import uvicorn

from sayso.compare import run as compare_run
from sayso.compare.stored import keep_comparisons
from sayso.pipeline import Pipeline
from sayso.store import Store
from sayso.types import Document, Entity, Meta, Record, Span, TimeExpr
from sayso.web import create_app

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [
    *sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt")),
    ROOT / "examples" / "seed" / "article.txt",
]
SURNAMES = [
    "Novak",
    "Horvat",
    "Kowalski",
    "Silva",
    "Costa",
    "Rossi",
    "Petrov",
    "Ivanova",
    "Tanaka",
    "Sato",
    "Kim",
    "Park",
    "Nguyen",
    "Tran",
    "Haddad",
    "Mansour",
    "Okafor",
    "Mensah",
    "Larsen",
    "Berg",
    "Moreau",
    "Dubois",
    "Fischer",
    "Weber",
    "Jansen",
    "Peeters",
    "Popescu",
    "Kovacs",
    "Nagy",
    "Yilmaz",
    "Demir",
    "Cohen",
    "Levi",
    "Sharma",
    "Patel",
    "Khan",
    "Ali",
    "Reyes",
    "Cruz",
    "Santos",
    "Lopez",
    "Garcia",
    "Murphy",
    "Walsh",
    "Smith",
    "Brown",
    "Evans",
    "Hughes",
    "Wright",
    "Green",
]
OUTLETS = (
    "Meridian Press Agency", "Rio Tribune", "Delhi Courier", "Asia Times", "Baltic Wire",
    "Harbour Post", "Daily Ledger", "Northern Star", "Capital Gazette", "Coastal Herald",
    "Evening Standard", "Morning Bulletin",
)  # fmt: skip
SEARCH_WORDS = (
    "sanctions", "support", "minister", "floods", "military", "ministry", "aid", "crew",
    "cooperation", "Russia", '"foreign minister"', "defen*", "trawler OR patrols", "Ukraine",
)  # fmt: skip


# -- generating the store ----------------------------------------------------------------------


def _shift(value: str | None, days: int) -> str | None:
    if value is None or len(value) != 10:
        return value
    return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()


def vary(base: Record, i: int, rng: random.Random) -> Record:
    """A copy of ``base`` with surnames swapped, dates shifted and another outlet; spans valid."""
    swaps: dict[str, str] = {}
    for e in base.entities:
        words = e.name.split()
        if e.type == "PERSON" and len(words) >= 2 and words[-1][:1].isupper():
            swaps.setdefault(words[-1], rng.choice(SURNAMES))
    text = base.text
    cuts: list[tuple[int, int, str]] = []  # (start, end, replacement) in the old text
    if swaps:
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, swaps)) + r")\b")
        cuts = [(m.start(), m.end(), swaps[m.group(0)]) for m in pattern.finditer(text)]
    pieces, pos = [], 0
    starts: list[tuple[int, int, int, int]] = []  # old start/end, new start/end
    shift = 0
    for s, e, rep in cuts:
        pieces.append(text[pos:s])
        pieces.append(rep)
        starts.append((s, e, s + shift, s + shift + len(rep)))
        shift += len(rep) - (e - s)
        pos = e
    pieces.append(text[pos:])
    new_text = "".join(pieces) + f"\n\n(Ref {i})"

    def at(offset: int, end: bool) -> int:
        delta = 0
        for os_, oe, ns, ne in starts:
            if offset >= oe:
                delta = ne - oe
            elif offset > os_:  # inside a swapped name
                return ne if end else ns
            else:
                break
        return offset + delta

    def span(sp: Span) -> Span:
        return Span.of(new_text, at(sp.start, False), at(sp.end, True))

    def name(n: str) -> str:
        words = n.split()
        return " ".join([*words[:-1], swaps.get(words[-1], words[-1])]) if words else n

    days = (i * 7) % 1800 - 900
    entities = tuple(
        Entity(e.id, name(e.name), e.type, e.country, e.role, tuple(span(m) for m in e.mentions))
        for e in base.entities
    )
    attributions = tuple(
        type(a)(a.id, a.kind, span(a.source) if a.source else None, a.speaker,
                span(a.cue) if a.cue else None, tuple(span(c) for c in a.content), a.via)
        for a in base.attributions
    )  # fmt: skip
    events = tuple(
        type(v)(v.id, v.type, v.mode, v.source, v.target, span(v.trigger), _shift(v.date, days),
                v.location, v.attribution)
        for v in base.events
    )  # fmt: skip
    times = tuple(TimeExpr(span(t.span), _shift(t.value, days) or t.value) for t in base.times)
    divergences = tuple(
        type(d)(d.id, d.kind, d.about, d.asserted_by, d.other, tuple(span(x) for x in d.evidence))
        for d in base.divergences
    )
    m = base.meta
    body = tuple((at(s, False), at(e, True)) for s, e in m.body)
    flags = tuple(type(f)(f.kind, span(f.span)) for f in m.flags)
    meta = Meta(
        title=f"{m.title or base.id} ({i})",
        published=_shift(m.published or "2024-06-01", days),
        url=f"https://example.org/{base.id}/{i}",
        outlet=OUTLETS[i % len(OUTLETS)],
        language=m.language,
        body=body,
        flags=flags,
    )
    return Record(f"{base.id}-{i}", new_text, meta, entities, attributions, events, times,
                  divergences)  # fmt: skip


def build_store(path: Path, n: int, seed: int = 7) -> dict[str, Any]:
    pipeline = Pipeline()
    bases = [
        pipeline.extract(Document(id=p.stem, text=p.read_text(encoding="utf-8"),
                                  published="2024-06-01"))
        for p in SOURCES
    ]  # fmt: skip
    rng = random.Random(seed)

    def records() -> Iterator[Record]:
        for i in range(n):
            rec = vary(bases[i % len(bases)], i, rng)
            bad = [s for s in rec.spans() if rec.text[s.start : s.end] != s.text]
            assert not bad, bad[:3]
            yield rec

    t0 = time.perf_counter()
    with Store(path) as store:
        added = store.add_many(records(), {"bench": "1"})
        add_stories(store, len(bases))
        stats = {
            "documents": len(store),
            "added": added,
            "quotes": store.query("SELECT count(*) AS n FROM attributions")[0]["n"],
            "events": store.query("SELECT count(*) AS n FROM events")[0]["n"],
            "entities": store.query("SELECT count(*) AS n FROM entities")[0]["n"],
            "build_s": round(time.perf_counter() - t0, 1),
        }
    return stats


STORY_SIZE = 4


def add_stories(store: Store, bases: int) -> int:
    """Group the copies of each base article ``STORY_SIZE`` at a time into stories, stored as
    ``sayso stories`` stores them (``compare.run.save_stories``: the stories, then each one's
    comparison, kept for the story pages); returns how many stories there are. A store that
    has stories gets the comparisons it lacks (or holds stale)."""
    if store.has_stories():
        keep_comparisons(store)
        return len(store.stories(limit=1_000_000))
    rows = store.query("SELECT id, doc_id, title, published, outlet FROM documents ORDER BY id")
    members: dict[str, list[dict[str, Any]]] = {}
    for n, row in enumerate(rows):
        members.setdefault(f"bench-{n % bases}-{n // (bases * STORY_SIZE)}", []).append(row)
    summaries = {
        story: {
            "title": docs[0]["title"],
            "first_date": min(d["published"] for d in docs),
            "last_date": max(d["published"] for d in docs),
            "outlets": sorted({d["outlet"] for d in docs}),
            "documents": len(docs),
        }
        for story, docs in members.items()
    }
    assignments = [(int(d["id"]), story, None) for story, docs in members.items() for d in docs]
    compare_run.save_stories(store, assignments, summaries, replace_all=True)
    return len(summaries)


# -- measuring ---------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def targets(db: Path, rng: random.Random) -> dict[str, Callable[[], str]]:
    with Store(db, create=False) as store:
        hashes = [r["hash"] for r in store.query("SELECT hash FROM documents")]
        stories = [r["id"] for r in store.stories(limit=1_000_000)]
        countries = [r["country"] for r in store.facets()["countries"]]
        actors = [
            r["name"]
            for r in store.query(
                "SELECT name FROM entities GROUP BY name ORDER BY count(*) DESC LIMIT 400"
            )
        ]
    types = ["ACCUSE", "SUPPORT", "CONSULT", "SANCTION", "REQUEST", "AGREE"]

    def search() -> str:
        params = [f"q={quote(rng.choice(SEARCH_WORDS))}"]
        if rng.random() < 0.3:
            params.append(f"outlet={quote(rng.choice(OUTLETS))}")
        if rng.random() < 0.2:
            params.append(f"type={rng.choice(types)}")
        if rng.random() < 0.2:
            params.append(f"since={rng.randint(2022, 2025)}")
        if rng.random() < 0.2:
            params.append("page=2")
        return "/search?" + "&".join(params)

    def events() -> str:
        choice = rng.random()
        if choice < 0.3:
            return "/events"
        if choice < 0.6:
            return f"/events?type={rng.choice(types)}"
        if choice < 0.8:
            return f"/events?actor={quote(rng.choice(actors))}"
        return f"/events?page={rng.randint(2, 50)}"

    def by_country() -> str:
        extra = f"&type={rng.choice(types)}" if rng.random() < 0.3 else ""
        return f"/events?country={rng.choice(countries[:12])}{extra}"

    return {
        "search": search,
        "search.json": lambda: search().replace("/search?", "/search.json?"),
        "article": lambda: f"/articles/{rng.choice(hashes)}",
        "article.json": lambda: f"/articles/{rng.choice(hashes)}.json",
        "actor": lambda: f"/actors/{quote(rng.choice(actors), safe='')}",
        "events": events,
        "events.json": lambda: events().replace("/events", "/events.json", 1),
        "events.country": by_country,
        "events.csv": lambda: f"/events.csv?type={rng.choice(types)}&since=2025",
        "stories": lambda: "/stories",
        "story": lambda: f"/stories/{quote(rng.choice(stories), safe='')}",
        "story.json": lambda: f"/stories/{quote(rng.choice(stories), safe='')}.json",
    }


def measure(
    db: Path, requests: int, seed: int = 11, only: list[str] | None = None
) -> dict[str, dict[str, float]]:
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    rng = random.Random(seed)
    out: dict[str, dict[str, float]] = {}
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            for kind, make in targets(db, rng).items():
                if only and kind not in only:
                    continue
                for _ in range(10):  # warm-up
                    client.get(make())
                times: list[float] = []
                for _ in range(requests):
                    url = make()
                    t0 = time.perf_counter()
                    r = client.get(url)
                    times.append((time.perf_counter() - t0) * 1000)
                    if r.status_code != 200:
                        raise SystemExit(f"{url}: HTTP {r.status_code} {r.text[:200]}")
                times.sort()
                out[kind] = {
                    "p50_ms": round(statistics.median(times), 1),
                    "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1),
                    "max_ms": round(times[-1], 1),
                    "requests": len(times),
                }
                print(f"{kind}: {json.dumps(out[kind])}", file=sys.stderr, flush=True)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=10_000, help="articles in the store")
    ap.add_argument("--requests", type=int, default=200, help="timed requests per page type")
    ap.add_argument("--db", type=Path, help="reuse (or build into) this store file")
    ap.add_argument("--target-ms", type=float, default=200.0)
    ap.add_argument("--only", nargs="*", help="page types to time (default: all)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "web.db"
        if db.exists():
            with Store(db, create=False) as store:
                stats: dict[str, Any] = {"documents": len(store)}
                stats["stories"] = add_stories(store, len(SOURCES))
        else:
            stats = build_store(db, args.n)
        print(f"store: {json.dumps(stats)}", file=sys.stderr)
        results = measure(db, args.requests, only=args.only)
    print(f"{'page':<14}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    for kind, r in results.items():
        flag = "" if r["p95_ms"] <= args.target_ms else "  over target"
        print(f"{kind:<14}{r['p50_ms']:>9}{r['p95_ms']:>9}{r['max_ms']:>9}{flag}")
    ok = all(r["p95_ms"] <= args.target_ms for r in results.values())
    summary = {
        "bench": "web_latency",
        "store": stats,
        "pages": results,
        "target_p95_ms": args.target_ms,
        "ok": ok,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
