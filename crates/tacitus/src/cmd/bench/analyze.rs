//! `tacitus bench analyze`: tokens per second of segment + tag + parse +
//! lemmatize, on one thread and on several, plus model load time and peak RSS.

use rayon::prelude::*;
use std::path::PathBuf;
use std::time::Instant;
use tacitus_core::Document;
use tacitus_nlp::Analyzer;

/// Measure analysis throughput (our tokenizer included).
///
/// Examples:
///
///   tacitus bench analyze
///   tacitus bench analyze --threads 2 ../shared/news/bbc-news.jsonl
///   tacitus bench analyze --eval work/silver/dev.conllu
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Input files (default: ../shared/news/newsarticles-2017.jsonl).
    inputs: Vec<PathBuf>,
    /// Worker threads (1 = the single-core figure).
    #[arg(long, default_value_t = 1)]
    threads: usize,
    /// Load models from this directory instead of the embedded ones.
    #[arg(long, value_name = "DIR")]
    models: Option<PathBuf>,
    /// Use at most this many documents (0: all).
    #[arg(long, default_value_t = 0)]
    limit: usize,
    /// Also print tag accuracy, UAS and LAS on this CoNLL-U file.
    #[arg(long, value_name = "FILE")]
    eval: Option<PathBuf>,
}

/// CPU time consumed by all threads of this process so far, in seconds
/// (utime + stime from /proc/self/stat, in the usual 100 Hz ticks); on a busy
/// machine tokens per CPU second reflects the code rather than the neighbours.
fn cpu_secs() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // after the command: state is field 3, utime 14, stime 15 (1-based in proc(5))
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// Peak resident set size in MB, from /proc/self/status (Linux only).
pub fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

pub fn run(args: Args) -> anyhow::Result<()> {
    let start = Instant::now();
    let analyzer = match &args.models {
        Some(dir) => Analyzer::from_dir(dir)?,
        None => Analyzer::embedded()?,
    };
    println!(
        "analyze: model load {:.1} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    if let Some(eval) = &args.eval {
        let text = std::fs::read_to_string(eval)?;
        let (data, _) = tacitus_nlp::read_conllu(&eval.display().to_string(), &text);
        let scores = tacitus_nlp::evaluate(analyzer.tagger(), analyzer.parser(), &data);
        println!("analyze: eval {}: {}", eval.display(), scores.summary());
    }
    let inputs = if args.inputs.is_empty() {
        vec![PathBuf::from("../shared/news/newsarticles-2017.jsonl")]
    } else {
        args.inputs.clone()
    };
    let outcome = tacitus_ingest::read_paths(&inputs, &tacitus_ingest::ReadOptions::default());
    let mut docs: Vec<Document> = outcome.documents;
    if args.limit > 0 {
        docs.truncate(args.limit);
    }
    if docs.is_empty() {
        anyhow::bail!(
            "no documents read from {}",
            inputs
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    // Tokenizer alone, for reference.
    let t0 = Instant::now();
    let tokens: usize = docs
        .iter()
        .map(|d| {
            tacitus_text::segment(&d.text)
                .iter()
                .map(|s| s.tokens.len())
                .sum::<usize>()
        })
        .sum();
    let seg_secs = t0.elapsed().as_secs_f64();
    println!(
        "analyze: segment only: {} docs, {tokens} tokens in {seg_secs:.2}s: {:.0} tokens/s",
        docs.len(),
        tokens as f64 / seg_secs
    );
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.max(1))
        .build()?;
    let t1 = Instant::now();
    let cpu_start = cpu_secs();
    let analyzed_tokens: usize = pool.install(|| {
        docs.par_iter()
            .map(|d| {
                analyzer
                    .analyze(d)
                    .sentences
                    .iter()
                    .map(|s| s.tokens.len())
                    .sum::<usize>()
            })
            .sum()
    });
    let secs = t1.elapsed().as_secs_f64();
    println!(
        "analyze: {} docs, {:.1} MB, {analyzed_tokens} tokens, {} thread(s): {secs:.2}s, {:.2} MB/s, {:.0} tokens/s (segment+tag+parse+lemma)",
        docs.len(),
        bytes as f64 / 1e6,
        args.threads.max(1),
        bytes as f64 / 1e6 / secs,
        analyzed_tokens as f64 / secs
    );
    if let (Some(a), Some(b)) = (cpu_start, cpu_secs()) {
        let cpu = b - a;
        println!(
            "analyze: {cpu:.2} CPU seconds over all threads: {:.0} tokens per CPU second",
            analyzed_tokens as f64 / cpu
        );
    }
    // The measure: segment + tag + parse, without lemmas and the
    // string-carrying output records.
    let t2 = Instant::now();
    let cpu_start = cpu_secs();
    let parsed_tokens: usize = pool.install(|| {
        docs.par_iter()
            .map(|d| {
                tacitus_text::segment(&d.text)
                    .iter()
                    .map(|s| analyzer.tag_and_parse(&d.text, s).1.heads.len())
                    .sum::<usize>()
            })
            .sum()
    });
    let secs = t2.elapsed().as_secs_f64();
    println!(
        "analyze: tag+parse (segment included, no lemmas or output records), {} thread(s): {secs:.2}s, {:.0} tokens/s",
        args.threads.max(1),
        parsed_tokens as f64 / secs
    );
    if let (Some(a), Some(b)) = (cpu_start, cpu_secs()) {
        println!(
            "analyze: tag+parse: {:.0} tokens per CPU second",
            parsed_tokens as f64 / (b - a)
        );
    }
    if let Some(mb) = peak_rss_mb() {
        println!("analyze: peak RSS {mb:.0} MB (documents held in memory for the benchmark)");
    }
    Ok(())
}
