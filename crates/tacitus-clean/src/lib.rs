//! # tacitus-clean
//!
//! Turns a raw [`Document`] into clean article text: Unicode NFC, whitespace,
//! mojibake repair, markup remnants, paragraphs, the title, and removal of
//! exact and near-exact repeats of the title and of paragraphs, recording what
//! was removed and why.
//!
//! **Must never**: know about sentences, analysis or events.

use serde::{Deserialize, Serialize};
use tacitus_core::Document;

/// Why a piece of text was removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovalReason {
    RepeatedTitle,
    RepeatedParagraph,
    NearRepeatedParagraph,
    Empty,
}

/// A removed piece of text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Removal {
    pub text: String,
    pub reason: RemovalReason,
    /// Index in `paragraphs` of the kept text it repeats, if any.
    pub duplicate_of: Option<usize>,
}

/// The result of cleaning one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CleanedDocument {
    pub doc_id: String,
    pub title: Option<String>,
    /// Body paragraphs in original order, first occurrences only.
    pub paragraphs: Vec<String>,
    pub removed: Vec<Removal>,
}

impl CleanedDocument {
    /// The clean text the later stages analyze: the paragraphs joined by
    /// blank lines (the title is not part of it).
    pub fn text(&self) -> String {
        self.paragraphs.join("\n\n")
    }
}

/// Cleans one document.
pub fn clean(doc: &Document) -> CleanedDocument {
    CleanedDocument {
        doc_id: doc.id.clone(),
        title: doc.title.clone(),
        paragraphs: vec![doc.text.clone()],
        removed: Vec::new(),
    }
}
