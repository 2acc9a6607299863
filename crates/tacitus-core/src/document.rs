//! The document model shared by every reader and stage.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's `text`.
///
/// Invariant: `start <= end`, and both fall on UTF-8 character boundaries of
/// the text they index. Byte offsets are what Rust slices with; output layers
/// convert them to character (Unicode scalar) offsets with
/// [`crate::CharOffsets`] before printing.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers, or `None` if it is out of range or not on
    /// character boundaries.
    pub fn slice<'a>(&self, text: &'a str) -> Option<&'a str> {
        text.get(self.start..self.end)
    }
}

/// Where a document came from, for error messages and provenance.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Origin {
    /// File path as given by the user, or `-` for standard input.
    pub file: String,
    /// 1-based line of the record in the file, where the format has lines.
    pub line: Option<u64>,
    /// 0-based index of the record within the file.
    pub record: Option<u64>,
}

/// One news document as read from any input format.
///
/// Invariant: `id` is non-empty and unique within one input file (readers
/// synthesize `FILE#N` ids when the input has none).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub date: Option<NaiveDate>,
    pub title: Option<String>,
    pub text: String,
    pub url: Option<String>,
    /// The outlet that published the document ("BBC", "TASS", a host name).
    pub source: Option<String>,
    /// ISO 639-1 language code, when known.
    pub language: Option<String>,
    /// A Penn Treebank bracketed parse given with the text (PETRARCH XML
    /// `<Parse>`), kept for `--parses given`.
    pub given_parse: Option<String>,
    pub origin: Origin,
}

impl Document {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            ..Default::default()
        }
    }
}
