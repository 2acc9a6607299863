//! A small pool of read-only SQLite connections.
//!
//! Hand-written (some 40 lines) rather than r2d2: we need only "take an idle
//! connection or open one, give it back", plus a semaphore bounding how many
//! queries run at once so 50 clients on 2 cores queue instead of thrashing.

use crate::ApiError;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tacitus_store::{Store, StoreError};
use tokio::sync::Semaphore;

/// Read-only connections to one database.
pub struct ReadPool {
    path: PathBuf,
    idle: Mutex<Vec<Store>>,
    permits: Arc<Semaphore>,
    max_idle: usize,
}

impl ReadPool {
    /// Opens one connection to check the database, and keeps it.
    pub fn open(path: &Path, max_concurrent: usize) -> Result<ReadPool, ApiError> {
        let first = Store::open_read_only(path).map_err(|e| ApiError::internal(e.to_string()))?;
        Ok(ReadPool {
            path: path.to_path_buf(),
            idle: Mutex::new(vec![first]),
            permits: Arc::new(Semaphore::new(max_concurrent.max(1))),
            max_idle: max_concurrent.max(1),
        })
    }

    /// Runs `f` with a connection on the calling thread, outside the limit
    /// on concurrent queries: for short reads (a page of rows by id) that
    /// cost less than moving to a blocking thread.
    pub fn with<T>(&self, f: impl FnOnce(&Store) -> Result<T, StoreError>) -> Result<T, ApiError> {
        let taken = self.idle.lock().ok().and_then(|mut idle| idle.pop());
        let store = match taken {
            Some(s) => s,
            None => Store::open_read_only(&self.path)?,
        };
        let result = f(&store);
        if let Ok(mut idle) = self.idle.lock()
            && idle.len() < self.max_idle
        {
            idle.push(store);
        }
        result.map_err(ApiError::from)
    }

    /// Runs `f` with a connection on a blocking thread.
    pub async fn run<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|_| ApiError::internal("server is shutting down"))?;
        let pool = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let taken = pool.idle.lock().ok().and_then(|mut idle| idle.pop());
            let store = match taken {
                Some(s) => s,
                None => Store::open_read_only(&pool.path)?,
            };
            let result = f(&store);
            if let Ok(mut idle) = pool.idle.lock()
                && idle.len() < pool.max_idle
            {
                idle.push(store);
            }
            result
        })
        .await
        .map_err(|_| ApiError::internal("query task failed"))?
        .map_err(ApiError::from)
    }
}
