//! `tacitus relations`: the relations ledger (recognition, diplomatic
//! relations, sanctions) with the events that support each state.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use tacitus_store::{RelationsFilter, Store};

/// Show the relations ledger: who recognizes, has ties with, or sanctions whom,
/// since when, and on what evidence.
///
/// Examples:
///
///   tacitus relations --db events.db --target AFG
///   tacitus relations --db events.db --source RUS --by-code
#[derive(clap::Args)]
pub struct Args {
    /// The database file.
    #[arg(long, value_name = "PATH")]
    pub db: PathBuf,
    /// Target country code or actor code prefix.
    #[arg(long)]
    pub target: Option<String>,
    /// Source country code or actor code prefix.
    #[arg(long)]
    pub source: Option<String>,
    /// Pair actors by full code (RUSGOV) instead of country (RUS).
    #[arg(long)]
    pub by_code: bool,
    /// Print JSON lines instead of a table.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = Store::open_read_only(&args.db)
        .map_err(|e| anyhow::anyhow!("{}: {e}", args.db.display()))?;
    let ledger = store.relations(&RelationsFilter {
        target: args.target.clone(),
        source: args.source.clone(),
        by_code: args.by_code,
    })?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.json {
        for r in &ledger {
            serde_json::to_writer(&mut out, r)?;
            writeln!(out)?;
        }
    } else {
        writeln!(
            out,
            "{:<10} {:<10} {:<21} {:<18} {:<11} EVIDENCE",
            "SOURCE", "TARGET", "RELATION", "STATE", "SINCE"
        )?;
        for r in &ledger {
            let since = r.since.map(|d| d.to_string()).unwrap_or_else(|| "-".into());
            for (i, ev) in r.evidence.iter().enumerate() {
                let sentence: String = ev.sentence_text.chars().take(90).collect();
                let evidence = format!(
                    "{}#{} [{}] {}",
                    ev.doc_id,
                    ev.sentence,
                    ev.cameo,
                    sentence.replace('\n', " ")
                );
                if i == 0 {
                    writeln!(
                        out,
                        "{:<10} {:<10} {:<21} {:<18} {:<11} {evidence}",
                        r.source,
                        r.target,
                        r.kind.as_str(),
                        r.state.as_str(),
                        since
                    )?;
                } else {
                    writeln!(out, "{:<74} {evidence}", "")?;
                }
            }
        }
        if ledger.is_empty() {
            writeln!(
                out,
                "(no recognition, diplomatic-relations or sanctions events match)"
            )?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
