"""Are the records the same as before? A guard for changes meant to leave output alone (speed work).

Run by hand (see bench/README.md)::

    .venv/bin/python bench/same_records.py --save /tmp/records.jsonl   # before the change
    .venv/bin/python bench/same_records.py --check /tmp/records.jsonl  # after it: exit 1 if not

The texts: the articles ``bench/throughput.py`` generates (120), every ``gold/*/*/article.txt``
(with the ``published`` of its ``meta.json``), and the first 30 texts of the PolNeAr dev split
(``--polnear``, default ``/work/shared/data/polnear/dev.jsonl``; read at run time, skipped with a
note when absent). Each record is written as one line of sorted-keys JSON. The reference file
belongs outside the repository (``/tmp``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import generated

from sayso import nlp as sayso_nlp
from sayso.pipeline import Pipeline
from sayso.types import Document

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = Path("/work/shared/data/polnear/dev.jsonl")


def documents(polnear: Path, n_polnear: int = 30, n_generated: int = 120) -> list[Document]:
    docs = generated(n_generated)
    for article in sorted((ROOT / "gold").glob("*/*/article.txt")):
        meta_path = article.parent / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        docs.append(
            Document(
                id=f"gold-{article.parent.parent.name}-{article.parent.name}",
                text=article.read_text(encoding="utf-8"),
                published=meta.get("published"),
                outlet=meta.get("outlet"),
            )
        )
    if polnear.exists():
        with polnear.open(encoding="utf-8") as f:
            for n, line in enumerate(f):
                if n >= n_polnear:
                    break
                d = json.loads(line)
                docs.append(
                    Document(
                        id=f"polnear-{d.get('id', n)}",
                        text=d["text"],
                        published=d.get("published"),
                        title=d.get("title"),
                        outlet=d.get("outlet"),
                    )
                )
    else:
        print(f"note: {polnear} not found, PolNeAr texts left out", file=sys.stderr)
    return docs


def lines(docs: list[Document]) -> list[str]:
    pipeline = Pipeline(nlp=sayso_nlp.load())
    return [json.dumps(r.to_dict(), sort_keys=True) for r in pipeline.process(docs)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, help="write the reference records here")
    mode.add_argument("--check", type=Path, help="compare with the reference records here")
    ap.add_argument("--polnear", type=Path, default=POLNEAR)
    args = ap.parse_args(argv)

    docs = documents(args.polnear)
    got = lines(docs)
    if args.save:
        args.save.write_text("".join(line + "\n" for line in got), encoding="utf-8")
        print(f"{len(got)} records written to {args.save}")
        return 0
    want = args.check.read_text(encoding="utf-8").splitlines()
    if len(want) != len(got):
        print(f"DIFFERENT: {len(got)} records, the reference has {len(want)}")
        return 1
    differ = [d.id for d, a, b in zip(docs, got, want, strict=True) if a != b]
    for doc_id in differ[:20]:
        print(f"differs: {doc_id}")
    if differ:
        print(f"DIFFERENT: {len(differ)} of {len(got)} records")
        return 1
    print(f"same: {len(got)} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
