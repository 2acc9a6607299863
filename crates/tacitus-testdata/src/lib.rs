//! # tacitus-testdata
//!
//! Test and benchmark support only (a dev-dependency): finds the `../shared`
//! reference data beside the checkout, or in `$TACITUS_SHARED`. Tests that
//! need it call [`shared_file`] and skip, with a one-line message naming what
//! is missing, when it is absent (a user's fresh clone).
//!
//! **Must never**: be a normal dependency of a product crate, or copy anything
//! out of `../shared`.

use std::path::{Path, PathBuf};

/// The shared data directory, if present.
pub fn shared_dir() -> Option<PathBuf> {
    if let Ok(dir) = std::env::var("TACITUS_SHARED") {
        let p = PathBuf::from(dir);
        return p.is_dir().then_some(p);
    }
    // crates/tacitus-testdata -> workspace root -> its parent
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent()?.parent()?;
    let p = root.parent()?.join("shared");
    p.is_dir().then_some(p)
}

/// A file under the shared directory (e.g. `seed/000_959f818437682cf3.txt`),
/// or `None` after printing `skipped: ../shared/REL is missing`.
pub fn shared_file(rel: &str) -> Option<PathBuf> {
    match shared_dir().map(|d| d.join(rel)) {
        Some(p) if p.exists() => Some(p),
        _ => {
            eprintln!("skipped: ../shared/{rel} is missing");
            None
        }
    }
}

/// The workspace root (for `examples/`, `data/`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Returns early from a test when a shared file is missing:
/// `let seed = require_shared!("seed/000_959f818437682cf3.txt");`
#[macro_export]
macro_rules! require_shared {
    ($rel:expr) => {
        match $crate::shared_file($rel) {
            Some(p) => p,
            None => return,
        }
    };
}
