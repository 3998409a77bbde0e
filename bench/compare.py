"""How long `sayso compare` takes on one story of 10 reports, after extraction.

    .venv/bin/python bench/compare.py                  # 10 reports, 3 repeats
    .venv/bin/python bench/compare.py -n 20 --repeats 5 --base chains

The reports are variants of one fixture article (tests/fixtures/articles/): paragraphs reordered,
names and figures swapped, every third one trimmed to its first half, so that they tell one
event in overlapping ways. They are extracted once (not timed); then the comparison of the story
(`sayso.compare.compare`: near-copies, sentence comparison, claim units, embeddings, alignment,
contradictions, omissions) is timed with the sentence vectors computed afresh (``cold``, the
model already loaded) and again with them kept (``warm``: a story compared a second time). The
target is under 2 s cold for 10 reports. The last line is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import time
from pathlib import Path

from sayso import embed
from sayso.compare import compare
from sayso.pipeline import Pipeline
from sayso.types import Document, Record

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "articles"
SWAPS = [  # invented figures swapped into the variants
    ("40 million", ["25 million", "40 million", "60 million"]),
    ("Tuesday", ["Tuesday", "Monday"]),
]


def reports(n: int, base: str, seed: int = 11) -> list[Document]:
    rng = random.Random(seed)
    path = FIXTURES / f"{base}.txt"
    if not path.is_file():
        raise SystemExit(
            f"no fixture article {path}; give --base one of "
            f"{', '.join(p.stem for p in sorted(FIXTURES.glob('*.txt')))}"
        )
    text = path.read_text(encoding="utf-8")
    docs = []
    for i in range(n):
        paras = [p for p in text.split("\n\n") if p.strip()]
        head, rest = paras[:1], paras[1:]
        rng.shuffle(rest)
        if i % 3 == 2:
            rest = rest[: max(1, len(rest) // 2)]
        body = "\n\n".join(head + rest)
        for old, news in SWAPS:
            body = body.replace(old, news[rng.randrange(len(news))])
        docs.append(Document(id=f"r{i:02d}", text=body, published=f"2024-10-{10 + i:02d}"))
    return docs


def timed(records: list[Record], cold: bool) -> float:
    if cold:
        embed._cache.clear()
    t = time.perf_counter()
    compare("bench", records)
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10, help="reports in the story")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--base", default="wire", help="fixture article the reports vary")
    args = ap.parse_args(argv)
    docs = reports(args.n, args.base)
    print(f"extracting {len(docs)} reports (not timed)", file=sys.stderr)
    records = list(Pipeline().process(docs))
    embed.encoder()  # the model is loaded once per process: not part of a comparison
    sentences = sum(len(r.sentences) for r in records)
    timed(records, cold=False)  # warm-up: imports, tables
    cold = [timed(records, cold=True) for _ in range(args.repeats)]
    warm = [timed(records, cold=False) for _ in range(args.repeats)]
    result = {
        "reports": len(records),
        "sentences": sentences,
        "cold_s": round(statistics.median(cold), 3),
        "warm_s": round(statistics.median(warm), 3),
        "cold_all_s": [round(x, 3) for x in cold],
        "warm_all_s": [round(x, 3) for x in warm],
        "target_s": 2.0,
        "machine": platform.machine(),
        "python": platform.python_version(),
    }
    print(
        f"{len(records)} reports, {sentences} sentences: cold {result['cold_s']} s, "
        f"warm {result['warm_s']} s (target < 2 s cold)"
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
