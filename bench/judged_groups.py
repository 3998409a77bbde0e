"""Omission precision judged by hand, on stories of 3-4 different dev reports of one event.

    .venv/bin/python bench/judged_groups.py --out /work/notes/judged
    .venv/bin/python bench/judged_groups.py --out /work/notes/judged --score

Picks the groups deterministically from the ECB+ and GVC dev files (``$SHARED/data``): each gold
``story`` keeps its documents in natural id order, a document dropped when its url's site or its
opening text repeats an earlier one's (different reports, not versions of one), the first
``--size`` kept; stories with at least 3 such reports, sorted by story id, the first ``--groups``.
``--chunks K`` adds, after those, each story's next ``--size`` kept reports as a further group
(up to K groups a story, each of 3 reports at least, named "story#2" and on), so the first
groups stay the same. A story whose first group sits at an even position is in the tuning half
(study its wrong flags), at an odd position in the check half (its figure only); its later
groups stay in its half. Writes into ``--out`` (outside the repository: it holds corpus text):

* ``input.jsonl``: the documents with their gold story (``to_input.py --story`` conventions), so
  ``sayso compare input.jsonl --given-stories -f jsonl`` gives the same lines;
* ``records.jsonl``: the extraction, kept (a later run reads it instead of extracting again);
* ``compare.jsonl``: the compare line of each group (``compare_stories``, as the CLI runs it);
* ``sheet.jsonl``: one line per omission flag and omitting report (half, story, asserted_by: the
  report of the evidence, carried_by: the others that carry it, omitting, the evidence text) with
  ``verdict`` and ``why``: "ok" (the omitting report does not tell the claim, and it is central:
  the event, its actors, toll, place, time, a principal actor's statement), "told" (the omitting
  report tells it, in any words), "minor" (left out, but background or a detail, not central) or
  "dup" (the same claim flagged again for the same two reports), null while it waits; verdicts of an
  earlier sheet (any ``*sheet*.jsonl`` in ``--out``, the latest written last: keep a copy of
  each version's) are carried over to the same flag (story, both reports, evidence text), so
  after a change only new flags wait for a judgement.

``--score`` reads the sheet and prints, per half, the precision over judged flags (ok / judged),
the share really left out ((ok + minor) / judged) and how many flags wait for a judgement.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from compare_dev import _shared, _write  # bench/ is on the path when this script runs

CORPORA = ("ecbplus", "gvc")
VERDICTS = ("ok", "minor", "told", "dup")
FIELDS = ("id", "text", "published", "title", "url", "outlet")


def _natural(doc_id: str) -> list[object]:
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", doc_id)]


def _read(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def pick(
    shared: Path, groups: int, size: int, chunks: int = 1
) -> list[tuple[str, list[dict[str, Any]]]]:
    """(story, its documents) of the chosen groups, in order: each story's first ``size`` kept
    reports, then (``chunks`` > 1) its next ``size`` and so on, while at least 3 are left."""
    by_story: dict[str, list[dict[str, Any]]] = {}
    for corpus in CORPORA:
        for row in _read(shared / "data" / corpus / "dev.jsonl"):
            by_story.setdefault(str(row["story"]), []).append(row)
    chosen: list[tuple[str, list[dict[str, Any]]]] = []
    for story in sorted(by_story):
        docs = sorted(by_story[story], key=lambda d: _natural(str(d.get("doc") or d["id"])))
        kept: list[dict[str, Any]] = []
        sites: set[str] = set()
        openings: set[str] = set()
        for d in docs:
            site = urlparse(str(d.get("url") or "")).netloc.removeprefix("www.")
            opening = " ".join(str(d["text"]).split()[:10]).lower()
            if (site and site in sites) or opening in openings:
                continue
            if site:
                sites.add(site)
            openings.add(opening)
            kept.append(d)
        if len(kept) >= 3:
            chosen.append((story, kept))
    chosen = chosen[:groups]  # the first --groups stories; their later chunks come after them
    firsts = [(story, kept[:size]) for story, kept in chosen]
    later = [
        (f"{story}#{k // size + 1}", kept[k : k + size])
        for k in range(size, size * chunks, size)
        for story, kept in chosen
        if len(kept[k : k + size]) >= 3
    ]
    return firsts + later


def halves(groups: list[tuple[str, list[dict[str, Any]]]]) -> dict[str, str]:
    """The half of each group ("story#2" names a story's second group): "tune" where the first
    group of its story sits at an even position."""
    half: dict[str, str] = {}
    for k, (group, _) in enumerate(groups):
        half.setdefault(group.partition("#")[0], "tune" if k % 2 == 0 else "check")
    return {group: half[group.partition("#")[0]] for group, _ in groups}


def _flags(lines: list[dict[str, Any]], half: dict[str, str]) -> Iterator[dict[str, Any]]:
    for line in lines:
        story = str(line["story"])
        for d in line["divergences"]:
            if d["kind"] != "omission":
                continue
            first = d["evidence"][0]
            for omitting in d["other"]:
                yield {
                    "half": half[story],
                    "story": story,
                    "asserted_by": first["doc"],
                    "carried_by": [x for x in d["asserted_by"] if x != first["doc"]],
                    "omitting": omitting,
                    "evidence": str(first["text"]),
                    "verdict": None,
                    "why": "",
                }


def _key(row: dict[str, Any]) -> tuple[str, str, str, str]:
    return (row["story"], row["asserted_by"], row["omitting"], row["evidence"])


def build(args: argparse.Namespace) -> None:
    from sayso.compare import compare_stories
    from sayso.pipeline import Pipeline
    from sayso.types import Document, Record

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    groups = pick(args.shared, args.groups, args.size, args.chunks)
    half = halves(groups)
    rows = [
        {**{f: d[f] for f in FIELDS if d.get(f) is not None}, "story": s}
        for s, docs in groups
        for d in docs
    ]
    _write(out / "input.jsonl", rows)
    cache = out / "records.jsonl"
    ids = [r["id"] for r in rows]
    records = [Record.from_dict(x) for x in _read(cache)]
    if [r.id for r in records] != ids:
        docs = [Document(r["id"], r["text"], *(r.get(k) for k in FIELDS[2:])) for r in rows]
        records = list(Pipeline().process(docs))
        _write(cache, [r.to_dict() for r in records])
    lines = compare_stories(records, {r["id"]: r["story"] for r in rows})
    _write(out / "compare.jsonl", lines)
    old: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for f in sorted(out.glob("*sheet*.jsonl"), key=lambda f: f.stat().st_mtime):
        first: dict[tuple[str, str, str, str], dict[str, Any]] = {}
        for r in _read(f):
            first.setdefault(_key(r), r)  # a repeat of the same evidence is judged "dup" anew
        old.update((k, r) for k, r in first.items() if r["verdict"] is not None)
    sheet = []
    seen: set[tuple[str, str, str, str]] = set()
    for flag in _flags(lines, half):
        prev = old.get(_key(flag))
        if _key(flag) in seen:
            flag["verdict"], flag["why"] = "dup", "the same evidence again"
        elif prev is not None:
            flag["verdict"], flag["why"] = prev["verdict"], prev.get("why", "")
        seen.add(_key(flag))
        sheet.append(flag)
    _write(out / "sheet.jsonl", sheet)
    print(f"{len(groups)} groups, {len(rows)} reports, {len(sheet)} omission flags")
    score(out)


def score(out: Path) -> None:
    sheet = _read(out / "sheet.jsonl")
    for name in ("tune", "check"):
        mine = [r for r in sheet if r["half"] == name]
        n = Counter(r["verdict"] for r in mine)
        judged = sum(n[v] for v in VERDICTS)
        p = n["ok"] / judged if judged else float("nan")
        absent = (n["ok"] + n["minor"]) / judged if judged else float("nan")
        print(
            f"{name}: omission flags {len(mine)}, judged {judged} (ok {n['ok']}, minor "
            f"{n['minor']}, told {n['told']}, dup {n['dup']}), precision {p:.3f}, "
            f"left out {absent:.3f}, waiting {len(mine) - judged}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("/work/notes/judged"))
    ap.add_argument("--shared", type=Path, default=_shared())
    ap.add_argument("--groups", type=int, default=20)
    ap.add_argument("--size", type=int, default=4, help="reports per group at most")
    ap.add_argument(
        "--chunks", type=int, default=1, help="groups per story at most (its next reports)"
    )
    ap.add_argument("--score", action="store_true", help="only score the sheet")
    args = ap.parse_args()
    if args.score:
        score(args.out)
    else:
        build(args)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
