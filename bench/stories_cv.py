"""Cross-validated story settings: tune on one corpus (or half of one), report on the other.

Run by hand (see bench/README.md)::

    sayso extract ecb_in.jsonl -f jsonl > ecb_rec.jsonl     # records once; extraction dominates
    .venv/bin/python bench/stories_cv.py --records ecb_rec.jsonl --gold ECB_GOLD.jsonl \\
        --records gvc_rec.jsonl --gold GVC_GOLD.jsonl

``--records``/``--gold`` pairs name corpora (the first two are called A and B); gold lines carry
``id``, ``story`` and ``topic``. For every candidate setting (``StoryOptions`` with the
threshold and block weights of the grid below; linkage as shipped) it clusters each evaluation
set with ``sayso.compare.stories.cluster`` and scores B-cubed F1. Evaluation sets: each corpus
whole, and the first corpus split by topic (numeric topics: odd and even). A direction "tune X
-> report Y" picks the setting with the best F1 on X (ties: the one whose neighbouring
thresholds score best on X, then the first in grid order) and gives its F1 on Y, never looking at Y.
Last line: one JSON object with every direction and the shipped default's figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from sayso.compare.stories import StoryOptions, cluster
from sayso.types import Record

THRESHOLDS = tuple(round(0.10 + 0.02 * k, 2) for k in range(9))  # 0.10 .. 0.26
# content words, names, numbers, dates: words and names equal, names twice the words, and the
# same with numbers and dates as strong as words
WEIGHTS = (
    (("w", 1.0), ("n", 1.0), ("#", 0.35), ("d", 0.35)),
    (("w", 0.5), ("n", 1.0), ("#", 0.35), ("d", 0.35)),
    (("w", 1.0), ("n", 1.0), ("#", 1.0), ("d", 1.0)),
)


def bcubed_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    gsize, psize = Counter(gold), Counter(pred)
    both = Counter(zip(gold, pred, strict=True))
    n = len(gold)
    p = sum(both[(g, s)] / psize[s] for g, s in zip(gold, pred, strict=True)) / n
    r = sum(both[(g, s)] / gsize[g] for g, s in zip(gold, pred, strict=True)) / n
    return 2 * p * r / (p + r) if p + r else 0.0


def load(records: Path, gold: Path) -> tuple[list[Record], dict[str, tuple[str, str]]]:
    with gold.open(encoding="utf-8") as fh:
        labels = {
            str(o["id"]): (str(o["story"]), str(o.get("topic", "")))
            for o in map(json.loads, filter(str.strip, fh))
        }
    with records.open(encoding="utf-8") as fh:
        recs = [Record.from_dict(json.loads(line)) for line in fh if line.strip()]
    return [r for r in recs if r.id in labels], labels


Subset = Callable[[str], bool]


def _parity(odd: bool) -> Subset:
    return lambda topic: topic.isdigit() and int(topic) % 2 == int(odd)


def score(
    data: tuple[list[Record], dict[str, tuple[str, str]]], options: StoryOptions, keep: Subset
) -> float:
    recs, labels = data
    part = [r for r in recs if keep(labels[r.id][1])]
    pred = cluster(part, options).labels
    return bcubed_f1([labels[r.id][0] for r in part], list(pred))


def choose(table: dict[tuple[int, float], dict[str, float]], tune: str) -> tuple[int, float]:
    """The setting (weights index, threshold) best on ``tune``; ties go to the one whose
    neighbouring thresholds (one step, then two) score best there, then to the first in grid
    order (never to the shipped default, which was chosen on every set)."""

    def near(w: int, t: float, steps: int) -> float:
        return statistics.fmean(
            v[tune]
            for (w2, t2), v in table.items()
            if w2 == w and abs(t2 - t) < 0.02 * steps + 1e-3
        )

    def key(setting: tuple[int, float]) -> tuple[float, float, float]:
        w, t = setting
        return (round(table[setting][tune], 9), round(near(w, t, 1), 9), round(near(w, t, 2), 9))

    return max(table, key=key)  # the first of equal keys


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=Path, action="append", required=True)
    ap.add_argument("--gold", type=Path, action="append", required=True)
    a = ap.parse_args()
    if len(a.records) != 2 or len(a.gold) != 2:
        ap.error("give two corpora: --records R --gold G twice")
    corpora = [load(r, g) for r, g in zip(a.records, a.gold, strict=True)]
    every: Subset = lambda topic: True  # noqa: E731
    sets = {
        "A": (corpora[0], every),
        "B": (corpora[1], every),
        "A_odd": (corpora[0], _parity(True)),
        "A_even": (corpora[0], _parity(False)),
    }
    table: dict[tuple[int, float], dict[str, float]] = {}
    for w, weights in enumerate(WEIGHTS):
        for t in THRESHOLDS:
            options = replace(StoryOptions(), weights=weights, threshold=t)
            table[(w, t)] = {name: score(d, options, keep) for name, (d, keep) in sets.items()}
    out: dict[str, object] = {}
    for tune, report in (("A", "B"), ("B", "A"), ("A_odd", "A_even"), ("A_even", "A_odd")):
        w, t = choose(table, tune)
        row = {"weights": dict(WEIGHTS[w]), "threshold": t, "tune_f1": table[(w, t)][tune]}
        row["report_f1"] = table[(w, t)][report]
        out[f"{tune}->{report}"] = row
        figures = f"B3 F1 {row['report_f1']:.3f}  (tune {row['tune_f1']:.3f})"
        print(f"tune {tune:6} -> {report:6} {figures}  weights {dict(WEIGHTS[w])} threshold {t}")
    shipped = StoryOptions()
    out["shipped"] = {name: score(d, shipped, keep) for name, (d, keep) in sets.items()}
    print("shipped defaults:", {k: round(v, 3) for k, v in out["shipped"].items()})  # type: ignore[attr-defined]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
