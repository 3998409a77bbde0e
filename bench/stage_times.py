"""CPU time of Sayso's stages alone, spaCy's parsing left out (speed work).

Run by hand (see bench/README.md)::

    .venv/bin/python bench/stage_times.py                    # 120 generated articles, 3 repeats
    .venv/bin/python bench/stage_times.py --profile out.prof  # also cProfile one pass

It parses the texts of ``bench/throughput.py``'s generated articles once (``sayso.nlp.parse``),
then, per repeat, times ``Pipeline.record`` over them, stage by stage (``time.process_time``), and
prints the median of each stage over the repeats.
"""

from __future__ import annotations

import argparse
import cProfile
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import generated

from sayso import nlp as sayso_nlp
from sayso.pipeline import Pipeline, State
from sayso.types import Meta


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", "--n-docs", type=int, default=120)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--profile", type=Path, help="write a cProfile of one pass of records here")
    args = ap.parse_args(argv)

    docs = generated(args.n_docs)
    nlp = sayso_nlp.load()
    sdocs = list(sayso_nlp.parse(nlp, [d.text for d in docs], 16))
    pipeline = Pipeline(nlp=nlp)
    for d, s in zip(docs[:8], sdocs[:8], strict=True):  # warm-up
        pipeline.record(d, s)

    stages = [pipeline.cleanup, *pipeline.stages]
    runs: dict[str, list[float]] = defaultdict(list)
    for _ in range(args.repeats):
        spent: dict[str, float] = defaultdict(float)
        for document, sdoc in zip(docs, sdocs, strict=True):
            state = State(document=document, meta=Meta(), doc=sdoc)
            for stage in stages:
                c0 = time.process_time()
                stage(state)
                spent[stage.name] += time.process_time() - c0
        for name, secs in spent.items():
            runs[name].append(secs)
        runs["all stages"].append(sum(spent.values()))
    print(f"{len(docs)} documents, {args.repeats} repeats, median CPU seconds")
    for name, secs in runs.items():
        print(f"{name:12} {statistics.median(secs):7.3f}   {' '.join(f'{s:.3f}' for s in secs)}")

    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for document, sdoc in zip(docs, sdocs, strict=True):
            pipeline.record(document, sdoc)
        prof.disable()
        prof.dump_stats(str(args.profile))
        print(f"profile written to {args.profile}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
