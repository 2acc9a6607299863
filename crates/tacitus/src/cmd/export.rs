//! `tacitus export`: every event of the database in an exchange format.

use super::query::OffsetCache;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use tacitus_format::{EventContext, EventFormat, EventWriter};
use tacitus_store::{Store, StoreError};

/// Export all events of the database.
///
/// Examples:
///
///   tacitus export --db events.db --format jsonl > events.jsonl
///   tacitus export --db events.db --format gdelt --output events.tsv
#[derive(clap::Args)]
pub struct Args {
    /// The database file.
    #[arg(long, value_name = "PATH")]
    pub db: PathBuf,
    /// Output format: jsonl, csv, gdelt, plover or petrarch.
    #[arg(long, default_value = "jsonl", value_parser = parse_format)]
    pub format: EventFormat,
    /// Write here instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

fn parse_format(s: &str) -> Result<EventFormat, String> {
    s.parse::<EventFormat>().map_err(|e| e.to_string())
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = Store::open_read_only(&args.db)
        .map_err(|e| anyhow::anyhow!("{}: {e}", args.db.display()))?;
    let out: Box<dyn Write> = match &args.output {
        Some(p) => {
            Box::new(std::fs::File::create(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?)
        }
        None => Box::new(std::io::stdout().lock()),
    };
    let mut writer = EventWriter::new(args.format, std::io::BufWriter::new(out));
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
    eprintln!("exported {n} events as {}", args.format);
    Ok(ExitCode::SUCCESS)
}
