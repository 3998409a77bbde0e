"""Every SQL statement Sayso runs. The schema itself is ``schema.sql`` beside this file.

Statements are named constants; the lists that filters narrow (quotes, events, actors, articles)
are a ``Listing`` of clauses per kind and a ``View`` per caller, joined by ``select`` (which
clauses is for ``filters.py`` to say; values always go in as parameters, never into the SQL text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

SCHEMA_VERSION = 11
APPLICATION_ID = 1935767919  # b"sayo"

# Fills event_actors for the events a version 2 store holds.
EVENT_ACTORS_BACKFILL = """
INSERT OR IGNORE INTO event_actors (event, side, entity, name, country)
SELECT e.pk, 'source', x.id, x.name, x.country
FROM events e, json_each(e.source_ids) j JOIN entities x ON x.doc = e.doc AND x.id = j.value;
INSERT OR IGNORE INTO event_actors (event, side, entity, name, country)
SELECT e.pk, 'target', x.id, x.name, x.country
FROM events e, json_each(e.target_ids) j JOIN entities x ON x.doc = e.doc AND x.id = j.value;
"""

# Upgrades. Every statement of schema.sql is idempotent (IF NOT EXISTS, INSERT OR IGNORE), so an
# upgrade from version v runs schema.sql again, which creates what v lacks (v2: the story tables;
# v3: event_actors, its indexes and trigger), then MIGRATIONS[v], the data steps that take the
# store from v to v + 1 (the Store sets the version numbers). Columns added to a table that
# already existed are ADDED_COLUMNS: ALTER TABLE has no IF NOT EXISTS, so the Store adds each
# one the store's table lacks, before the upgrade's first run of schema.sql (which may index it).
# v4: entities.sector; the entities stored before keep NULL (unknown) until ingested again.
# v5: the side tables of web and batch ingest (feed_items, fingerprints, copies), which earlier
# versions created outside the versioned schema on first use: schema.sql creates them where they
# are missing and keeps them (and their rows) where they are not.
# v6: documents.sentences; the documents stored before keep '[]', read as one sentence a line
# (Record.sentences) until ingested again.
# v7: the corrections tables (corrections, corrected_records), created by schema.sql, empty.
# v8: claims (store/claims.py), the documents concurrent ingests are extracting.
# v9: entities.resolved (how each mention was resolved); the entities stored before keep '[]'
# (not said) until ingested again.
# v10: entities, attributions and events .confidence; the facts stored before keep 1.0 (not
# said, as a record without the field reads) until ingested again.
# v11: story_comparisons, created by schema.sql, empty (the story pages compare live until
# `sayso stories` fills it).
MIGRATIONS: dict[int, str] = {
    1: "",
    2: EVENT_ACTORS_BACKFILL,
    3: "",
    4: "",
    5: "",
    6: "",
    7: "",
    8: "",
    9: "",
    10: "",
}
SET_META_VERSION = "UPDATE meta SET value = '{version:d}' WHERE key = 'schema_version';"
# (the version that added it, table, column, column type)
ADDED_COLUMNS: tuple[tuple[int, str, str, str], ...] = (
    (4, "entities", "sector", "TEXT"),
    (6, "documents", "sentences", "TEXT NOT NULL DEFAULT '[]'"),
    (9, "entities", "resolved", "TEXT NOT NULL DEFAULT '[]'"),
    (10, "entities", "confidence", "REAL NOT NULL DEFAULT 1.0"),
    (10, "attributions", "confidence", "REAL NOT NULL DEFAULT 1.0"),
    (10, "events", "confidence", "REAL NOT NULL DEFAULT 1.0"),
)
TABLE_COLUMN_NAMES = "SELECT name FROM pragma_table_info(?)"
ADD_COLUMN = "ALTER TABLE {table} ADD COLUMN {column} {type};"


@cache
def schema_sql() -> str:
    return resources.files("sayso.store").joinpath("schema.sql").read_text(encoding="utf-8")


# -- connection and schema -------------------------------------------------------------------

PRAGMA_WAL = "PRAGMA journal_mode=WAL"
PRAGMA_SYNCHRONOUS = "PRAGMA synchronous=NORMAL"  # WAL: power loss may undo the last commits
PRAGMA_SYNCHRONOUS_FULL = "PRAGMA synchronous=FULL"  # --durable: every commit synced to disk
GET_SYNCHRONOUS = "PRAGMA synchronous"
PRAGMA_FOREIGN_KEYS = "PRAGMA foreign_keys=ON"
PRAGMA_BUSY_TIMEOUT = "PRAGMA busy_timeout=5000"
PRAGMA_QUERY_ONLY = "PRAGMA query_only=1"
PRAGMA_WRITABLE = "PRAGMA query_only=0"
GET_JOURNAL_MODE = "PRAGMA journal_mode"
GET_USER_VERSION = "PRAGMA user_version"
GET_APPLICATION_ID = "PRAGMA application_id"
COUNT_SCHEMA_OBJECTS = "SELECT count(*) FROM sqlite_schema"
SET_USER_VERSION = "PRAGMA user_version = {version:d}"  # PRAGMA takes no parameters
BEGIN = "BEGIN IMMEDIATE"
COMMIT = "COMMIT"
ROLLBACK = "ROLLBACK"
SET_META = "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"
GET_META = "SELECT value FROM meta WHERE key = ?"

# -- writing ---------------------------------------------------------------------------------

HAS_HASH = "SELECT 1 FROM documents WHERE hash = ?"
STORED_HASHES = "SELECT hash FROM documents WHERE hash IN (SELECT value FROM json_each(?))"
DOC_IDS_FOR_HASHES = "SELECT hash, id FROM documents WHERE hash IN (SELECT value FROM json_each(?))"
DELETE_BY_HASH = "DELETE FROM documents WHERE hash = ?"
COUNT_DOCUMENTS = "SELECT count(*) FROM documents"

INSERT_DOCUMENT = """
INSERT OR IGNORE INTO documents
    (hash, doc_id, source, title, published, url, outlet, language, text, body, flags,
     ingested_at, stage_versions, sentences)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
