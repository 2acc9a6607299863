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
    /// Analyze every sentence instead of only those the pre-check lets
    /// through (the events are the same; this measures the saving).
    #[arg(long)]
    pub no_prefilter: bool,
    /// Documents analyzed beforehand to time the coder alone (0: skip that figure).
    #[arg(long, default_value_t = 300)]
    pub coder_sample: usize,
    /// Input files (default: ../shared/news/newsarticles-2017.jsonl).
    pub inputs: Vec<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    // Cold: parse and compile from the sources; then cached (written by the cold run).
    let sources = args.dicts.sources()?;
    let t = Instant::now();
    let cpu = thread_cpu_ms();
    let (cold, _) = tacitus_dict::load_compiled(&sources, false);
    let cold_ms = t.elapsed().as_secs_f64() * 1000.0;
    let cold_cpu = thread_cpu_ms().zip(cpu).map(|(b, a)| b - a);
    let _ = tacitus_dict::load_compiled(&sources, true);
    let t = Instant::now();
    let cpu = thread_cpu_ms();
    let (cached, origin) = tacitus_dict::load_compiled(&sources, true);
    let cached_ms = t.elapsed().as_secs_f64() * 1000.0;
    let cached_cpu = thread_cpu_ms().zip(cpu).map(|(b, a)| b - a);
    let cpu_note = |ms: Option<f64>| {
        ms.map(|m| format!(" ({m:.0} ms of CPU)"))
            .unwrap_or_default()
    };
    println!(
        "dictionaries: {} actors, {} agents, {} verb blocks; load cold {cold_ms:.0} ms{}, from cache {cached_ms:.0} ms{} ({})",
        cold.actors.len(),
        cold.agents.len(),
        cold.verbs.len(),
        cpu_note(cold_cpu),
        cpu_note(cached_cpu),
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
    let options = crate::pipeline::PipelineOptions {
        prefilter: !args.no_prefilter,
    };
    let t = Instant::now();
    let cpu_start = process_cpu_seconds();
    let totals = pool.install(|| {
        use rayon::prelude::*;
        docs.par_iter()
            .map(|d| {
                let p = crate::pipeline::process_with(d, &analyzer, &coder, options);
                let toks: usize = p.analyzed.sentences.iter().map(|s| s.tokens.len()).sum();
                [
                    p.analyzed.sentences.len(),
                    p.skipped.len(),
                    toks,
                    p.events.len(),
                ]
            })
            .reduce(
                || [0; 4],
                |a, b| [a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]],
            )
    });
    let cpu = process_cpu_seconds()
        .zip(cpu_start)
        .map(|(b, a)| (b - a).max(1e-9));
    let [sentences, skipped, tokens, events] = totals;
    let secs = t.elapsed().as_secs_f64().max(1e-9);
    // Coding alone, on analyses made beforehand (the first documents).
    let sample: Vec<_> = docs
        .iter()
        .take(args.coder_sample)
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
        "code: {} docs, {sentences} sentences, {events} events in {secs:.2} s on {} thread(s): \
         {:.0} sentences/s (raw text -> events, pre-check {})",
        docs.len(),
        args.threads.max(1),
        sentences as f64 / secs,
        if options.prefilter { "on" } else { "off" },
    );
    if let Some(cpu) = cpu {
        println!(
            "code: {cpu:.2} s of CPU: {:.0} sentences per CPU-second (load average {})",
            sentences as f64 / cpu,
            load_average().unwrap_or_else(|| "unknown".into())
        );
    }
    println!(
        "code: {} of {sentences} sentences analyzed ({tokens} tokens), {skipped} skipped by the pre-check ({:.1}%)",
        sentences - skipped,
        100.0 * skipped as f64 / sentences.max(1) as f64
    );
    if args.coder_sample > 0 {
        println!(
            "coder alone: {coded_sentences} sentences in {:.3} s: {:.0} sentences/s",
            code_secs,
            coded_sentences as f64 / code_secs
        );
    }
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

/// User + system CPU time of this process so far, from `/proc/self/stat`
/// (clock ticks of 1/100 s, Linux's fixed USER_HZ). The cores are often
/// shared: CPU time is the figure that does not depend on the load.
fn process_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) in parentheses.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// The 1-minute load average, as text.
fn load_average() -> Option<String> {
    let s = std::fs::read_to_string("/proc/loadavg").ok()?;
    s.split_whitespace().next().map(str::to_string)
}

/// CPU time of the calling thread in milliseconds (`/proc/thread-self/schedstat`,
/// nanosecond resolution).
fn thread_cpu_ms() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e6)
}
