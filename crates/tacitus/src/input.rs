//! Input options shared by every subcommand that reads documents.

use std::path::PathBuf;

/// Where documents come from and how to read them.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Files or directories to read; `-` (or nothing) reads standard input.
    pub inputs: Vec<PathBuf>,
}