INSERT_ENTITY = """
INSERT INTO entities
    (doc, ord, id, name, type, country, role, sector, mention_count, mentions, resolved,
     confidence)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
INSERT_ATTRIBUTION = """
INSERT INTO attributions
    (doc, ord, id, kind, speaker, speaker_name, source_start, source_end, source_text,
     cue_start, cue_end, cue_text, content, content_spans, via, via_name, confidence)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
INSERT_EVENT = """
INSERT INTO events
    (doc, ord, id, type, mode, source_ids, source_names, target_ids, target_names,
     trigger_start, trigger_end, trigger_text, date, location, location_name, attribution,
     confidence)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
INSERT_TIME = """
INSERT INTO times (doc, ord, span_start, span_end, span_text, value) VALUES (?, ?, ?, ?, ?, ?)
"""
INSERT_DIVERGENCE = """
INSERT INTO divergences (doc, ord, id, kind, about, asserted_by, other, evidence)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
"""

# Bulk loading (Store._suspend_bulk_triggers): the triggers that add each new document and
# attribution to the full-text tables, and each event's actors to event_actors, are dropped
# inside a batch's transaction, the batch's rows are added to those tables by one statement each
# (BULK_FILLS), and the triggers are created again from the SQL the store holds, before the
# transaction commits.
BULK_TRIGGER_NAMES = ("documents_ai", "attributions_ai", "events_actors_ai")
BULK_TRIGGERS = f"""
SELECT name, sql FROM sqlite_schema
WHERE type = 'trigger' AND name IN ({", ".join(f"'{n}'" for n in BULK_TRIGGER_NAMES)})
"""
DROP_TRIGGER = {name: f"DROP TRIGGER {name}" for name in BULK_TRIGGER_NAMES}
# each takes the JSON list of the batch's document ids
FTS_FILL_ARTICLES = """
INSERT INTO articles_fts(rowid, title, text)
SELECT id, title, text FROM documents WHERE id IN (SELECT value FROM json_each(?))
"""
FTS_FILL_QUOTES = """
INSERT INTO quotes_fts(rowid, content, speaker_name)
SELECT pk, content, speaker_name FROM attributions WHERE doc IN (SELECT value FROM json_each(?))
"""
# what events_actors_ai does for one event, for the events of the batch's documents
EVENT_ACTORS_FILL = tuple(
    f"""
INSERT OR IGNORE INTO event_actors (event, side, entity, name, country)
SELECT e.pk, '{side}', x.id, x.name, x.country
FROM events e, json_each(e.{side}_ids) j JOIN entities x ON x.doc = e.doc AND x.id = j.value
WHERE e.doc IN (SELECT value FROM json_each(?))
"""
    for side in ("source", "target")
)
BULK_FILLS = (FTS_FILL_ARTICLES, FTS_FILL_QUOTES, *EVENT_ACTORS_FILL)

# -- reading one record ----------------------------------------------------------------------

_DOCUMENT_COLUMNS = (
    "id, hash, doc_id, source, title, published, url, outlet, language, text, body, flags, "
    "ingested_at, stage_versions, sentences"
)
DOCUMENT_BY_HASH = f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE hash = ?"
# documents extracted by other stage versions than the given JSON object (sayso ingest
# --rerun-stale), and the input of one of them: its text and the metadata stored with it
STALE_DOCUMENT_IDS = (
    "SELECT id FROM documents WHERE json(stage_versions) IS NOT json(?) ORDER BY id"
)
DOCUMENT_INPUT = (
    "SELECT doc_id, text, published, title, url, outlet, language, source FROM documents "
    "WHERE id = ?"
)
DOCUMENTS_BY_DOC_ID = f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE doc_id = ? ORDER BY id"
ENTITIES_OF = (
    "SELECT id, name, type, country, role, sector, mentions, resolved, confidence FROM entities "
    "WHERE doc = ? ORDER BY ord"
)
ATTRIBUTIONS_OF = """
SELECT id, kind, source_start, source_end, source_text, speaker, cue_start, cue_end, cue_text,
       content_spans, via, confidence
