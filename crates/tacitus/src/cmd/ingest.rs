//! `tacitus ingest`: read, clean, analyze and code documents, and store them
//! with their events. Batches are processed in parallel (rayon) and stored
//! from the main thread, one transaction per batch: a run killed at any
//! moment keeps every committed batch, and running it again skips what is
//! stored (documents are keyed on id + content hash) and adds the rest.

use crate::input::InputArgs;
use crate::pipeline::{Processed, process};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use tacitus_coder::Coder;
use tacitus_core::{Document, RecordError};
use tacitus_nlp::Analyzer;
use tacitus_store::{DocumentRecord, RunStats, Store, content_hash};

/// Analyze, code and store documents in the event database.
///
/// Examples:
///
///   tacitus ingest --db events.db examples/news/
///   tacitus ingest --db events.db --date 2025-07-04 article.txt
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// The database file (created if missing).
    #[arg(long, value_name = "PATH")]
    pub db: PathBuf,
    /// Documents per batch (one transaction each).
    #[arg(long, default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub batch: u64,
    /// Load the tagger and parser from this directory instead of the built-in models.
    #[arg(long, value_name = "DIR")]
    pub models: Option<PathBuf>,
    /// Print no summary.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Totals and timings of an ingestion.
#[derive(Debug, Default, Clone, Copy)]
pub struct IngestReport {
    pub documents_new: u64,
    pub documents_skipped: u64,
    pub events: u64,
    pub errors: u64,
    /// Wall time spent in clean + analyze + code (parallel section).
    pub coding: Duration,
    /// Wall time spent storing (main thread, transactions).
    pub storing: Duration,
    pub total: Duration,
}

/// Runs documents through the pipeline into the store, batch by batch.
/// `on_error` sees each record that was skipped; `on_batch` the running totals.
/// `batch_size` documents are processed in parallel, then stored in one transaction.
pub fn ingest_documents(
    store: &mut Store,
    run: Option<i64>,
    documents: impl Iterator<Item = Result<Document, RecordError>>,
    batch_size: usize,
    (analyzer, coder): (&Analyzer, &Coder),
    mut on_error: impl FnMut(&RecordError),
    mut on_batch: impl FnMut(&IngestReport),
) -> anyhow::Result<IngestReport> {
    let start = Instant::now();
    let mut report = IngestReport::default();
    let mut documents = documents.peekable();
    while documents.peek().is_some() {
        let mut batch: Vec<(Document, String)> = Vec::with_capacity(batch_size);
        for item in documents.by_ref() {
            match item {
                Ok(doc) => {
                    let hash = content_hash(&doc);
                    batch.push((doc, hash));
                    if batch.len() >= batch_size {
                        break;
                    }
                }
                Err(e) => {
                    report.errors += 1;
                    on_error(&e);
                }
            }
        }
        // skip what is stored already, and repeats within the batch
        let known =
            store.known_documents(batch.iter().map(|(d, h)| (d.id.as_str(), h.as_str())))?;
        let mut seen = HashSet::new();
        let before = batch.len();
        batch.retain(|(d, h)| {
            !known.contains(&(d.id.clone(), h.clone())) && seen.insert((d.id.clone(), h.clone()))
        });
        report.documents_skipped += (before - batch.len()) as u64;

        let t = Instant::now();
        let processed: Vec<(Result<Processed, String>, &String)> = batch
            .par_iter()
            .map(|(doc, hash)| {
                // a stage that panics on one document must not lose the batch
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    process(doc, analyzer, coder)
                }))
                .map_err(|p| {
                    let msg = p
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| p.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "panic".into());
                    format!("pipeline failed on document {}: {msg}", doc.id)
                });
                (result, hash)
            })
            .collect();
        report.coding += t.elapsed();

        let t = Instant::now();
        let mut records = Vec::with_capacity(processed.len());
        for ((result, hash), (doc, _)) in processed.iter().zip(batch.iter()) {
            match result {
                Ok(p) => records.push(DocumentRecord {
                    document: &p.document,
                    content_hash: (*hash).clone(),
                    sentences: p.analyzed.sentences.iter().map(|s| s.span).collect(),
                    events: &p.events,
                }),
                Err(msg) => {
                    report.errors += 1;
                    on_error(&RecordError::new(
                        doc.origin.file.clone(),
                        doc.origin.line,
                        None,
                        msg.clone(),
                    ));
                }
            }
        }
        let outcome = store.store_batch(run, &records)?;
        report.storing += t.elapsed();
        report.documents_new += outcome.documents_new;
        report.documents_skipped += outcome.documents_skipped;
        report.events += outcome.events;
        report.total = start.elapsed();
        on_batch(&report);
    }
    report.total = start.elapsed();
    Ok(report)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let analyzer = super::analyze::load_analyzer(args.models.as_deref())
        .map_err(|e| anyhow::anyhow!("loading the analyzer: {e}"))?;
    let coder = Coder::builtin().map_err(|e| anyhow::anyhow!("loading the coder: {e}"))?;
    let mut store =
        Store::open(&args.db).map_err(|e| anyhow::anyhow!("{}: {e}", args.db.display()))?;
    let inputs: Vec<String> = args
        .input
        .inputs
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let run = store.begin_run(&inputs.join(" "))?;

    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {elapsed_precise} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    let documents = args.input.stream();
    let result = ingest_documents(
        &mut store,
        Some(run),
        documents,
        args.batch as usize,
        (&analyzer, &coder),
        |e| bar.suspend(|| crate::input::report(e)),
        |r| {
            let secs = r.total.as_secs_f64().max(1e-9);
            bar.set_message(format!(
                "{} new, {} skipped, {} events ({:.1} docs/s, {:.1} events/s)",
                r.documents_new,
                r.documents_skipped,
                r.events,
                (r.documents_new + r.documents_skipped) as f64 / secs,
                r.events as f64 / secs
            ));
        },
    );
    bar.finish_and_clear();
    let report = match result {
        Ok(r) => r,
        Err(e) => {
            let _ = store.finish_run(run, RunStats::default(), "failed");
            return Err(e);
        }
    };
    let stats = RunStats {
        documents_new: report.documents_new,
        documents_skipped: report.documents_skipped,
        events: report.events,
        errors: report.errors,
    };
    store.finish_run(run, stats, "done")?;
    if report.documents_new > 1000 {
        store.optimize()?;
    }
    if !args.quiet {
        eprintln!(
            "ingested into {}: {} documents new, {} skipped (already stored), {} events, {} errors, {:.2} s",
            args.db.display(),
            report.documents_new,
            report.documents_skipped,
            report.events,
            report.errors,
            report.total.as_secs_f64()
        );
    }
    Ok(if report.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
