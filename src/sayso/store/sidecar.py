"""Side tables of web ingest, beside the versioned schema: feed state, fingerprints and copies.

- ``feed_items``: which entries of which feed were stored, so ``sayso watch`` survives restarts
  without ingesting anything twice;
- ``fingerprints``: the SimHash of every document loaded through these paths;
- ``copies``: documents linked as copies of one another: ``exact`` (same text, met again under
  another id or source: stored once, the other id kept here) and ``near`` (SimHash within a few
  bits). Nothing is dropped: a near-duplicate is stored as a document of its own.

The tables are created on first use (``CREATE TABLE IF NOT EXISTS``, SQL in ``queries.py``), so
a store made by any Sayso version gains them without a schema migration.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..ingest.dedup import MAX_DISTANCE, bands, hamming, signed64
from . import Store
from . import queries as q

__all__ = [
    "CopyCandidate",
    "copies_of",
    "ensure_tables",
    "feed_item",
    "link_copies",
    "link_copies_in",
    "mark_item",
]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def ensure_tables(store: Store) -> None:
    if getattr(store, "_sidecar_ready", False):
        return
    store._script(q.SIDE_TABLES)
    store._sidecar_ready = True  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class CopyCandidate:
    """One document just offered to the store: ``new`` when it was stored now, else an exact
    copy of a stored text."""

    hash: str
    doc_id: str
    source: str | None
    simhash: int
    new: bool


def link_copies(
    store: Store, items: Iterable[CopyCandidate], max_distance: int = MAX_DISTANCE
) -> int:
    """Record fingerprints of new documents and link copies; returns how many links were made."""
    ensure_tables(store)
    with store._transaction() as cur:
        return link_copies_in(cur, items, max_distance)


def link_copies_in(
    cur: sqlite3.Cursor, items: Iterable[CopyCandidate], max_distance: int = MAX_DISTANCE
) -> int:
    """``link_copies`` inside a transaction the caller holds (``ensure_tables`` first)."""
    links = 0
    for item in items:
        if not item.new:
            row = cur.execute(q.DOCUMENT_ID_SOURCE, (item.hash,)).fetchone()
            if row is None or (row[0] == item.doc_id and row[1] == (item.source or "")):
                continue  # the same input met again: not a copy
            row = (item.hash, item.hash, item.doc_id, item.source or "", "exact", 0)
            cur.execute(q.INSERT_COPY, row)
            links += cur.rowcount
            continue
        value = signed64(item.simhash)
        b = bands(value)
        for other, other_value in cur.execute(q.NEAR_CANDIDATES, (*b, item.hash)).fetchall():
            d = hamming(value, int(other_value))
            if d <= max_distance:
                cur.execute(q.INSERT_COPY, (other, item.hash, "", "", "near", d))
                links += cur.rowcount
        cur.execute(q.INSERT_FINGERPRINT, (item.hash, value, *b))
    return links


def copies_of(store: Store, doc_hash: str) -> list[dict[str, Any]]:
    """The copy links a stored document takes part in (either side)."""
    ensure_tables(store)
    cur = store._conn.execute(q.COPIES_OF, {"hash": doc_hash})
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur]


def feed_item(store: Store, feed: str, item: str) -> tuple[str, int] | None:
    """(status, attempts) of a feed entry, or None when it was never seen."""
    ensure_tables(store)
    row = store._conn.execute(q.FEED_ITEM, (feed, item)).fetchone()
    return (str(row[0]), int(row[1])) if row is not None else None


def mark_item(
    store: Store,
    feed: str,
    item: str,
    *,
    url: str | None,
    status: str,
    doc_hash: str | None = None,
    error: str | None = None,
) -> None:
    ensure_tables(store)
    with store._transaction() as cur:
        cur.execute(q.UPSERT_FEED_ITEM, (feed, item, url, status, doc_hash, error, _now()))
