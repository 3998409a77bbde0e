"""Learn the calibrated confidences (``src/sayso/data/calibration.tsv``) on a gold half.

usage::

    PYTHONPATH=src .venv/bin/python bench/calibrate.py gold/tune            # write the weights
    PYTHONPATH=src .venv/bin/python bench/calibrate.py gold/tune --dry-run  # figures only

It extracts every article of the gold folder once, with ``sayso.pipeline.calibration.recording``
on, so that it has the features of every attribution and event the stages scored (the classes of
the factors of ``pipeline/attributions/confidence.py`` and ``pipeline/events/confidence.py``, and
the logarithm of their hand-set product). The golden scorer's own matching
(``sayso.eval.golden.item_marks``) labels each extracted fact right (it matched a required gold
item) or wrong (it counts against precision); a fact that matched an optional item counts for
neither and is left out. For each kind it fits a logistic regression with a strong L2 penalty
(``--c``, scikit-learn's inverse strength) and writes its weights, rounded to four decimals, with
a header saying how the file was made. The same input gives the same file (but for the date).

Fit on ``gold/tune`` only: ``gold/report`` is for figures (``bench/confidence.py``), never fitting.

It also prints, per kind, the figures with ``--folds`` (5) cross-validation by article: each
article's facts scored by a model fitted on the other folds' articles, then cut at
``sayso.config.MIN_CONFIDENCE`` and scored with ``sayso.eval.golden``, beside the same figures
with the model fitted on all articles (what fitting on the half itself overstates), and the
threshold ``bench/confidence.py``'s rule picks on those out-of-fold chances: the default to put in
``sayso.config.MIN_CONFIDENCE`` (chances the model was fitted on are surer than they should be).
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path
from typing import Any

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from sayso.config import MIN_CONFIDENCE
from sayso.eval.golden import (
    OPTIONAL,
    RIGHT,
    GoldArticle,
    item_marks,
    read_gold,
)
from sayso.pipeline import Pipeline
from sayso.pipeline.calibration import BIAS, WEIGHTS, Model, recording
from sayso.types import Document, confidence_of

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/: confidence.py's rule
from confidence import THRESHOLDS, choose, counted_figures, figures

KINDS = ("attributions", "events")
# the kinds whose confidence is the calibrated chance (written to the file); attributions keep
# the hand-set product (their model fitted on gold/tune lowered gold/report's precision at the
# default): their figures are printed for study
CALIBRATED = ("events",)
OUT = Path(__file__).resolve().parents[1] / "src" / "sayso" / WEIGHTS
C = 0.1  # scikit-learn's inverse L2 strength: small, for few facts and many classes

# one fact: its article's index, its index in the record's list, its features, the factor of its
# hand-set rules, 1 right, 0 wrong, UNLABELLED where it matched an optional gold item (scored,
# never fitted on)
Fact = tuple[int, int, dict[str, float], float, int]
UNLABELLED = -1


def extract(articles: list[GoldArticle]) -> tuple[list[dict[str, Any]], list[Any]]:
    """The records of ``articles`` and the features each stage noted while scoring."""
    docs = [
        Document(id=a.name, text=a.text, published=a.published, outlet=a.outlet) for a in articles
    ]
    with recording() as notes:
        records = [r.to_dict() for r in Pipeline().process(docs)]
    return records, list(notes)


def features_of(
    kind: str, record: dict[str, Any], notes: dict[tuple[str, str], list[tuple[str, Any]]]
) -> list[dict[str, float] | None]:
    """The noted features of each fact of ``kind`` in ``record`` (None where none was noted):
    an attribution by its id, an event by its type and a word inside its trigger."""
    mine = notes.get((kind, record["id"]), [])
    out: list[dict[str, float] | None] = []
    for fact in record[kind]:
        if kind == "attributions":
            found = [f for key, f in mine if key == fact["id"]]
        else:
            span = fact["trigger"]
            found = []
            for key, f in mine:
                etype, _, at = key.rpartition("@")
                if etype == fact["type"] and span["start"] <= int(at) < span["end"]:
                    found.append(f)
        out.append(found[-1] if found else None)
    return out


def facts(
    articles: list[GoldArticle], records: list[dict[str, Any]], noted: list[Any]
) -> tuple[dict[str, list[Fact]], dict[str, int]]:
    """The facts of each kind with their labels, and per kind how many had no noted
    features."""
    notes: dict[tuple[str, str], list[tuple[str, Any]]] = {}
    for kind, doc, key, feats, rules in noted:
        notes.setdefault((kind, doc), []).append((key, (feats, rules)))
    out: dict[str, list[Fact]] = {k: [] for k in KINDS}
    unnoted = dict.fromkeys(KINDS, 0)
    for i, (a, r) in enumerate(zip(articles, records, strict=True)):
        marks = item_marks(a.expected, r)
        for kind in KINDS:
            for j, (mark, feats) in enumerate(
                zip(marks[kind], features_of(kind, r, notes), strict=True)
            ):
                if feats is None:
                    unnoted[kind] += 1
                else:
                    label = UNLABELLED if mark == OPTIONAL else int(mark == RIGHT)
                    out[kind].append((i, j, feats[0], feats[1], label))
    return out, unnoted


def fit(data: list[Fact], c: float) -> Model:
    """A logistic regression on the labelled facts of ``data`` that no hand-set rule touches
    (whose rules' factor is 1); no weights (a chance of one half) with one label only."""
    data = [d for d in data if d[4] != UNLABELLED and d[3] == 1.0]
    if len({y for *_, y in data}) < 2:
        return Model(0.0, {})
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([d[2] for d in data])
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(x, [d[4] for d in data])
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True)}
    return Model(round(float(model.intercept_[0]), 4), weights)


