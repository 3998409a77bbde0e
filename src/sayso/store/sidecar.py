"""The side tables of web and batch ingest: feed state, fingerprints and copies.

- ``feed_items``: which entries of which feed were stored, so ``sayso watch`` survives restarts
  without ingesting anything twice;
- ``fingerprints``: the SimHash of every document loaded through these paths;
- ``copies``: documents linked as copies of one another: ``exact`` (same text, met again under
  another id or source: stored once, the other id kept here) and ``near`` (SimHash within a few
  bits). Nothing is dropped: a near-duplicate is stored as a document of its own.

The tables are part of the versioned schema (``schema.sql``, since version 5). The fingerprints
are computed by the caller (``sayso.ingest.dedup``: the SimHash and its band keys) and passed in
with the distance that makes two documents near-duplicates; this module only stores and compares
them, through the Store's public API.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import ConfigError
from . import Store
from . import queries as q
from .db import Row, now

__all__ = ["CopyCandidate", "copies_of", "feed_item", "link_copies", "link_copies_in", "mark_item"]

BANDS = 4  # band keys a fingerprint has (the columns band0..band3)
_MASK = (1 << 64) - 1


def _signed64(value: int) -> int:
    """A 64-bit fingerprint as the signed integer SQLite stores."""
    v = value & _MASK
    return v - (1 << 64) if v >= 1 << 63 else v


def _distance(a: int, b: int) -> int:
    """How many bits two 64-bit fingerprints differ in."""
    return ((a ^ b) & _MASK).bit_count()


@dataclass(frozen=True, slots=True)
class CopyCandidate:
    """One document just offered to the store: ``new`` when it was stored now, else an exact
    copy of a stored text. ``simhash`` is its 64-bit fingerprint (signed or unsigned) and
    ``bands`` the fingerprint's band keys (``sayso.ingest.dedup.bands``): two documents are
    compared only when they share one."""

    hash: str
    doc_id: str
    source: str | None
    simhash: int
    bands: tuple[int, ...]
    new: bool

    def __post_init__(self) -> None:
        if len(self.bands) != BANDS:
            raise ConfigError(
                f"fingerprint of {self.doc_id!r} has {len(self.bands)} band keys; "
                f"the store keeps {BANDS}"
            )


def link_copies(store: Store, items: Iterable[CopyCandidate], max_distance: int) -> int:
    """Record fingerprints of new documents and link copies (near-duplicates: at most
    ``max_distance`` bits apart), in one transaction; returns how many links were made."""
    with store.transaction() as cur:
        return link_copies_in(cur, items, max_distance)


def _exact_copy(cur: sqlite3.Cursor, item: CopyCandidate) -> int:
    row = cur.execute(q.DOCUMENT_ID_SOURCE, (item.hash,)).fetchone()
    if row is None or (row[0] == item.doc_id and row[1] == (item.source or "")):
        return 0  # the same input met again: not a copy
    cur.execute(q.INSERT_COPY, (item.hash, item.hash, item.doc_id, item.source or "", "exact", 0))
    return cur.rowcount


def link_copies_in(cur: sqlite3.Cursor, items: Iterable[CopyCandidate], max_distance: int) -> int:
    """``link_copies`` inside a transaction the caller holds (``Store.transaction``, or the
    cursor ``Store.add_dicts`` hands its ``on_batch``)."""
    links = 0
    for item in items:
        if not item.new:
            links += _exact_copy(cur, item)
            continue
        value = _signed64(item.simhash)
        for other, other_value in cur.execute(
            q.NEAR_CANDIDATES, (*item.bands, item.hash)
        ).fetchall():
            d = _distance(value, int(other_value))
            if d <= max_distance:
                cur.execute(q.INSERT_COPY, (other, item.hash, "", "", "near", d))
                links += cur.rowcount
        cur.execute(q.INSERT_FINGERPRINT, (item.hash, value, *item.bands))
    return links


def copies_of(store: Store, doc_hash: str) -> list[Row]:
    """The copy links a stored document takes part in (either side)."""
    return store.read(q.COPIES_OF, {"hash": doc_hash})


def feed_item(store: Store, feed: str, item: str) -> tuple[str, int] | None:
    """(status, attempts) of a feed entry, or None when it was never seen."""
    rows = store.read(q.FEED_ITEM, (feed, item))
    return (str(rows[0]["status"]), int(str(rows[0]["attempts"]))) if rows else None


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
    """Record what became of a feed entry (stored, duplicate or failed), counting attempts."""
    with store.transaction() as cur:
        cur.execute(q.UPSERT_FEED_ITEM, (feed, item, url, status, doc_hash, error, now()))
