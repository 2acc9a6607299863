//! The server's copy of the in-memory read index ([`ReadIndex`]), kept in
//! step with the database file.
//!
//! Built at start; afterwards, at most every [`CHECK_EVERY`] (and at once
//! after a `POST /api/documents`), the size and modification time of the
//! database and its WAL file are compared with those seen when the index
//! was built. When they differ, requests go to SQL (always exact) while a
//! background thread brings the index up to date ([`ReadIndex::refresh`]:
//! appended events are merged into a copy of the index, any other change
//! rebuilds it whole), which then replaces the old one. Readers never wait
//! for a build.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant, SystemTime};
use tacitus_store::{ReadIndex, Refresh, Store, StoreError};

/// How often requests look at the database file for changes.
pub const CHECK_EVERY: Duration = Duration::from_millis(100);

/// Size and modification time of the database file and of its WAL.
type Signature = [(u64, Option<SystemTime>); 2];

fn signature(db: &Path) -> Signature {
    let stat = |p: &Path| match std::fs::metadata(p) {
        Ok(m) => (m.len(), m.modified().ok()),
        Err(_) => (0, None),
    };
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    [stat(db), stat(Path::new(&wal))]
}

/// What one build produced: the index, or nothing when the data cannot be
/// indexed (then SQL answers until the file changes).
struct Built {
    index: Option<Arc<ReadIndex>>,
    signature: Signature,
}

/// How long the last build took and what it holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BuildStats {
    pub events: usize,
    pub heap_bytes: usize,
    pub seconds: f64,
    /// The build merged appended events into the previous index (else it
    /// read every event).
    pub appended: bool,
}

/// The read index of a database, rebuilt when the file changes.
pub struct LiveIndex {
    db: PathBuf,
    built: RwLock<Option<Built>>,
    started: Instant,
    /// Milliseconds after `started` of the last look at the file.
    last_check: AtomicU64,
    stale: AtomicBool,
    /// Look at the file on the next request.
    force_check: AtomicBool,
    building: AtomicBool,
    stats: RwLock<Option<BuildStats>>,
    error: RwLock<Option<String>>,
}

fn build(db: &Path) -> Result<(Arc<ReadIndex>, Signature), StoreError> {
    let signature = signature(db);
    let store = Store::open_read_only(db)?;
    let index = ReadIndex::build(&store)?;
    Ok((Arc::new(index), signature))
}

/// The index of the database now, from `current` when it has one; the
/// refresh, when one was made, and whether it merged appended events.
fn update(
    db: &Path,
    current: Option<Arc<ReadIndex>>,
) -> Result<(Arc<ReadIndex>, Signature, Option<bool>), StoreError> {
    let Some(current) = current else {
        let (index, signature) = build(db)?;
        return Ok((index, signature, Some(false)));
    };
    let signature = signature(db);
    let store = Store::open_read_only(db)?;
    Ok(match current.refresh(&store)? {
        Refresh::Unchanged => (current, signature, None),
        Refresh::Appended(index) => (Arc::new(index), signature, Some(true)),
        Refresh::Rebuilt(index) => (Arc::new(index), signature, Some(false)),
    })
}

fn stats_of(index: &ReadIndex, started: Instant, appended: bool) -> BuildStats {
    BuildStats {
        events: index.len(),
        heap_bytes: index.heap_bytes(),
        seconds: started.elapsed().as_secs_f64(),
        appended,
    }
}

impl LiveIndex {
    /// Builds the index of `db` now. When the data cannot be indexed, SQL
    /// answers everything until the file changes ([`LiveIndex::error`] says why).
    pub fn open(db: &Path) -> LiveIndex {
        let started = Instant::now();
        let before = signature(db);
        let (index, signature, stats, error) = match build(db) {
            Ok((index, signature)) => {
                let stats = stats_of(&index, started, false);
                (Some(index), signature, Some(stats), None)
            }
            Err(e) => (None, before, None, Some(e.to_string())),
        };
        LiveIndex {
            db: db.to_path_buf(),
            built: RwLock::new(Some(Built { index, signature })),
            started,
            last_check: AtomicU64::new(0),
            stale: AtomicBool::new(false),
            force_check: AtomicBool::new(false),
            building: AtomicBool::new(false),
            stats: RwLock::new(stats),
            error: RwLock::new(error),
        }
    }

    /// Why the last build failed, if it did.
    pub fn error(&self) -> Option<String> {
        self.error.read().ok().and_then(|e| e.clone())
    }

    /// The last build's figures.
    pub fn stats(&self) -> Option<BuildStats> {
        self.stats.read().ok().and_then(|s| *s)
    }

    /// The index, when it matches the database file; `None` sends the
    /// request to SQL (and a rebuild is under way).
    pub fn get(self: &Arc<Self>) -> Option<Arc<ReadIndex>> {
        let now = self.started.elapsed().as_millis() as u64;
        let last = self.last_check.load(Ordering::Relaxed);
        let due = now.saturating_sub(last) >= CHECK_EVERY.as_millis() as u64
            && self
                .last_check
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok();
        if self.force_check.swap(false, Ordering::AcqRel) || due {
            let current = signature(&self.db);
            let same = self
                .built
                .read()
                .ok()
                .and_then(|b| b.as_ref().map(|b| b.signature == current))
                .unwrap_or(false);
            self.stale.store(!same, Ordering::Release);
            if !same {
                self.rebuild();
            }
        }
        if self.stale.load(Ordering::Acquire) {
            return None;
        }
        self.built
            .read()
            .ok()
            .and_then(|b| b.as_ref().and_then(|b| b.index.clone()))
    }

    /// The database was written: check it on the next request.
    pub fn changed(&self) {
        self.force_check.store(true, Ordering::Release);
    }

    /// Starts a background rebuild unless one runs.
    fn rebuild(self: &Arc<Self>) {
        if self.building.swap(true, Ordering::AcqRel) {
            return;
        }
        let live = Arc::clone(self);
        std::thread::spawn(move || {
            loop {
                let started = Instant::now();
                let before = signature(&live.db);
                // a build that just finished may already match the file
                let current = live
                    .built
                    .read()
                    .ok()
                    .and_then(|b| b.as_ref().map(|b| b.signature == before))
                    .unwrap_or(false);
                if current {
                    live.stale.store(false, Ordering::Release);
                    break;
                }
                let current = live
                    .built
                    .read()
                    .ok()
                    .and_then(|b| b.as_ref().and_then(|b| b.index.clone()));
                let (index, signature_built, error) = match update(&live.db, current) {
                    Ok((index, sig, made)) => {
                        if let Some(appended) = made
                            && let Ok(mut s) = live.stats.write()
                        {
                            *s = Some(stats_of(&index, started, appended));
                        }
                        (Some(index), sig, None)
                    }
                    // the data cannot be indexed (or the file is not
                    // readable): SQL answers until the file changes
                    Err(e) => (None, before, Some(e.to_string())),
                };
                if let Ok(mut slot) = live.error.write() {
                    *slot = error;
                }
                let fresh = signature_built == signature(&live.db);
                if let Ok(mut slot) = live.built.write() {
                    *slot = Some(Built {
                        index,
                        signature: signature_built,
                    });
                }
                if fresh {
                    live.stale.store(false, Ordering::Release);
                    break;
                }
            }
            live.building.store(false, Ordering::Release);
        });
    }
}
