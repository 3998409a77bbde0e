"""What ``sayso stories`` and ``sayso compare`` call: read inputs (records), group, compare, and
keep stories in the store. Documents that are not records yet are extracted by the caller
(:func:`sayso.jobs.extract_records`): this package never runs the pipeline."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from ..errors import InputError, SaysoError, json_problem
from ..store import Store
from ..types import Record
from . import compare, compare_stories
from .base import CompareOptions
from .features import body_text
from .stored import keep_comparisons
from .stories import StoryIndex, StoryOptions, cluster, copies, story_summary


def _jsonl_lines(path: Path) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(
                    f"{path} line {n} is not JSON ({json_problem(exc)}); "
                    "give one JSON object a line",
                    source=str(path),
                ) from None
            if isinstance(obj, dict):
                out.append(obj)
    return out


def _is_record(obj: Mapping[str, object]) -> bool:
    return "text" in obj and "meta" in obj and "entities" in obj


def read_records(inputs: Sequence[str]) -> tuple[list[Record], dict[str, str], list[str]]:
    """The records of ``inputs`` that are JSONL files of Sayso records (``sayso extract -f
    jsonl``), in input order; the ``story`` each JSONL line names (id -> story); and the inputs
    left to extract (documents: .txt, .html, JSONL with ``text``)."""
    records: list[Record] = []
    given: dict[str, str] = {}
    to_extract: list[str] = []
    for name in inputs:
        path = Path(name)
        if path.suffix == ".jsonl" and path.is_file():
            lines = _jsonl_lines(path)
            for obj in lines:
                if obj.get("story") is not None and obj.get("id") is not None:
                    given[str(obj["id"])] = str(obj["story"])
            if lines and all(_is_record(o) for o in lines):
                records.extend(Record.from_dict(o) for o in lines)
                continue
        to_extract.append(name)
    return records, given, to_extract


def story_lines(
    records: Sequence[Record], *, incremental: bool = False, options: StoryOptions | None = None
) -> list[dict[str, str]]:
    """``{"id", "story"}`` per record, in input order (batch, or one document at a time)."""
    if incremental:
        index = StoryIndex(options or StoryOptions())
        for r in records:
            index.add(r)
        labels = index.labels
    else:
        labels = list(cluster(records, options).labels)
    return [{"id": r.id, "story": s} for r, s in zip(records, labels, strict=True)]


def stories_in_store(
    store: Store,
    *,
    rebuild: bool = False,
    options: StoryOptions | None = None,
    on_error: Callable[[SaysoError], None] | None = None,
    debug: bool = False,
) -> list[dict[str, str]]:
    """Give every stored document a story and store it; returns ``{"id", "story"}`` per
    document. Documents that have a story keep it; new ones join a story one at a time
    (``StoryIndex``), which may move a few documents between nearby stories. ``rebuild``
    clusters every document again in one batch. A story whose comparison fails goes to
    ``on_error`` (``save_stories``)."""
    rows = store.story_documents()
    records = [store.get(str(r["hash"])) for r in rows]
    options = options or StoryOptions()
    fresh = rebuild or all(r["story"] is None for r in rows)
    copy_of: dict[int, int | None] = {}
    if fresh:
        result = cluster(records, options)
        labels = list(result.labels)
        for i, j in result.copies:
            copy_of.setdefault(j, i)
    else:
        index = StoryIndex(options)
        known = [n for n, r in enumerate(rows) if r["story"] is not None]
        new = [n for n, r in enumerate(rows) if r["story"] is None]
        for n in known:
            index.load(records[n], str(rows[n]["story"]))
        order = known + new
        for n in new:
            _, c = index.add(records[n])
            copy_of[n] = order[c] if c is not None else None
        by_pos = dict(zip(order, index.labels, strict=True))
        labels = [by_pos[n] for n in range(len(rows))]
        for n in known:
            copy_of[n] = _row_pos(rows, rows[n]["copy_of"])
    members: dict[str, list[Record]] = {}
    for rec, s in zip(records, labels, strict=True):
        members.setdefault(s, []).append(rec)
    summaries = {s: {**story_summary(m), "documents": len(m)} for s, m in members.items()}
    assignments = [
        (int(r["id"]), labels[n], int(rows[c]["id"]) if (c := copy_of.get(n)) is not None else None)
        for n, r in enumerate(rows)
    ]
    save_stories(store, assignments, summaries, replace_all=fresh, on_error=on_error, debug=debug)
    return [{"id": str(r["doc_id"]), "story": labels[n]} for n, r in enumerate(rows)]


def save_stories(
    store: Store,
    assignments: Sequence[tuple[int, str, int | None]],
    summaries: Mapping[str, Mapping[str, object]],
    *,
    replace_all: bool,
    on_error: Callable[[SaysoError], None] | None = None,
    debug: bool = False,
) -> int:
    """Store the stories (``Store.save_stories``), then compute and keep the comparison of each
    story of ``summaries`` whose kept one is missing or stale (``stored.keep_comparisons``), so
    that the web's story pages only read them; returns how many were compared. A story whose
    comparison fails goes to ``on_error`` and the others go on."""
    store.save_stories(assignments, summaries, replace_all=replace_all)
    return keep_comparisons(store, summaries, on_error, debug=debug)


def _row_pos(rows: Sequence[Mapping[str, object]], rowid: object) -> int | None:
    if rowid is None:
        return None
    for n, r in enumerate(rows):
        if r["id"] == rowid:
            return n
    return None


def compare_inputs(
    records: Sequence[Record],
    given: dict[str, str] | None = None,
    options: CompareOptions | None = None,
) -> list[dict[str, object]]:
    """``sayso compare INPUT``: one line per story."""
    return compare_stories(records, given, options)


def compare_in_store(
    store: Store, story: str, options: CompareOptions | None = None
) -> list[dict[str, object]]:
    """``sayso compare STORY --db``: the line of one stored story."""
    records = store.story_records(story)
    return [compare(story, records, options)]


def story_table(
    lines: Sequence[Mapping[str, str]], records: Sequence[Record]
) -> list[dict[str, object]]:
    """Rows for ``sayso stories -f table``: one per story, with its size, dates and title."""
    by_id = {r.id: r for r in records}
    members: dict[str, list[Record]] = {}
    for line in lines:
        rec = by_id.get(line["id"])
        if rec is not None:
            members.setdefault(line["story"], []).append(rec)
    rows = []
    for s, recs in members.items():
        summary = story_summary(recs)
        pairs = copies([body_text(r) for r in recs])
        rows.append(
            {
                "story": s,
                "documents": len(recs),
                "copies": len(pairs),
                "first_date": summary["first_date"],
                "outlets": ", ".join(summary["outlets"]),  # type: ignore[arg-type]
                "title": summary["title"],
            }
        )
    return rows
