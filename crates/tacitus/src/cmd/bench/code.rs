//! `tacitus bench code`: raw text -> events throughput (clean, analyze, code)
//! on one thread by default, with dictionary load times (cold and cached)
//! and peak memory.

use crate::cmd::code::{ParseMode, analyze_given};
use crate::cmd::dict::DictArgs;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use tacitus_coder::{Coder, CoderOptions};
use tacitus_core::Document;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub dicts: DictArgs,
    /// Worker threads.
    #[arg(long, default_value_t = 1)]
    pub threads: usize,
    /// Stop after this many documents (0: all).
    #[arg(long, default_value_t = 0)]
    pub limit: usize,
    /// `given`: time the coder alone on the parses given with the input
    /// (PETRARCH XML); `ours`: raw text -> events with our analyzer.
    #[arg(long, value_enum, default_value = "ours")]
    pub parses: ParseMode,
    /// With `--parses given`: code the input this many times.
    #[arg(long, default_value_t = 20)]
    pub repeat: usize,
    /// Input files (default: ../shared/news/newsarticles-2017.jsonl).
    pub inputs: Vec<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    // Cold: parse and compile from the sources; then cached (written by the cold run).
    let sources = args.dicts.sources()?;
    let t = Instant::now();
    let (cold, _) = tacitus_dict::load_compiled(&sources, false);
    let cold_ms = t.elapsed().as_secs_f64() * 1000.0;
    let _ = tacitus_dict::load_compiled(&sources, true);
    let t = Instant::now();
    let (cached, origin) = tacitus_dict::load_compiled(&sources, true);
    let cached_ms = t.elapsed().as_secs_f64() * 1000.0;
    println!(
        "dictionaries: {} actors, {} agents, {} verb blocks; load cold {cold_ms:.0} ms, from cache {cached_ms:.0} ms ({})",
        cold.actors.len(),
        cold.agents.len(),
        cold.verbs.len(),
        if origin == tacitus_dict::LoadOrigin::Cache {
            "cache hit"
        } else {
            "cache unavailable"
        }
    );
    drop(cold);
    let coder = Coder::new(cached, CoderOptions::default());
    if args.parses == ParseMode::Given {
        return bench_given(&args, &coder);
    }
    let t = Instant::now();
    let analyzer = tacitus_nlp::Analyzer::builtin()?;
    println!(
        "analyzer: loaded in {:.0} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );
    let inputs = if args.inputs.is_empty() {
        vec![PathBuf::from("../shared/news/newsarticles-2017.jsonl")]
    } else {
        args.inputs.clone()
    };
    let mut docs: Vec<Document> =
        tacitus_ingest::read_stream(&inputs, &tacitus_ingest::ReadOptions::default())
            .filter_map(Result::ok)
            .collect();
    if args.limit > 0 {
        docs.truncate(args.limit);
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.max(1))
        .build()?;
    let t = Instant::now();
    let (sentences, tokens, events) = pool.install(|| {
        use rayon::prelude::*;
        docs.par_iter()
            .map(|d| {
                let p = crate::pipeline::process(d, &analyzer, &coder);
                let toks: usize = p.analyzed.sentences.iter().map(|s| s.tokens.len()).sum();
                (p.analyzed.sentences.len(), toks, p.events.len())
            })
            .reduce(|| (0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2))
    });
    let secs = t.elapsed().as_secs_f64().max(1e-9);
    // Coding alone, on analyses made beforehand (first 300 documents).
    let sample: Vec<_> = docs
        .iter()
        .take(300)
        .map(|d| {
            let (doc, _) = crate::pipeline::clean_document(d);
            let a = analyzer.analyze(&doc);
            (doc, a)
        })
        .collect();
    let t = Instant::now();
    let mut coded_sentences = 0usize;
    for (doc, a) in &sample {
        coded_sentences += a.sentences.len();
        std::hint::black_box(coder.code_document(doc, a));
    }
    let code_secs = t.elapsed().as_secs_f64().max(1e-9);
    println!(
        "code: {} docs, {sentences} sentences, {tokens} tokens, {events} events in {secs:.2} s on {} thread(s): \
         {:.0} sentences/s, {:.0} tokens/s (raw text -> events)",
        docs.len(),
        args.threads.max(1),
        sentences as f64 / secs,
        tokens as f64 / secs
    );
    println!(
        "coder alone: {coded_sentences} sentences in {:.3} s: {:.0} sentences/s",
        code_secs,
        coded_sentences as f64 / code_secs
    );
    if let Some(mb) = super::analyze::peak_rss_mb() {
        println!("peak memory: {mb:.0} MB");
    }
    Ok(ExitCode::SUCCESS)
}

/// The coder alone on given parses.
fn bench_given(args: &Args, coder: &Coder) -> anyhow::Result<ExitCode> {
    let docs: Vec<Document> =
        tacitus_ingest::read_stream(&args.inputs, &tacitus_ingest::ReadOptions::default())
            .filter_map(Result::ok)
            .collect();
    let analyzed: Vec<_> = docs
        .iter()
        .filter_map(|d| {
            let parse = d.given_parse.as_deref()?;
            analyze_given(d, parse, false).ok().map(|a| (d, a))
        })
        .collect();
    let sentences: usize = analyzed.iter().map(|(_, a)| a.sentences.len()).sum();
    let t = Instant::now();
    let mut events = 0usize;
    for _ in 0..args.repeat.max(1) {
        for (d, a) in &analyzed {
            events += std::hint::black_box(coder.code_document(d, a)).len();
        }
    }
    let secs = t.elapsed().as_secs_f64().max(1e-9);
    let total = sentences * args.repeat.max(1);
    println!(
        "coder alone (given parses): {total} sentences, {events} events in {secs:.3} s on 1 thread: {:.0} sentences/s",
        total as f64 / secs
    );
    if let Some(mb) = super::analyze::peak_rss_mb() {
        println!("peak memory: {mb:.0} MB");
    }
    Ok(ExitCode::SUCCESS)
}
