-- The Sayso store, schema version 11 (version 2 added the story tables, version 3 event_actors,
-- version 4 entities.sector, version 5 the side tables of web and batch ingest, version 6
-- documents.sentences, version 7 the corrections tables, version 8 claims, version 9
-- entities.resolved, version 10 the confidence of entities, attributions and events, version 11
-- story_comparisons).
--
-- One row in `documents` per stored text (content hash UNIQUE: ingest is idempotent). Every fact
-- table points at its document (`doc` = documents.id) and keeps the record's order in `ord`, so
-- that Store.get rebuilds the Record exactly. Spans are stored as start/end/text columns where a
-- fact has one span, as JSON lists ([{"start":..,"end":..,"text":..}, ...]) where it has many.
-- Names next to entity ids (speaker_name, source_names, ...) are copies for filtering and display.
-- Two FTS5 tables, kept in sync by triggers: articles_fts (title, text) and quotes_fts (quote
-- content, speaker name). The version below must match SCHEMA_VERSION in store/queries.py.

PRAGMA user_version = 11;
PRAGMA application_id = 1935767919;  -- "sayo"

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);
INSERT OR IGNORE INTO meta(key, value) VALUES
    ('application', 'sayso'),
    ('schema_version', '11'),
    ('created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

CREATE TABLE IF NOT EXISTS documents (
    id             INTEGER PRIMARY KEY,
    hash           TEXT NOT NULL UNIQUE,       -- sha256 of the input text
    doc_id         TEXT NOT NULL,              -- the input id (Record.id)
    source         TEXT,                       -- where it was read from (path, URL, "-")
    title          TEXT,
    published      TEXT,                       -- YYYY-MM-DD
    url            TEXT,
    outlet         TEXT,
    language       TEXT,
    text           TEXT NOT NULL,              -- the text every offset indexes
    body           TEXT NOT NULL DEFAULT '[]', -- JSON [[start, end], ...]
    flags          TEXT NOT NULL DEFAULT '[]', -- JSON [{"kind":..,"span":..}, ...]
    ingested_at    TEXT NOT NULL,              -- UTC ISO 8601
    stage_versions TEXT NOT NULL DEFAULT '{}', -- JSON {"stage": "version", ...}
    sentences      TEXT NOT NULL DEFAULT '[]'  -- JSON [[start, end], ...]; version 6
);
CREATE INDEX IF NOT EXISTS documents_doc_id ON documents(doc_id);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS documents_outlet ON documents(outlet COLLATE NOCASE);

CREATE TABLE IF NOT EXISTS entities (
    pk            INTEGER PRIMARY KEY,
    doc           INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord           INTEGER NOT NULL,
    id            TEXT NOT NULL,
    name          TEXT NOT NULL,
    type          TEXT NOT NULL,
    country       TEXT,
    role          TEXT,
    mention_count INTEGER NOT NULL,
    mentions      TEXT NOT NULL,               -- JSON [Span, ...]
    sector        TEXT,                        -- CAMEO sector code (GOV, MIL, ...); version 4
    resolved      TEXT NOT NULL DEFAULT '[]',  -- JSON ["name", "surname", ...], one a mention; version 9
    confidence    REAL NOT NULL DEFAULT 1.0    -- 0..1 (docs/record.md); version 10
);
CREATE INDEX IF NOT EXISTS entities_doc ON entities(doc, ord);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS entities_type ON entities(type);
CREATE INDEX IF NOT EXISTS entities_country ON entities(country);
CREATE INDEX IF NOT EXISTS entities_sector ON entities(sector);

CREATE TABLE IF NOT EXISTS attributions (
    pk            INTEGER PRIMARY KEY,
    doc           INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord           INTEGER NOT NULL,
    id            TEXT NOT NULL,
    kind          TEXT NOT NULL,               -- direct | indirect | mixed
    speaker       TEXT,                        -- entity id
    speaker_name  TEXT,
    source_start  INTEGER,                     -- the speaker as written
    source_end    INTEGER,
    source_text   TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER,
    cue_text      TEXT,
    content       TEXT NOT NULL,               -- the content spans' text, joined with " … "
    content_spans TEXT NOT NULL,               -- JSON [Span, ...]
    via           TEXT,                        -- entity id
    via_name      TEXT,
    confidence    REAL NOT NULL DEFAULT 1.0    -- 0..1 (docs/record.md); version 10
);
CREATE INDEX IF NOT EXISTS attributions_doc ON attributions(doc, ord);
CREATE INDEX IF NOT EXISTS attributions_speaker_name ON attributions(speaker_name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS attributions_kind ON attributions(kind);

CREATE TABLE IF NOT EXISTS events (
    pk             INTEGER PRIMARY KEY,
    doc            INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord            INTEGER NOT NULL,
    id             TEXT NOT NULL,
    type           TEXT NOT NULL,              -- PLOVER type
    mode           TEXT,
    source_ids     TEXT NOT NULL,              -- JSON [entity id, ...]
    source_names   TEXT,                       -- "; "-joined names
    target_ids     TEXT NOT NULL,
    target_names   TEXT,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    trigger_text   TEXT NOT NULL,
    date           TEXT,
    location       TEXT,                       -- entity id
    location_name  TEXT,
    attribution    TEXT,                       -- attribution id
    confidence     REAL NOT NULL DEFAULT 1.0   -- 0..1 (docs/record.md); version 10
);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc, ord);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_pair ON events(source_names, target_names);  -- the network

CREATE TABLE IF NOT EXISTS times (
    pk          INTEGER PRIMARY KEY,
    doc         INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    span_text   TEXT NOT NULL,
    value       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS times_doc ON times(doc, ord);
CREATE INDEX IF NOT EXISTS times_value ON times(value);

CREATE TABLE IF NOT EXISTS divergences (
    pk          INTEGER PRIMARY KEY,
    doc         INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    id          TEXT NOT NULL,
    kind        TEXT NOT NULL,
    about       TEXT NOT NULL,
    asserted_by TEXT NOT NULL,                 -- JSON [entity id, ...]
    other       TEXT NOT NULL,                 -- JSON [entity id, ...]
    evidence    TEXT NOT NULL                  -- JSON [Span, ...]
);
CREATE INDEX IF NOT EXISTS divergences_doc ON divergences(doc, ord);
CREATE INDEX IF NOT EXISTS divergences_kind ON divergences(kind);

-- Who each event's sources and targets are, one row per (event, side, entity), with the
-- entity's name and country: filled by the trigger when an event is stored (after its document's
-- entities). Upgrades run this file again (see MIGRATIONS in queries.py).
CREATE TABLE IF NOT EXISTS event_actors (
    event    INTEGER NOT NULL REFERENCES events(pk) ON DELETE CASCADE,
    side     TEXT NOT NULL,                 -- source | target
    entity   TEXT NOT NULL,                 -- entity id (in the event's document)
    name     TEXT NOT NULL,                 -- copies of the entity's name and country
    country  TEXT,
    PRIMARY KEY (event, side, entity)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS event_actors_name ON event_actors(name COLLATE NOCASE, side);
CREATE INDEX IF NOT EXISTS event_actors_country ON event_actors(country);
CREATE TRIGGER IF NOT EXISTS events_actors_ai AFTER INSERT ON events BEGIN
    INSERT OR IGNORE INTO event_actors (event, side, entity, name, country)
    SELECT new.pk, 'source', x.id, x.name, x.country
    FROM json_each(new.source_ids) j JOIN entities x ON x.doc = new.doc AND x.id = j.value;
    INSERT OR IGNORE INTO event_actors (event, side, entity, name, country)
    SELECT new.pk, 'target', x.id, x.name, x.country
    FROM json_each(new.target_ids) j JOIN entities x ON x.doc = new.doc AND x.id = j.value;
END;

-- Stories (`sayso stories`): which documents report one event. Upgrades from version 1 create
-- them by running this file again (see MIGRATIONS in queries.py).
CREATE TABLE IF NOT EXISTS stories (
    id          TEXT PRIMARY KEY,            -- stable hash of its first document's id
    title       TEXT,
    first_date  TEXT,                        -- earliest published date of its documents
    last_date   TEXT,
    outlets     TEXT NOT NULL DEFAULT '[]',  -- JSON [outlet, ...]
    documents   INTEGER NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL                -- UTC ISO 8601
);
CREATE TABLE IF NOT EXISTS story_documents (
    doc      INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    story    TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    copy_of  INTEGER REFERENCES documents(id) ON DELETE SET NULL  -- a near-duplicate of
);
CREATE INDEX IF NOT EXISTS story_documents_story ON story_documents(story);
-- The comparison of each story's reports (``sayso compare``'s line and its sentences lined up),
-- computed when stories are stored so that the web's story page only reads it. It holds for the
-- members it was computed from and the compare version: else the page compares live. Version 11.
CREATE TABLE IF NOT EXISTS story_comparisons (
    story       TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    members     TEXT NOT NULL,               -- JSON [documents.hash, ...] in the story's order
    version     TEXT NOT NULL,               -- sayso.compare's COMPARE_VERSION
    comparison  TEXT NOT NULL,               -- JSON (compare/stored.py)
    updated_at  TEXT NOT NULL                -- UTC ISO 8601
);

-- Side tables of web and batch ingest (store/sidecar.py), keyed by content hash: which feed
-- entries were handled, the SimHash of every document loaded through a feed or a batch, and the
-- documents linked as copies of one another. Versions before 5 created them on first use, with
-- these definitions: upgrades run this file again and keep them.
CREATE TABLE IF NOT EXISTS feed_items (
    feed      TEXT NOT NULL,               -- the feed URL
    item      TEXT NOT NULL,               -- the entry's id, else its link
    url       TEXT,                        -- the article link
    status    TEXT NOT NULL,               -- stored | duplicate | failed
    attempts  INTEGER NOT NULL DEFAULT 1,
    doc_hash  TEXT,                        -- documents.hash once stored
    error     TEXT,                        -- the last error (status failed)
    seen_at   TEXT NOT NULL,               -- UTC ISO 8601
    PRIMARY KEY (feed, item)
);
CREATE TABLE IF NOT EXISTS fingerprints (
    hash     TEXT PRIMARY KEY,             -- documents.hash
    simhash  INTEGER NOT NULL,             -- 64-bit SimHash of the text (signed)
    band0    INTEGER NOT NULL,             -- its four 16-bit bands, for candidate lookup
    band1    INTEGER NOT NULL,
    band2    INTEGER NOT NULL,
    band3    INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS fingerprints_band0 ON fingerprints(band0);
CREATE INDEX IF NOT EXISTS fingerprints_band1 ON fingerprints(band1);
CREATE INDEX IF NOT EXISTS fingerprints_band2 ON fingerprints(band2);
CREATE INDEX IF NOT EXISTS fingerprints_band3 ON fingerprints(band3);
CREATE TABLE IF NOT EXISTS copies (
    hash        TEXT NOT NULL,             -- documents.hash of the stored document
    copy_hash   TEXT NOT NULL,             -- documents.hash of its copy (equal when exact)
    copy_id     TEXT NOT NULL DEFAULT '',  -- the copy's input id (an exact copy is not stored
    copy_source TEXT NOT NULL DEFAULT '',  --   twice, so its id and source are kept here)
    kind        TEXT NOT NULL,             -- exact | near
    distance    INTEGER NOT NULL,          -- SimHash bits apart (0 when exact)
    PRIMARY KEY (hash, copy_hash, copy_id, copy_source)
);
CREATE INDEX IF NOT EXISTS copies_copy_hash ON copies(copy_hash);

-- Corrections (`sayso fix`, store/corrections.py): an overlay on the extracted facts, keyed by
-- the document's content hash and the span of the fact corrected (not by row or id), laid over
-- the record (store/overlay.py) whenever its facts are written, so that every read sees the
-- corrected facts and a new extraction (`ingest --rerun`) gets them again. corrected_records
-- keeps each corrected document's record as extracted, for undoing. Version 7.
CREATE TABLE IF NOT EXISTS corrections (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: `sayso fix undo ID`
    doc_hash    TEXT NOT NULL,              -- documents.hash
    kind        TEXT NOT NULL,              -- speaker | merge | split | drop
    span_start  INTEGER NOT NULL,           -- the fact corrected: an attribution's content, an
    span_end    INTEGER NOT NULL,           --   actor's mention, an event's trigger
    value       TEXT NOT NULL DEFAULT '{}', -- JSON: what the correction says (overlay.py)
    created_at  TEXT NOT NULL,              -- UTC ISO 8601
    UNIQUE (doc_hash, kind, span_start, span_end)
);
CREATE TABLE IF NOT EXISTS corrected_records (
    hash    TEXT PRIMARY KEY,               -- documents.hash
    record  TEXT NOT NULL                   -- JSON: the record as extracted, before corrections
);

-- Documents an ingest is extracting now (store/claims.py), so that a concurrent ingest of the
-- same input skips them instead of extracting them too; a claim is removed once its document is
-- stored or its ingest ends, and ignored when its owner is gone. Version 8.
CREATE TABLE IF NOT EXISTS claims (
    hash       TEXT PRIMARY KEY,           -- documents.hash of the document being extracted
    owner      TEXT NOT NULL,              -- the ingest: "host:pid:token"
    claimed_at REAL NOT NULL               -- Unix time
);


-- Full-text search: external-content FTS5 tables, kept in sync by triggers.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_au AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(
    content, speaker_name, content='attributions', content_rowid='pk',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS attributions_ai AFTER INSERT ON attributions BEGIN
    INSERT INTO quotes_fts(rowid, content, speaker_name)
    VALUES (new.pk, new.content, new.speaker_name);
END;
CREATE TRIGGER IF NOT EXISTS attributions_ad AFTER DELETE ON attributions BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, content, speaker_name)
    VALUES ('delete', old.pk, old.content, old.speaker_name);
END;
CREATE TRIGGER IF NOT EXISTS attributions_au AFTER UPDATE OF content, speaker_name ON attributions
BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, content, speaker_name)
    VALUES ('delete', old.pk, old.content, old.speaker_name);
    INSERT INTO quotes_fts(rowid, content, speaker_name)
    VALUES (new.pk, new.content, new.speaker_name);
END;
