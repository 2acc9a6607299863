//! `tacitus bench store`: ingest a corpus into a temporary database and
//! report throughput and the share of time spent storing vs coding; or, with
//! `--generate N --db PATH`, write N synthetic events (for load tests).

use crate::cmd::ingest::ingest_documents;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use tacitus_coder::Coder;
use tacitus_nlp::Analyzer;
use tacitus_store::Store;

#[derive(clap::Args)]
pub struct Args {
    /// Corpus to ingest (any input format).
    #[arg(long, default_value = "../shared/news/newsarticles-2017.jsonl")]
    pub input: PathBuf,
    /// Ingest at most this many documents.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Documents per batch.
    #[arg(long, default_value_t = 64)]
    pub batch: usize,
    /// Instead of ingesting, write this many synthetic events into --db.
    #[arg(long, value_name = "N", requires = "db")]
    pub generate: Option<u64>,
    /// Database for --generate (kept), or for the ingest (default: a temporary file, removed).
    #[arg(long, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Tagger and parser directory (default: built-in models).
    #[arg(long, value_name = "DIR")]
    pub models: Option<PathBuf>,
    /// Seed of the synthetic data.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

fn generate(args: &Args, n: u64, db: &PathBuf) -> anyhow::Result<ExitCode> {
    let mut store = Store::open(db)?;
    let start = Instant::now();
    let mut last = Instant::now();
    tacitus_store::generate::generate(&mut store, n, args.seed, |done| {
        if last.elapsed().as_secs() >= 5 {
            eprintln!("  {done} events written");
            last = Instant::now();
        }
    })?;
    let secs = start.elapsed().as_secs_f64();
    let size = std::fs::metadata(db).map(|m| m.len()).unwrap_or(0);
    println!(
        "store generate: {n} events in {secs:.1} s ({:.0} events/s stored incl. indexes and counts), database {:.0} MB",
        n as f64 / secs.max(1e-9),
        size as f64 / 1e6
    );
    Ok(ExitCode::SUCCESS)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let (Some(n), Some(db)) = (args.generate, &args.db) {
        return generate(&args, n, db);
    }
    if !args.input.exists() {
        anyhow::bail!(
            "{}: not found (give --input, or run from the workspace with ../shared beside it)",
            args.input.display()
        );
    }
    let (db, temporary) = match &args.db {
        Some(p) => (p.clone(), false),
        None => (
            std::env::temp_dir().join(format!("tacitus-bench-store-{}.db", std::process::id())),
            true,
        ),
    };
    let analyzer: Analyzer = crate::cmd::analyze::load_analyzer(args.models.as_deref())?;
    let coder = Coder::builtin().map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut store = Store::open(&db)?;
    let docs = tacitus_ingest::read_stream(std::slice::from_ref(&args.input), &Default::default())
        .take(args.limit.unwrap_or(usize::MAX));
    let mut errors = 0u64;
    let report = ingest_documents(
        &mut store,
        None,
        docs,
        args.batch.max(1),
        (&analyzer, &coder),
        |_| errors += 1,
        |_| {},
    )?;
    let summary = store.summary()?;
    drop(store);
    if temporary {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
        }
    }
    let total = report.total.as_secs_f64().max(1e-9);
    let coding = report.coding.as_secs_f64();
    let storing = report.storing.as_secs_f64();
    println!(
        "store: {} docs, {} sentences, {} events in {total:.2} s ({:.1} docs/s, {:.1} events/s), {errors} errors",
        report.documents_new,
        summary.sentences,
        report.events,
        report.documents_new as f64 / total,
        report.events as f64 / total,
    );
    println!(
        "store: coding (clean+analyze+code, parallel) {coding:.2} s, storing {storing:.3} s = {:.1}% of coding time (target < 20%)",
        100.0 * storing / coding.max(1e-9)
    );
    Ok(ExitCode::SUCCESS)
}
