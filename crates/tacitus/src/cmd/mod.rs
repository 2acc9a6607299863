//! One module per subcommand. Each exposes `Args` (clap) and
//! `run(Args) -> anyhow::Result<ExitCode>`.

pub mod analyze;
pub mod bench;
pub mod clean;
pub mod code;
pub mod dict;
pub mod explain;
pub mod export;
pub mod ingest;
pub mod ontology;
pub mod query;
pub mod relations;
pub mod sentences;
pub mod serve;
pub mod tokens;
pub mod train;
pub mod validate;
