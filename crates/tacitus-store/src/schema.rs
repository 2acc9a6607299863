//! The database schema and its migrations.
//!
//! The schema version lives in `PRAGMA user_version`. Each entry of
//! [`MIGRATIONS`] takes the database from version `i` to `i + 1` and runs in
//! one transaction together with the version bump, so a crash mid-migration
//! leaves the previous version intact. Never edit a released migration: add a
//! new one.

use crate::StoreError;
use rusqlite::Connection;

/// Migration `i` upgrades a database at `user_version = i`.
const MIGRATIONS: &[&str] = &[
    // 0 -> 1: the initial schema.
    r#"
CREATE TABLE documents (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL,
    -- blake3 of the text as read (before cleaning): the same document read
    -- twice has the same (id, content_hash) and is stored once.
    content_hash TEXT NOT NULL,
    date         TEXT,
    title        TEXT,
    url          TEXT,
    outlet       TEXT,
    language     TEXT,
    -- the cleaned text that every span of this document indexes
    text         TEXT NOT NULL,
    origin_file  TEXT,
    origin_line  INTEGER,
    run_id       INTEGER,
    UNIQUE (id, content_hash)
);
CREATE INDEX documents_by_date ON documents (date);

CREATE TABLE sentences (
    doc_rowid  INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    -- byte offsets into documents.text
    start_byte INTEGER NOT NULL,
    end_byte   INTEGER NOT NULL,
    PRIMARY KEY (doc_rowid, idx)
) WITHOUT ROWID;

CREATE TABLE actors (
    code    TEXT PRIMARY KEY,
    country TEXT,
    sector  TEXT,
    -- a name the actor was found under, for display
    name    TEXT
) WITHOUT ROWID;

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    doc_rowid      INTEGER NOT NULL REFERENCES documents (rowid) ON DELETE CASCADE,
    doc_id         TEXT NOT NULL,
    date           TEXT,
    outlet         TEXT,
    source_code    TEXT NOT NULL,
    source_country TEXT,
    source_sector  TEXT,
    source_text    TEXT NOT NULL,
    target_code    TEXT,
    target_country TEXT,
    target_sector  TEXT,
    target_text    TEXT,
    cameo          TEXT NOT NULL,
    root           TEXT NOT NULL,
    quad_class     INTEGER NOT NULL,
    goldstein      REAL NOT NULL,
    plover_type    TEXT NOT NULL,
    plover_mode    TEXT,
    plover_context TEXT NOT NULL,  -- JSON array of strings
    negated        INTEGER NOT NULL,
    future         INTEGER NOT NULL,
    conditional    INTEGER NOT NULL,
    hypothetical   INTEGER NOT NULL,
    reported       INTEGER NOT NULL,
    mentions       INTEGER NOT NULL,
    sentence_idx   INTEGER NOT NULL,
    sentence_text  TEXT NOT NULL,
    source_json    TEXT NOT NULL,  -- ActorMention (byte spans, dictionary entries)
    target_json    TEXT,
    provenance     TEXT NOT NULL   -- Provenance (byte spans, pattern, notes)
);
CREATE INDEX events_by_date      ON events (date);
CREATE INDEX events_by_doc       ON events (doc_rowid);
CREATE INDEX events_by_source    ON events (source_code, date);
CREATE INDEX events_by_target    ON events (target_code, date);
CREATE INDEX events_by_cameo     ON events (cameo, date);
CREATE INDEX events_by_plover    ON events (plover_type, date);
CREATE INDEX events_by_quad      ON events (quad_class, date);
CREATE INDEX events_by_outlet    ON events (outlet, date);
CREATE INDEX events_by_src_sector ON events (source_sector, date);

-- Which sentences of which documents report an event.
CREATE TABLE mentions (
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    doc_rowid INTEGER NOT NULL,
    sentence  INTEGER NOT NULL,
    PRIMARY KEY (event_id, sentence)
) WITHOUT ROWID;

-- One row per (country, event) for the countries an event involves (source
-- and target, once each): country filters read events in date order from
-- here instead of sorting an OR over two indexes.
CREATE TABLE event_countries (
    country  TEXT NOT NULL,
    date     TEXT NOT NULL,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (country, date, event_id)
) WITHOUT ROWID;
CREATE INDEX event_countries_by_event ON event_countries (event_id);

-- Event counts per day, kept up to date on insert: timelines read these
-- instead of grouping millions of events. country '' counts every event.
CREATE TABLE daily_counts (
    country     TEXT NOT NULL,
    day         TEXT NOT NULL,
    quad_class  INTEGER NOT NULL,
    plover_type TEXT NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (country, day, quad_class, plover_type)
) WITHOUT ROWID;

CREATE TABLE runs (
    id           INTEGER PRIMARY KEY,
    started      TEXT NOT NULL,
    finished     TEXT,
    inputs       TEXT NOT NULL,
    status       TEXT NOT NULL,  -- running | done | failed
    docs_new     INTEGER NOT NULL DEFAULT 0,
    docs_skipped INTEGER NOT NULL DEFAULT 0,
    events       INTEGER NOT NULL DEFAULT 0,
    errors       INTEGER NOT NULL DEFAULT 0
);
"#,
    // 1 -> 2: actor codes of every event in date order (actor filters read
    // these instead of sorting an OR over two indexes), and a dyad index.
    r#"
CREATE TABLE event_actors (
    code     TEXT NOT NULL,
    date     TEXT NOT NULL,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (code, date, event_id)
) WITHOUT ROWID;
CREATE INDEX event_actors_by_event ON event_actors (event_id);
INSERT OR IGNORE INTO event_actors (code, date, event_id)
    SELECT source_code, coalesce(date, ''), id FROM events;
INSERT OR IGNORE INTO event_actors (code, date, event_id)
    SELECT target_code, coalesce(date, ''), id FROM events WHERE target_code IS NOT NULL;
CREATE INDEX events_by_dyad ON events (source_code, target_code, date);
ANALYZE;
"#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database up to [`SCHEMA_VERSION`]; refuses newer databases.
pub fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current > SCHEMA_VERSION {
        return Err(StoreError::Schema(format!(
            "database schema version {current} is newer than this tacitus ({SCHEMA_VERSION}); upgrade tacitus"
        )));
    }
    for (version, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

/// The schema version of an open database.
pub fn version(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
}
