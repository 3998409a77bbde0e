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

Thresholds are chosen on ``gold/tune`` only: of those whose precision is at least 0.85 with
one-sided 95% confidence (P - 1.645 * sqrt(P * (1 - P) / n) >= 0.85, n the facts kept that the
scorer marks right or wrong: a precision measured on few facts must clear the target by more),
the one with the best recall (of equal recalls, the highest threshold); where none reaches it,
the one with the best F0.5 (precision weighted twice as much as recall). The margin is what
"precision first" asks of a default: the precision measured on the half is one sample, and the
threshold where it only just reaches 0.85 keeps less on the next story.
"""

from __future__ import annotations

import argparse
import json
import math
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
Z = 1.645  # one-sided 95%: how many standard errors the precision must clear TARGET by


def keep(record: dict[str, Any], kind: str, threshold: float) -> dict[str, Any]:
    """``record`` with the facts of ``kind`` below ``threshold`` left out."""
    facts = [f for f in record[kind] if float(f.get("confidence", 1.0)) >= threshold]
    return {**record, kind: facts}


def figures(
    articles: list[GoldArticle], records: list[dict[str, Any]], cut: dict[str, float]
) -> dict[str, tuple[float, float]]:
    """(P, R) of each kind with each kind's facts cut at ``cut[kind]``."""
    return {k: (p, r) for k, (p, r, _) in counted_figures(articles, records, cut).items()}


def counted_figures(
    articles: list[GoldArticle], records: list[dict[str, Any]], cut: dict[str, float]
) -> dict[str, tuple[float, float, int]]:
    """(P, R, n) of each kind with each kind's facts cut at ``cut[kind]``; n: the facts kept
    that the scorer marks right or wrong (those its precision is measured on)."""
    scores = []
    for a, r in zip(articles, records, strict=True):
        for kind, t in cut.items():
            r = keep(r, kind, t)
        scores.append(score_article(a.name, a.expected, r))
    totals = summarise(scores).totals
    return {k: (*totals[k].prf()[:2], totals[k].tp + totals[k].fp) for k in KINDS}


def f_half(p: float, r: float) -> float:
    """F0.5: precision weighted twice as much as recall."""
    return 1.25 * p * r / (0.25 * p + r) if p + r else 0.0


def sure_precision(p: float, n: int) -> float:
    """The precision ``p`` measured on ``n`` facts less ``Z`` standard errors (0 for none)."""
    return p - Z * math.sqrt(p * (1.0 - p) / n) if n else 0.0


def choose(rows: list[tuple[float, float, float, int]]) -> float:
    """The threshold to use from (threshold, P, R, n) rows (see the module's docstring)."""
    reached = [(r, t) for t, p, r, n in rows if sure_precision(p, n) >= TARGET]
    if reached:  # the best recall at the target precision; of equal recalls, the surest
        return max(reached)[1]
    return max((f_half(p, r), -t, t) for t, p, r, _ in rows)[2]


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
            p, r, n = counted_figures(articles, records, {kind: t})[kind]
            kept = sum(
                1 for rec in records for f in rec[kind] if float(f.get("confidence", 1.0)) >= t
            )
            rows.append((t, p, r, n))
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
