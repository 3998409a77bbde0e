"""Writing records: one at a time (``add``) or in batches (``add_batches``), each one transaction.

Every record goes in as the dict ``Record.to_dict()`` gives (``sayso batch`` writes the same JSON,
so a batch's Parquet is stored without building ``Record`` objects), one executemany per table.
A batch of at least ``BULK_FTS_MIN`` new documents fills the full-text tables and event_actors in
bulk, with the triggers that would fill them row by row suspended inside its transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ..types import Document, Record, content_hash, read_confidence
from . import queries as q
from .db import Db, json_text, now
from .overlay import Correction, apply

__all__ = [
    "BULK_FTS_MIN",
    "OnBatch",
    "Pending",
    "add",
    "add_batches",
    "corrections_of",
    "insert_facts",
    "replace_facts",
    "suspend_bulk_triggers",
]

# A batch of add_many/add_dicts with at least this many new documents fills the full-text tables
# and event_actors in bulk (suspend_bulk_triggers); a smaller one leaves it to the triggers.
BULK_FTS_MIN = 64

# A record as the JSON dict Record.to_dict() gives (and `sayso batch` writes).
RecordJSON = Mapping[str, Any]
# (content hash, source, the record or its dict) of a record on its way into the store
Pending = tuple[str, str | None, Record | RecordJSON]
# Runs inside each batch's transaction with the content hashes stored by it.
OnBatch = Callable[[sqlite3.Cursor, set[str]], None]
SqlRow = tuple[object, ...]


def versions_text(stage_versions: Mapping[str, str] | None) -> str:
    return json.dumps(dict(stage_versions or {}), sort_keys=True)


def document_row(
    d: RecordJSON, source: str | None, doc_hash: str, at: str, versions: str
) -> SqlRow:
    """The ``documents`` row of a record given as a dict."""
    m = d.get("meta") or {}
    return (
        doc_hash, d["id"], source, m.get("title"), m.get("published"), m.get("url"),
        m.get("outlet"), m.get("language"), d["text"], json_text(m.get("body") or []),
        json_text(m.get("flags") or []), at, versions, json_text(d.get("sentences") or []),
    )  # fmt: skip


def add(
    db: Db,
    record: Record,
    document: Document | None,
    stage_versions: Mapping[str, str] | None,
    *,
    replace: bool,
) -> bool:
    """Store one record in one transaction; False when its content hash is stored already
    (unless ``replace``: then the stored record is replaced)."""
    doc_hash = document.hash if document is not None else content_hash(record.text)
    d = record.to_dict()
    source = document.source if document is not None else None
    row = document_row(d, source, doc_hash, now(), versions_text(stage_versions))
    with db.transaction() as cur:
        if replace:
            cur.execute(q.DELETE_BY_HASH, (doc_hash,))
        cur.execute(q.INSERT_DOCUMENT, row)
        if cur.rowcount == 0:
            return False
        assert cur.lastrowid is not None
        rowid = cur.lastrowid
        insert_facts(cur, [(rowid, corrected(cur, doc_hash, d))])
    return True


def add_batches(
    db: Db,
    items: Iterable[Pending],
    stage_versions: Mapping[str, str] | None,
    batch_size: int,
    on_batch: OnBatch | None,
) -> int:
    """Store ``items`` ``batch_size`` at a time, one transaction each; returns how many
    documents were added (content hashes stored already, or repeated, are skipped)."""
    versions = versions_text(stage_versions)
    added = 0
    batch: list[Pending] = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            added += add_batch(db, batch, versions, on_batch)
            batch = []
    if batch:
        added += add_batch(db, batch, versions, on_batch)
    return added


def add_batch(db: Db, batch: Sequence[Pending], versions: str, on_batch: OnBatch | None) -> int:
    """One transaction: the documents not stored yet, their facts, their full-text entries
    (in bulk for a large batch, see ``suspend_bulk_triggers``) and ``on_batch``'s writes."""
    first: dict[str, Pending] = {}
    for item in batch:
        first.setdefault(item[0], item)
    with db.transaction() as cur:
        stored = {h for (h,) in cur.execute(q.STORED_HASHES, (json_text(list(first)),))}
        new = [h for h in first if h not in stored]
        if new:
            _insert_new(cur, [first[h] for h in new], versions)
        if on_batch is not None:
            on_batch(cur, set(new))
    return len(new)


