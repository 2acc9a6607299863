//! `tacitus export`: every event of the database in an exchange format, or
//! as a Parquet file when built with `--features parquet`.

use super::query::OffsetCache;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use tacitus_format::{EventContext, EventFormat, EventWriter};
use tacitus_store::{Store, StoreError};

#[cfg(feature = "parquet")]
mod parquet;

/// Export all events of the database.
///
/// Examples:
///
///   tacitus export --db events.db --format jsonl > events.jsonl
///   tacitus export --db events.db --format gdelt --output events.tsv
///   tacitus export --db events.db --format parquet --output events.parquet
#[derive(clap::Args)]
pub struct Args {
    /// The database file.
    #[arg(long, value_name = "PATH")]
    pub db: PathBuf,
    /// Output format: jsonl, csv, gdelt, plover, petrarch, or parquet (needs a
    /// build with `--features parquet` and `--output`).
    #[arg(long, default_value = "jsonl", value_parser = parse_format)]
    pub format: ExportFormat,
    /// Write here instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// A text exchange format, or Parquet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Events(EventFormat),
    Parquet,
}

/// How to get Parquet support, for builds without it.
#[cfg(not(feature = "parquet"))]
pub const PARQUET_HINT: &str = "this tacitus was built without Parquet support; rebuild it with \
     `cargo build --release -p tacitus --features parquet`";

fn parse_format(s: &str) -> Result<ExportFormat, String> {
    if s.trim().eq_ignore_ascii_case("parquet") {
        return Ok(ExportFormat::Parquet);
    }
    s.parse::<EventFormat>()
        .map(ExportFormat::Events)
        .map_err(|e| format!("{e}, or parquet"))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let format = match args.format {
        ExportFormat::Events(f) => f,
        ExportFormat::Parquet => return export_parquet(&args),
    };
    let store = Store::open_read_only(&args.db)
        .map_err(|e| anyhow::anyhow!("{}: {e}", args.db.display()))?;
    let out: Box<dyn Write> = match &args.output {
        Some(p) => {
            Box::new(std::fs::File::create(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?)
        }
        None => Box::new(std::io::stdout().lock()),
    };
    let mut writer = EventWriter::new(format, std::io::BufWriter::new(out));
    let mut cache = OffsetCache::new(&store);
    store.for_each_event(|row| {
        let (offsets, url) = cache
            .get(&row)
            .map_err(|e| StoreError::Schema(e.to_string()))?;
        writer
            .write_with(
                &row.event,
                &EventContext {
                    offsets: Some(offsets),
                    url,
                },
            )
            .map_err(|e| StoreError::Schema(format!("writing: {e}")))
    })?;
    let n = writer.written();
    writer.finish()?.flush()?;
    eprintln!("exported {n} events as {format}");
    Ok(ExitCode::SUCCESS)
}

#[cfg(not(feature = "parquet"))]
fn export_parquet(_: &Args) -> anyhow::Result<ExitCode> {
    eprintln!("tacitus export: --format parquet: {PARQUET_HINT}");
    Ok(ExitCode::from(2))
}

#[cfg(feature = "parquet")]
fn export_parquet(args: &Args) -> anyhow::Result<ExitCode> {
    let Some(path) = &args.output else {
        anyhow::bail!("--format parquet writes a binary file: give --output FILE");
    };
    let store = Store::open_read_only(&args.db)
        .map_err(|e| anyhow::anyhow!("{}: {e}", args.db.display()))?;
    let file =
        std::fs::File::create(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let n = parquet::write_events(&store, file)?;
    eprintln!("exported {n} events as parquet to {}", path.display());
    Ok(ExitCode::SUCCESS)
}