def rescored(
    records: list[dict[str, Any]],
    chance: dict[tuple[str, int, int], float],
) -> list[dict[str, Any]]:
    """``records`` with each labelled fact's confidence set to ``chance`` (others unchanged)."""
    out = []
    for i, r in enumerate(records):
        r = dict(r)
        for kind in KINDS:
            r[kind] = [
                {**f, "confidence": chance.get((kind, i, j), f.get("confidence", 1.0))}
                for j, f in enumerate(r[kind])
            ]
        out.append(r)
    return out


def cut_figures(
    articles: list[GoldArticle],
    records: list[dict[str, Any]],
    cut: dict[str, float] | None = None,
) -> dict[str, tuple[float, float]]:
    """(P, R) of each kind with its facts under ``cut`` (``MIN_CONFIDENCE``) left out
    (``confidence.figures``)."""
    cut = cut or dict(MIN_CONFIDENCE)
    found = figures(articles, records, {k: cut.get(k, 0.0) for k in KINDS})
    return {k: found[k] for k in KINDS}


def cross_validated(
    articles: list[GoldArticle],
    records: list[dict[str, Any]],
    data: dict[str, list[Fact]],
    folds: int,
    c: float,
) -> list[dict[str, Any]]:
    """``records`` with each article's facts scored by a model fitted on the other folds
    (article i in fold i % ``folds``): chances no fact was fitted on."""
    chance: dict[tuple[str, int, int], float] = {}
    for kind in KINDS:
        for k in range(folds):
            model = fit([d for d in data[kind] if d[0] % folds != k], c)
            for i, j, feats, rules, _ in data[kind]:
                if i % folds == k:
                    chance[(kind, i, j)] = confidence_of(model.probability(feats, rules))
    return rescored(records, chance)


def chosen_threshold(
    articles: list[GoldArticle], records: list[dict[str, Any]], kind: str
) -> tuple[float, float, float]:
    """The threshold ``bench/confidence.py``'s rule picks for ``kind`` on ``records`` (the best
    recall at precision >= 0.85 with one-sided 95% confidence, else the best F0.5:
    ``confidence.choose``), with the (P, R) of ``kind`` cut there."""
    rows = []
    for t in THRESHOLDS:
        p, r, n = counted_figures(articles, records, {kind: t})[kind]
        rows.append((t, p, r, n))
    pick = choose(rows)
    return next((t, p, r) for t, p, r, _ in rows if t == pick)


