"""Per-stage seconds of the Sayso pipeline on long documents, and how they grow with length.

Run by hand (see bench/README.md)::

    .venv/bin/python bench/long_documents.py                       # 100k, 200k, 400k characters
    .venv/bin/python bench/long_documents.py --sizes 50000,100000  # other lengths

It builds one long invented document (a few hand-written paragraphs with names, quotations and
events, repeated with the names rotated), parses the longest length once with the model
(``sayso.nlp.parse``, in pieces as for any long text), and for each length takes the prefix of
whole paragraphs as its own Doc. It then runs cleanup and every default stage on it, timing each.
spaCy's parse is not timed: it is linear and the same with or without Sayso.

It prints a table of seconds per stage and length, and for each pair of consecutive lengths the
growth ratio (time at the longer / time at the shorter): near the length ratio (2 for 100k ->
200k) for a linear stage, near its square (4) for a quadratic one. The last line is one JSON
object with every figure.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time

from sayso import nlp as sayso_nlp
from sayso.pipeline import Pipeline, State
from sayso.types import Document, Meta

# invented paragraphs; {a}..{e} are people, {org} an organisation, {city} a city
PARAGRAPHS = [
    "{city} police arrested two men on Tuesday after a protest outside the offices of {org}, "
    "officials said.",
    '"We will not back down," said {a}, a spokesperson for {org}. "The workers deserve better."',
    "{b}, the mayor of {city}, told reporters on Wednesday that the council would meet union "
    "leaders next week and accused {org} of ignoring the strike.",
    "According to {c}, the minister of labour, the government offered aid worth $3 million to "
    "the families of the injured, but {d} rejected the offer.",
    "Protesters blocked the main road into {city} for several hours. The troops fired tear gas "
    "at the crowd, witnesses said, and the force later withdrew.",
    '{e} said the talks had collapsed. "It is a sad day for {city}," she added, calling on '
    "{org} to return to the table.",
    "The union threatened to extend the strike unless {org} raises wages by March 1, its "
    "leader {a} said in a statement.",
    "{b} met {c} in {city} on Friday to discuss the agreement, which both sides signed later "
    "that evening.",
]
PEOPLE = [
    "Maria Okafor", "Tomas Verbruggen", "Anika Juodyte", "Rafael Ferreyra", "Priya Malhotra",
    "Jonas Keleti", "Clara Albuquerque", "Leon Wouters", "Ines Barbosa", "Omar Haddou",
    "Greta Lindqvist", "Pavel Szabo",
]  # fmt: skip
ORGS = ["Northwind Logistics", "the Harbour Workers Union", "Calder Mining", "Brightline Rail"]
CITIES = ["Lisbonne", "Marrowvale", "Eastport", "Kelbury", "Tarnow Heights"]


def paragraph(i: int) -> str:
    """The ``i``-th paragraph of the generated document."""
    block = i // len(PARAGRAPHS)
    names = [PEOPLE[(block + k) % len(PEOPLE)] for k in range(5)]
    return PARAGRAPHS[i % len(PARAGRAPHS)].format(
        a=names[0],
        b=names[1],
        c=names[2],
        d=names[3],
        e=names[4],
        org=ORGS[block % len(ORGS)],
        city=CITIES[block % len(CITIES)],
    )


def build(chars: int) -> tuple[str, list[int]]:
    """A text of at least ``chars`` characters, and the end offset of each paragraph."""
    parts: list[str] = ["Strike spreads to the port\n\n"]
    ends: list[int] = []
    n = len(parts[0])
    i = 0
    while n < chars:
        p = paragraph(i) + "\n\n"
        parts.append(p)
        n += len(p)
        ends.append(n)
        i += 1
    return "".join(parts), ends


def stage_times(pipeline: Pipeline, document: Document, doc: object) -> dict[str, float]:
    """Seconds of cleanup and of each stage on one document."""
    state = State(document=document, meta=Meta(), doc=doc)  # type: ignore[arg-type]
    times: dict[str, float] = {}
    for stage in (pipeline.cleanup, *pipeline.stages):
        t0 = time.perf_counter()
        stage(state)
        times[stage.name] = time.perf_counter() - t0
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes", default="100000,200000,400000", help="lengths in characters")
    args = ap.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    text, ends = build(sizes[-1])
    print(f"parsing {len(text):,} characters ...", file=sys.stderr)
    nlp = sayso_nlp.load()
    t0 = time.perf_counter()
    [full] = sayso_nlp.parse(nlp, [text])
    print(f"parsed in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    pipeline = Pipeline(nlp=nlp)
    results: dict[int, dict[str, float]] = {}
    for size in sizes:
        end = next(e for e in ends if e >= size)
        doc = full.char_span(0, end, alignment_mode="expand").as_doc()
        document = Document(id=f"long-{size}", text=doc.text)
        results[size] = stage_times(pipeline, document, doc)
        print(f"{size:,} chars: {sum(results[size].values()):.2f} s", file=sys.stderr)
    names = list(results[sizes[0]])
    head = f"{'stage':<14}" + "".join(f"{s:>12,}" for s in sizes)
    head += "".join(f"{f'x {b // 1000}k/{a // 1000}k':>14}" for a, b in itertools.pairwise(sizes))
    print(head)
    ratios: dict[str, list[float]] = {}
    for name in [*names, "total"]:

        def secs(size: int, name: str = name) -> float:
            r = results[size]
            return sum(r.values()) if name == "total" else r[name]

        row = f"{name:<14}" + "".join(f"{secs(s):>12.3f}" for s in sizes)
        ratios[name] = [secs(b) / max(secs(a), 1e-9) for a, b in itertools.pairwise(sizes)]
        row += "".join(f"{r:>14.2f}" for r in ratios[name])
        print(row)
    print(json.dumps({"sizes": sizes, "seconds": results, "ratios": ratios}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
