//! Split + tokenize throughput of this crate alone, on JSON-lines news files
//! (the `text` or `body` field of each line). The full chain (read + clean +
//! split + tokenize) is measured by `tacitus bench text`.
//!
//!   cargo run --release -p tacitus-text --example throughput -- ../shared/news/*.jsonl

use std::time::Instant;
use tacitus_text::{split_sentences, tokenize_into};

/// CPU time of this thread in seconds (Linux), so figures do not depend on
/// how busy the machine is.
fn thread_cpu_secs() -> Option<f64> {
    // utime and stime, fields 14 and 15 of /proc/thread-self/stat, in 1/100 s
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

fn main() {
    let mut texts = Vec::new();
    for path in std::env::args().skip(1) {
        let Ok(data) = std::fs::read_to_string(&path) else {
            eprintln!("cannot read {path}");
            continue;
        };
        for line in data.lines() {
            let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            if let Some(text) = value
                .get("text")
                .or_else(|| value.get("body"))
                .and_then(|v| v.as_str())
            {
                texts.push(text.to_string());
            }
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;
    let mut best = f64::MAX;
    let mut best_cpu = f64::MAX;
    let (mut sentences, mut tokens) = (0, 0);
    for _ in 0..3 {
        let start = Instant::now();
        let cpu_start = thread_cpu_secs();
        let mut buf = Vec::new();
        sentences = 0;
        tokens = 0;
        for text in &texts {
            for span in split_sentences(text) {
                buf.clear();
                tokenize_into(text, span, &mut buf);
                sentences += 1;
                tokens += buf.len();
            }
        }
        best = best.min(start.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu_start, thread_cpu_secs()) {
            best_cpu = best_cpu.min(b - a);
        }
    }
    let start = Instant::now();
    let split_only: usize = texts.iter().map(|t| split_sentences(t).len()).sum();
    let split_secs = start.elapsed().as_secs_f64();
    println!(
        "{} documents, {mb:.1} MB, {sentences} sentences, {tokens} tokens",
        texts.len()
    );
    println!(
        "split+tokenize: {best:.3} s, {:.1} MB/s, {:.0} tokens/s",
        mb / best,
        tokens as f64 / best
    );
    if best_cpu < f64::MAX {
        println!(
            "split+tokenize CPU time: {best_cpu:.2} s, {:.1} MB/s",
            mb / best_cpu
        );
    }
    println!(
        "split only:     {split_secs:.3} s, {:.1} MB/s ({split_only} sentences)",
        mb / split_secs
    );
}
