//! # tacitus-store
//!
//! The event database: one embedded SQLite file (WAL mode) holding documents
//! (with the cleaned text that every span indexes), their sentences, coded
//! events with all their fields, PLOVER coding, flags and provenance, the
//! actors seen, mentions (which sentences report an event), ingestion runs,
//! and derived tables for fast country filters and timelines. It owns the
//! schema and its migrations (`PRAGMA user_version`), idempotent and
//! transactional batch ingestion (a document is keyed on id + content hash),
//! parameterized event queries, timelines, dyad counts, the relations ledger,
//! and a synthetic event generator for load tests.
//!
//! **Must never**: run the pipeline (it stores what it is given), print, or
//! build SQL from user text: every value reaches SQLite as a bound parameter.

mod error;
pub mod generate;
mod query;
mod record;
pub mod relations;
pub mod schema;
mod store;

pub use error::StoreError;
pub use query::{
    ActorCount, DocumentSummary, DocumentView, DyadCount, EventFilter, EventRow, Interval,
    SentenceRow, TimelineGroup, TimelinePoint,
};
pub use relations::{Relation, RelationKind, RelationState, RelationsFilter};
pub use store::{BatchOutcome, DocumentRecord, RunStats, Store, StoreSummary, content_hash};
