"""Throughput of the Sayso pipeline against raw spaCy on the same model and the same texts.

Run by hand (see bench/README.md)::

    .venv/bin/python bench/throughput.py                     # 120 generated articles, 3 repeats
    .venv/bin/python bench/throughput.py --input docs.jsonl  # CONTRACT input lines
    .venv/bin/python bench/throughput.py --input DIR         # a directory of .txt files
    .venv/bin/python bench/throughput.py --cli               # also `sayso extract` end to end

In one process it loads the model once (``sayso.nlp.load()``), warms it up, and then, for each
repeat, runs in turn (interleaved, so drift in machine load hits both alike):

* ``raw``:   ``list(nlp.pipe(texts, batch_size=16))``
* ``sayso``: ``Pipeline(nlp=nlp).process(documents)``, every record consumed
* ``cli``:   (``--cli``) ``sayso extract INPUT.jsonl -f jsonl`` in a subprocess, model load included

It prints a table (median articles/s and words/s over the repeats, the ratio of Sayso's time to
raw spaCy's) and, last, one JSON line with every figure.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sayso import nlp as sayso_nlp
from sayso.pipeline import Pipeline
from sayso.types import Document

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "articles"

# invented names swapped into the generated variants, so no two texts are the same
SWAPS = [
    ("Verbruggen", ["Claes", "Peeters", "Wouters", "Maes"]),
    ("Keleti", ["Bartos", "Szabo", "Varga", "Farkas"]),
    ("Juodyte", ["Kazlauske", "Petraityte", "Zukaite", "Jankute"]),
    ("Albuquerque", ["Carvalho", "Moreira", "Teixeira", "Barbosa"]),
    ("Ferreyra", ["Sosa", "Acosta", "Benitez", "Rojas"]),
    ("Malhotra", ["Kapoor", "Iyer", "Bhatia", "Menon"]),
    ("Moldova", ["Georgia", "Armenia", "Moldova", "Albania"]),
    ("40 million", ["25 million", "60 million", "12 million", "90 million"]),
]


def words(text: str) -> int:
    return len(re.findall(r"\S+", text))


def generated(n: int, seed: int = 7) -> list[Document]:
    """``n`` article variants built from the fixture articles (paragraphs reordered, names and
    figures swapped, some articles joined to a second one for longer texts)."""
    rng = random.Random(seed)
    bases = {p.stem: p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))}
    if not bases:
        raise SystemExit(f"no fixture articles in {FIXTURES}")
    names = sorted(bases)
    docs = []
    for i in range(n):
        text = bases[names[i % len(names)]]
        paras = [p for p in text.split("\n\n") if p.strip()]
        head, rest = paras[:1], paras[1:]
        rng.shuffle(rest)
        text = "\n\n".join(head + rest)
        for old, news in SWAPS:
            text = text.replace(old, news[rng.randrange(len(news))])
        if i % 5 == 4:
            other = bases[names[(i + 1) % len(names)]]
            text += "\n\n" + other
        docs.append(Document(id=f"gen-{i:04d}", text=text, published="2024-10-22"))
    return docs


def from_input(path: Path, limit: int | None) -> list[Document]:
    docs: list[Document] = []
    if path.is_dir():
        for p in sorted(path.glob("*.txt")):
            docs.append(Document(id=p.stem, text=p.read_text(encoding="utf-8")))
    else:
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                d = json.loads(line)
                if not isinstance(d.get("text"), str):
                    raise SystemExit(f"{path} line {n}: no 'text'")
                docs.append(
                    Document(
                        id=str(d.get("id", n)),
                        text=d["text"],
                        published=d.get("published"),
                        title=d.get("title"),
                        url=d.get("url"),
                        outlet=d.get("outlet"),
                    )
                )
    if limit is not None:
        docs = docs[:limit]
    if not docs:
        raise SystemExit(f"no documents in {path}")
    return docs


def write_jsonl(docs: list[Document], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for d in docs:
            row = {"id": d.id, "text": d.text}
            row.update({k: v for k, v in (("published", d.published),) if v})
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def sayso_cli() -> list[str]:
    exe = Path(sys.executable).parent / "sayso"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("sayso")
    if found:
        return [found]
    return [sys.executable, "-m", "sayso.cli"]


def timed(fn: Callable[[], int]) -> tuple[float, float, int]:
    """Wall seconds, this process's CPU seconds (every thread; a subprocess's are not counted),
    and what ``fn`` returned. On a shared machine CPU time is the steadier figure."""
    t0, c0 = time.perf_counter(), time.process_time()
    n = fn()
    return time.perf_counter() - t0, time.process_time() - c0, n


def summarise(
    result: dict[str, Any],
    times: dict[str, list[float]],
    cpu: dict[str, list[float]],
    n_docs: int,
    n_words: int,
) -> None:
    """Print the table of medians and add them to ``result``."""
    raw_med = statistics.median(times["raw"])
    raw_cpu = statistics.median(cpu["raw"])
    print()
    print(f"{n_docs} documents, {n_words} words, {len(times['raw'])} repeats (median)")
    print(
        f"{'path':8} {'median s':>9} {'articles/s':>11} {'words/s':>10} {'x raw time':>11} "
        f"{'CPU s':>8} {'x raw CPU':>10}"
    )
    for name, ts in times.items():
        med = statistics.median(ts)
        cpu_med = statistics.median(cpu[name])
        row = {
            "median_s": round(med, 4),
            "all_s": [round(t, 4) for t in ts],
            "articles_per_s": round(n_docs / med, 2),
            "words_per_s": round(n_words / med, 1),
            "time_vs_raw": round(med / raw_med, 3),
            "cpu_median_s": round(cpu_med, 4),
            "cpu_vs_raw": round(cpu_med / raw_cpu, 3),
        }
        result[name] = row
        cpu_vs = f"{row['cpu_vs_raw']:10.2f}" if name != "cli" else f"{'-':>10}"
        print(
            f"{name:8} {med:9.3f} {row['articles_per_s']:11.2f} {row['words_per_s']:10.0f} "
            f"{row['time_vs_raw']:11.2f} {cpu_med:8.2f} {cpu_vs}"
        )
    result["ratio_sayso_raw"] = result["sayso"]["time_vs_raw"]
    result["sayso_overhead_share"] = round(1 - raw_med / statistics.median(times["sayso"]), 3)
    # raw spaCy's speed as a share of Sayso's (the figure the throughput target is stated in)
    result["raw_share_wall"] = round(raw_med / statistics.median(times["sayso"]), 3)
    result["raw_share_cpu"] = round(raw_cpu / statistics.median(cpu["sayso"]), 3)
    print(
        f"Sayso runs at {result['raw_share_wall']:.2f} of raw spaCy's speed "
        f"({result['raw_share_cpu']:.2f} by CPU time)"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", type=Path, help="a JSONL file of documents or a directory of .txt")
    ap.add_argument("-n", "--n-docs", type=int, default=120, help="generated articles (default)")
    ap.add_argument("--limit", type=int, help="use only the first N documents of --input")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--cli", action="store_true", help="also time `sayso extract` end to end")
    args = ap.parse_args(argv)

    docs = from_input(args.input, args.limit) if args.input else generated(args.n_docs)
    texts = [d.text for d in docs]
    n_words = sum(words(t) for t in texts)
    n_chars = sum(len(t) for t in texts)

    t0 = time.perf_counter()
    nlp = sayso_nlp.load()
    load_s = time.perf_counter() - t0
    pipeline = Pipeline(nlp=nlp)
    # warm-up: both paths once over a few documents (lazy tables, caches, allocator)
    warm = docs[: min(8, len(docs))]
    list(nlp.pipe([d.text for d in warm], batch_size=args.batch_size))
    for _ in pipeline.process(warm, batch_size=args.batch_size):
        pass

    def run_raw() -> int:
        return sum(1 for _ in nlp.pipe(texts, batch_size=args.batch_size))

    def run_sayso() -> int:
        return sum(1 for _ in pipeline.process(docs, batch_size=args.batch_size))

    tmp = Path(tempfile.mkdtemp(prefix="sayso-bench-"))
    jsonl = tmp / "input.jsonl"
    if args.cli:
        write_jsonl(docs, jsonl)

    def run_cli() -> int:
        cmd = [*sayso_cli(), "extract", str(jsonl), "-f", "jsonl", "--silent"]
        cmd += ["--errors", str(tmp / "errors.jsonl")]
        proc = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True, check=False)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"sayso extract failed ({proc.returncode}): {proc.stderr[-500:]}")
        return sum(1 for line in proc.stdout.splitlines() if line.strip())

    runners: dict[str, Callable[[], int]] = {"raw": run_raw, "sayso": run_sayso}
    if args.cli:
        runners["cli"] = run_cli
    times: dict[str, list[float]] = {k: [] for k in runners}
    cpu: dict[str, list[float]] = {k: [] for k in runners}
    for rep in range(args.repeats):
        for name, fn in runners.items():
            secs, cpu_s, n = timed(fn)
            if n != len(docs):
                raise SystemExit(f"{name}: {n} outputs for {len(docs)} documents")
            times[name].append(secs)
            cpu[name].append(cpu_s)
            print(
                f"repeat {rep + 1}/{args.repeats} {name:6} {secs:8.2f} s ({cpu_s:.2f} s CPU)",
                file=sys.stderr,
            )
    shutil.rmtree(tmp, ignore_errors=True)

    result: dict[str, Any] = {
        "bench": "throughput",
        "docs": len(docs),
        "words": n_words,
        "chars": n_chars,
        "input": str(args.input) if args.input else f"generated:{args.n_docs}",
        "repeats": args.repeats,
        "batch_size": args.batch_size,
        "model": sayso_nlp.MODEL_PACKAGE,
        "model_load_s": round(load_s, 3),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpu": platform.processor() or platform.machine(),
    }
    summarise(result, times, cpu, len(docs), n_words)
    print()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