FROM attributions WHERE doc = ? ORDER BY ord
"""
EVENTS_OF = """
SELECT id, type, mode, source_ids, target_ids, trigger_start, trigger_end, trigger_text, date,
       location, attribution, confidence
FROM events WHERE doc = ? ORDER BY ord
"""
TIMES_OF = "SELECT span_start, span_end, span_text, value FROM times WHERE doc = ? ORDER BY ord"
DIVERGENCES_OF = """
SELECT id, kind, about, asserted_by, other, evidence FROM divergences WHERE doc = ? ORDER BY ord
"""

# -- corrections (sayso fix: store/corrections.py, laid over records by store/overlay.py) --------

_CORRECTION_COLUMNS = "id, doc_hash, kind, span_start, span_end, value, created_at"
CORRECTIONS_OF = f"SELECT {_CORRECTION_COLUMNS} FROM corrections WHERE doc_hash = ? ORDER BY id"
CORRECTED_AMONG = (
    "SELECT DISTINCT doc_hash FROM corrections WHERE doc_hash IN (SELECT value FROM json_each(?))"
)
CORRECTION_BY_ID = f"SELECT {_CORRECTION_COLUMNS} FROM corrections WHERE id = ?"
UPSERT_CORRECTION = """
INSERT INTO corrections (doc_hash, kind, span_start, span_end, value, created_at)
VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (doc_hash, kind, span_start, span_end) DO UPDATE SET
    value = excluded.value, created_at = excluded.created_at
RETURNING id
"""
DELETE_CORRECTION = "DELETE FROM corrections WHERE id = ?"
CORRECTION_LIST = """
SELECT c.id, d.doc_id, substr(c.doc_hash, 1, 10) AS doc, c.kind, c.span_start, c.span_end,
       substr(d.text, c.span_start + 1, c.span_end - c.span_start) AS span_text, c.value,
       c.created_at
FROM corrections c LEFT JOIN documents d ON d.hash = c.doc_hash
ORDER BY c.id
"""
CORRECTED_HASHES = "SELECT DISTINCT doc_hash FROM corrections ORDER BY doc_hash"
SAVE_ORIGINAL = "INSERT OR REPLACE INTO corrected_records (hash, record) VALUES (?, ?)"
GET_ORIGINAL = "SELECT record FROM corrected_records WHERE hash = ?"
DELETE_ORIGINAL = "DELETE FROM corrected_records WHERE hash = ?"
DOCUMENT_ROWID = "SELECT id FROM documents WHERE hash = ?"
# documents whose hash starts with a prefix (hex: every hash with it lies in [p, p + "g")), and
# documents by input id
DOCUMENTS_BY_PREFIX = (
    "SELECT id, hash FROM documents WHERE hash >= ? AND hash < ? ORDER BY hash LIMIT 2"
)
DOCUMENT_HASHES_BY_DOC_ID = "SELECT id, hash FROM documents WHERE doc_id = ? ORDER BY id LIMIT 2"
# a document's facts, deleted to write them again (event_actors and the quotes' full-text
# entries follow by cascade and trigger)
DELETE_FACTS = tuple(
    f"DELETE FROM {table} WHERE doc = ?"
    for table in ("entities", "attributions", "events", "times", "divergences")
)

# -- claims: documents an ingest is extracting (claims.py) ------------------------------------

CLAIM_OF = "SELECT owner, claimed_at FROM claims WHERE hash = ?"
PUT_CLAIM = "INSERT OR REPLACE INTO claims(hash, owner, claimed_at) VALUES (?, ?, ?)"
RELEASE_STORED_CLAIMS = """
DELETE FROM claims WHERE owner = ? AND EXISTS (SELECT 1 FROM documents d WHERE d.hash = claims.hash)
"""
RELEASE_CLAIMS = "DELETE FROM claims WHERE owner = ?"

# -- side tables of web and batch ingest: feed state, fingerprints, copies (sidecar.py) -------

FEED_ITEM = "SELECT status, attempts FROM feed_items WHERE feed = ? AND item = ?"
UPSERT_FEED_ITEM = """
INSERT INTO feed_items (feed, item, url, status, attempts, doc_hash, error, seen_at)
VALUES (?, ?, ?, ?, 1, ?, ?, ?)
ON CONFLICT (feed, item) DO UPDATE SET
    status = excluded.status, attempts = feed_items.attempts + 1,
    doc_hash = excluded.doc_hash, error = excluded.error, seen_at = excluded.seen_at