def write(path: Path, models: dict[str, Model], how: str) -> None:
    lines = [
        "# Calibrated confidences (sayso.pipeline.calibration): one logistic model per kind of",
        "# fact, over the features of pipeline/attributions/confidence.py and",
        "# pipeline/events/confidence.py (a class of a common factor: 1; evidence: the logarithm",
        "# of the hand-set product of those factors). A feature not listed weighs nothing.",
        f"# made by: {how}",
        f"# date: {datetime.date.today().isoformat()}",
        "kind\tfeature\tweight",
    ]
    for kind, model in models.items():
        if not model.weights:
            continue
        lines.append(f"{kind}\t{BIAS}\t{model.bias}")
        lines += [f"{kind}\t{n}\t{w}" for n, w in sorted(model.weights.items()) if w != 0.0]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", type=Path, help="the gold half to fit on: gold/tune")
    ap.add_argument("--out", type=Path, default=OUT, help="the weights file to write")
    ap.add_argument("--c", type=float, default=C, help="inverse L2 strength (default %(default)s)")
    ap.add_argument("--folds", type=int, default=5, help="cross-validation folds (0: none)")
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args(argv)
    if args.gold.resolve().parts[-2:] == ("gold", "report"):
        print(
            "calibrate: gold/report is only for figures (bench/confidence.py); fit on gold/tune",
            file=sys.stderr,
        )
        return 2
    articles = read_gold(args.gold)
    records, noted = extract(articles)
    data, unnoted = facts(articles, records, noted)
    models = {kind: fit(data[kind], args.c) for kind in KINDS}
    out: dict[str, Any] = {"gold": str(args.gold), "c": args.c, "articles": len(articles)}
    for kind in KINDS:
        right = sum(1 for d in data[kind] if d[4] == 1)
        wrong = sum(1 for d in data[kind] if d[4] == 0)
        out[kind] = {"right": right, "wrong": wrong, "unnoted": unnoted[kind]}
        print(f"{kind}: {right} right, {wrong} wrong ({unnoted[kind]} without features)")
    chance = {
        (kind, i, j): confidence_of(models[kind].probability(feats, rules))
        for kind in KINDS
        for i, j, feats, rules, _ in data[kind]
    }
    fitted = cut_figures(articles, rescored(records, chance))
    cv_records: list[dict[str, Any]] = []
    cv: dict[str, tuple[float, float]] = {}
    if args.folds > 1:
        cv_records = cross_validated(articles, records, data, args.folds, args.c)
        cv = cut_figures(articles, cv_records)
    for kind in KINDS:
        t = MIN_CONFIDENCE[kind]
        p, r = fitted[kind]
        line = f"  {kind:14} >= {t:.2f}: fitted on all: P {p:.3f} R {r:.3f}"
        out[kind]["fitted"] = {"p": p, "r": r}
        if kind in cv:
            out[kind]["cross_validated"] = {"p": cv[kind][0], "r": cv[kind][1]}
            line += f"   {args.folds}-fold by article: P {cv[kind][0]:.3f} R {cv[kind][1]:.3f}"
            if kind in CALIBRATED:
                # the default to choose: on chances of models that never saw the article
                pick, p_at, r_at = chosen_threshold(articles, cv_records, kind)
                out[kind]["cross_validated"].update(chooses=pick, p_chosen=p_at, r_chosen=r_at)
                line += f"; these chances choose {pick:.2f} (P {p_at:.3f} R {r_at:.3f})"
        print(line)
    if not args.dry_run:
        how = f"PYTHONPATH=src python bench/calibrate.py {args.gold} --c {args.c}"
        write(args.out, {k: models[k] for k in CALIBRATED}, how + f" ({len(articles)} articles)")
        print(f"wrote {args.out}")
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
