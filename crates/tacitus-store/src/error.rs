//! The store's error type.

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("schema: {0}")]
    Schema(String),
    /// A query parameter that cannot be used (bad code, bad date, page too big).
    #[error("{0}")]
    InvalidFilter(String),
    #[error("not found: {0}")]
    NotFound(String),
}

impl StoreError {
    /// True when the error is the caller's fault (a bad filter or an unknown
    /// id) rather than the database's.
    pub fn is_client_error(&self) -> bool {
        matches!(self, StoreError::InvalidFilter(_) | StoreError::NotFound(_))
    }
}
