"""Batch throughput: single-process Sayso vs raw spaCy vs `sayso batch` (local and Spark), worker
memory, and bulk loading into the store. Run by hand (see bench/README.md)::

    .venv/bin/python bench/batch.py                  # 240 generated articles, 2 workers
    .venv/bin/python bench/batch.py -n 600 --workers 2 --load 100000

In one run, on the same texts (``throughput.generated``):

* ``raw``:     ``nlp.pipe(texts, batch_size=16)`` in this process (model loaded before timing)
* ``extract``: ``Pipeline(nlp=nlp).process(documents)`` in this process: what one
  ``sayso extract`` process does per article, model load excluded
* ``extract_cli``: ``sayso extract IN.jsonl -f jsonl`` in a subprocess (start, model load)
* ``local``:   ``sayso batch IN.jsonl --engine local --workers N`` in a subprocess, end to end
* ``spark``:   ``sayso batch IN.jsonl --engine spark --workers N`` (Spark local[N]), end to end;
  ``spark_phases_s`` (from the manifest) splits it: ``spark_start`` (the JVM and SparkSession, a
  fixed cost that a long run amortises), ``model_load`` (slowest worker), ``job``, ``spark_stop``;
  ``spark_after_start`` is the rate without ``spark_start``
* ``load``:    ``sayso ingest OUT`` (``load_batch``, ``Store.add_dicts``) for ``--load`` records
  (the batch's Parquet rows repeated under new texts), rows/s; ``bench/store_load.py`` measures
  the load alone, without spaCy

Peak memory per worker comes from the batch manifests (ru_maxrss of each worker process).
``load_avg`` is the machine's 1-minute load average before and after (other jobs skew timings).
The last line is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import generated, write_jsonl

from sayso import nlp as sayso_nlp
from sayso.pipeline import Pipeline

BIN = Path(sys.executable).parent


def run(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def manifest_run(out: Path) -> dict[str, Any]:
    runs: list[dict[str, Any]] = json.loads((out / "manifest.json").read_text())["runs"]
    return runs[-1]


def load_bench(out: Path, n: int, tmp: Path) -> dict[str, float]:
    import pyarrow.dataset as ds

    from sayso.batch.load import load_batch
    from sayso.batch.local import RECORDS
    from sayso.batch.manifest import Manifest
    from sayso.batch.rows import arrow_schema
    from sayso.store import Store
    from sayso.types import content_hash

    rows = ds.dataset(str(out / RECORDS), format="parquet", partitioning="hive").to_table()
    base = [r for r in rows.to_pylist()]
    big = tmp / "load"
    (big / RECORDS / "published=2024-05-03").mkdir(parents=True)
    Manifest(big).save()
    made: list[dict[str, Any]] = []
    rng = random.Random(7)
    for i in range(n):
        r = dict(base[i % len(base)])
        rec = json.loads(r["record"])
        rec["id"] = f"{rec['id']}-{i}"
        rec["text"] = rec["text"] + f"\n\n[copy {i}]"  # a new text: offsets stay valid
        r["record"] = json.dumps(rec, ensure_ascii=False)
        r["id"] = rec["id"]
        r["hash"] = content_hash(rec["text"])
        r["simhash"] = rng.getrandbits(64) - (1 << 63)  # copies of a few texts: not near-dups
        r.pop("published", None)
        made.append(r)
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(
        pa.Table.from_pylist(made, schema=arrow_schema()),
        big / RECORDS / "published=2024-05-03" / "part-0.parquet",
    )
    db = tmp / "load.db"
    facts = sum(
        len(json.loads(r["record"])[k]) for r in made for k in ("entities", "attributions",
                                                               "events", "times")
    )  # fmt: skip
    with Store(db) as store:
        start = time.perf_counter()
        added, _ = load_batch(store, big)
        seconds = time.perf_counter() - start
    return {"records": added, "seconds": round(seconds, 2),
            "records_per_s": round(added / seconds, 1),
            "rows_per_s_incl_facts": round((added + facts) / seconds, 1)}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("-n", type=int, default=240, help="generated articles (default 240)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--load", type=int, default=100_000, help="records to load (default 100000)")
    ap.add_argument("--no-spark", action="store_true")
    args = ap.parse_args(argv)
    docs = generated(args.n)
    words = sum(len(d.text.split()) for d in docs)
    figures: dict[str, Any] = {"n": len(docs), "words": words, "workers": args.workers,
                               "cpus": os.cpu_count(), "machine": platform.platform(),
                               "load_avg": [round(os.getloadavg()[0], 2)]}  # fmt: skip
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        src = tmp / "in.jsonl"
        write_jsonl(docs, src)
        nlp = sayso_nlp.load()
        pipeline = Pipeline(nlp=nlp)
        list(pipeline.process(docs[:8]))  # warm-up
        start = time.perf_counter()
        list(nlp.pipe([d.text for d in docs], batch_size=16))
        raw = time.perf_counter() - start
        start = time.perf_counter()
        list(pipeline.process(docs))
        single = time.perf_counter() - start
        print(f"raw {raw:.1f}s  extract {single:.1f}s", file=sys.stderr)
        cli = run([str(BIN / "sayso"), "extract", str(src), "-f", "jsonl", "--silent",
                   "--errors", str(tmp / "e0.jsonl")])  # fmt: skip
        print(f"extract cli {cli:.1f}s", file=sys.stderr)
        local_out = tmp / "local"
        local = run([str(BIN / "sayso"), "batch", str(src), "--out", str(local_out),
                     "--workers", str(args.workers), "--silent"])  # fmt: skip
        print(f"local {local:.1f}s", file=sys.stderr)
        rate = {"raw": len(docs) / raw, "extract": len(docs) / single,
                "extract_cli": len(docs) / cli, "local": len(docs) / local}  # fmt: skip
        figures["local_peak_rss_mb"] = manifest_run(local_out)["peak_rss_mb"]
        if not args.no_spark:
            spark_out = tmp / "spark"
            spark = run([str(BIN / "sayso"), "batch", str(src), "--out", str(spark_out),
                         "--engine", "spark", "--workers", str(args.workers),
                         "--silent"])  # fmt: skip
            print(f"spark {spark:.1f}s", file=sys.stderr)
            rate["spark"] = len(docs) / spark
            spark_run = manifest_run(spark_out)
            figures["spark_peak_rss_mb"] = spark_run["peak_rss_mb"]
            phases = spark_run.get("phases_s", {})
            figures["spark_phases_s"] = phases
            if "spark_start" in phases:
                rate["spark_after_start"] = len(docs) / (spark - phases["spark_start"])
        figures["articles_per_s"] = {k: round(v, 2) for k, v in rate.items()}
        figures["ratio_extract_raw"] = round(rate["extract"] / rate["raw"], 3)
        for k in ("local", "spark", "spark_after_start"):
            if k in rate:
                figures[f"speedup_{k}_vs_extract"] = round(rate[k] / rate["extract"], 2)
                figures[f"speedup_{k}_vs_extract_cli"] = round(rate[k] / rate["extract_cli"], 2)
        if args.load:
            figures["load"] = load_bench(local_out, args.load, tmp)
    figures["load_avg"].append(round(os.getloadavg()[0], 2))
    for k, v in figures.items():
        print(f"{k:32} {v}")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
