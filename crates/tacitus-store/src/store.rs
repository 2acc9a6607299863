//! Opening the database and writing documents, sentences and events.

use crate::keys::{RollupDelta, remove_document_facets};
use crate::record::insert_event;
use crate::{StoreError, schema};
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use std::collections::HashSet;
use std::path::Path;
use tacitus_core::{Document, Event, Span};

/// The event database. One writer at a time (SQLite's rule); any number of
/// read-only handles may be open beside it thanks to WAL.
pub struct Store {
    pub(crate) conn: Connection,
}

/// One document ready to be stored: the cleaned document (its `text` is the
/// text every span indexes), the hash of the text as read, its sentences and
/// the events coded from it.
pub struct DocumentRecord<'a> {
    pub document: &'a Document,
    /// [`content_hash`] of the document as read, before cleaning.
    pub content_hash: String,
    pub sentences: Vec<Span>,
    pub events: &'a [Event],
}

/// What one batch did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct BatchOutcome {
    pub documents_new: u64,
    /// Already in the database with the same id and content hash.
    pub documents_skipped: u64,
    /// A document with the same id but other content, replaced.
    pub documents_replaced: u64,
    pub events: u64,
}

/// Totals recorded for an ingestion run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct RunStats {
    pub documents_new: u64,
    pub documents_skipped: u64,
    pub events: u64,
    pub errors: u64,
}

/// Counts of what the database holds.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct StoreSummary {
    pub documents: u64,
    pub sentences: u64,
    pub events: u64,
    pub actors: u64,
    pub runs: u64,
}

/// The content hash of a document as read: blake3 of its text, hex.
pub fn content_hash(doc: &Document) -> String {
    blake3::hash(doc.text.as_bytes()).to_hex().to_string()
}

fn configure(conn: &Connection) -> Result<(), StoreError> {
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "cache_size", -32_000)?; // KiB
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    Ok(())
}