"""
INSERT_FINGERPRINT = """
INSERT OR IGNORE INTO fingerprints (hash, simhash, band0, band1, band2, band3)
VALUES (?, ?, ?, ?, ?, ?)
"""
NEAR_CANDIDATES = """
SELECT hash, simhash FROM fingerprints
WHERE (band0 = ? OR band1 = ? OR band2 = ? OR band3 = ?) AND hash != ?
"""
DOCUMENT_ID_SOURCE = "SELECT doc_id, COALESCE(source, '') FROM documents WHERE hash = ?"
INSERT_COPY = """
INSERT OR IGNORE INTO copies (hash, copy_hash, copy_id, copy_source, kind, distance)
VALUES (?, ?, ?, ?, ?, ?)
"""
COPIES_OF = """
SELECT c.hash, d.doc_id, c.copy_hash, c.copy_id, c.copy_source, c.kind, c.distance
FROM copies c LEFT JOIN documents d ON d.hash = c.hash
WHERE c.hash = :hash OR c.copy_hash = :hash
ORDER BY c.kind, c.distance, c.copy_hash, c.copy_id
"""

# -- export ----------------------------------------------------------------------------------

_CHILD_EXPORT = (
    "SELECT d.doc_id, d.hash AS doc_hash, x.* FROM {table} x "
    "JOIN documents d ON d.id = x.doc{where} ORDER BY x.doc, x.ord"
)
_CONFIDENT = " WHERE x.confidence >= :min_confidence"
# the tables whose rows carry a confidence: their export takes :min_confidence
CONFIDENT_TABLES = ("entities", "attributions", "events")
EXPORT: dict[str, str] = {
    "documents": "SELECT * FROM documents ORDER BY id",
    "entities": _CHILD_EXPORT.format(table="entities", where=_CONFIDENT),
    "attributions": _CHILD_EXPORT.format(table="attributions", where=_CONFIDENT),
    "events": _CHILD_EXPORT.format(table="events", where=_CONFIDENT),
    "times": _CHILD_EXPORT.format(table="times", where=""),
    "divergences": _CHILD_EXPORT.format(table="divergences", where=""),
}
TABLES: tuple[str, ...] = tuple(EXPORT)

# One side's actors of event e, in the event's order, joined with ';': the distinct values of an
# entities column (name, country, role, sector) over the entity ids in e.{side}_ids.
_EVENT_ACTORS = """(
    SELECT group_concat({col}, ';') FROM (
        SELECT x.{col} AS {col} FROM json_each(e.{side}_ids) j
        JOIN entities x ON x.doc = e.doc AND x.id = j.value
        WHERE x.{col} IS NOT NULL GROUP BY x.{col} ORDER BY min(j.key)))"""
_EVENT_IDS = "(SELECT group_concat(j.value, ';') FROM json_each(e.{side}_ids) j)"

# The event table (`sayso export events`): one flat row per event, GDELT style, with its document,
# actors, place, trigger and the attribution it rests on. The evidence columns are left NULL here
# (the Store fills them with the trigger's sentence); doc_pk (the document's rowid) is for that and
# is dropped from the output.
EVENT_TABLE = f"""
SELECT d.doc_id, d.hash AS doc_hash, d.published, e.id AS event_id, e.date, e.type, e.mode,
    {_EVENT_ACTORS.format(col="name", side="source")} AS source,
    {_EVENT_IDS.format(side="source")} AS source_ids,
    {_EVENT_ACTORS.format(col="country", side="source")} AS source_country,
    {_EVENT_ACTORS.format(col="role", side="source")} AS source_role,
    {_EVENT_ACTORS.format(col="sector", side="source")} AS source_sector,
    {_EVENT_ACTORS.format(col="name", side="target")} AS target,
    {_EVENT_IDS.format(side="target")} AS target_ids,
    {_EVENT_ACTORS.format(col="country", side="target")} AS target_country,
    {_EVENT_ACTORS.format(col="role", side="target")} AS target_role,
    {_EVENT_ACTORS.format(col="sector", side="target")} AS target_sector,
    e.location_name AS location, l.country AS location_country,
    e.trigger_start, e.trigger_end, e.trigger_text,
    NULL AS evidence_start, NULL AS evidence_end, NULL AS evidence_text,
    e.attribution, a.speaker_name AS speaker, a.cue_text AS cue, a.via_name AS via,
    d.outlet, d.url, e.confidence, e.doc AS doc_pk
