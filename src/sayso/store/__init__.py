"""The embedded store: records in SQLite (WAL mode: one writer, many readers across processes).

``Store(path)`` opens or creates the file. Each stored document is one transaction, keyed by the
hash of its input text, so an interrupted ingest keeps everything committed before it and a
re-run adds nothing twice. ``Store.get`` gives back a Record equal to the one added. All SQL is in
``queries.py``; the schema in ``schema.sql``.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from ..config import Settings
from ..errors import ConfigError, StoreError
from ..export import (
    output_format,
    plover_event,
    write_rows,
    write_stream,
)
from ..types import (
    Attribution,
    Divergence,
    Document,
    Entity,
    Event,
    Flag,
    Meta,
    Record,
    Span,
    TimeExpr,
    content_hash,
)
from . import queries as q
from .queries import TABLES, Filters, WebFilters

__all__ = ["TABLES", "Filters", "Store", "WebFilters"]

Row = dict[str, Any]
Item = Record | tuple[Record, Document | None]
# (content hash, source, the record or its dict) of a record on its way into the store
_Pending = tuple[str, str | None, Record | Mapping[str, Any]]

# What a read-only query may do (sqlite3 authorizer actions); everything else is refused.
_READ_ACTIONS = frozenset(
    {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}
)
# PRAGMAs a query may run: these read the schema whatever their argument ...
_SCHEMA_PRAGMAS = frozenset(
    {
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
        "foreign_key_list", "compile_options", "function_list", "module_list", "pragma_list",
        "collation_list", "database_list", "integrity_check", "quick_check", "foreign_key_check",
    }
)  # fmt: skip
# ... and these only when they are read, not set (data_version: FTS5 reads it).
_READ_PRAGMAS = frozenset({"user_version", "application_id", "schema_version", "data_version"})
_ACTION_NAMES = {
    getattr(sqlite3, name): name.removeprefix("SQLITE_").replace("_", " ")
    for name in (
        "SQLITE_INSERT", "SQLITE_UPDATE", "SQLITE_DELETE", "SQLITE_ATTACH", "SQLITE_DETACH",
        "SQLITE_ALTER_TABLE", "SQLITE_ANALYZE", "SQLITE_REINDEX", "SQLITE_TRANSACTION",
        "SQLITE_SAVEPOINT", "SQLITE_PRAGMA", "SQLITE_CREATE_INDEX", "SQLITE_CREATE_TABLE",
        "SQLITE_CREATE_TEMP_INDEX", "SQLITE_CREATE_TEMP_TABLE", "SQLITE_CREATE_TEMP_TRIGGER",
        "SQLITE_CREATE_TEMP_VIEW", "SQLITE_CREATE_TRIGGER", "SQLITE_CREATE_VIEW",
        "SQLITE_CREATE_VTABLE", "SQLITE_DROP_INDEX", "SQLITE_DROP_TABLE", "SQLITE_DROP_TEMP_INDEX",
        "SQLITE_DROP_TEMP_TABLE", "SQLITE_DROP_TEMP_TRIGGER", "SQLITE_DROP_TEMP_VIEW",
        "SQLITE_DROP_TRIGGER", "SQLITE_DROP_VIEW", "SQLITE_DROP_VTABLE",
    )
}  # fmt: skip


# json.dumps(value, ensure_ascii=False, separators=(",", ":")), without a new encoder a call
_json: Callable[[Any], str] = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _spans(text: str) -> tuple[Span, ...]:
    return tuple(Span.from_dict(d) for d in json.loads(text))


def _span(start: int | None, end: int | None, text: str | None) -> Span | None:
    if start is None or end is None or text is None:
        return None
    return Span(start, end, text)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _versions(stage_versions: Mapping[str, str] | None) -> str:
    return json.dumps(dict(stage_versions or {}), sort_keys=True)


def _document_row(
    d: Mapping[str, Any], source: str | None, doc_hash: str, now: str, versions: str
) -> tuple[Any, ...]:
    """The ``documents`` row of a record given as a dict (``Record.to_dict()``'s shape)."""
    m = d.get("meta") or {}
    return (
        doc_hash, d["id"], source, m.get("title"), m.get("published"), m.get("url"),
        m.get("outlet"), m.get("language"), d["text"], _json(m.get("body") or []),
        _json(m.get("flags") or []), now, versions, _json(d.get("sentences") or []),
    )  # fmt: skip


# A batch of add_many/add_dicts with at least this many new documents fills the full-text tables
# and event_actors in bulk (Store._suspend_bulk_triggers); a smaller one leaves it to the triggers.
BULK_FTS_MIN = 64


class Store:
    """A Sayso SQLite store. Use as a context manager, or call ``close()``.

    ``path`` defaults to ``$SAYSO_DB`` or ``sayso.db``; ``":memory:"`` gives a private store.
    With ``create=False`` a missing file is an error instead of a new, empty store. With
    ``read_only=True`` the connection refuses every write (``PRAGMA query_only``).
    """

    def __init__(
        self, path: str | Path | None = None, *, create: bool = True, read_only: bool = False
    ) -> None:
        self.path = Path(path) if path is not None else Settings.from_env().db
        self._memory = str(path) == ":memory:"
        if not create and not self._memory and not self.path.exists():
            raise StoreError(
                f"no Sayso store at {self.path}; run `sayso ingest` first, or pass --db FILE"
            )
        if not self._memory and self.path.is_dir():
            raise StoreError(f"{self.path} is a directory; pass a file, e.g. --db news.db")
        try:
            self._conn = sqlite3.connect(str(self.path), isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {self.path} ({exc}); check the path") from exc
        try:
            self._setup()
            if read_only:
                self._conn.execute(q.PRAGMA_QUERY_ONLY)
        except BaseException:
            self._conn.close()
            raise

    # -- opening ---------------------------------------------------------------------------

    def _setup(self) -> None:
        conn = self._conn
        try:
            conn.execute(q.PRAGMA_BUSY_TIMEOUT)
            conn.execute(q.PRAGMA_FOREIGN_KEYS)
            version = self._user_version()
            app_id = conn.execute(q.GET_APPLICATION_ID).fetchone()[0]
            objects = conn.execute(q.COUNT_SCHEMA_OBJECTS).fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path} is not a Sayso store ({exc}); pass another --db or remove it"
            ) from exc
        if (version == 0 and objects) or (version and app_id != q.APPLICATION_ID):
            raise StoreError(
                f"{self.path} is an SQLite database but not a Sayso store; "
                "pass another --db (a new file is created on ingest)"
            )
        if version > q.SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has store schema version {version}, newer than this Sayso reads "
                f"({q.SCHEMA_VERSION}); upgrade sayso"
            )
        try:
            if not self._memory:
                conn.execute(q.PRAGMA_WAL)
            conn.execute(q.PRAGMA_SYNCHRONOUS)
            if version == 0:
                self._script(q.schema_sql())  # the latest schema, with its version
                version = self._user_version()
            try:
                self._upgrade(version)
            except sqlite3.OperationalError as exc:
                # another process upgraded the store after this one read its version (ALTER
                # TABLE is the one step that cannot run twice): read it again
                if "duplicate column" not in str(exc):
                    raise
                self._upgrade(self._user_version())
        except sqlite3.Error as exc:
            raise StoreError(f"cannot set up the store {self.path} ({exc})") from exc

    def _upgrade(self, version: int) -> None:
        """Take a store of schema ``version`` to the latest, one version a transaction."""
        added = self._added_columns(version)
        for v in range(version, q.SCHEMA_VERSION):
            if v not in q.MIGRATIONS:
                raise StoreError(
                    f"{self.path} has store schema version {v} and no upgrade path to "
                    f"{q.SCHEMA_VERSION}; ingest into a new --db"
                )
            self._script(
                "\n".join(
                    (
                        added if v == version else "",
                        q.schema_sql(),
                        q.MIGRATIONS[v],
                        q.SET_META_VERSION.format(version=v + 1),
                        q.SET_USER_VERSION.format(version=v + 1),
                    )
                )
            )

    def _added_columns(self, version: int) -> str:
        """The ALTER TABLE statements that add the columns of versions after ``version``
        (``q.ADDED_COLUMNS``) which the store's tables lack."""
        out = []
        for since, table, column, kind in q.ADDED_COLUMNS:
            if since <= version:
                continue
            have = {row[0] for row in self._conn.execute(q.TABLE_COLUMN_NAMES, (table,))}
            if have and column not in have:
                out.append(q.ADD_COLUMN.format(table=table, column=column, type=kind))
        return "\n".join(out)

    def _script(self, sql: str) -> None:
        """Run a schema script in one transaction (``executescript`` commits on its own)."""
        try:
            self._conn.executescript(f"{q.BEGIN};\n{sql}\n;{q.COMMIT};")
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute(q.ROLLBACK)
            raise

    def _user_version(self) -> int:
        return int(self._conn.execute(q.GET_USER_VERSION).fetchone()[0])

    @property
    def schema_version(self) -> int:
        return self._user_version()

    @property
    def journal_mode(self) -> str:
        return str(self._conn.execute(q.GET_JOURNAL_MODE).fetchone()[0])

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __len__(self) -> int:
        return int(self._conn.execute(q.COUNT_DOCUMENTS).fetchone()[0])

    # -- writing ---------------------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Cursor]:
        cur = self._conn.cursor()
        try:
            cur.execute(q.BEGIN)
            yield cur
            cur.execute(q.COMMIT)
        except BaseException as exc:
            if self._conn.in_transaction:
                self._conn.execute(q.ROLLBACK)
            if isinstance(exc, sqlite3.Error):
                hint = "; another process may be writing, try again" if "locked" in str(exc) else ""
                raise StoreError(f"cannot write to {self.path} ({exc}){hint}") from exc
            raise
        finally:
            cur.close()

    def has(self, content_hash: str) -> bool:
        """Whether a document with this content hash (``Document.hash``) is stored."""
        return self._conn.execute(q.HAS_HASH, (content_hash,)).fetchone() is not None

    def add(
        self,
        record: Record,
        document: Document | None = None,
        stage_versions: Mapping[str, str] | None = None,
        *,
        replace: bool = False,
    ) -> bool:
        """Store ``record`` (of ``document``) in one transaction.

        Returns False when its content hash is already stored (nothing is written), unless
        ``replace`` is set: then the stored record is replaced by this one.
        """
        doc_hash = document.hash if document is not None else content_hash(record.text)
        d = record.to_dict()
        source = document.source if document is not None else None
        row = _document_row(d, source, doc_hash, _now(), _versions(stage_versions))
        with self._transaction() as cur:
            if replace:
                cur.execute(q.DELETE_BY_HASH, (doc_hash,))
            cur.execute(q.INSERT_DOCUMENT, row)
            if cur.rowcount == 0:
                return False
            assert cur.lastrowid is not None
            self._insert_facts(cur, [(cur.lastrowid, d)])
        return True

    def add_many(
        self,
        items: Iterable[Item],
        stage_versions: Mapping[str, str] | None = None,
        *,
        batch_size: int = 2000,
    ) -> int:
        """Store many records (``Record`` or ``(Record, Document)``), one transaction per batch.

        Content hashes already stored (or repeated in ``items``) are skipped. Returns how many
        documents were added.
        """

        def keyed() -> Iterator[_Pending]:
            for item in items:
                record, document = item if isinstance(item, tuple) else (item, None)
                if document is None:
                    yield content_hash(record.text), None, record
                else:
                    yield document.hash, document.source, record

        return self._add_batches(keyed(), stage_versions, batch_size, None)

    def add_dicts(
        self,
        items: Iterable[tuple[Mapping[str, Any], str | None]],
        stage_versions: Mapping[str, str] | None = None,
        *,
        batch_size: int = 2000,
        on_batch: Callable[[sqlite3.Cursor, set[str]], None] | None = None,
    ) -> int:
        """``add_many`` for records as dicts (``Record.to_dict()``'s shape, as ``sayso batch``
        writes them), each with its source: stored under the hash of its ``text`` without
        building ``Record`` objects. ``on_batch(cursor, hashes stored now)`` runs inside each
        batch's transaction, so what it writes commits (or rolls back) with the batch."""

        def keyed() -> Iterator[_Pending]:
            for d, source in items:
                yield content_hash(d["text"]), source, d

        return self._add_batches(keyed(), stage_versions, batch_size, on_batch)

    def _add_batches(
        self,
        items: Iterable[_Pending],
        stage_versions: Mapping[str, str] | None,
        batch_size: int,
        on_batch: Callable[[sqlite3.Cursor, set[str]], None] | None,
    ) -> int:
        versions = _versions(stage_versions)
        added = 0
        batch: list[_Pending] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                added += self._add_batch(batch, versions, on_batch)
                batch = []
        if batch:
            added += self._add_batch(batch, versions, on_batch)
        return added

    def _add_batch(
        self,
        batch: Sequence[_Pending],
        versions: str,
        on_batch: Callable[[sqlite3.Cursor, set[str]], None] | None,
    ) -> int:
        """One transaction: the documents not stored yet, their facts, their full-text entries
        (in bulk for a large batch, see ``_suspend_bulk_triggers``) and ``on_batch``'s writes."""
        first: dict[str, _Pending] = {}
        for item in batch:
            first.setdefault(item[0], item)
        with self._transaction() as cur:
            stored = {h for (h,) in cur.execute(q.STORED_HASHES, (_json(list(first)),))}
            new = [h for h in first if h not in stored]
            if new:
                now = _now()
                docs: list[tuple[str, Mapping[str, Any]]] = []
                rows: list[tuple[Any, ...]] = []
                for h in new:
                    _h, source, payload = first[h]
                    d = payload.to_dict() if isinstance(payload, Record) else payload
                    docs.append((h, d))
                    rows.append(_document_row(d, source, h, now, versions))
                triggers = self._suspend_bulk_triggers(cur) if len(new) >= BULK_FTS_MIN else None
                cur.executemany(q.INSERT_DOCUMENT, rows)
                ids = dict(cur.execute(q.DOC_IDS_FOR_HASHES, (_json(new),)).fetchall())
                self._insert_facts(cur, [(ids[h], d) for h, d in docs])
                if triggers is not None:
                    doc_ids = _json([ids[h] for h in new])
                    for sql in q.BULK_FILLS:
                        cur.execute(sql, (doc_ids,))
                    for sql in triggers:
                        cur.execute(sql)
            if on_batch is not None:
                on_batch(cur, set(new))
        return len(new)

    @staticmethod
    def _suspend_bulk_triggers(cur: sqlite3.Cursor) -> list[str] | None:
        """Drop the triggers that add each new document and attribution to the full-text
        tables and each event's actors to ``event_actors``, inside the open transaction, and
        return their SQL to create them again before it commits; the caller fills those tables
        in bulk (``BULK_FILLS``), which costs a fraction of a trigger a
        row. Schema changes are transactional in SQLite: readers
        never see the triggers missing, and a rollback or a crash (kill -9) restores them.
        None (nothing dropped) when the store's triggers are not the ones expected."""
        found = dict(cur.execute(q.BULK_TRIGGERS).fetchall())
        if sorted(found) != sorted(q.BULK_TRIGGER_NAMES):
            return None
        for name in q.BULK_TRIGGER_NAMES:
            cur.execute(q.DROP_TRIGGER[name])
        return [str(found[name]) for name in q.BULK_TRIGGER_NAMES]

    @staticmethod
    def _insert_facts(cur: sqlite3.Cursor, docs: Sequence[tuple[int, Mapping[str, Any]]]) -> None:
        """Insert the facts of records given as dicts (``Record.to_dict()``'s shape), one
        executemany per table."""
        enc = _json
        entities: list[tuple[Any, ...]] = []
        attributions: list[tuple[Any, ...]] = []
        events: list[tuple[Any, ...]] = []
        times: list[tuple[Any, ...]] = []
        divergences: list[tuple[Any, ...]] = []
        for doc, rec in docs:
            ents = rec.get("entities") or ()
            names: dict[str, str] = {}
            for e in ents:
                names.setdefault(e["id"], e["name"])
            for i, e in enumerate(ents):
                mentions = e.get("mentions") or []
                entities.append(
                    (doc, i, e["id"], e["name"], e["type"], e.get("country"), e.get("role"),
                     e.get("sector"), len(mentions), enc(mentions))
                )  # fmt: skip
            for i, a in enumerate(rec.get("attributions") or ()):
                src, cue, content = a.get("source"), a.get("cue"), a.get("content") or []
                speaker, via = a.get("speaker"), a.get("via")
                attributions.append(
                    (doc, i, a["id"], a["kind"], speaker,
                     names.get(speaker) if speaker is not None else None,
                     src["start"] if src else None, src["end"] if src else None,
                     src["text"] if src else None,
                     cue["start"] if cue else None, cue["end"] if cue else None,
                     cue["text"] if cue else None,
                     " … ".join(c["text"] for c in content), enc(content),
                     via, names.get(via) if via is not None else None)
                )  # fmt: skip
            for i, ev in enumerate(rec.get("events") or ()):
                t, source, target = ev["trigger"], ev.get("source") or [], ev.get("target") or []
                loc = ev.get("location")
                src_names = [names[x] for x in source if x in names]
                tgt_names = [names[x] for x in target if x in names]
                events.append(
                    (doc, i, ev["id"], ev["type"], ev.get("mode"), enc(source),
                     "; ".join(src_names) if src_names else None, enc(target),
                     "; ".join(tgt_names) if tgt_names else None, t["start"], t["end"], t["text"],
                     ev.get("date"), loc, names.get(loc) if loc is not None else None,
                     ev.get("attribution"))
                )  # fmt: skip
            for i, tx in enumerate(rec.get("times") or ()):
                s = tx["span"]
                times.append((doc, i, s["start"], s["end"], s["text"], tx["value"]))
            for i, dv in enumerate(rec.get("divergences") or ()):
                divergences.append(
                    (doc, i, dv["id"], dv["kind"], dv.get("about", ""),
                     enc(dv.get("asserted_by") or []), enc(dv.get("other") or []),
                     enc(dv.get("evidence") or []))
                )  # fmt: skip
        for sql, rows in (
            (q.INSERT_ENTITY, entities),
            (q.INSERT_ATTRIBUTION, attributions),
            (q.INSERT_EVENT, events),
            (q.INSERT_TIME, times),
            (q.INSERT_DIVERGENCE, divergences),
        ):
            if rows:
                cur.executemany(sql, rows)

    # -- reading ---------------------------------------------------------------------------

    def get(self, key: str) -> Record:
        """The stored record with content hash ``key``, or else with document id ``key``."""
        conn = self._conn
        row = conn.execute(q.DOCUMENT_BY_HASH, (key,)).fetchone()
        if row is None:
            rows = conn.execute(q.DOCUMENTS_BY_DOC_ID, (key,)).fetchall()
            if not rows:
                raise StoreError(
                    f"no document {key!r} in {self.path}; "
                    "`sayso query 'SELECT doc_id, hash FROM documents'` lists what is stored"
                )
            if len(rows) > 1:
                raise StoreError(
                    f"{len(rows)} documents in {self.path} have the id {key!r}; "
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
        entities = tuple(
            Entity(id=i, name=n, type=t, country=c, role=r, mentions=_spans(m), sector=sec)
            for i, n, t, c, r, sec, m in conn.execute(q.ENTITIES_OF, (rowid,))
        )
        attributions = tuple(
            Attribution(
                id=i, kind=k, source=_span(ss, se, st), speaker=sp, cue=_span(cs, ce, ct),
                content=_spans(content), via=via,
            )
            for i, k, ss, se, st, sp, cs, ce, ct, content, via
            in conn.execute(q.ATTRIBUTIONS_OF, (rowid,))
        )  # fmt: skip
        events = tuple(
            Event(
                id=i, type=t, mode=mode, source=tuple(json.loads(src)),
                target=tuple(json.loads(tgt)), trigger=Span(ts, te, tt), date=date,
                location=loc, attribution=attr,
            )
            for i, t, mode, src, tgt, ts, te, tt, date, loc, attr
            in conn.execute(q.EVENTS_OF, (rowid,))
        )  # fmt: skip
        times = tuple(
            TimeExpr(Span(s, e, t), v) for s, e, t, v in conn.execute(q.TIMES_OF, (rowid,))
        )
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
            sentences=tuple((int(a), int(b)) for a, b in json.loads(sentences)),
        )

    def _select(self, build: Any, filters: Filters) -> list[Row]:
        sql, params = build(filters)
        try:
            return self._rows(self._conn.execute(sql, params))
        except sqlite3.OperationalError as exc:
            if filters.search is None:
                raise StoreError(f"query on {self.path} failed ({exc})") from exc
            first = exc
        # Not FTS5 syntax (an apostrophe, a colon, ...): search for the words as written.
        params["search"] = q.fts_phrases(filters.search)
        try:
            return self._rows(self._conn.execute(sql, params))
        except sqlite3.OperationalError:
            raise StoreError(
                f"search {filters.search!r} is not a valid full-text query ({first}); "
                'use plain words, "a phrase", OR, NOT, or prefix*'
            ) from first

    @staticmethod
    def _rows(cur: sqlite3.Cursor) -> list[Row]:
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur]

    def quotes(
        self,
        *,
        actor: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        search: str | None = None,
        limit: int | None = None,
    ) -> list[Row]:
        """Attributions (who said what), newest article first; best match first with ``search``.

        ``actor`` matches part of the speaker's name or the speaker as written, or an entity id;
        ``since``/``until`` the article's date; ``search`` the quote and the speaker's name.
        """
        f = Filters(actor=actor, outlet=outlet, since=since, until=until, search=search,
                    limit=limit)  # fmt: skip
        return self._select(q.quotes_sql, f)

    def events(
        self,
        *,
        actor: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        search: str | None = None,
        type: str | None = None,
        limit: int | None = None,
    ) -> list[Row]:
        """Events, newest article first. ``actor`` matches a source or target; ``since``/
        ``until`` the event's date (else the article's); ``search`` the article's text."""
        f = Filters(actor=actor, outlet=outlet, since=since, until=until, search=search,
                    type=type, limit=limit)  # fmt: skip
        return self._select(q.events_sql, f)

    def actors(
        self,
        *,
        actor: str | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        search: str | None = None,
        type: str | None = None,
        limit: int | None = None,
    ) -> list[Row]:
        """Entities merged across documents by name, type and country, with how many documents
        and mentions; the most frequent role and sector. Filters narrow the documents counted."""
        f = Filters(actor=actor, outlet=outlet, since=since, until=until, search=search,
                    type=type, limit=limit)  # fmt: skip
        return self._select(q.actors_sql, f)

    # -- stories ---------------------------------------------------------------------------

    def story_documents(self) -> list[Row]:
        """Every stored document (``id`` = row id, ``hash``, ``doc_id``) with its ``story`` and
        ``copy_of`` (None before ``sayso stories`` has run on it), in the order stored."""
        return self._rows(self._conn.execute(q.STORY_DOCUMENT_LIST))

    def story_records(self, story: str) -> list[Record]:
        """The records of ``story``'s documents, earliest published first."""
        hashes = [h for (h,) in self._conn.execute(q.STORY_MEMBER_HASHES, (story,))]
        if not hashes:
            raise StoreError(
                f"no story {story!r} in {self.path}; `sayso stories --db {self.path} -f table` "
                "lists the stories"
            )
        return [self.get(h) for h in hashes]

    def story(self, story: str) -> Row | None:
        """The stored row of ``story`` (title, dates, outlets, documents), or None."""
        rows = self._rows(self._conn.execute(q.STORY_GET, (story,)))
        return rows[0] if rows else None

    def save_stories(
        self,
        assignments: Sequence[tuple[int, str, int | None]],
        summaries: Mapping[str, Mapping[str, Any]],
        *,
        replace_all: bool = False,
    ) -> None:
        """Store (document row id, story id, copy-of row id) for each document and the
        ``summaries`` (title, first_date, last_date, outlets, documents) of the stories, in one
        transaction; stories left without documents are removed. ``replace_all`` first forgets
        every stored assignment (a batch re-clustering)."""
        now = _now()
        with self._transaction() as cur:
            if replace_all:
                cur.execute(q.STORY_DELETE_ALL_DOCUMENTS)
            for story, s in summaries.items():
                cur.execute(
                    q.STORY_SAVE,
                    (story, s.get("title"), s.get("first_date"), s.get("last_date"),
                     _json(list(s.get("outlets") or [])), int(s.get("documents") or 0), now),
                )  # fmt: skip
            cur.executemany(q.STORY_SAVE_DOCUMENT, assignments)
            cur.execute(q.STORY_DELETE_EMPTY)

    # -- read-only SQL and export ----------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[Row]:
        """Rows of one read-only statement (SELECT, or a PRAGMA that reads the schema).

        Runs on a separate read-only connection; anything that would write, attach another
        file or open a transaction is refused with a StoreError.
        """
        denied: list[str] = []

        def authorize(action: int, arg1: str | None, arg2: str | None, *_: Any) -> int:
            if action in _READ_ACTIONS:
                return sqlite3.SQLITE_OK
            if action == sqlite3.SQLITE_PRAGMA and (
                arg1 in _SCHEMA_PRAGMAS or (arg2 is None and arg1 in _READ_PRAGMAS)
            ):
                return sqlite3.SQLITE_OK
            if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
                return sqlite3.SQLITE_OK  # how FTS5 declares its table; SQLite forbids real ones
            denied.append(_ACTION_NAMES.get(action, f"action {action}"))
            return sqlite3.SQLITE_DENY

        conn = self._conn if self._memory else self._readonly_connection()
        try:
            conn.execute(q.PRAGMA_QUERY_ONLY)
            conn.set_authorizer(authorize)
            try:
                return self._rows(conn.execute(sql, params))
            except (sqlite3.Error, sqlite3.Warning) as exc:
                if denied:
                    verb = (sql.split() or ["?"])[0].upper()
                    what = denied[0] if verb in ("SELECT", "WITH", "VALUES") else verb
                    raise StoreError(
                        f"`sayso query` is read-only: {what} is not allowed; "
                        "use SELECT (the store is written by `sayso ingest`)"
                    ) from exc
                msg = " ".join(str(exc).split())
                raise StoreError(f"query failed: {msg}") from exc
        finally:
            conn.set_authorizer(None)
            if conn is self._conn:
                conn.execute(q.PRAGMA_WRITABLE)
            else:
                conn.close()

    def _readonly_connection(self) -> sqlite3.Connection:
        uri = self.path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        try:
            conn.execute(q.PRAGMA_BUSY_TIMEOUT)
        except BaseException:
            conn.close()
            raise
        return conn

    def _table_sql(self, table: str) -> str:
        if table not in q.EXPORT:
            raise StoreError(f"unknown table {table!r}; use one of: {', '.join(TABLES)}")
        return q.EXPORT[table]

    def rows(self, table: str) -> Iterator[Row]:
        """Every row of ``table`` (child tables with their document's ``doc_id``)."""
        sql = self._table_sql(table)

        def generate() -> Iterator[Row]:
            cur = self._conn.execute(sql)
            cols = [d[0] for d in cur.description]
            for row in cur:
                yield dict(zip(cols, row, strict=True))

        return generate()

    def export(
        self,
        table: str,
        path: str | Path | None = None,
        *,
        fmt: str | None = None,
        out: IO[str] | None = None,
    ) -> int:
        """Write ``table``'s stored rows to ``path`` (.jsonl, .csv or .parquet; ``fmt`` names the
        format outright), or with no path to ``out`` (default stdout) as jsonl or csv; returns
        the number of rows. The event table and PLOVER are :meth:`export_events`."""
        sql = self._table_sql(table)
        kind = output_format(path, fmt)
        if kind == "plover":
            raise ConfigError(
                f"-f plover writes the event table only (`sayso export events -f plover`), "
                f"not the stored rows of {table}"
            )
        cur = self._conn.execute(sql)
        try:
            cols = [d[0] for d in cur.description]
            rows = (dict(zip(cols, r, strict=True)) for r in cur)
            return self._write(path, rows, cols, kind, out)
        finally:
            cur.close()

    @staticmethod
    def _write(
        path: str | Path | None,
        rows: Iterable[Row],
        cols: Sequence[str],
        kind: str,
        out: IO[str] | None,
    ) -> int:
        if path is not None:
            return write_rows(path, rows, cols, kind)
        return write_stream(out if out is not None else sys.stdout, rows, cols, kind)

    def _event_table(self) -> tuple[list[str], Generator[Row, None, None]]:
        cur = self._conn.execute(q.EVENT_TABLE)
        names = [d[0] for d in cur.description]
        cols = [c for c in names if c != "doc_pk"]

        def generate() -> Generator[Row, None, None]:
            doc, record = None, Record("", "")
            try:
                for values in cur:
                    row = dict(zip(names, values, strict=True))
                    if row["doc_pk"] != doc:
                        doc, record = row["doc_pk"], self.get(row["doc_hash"])
                    del row["doc_pk"]
                    start, end = record.sentence_of(row["trigger_start"], row["trigger_end"])
                    row.update(
                        evidence_start=start, evidence_end=end, evidence_text=record.text[start:end]
                    )
                    yield row
            finally:
                cur.close()

        return cols, generate()

    def event_table(self) -> Iterator[Row]:
        """Every event as one flat row, GDELT style, in document order: its document (doc_id,
        doc_hash, published, outlet, url), event_id, date (its own, else None), type, mode,
        source and target (names, entity ids, countries, roles, sectors: several joined with
        ";"),
        location and its country, the trigger's offsets and text, the evidence sentence (the one
        holding the trigger: evidence_start, evidence_end, evidence_text, offsets into the
        document's text) and the attribution the event rests on (id, speaker, cue, via)."""
        return self._event_table()[1]

    def export_events(
        self,
        path: str | Path | None = None,
        *,
        fmt: str | None = None,
        out: IO[str] | None = None,
    ) -> int:
        """Write :meth:`event_table` to ``path`` or ``out`` (as :meth:`export`), or with ``fmt``
        "plover" as PLOVER-style JSON Lines (see :func:`sayso.export.plover_event`)."""
        kind = output_format(path, fmt)
        cols, rows = self._event_table()
        try:
            plover = (plover_event(r) for r in rows) if kind == "plover" else rows
            return self._write(path, plover, cols, kind, out)
        finally:
            rows.close()

    # -- web app reads (sayso serve) -------------------------------------------------------

    def _fts(self, sql: str, params: dict[str, Any], search: str | None) -> sqlite3.Cursor:
        """Run ``sql``; a search that is not FTS5 syntax is retried as plain words."""
        try:
            return self._conn.execute(sql, params)
        except sqlite3.OperationalError as exc:
            if search is None:
                raise StoreError(f"query on {self.path} failed ({exc})") from exc
            first = exc
        try:
            return self._conn.execute(sql, {**params, "search": q.fts_phrases(search)})
        except sqlite3.OperationalError:
            raise StoreError(
                f"search {search!r} is not a valid full-text query ({first}); "
                'use plain words, "a phrase", OR, NOT, or prefix*'
            ) from first

    def _page(
        self, built: tuple[str, str, dict[str, Any]], f: WebFilters, limit: int, offset: int
    ) -> tuple[list[Row], int]:
        rows_sql, count_sql, params = built
        total = int(self._fts(count_sql, params, f.search).fetchone()[0])
        page = {**params, "limit": limit, "offset": offset}
        return self._rows(self._fts(rows_sql, page, f.search)), total

    def search_articles(
        self, f: WebFilters, *, limit: int = 20, offset: int = 0
    ) -> tuple[list[Row], int]:
        """Articles matching ``f`` (best match first with a search) and how many match."""
        return self._page(q.web_articles_sql(f), f, limit, offset)

    def search_quotes(
        self, f: WebFilters, *, limit: int = 20, offset: int = 0
    ) -> tuple[list[Row], int]:
        """Quotes matching ``f`` (best match first with a search) and how many match."""
        return self._page(q.web_quotes_sql(f), f, limit, offset)

    def document_text(self, rowid: int) -> str:
        row = self._conn.execute(q.WEB_ARTICLE_TEXT, (rowid,)).fetchone()
        return str(row[0]) if row is not None else ""

    def event_rows(
        self, f: WebFilters, *, limit: int | None = 50, offset: int = 0
    ) -> tuple[list[Row], int]:
        """Events matching ``f``, newest first, and how many match."""
        rows_sql, count_sql, _network, params = q.web_events_sql(f)
        return self._page((rows_sql, count_sql, params), f, -1 if limit is None else limit, offset)

    def iter_event_rows(self, f: WebFilters) -> Iterator[Row]:
        """Every event matching ``f``, newest first, one row at a time (no count)."""
        rows_sql, _count, _network, params = q.web_events_sql(f)
        cur = self._fts(rows_sql, {**params, "limit": -1, "offset": 0}, f.search)
        cols = [d[0] for d in cur.description]
        try:
            for row in cur:
                yield dict(zip(cols, row, strict=True))
        finally:
            cur.close()

    def event_pairs(self, f: WebFilters) -> list[Row]:
        """(source names, target names, count) over the events matching ``f``."""
        _rows, _count, network_sql, params = q.web_events_sql(f)
        return self._rows(self._fts(network_sql, params, f.search))

    def actor_profile(self, name: str, *, limit: int = 100) -> dict[str, list[Row]]:
        """Everything stored about the actor called ``name`` (any case), across documents:
        its resolved types, countries, roles and sectors, its quotes and the events it is a
        source or a target of (``limit`` newest of each), with counts by outlet and month and
        the names on the other side of its events over all of them."""
        conn = self._conn
        p = {"name": name, "limit": limit}
        return {
            "entities": self._rows(conn.execute(q.WEB_ACTOR_PROFILE, p)),
            "quotes": self._rows(conn.execute(q.WEB_ACTOR_QUOTES, p)),
            "quote_counts": self._rows(conn.execute(q.WEB_ACTOR_QUOTE_COUNTS, p)),
            "as_source": self._rows(conn.execute(q.WEB_ACTOR_EVENTS_AS_SOURCE, p)),
            "as_target": self._rows(conn.execute(q.WEB_ACTOR_EVENTS_AS_TARGET, p)),
            "event_counts": self._rows(conn.execute(q.WEB_ACTOR_EVENT_COUNTS_AS_SOURCE, p)),
            "targets": self._rows(conn.execute(q.WEB_ACTOR_TARGETS, p)),
            "sources": self._rows(conn.execute(q.WEB_ACTOR_SOURCES, p)),
        }

    def facets(self) -> dict[str, list[Row]]:
        """Outlets and countries stored, most frequent first (for filter menus)."""
        return {
            "outlets": self._rows(self._conn.execute(q.WEB_OUTLETS)),
            "countries": self._rows(self._conn.execute(q.WEB_COUNTRIES)),
        }

    def has_stories(self) -> bool:
        """Whether the store holds any story (``sayso stories`` has run and found some)."""
        if self._conn.execute(q.WEB_TABLE_EXISTS, ("stories",)).fetchone() is None:
            return False
        return bool(self._conn.execute(q.WEB_STORIES_ANY).fetchone()[0])

    def stories(self, *, limit: int = 500) -> list[Row]:
        """The stored stories as rows (empty when there are none)."""
        if not self.has_stories():
            return []
        return self._rows(self._conn.execute(q.WEB_STORIES, {"limit": limit}))
