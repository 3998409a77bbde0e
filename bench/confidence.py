"""Precision and recall of each kind of fact at each confidence threshold, on a gold half.

usage::

    PYTHONPATH=src .venv/bin/python bench/confidence.py gold/tune     # choose thresholds here
    PYTHONPATH=src .venv/bin/python bench/confidence.py gold/report   # only report these

It extracts every article of the gold folder once, then for each kind of fact (attributions,
events, entities) and each threshold (0 to 1 by 0.01) keeps the facts of that kind whose
``confidence`` is at least the threshold (the others as extracted) and scores the records with
``sayso.eval.golden``, the scorer of ``sayso eval golden``. It prints one table per kind (a row
where the facts kept change), the figures at the defaults of ``sayso.config.MIN_CONFIDENCE`` and,
last, one JSON line with the thresholds it would choose and the figures at the defaults.

Thresholds are chosen on ``gold/tune`` only: of those whose precision is at least 0.85, the one
with the best recall (of equal recalls, the highest threshold); where none reaches 0.85, the one
with the best F0.5 (precision weighted twice as much as recall).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from sayso.config import MIN_CONFIDENCE
from sayso.eval.golden import GoldArticle, read_gold, score_article, summarise
from sayso.pipeline import Pipeline
from sayso.types import Document

KINDS = ("attributions", "events", "entities")
THRESHOLDS = [round(0.01 * i, 2) for i in range(101)]
TARGET = 0.85


def keep(record: dict[str, Any], kind: str, threshold: float) -> dict[str, Any]:
    """``record`` with the facts of ``kind`` below ``threshold`` left out."""
    facts = [f for f in record[kind] if float(f.get("confidence", 1.0)) >= threshold]
    return {**record, kind: facts}


def figures(
    articles: list[GoldArticle], records: list[dict[str, Any]], cut: dict[str, float]
) -> dict[str, tuple[float, float]]:
    """(P, R) of each kind with each kind's facts cut at ``cut[kind]``."""
    scores = []
    for a, r in zip(articles, records, strict=True):
        for kind, t in cut.items():
            r = keep(r, kind, t)
        scores.append(score_article(a.name, a.expected, r))
    totals = summarise(scores).totals
    return {k: totals[k].prf()[:2] for k in KINDS}


def f_half(p: float, r: float) -> float:
    """F0.5: precision weighted twice as much as recall."""
    return 1.25 * p * r / (0.25 * p + r) if p + r else 0.0


def choose(rows: list[tuple[float, float, float]]) -> float:
    """The threshold to use from (threshold, P, R) rows (see the module's docstring)."""
    reached = [(r, t) for t, p, r in rows if p >= TARGET]
    if reached:  # the best recall at the target precision; of equal recalls, the surest
        return max(reached)[1]
    return max((f_half(p, r), -t, t) for t, p, r in rows)[2]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path, help="a gold half: gold/tune or gold/report")
    args = ap.parse_args(argv)
    articles = read_gold(args.gold)
    docs = [
        Document(id=a.name, text=a.text, published=a.published, outlet=a.outlet) for a in articles
    ]
    records = [r.to_dict() for r in Pipeline().process(docs)]
    out: dict[str, Any] = {"gold": str(args.gold), "chosen": {}}
    for kind in KINDS:
        rows = []
        print(f"{kind:14}{'threshold':>10}{'P':>8}{'R':>8}{'kept':>7}")
        last = -1
        for t in THRESHOLDS:
            p, r = figures(articles, records, {kind: t})[kind]
            kept = sum(
                1 for rec in records for f in rec[kind] if float(f.get("confidence", 1.0)) >= t
            )
            rows.append((t, p, r))
            if kept != last:  # a row where the facts kept change
                print(f"{'':14}{t:10.2f}{p:8.3f}{r:8.3f}{kept:7d}")
            last = kept
        out["chosen"][kind] = choose(rows)
    at_default = figures(articles, records, dict(MIN_CONFIDENCE))
    unfiltered = figures(articles, records, {})
    print("defaults (sayso.config.MIN_CONFIDENCE):")
    for kind in KINDS:
        p0, r0 = unfiltered[kind]
        p, r = at_default[kind]
        print(
            f"  {kind:14} >= {MIN_CONFIDENCE[kind]:.2f}: P {p:.3f} R {r:.3f}"
            f"   (all: P {p0:.3f} R {r0:.3f}; this half would choose {out['chosen'][kind]:.2f})"
        )
    out["defaults"] = {k: {"threshold": MIN_CONFIDENCE[k], "p": at_default[k][0],
                           "r": at_default[k][1]} for k in KINDS}  # fmt: skip
    out["unfiltered"] = {k: {"p": unfiltered[k][0], "r": unfiltered[k][1]} for k in KINDS}
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
