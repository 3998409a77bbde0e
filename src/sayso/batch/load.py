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
from .rows import PARTITION, arrow_schema

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


Row = tuple[str, StoredRow]  # (FILE:ROW naming it in messages, the row)
Item = tuple[dict[str, object], str | None]  # (the record as a dict, its source)


def _rows(root: Path, batch_size: int) -> Iterator[Row | InputError]:
    """Every row of the batch's Parquet files, named ``FILE:ROW``; an InputError in place of a
    file Arrow cannot read."""
    try:
        import pyarrow as pa
        import pyarrow.dataset as ds
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ConfigError("loading Parquet needs pyarrow; pip install 'sayso[parquet]'") from exc
    records = root / RECORDS
    if not records.is_dir():
        return
    # the schema given, not read from the first file: a damaged file is one error below
    schema = arrow_schema().append(pa.field(PARTITION, pa.string()))
    dataset = ds.dataset(str(records), format="parquet", partitioning="hive", schema=schema)
    columns = ["id", "hash", "simhash", "source", "record", "stage_versions"]
    for fragment in dataset.get_fragments():
        name = str(fragment.path)
        n = 0
        try:
            for batch in fragment.to_batches(columns=columns, batch_size=batch_size):
                for row in batch.to_pylist():
                    n += 1
                    yield f"{name}:{n}", row
        except Exception as exc:  # pyarrow's errors: a damaged or foreign file
            yield InputError(
                f"{name}: cannot read the Parquet after {n} rows ({type(exc).__name__}: "
                f"{str(exc)[:160]}); run `sayso batch` again for its inputs or leave the file out",
                source=name,
            )


def _batches(root: Path, batch_size: int) -> Iterator[list[Row] | InputError]:
    """The rows of the batch at ``root`` in transactions of ``batch_size``, each of one stage
    version: Arrow yields a batch per file at most, and a batch of many small files (a Spark run
    writes a few per task and date) is gathered across them."""
    pending: list[Row] = []
    for item in _rows(root, batch_size):
        if isinstance(item, InputError):
            yield item
            continue
        if pending and (
            len(pending) >= batch_size
            or item[1]["stage_versions"] != pending[0][1]["stage_versions"]
        ):
            yield pending
            pending = []
        pending.append(item)
    if pending:
        yield pending


def _parse(where: str, row: StoredRow) -> tuple[Item, Key] | InputError:
    """The record of one row and its keys, or the InputError naming what is wrong with it."""

    def bad(problem: str) -> InputError:
        return InputError(
            f"{where}: {problem}; run `sayso batch` again for its input or leave the row out",
            source=where,
        )

    try:
        record = json.loads(row["record"])
    except (TypeError, ValueError, RecursionError) as exc:
        shown = repr(row["record"])[:40]
        return bad(f"the record column is not JSON ({shown}: {type(exc).__name__})")
    if not isinstance(record, dict):
        return bad(f"the record is not a JSON object (got {type(record).__name__})")
    text, doc_id = record.get("text"), record.get("id")
    if not isinstance(text, str) or not text:
        return bad(f'"text" must be a non-empty string, got {json.dumps(text)[:40]}')
    if not isinstance(doc_id, str):
        return bad(f'"id" must be a string, got {json.dumps(doc_id)[:40]}')
    if not isinstance(record.get("meta") or {}, dict):
        return bad('"meta" must be an object')
    try:
        key = (content_hash(text), doc_id, row["source"], int(row["simhash"]))
    except UnicodeEncodeError:
        return bad('"text" holds a lone surrogate (half a character), not UTF-8 text')
    except (TypeError, ValueError) as exc:
        return bad(f"a column does not hold what `sayso batch` writes ({type(exc).__name__})")
    return (record, row["source"]), key


def load_batch(
    store: Store,
    path: str | Path,
    *,
    batch_size: int = 2000,
    on_progress: Callable[[int, int], None] | None = None,
    on_error: Callable[[InputError], None] | None = None,
) -> tuple[int, int]:
    """Load the batch output at ``path``; returns (documents added, rows already stored).

    A row that is not a record (not JSON, a field of the wrong type) or that the store refuses
    is an InputError to ``on_error`` (``FILE:ROW``), and the rows around it are loaded: a
    batch that fails is loaded again one row at a time."""
    root = Path(path)
    if not is_batch_output(root):
        raise InputError(
            f"{root}: not a `sayso batch` output directory (no manifest.json); "
            "run `sayso batch INPUT --out DIR` first",
            source=str(root),
        )

    def fail(err: InputError) -> None:
        if on_error is not None:
            on_error(err)

    added = skipped = 0
    for rows in _batches(root, batch_size):
        if isinstance(rows, InputError):
            fail(rows)
            continue
        versions = _versions(rows[0][1])
        good: list[tuple[str, Item, Key]] = []
        for where, row in rows:
            parsed = _parse(where, row)
            if isinstance(parsed, InputError):
                fail(parsed)
            else:
                good.append((where, *parsed))
        try:
            n = _store(store, good, versions)
        except Exception:  # a row the store refuses: rolled back, then one row at a time
            n = 0
            for one in list(good):
                try:
                    n += _store(store, [one], versions)
                except Exception as exc:
                    fail(
                        InputError(
                            f"{one[0]}: the store refuses the record ({type(exc).__name__}: "
                            f"{str(exc)[:120]}); run `sayso batch` again for its input or "
                            "leave the row out",
                            source=one[0],
                        )
                    )
                    good.remove(one)
        added += n
        skipped += len(good) - n
        if on_progress is not None:
            on_progress(added, skipped)
    return added, skipped


def _versions(row: StoredRow) -> dict[str, str]:
    try:
        versions = json.loads(row["stage_versions"] or "{}")
    except (TypeError, ValueError):
        return {}
    return versions if isinstance(versions, dict) else {}


def _store(store: Store, good: list[tuple[str, Item, Key]], versions: dict[str, str]) -> int:
    """Store the records of ``good`` in one transaction, their fingerprints and copy links
    with them; how many were new."""
    keys = [key for _, _, key in good]

    def link(cur: sqlite3.Cursor, stored_now: set[str]) -> None:
        # in the batch's transaction: fingerprints and copy links commit with the records
        first: set[str] = set()
        candidates: list[CopyCandidate] = []
        for h, doc_id, source, sim in keys:
            new = h in stored_now and h not in first
            candidates.append(CopyCandidate(h, doc_id, source, sim, bands(sim), new))
            first.add(h)
        link_copies_in(cur, candidates, MAX_DISTANCE)

    items = [item for _, item, _ in good]
    return store.add_dicts(items, versions, batch_size=len(items) or 1, on_batch=link)
