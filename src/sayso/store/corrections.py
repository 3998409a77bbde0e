"""Corrections (``sayso fix``): adding, listing and undoing them, and exporting them as gold.

A fact is named as ``DOC:ID``: DOC the document (the start of its content hash, at least six
characters, as the ``ref`` column of ``sayso quotes`` and ``sayso events`` shows it, or its input
id), ID an attribution, event or entity id of that document, or for an actor its name. Each
correction is stored by the document's hash and the span of the fact (``overlay.py``), and the
document's facts are written again at once with every correction of it laid over the record as
extracted: every read (lists, pages, exports, ``Store.get``) sees the corrected facts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from ..errors import ConfigError
from ..types import Attribution, Entity, Record
from . import queries as q
from .db import Db, Row, json_text, now, rows_of
from .load import corrected, replace_facts
from .overlay import KINDS, Correction, content_extent, name_spans
from .records import get

__all__ = ["KINDS", "Correction", "drop", "gold", "listing", "merge", "speaker", "split", "undo"]

_PREFIX_MIN = 6


def _document(db: Db, key: str) -> tuple[int, str]:
    """(row id, content hash) of the document named ``key``: the start of its content hash, or
    its input id."""
    low = key.lower()
    if len(low) >= _PREFIX_MIN and all(ch in "0123456789abcdef" for ch in low):
        rows = db.execute(q.DOCUMENTS_BY_PREFIX, (low, low + "g")).fetchall()
        if len(rows) == 1:
            return int(rows[0][0]), str(rows[0][1])
        if len(rows) > 1:
            raise ConfigError(f"document {key!r} is the start of several hashes; give more of it")
    rows = db.execute(q.DOCUMENT_HASHES_BY_DOC_ID, (key,)).fetchall()
    if len(rows) == 1:
        return int(rows[0][0]), str(rows[0][1])
    if rows:
        raise ConfigError(f"several documents have the id {key!r}; name it by its hash instead")
    raise ConfigError(
        f"no document {key!r} in {db.path}; use the DOC part of the ref column of "
        "`sayso quotes` or `sayso events` (the start of the document's hash)"
    )


def _split_ref(ref: str, what: str) -> tuple[str, str]:
    doc, sep, fact = ref.partition(":")
    if not sep or not doc or not fact:
        raise ConfigError(
            f"{what} {ref!r} is not DOC:ID; give it as the ref column of `sayso quotes` or "
            "`sayso events` shows it (the document's hash, a colon, the id)"
        )
    return doc, fact


def _entity(record: Record, key: str, ref: str) -> Entity:
    """The entity of ``record`` with the id ``key``, else the one named ``key`` (any case)."""
    for e in record.entities:
        if e.id == key:
            return e
    named = [e for e in record.entities if e.name.casefold() == key.casefold()]
    if len(named) == 1:
        return named[0]
    names = ", ".join(sorted({e.name for e in record.entities})[:12]) or "none"
    raise ConfigError(
        f"no single actor {key!r} in document {ref!r}; name one by its id or name ({names})"
    )


def _save(db: Db, rowid: int, doc_hash: str, kind: str, span: tuple[int, int],
          value: Mapping[str, Any], original: Record) -> int:  # fmt: skip
    """Store one correction and write the document's facts again with its corrections."""
    with db.transaction() as cur:
        if cur.execute(q.GET_ORIGINAL, (doc_hash,)).fetchone() is None:
            cur.execute(q.SAVE_ORIGINAL, (doc_hash, json_text(original.to_dict())))
        row = cur.execute(
            q.UPSERT_CORRECTION, (doc_hash, kind, span[0], span[1], json_text(value), now())
        ).fetchone()
        _rewrite(cur, rowid, doc_hash)
    return int(row[0])


def _rewrite(cur: Any, rowid: int, doc_hash: str) -> None:
    """Write the facts of the document again: its record as extracted, corrected."""
    found = cur.execute(q.GET_ORIGINAL, (doc_hash,)).fetchone()
    if found is None:
        return
    original = json.loads(found[0])
    replace_facts(cur, rowid, corrected(cur, doc_hash, original))


def _original(db: Db, doc_hash: str) -> Record:
    found = db.one(q.GET_ORIGINAL, (doc_hash,))
    return get(db, doc_hash) if found is None else Record.from_dict(json.loads(str(found[0])))