def _insert_new(cur: sqlite3.Cursor, pending: Sequence[Pending], versions: str) -> None:
    at = now()
    docs: list[tuple[str, RecordJSON]] = []
    rows: list[SqlRow] = []
    for h, source, payload in pending:
        d = payload.to_dict() if isinstance(payload, Record) else payload
        docs.append((h, d))
        rows.append(document_row(d, source, h, at, versions))
    triggers = suspend_bulk_triggers(cur) if len(pending) >= BULK_FTS_MIN else None
    cur.executemany(q.INSERT_DOCUMENT, rows)
    hashes = [h for h, _ in docs]
    ids = dict(cur.execute(q.DOC_IDS_FOR_HASHES, (json_text(hashes),)).fetchall())
    fixed = {h for (h,) in cur.execute(q.CORRECTED_AMONG, (json_text(hashes),))}
    insert_facts(cur, [(ids[h], corrected(cur, h, d) if h in fixed else d) for h, d in docs])
    if triggers is not None:
        doc_ids = json_text([ids[h] for h in hashes])
        for sql in q.BULK_FILLS:
            cur.execute(sql, (doc_ids,))
        for sql in triggers:
            cur.execute(sql)


def suspend_bulk_triggers(cur: sqlite3.Cursor) -> list[str] | None:
    """Drop the triggers that add each new document and attribution to the full-text
    tables and each event's actors to ``event_actors``, inside the open transaction, and
    return their SQL to create them again before it commits; the caller fills those tables
    in bulk (``BULK_FILLS``), which costs a fraction of a trigger a row. Schema changes are
    transactional in SQLite: readers never see the triggers missing, and a rollback or a crash
    (kill -9) restores them. None (nothing dropped) when the store's triggers are not the ones
    expected."""
    found = dict(cur.execute(q.BULK_TRIGGERS).fetchall())
    if sorted(found) != sorted(q.BULK_TRIGGER_NAMES):
        return None
    for name in q.BULK_TRIGGER_NAMES:
        cur.execute(q.DROP_TRIGGER[name])
    return [str(found[name]) for name in q.BULK_TRIGGER_NAMES]


# -- corrections (sayso fix): laid over a record whenever its facts are written ---------------


def corrections_of(cur: sqlite3.Cursor, doc_hash: str) -> list[Correction]:
    """The corrections of the document with this content hash, oldest first."""
    return [
        Correction(int(i), str(h), str(k), int(s), int(e), json.loads(v), str(at))
        for i, h, k, s, e, v, at in cur.execute(q.CORRECTIONS_OF, (doc_hash,)).fetchall()
    ]


def corrected(cur: sqlite3.Cursor, doc_hash: str, d: RecordJSON) -> RecordJSON:
    """The record ``d`` (as extracted) with its document's corrections laid over it; when there
    are any, ``d`` is kept as the document's record before corrections (for undoing)."""
    corrections = corrections_of(cur, doc_hash)
    if not corrections:
        return d
    cur.execute(q.SAVE_ORIGINAL, (doc_hash, json_text(d)))
    return apply(Record.from_dict(dict(d)), corrections).to_dict()


def replace_facts(cur: sqlite3.Cursor, rowid: int, d: RecordJSON) -> None:
    """Write the facts of the stored document ``rowid`` again, as ``d`` has them."""
    for sql in q.DELETE_FACTS:
        cur.execute(sql, (rowid,))
    insert_facts(cur, [(rowid, d)])


# -- the facts of a record, one row builder a table --------------------------------------------


