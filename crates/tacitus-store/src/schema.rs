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
    // 2 -> 3: one key table for every filter (see `keys.rs`), roll-ups of
    // counts per day, week and month for timelines, and fewer indexes on
    // `events` (the keys serve those filters). Mirrors `keys::event_keys`
    // and `keys::rollup_cells`.
    r#"
CREATE TABLE event_keys (
    key      TEXT NOT NULL,
    date     TEXT NOT NULL,
    event_id INTEGER NOT NULL,
    PRIMARY KEY (key, date, event_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO event_keys SELECT '*', coalesce(date, ''), id FROM events ORDER BY 2, 3;
INSERT OR IGNORE INTO event_keys SELECT 'c=' || source_country, coalesce(date, ''), id FROM events
    WHERE source_country IS NOT NULL ORDER BY 1, 2, 3;
INSERT OR IGNORE INTO event_keys SELECT 'c=' || target_country, coalesce(date, ''), id FROM events
    WHERE target_country IS NOT NULL ORDER BY 1, 2, 3;
INSERT OR IGNORE INTO event_keys SELECT 's=' || source_sector, coalesce(date, ''), id FROM events
    WHERE source_sector IS NOT NULL ORDER BY 1, 2, 3;
INSERT OR IGNORE INTO event_keys SELECT 's=' || target_sector, coalesce(date, ''), id FROM events
    WHERE target_sector IS NOT NULL ORDER BY 1, 2, 3;
INSERT OR IGNORE INTO event_keys SELECT 'S=' || source_code, coalesce(date, ''), id FROM events ORDER BY 1, 2, 3;
INSERT OR IGNORE INTO event_keys SELECT 'T=' || target_code, coalesce(date, ''), id FROM events
    WHERE target_code IS NOT NULL ORDER BY 1, 2, 3;
INSERT OR IGNORE INTO event_keys SELECT 'm=' || cameo, coalesce(date, ''), id FROM events
    WHERE length(cameo) < 2 ORDER BY 1, 2, 3;
INSERT OR IGNORE INTO event_keys SELECT 'm=' || substr(cameo, 1, 2), coalesce(date, ''), id FROM events
    WHERE length(cameo) >= 2 ORDER BY 1, 2, 3;
INSERT OR IGNORE INTO event_keys SELECT 'm=' || substr(cameo, 1, 3), coalesce(date, ''), id FROM events
    WHERE length(cameo) >= 3 ORDER BY 1, 2, 3;
INSERT OR IGNORE INTO event_keys SELECT 'm=' || substr(cameo, 1, 4), coalesce(date, ''), id FROM events
    WHERE length(cameo) >= 4 ORDER BY 1, 2, 3;
INSERT OR IGNORE INTO event_keys SELECT 'q=' || quad_class, coalesce(date, ''), id FROM events ORDER BY 1, 2, 3;
INSERT OR IGNORE INTO event_keys SELECT 'p=' || plover_type, coalesce(date, ''), id FROM events ORDER BY 1, 2, 3;
INSERT OR IGNORE INTO event_keys SELECT 'o=' || outlet, coalesce(date, ''), id FROM events
    WHERE outlet IS NOT NULL ORDER BY 1, 2, 3;

CREATE TABLE rollups (
    scope       TEXT NOT NULL,  -- '' for every event, else a country code
    period      TEXT NOT NULL,  -- d2025-07-04 | w2025-06-30 (ISO week, its Monday) | m2025-07
    root        TEXT NOT NULL,  -- the first two characters of the CAMEO code
    quad_class  INTEGER NOT NULL,
    plover_type TEXT NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (scope, period, root, quad_class, plover_type)
) WITHOUT ROWID;
CREATE TEMP VIEW rollup_facts AS
    SELECT '' AS scope, date, substr(cameo, 1, 2) AS root, quad_class, plover_type FROM events WHERE date IS NOT NULL
    UNION ALL
    SELECT source_country, date, substr(cameo, 1, 2), quad_class, plover_type FROM events
        WHERE date IS NOT NULL AND source_country IS NOT NULL
    UNION ALL
    SELECT target_country, date, substr(cameo, 1, 2), quad_class, plover_type FROM events
        WHERE date IS NOT NULL AND target_country IS NOT NULL AND target_country IS NOT source_country;
INSERT INTO rollups SELECT scope, 'd' || date, root, quad_class, plover_type, count(*)
    FROM rollup_facts GROUP BY 1, 2, 3, 4, 5;
INSERT INTO rollups SELECT scope, 'w' || date(date, '-6 days', 'weekday 1'), root, quad_class, plover_type, count(*)
    FROM rollup_facts GROUP BY 1, 2, 3, 4, 5;
INSERT INTO rollups SELECT scope, 'm' || substr(date, 1, 7), root, quad_class, plover_type, count(*)
    FROM rollup_facts GROUP BY 1, 2, 3, 4, 5;
DROP VIEW rollup_facts;

DROP TABLE daily_counts;
DROP TABLE event_countries;
DROP TABLE event_actors;
DROP INDEX events_by_plover;
DROP INDEX events_by_quad;
DROP INDEX events_by_outlet;
DROP INDEX events_by_src_sector;
DROP INDEX events_by_dyad;
DROP INDEX events_by_target;
ANALYZE;
"#,
    // 3 -> 4: keys for the first three characters of actor codes (country
    // level actor and dyad filters read one key), and undated events in the
    // roll-ups (period 'u') so that roll-ups give exact totals.
    r#"
INSERT OR IGNORE INTO event_keys SELECT 'S3=' || substr(source_code, 1, 3), coalesce(date, ''), id FROM events
    WHERE length(source_code) >= 3 ORDER BY 1, 2, 3;
INSERT OR IGNORE INTO event_keys SELECT 'T3=' || substr(target_code, 1, 3), coalesce(date, ''), id FROM events
    WHERE length(target_code) >= 3 ORDER BY 1, 2, 3;
CREATE TEMP VIEW undated_facts AS
    SELECT '' AS scope, substr(cameo, 1, 2) AS root, quad_class, plover_type FROM events
        WHERE date IS NULL
    UNION ALL
    SELECT source_country, substr(cameo, 1, 2), quad_class, plover_type FROM events
        WHERE date IS NULL AND source_country IS NOT NULL
    UNION ALL
    SELECT target_country, substr(cameo, 1, 2), quad_class, plover_type FROM events
        WHERE date IS NULL AND target_country IS NOT NULL AND target_country IS NOT source_country;
INSERT INTO rollups SELECT scope, 'u', root, quad_class, plover_type, count(*)
    FROM undated_facts GROUP BY 1, 2, 3, 4, 5;
DROP VIEW undated_facts;
ANALYZE;
"#,
    // 4 -> 5: country-level dyad keys (`keys::dyad3_key`).
    r#"
INSERT OR IGNORE INTO event_keys
    SELECT 'D=' || substr(source_code, 1, 3) || '>' || substr(target_code, 1, 3), coalesce(date, ''), id
    FROM events WHERE length(source_code) >= 3 AND length(target_code) >= 3 ORDER BY 1, 2, 3;
ANALYZE;
"#,
    // 5 -> 6: the issues (topics) of an event's sentence, as a JSON array of
    // `IssueTag` (byte spans); NULL when the event has none.
    r#"
ALTER TABLE events ADD COLUMN issues TEXT;
"#,
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database up to [`SCHEMA_VERSION`]; refuses newer databases.
pub fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    migrate_to(conn, SCHEMA_VERSION)
}

/// Brings the database up to `target` (tests build old versions with it).
pub fn migrate_to(conn: &mut Connection, target: i64) -> Result<(), StoreError> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current > SCHEMA_VERSION {
        return Err(StoreError::Schema(format!(
            "database schema version {current} is newer than this tacitus ({SCHEMA_VERSION}); upgrade tacitus"
        )));
    }
    for (version, sql) in MIGRATIONS
        .iter()
        .enumerate()
        .take(target.max(0) as usize)
        .skip(current as usize)
    {
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