impl Store {
    /// Opens (creating if needed) a database for reading and writing, in WAL
    /// mode, migrated to the current schema.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let mut conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // NORMAL in WAL mode: a committed transaction survives a process
        // kill (not necessarily a power cut), which is what resumable ingest needs.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        configure(&conn)?;
        schema::migrate(&mut conn)?;
        Ok(Store { conn })
    }

    /// Opens an existing database read-only (for queries and the server).
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        if !path.exists() {
            return Err(StoreError::NotFound(format!("database {}", path.display())));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )?;
        configure(&conn)?;
        conn.pragma_update(None, "query_only", "ON")?;
        // reads go through the OS page cache without copying
        conn.pragma_update(None, "mmap_size", 1i64 << 32)?;
        let version = schema::version(&conn)?;
        if version != schema::SCHEMA_VERSION {
            return Err(StoreError::Schema(format!(
                "database schema version {version}, this tacitus reads {}; run `tacitus ingest` on it to migrate",
                schema::SCHEMA_VERSION
            )));
        }
        Ok(Store { conn })
    }

    /// An in-memory database (tests).
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let mut conn = Connection::open_in_memory()?;
        configure(&conn)?;
        schema::migrate(&mut conn)?;
        Ok(Store { conn })
    }

    /// The underlying connection, for read-only use by tools.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Which of the given `(id, content_hash)` keys are already stored.
    pub fn known_documents<'k>(
        &self,
        keys: impl IntoIterator<Item = (&'k str, &'k str)>,
    ) -> Result<HashSet<(String, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT 1 FROM documents WHERE id = ?1 AND content_hash = ?2")?;
        let mut known = HashSet::new();
        for (id, hash) in keys {
            if stmt.exists(params![id, hash])? {
                known.insert((id.to_string(), hash.to_string()));
            }
        }
        Ok(known)
    }

    /// Records the start of an ingestion run; returns its id.
    pub fn begin_run(&mut self, inputs: &str) -> Result<i64, StoreError> {
        self.conn.execute(
            "INSERT INTO runs (started, inputs, status) VALUES (?1, ?2, 'running')",
            params![now(), inputs],
        )?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Records the end of a run with its totals.
    pub fn finish_run(
        &mut self,
        run: i64,
        stats: RunStats,
        status: &str,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE runs SET finished = ?2, status = ?3, docs_new = ?4, docs_skipped = ?5, events = ?6, errors = ?7
             WHERE id = ?1",
            params![
                run,
                now(),
                status,
                stats.documents_new as i64,
                stats.documents_skipped as i64,
                stats.events as i64,
                stats.errors as i64
            ],
        )?;
        Ok(())
    }

    /// Stores a batch in one transaction: either all of it is committed or
    /// none. Documents already stored (same id and content hash) are skipped
    /// with their events; a document whose id is stored with other content
    /// replaces it.
    pub fn store_batch(
        &mut self,
        run: Option<i64>,
        batch: &[DocumentRecord<'_>],
    ) -> Result<BatchOutcome, StoreError> {
        let tx = self.conn.transaction()?;
        let mut outcome = BatchOutcome::default();
        let mut rollups = RollupDelta::default();
        for record in batch {
            let doc = record.document;
            let exists: Option<i64> = tx
                .prepare_cached("SELECT rowid FROM documents WHERE id = ?1 AND content_hash = ?2")?
                .query_row(params![doc.id, record.content_hash], |r| r.get(0))
                .optional()?;
            if exists.is_some() {
                outcome.documents_skipped += 1;
                continue;
            }
            let older: Vec<i64> = tx
                .prepare_cached("SELECT rowid FROM documents WHERE id = ?1")?
                .query_map(params![doc.id], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            for rowid in older {
                delete_document(&tx, rowid, &mut rollups)?;
                outcome.documents_replaced += 1;
            }
            tx.prepare_cached(
                "INSERT INTO documents (id, content_hash, date, title, url, outlet, language, text, origin_file, origin_line, run_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?
            .execute(params![
                doc.id,
                record.content_hash,
                doc.date.map(|d| d.to_string()),
                doc.title,
                doc.url,
                doc.source,
                doc.language,
                doc.text,
                doc.origin.file,
                doc.origin.line.map(|l| l as i64),
                run
            ])?;
            let doc_rowid = tx.last_insert_rowid();
            {
                let mut stmt = tx.prepare_cached(
                    "INSERT OR IGNORE INTO sentences (doc_rowid, idx, start_byte, end_byte) VALUES (?1, ?2, ?3, ?4)",
                )?;
                for (idx, span) in record.sentences.iter().enumerate() {
                    stmt.execute(params![
                        doc_rowid,
                        idx as i64,
                        span.start as i64,
                        span.end as i64
                    ])?;
                }
            }
            for event in record.events {
                insert_event(&tx, doc_rowid, doc.source.as_deref(), event, &mut rollups)?;
                outcome.events += 1;
            }
            outcome.documents_new += 1;
        }
        rollups.flush(&tx)?;
        tx.commit()?;
        Ok(outcome)
    }

    /// Inserts events that belong to an already stored document (generator, tests).
    pub fn insert_events_for(
        &mut self,
        doc_rowid: i64,
        outlet: Option<&str>,
        events: &[Event],
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let mut rollups = RollupDelta::default();
        for event in events {
            insert_event(&tx, doc_rowid, outlet, event, &mut rollups)?;
        }
        rollups.flush(&tx)?;
        tx.commit()?;
        Ok(())
    }

    /// Counts rows of the main tables.
    pub fn summary(&self) -> Result<StoreSummary, StoreError> {
        let count = |table: &str| -> Result<u64, StoreError> {
            let n: i64 =
                self.conn
                    .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            Ok(n as u64)
        };
        Ok(StoreSummary {
            documents: count("documents")?,
            sentences: count("sentences")?,
            events: count("events")?,
            actors: count("actors")?,
            runs: count("runs")?,
        })
    }

    /// A canonical, sorted text dump of documents, sentences, events and
    /// mentions without row ids or run ids: two databases holding the same
    /// data give the same dump whatever order it was written in.
    pub fn dump(&self) -> Result<Vec<String>, StoreError> {
        let queries = [
            "SELECT 'doc|' || id || '|' || content_hash || '|' || coalesce(date, '') || '|' || coalesce(title, '') || '|'
                    || coalesce(url, '') || '|' || coalesce(outlet, '') || '|' || text FROM documents",
            "SELECT 'sent|' || d.id || '|' || d.content_hash || '|' || s.idx || '|' || s.start_byte || '|' || s.end_byte
             FROM sentences s JOIN documents d ON d.rowid = s.doc_rowid",
            "SELECT 'event|' || e.doc_id || '|' || coalesce(e.date, '') || '|' || e.cameo || '|' || e.plover_type || '|'
                    || e.source_json || '|' || coalesce(e.target_json, '') || '|' || e.provenance || '|' || e.negated
                    || e.future || e.conditional || e.hypothetical || e.reported || '|' || coalesce(e.outlet, '')
                    || '|' || coalesce(e.issues, '')
             FROM events e",
            "SELECT 'mention|' || e.doc_id || '|' || e.cameo || '|' || e.sentence_idx || '|' || m.sentence
             FROM mentions m JOIN events e ON e.id = m.event_id",
            "SELECT 'rollup|' || scope || '|' || period || '|' || root || '|' || quad_class || '|' || plover_type || '|' || n
             FROM rollups",
            "SELECT 'key|' || k.key || '|' || k.date || '|' || e.doc_id || '|' || e.cameo || '|' || e.sentence_idx || '|'
                    || e.source_code || '|' || coalesce(e.target_code, '')
             FROM event_keys k JOIN events e ON e.id = k.event_id",
        ];
        let mut lines = Vec::new();
        for q in queries {
            let mut stmt = self.conn.prepare(q)?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            for line in rows {
                lines.push(line?);
            }
        }
        lines.sort();
        Ok(lines)
    }

    /// Updates planner statistics (after a large ingest).
    pub fn optimize(&self) -> Result<(), StoreError> {
        self.conn.execute_batch("ANALYZE; PRAGMA optimize;")?;
        Ok(())
    }
}

/// Deletes a document with its sentences and events, and takes its events
/// out of the keys and roll-ups.
fn delete_document(
    tx: &rusqlite::Transaction<'_>,
    rowid: i64,
    rollups: &mut RollupDelta,
) -> Result<(), StoreError> {
    remove_document_facets(tx, rowid, rollups)?;
    tx.execute("DELETE FROM documents WHERE rowid = ?1", params![rowid])?;
    Ok(())
}

fn now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}
