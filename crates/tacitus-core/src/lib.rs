//! # tacitus-core
//!
//! The vocabulary every other Tacitus crate speaks: [`Document`] (what a reader
//! produces), [`Span`] (byte ranges into a document's text), the analysis types
//! ([`AnalyzedSentence`], [`AnalyzedToken`]) that the analyzer fills and the coder
//! reads, the coding types ([`Event`], [`ActorMention`], [`Provenance`]), the
//! pipeline-wide error type, flexible date parsing, and the compiled-in ontology
//! tables (CAMEO event codes, PLOVER 2.0 types/modes/contexts, CAMEO actor codes
//! and the CAMEO to PLOVER mapping) under [`ontology`].
//!
//! **Must never**: perform I/O (files, network, stdout), or depend on any other
//! tacitus crate. Everything here is plain data plus pure functions, so every
//! stage can depend on it without pulling in anything heavy.

pub mod analysis;
pub mod date;
pub mod document;
pub mod error;
pub mod event;
pub mod offsets;
pub mod ontology;
pub mod swar;

pub use analysis::{AnalyzedDocument, AnalyzedSentence, AnalyzedToken, SentenceSpan, TokenSpan};
pub use date::parse_date;
pub use document::{Document, Origin, Span};
pub use error::{RecordError, TacitusError};
pub use event::{
    ActorMention, DictionaryEntryRef, Event, EventFlags, IssueTag, PloverCoding, Provenance,
};
pub use offsets::CharOffsets;