def speaker(db: Db, ref: str, actor: str, actor_type: str = "PERSON") -> int:
    """The attribution ``ref`` (DOC:ID) was said by ``actor``: an entity id or name of its
    document, or a name written in it. Returns the correction's id."""
    doc, fact = _split_ref(ref, "attribution")
    rowid, doc_hash = _document(db, doc)
    record = get(db, doc_hash)
    found = [a for a in record.attributions if a.id == fact and a.content]
    if not found:
        raise ConfigError(f"no attribution {fact!r} in document {doc!r}; see `sayso quotes`")
    a: Attribution = found[0]
    value: dict[str, Any] = {"type": actor_type.upper()}
    try:
        who = _entity(record, actor, doc)
        value.update(name=who.name, mention=[who.mentions[0].start, who.mentions[0].end]
                     if who.mentions else None)  # fmt: skip
    except ConfigError:
        if not name_spans(record.text, actor):
            raise ConfigError(
                f"{actor!r} is neither an actor of document {doc!r} nor written in it; name "
                "an actor's id or name, or a name the article writes"
            ) from None
        value.update(name=actor, mention=None)
    before = record.entity(a.speaker)
    value["was"] = before.name if before is not None else (a.source.text if a.source else None)
    return _save(db, rowid, doc_hash, "speaker", content_extent(a), value,
                 _original(db, doc_hash))  # fmt: skip


def _first(e: Entity, ref: str) -> tuple[int, int]:
    if not e.mentions:
        raise ConfigError(f"actor {ref!r} has no mention in its document to keep the fix by")
    return e.mentions[0].start, e.mentions[0].end


def merge(db: Db, ref_a: str, ref_b: str) -> int:
    """The actor ``ref_a`` (DOC:ACTOR, an entity id or name) is the actor ``ref_b`` (DOC:ACTOR,
    or ACTOR in the same document): its mentions, quotes and events become ``ref_b``'s."""
    doc, key_a = _split_ref(ref_a, "actor")
    doc_b, sep, key_b = ref_b.partition(":")
    if not sep:
        doc_b, key_b = doc, ref_b
    rowid, doc_hash = _document(db, doc)
    if _document(db, doc_b)[1] != doc_hash:
        raise ConfigError(f"{ref_a!r} and {ref_b!r} are in different documents; merge actors "
                          "of one document")  # fmt: skip
    record = get(db, doc_hash)
    a, b = _entity(record, key_a, doc), _entity(record, key_b, doc)
    if a.id == b.id:
        raise ConfigError(f"{ref_a!r} and {ref_b!r} are the same actor already")
    value = {"into": list(_first(b, ref_b)), "name": a.name, "into_name": b.name}
    return _save(db, rowid, doc_hash, "merge", _first(a, ref_a), value, _original(db, doc_hash))


def _mentions_named(e: Entity, mention: str) -> list[tuple[int, int]]:
    start, dash, end = mention.partition("-")
    if dash and start.isdigit() and end.isdigit():
        want = (int(start), int(end))
        return [(m.start, m.end) for m in e.mentions if (m.start, m.end) == want]
    return [(m.start, m.end) for m in e.mentions if m.text.casefold() == mention.casefold()]


def split(db: Db, ref: str, mention: str, name: str | None = None) -> int:
    """The mentions ``mention`` (START-END offsets, or every mention written so) of the actor
    ``ref`` (DOC:ACTOR) are of another actor, called ``name`` (default: the mention's text)."""
    doc, key = _split_ref(ref, "actor")
    rowid, doc_hash = _document(db, doc)
    record = get(db, doc_hash)
    e = _entity(record, key, doc)
    spans = _mentions_named(e, mention)
    written = ", ".join(sorted({repr(m.text) for m in e.mentions}))
    if not spans:
        raise ConfigError(
            f"actor {e.name!r} has no mention {mention!r}; give START-END offsets or one of "
            f"its mentions as written ({written})"
        )
    if len(spans) == len(e.mentions):
        raise ConfigError(
            f"{mention!r} is every mention of {e.name!r}; split off some of them ({written}), "
            "or correct the speaker with `sayso fix speaker`"
        )
    value = {"mentions": [list(s) for s in spans], "name": name or None, "from": e.name}
    return _save(db, rowid, doc_hash, "split", spans[0], value, _original(db, doc_hash))


