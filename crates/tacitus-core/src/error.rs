//! Errors shared across the pipeline.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A problem with one input record. Readers and parsers collect these and go
/// on with the rest of the input: one bad record never aborts a batch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordError {
    /// File path (or `-` for stdin, or a builtin name).
    pub file: String,
    /// 1-based line, when the format has lines.
    pub line: Option<u64>,
    /// The field or element at fault, when one can be named.
    pub field: Option<String>,
    pub message: String,
}

impl RecordError {
    pub fn new(
        file: impl Into<String>,
        line: Option<u64>,
        field: Option<&str>,
        message: impl Into<String>,
    ) -> Self {
        RecordError {
            file: file.into(),
            line,
            field: field.map(str::to_string),
            message: message.into(),
        }
    }
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ": field `{field}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for RecordError {}

/// Errors that stop an operation as a whole (a file that cannot be opened, a
/// model that cannot be loaded). Per-record problems are [`RecordError`]s.
#[derive(Debug, thiserror::Error)]
pub enum TacitusError {
    #[error("{path}: {message}")]
    Io { path: String, message: String },
    #[error("{0}")]
    Record(#[from] RecordError),
    #[error("invalid model `{name}`: {message}")]
    Model { name: String, message: String },
    #[error("{0}")]
    Other(String),
}
