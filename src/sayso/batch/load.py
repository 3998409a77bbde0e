"""``sayso ingest OUT``: the Parquet a batch wrote, into the SQLite store, in bulk.

Rows are read in Arrow batches and stored with ``Store.add_many`` (executemany, one transaction
per batch); content hashes already stored are skipped, so loading twice adds nothing. Every
loaded document's SimHash goes into the store's fingerprints and copies (``store/sidecar.py``):
exact copies (the same text under another id) and near-duplicates are linked, never dropped.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..errors import ConfigError, InputError
from ..store import Store
from ..store.sidecar import CopyCandidate, link_copies
from ..types import Document, Record
from .local import RECORDS
from .manifest import Manifest

__all__ = ["is_batch_output", "load_batch"]


def is_batch_output(path: str | Path) -> bool:
    """Whether ``path`` is a directory ``sayso batch`` wrote (it has a manifest.json)."""
    return Manifest.is_batch_dir(Path(path))


def _batches(root: Path, batch_size: int) -> Iterator[list[dict[str, Any]]]:
    try:
        import pyarrow.dataset as ds
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ConfigError("loading Parquet needs pyarrow; pip install 'sayso[parquet]'") from exc
    records = root / RECORDS
    if not records.is_dir():
        return
    dataset = ds.dataset(str(records), format="parquet", partitioning="hive")
    columns = ["id", "hash", "simhash", "source", "record", "stage_versions"]
    for batch in dataset.to_batches(columns=columns, batch_size=batch_size):
        yield batch.to_pylist()


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
        hashes = [str(r["hash"]) for r in rows]
        stored_before = _stored(store, hashes)
        items: list[tuple[Record, Document | None]] = []
        candidates: list[CopyCandidate] = []
        first: set[str] = set()
        for r in rows:
            record = Record.from_dict(json.loads(r["record"]))
            h = str(r["hash"])
            new = h not in stored_before and h not in first
            first.add(h)
            doc = Document(id=record.id, text=record.text, source=r["source"])
            items.append((record, doc))
            candidates.append(CopyCandidate(h, record.id, r["source"], int(r["simhash"]), new))
        n = store.add_many(items, versions, batch_size=len(items) or 1)
        link_copies(store, candidates)
        added += n
        skipped += len(rows) - n
        if on_progress is not None:
            on_progress(added, skipped)
    return added, skipped


def _stored(store: Store, hashes: list[str]) -> set[str]:
    from ..store import queries as q

    cur = store._conn.execute(q.STORED_HASHES, (json.dumps(hashes),))
    return {str(h) for (h,) in cur}
