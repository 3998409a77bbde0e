"""Bulk loading into the SQLite store: records/s and rows/s, no spaCy needed.

Run by hand (see bench/README.md)::

    .venv/bin/python bench/store_load.py                   # 100,000 records, 3 repeats, both paths
    .venv/bin/python bench/store_load.py -n 20000 --repeats 1 --path parquet

Records are generated here (seeded, a few seconds for 100,000), each shaped like a real extracted
news article: a ~1,500-2,500 character text of varied sentences (names, countries, outlets,
quotes, dates drawn from word lists), with 6-14 entities (mentions as spans), 3-9
attributions, 1-4 events, 1-4 times and 0-1 divergence, every span true to the text. Ten in a
thousand repeat an earlier text (the load must store them once).

Two paths, each timed ``--repeats`` times into a fresh store file (median reported):

* ``parquet``: ``sayso ingest OUT`` (``sayso.batch.load.load_batch``) on a batch directory
  holding the records as ``sayso batch`` writes them (Parquet, record JSON + SimHash); the
  time includes reading the Parquet, storing, fingerprints and copy links;
* ``add_many``: ``Store.add_many`` on ``(Record, Document)`` pairs built before timing.

The generated inputs are built before timing and then frozen out of the cyclic garbage
collector's sight (``gc.freeze()``): a real load holds one batch at a time, and walking a
hundred thousand records at every collection would time the benchmark, not the load.

A *row* is one row written to a table of the store: a document, an entity, an attribution, an
event, a time or a divergence (FTS5 index entries and fingerprints are not counted). The last line
is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sayso.store import Store
from sayso.types import Document, Record, content_hash

FIRST = [
    "Marina",
    "Julian",
    "Renato",
    "Helene",
    "Andrei",
    "Tamas",
    "Rasa",
    "Pavel",
    "Arjun",
    "Pham",
    "Gao",
    "Dong",
    "Lloyd",
    "Wang",
    "Olena",
    "Kemal",
    "Amina",
    "Sofia",
    "Yusuf",
]
LAST = [
    "Albuquerque",
    "Ferreyra",
    "Pimentel",
    "Verbruggen",
    "Cojocaru",
    "Keleti",
    "Juodyte",
    "Zhuk",
    "Malhotra",
    "Ming",
    "Jun",
    "Austin",
    "Wenbin",
    "Kovalenko",
    "Demir",
    "Haddad",
    "Novak",
    "Silva",
    "Rossi",
    "Tanaka",
    "Okafor",
    "Larsen",
]
COUNTRIES = [
    ("Brazil", "BRA"),
    ("Argentina", "ARG"),
    ("Moldova", "MDA"),
    ("Belarus", "BLR"),
    ("Hungary", "HUN"),
    ("Lithuania", "LTU"),
    ("India", "IND"),
    ("Vietnam", "VNM"),
    ("China", "CHN"),
    ("Ukraine", "UKR"),
    ("Turkey", "TUR"),
    ("Nigeria", "NGA"),
]
ROLES = [
    "foreign minister",
    "defence minister",
    "prime minister",
    "spokeswoman",
    "spokesman",
    "interior minister",
    "ambassador",
    "president",
]
OUTLETS = ["Reuters", "Xinhua", "AP", "AFP", "Meridian Press", "Delhi Courier", "TASS", None]
CUES = ["said", "told reporters", "said in a statement", "added", "warned", "told a radio station"]
EVENTS = [
    ("protested", "PROTEST"),
    ("accused", "ACCUSE"),
    ("threatened", "THREATEN"),
    ("met", "CONSULT"),
    ("rejected", "REJECT"),
    ("agreed with", "AGREE"),
    ("called on", "REQUEST"),
    ("thanked", "SUPPORT"),
]
PHRASES = [
    "the sanctions",
    "talks on fishing rights",
    "the border crossing",
    "emergency aid",
    "joint patrols",
    "the trawler's crew",
    "a legal opinion",
    "the missile offer",
    "consular access",
    "the exclusive economic zone",
    "winter in tents",
    "every contract",
    "the ceasefire line",
    "grain exports",
    "the pipeline",
    "a trade agreement",
]
QUOTES = [
    "We cannot let families spend the winter in tents",
    "Every day we wait is a day too long",
    "These waters have been fished by our boats for decades",
    "Sanctions that punish our own people are not a policy",
    "We will not reward a regime that sends migrants to our border",
    "Our information is different",
    "All options remain on the table",
    "We have asked the other side to release the crew without delay",
    "The money will reach the worst-hit villages within three weeks",
    "This is a sign that Europe keeps its promises",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


class _Text:
    """A text under construction that hands out spans of what is appended."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0

    def add(self, s: str) -> dict[str, Any]:
        span = {"start": self.n, "end": self.n + len(s), "text": s}
        self.parts.append(s)
        self.n += len(s)
        return span