FROM events e
JOIN documents d ON d.id = e.doc
LEFT JOIN entities l ON l.doc = e.doc AND l.id = e.location
LEFT JOIN attributions a ON a.doc = e.doc AND a.id = e.attribution
WHERE e.confidence >= :min_confidence
ORDER BY e.doc, e.ord
"""

# -- stories (sayso stories, sayso compare) ---------------------------------------------------

STORY_DOCUMENT_LIST = """
SELECT d.id, d.hash, d.doc_id, s.story, s.copy_of
FROM documents d LEFT JOIN story_documents s ON s.doc = d.id ORDER BY d.id
"""
STORY_MEMBER_HASHES = """
SELECT d.hash FROM story_documents s JOIN documents d ON d.id = s.doc
WHERE s.story = ? ORDER BY d.published IS NULL, d.published, d.id
"""
STORY_SAVE_DOCUMENT = """
INSERT INTO story_documents (doc, story, copy_of) VALUES (?, ?, ?)
ON CONFLICT(doc) DO UPDATE SET story = excluded.story, copy_of = excluded.copy_of
"""
STORY_SAVE = """
INSERT INTO stories (id, title, first_date, last_date, outlets, documents, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT(id) DO UPDATE SET title = excluded.title, first_date = excluded.first_date,
    last_date = excluded.last_date, outlets = excluded.outlets, documents = excluded.documents,
    updated_at = excluded.updated_at
"""
STORY_DELETE_EMPTY = "DELETE FROM stories WHERE id NOT IN (SELECT story FROM story_documents)"
STORY_DELETE_ALL_DOCUMENTS = "DELETE FROM story_documents"
STORY_GET = "SELECT * FROM stories WHERE id = ?"
STORY_IDS = "SELECT id FROM stories ORDER BY id"
STORY_COMPARISON_GET = "SELECT members, version, comparison FROM story_comparisons WHERE story = ?"
STORY_COMPARISON_SAVE = """
INSERT INTO story_comparisons (story, members, version, comparison, updated_at)
VALUES (?, ?, ?, ?, ?)
ON CONFLICT(story) DO UPDATE SET members = excluded.members, version = excluded.version,
    comparison = excluded.comparison, updated_at = excluded.updated_at
"""

# -- filtered lists: quotes, events, actors, articles (the CLI and the web alike) --------------
#
# Each kind of list has one set of clauses (a ``Listing``): what each filter means for it.
# ``sayso.store.filters`` picks the clauses the filters set and ``select`` joins them; a ``View``
# is the columns and order one caller shows. Values always go in as named parameters: :search,
# :outlet, :since, :until, :actor (a LIKE pattern), :actor_id (an entity id), :type, :country,
# :limit and :offset. The actor filter is one rule everywhere: part of a name, any case, or an
# entity id.

OUTLET_IS = "d.outlet = :outlet COLLATE NOCASE"
SINCE = "{date} >= :since"
UNTIL = "substr({date}, 1, length(:until)) <= :until"  # inclusive: "2024-05" keeps all of May
_DOC_HAS_EVENT_TYPE = "d.id IN (SELECT doc FROM events WHERE type = :type)"
_LIKE_ACTOR = "{col} LIKE :actor ESCAPE '\\'"


@dataclass(frozen=True, slots=True)
class Listing:
    """What the filters mean for one kind of row."""

    source: str  # FROM
    date: str  # the date since/until compare
    actor: str
    type: str
    country: str
    search: str
    # a full-text table whose rows are the listing's rows (its rowid is ``fts_key``): a search
    # reads its matches (rowid, rank) once, then the rows they are (see ``select``)
    fts: str = ""
    fts_key: str = ""
    count_source: str = ""  # FROM for a count when no clause reads the document d
    group: str = ""
    actor_name: str = ""  # the actor clause for a value that cannot be an entity id, if cheaper
    confidence: str = ""  # the min_confidence clause (empty: the rows have no confidence)


@dataclass(frozen=True, slots=True)
class View:
    """The columns and order of one list as one caller shows it."""

    listing: Listing
    columns: str
    order: str
    search_order: str = ""  # the order when searching, if it differs


QUOTES = Listing(
    source="attributions a JOIN documents d ON d.id = a.doc",
    fts="quotes_fts",
    fts_key="a.pk",
    date="d.published",
    actor=(
        f"({_LIKE_ACTOR.format(col='a.speaker_name')} OR {_LIKE_ACTOR.format(col='a.source_text')}"
        " OR a.speaker = :actor_id)"
    ),
    type=_DOC_HAS_EVENT_TYPE,  # articles with an event of this type
    country="(a.doc, a.speaker) IN (SELECT doc, id FROM entities WHERE country = :country)",
    search="quotes_fts MATCH :search",  # the quote and the speaker's name
    confidence="a.confidence >= :min_confidence",
)
EVENTS = Listing(
    source="events e JOIN documents d ON d.id = e.doc",
    count_source="events e",
    date="COALESCE(e.date, d.published)",  # the event's own date, else the article's
    actor=(
        f"({_LIKE_ACTOR.format(col='e.source_names')} OR {_LIKE_ACTOR.format(col='e.target_names')}"
        " OR EXISTS (SELECT 1 FROM json_each(e.source_ids) WHERE value = :actor_id)"
        " OR EXISTS (SELECT 1 FROM json_each(e.target_ids) WHERE value = :actor_id))"
    ),
    # names only: read from the index events_pair, without the rows' JSON ids
    actor_name=(
        f"({_LIKE_ACTOR.format(col='e.source_names')}"
        f" OR {_LIKE_ACTOR.format(col='e.target_names')})"
    ),
    type="e.type = :type",
    country="e.pk IN (SELECT event FROM event_actors WHERE country = :country)",
    search="e.doc IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :search)",
    confidence="e.confidence >= :min_confidence",
)
ACTORS = Listing(
    source="entities e JOIN documents d ON d.id = e.doc",
    date="d.published",
    actor=f"({_LIKE_ACTOR.format(col='e.name')} OR e.id = :actor_id)",
    type="e.type = :type COLLATE NOCASE",  # the entity's type (PERSON, ORG, ...)
    country="e.country = :country",
    search="d.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :search)",
    group="e.name, e.type, e.country",
    confidence="e.confidence >= :min_confidence",
)
ARTICLES = Listing(
    source="documents d",
    fts="articles_fts",
    fts_key="d.id",
    date="d.published",
    actor=(
        "d.id IN (SELECT doc FROM entities WHERE "
        f"{_LIKE_ACTOR.format(col='name')} OR id = :actor_id)"
    ),
    type=_DOC_HAS_EVENT_TYPE,
    country="d.id IN (SELECT doc FROM entities WHERE country = :country)",
    search="articles_fts MATCH :search",
)

# `sayso quotes|events|actors`
CLI_QUOTES = View(
    QUOTES,
    columns="""d.doc_id, d.published, d.outlet, d.title,
       COALESCE(a.speaker_name, a.source_text) AS speaker, a.speaker AS speaker_id,
       a.kind, a.cue_text AS cue, a.content AS quote, a.via_name AS via,
       a.id AS attribution_id, d.hash AS doc_hash,
       substr(d.hash, 1, 10) || ':' || a.id AS ref, a.confidence""",
    order="d.published DESC, d.id, a.ord",
    search_order="quotes_fts.rank, d.published DESC, d.id, a.ord",
)
# with the speaker an event rests on (its attribution's speaker, else its channel) and the
# sentence holding its trigger (the Store fills `sentence` from the document's sentences, by
# doc_pk and the trigger's offsets; doc_pk is dropped)
CLI_EVENTS = View(
    EVENTS,
    columns="""d.doc_id, d.published, d.outlet, e.type, e.mode,
       e.source_names AS source, e.target_names AS target, e.trigger_text AS trigger,
       e.date, e.location_name AS location, e.attribution,
       (SELECT COALESCE(a.speaker_name, a.source_text, a.via_name) FROM attributions a
         WHERE a.doc = e.doc AND a.id = e.attribution) AS speaker,
       NULL AS sentence, e.trigger_start, e.trigger_end, e.id AS event_id,
       d.hash AS doc_hash, substr(d.hash, 1, 10) || ':' || e.id AS ref, e.confidence,
       e.doc AS doc_pk""",
    order="d.published DESC, d.id, e.ord",
)
# entities merged across documents by (name, type, country), each with its most frequent role
# and sector
CLI_ACTORS = View(
    ACTORS,
    columns="""e.name, e.type, e.country,
       (SELECT r.role FROM entities r
         WHERE r.name = e.name AND r.type = e.type AND r.country IS e.country
           AND r.role IS NOT NULL
         GROUP BY r.role ORDER BY count(*) DESC, r.role LIMIT 1) AS role,
       (SELECT r.sector FROM entities r
         WHERE r.name = e.name AND r.type = e.type AND r.country IS e.country
           AND r.sector IS NOT NULL
         GROUP BY r.sector ORDER BY count(*) DESC, r.sector LIMIT 1) AS sector,
       count(DISTINCT e.doc) AS documents, sum(e.mention_count) AS mentions""",
    order="documents DESC, mentions DESC, e.name",
)
# the web app (sayso serve): search, events
WEB_ARTICLES = View(
    ARTICLES,
    columns="d.id AS rowid, d.hash, d.doc_id, d.title, d.published, d.outlet",
    order="d.published DESC, d.id DESC",
    search_order="articles_fts.rank, d.id",
)
WEB_QUOTES = View(
    QUOTES,
    columns="""d.hash, d.doc_id, d.title, d.published, d.outlet,
       a.id AS attribution_id, a.kind, a.speaker_name AS speaker, a.source_text,
       a.cue_text AS cue, a.content AS quote, a.via_name AS via, a.confidence""",
    order="d.published DESC, d.id DESC, a.ord",
    search_order="quotes_fts.rank, a.pk",
)
WEB_EVENTS = View(
    EVENTS,
    columns="""d.hash, d.doc_id, d.title, d.published, d.outlet, e.id AS event_id,
       e.type, e.mode, e.source_names AS source, e.target_names AS target,
       e.trigger_text AS trigger, e.date, e.location_name AS location, e.attribution,
       e.doc AS doc_pk, e.trigger_start, e.trigger_end, e.confidence""",
    order="COALESCE(e.date, d.published) DESC, d.id DESC, e.ord",
)
_PAIRS_KNOWN = ("e.source_names IS NOT NULL", "e.target_names IS NOT NULL")


def _where(where: Sequence[str]) -> str:
    return ("\nWHERE " + "\n  AND ".join(where)) if where else ""


def _counted(listing: Listing, where: Sequence[str]) -> str:
    """What a count reads: the listing without the document when no clause needs it."""
    if listing.count_source and not any(re.search(r"\bd\.", w) for w in where):
        return listing.count_source
    return listing.source


def _matches(listing: Listing, page: bool) -> str:
    """The full-text matches of :search as a table named like the full-text table (rowid,
    rank); ``page``: only the page of them (:limit, :offset) by rank, then rowid."""
    fts = listing.fts
    paged = "\n  ORDER BY rank, rowid LIMIT :limit OFFSET :offset" if page else ""
    return f"(SELECT rowid, rank FROM {fts} WHERE {fts} MATCH :search{paged}) AS {fts}"


def _searched(view: View, where: Sequence[str]) -> tuple[str, str]:
    """(rows SQL, count SQL) of a search of a listing with a full-text table of its rows.

    The matches (rowid and rank) are read from the full-text table alone, then joined to the
    rows: the rank is not computed twice, nor the rows' columns sorted. With no other clause
    the count is the full-text table's own count of matches, and when the view's order is the
    rank then the rowid, the page is cut from the matches before any row is read. Otherwise
    the count reads the rows whose rowid is in the matches (no rank)."""
    listing = view.listing
    fts, key = listing.fts, listing.fts_key
    others = [w for w in where if w != listing.search]
    by_rank = not others and view.search_order == f"{fts}.rank, {key}"
    rows = f"""SELECT {view.columns}
FROM {_matches(listing, by_rank)}
CROSS JOIN {listing.source}{_where([f"{key} = {fts}.rowid", *others])}
ORDER BY {view.search_order or view.order}"""
    if not by_rank:
        rows += "\nLIMIT :limit OFFSET :offset"
    if others:
        matched = f"{key} IN (SELECT rowid FROM {fts} WHERE {fts} MATCH :search)"
        count = f"SELECT count(*) FROM {listing.source}{_where([matched, *others])}"
    else:
        count = f"SELECT count(*) FROM {fts} WHERE {fts} MATCH :search"
    return rows, count


def select(view: View, where: Sequence[str], searching: bool) -> tuple[str, str]:
    """(rows SQL, count SQL) of ``view`` narrowed by the clauses ``where``; the rows take
    :limit and :offset."""
    listing = view.listing
    if searching and listing.fts and not listing.group:
        return _searched(view, where)
    order = (view.search_order or view.order) if searching else view.order
    group = f"\nGROUP BY {listing.group}" if listing.group else ""
    rows = f"""SELECT {view.columns}
FROM {listing.source}{_where(where)}{group}
ORDER BY {order}
LIMIT :limit OFFSET :offset"""
    if group:
        count = f"SELECT count(*) FROM (SELECT 1 FROM {listing.source}{_where(where)}{group})"
    else:
        count = f"SELECT count(*) FROM {_counted(listing, where)}{_where(where)}"
    return rows, count


def event_pairs(where: Sequence[str]) -> str:
    """(source names, target names, type, n) over the events the clauses ``where`` keep."""
    return f"""SELECT e.source_names AS source, e.target_names AS target, e.type, count(*) AS n
FROM {_counted(EVENTS, where)}{_where([*where, *_PAIRS_KNOWN])}
GROUP BY e.source_names, e.target_names, e.type"""


WEB_ARTICLE_TEXT = "SELECT text FROM documents WHERE id = ?"
DOCUMENT_SENTENCES = "SELECT text, sentences FROM documents WHERE id = ?"

# One actor: the entities of one name (any case) and one type across documents, an actor id
# being the pair (web/pages.py writes it "TYPE:name"). What it said are the attributions whose
# speaker is one of those entities; what it did, the events where one is a source (or a target).
# Where the name has one type only, the type is not checked (the cheaper ``by_name``
# statements). Every count of an actor's page comes from ``activity``, over the same hits as its
# lists (``quotes``, ``as_source``).
WEB_ACTOR_ENTITIES = """
SELECT x.doc, x.name, x.type, x.country, x.role, x.sector, x.mention_count
FROM entities x WHERE x.name = :name COLLATE NOCASE
"""
_SAID_BY_NAME = "SELECT a.pk FROM attributions a WHERE a.speaker_name = :name COLLATE NOCASE"
_SAID_BY_TYPE = """SELECT a.pk FROM entities x
    JOIN attributions a ON a.doc = x.doc AND a.speaker = x.id
    WHERE x.name = :name COLLATE NOCASE AND x.type = :type"""
_HITS_BY_NAME = """SELECT DISTINCT event AS pk FROM event_actors
    WHERE name = :name COLLATE NOCASE AND side = '{side}'"""
_HITS_BY_TYPE = """SELECT DISTINCT ea.event AS pk
    FROM event_actors ea JOIN events v ON v.pk = ea.event
    JOIN entities x ON x.doc = v.doc AND x.id = ea.entity
    WHERE ea.name = :name COLLATE NOCASE AND ea.side = '{side}' AND x.type = :type"""
_ACTOR_QUOTES = """
SELECT d.hash, d.doc_id, d.title, d.published, d.outlet, a.id AS attribution_id, a.kind,
       a.cue_text AS cue, a.content AS quote, a.via_name AS via
FROM said JOIN attributions a ON a.pk = said.pk JOIN documents d ON d.id = a.doc
ORDER BY d.published DESC, d.id DESC, a.ord
LIMIT :limit
"""
_ACTOR_EVENTS = """
SELECT d.hash, d.doc_id, d.title, d.published, d.outlet, e.id AS event_id, e.type, e.mode,
       e.source_names AS source, e.target_names AS target, e.trigger_text AS trigger, e.date
FROM hits JOIN events e ON e.pk = hits.pk JOIN documents d ON d.id = e.doc
ORDER BY COALESCE(e.date, d.published) DESC, d.id DESC, e.ord
LIMIT :limit
"""
_ACTOR_OTHERS = """
SELECT e.{other} AS names, count(*) AS n
FROM hits JOIN events e ON e.pk = hits.pk
WHERE e.{other} IS NOT NULL GROUP BY e.{other}
"""
# What the actor said (quotes) and did (events as a source) by outlet and month: the month of
# the article for a quote; for an event, its own date when it gives a month, else the article's
# (NULL month: undated). The one source of an actor page's counts, its chart and its table.
_ACTOR_ACTIVITY = """
SELECT 'said' AS kind, d.outlet, substr(d.published, 1, 7) AS month, count(*) AS n
FROM said JOIN attributions a ON a.pk = said.pk JOIN documents d ON d.id = a.doc
GROUP BY d.outlet, month
UNION ALL
SELECT 'did' AS kind, d.outlet,
       substr(CASE WHEN length(e.date) >= 7 THEN e.date ELSE d.published END, 1, 7) AS month,
       count(*) AS n
FROM hits JOIN events e ON e.pk = hits.pk JOIN documents d ON d.id = e.doc
GROUP BY d.outlet, month
"""


# every way the texts wrote the actor: the text of each mention of its :docs newest entities,
# how often (any case as one)
_ACTOR_FORMS = """
SELECT json_extract(j.value, '$.text') AS form, count(*) AS n
FROM (SELECT x.mentions FROM entities x WHERE {actor_is} ORDER BY x.pk DESC LIMIT :docs) s,
     json_each(s.mentions) j
GROUP BY form COLLATE NOCASE ORDER BY n DESC, form LIMIT :limit
"""
_BY_NAME = "x.name = :name COLLATE NOCASE"
_BY_TYPE = "x.name = :name COLLATE NOCASE AND x.type = :type"


@dataclass(frozen=True, slots=True)
class ActorStatements:
    """The statements of an actor's page; each takes :name, :type and :limit (forms :docs)."""

    forms: str
    quotes: str
    as_source: str
    as_target: str
    activity: str
    targets: str  # the names its events act on
    sources: str  # the names of who acts on it


def _actor_statements(actor_is: str, said: str, hits: str) -> ActorStatements:
    def with_said(body: str) -> str:
        return f"WITH said AS MATERIALIZED ({said})" + body

    def with_hits(side: str, body: str) -> str:
        return f"WITH hits AS MATERIALIZED ({hits.format(side=side)})" + body

    activity = (
        f"WITH said AS MATERIALIZED ({said}),\n"
        f"hits AS MATERIALIZED ({hits.format(side='source')})" + _ACTOR_ACTIVITY
    )
    return ActorStatements(
        forms=_ACTOR_FORMS.format(actor_is=actor_is),
        quotes=with_said(_ACTOR_QUOTES),
        as_source=with_hits("source", _ACTOR_EVENTS),
        as_target=with_hits("target", _ACTOR_EVENTS),
        activity=activity,
        targets=with_hits("source", _ACTOR_OTHERS.format(other="target_names")),
        sources=with_hits("target", _ACTOR_OTHERS.format(other="source_names")),
    )


WEB_ACTOR_BY_NAME = _actor_statements(_BY_NAME, _SAID_BY_NAME, _HITS_BY_NAME)
WEB_ACTOR_BY_TYPE = _actor_statements(_BY_TYPE, _SAID_BY_TYPE, _HITS_BY_TYPE)
# the speaker (and cue) an event rests on, for a page of events
WEB_EVENT_SPEAKER = """
SELECT COALESCE(speaker_name, source_text) AS speaker, cue_text AS cue, via_name AS via
FROM attributions WHERE doc = ? AND id = ?
"""
# which of some names (a JSON list) the store mentions :least times or more, any case (the
# network's nodes): each name's entities read until they reach it (each is mentioned once or more)
WEB_NAMES_MENTIONED = """
SELECT j.value AS name FROM json_each(:names) j
WHERE (SELECT sum(m) FROM (SELECT x.mention_count AS m FROM entities x
                           WHERE x.name = j.value COLLATE NOCASE LIMIT :least)) >= :least
"""

WEB_OUTLETS = """
SELECT outlet, count(*) AS n FROM documents WHERE outlet IS NOT NULL
GROUP BY outlet COLLATE NOCASE ORDER BY n DESC, outlet LIMIT 200
"""
WEB_COUNTRIES = """
SELECT country, count(*) AS n FROM entities WHERE country IS NOT NULL
GROUP BY country ORDER BY n DESC, country LIMIT 300
"""

# Stories: written by `sayso stories` into tables of its own; the web app only looks for them.
WEB_TABLE_EXISTS = "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"
WEB_STORIES_ANY = "SELECT EXISTS (SELECT 1 FROM stories)"
WEB_STORIES = """
SELECT * FROM stories ORDER BY last_date IS NULL, last_date DESC, first_date DESC, id
LIMIT :limit
"""