def drop(db: Db, ref: str) -> int:
    """The event ``ref`` (DOC:ID) is not an event: it is left out of every read."""
    doc, fact = _split_ref(ref, "event")
    rowid, doc_hash = _document(db, doc)
    record = get(db, doc_hash)
    found = [ev for ev in record.events if ev.id == fact]
    if not found:
        raise ConfigError(f"no event {fact!r} in document {doc!r}; see `sayso events`")
    ev = found[0]
    value = {"type": ev.type, "trigger": ev.trigger.text}
    span = (ev.trigger.start, ev.trigger.end)
    return _save(db, rowid, doc_hash, "drop", span, value, _original(db, doc_hash))


def undo(db: Db, correction_id: int) -> Row:
    """Remove the correction ``correction_id``; its document's facts are written again with the
    others (as extracted when none is left). Returns the row removed."""
    found = db.one(q.CORRECTION_BY_ID, (correction_id,))
    if found is None:
        raise ConfigError(f"no correction {correction_id}; `sayso fix list` shows them")
    doc_hash = str(found[1])
    with db.transaction() as cur:
        cur.execute(q.DELETE_CORRECTION, (correction_id,))
        stored = cur.execute(q.DOCUMENT_ROWID, (doc_hash,)).fetchone()
        original = cur.execute(q.GET_ORIGINAL, (doc_hash,)).fetchone()
        if stored is not None and original is not None:
            d = json.loads(original[0])
            replace_facts(cur, int(stored[0]), corrected(cur, doc_hash, d))
        if not cur.execute(q.CORRECTIONS_OF, (doc_hash,)).fetchone():
            cur.execute(q.DELETE_ORIGINAL, (doc_hash,))
    keys = ("id", "doc_hash", "kind", "span_start", "span_end", "value", "created_at")
    return dict(zip(keys, found, strict=True))


def _describe(kind: str, span_text: str, value: Mapping[str, Any]) -> str:
    if kind == "speaker":
        return f"{span_text[:60]!r} said by {value.get('name')} (was {value.get('was') or '-'})"
    if kind == "merge":
        return f"{value.get('name')} is {value.get('into_name')}"
    if kind == "split":
        return f"{span_text!r} is {value.get('name') or span_text}, not {value.get('from')}"
    return f"no {value.get('type')} event at {span_text!r}"


def listing(db: Db) -> list[Row]:
    """Every correction, oldest first, with what it says in words."""
    out: list[Row] = []
    for row in rows_of(db.execute(q.CORRECTION_LIST)):
        value = json.loads(str(row["value"]))
        out.append({
            "id": row["id"], "kind": row["kind"],
            "correction": _describe(str(row["kind"]), str(row["span_text"] or ""), value),
            "doc_id": row["doc_id"], "doc": row["doc"], "created_at": row["created_at"],
        })  # fmt: skip
    return out


def _source(record: Record, a: Attribution) -> list[dict[str, Any]]:
    """The gold source of ``a``: where its speaker is named (its mentions that share a word with
    its name), else the source span as written."""
    who = record.entity(a.speaker)
    if who is not None:
        words = {w for w in who.name.casefold().split() if len(w) > 1}
        named = [m for m in who.mentions if words & set(m.text.casefold().split())]
        if named:
            return [m.to_dict() for m in named]
    return [a.source.to_dict()] if a.source is not None else []


def gold(db: Db) -> Iterator[dict[str, Any]]:
    """The corrected documents as attribution gold (the format ``sayso eval attributions`` and
    the scorers read): one per document, every attribution of its corrected record."""
    for (doc_hash,) in db.execute(q.CORRECTED_HASHES).fetchall():
        if db.one(q.DOCUMENT_ROWID, (doc_hash,)) is None:
            continue
        record = get(db, str(doc_hash))
        yield {
            "id": record.id,
            "text": record.text,
            "attributions": [
                {
                    "kind": a.kind,
                    "source": _source(record, a),
                    "cue": [a.cue.to_dict()] if a.cue is not None else [],
                    "content": [c.to_dict() for c in a.content],
                }
                for a in record.attributions
            ],
        }
