"""The embedded store: records in SQLite (WAL mode: one writer, many readers across processes).

``Store(path)`` opens or creates the file (``read_only=True``: opens it as it is, to read). Each
stored document is one transaction, keyed by the hash of its input text, so an interrupted ingest
keeps everything committed before it and a re-run adds nothing twice. ``Store.get`` gives back a
Record equal to the one added; :func:`migrate` upgrades an older store.

``Store`` is the one class to import; it delegates to the modules of this package, each a set
of functions over the open file (``db.py``):

- ``schema.py``: opening, the versioned schema (``schema.sql``) and its upgrades;
- ``load.py``: adding records, one at a time or in bulk batches;
- ``records.py``: reading one record back;
- ``filters.py``: the one :class:`Filters` and query builder of the CLI's lists and the web's;
- ``search.py``: the web app's pages, network, actor profiles and filter menus;
- ``stories.py``: stories; ``export.py``: tables to files; ``sandbox.py``: read-only SQL;
- ``corrections.py``: the user's corrections (``sayso fix``), laid over records by ``overlay.py``
  whenever a document's facts are written, so every read sees them;
- ``sidecar.py``: feed state, fingerprints and copies (over this class's public API).

All SQL is in ``queries.py``; the schema in ``schema.sql``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Unpack

from ..config import DURABLE_ENV, Settings, env_flag
from ..types import Document, Record, content_hash
from . import corrections as _corrections
from . import export as _export
from . import filters as _filters
from . import load as _load
from . import queries as q
from . import records as _records
from . import sandbox as _sandbox
from . import search as _search
from . import stories as _stories
from .db import Params, Row, Value
from .export import TABLES
from .filters import FilterArgs, FilterError, Filters
from .load import BULK_FTS_MIN, OnBatch, Pending
from .rows import (
    ActorProfile,
    ArticleHit,
    EventHit,
    EventPair,
    Facets,
    QuoteHit,
    StoryRow,
)
from .schema import NoStore, migrate, open_db

__all__ = [
    "BULK_FTS_MIN",
    "TABLES",
    "FilterError",
    "Filters",
    "NoStore",
    "Row",
    "Store",
    "Value",
    "migrate",
]

Item = Record | tuple[Record, Document | None]


def _filters_of(filters: Filters | None, given: FilterArgs) -> Filters:
    if filters is None:
        return Filters(**given)
    if given:
        raise TypeError("pass a Filters or filter keywords, not both")
    return filters


class Store:
    """A Sayso SQLite store. Use as a context manager, or call ``close()``.

    ``path`` defaults to ``$SAYSO_DB`` or ``sayso.db``; ``":memory:"`` gives a private store.
    With ``create=False`` a missing file is an error (:class:`NoStore`) instead of a new, empty
    store. With ``read_only=True`` the file is opened as it is, on a connection that can only
    read it (a ``mode=ro`` URI, as every reading command and the web app open it): it is never
    created, set up or upgraded, so an empty store, or one of an older schema (see
    :func:`migrate`), is a StoreError; it works on a store the user may read but not write.

    Durability: the store runs in WAL mode with ``synchronous=NORMAL``. A commit survives the
    process being killed; after a power loss or an OS crash the last commits before it may be
    rolled back, but the file is never corrupt. ``durable=True`` (default: ``$SAYSO_DURABLE=1``)
    sets ``synchronous=FULL``: each commit is synced to disk before it returns (one fsync per
    stored document), so a power loss undoes nothing that was committed.
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        create: bool = True,
        read_only: bool = False,
        durable: bool | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else Settings.from_env().db
        memory = str(path) == ":memory:"
        self._db = open_db(self.path, memory=memory, create=create, read_only=read_only)
        if durable or (durable is None and env_flag(DURABLE_ENV)):
            self._db.execute(q.PRAGMA_SYNCHRONOUS_FULL)

    # -- the file --------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return self._db.user_version()

    @property
    def journal_mode(self) -> str:
        return str(self._db.scalar(q.GET_JOURNAL_MODE))

    @property
    def synchronous(self) -> str:
        """This connection's ``PRAGMA synchronous``: "normal", or "full" when durable."""
        level = int(str(self._db.scalar(q.GET_SYNCHRONOUS)))
        return {0: "off", 1: "normal", 2: "full", 3: "extra"}.get(level, str(level))

    def close(self) -> None:
        self._db.close()

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
        return int(str(self._db.scalar(q.COUNT_DOCUMENTS)))

    def transaction(self) -> AbstractContextManager[sqlite3.Cursor]:
        """One write transaction: ``with store.transaction() as cur:`` what ``cur`` writes
        commits at the end of the block, or none of it on an error (a StoreError for SQLite's
        own). For statements of the store's SQL (``queries.py``)."""
        return self._db.transaction()

    def read(self, sql: str, params: Params = ()) -> list[Row]:
        """The rows of one statement of the store's SQL (``queries.py``) on this connection.
        SQL from elsewhere goes through :meth:`query`, which refuses anything but reading."""
        return self._db.rows(sql, params)

    # -- writing ---------------------------------------------------------------------------

    def has(self, content_hash: str) -> bool:
        """Whether a document with this content hash (``Document.hash``) is stored."""
        return self._db.one(q.HAS_HASH, (content_hash,)) is not None

    def stale_documents(self, stage_versions: Mapping[str, str]) -> Iterator[Document]:
        """The input (text and stored metadata) of every stored document whose stage versions
        are not ``stage_versions``, in the order stored; all are chosen before the first is
        read, so their records may be replaced meanwhile (``sayso ingest --rerun-stale``)."""
        versions = _load.versions_text(stage_versions)
        ids = [i for (i,) in self._db.execute(q.STALE_DOCUMENT_IDS, (versions,)).fetchall()]
        for rowid in ids:
            row = self._db.one(q.DOCUMENT_INPUT, (rowid,))
            if row is not None:
                doc_id, text, *rest = (None if v is None else str(v) for v in row)
                yield Document(str(doc_id), str(text), *rest)

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
        return _load.add(self._db, record, document, stage_versions, replace=replace)

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

        def keyed() -> Iterator[Pending]:
            for item in items:
                record, document = item if isinstance(item, tuple) else (item, None)
                if document is None:
                    yield content_hash(record.text), None, record
                else:
                    yield document.hash, document.source, record

        return _load.add_batches(self._db, keyed(), stage_versions, batch_size, None)

    def add_dicts(
        self,
        items: Iterable[tuple[Mapping[str, Any], str | None]],
        stage_versions: Mapping[str, str] | None = None,
        *,
        batch_size: int = 2000,
        on_batch: OnBatch | None = None,
    ) -> int:
        """``add_many`` for records as dicts (``Record.to_dict()``'s shape, as ``sayso batch``
        writes them), each with its source: stored under the hash of its ``text`` without
        building ``Record`` objects. ``on_batch(cursor, hashes stored now)`` runs inside each
        batch's transaction, so what it writes commits (or rolls back) with the batch."""

        def keyed() -> Iterator[Pending]:
            for d, source in items:
                yield content_hash(d["text"]), source, d

        return _load.add_batches(self._db, keyed(), stage_versions, batch_size, on_batch)

    # -- reading ---------------------------------------------------------------------------

    def get(self, key: str) -> Record:
        """The stored record with content hash ``key``, or else with document id ``key``."""
        return _records.get(self._db, key)

    def document_text(self, rowid: int) -> str:
        """The text of the document with this row id (``documents.id``), "" when none."""
        return _records.document_text(self._db, rowid)

    def sentences_of(self, rowid: int) -> Record:
        """The text and sentences of the document with this row id (``documents.id``), as a
        Record with no facts (empty when none): what finding a sentence needs, read without
        the document's facts."""
        return _records.sentences_of(self._db, rowid)

    # -- filtered lists (sayso quotes|events|actors) ---------------------------------------

    def quotes(self, filters: Filters | None = None, /, **given: Unpack[FilterArgs]) -> list[Row]:
        """Attributions (who said what), newest article first; best match first with ``search``.

        Narrowed by ``filters`` or the same as keywords (see :class:`Filters`): ``actor`` the
        speaker (part of its name or as written, or its entity id); ``since``/``until`` the
        article's date; ``search`` the quote and the speaker's name.
        """
        return _filters.rows(self._db, q.CLI_QUOTES, _filters_of(filters, given))

    def events(self, filters: Filters | None = None, /, **given: Unpack[FilterArgs]) -> list[Row]:
        """Events, newest article first, each with the sentence of its trigger and the speaker
        it rests on. ``actor`` matches a source or target; ``since``/``until`` the event's date
        (else the article's); ``search`` the article's text."""
        rows = _filters.rows(self._db, q.CLI_EVENTS, _filters_of(filters, given))
        return _records.with_sentences(self._db, rows)

    def actors(self, filters: Filters | None = None, /, **given: Unpack[FilterArgs]) -> list[Row]:
        """Entities merged across documents by name, type and country, with how many documents
        and mentions; the most frequent role and sector. ``type`` is the entity's type; the
        other filters narrow the documents counted."""
        return _filters.rows(self._db, q.CLI_ACTORS, _filters_of(filters, given))

    # -- web app reads (sayso serve) -------------------------------------------------------

    def search_articles(
        self, f: Filters, *, limit: int = 20, offset: int = 0
    ) -> tuple[list[ArticleHit], int]:
        """Articles matching ``f`` (best match first with a search) and how many match."""
        return _search.search_articles(self._db, f, limit=limit, offset=offset)

    def search_quotes(
        self, f: Filters, *, limit: int = 20, offset: int = 0
    ) -> tuple[list[QuoteHit], int]:
        """Quotes matching ``f`` (best match first with a search) and how many match."""
        return _search.search_quotes(self._db, f, limit=limit, offset=offset)

    def event_rows(
        self, f: Filters, *, limit: int | None = 50, offset: int = 0
    ) -> tuple[list[EventHit], int]:
        """Events matching ``f``, newest first, and how many match."""
        return _search.event_rows(self._db, f, limit=limit, offset=offset)

    def iter_event_rows(self, f: Filters) -> Iterator[EventHit]:
        """Every event matching ``f``, newest first, one row at a time (no count)."""
        return _search.iter_event_rows(self._db, f)

    def event_pairs(self, f: Filters) -> list[EventPair]:
        """(source names, target names, type, count) over the events matching ``f``."""
        return _search.event_pairs(self._db, f)

    def event_evidence(self, rows: Iterable[EventHit]) -> list[dict[str, str | None]]:
        """For each of ``event_rows``' rows: the sentence holding its trigger (before, trigger,
        after) and the speaker, cue and channel of the attribution it rests on."""
        return _search.event_evidence(self._db, rows)

    def names_mentioned(self, names: Iterable[str], least: int) -> set[str]:
        """The names (of ``names``) that the store mentions ``least`` times or more."""
        return _search.names_mentioned(self._db, names, least)

    def actor_profile(
        self, name: str, kind: str | None = None, *, limit: int = 100
    ) -> ActorProfile:
        """Everything stored about the actor called ``name`` (any case) of type ``kind`` (else
        the name's most documented type), across documents: its resolved countries, roles and
        sectors, its surface forms, its quotes and the events it is a source or a target of
        (``limit`` newest of each), what it said and did by outlet and month (the one source of
        its counts), and the names on the other side of its events."""
        return _search.actor_profile(self._db, name, kind, limit=limit)

    def facets(self) -> Facets:
        """Outlets and countries stored, most frequent first (for filter menus)."""
        return _search.facets(self._db)

    # -- stories ---------------------------------------------------------------------------

    def story_documents(self) -> list[dict[str, Any]]:
        """Every stored document (``id`` = row id, ``hash``, ``doc_id``) with its ``story`` and
        ``copy_of`` (None before ``sayso stories`` has run on it), in the order stored."""
        return _stories.story_documents(self._db)

    def story_records(self, story: str) -> list[Record]:
        """The records of ``story``'s documents, earliest published first."""
        return [self.get(h) for h in _stories.story_hashes(self._db, story)]

    def story_hashes(self, story: str) -> list[str]:
        """The content hashes of ``story``'s documents, earliest published first."""
        return _stories.story_hashes(self._db, story)

    def story_ids(self) -> list[str]:
        """The ids of every stored story."""
        return _stories.story_ids(self._db)

    def save_comparison(
        self, story: str, members: Sequence[str], version: str, data: Mapping[str, object]
    ) -> None:
        """Keep the comparison ``data`` of ``story`` (``sayso.compare.stored``), computed from
        the documents of content hashes ``members`` by compare version ``version``."""
        _stories.save_comparison(self._db, story, members, version, data)

    def comparison(self, story: str, members: Sequence[str], version: str) -> dict[str, Any] | None:
        """The kept comparison of ``story`` if it was computed from exactly ``members`` (content
        hashes, in order) by ``version``, else None."""
        return _stories.comparison(self._db, story, members, version)

    def story(self, story: str) -> StoryRow | None:
        """The stored row of ``story`` (title, dates, outlets, documents), or None."""
        return _stories.story(self._db, story)

    def save_stories(
        self,
        assignments: Sequence[tuple[int, str, int | None]],
        summaries: Mapping[str, Mapping[str, object]],
        *,
        replace_all: bool = False,
    ) -> None:
        """Store (document row id, story id, copy-of row id) for each document and the
        ``summaries`` (title, first_date, last_date, outlets, documents) of the stories, in one
        transaction; stories left without documents are removed. ``replace_all`` first forgets
        every stored assignment (a batch re-clustering)."""
        _stories.save_stories(self._db, assignments, summaries, replace_all=replace_all)

    def has_stories(self) -> bool:
        """Whether the store holds any story (``sayso stories`` has run and found some)."""
        return _stories.has_stories(self._db)

    def stories(self, *, limit: int = 500) -> list[StoryRow]:
        """The stored stories as rows (empty when there are none)."""
        return _stories.stories(self._db, limit=limit)

    # -- corrections (sayso fix) ----------------------------------------------------------

    def fix_speaker(self, ref: str, actor: str, actor_type: str = "PERSON") -> int:
        """The attribution ``ref`` (DOC:ID, as the ``ref`` column of :meth:`quotes`) was said
        by ``actor`` (an entity id or name of its document, or a name written in it). Returns
        the correction's id; every read sees it from now on, and after a new extraction too."""
        return _corrections.speaker(self._db, ref, actor, actor_type)

    def fix_merge(self, ref_a: str, ref_b: str) -> int:
        """The actor ``ref_a`` (DOC:ACTOR: an entity id or name) is the actor ``ref_b`` (DOC:ACTOR,
        or ACTOR of the same document)."""
        return _corrections.merge(self._db, ref_a, ref_b)

    def fix_split(self, ref: str, mention: str, name: str | None = None) -> int:
        """The mentions ``mention`` (START-END, or every mention written so) of the actor ``ref``
        are of another actor, called ``name`` (default: as written)."""
        return _corrections.split(self._db, ref, mention, name)

    def fix_drop(self, ref: str) -> int:
        """The event ``ref`` (DOC:ID, as the ``ref`` column of :meth:`events`) is no event."""
        return _corrections.drop(self._db, ref)

    def corrections(self) -> list[Row]:
        """Every correction, oldest first: id, kind, what it says, its document."""
        return _corrections.listing(self._db)

    def undo_correction(self, correction_id: int) -> Row:
        """Remove a correction (its document's facts are written again without it)."""
        return _corrections.undo(self._db, correction_id)

    def correction_gold(self) -> Iterator[dict[str, Any]]:
        """The corrected documents as attribution gold (``sayso eval attributions``)."""
        return _corrections.gold(self._db)

    # -- read-only SQL and export ----------------------------------------------------------

    def query(self, sql: str, params: Params = ()) -> list[Row]:
        """Rows of one read-only statement (SELECT, or a PRAGMA that reads the schema).

        Runs on a separate read-only connection; anything that would write, attach another
        file or open a transaction is refused with a StoreError.
        """
        return _sandbox.query(self._db, sql, params)

    def rows(self, table: str) -> Iterator[Row]:
        """Every row of ``table`` (child tables with their document's ``doc_id``)."""
        return _export.rows(self._db, table)

    def export(
        self,
        table: str,
        path: str | Path | None = None,
        *,
        fmt: str | None = None,
        out: IO[str] | None = None,
        min_confidence: float = 0.0,
    ) -> int:
        """Write ``table``'s stored rows to ``path`` (.jsonl, .csv or .parquet; ``fmt`` names the
        format outright), or with no path to ``out`` (default stdout) as jsonl or csv; returns
        the number of rows. Entities, attributions and events below ``min_confidence`` are left
        out. The event table and PLOVER are :meth:`export_events`."""
        return _export.export(
            self._db, table, path, fmt=fmt, out=out, min_confidence=min_confidence
        )

    def event_table(self, min_confidence: float = 0.0) -> Iterator[Row]:
        """Every event as one flat row, GDELT style, in document order: its document (doc_id,
        doc_hash, published, outlet, url), event_id, date (its own, else None), type, mode,
        source and target (names, entity ids, countries, roles, sectors: several joined with
        ";"), location and its country, the trigger's offsets and text, the evidence sentence
        (the one holding the trigger: evidence_start, evidence_end, evidence_text, offsets into
        the document's text), the attribution the event rests on (id, speaker, cue, via) and
        its confidence; events below ``min_confidence`` are left out."""
        return _export.event_table(self._db, min_confidence)

    def export_events(
        self,
        path: str | Path | None = None,
        *,
        fmt: str | None = None,
        out: IO[str] | None = None,
        min_confidence: float = 0.0,
    ) -> int:
        """Write :meth:`event_table` to ``path`` or ``out`` (as :meth:`export`), or with ``fmt``
        "plover" as PLOVER-style JSON Lines (see :func:`sayso.export.plover_event`)."""
        return _export.export_events(
            self._db, path, fmt=fmt, out=out, min_confidence=min_confidence
        )
