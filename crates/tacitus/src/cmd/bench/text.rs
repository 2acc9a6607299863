//! `tacitus bench text`: throughput of read + clean + split + tokenize.

use rayon::prelude::*;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use tacitus_core::Document;

/// Measure read + clean + sentence split + tokenize throughput.
///
/// Without FILES, reads every `*.jsonl` in `$TACITUS_SHARED/news` or
/// `../shared/news` (relative to the current directory).
///
/// Examples:
///
///   tacitus bench text
///   tacitus bench text --threads 2 ../shared/news/bbc-news.jsonl
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Files or directories to read (default: the shared news corpus).
    pub files: Vec<PathBuf>,
    /// Worker threads for the clean/split/tokenize stage (reading is serial).
    #[arg(long, default_value_t = 1)]
    pub threads: usize,
}

fn default_files() -> anyhow::Result<Vec<PathBuf>> {
    let dir = match std::env::var_os("TACITUS_SHARED") {
        Some(shared) => PathBuf::from(shared).join("news"),
        None => PathBuf::from("../shared/news"),
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| {
            anyhow::anyhow!(
                "no input files given and the default corpus {} cannot be read ({e}); \
                 pass FILES or set TACITUS_SHARED",
                dir.display()
            )
        })?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    if files.is_empty() {
        anyhow::bail!(
            "no *.jsonl files in {}; pass FILES or set TACITUS_SHARED",
            dir.display()
        );
    }
    Ok(files)
}

/// CPU time of the calling thread in seconds (Linux `/proc`, 10 ms steps),
/// so single-thread figures do not depend on how busy the machine is.
fn thread_cpu_secs() -> Option<f64> {
    // utime and stime: fields 14 and 15 of /proc/thread-self/stat, in 1/100 s
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 1..];
    let mut fields = rest.split_whitespace().skip(11);
    let utime: f64 = fields.next()?.parse().ok()?;
    let stime: f64 = fields.next()?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// Buffers reused from one document to the next (one set per thread), so
/// the figures measure the text stages rather than the allocator.
#[derive(Default)]
struct Scratch {
    text: String,
    sentences: Vec<tacitus_core::Span>,
    tokens: Vec<tacitus_core::TokenSpan>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// Sentences and tokens of one document after cleaning.
fn process(doc: &Document) -> (usize, usize) {
    let cleaned = tacitus_clean::clean(doc);
    SCRATCH.with_borrow_mut(
        |Scratch {
             text,
             sentences,
             tokens,
         }| {
            // the same text as `CleanedDocument::text`, built in a reused buffer
            text.clear();
            for (k, paragraph) in cleaned.paragraphs.iter().enumerate() {
                if k > 0 {
                    text.push_str("\n\n");
                }
                text.push_str(paragraph);
            }
            sentences.clear();
            tacitus_text::split_into(text, sentences);
            let mut token_count = 0;
            for &span in sentences.iter() {
                tokens.clear();
                tacitus_text::tokenize_into(text, span, tokens);
                token_count += tokens.len();
            }
            (sentences.len(), token_count)
        },
    )
}

/// Split + tokenize only (no cleaning), for the text stage's own speed.
fn split_tokenize(text: &str) -> usize {
    SCRATCH.with_borrow_mut(
        |Scratch {
             sentences, tokens, ..
         }| {
            sentences.clear();
            tacitus_text::split_into(text, sentences);
            let mut token_count = 0;
            for &span in sentences.iter() {
                tokens.clear();
                tacitus_text::tokenize_into(text, span, tokens);
                token_count += tokens.len();
            }
            token_count
        },
    )
}

/// Runs `f` on every document, serially on this thread for one thread (so
/// its CPU time can be read) or on the pool; returns (wall s, CPU s, sum).
fn timed<F>(
    pool: &rayon::ThreadPool,
    threads: usize,
    docs: &[Document],
    f: F,
) -> (f64, Option<f64>, (usize, usize))
where
    F: Fn(&Document) -> (usize, usize) + Sync,
{
    let add = |a: (usize, usize), b: (usize, usize)| (a.0 + b.0, a.1 + b.1);
    let cpu_start = thread_cpu_secs();
    let start = Instant::now();
    let sum = if threads == 1 {
        docs.iter().map(&f).fold((0, 0), add)
    } else {
        pool.install(|| docs.par_iter().map(&f).reduce(|| (0, 0), add))
    };
    let wall = start.elapsed().as_secs_f64();
    let cpu = match (threads, cpu_start, thread_cpu_secs()) {
        (1, Some(a), Some(b)) => Some((b - a).max(0.01)),
        _ => None,
    };
    (wall, cpu, sum)
}

fn rate(mb: f64, wall: f64, cpu: Option<f64>) -> String {
    match cpu {
        Some(cpu) => format!(
            "{wall:.3} s, {:.1} MB/s (CPU time {cpu:.2} s: {:.1} MB/s)",
            mb / wall,
            mb / cpu
        ),
        None => format!("{wall:.3} s, {:.1} MB/s", mb / wall),
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let files = if args.files.is_empty() {
        default_files()?
    } else {
        args.files.clone()
    };
    let threads = args.threads.max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?;

    let t0 = Instant::now();
    let outcome = tacitus_ingest::read_paths(&files, &tacitus_ingest::ReadOptions::default());
    let read_secs = t0.elapsed().as_secs_f64();
    let docs = &outcome.documents;
    if docs.is_empty() {
        anyhow::bail!("no documents read from {} file(s)", files.len());
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let mb = bytes as f64 / 1e6;

    let (process_secs, process_cpu, (sentences, tokens)) = timed(&pool, threads, docs, process);
    let (text_secs, text_cpu, (_, raw_tokens)) =
        timed(&pool, threads, docs, |d| (0, split_tokenize(&d.text)));

    let total = read_secs + process_secs;
    println!(
        "bench text: {} files, {} documents, {:.1} MB, {threads} thread(s)",
        files.len(),
        docs.len(),
        mb
    );
    if !outcome.errors.is_empty() {
        println!("  ({} bad records skipped)", outcome.errors.len());
    }
    println!(
        "  read:                 {read_secs:.3} s, {:.1} MB/s",
        mb / read_secs
    );
    println!(
        "  clean+split+tokenize: {}",
        rate(mb, process_secs, process_cpu)
    );
    println!(
        "  split+tokenize only:  {} ({raw_tokens} tokens)",
        rate(mb, text_secs, text_cpu)
    );
    println!(
        "  whole chain:          {total:.3} s, {:.1} MB/s, {:.0} docs/s, {:.0} sentences/s, {:.0} tokens/s",
        mb / total,
        docs.len() as f64 / total,
        sentences as f64 / total,
        tokens as f64 / total
    );
    println!("  totals: {sentences} sentences, {tokens} tokens");
    Ok(ExitCode::SUCCESS)
}
