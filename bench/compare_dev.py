"""Cross-report divergences on a dev twin, each half scored apart, with the extraction cached.

    .venv/bin/python bench/compare_dev.py ../shared/data/divergence/cross_dev.jsonl
    .venv/bin/python bench/compare_dev.py GOLD --records /tmp/cp/records.jsonl --out /tmp/cp

The documents of GOLD (one story a line, ``../shared/eval/README.md``, "Divergence gold") are
extracted once into ``--records`` (kept: a later run reads them instead of extracting again),
compared story by story as the gold groups them (``sayso compare --given-stories``), and scored
by ``score_divergences.py`` three times: every story, the stories at even positions of GOLD (the
half whose errors one may study) and those at odd positions (the check half: its figures only,
never its errors; ``--halves even`` scores the tuning half alone). Prints the scorer's summary
line for each and the omissions flagged per story (at most ``MatchOptions.cap`` for each
pair of reports); the prediction and gold files of each half stay in ``--out``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from sayso.compare import compare_stories
from sayso.pipeline import Pipeline
from sayso.types import Document, Record


def _shared() -> Path:
    """``$SHARED``, else the first ``shared`` folder beside the checkout or one of its parents
    (a worktree may sit a level deeper than the main checkout)."""
    if "SHARED" in os.environ:
        return Path(os.environ["SHARED"])
    for up in Path(__file__).resolve().parents[1:]:
        if (up / "shared" / "eval").is_dir():
            return up / "shared"
    return Path(__file__).resolve().parent.parent.parent / "shared"


SHARED = _shared()
SCORER = SHARED / "eval" / "score_divergences.py"
HALVES = {"all": (0, 1), "even": (0,), "odd": (1,)}


def _stories(gold: Path) -> list[dict[str, object]]:
    with gold.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _records(stories: list[dict[str, object]], cache: Path) -> list[Record]:
    if cache.is_file():
        with cache.open(encoding="utf-8") as fh:
            return [Record.from_dict(json.loads(line)) for line in fh if line.strip()]
    fields = ("published", "title", "url", "outlet")
    docs = [
        Document(str(d["id"]), str(d["text"]), *(d.get(k) for k in fields))
        for st in stories
        for d in st["documents"]  # type: ignore[attr-defined]
    ]
    records = list(Pipeline().process(docs))
    with cache.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
    return records


def _read(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _write(path: Path, lines: list[dict[str, object]]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for x in lines:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    return path


def _score(scorer: Path, gold: Path, pred: Path) -> str:
    run = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(pred)], capture_output=True, text=True
    )
    lines = run.stdout.strip().splitlines() or [run.stderr.strip()]
    return lines[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--records", type=Path, default=Path("/tmp/compare_dev_records.jsonl"))
    ap.add_argument("--out", type=Path, default=Path("/tmp/compare_dev"))
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument(
        "--halves",
        default="all,even,odd",
        help="which halves to score, comma-separated (tune on 'even' alone; the odd half is "
        "for a final check)",
    )
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    stories = _stories(args.gold)
    records = _records(stories, args.records)
    given = {
        str(d["id"]): str(st["story"])
        for st in stories
        for d in st["documents"]  # type: ignore[attr-defined]
    }
    t0 = time.perf_counter()
    lines = compare_stories(records, given)
    took = time.perf_counter() - t0
    half = {str(st["story"]): k % 2 for k, st in enumerate(stories)}
    for name in args.halves.split(","):
        keep = HALVES[name]
        mine = [s for s in stories if half[str(s["story"])] in keep]
        gold = _write(args.out / f"gold_{name}.jsonl", mine)
        pred = _write(
            args.out / f"pred_{name}.jsonl",
            [x for x in lines if half.get(str(x["story"]), -1) in keep],
        )
        print(f"{name}: {_score(args.scorer, gold, pred)}")
        flags = [sum(d["kind"] == "omission" for d in x["divergences"]) for x in _read(pred)]  # type: ignore[attr-defined]
        print(f"{name}: omission flags per story {sum(flags) / max(1, len(flags)):.2f}")
    print(f"compared {len(lines)} stories in {took:.1f} s")


if __name__ == "__main__":
    main()