def _entity_rows(doc: int, rec: RecordJSON) -> list[SqlRow]:
    out: list[SqlRow] = []
    for i, e in enumerate(rec.get("entities") or ()):
        mentions = e.get("mentions") or []
        out.append(
            (doc, i, e["id"], e["name"], e["type"], e.get("country"), e.get("role"),
             e.get("sector"), len(mentions), json_text(mentions),
             json_text(e.get("resolved") or []), read_confidence(e.get("confidence")))
        )  # fmt: skip
    return out


def _attribution_rows(doc: int, rec: RecordJSON, names: Mapping[str, str]) -> list[SqlRow]:
    out: list[SqlRow] = []
    for i, a in enumerate(rec.get("attributions") or ()):
        src, cue, content = a.get("source"), a.get("cue"), a.get("content") or []
        speaker, via = a.get("speaker"), a.get("via")
        out.append(
            (doc, i, a["id"], a["kind"], speaker,
             names.get(speaker) if speaker is not None else None,
             src["start"] if src else None, src["end"] if src else None,
             src["text"] if src else None,
             cue["start"] if cue else None, cue["end"] if cue else None,
             cue["text"] if cue else None,
             " … ".join(c["text"] for c in content), json_text(content),
             via, names.get(via) if via is not None else None,
             read_confidence(a.get("confidence")))
        )  # fmt: skip
    return out


def _event_rows(doc: int, rec: RecordJSON, names: Mapping[str, str]) -> list[SqlRow]:
    out: list[SqlRow] = []
    for i, ev in enumerate(rec.get("events") or ()):
        t, source, target = ev["trigger"], ev.get("source") or [], ev.get("target") or []
        loc = ev.get("location")
        src_names = [names[x] for x in source if x in names]
        tgt_names = [names[x] for x in target if x in names]
        out.append(
            (doc, i, ev["id"], ev["type"], ev.get("mode"), json_text(source),
             "; ".join(src_names) if src_names else None, json_text(target),
             "; ".join(tgt_names) if tgt_names else None, t["start"], t["end"], t["text"],
             ev.get("date"), loc, names.get(loc) if loc is not None else None,
             ev.get("attribution"), read_confidence(ev.get("confidence")))
        )  # fmt: skip
    return out


def _time_rows(doc: int, rec: RecordJSON) -> list[SqlRow]:
    out: list[SqlRow] = []
    for i, tx in enumerate(rec.get("times") or ()):
        s = tx["span"]
        out.append((doc, i, s["start"], s["end"], s["text"], tx["value"]))
    return out


def _divergence_rows(doc: int, rec: RecordJSON) -> list[SqlRow]:
    return [
        (doc, i, dv["id"], dv["kind"], dv.get("about", ""),
         json_text(dv.get("asserted_by") or []), json_text(dv.get("other") or []),
         json_text(dv.get("evidence") or []))
        for i, dv in enumerate(rec.get("divergences") or ())
    ]  # fmt: skip


def insert_facts(cur: sqlite3.Cursor, docs: Sequence[tuple[int, RecordJSON]]) -> None:
    """Insert the facts of records given as dicts (document row id, record), one executemany
    per table."""
    tables: dict[str, list[SqlRow]] = {
        q.INSERT_ENTITY: [],
        q.INSERT_ATTRIBUTION: [],
        q.INSERT_EVENT: [],
        q.INSERT_TIME: [],
        q.INSERT_DIVERGENCE: [],
    }
    for doc, rec in docs:
        names: dict[str, str] = {}
        for e in rec.get("entities") or ():
            names.setdefault(e["id"], e["name"])
        tables[q.INSERT_ENTITY] += _entity_rows(doc, rec)
        tables[q.INSERT_ATTRIBUTION] += _attribution_rows(doc, rec, names)
        tables[q.INSERT_EVENT] += _event_rows(doc, rec, names)
        tables[q.INSERT_TIME] += _time_rows(doc, rec)
        tables[q.INSERT_DIVERGENCE] += _divergence_rows(doc, rec)
    for sql, rows in tables.items():
        if rows:
            cur.executemany(sql, rows)
