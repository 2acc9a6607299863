//! `tacitus bench text`: throughput of read + clean + split + tokenize.
//!
//! The machine this runs on is often shared, so one timing is noise: the
//! bench runs a warm-up pass and then `--passes` timed passes, each stage
//! timed on its own (read, clean, split, tokenize), and prints the best and
//! the median pass. With one thread the figures are the CPU time of the bench
//! thread (`CLOCK_THREAD_CPUTIME_ID`), which other processes disturb much
//! less than wall time; wall time is printed beside.
//! The input is streamed in batches of documents that go through all four
//! stages before the next batch is read, as the pipeline itself streams.

use rayon::prelude::*;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use tacitus_core::{Document, Span, TokenSpan};

/// Measure read + clean + sentence split + tokenize throughput.
///
/// Without FILES, reads every `*.jsonl` in `$TACITUS_SHARED/news` or
/// `../shared/news` (relative to the current directory). Prints, per stage,
/// the best and median of `--passes` timed passes after one warm-up pass.
///
/// Examples:
///
///   tacitus bench text
///   tacitus bench text --passes 9
///   tacitus bench text --threads 2 ../shared/news/bbc-news.jsonl
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Files or directories to read (default: the shared news corpus).
    pub files: Vec<PathBuf>,
    /// Worker threads for the clean, split and tokenize stages (reading is
    /// serial). With more than one, figures are wall time only.
    #[arg(long, default_value_t = 1)]
    pub threads: usize,
    /// Timed passes after the warm-up pass.
    #[arg(long, default_value_t = 7)]
    pub passes: usize,
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

/// CPU time of the calling thread, to the nanosecond, from
/// `clock_gettime(CLOCK_THREAD_CPUTIME_ID)` (Linux; std has no thread CPU
/// clock). Stages are timed batch by batch, a millisecond or so at a time,
/// which the tick-grained `/proc/thread-self/stat` figures cannot resolve.
struct CpuClock {
    enabled: bool,
}

#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
mod thread_clock {
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }

    unsafe extern "C" {
        fn clock_gettime(clock: i32, time: *mut Timespec) -> i32;
    }

    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;

    pub fn now() -> Option<f64> {
        let mut time = Timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `time` is a valid, writable timespec (two C longs on the
        // 64-bit Linux targets we build for) that outlives the call.
        let status = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut time) };
        (status == 0).then(|| time.tv_sec as f64 + time.tv_nsec as f64 / 1e9)
    }
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
mod thread_clock {
    pub fn now() -> Option<f64> {
        None
    }
}

impl CpuClock {
    fn new(enabled: bool) -> Self {
        CpuClock { enabled }
    }

    fn secs(&self) -> Option<f64> {
        if self.enabled {
            thread_clock::now()
        } else {
            None
        }
    }
}

/// Wall and (single-thread) CPU seconds of one stage.
#[derive(Clone, Copy, Default)]
struct Timing {
    wall: f64,
    cpu: Option<f64>,
}

impl Timing {
    /// The figure the bench ranks on: CPU time when known, else wall time.
    fn secs(&self) -> f64 {
        self.cpu.unwrap_or(self.wall)
    }

    fn add(self, other: Timing) -> Timing {
        Timing {
            wall: self.wall + other.wall,
            cpu: self.cpu.zip(other.cpu).map(|(a, b)| a + b),
        }
    }
}

/// Runs `f` and adds its time to `total`.
fn timed<T>(clock: &CpuClock, total: &mut Timing, f: impl FnOnce() -> T) -> T {
    let cpu_start = clock.secs();
    let start = Instant::now();
    let value = f();
    let wall = start.elapsed().as_secs_f64();
    let cpu = cpu_start.zip(clock.secs()).map(|(a, b)| (b - a).max(0.0));
    *total = total.add(Timing { wall, cpu });
    value
}

/// The timings of one pass over the corpus, and what it produced.
#[derive(Clone, Copy, Default)]
struct Pass {
    read: Timing,
    clean: Timing,
    split: Timing,
    tokenize: Timing,
    documents: usize,
    bytes: usize,
    errors: usize,
    sentences: usize,
    tokens: usize,
}

impl Pass {
    fn chain(&self) -> Timing {
        self.read.add(self.clean).add(self.split).add(self.tokenize)
    }
}

/// Maps `f` over `items`, serially or on the pool.
fn map_all<T: Sync, U: Send>(
    pool: Option<&rayon::ThreadPool>,
    items: &[T],
    f: impl Fn(&T) -> U + Sync + Send,
) -> Vec<U> {
    match pool {
        None => items.iter().map(f).collect(),
        Some(pool) => pool.install(|| items.par_iter().map(f).collect()),
    }
}

/// Documents read, cleaned, split and tokenized together, so that a batch
/// stays in cache from one stage to the next, as in the streaming pipeline.
const BATCH: usize = 256;