def generate(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """``n`` record dicts (CONTRACT.md shape), about 1% repeating an earlier text."""
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    for i in range(n):
        if out and rng.random() < 0.01:
            again = dict(out[rng.randrange(len(out))])
            again["id"] = f"g{i}"
            out.append(again)
            continue
        out.append(_record(rng, i))
    return out


class _Article:
    """One generated record, built sentence by sentence (the random draws in a fixed order)."""

    def __init__(self, rng: random.Random, i: int) -> None:
        self.rng, self.i, self.t = rng, i, _Text()
        year, month, day = 2020 + rng.randrange(6), rng.randrange(12), 1 + rng.randrange(28)
        self.year, self.month = year, month
        self.published = f"{year}-{month + 1:02d}-{day:02d}"
        self.entities: list[dict[str, Any]] = []
        self.by_name: dict[str, dict[str, Any]] = {}
        self.attributions: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.times: list[dict[str, Any]] = []
        self.divergences: list[dict[str, Any]] = []

    def mention(self, name: str, type_: str, country: str | None, role: str | None) -> str:
        span = self.t.add(name)
        e = self.by_name.get(name)
        if e is None:
            e = {"id": f"g{self.i}-e{len(self.entities)}", "name": name, "type": type_,
                 "country": country, "role": role, "mentions": []}  # fmt: skip
            self.by_name[name] = e
            self.entities.append(e)
        e["mentions"].append(span)
        return str(e["id"])

    def attribution(self, name: str, code: str, role: str) -> None:
        rng, t = self.rng, self.t
        t.add(f"The {role} ")
        source = t.add(name)
        speaker = mention_existing(self.by_name, name, source, self.entities, self.i, code, role)
        t.add(" ")
        cue = t.add(rng.choice(CUES))
        t.add(' "')
        content = t.add(rng.choice(QUOTES))
        t.add(f'", citing {rng.choice(PHRASES)}. ')
        via = None
        if rng.random() < 0.3:
            t.add("The remarks were reported by ")
            via = self.mention(rng.choice(OUTLETS) or "state media", "ORG", None, None)
            t.add(". ")
        self.attributions.append({"id": f"g{self.i}-q{len(self.attributions)}",
                                  "kind": rng.choice(["direct", "mixed", "indirect"]),
                                  "source": source, "speaker": speaker, "cue": cue,
                                  "content": [content], "via": via})  # fmt: skip

    def event(self, country: str, code: str) -> None:
        rng, t = self.rng, self.t
        src = self.mention(country, "GPE", code, None)
        t.add(" ")
        verb, plover = rng.choice(EVENTS)
        trigger = t.add(verb)
        t.add(" ")
        other, other_code = rng.choice(COUNTRIES)
        tgt = self.mention(other, "GPE", other_code, None)
        t.add(f" over {rng.choice(PHRASES)} in ")
        place, place_code = rng.choice(COUNTRIES)
        loc = self.mention(place, "GPE", place_code, None)
        t.add(". ")
        self.events.append({"id": f"g{self.i}-v{len(self.events)}", "type": plover,
                            "mode": rng.choice(["verbal", "material", None]),
                            "source": [src], "target": [tgt], "trigger": trigger,
                            "date": self.published if rng.random() < 0.5 else None,
                            "location": loc,
                            "attribution": (self.attributions[-1]["id"]
                                            if self.attributions else None),
                            })  # fmt: skip

    def time(self) -> None:
        rng, t = self.rng, self.t
        t.add("The ministers will meet again on ")
        d = 1 + rng.randrange(28)
        span = t.add(f"{MONTHS[self.month]} {d}")
        t.add(f" to discuss {rng.choice(PHRASES)}. ")
        self.times.append({"span": span, "value": f"{self.year}-{self.month + 1:02d}-{d:02d}"})

    def filler(self) -> None:
        rng = self.rng
        self.t.add(f"Officials said {rng.choice(PHRASES)} and {rng.choice(PHRASES)} would be "
                   f"discussed with delegations from {rng.choice(COUNTRIES)[0]} and "
                   f"{rng.choice(COUNTRIES)[0]} later this year. ")  # fmt: skip

    def divergence(self) -> None:
        rng, t = self.rng, self.t
        if rng.random() < 0.4 and len(self.entities) >= 2:
            t.add("The other side ")
            evidence = t.add("rejected that account")
            t.add(". ")
            self.divergences.append({"id": f"g{self.i}-d0", "kind": "contradiction",
                                     "about": rng.choice(PHRASES),
                                     "asserted_by": [self.entities[0]["id"]],
                                     "other": [self.entities[1]["id"]],
                                     "evidence": [evidence]})  # fmt: skip


def _record(rng: random.Random, i: int) -> dict[str, Any]:
    a = _Article(rng, i)
    people = []
    for _ in range(rng.randint(3, 6)):
        country, code = rng.choice(COUNTRIES)
        people.append((f"{rng.choice(FIRST)} {rng.choice(LAST)}", code, rng.choice(ROLES), country))
    outlet = rng.choice(OUTLETS)
    title = f"{people[0][3]} {rng.choice(EVENTS)[0]} {rng.choice(PHRASES)}, {people[0][0]} says"
    a.t.add(f"{title}\n\n")
    n_att, n_ev, n_time = rng.randint(3, 9), rng.randint(1, 4), rng.randint(1, 4)
    sentences = ["att"] * n_att + ["ev"] * n_ev + ["time"] * n_time + ["fill"] * rng.randint(4, 8)
    rng.shuffle(sentences)
    for kind in sentences:
        name, code, role, country = rng.choice(people)
        if kind == "att":
            a.attribution(name, code, role)
        elif kind == "ev":
            a.event(country, code)
        elif kind == "time":
            a.time()
        else:
            a.filler()
    a.divergence()
    a.t.add(f"[{i}]")  # every text its own
    text = "".join(a.t.parts)
    start = len(title) + 2
    return {
        "id": f"g{i}",
        "text": text,
        "meta": {
            "title": title,
            "published": a.published,
            "url": f"https://news.example/{i}",
            "outlet": outlet,
            "language": "en",
            "body": [[start, len(text)]],
            "flags": [{"kind": "metadata", "span": {"start": 0, "end": len(title), "text": title}}],
        },
        "entities": a.entities,
        "attributions": a.attributions,
        "events": a.events,
        "times": a.times,
        "divergences": a.divergences,
    }


def mention_existing(
    by_name: dict[str, dict[str, Any]],
    name: str,
    span: dict[str, Any],
    entities: list[dict[str, Any]],
    i: int,
    country: str,
    role: str,
) -> str:
    e = by_name.get(name)
    if e is None:
        e = {"id": f"g{i}-e{len(entities)}", "name": name, "type": "PERSON",
             "country": country, "role": role, "mentions": []}  # fmt: skip
        by_name[name] = e
        entities.append(e)
    e["mentions"].append(span)
    return str(e["id"])


def rows_of(records: list[dict[str, Any]]) -> int:
    """Rows a load writes: one per distinct document and one per fact of it."""
    seen: set[str] = set()
    rows = 0
    for r in records:
        if r["text"] in seen:
            continue
        seen.add(r["text"])
        rows += 1 + sum(len(r[k]) for k in ("entities", "attributions", "events", "times",
                                             "divergences"))  # fmt: skip
    return rows


def write_batch(records: list[dict[str, Any]], out: Path) -> None:
    """``records`` as a ``sayso batch`` output directory (Parquet partitioned by date)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from sayso.batch.local import RECORDS
    from sayso.batch.manifest import Manifest
    from sayso.batch.rows import arrow_schema
    from sayso.ingest.dedup import signed64, simhash

    part = out / RECORDS / "published=2024-05-03"
    part.mkdir(parents=True)
    Manifest(out).save()
    rng = random.Random(11)
    rows = []
    for r in records:
        m = r["meta"]
        rows.append({
            "id": r["id"], "hash": content_hash(r["text"]),
            # SimHash of a few real texts (slow to compute), random bits for the rest
            "simhash": signed64(simhash(r["text"])) if len(rows) < 50
            else rng.getrandbits(64) - (1 << 63),
            "title": m["title"], "url": m["url"], "outlet": m["outlet"],
            "language": m["language"], "source": f"gen/{r['id']}.html",
            "n_entities": len(r["entities"]), "n_attributions": len(r["attributions"]),
            "n_events": len(r["events"]),
            "record": json.dumps(r, ensure_ascii=False, separators=(",", ":")),
            "stage_versions": json.dumps({"gen": "1"}),
        })  # fmt: skip
    table = pa.Table.from_pylist(rows, schema=arrow_schema())
    for k in range(0, len(rows), 25_000):
        pq.write_table(table.slice(k, 25_000), part / f"part-{k // 25_000}.parquet")


def time_parquet(batch_dir: Path, db: Path) -> tuple[float, int]:
    from sayso.batch.load import load_batch

    with Store(db) as store:
        start = time.perf_counter()
        added, _ = load_batch(store, batch_dir)
        return time.perf_counter() - start, added


def time_records(items: list[tuple[Record, Document]], db: Path) -> tuple[float, int]:
    with Store(db) as store:
        start = time.perf_counter()
        added = store.add_many(items, {"gen": "1"})
        return time.perf_counter() - start, added


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("-n", type=int, default=100_000, help="records (default 100000)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--path", choices=["parquet", "add_many", "both"], default="both")
    ap.add_argument("--tmp", type=Path, default=None, help="directory for the store files")
    args = ap.parse_args(argv)
    start = time.perf_counter()
    records = generate(args.n)
    rows = rows_of(records)
    distinct = len({r["text"] for r in records})
    chars = sum(len(r["text"]) for r in records) // len(records)
    print(f"generated {args.n} records ({distinct} distinct, {rows} rows, {chars} chars each) "
          f"in {time.perf_counter() - start:.1f}s", file=sys.stderr)  # fmt: skip
    figures: dict[str, Any] = {"records": args.n, "distinct": distinct, "rows": rows,
                               "chars_per_text": chars, "cpus": os.cpu_count(),
                               "machine": platform.platform(),
                               "python": platform.python_version()}  # fmt: skip
    with tempfile.TemporaryDirectory(dir=args.tmp) as t:
        tmp = Path(t)
        paths: dict[str, Any] = {}
        if args.path in ("parquet", "both"):
            write_batch(records, tmp / "batch")
            paths["parquet"] = lambda db: time_parquet(tmp / "batch", db)
        if args.path in ("add_many", "both"):
            items = [(rec, Document(id=rec.id, text=rec.text, source=f"gen/{rec.id}.html"))
                     for rec in (Record.from_dict(r) for r in records)]  # fmt: skip
            paths["add_many"] = lambda db: time_records(items, db)
        # The inputs stay alive through the timing (a real load holds one batch at a time):
        # move them out of the cyclic GC's sight, as they would be out of a loader's memory.
        del records
        gc.collect()
        gc.freeze()
        for name, timed in paths.items():
            seconds: list[float] = []
            for k in range(args.repeats):
                db = tmp / f"{name}{k}.db"
                s, added = timed(db)
                assert added == distinct, (added, distinct)
                seconds.append(s)
                print(f"{name} run {k + 1}: {s:.2f}s  {distinct / s:,.0f} records/s  "
                      f"{rows / s:,.0f} rows/s", file=sys.stderr)  # fmt: skip
                for f in tmp.glob(f"{name}{k}.db*"):
                    f.unlink()
            med = statistics.median(seconds)
            figures[name] = {"seconds": round(med, 2), "all_s": [round(s, 2) for s in seconds],
                             "records_per_s": round(distinct / med),
                             "rows_per_s": round(rows / med)}  # fmt: skip
    for k, v in figures.items():
        print(f"{k:16} {v}")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
