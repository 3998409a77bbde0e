"""Reading one stored record back: ``get`` rebuilds the Record that was added, equal to it."""

from __future__ import annotations

import json

from ..errors import StoreError
from ..types import (
    Attribution,
    Divergence,
    Entity,
    Event,
    Flag,
    Meta,
    Record,
    Span,
    TimeExpr,
    read_confidence,
)
from . import queries as q
from .db import Db, Row

__all__ = ["document_text", "get", "with_sentences"]


def _spans(text: str) -> tuple[Span, ...]:
    return tuple(Span.from_dict(d) for d in json.loads(text))


def _span(start: int | None, end: int | None, text: str | None) -> Span | None:
    if start is None or end is None or text is None:
        return None
    return Span(start, end, text)


def _document(db: Db, key: str) -> tuple[int, str, Meta, str, tuple[tuple[int, int], ...]]:
    """(row id, document id, meta, text) of the document with content hash ``key``, or else
    with document id ``key``."""
    row = db.execute(q.DOCUMENT_BY_HASH, (key,)).fetchone()
    if row is None:
        rows = db.execute(q.DOCUMENTS_BY_DOC_ID, (key,)).fetchall()
        if not rows:
            raise StoreError(
                f"no document {key!r} in {db.path}; "
                "`sayso query 'SELECT doc_id, hash FROM documents'` lists what is stored"
            )
        if len(rows) > 1:
            raise StoreError(
                f"{len(rows)} documents in {db.path} have the id {key!r}; "
                "get one by its content hash (documents.hash) instead"
            )
        row = rows[0]
    (rowid, _hash, doc_id, _source, title, published, url, outlet, language, text, body,
     flags, _at, _versions, sentences) = row  # fmt: skip
    meta = Meta(
        title=title,
        published=published,
        url=url,
        outlet=outlet,
        language=language,
        body=tuple((int(s), int(e)) for s, e in json.loads(body)),
        flags=tuple(Flag.from_dict(f) for f in json.loads(flags)),
    )
    return int(rowid), str(doc_id), meta, str(text), _sentences(sentences)


def _sentences(value: object) -> tuple[tuple[int, int], ...]:
    return tuple((int(a), int(b)) for a, b in json.loads(str(value or "[]")))


def get(db: Db, key: str) -> Record:
    """The stored record with content hash ``key``, or else with document id ``key``."""
    rowid, doc_id, meta, text, sentences = _document(db, key)
    conn = db.conn
    entities = tuple(
        Entity(
            id=i,
            name=n,
            type=t,
            country=c,
            role=r,
            mentions=_spans(m),
            sector=sec,
            resolved=tuple(str(x) for x in json.loads(res or "[]")),
            confidence=read_confidence(conf),
        )
        for i, n, t, c, r, sec, m, res, conf in conn.execute(q.ENTITIES_OF, (rowid,))
    )
    attributions = tuple(
        Attribution(
            id=i, kind=k, source=_span(ss, se, st), speaker=sp, cue=_span(cs, ce, ct),
            content=_spans(content), via=via, confidence=read_confidence(conf),
        )
        for i, k, ss, se, st, sp, cs, ce, ct, content, via, conf
        in conn.execute(q.ATTRIBUTIONS_OF, (rowid,))
    )  # fmt: skip
    events = tuple(
        Event(
            id=i, type=t, mode=mode, source=tuple(json.loads(src)),
            target=tuple(json.loads(tgt)), trigger=Span(ts, te, tt), date=date,
            location=loc, attribution=attr, confidence=read_confidence(conf),
        )
        for i, t, mode, src, tgt, ts, te, tt, date, loc, attr, conf
        in conn.execute(q.EVENTS_OF, (rowid,))
    )  # fmt: skip
    times = tuple(TimeExpr(Span(s, e, t), v) for s, e, t, v in conn.execute(q.TIMES_OF, (rowid,)))
    divergences = tuple(
        Divergence(
            id=i, kind=k, about=about, asserted_by=tuple(json.loads(ab)),
            other=tuple(json.loads(other)), evidence=_spans(ev),
        )
        for i, k, about, ab, other, ev in conn.execute(q.DIVERGENCES_OF, (rowid,))
    )  # fmt: skip
    return Record(
        id=doc_id,
        text=text,
        meta=meta,
        entities=entities,
        attributions=attributions,
        events=events,
        times=times,
        divergences=divergences,
        sentences=sentences,
    )


def sentences_of(db: Db, rowid: int) -> Record:
    """The text and sentences of the document with this row id, as a Record with no facts
    (``Record.sentence_of`` finds a fact's sentence in it)."""
    row = db.one(q.DOCUMENT_SENTENCES, (rowid,))
    if row is None:
        return Record("", "")
    return Record("", str(row[0]), sentences=_sentences(row[1]))


def document_text(db: Db, rowid: int) -> str:
    """The text of the document with this row id ("" when there is none)."""
    row = db.one(q.WEB_ARTICLE_TEXT, (rowid,))
    return str(row[0]) if row is not None else ""


def with_sentences(db: Db, rows: list[Row]) -> list[Row]:
    """Event rows with ``sentence``, the sentence that holds the trigger (``trigger_start``,
    ``trigger_end``) in the document ``doc_pk`` (dropped from the rows)."""
    docs: dict[int, Record] = {}
    for row in rows:
        rowid = int(str(row.pop("doc_pk")))
        record = docs.get(rowid)
        if record is None:
            record = docs[rowid] = sentences_of(db, rowid)
        start, end = int(str(row["trigger_start"])), int(str(row["trigger_end"]))
        s, e = record.sentence_of(start, end)
        row["sentence"] = record.text[s:e]
    return rows
