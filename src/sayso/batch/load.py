"""``sayso ingest OUT``: the Parquet a batch wrote, into the SQLite store, in bulk.

Rows are read in batches of 2,000 (gathered across the small files a run may write) and
stored with ``Store.add_dicts`` straight from the record JSON (no ``Record`` objects;
executemany per table, the full-text index filled in bulk), one transaction per batch; content
hashes already stored are skipped, so loading twice adds nothing. Every loaded document's
SimHash goes into the store's fingerprints and copies (``store/sidecar.py``) in the same
transaction: exact copies (the same text under another id) and near-duplicates are linked,
never dropped, and an interrupted load loses no fingerprint.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypedDict

from ..errors import ConfigError, InputError
from ..ingest.dedup import MAX_DISTANCE, bands
from ..store import Store
from ..store.sidecar import CopyCandidate, link_copies_in
from ..types import content_hash
from .local import RECORDS
from .manifest import Manifest

__all__ = ["is_batch_output", "load_batch"]

Key = tuple[str, str, str | None, int]  # (content hash, record id, source, SimHash)


class StoredRow(TypedDict):
    """The columns of a batch row that loading reads (``rows.py``)."""

    id: str
    hash: str
    simhash: int
    source: str | None
    record: str  # the record, JSON
    stage_versions: str | None  # JSON


def is_batch_output(path: str | Path) -> bool:
    """Whether ``path`` is a directory ``sayso batch`` wrote (it has a manifest.json)."""
    return Manifest.is_batch_dir(Path(path))


def _batches(root: Path, batch_size: int) -> Iterator[list[StoredRow]]:
    try:
        import pyarrow.dataset as ds
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ConfigError("loading Parquet needs pyarrow; pip install 'sayso[parquet]'") from exc
    records = root / RECORDS
    if not records.is_dir():
        return
    dataset = ds.dataset(str(records), format="parquet", partitioning="hive")
    columns = ["id", "hash", "simhash", "source", "record", "stage_versions"]
    # Arrow yields a batch per file at most: a batch of many small files (a Spark run writes a
    # few per task and date) is gathered into transactions of ``batch_size`` rows, each of one
    # stage version
    pending: list[StoredRow] = []
    for batch in dataset.to_batches(columns=columns, batch_size=batch_size):
        for row in batch.to_pylist():
            if pending and (
                len(pending) >= batch_size or row["stage_versions"] != pending[0]["stage_versions"]
            ):
                yield pending
                pending = []
            pending.append(row)
    if pending:
        yield pending


def load_batch(
    store: Store,
    path: str | Path,
    *,
    batch_size: int = 2000,
    on_progress: Callable[[int, int], None] | None = None,
) -> tuple[int, int]:
    """Load the batch output at ``path``; returns (documents added, rows already stored)."""
    root = Path(path)
    if not is_batch_output(root):
        raise InputError(
            f"{root}: not a `sayso batch` output directory (no manifest.json); "
            "run `sayso batch INPUT --out DIR` first",
            source=str(root),
        )
    added = skipped = 0
    for rows in _batches(root, batch_size):
        versions: dict[str, str] = json.loads(rows[0]["stage_versions"] or "{}") if rows else {}
        items: list[tuple[dict[str, object], str | None]] = []
        keys: list[Key] = []
        for r in rows:
            record = json.loads(r["record"])
            items.append((record, r["source"]))
            keys.append((content_hash(record["text"]), str(record["id"]), r["source"],
                         int(r["simhash"])))  # fmt: skip

        def link(cur: sqlite3.Cursor, stored_now: set[str], keys: list[Key] = keys) -> None:
            # in the batch's transaction: fingerprints and copy links commit with the records
            first: set[str] = set()
            candidates: list[CopyCandidate] = []
            for h, doc_id, source, sim in keys:
                new = h in stored_now and h not in first
                candidates.append(CopyCandidate(h, doc_id, source, sim, bands(sim), new))
                first.add(h)
            link_copies_in(cur, candidates, MAX_DISTANCE)

        n = store.add_dicts(items, versions, batch_size=len(items) or 1, on_batch=link)
        added += n
        skipped += len(rows) - n
        if on_progress is not None:
            on_progress(added, skipped)
    return added, skipped