/// One pass: the input is streamed in batches; each stage runs over the
/// whole batch before the next starts, so each can be timed on its own.
fn run_pass(files: &[PathBuf], pool: Option<&rayon::ThreadPool>) -> Pass {
    let clock = CpuClock::new(pool.is_none());
    // CPU totals start at zero when the clock works, else stay unknown
    let zero = Timing {
        wall: 0.0,
        cpu: clock.secs().map(|_| 0.0),
    };
    let mut pass = Pass {
        read: zero,
        clean: zero,
        split: zero,
        tokenize: zero,
        ..Pass::default()
    };
    let mut stream = tacitus_ingest::read_stream(files, &tacitus_ingest::ReadOptions::default());
    loop {
        let docs: Vec<Document> = timed(&clock, &mut pass.read, || {
            let mut docs = Vec::with_capacity(BATCH);
            for item in stream.by_ref() {
                match item {
                    Ok(doc) => docs.push(doc),
                    Err(_) => pass.errors += 1,
                }
                if docs.len() == BATCH {
                    break;
                }
            }
            docs
        });
        if docs.is_empty() {
            break;
        }
        // the clean text the later stages read (`CleanedDocument::text`)
        let texts = timed(&clock, &mut pass.clean, || {
            map_all(pool, &docs, |doc| tacitus_clean::clean(doc).text)
        });
        let sentences = timed(&clock, &mut pass.split, || {
            map_all(pool, &texts, |text| {
                let mut spans = Vec::with_capacity(text.len() / 120 + 1);
                tacitus_text::split_into(text, &mut spans);
                spans
            })
        });
        let pairs: Vec<(&String, &Vec<Span>)> = texts.iter().zip(&sentences).collect();
        let tokens = timed(&clock, &mut pass.tokenize, || {
            map_all(pool, &pairs, |(text, spans)| {
                // one buffer per document, reused across its sentences
                let mut buffer: Vec<TokenSpan> = Vec::with_capacity(64);
                spans
                    .iter()
                    .map(|&span| {
                        buffer.clear();
                        tacitus_text::tokenize_into(text, span, &mut buffer);
                        buffer.len()
                    })
                    .sum::<usize>()
            })
        });
        pass.documents += docs.len();
        pass.bytes += docs.iter().map(|d| d.text.len()).sum::<usize>();
        pass.sentences += sentences.iter().map(Vec::len).sum::<usize>();
        pass.tokens += tokens.iter().sum::<usize>();
    }
    pass
}

/// Best (fastest) and median of some timings, ranked on [`Timing::secs`].
fn best_and_median(mut timings: Vec<Timing>) -> (Timing, Timing) {
    timings.sort_by(|a, b| a.secs().total_cmp(&b.secs()));
    let best = timings.first().copied().unwrap_or_default();
    let median = timings.get(timings.len() / 2).copied().unwrap_or_default();
    (best, median)
}

fn stage_line(name: &str, mb: f64, timings: Vec<Timing>) -> String {
    let (best, median) = best_and_median(timings);
    let wall = match best.cpu {
        Some(_) => format!("   (wall best {:.3} s)", best.wall),
        None => String::new(),
    };
    format!(
        "  {name:<12} {:>7.3} s {:>7.3} s {:>8.1} {:>8.1}{wall}",
        best.secs(),
        median.secs(),
        mb / best.secs(),
        mb / median.secs()
    )
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let files = if args.files.is_empty() {
        default_files()?
    } else {
        args.files.clone()
    };
    let threads = args.threads.max(1);
    let pool = if threads > 1 {
        Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()?,
        )
    } else {
        None
    };
    let warm_up = run_pass(&files, pool.as_ref());
    if warm_up.documents == 0 {
        anyhow::bail!("no documents read from {} file(s)", files.len());
    }
    let passes: Vec<Pass> = (0..args.passes.max(1))
        .map(|_| run_pass(&files, pool.as_ref()))
        .collect();
    let mb = warm_up.bytes as f64 / 1e6;
    let clock = if pool.is_none() {
        "CPU time of the bench thread"
    } else {
        "wall time"
    };
    println!(
        "bench text: {} files, {} documents, {mb:.1} MB, {threads} thread(s), \
         {} passes after a warm-up ({clock})",
        files.len(),
        warm_up.documents,
        passes.len()
    );
    if warm_up.errors > 0 {
        println!("  ({} bad records skipped)", warm_up.errors);
    }
    println!("  stage           best    median  MB/s best  median");
    let column = |f: fn(&Pass) -> Timing| passes.iter().map(f).collect::<Vec<_>>();
    println!("{}", stage_line("read", mb, column(|p| p.read)));
    println!("{}", stage_line("clean", mb, column(|p| p.clean)));
    println!("{}", stage_line("split", mb, column(|p| p.split)));
    println!("{}", stage_line("tokenize", mb, column(|p| p.tokenize)));
    println!("{}", stage_line("whole chain", mb, column(Pass::chain)));
    let (best, _) = best_and_median(column(Pass::chain));
    let secs = best.secs();
    println!(
        "  whole chain, best pass: {:.1} MB/s, {:.0} docs/s, {:.0} sentences/s, {:.0} tokens/s",
        mb / secs,
        warm_up.documents as f64 / secs,
        warm_up.sentences as f64 / secs,
        warm_up.tokens as f64 / secs
    );
    println!(
        "  totals: {} sentences, {} tokens",
        warm_up.sentences, warm_up.tokens
    );
    Ok(ExitCode::SUCCESS)
}
