//! `tacitus bench html`: article extraction quality on the shared article
//! extraction benchmark (181 real pages with their gold article text).

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Measure HTML article extraction against the benchmark's gold text.
///
/// Reads `html/article-extraction-benchmark/` under `$TACITUS_SHARED` or
/// `../shared` (or DIR): every `html/<id>.html.gz` page is read by the HTML
/// reader and its text compared with `ground-truth.json`'s `articleBody`
/// over word 4-gram shingles. Prints mean precision, mean recall and their
/// F1, as the benchmark's own scoring does.
///
/// Examples:
///
///   tacitus bench html
///   tacitus bench html --worst 5
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The benchmark directory (holds `ground-truth.json` and `html/`).
    pub dir: Option<PathBuf>,
    /// Also list the N pages with the lowest F1.
    #[arg(long, default_value_t = 0)]
    pub worst: usize,
}

fn default_dir() -> PathBuf {
    let shared = std::env::var_os("TACITUS_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared"));
    shared.join("html/article-extraction-benchmark")
}

fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let dir = args.dir.unwrap_or_else(default_dir);
    let truth_path = dir.join("ground-truth.json");
    let truth: serde_json::Map<String, serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string(&truth_path)
            .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", truth_path.display()))?,
    )?;
    let mut ids: Vec<&String> = truth.keys().collect();
    ids.sort();
    let start = Instant::now();
    let mut scores: Vec<(f64, f64, &str)> = Vec::new();
    let mut unread = 0;
    for id in ids {
        let gold = truth[id]
            .get("articleBody")
            .and_then(|v| v.as_str())
            .unwrap_or("");
        let page = dir.join("html").join(format!("{id}.html.gz"));
        let read = tacitus_ingest::read_paths(&[page], &tacitus_ingest::ReadOptions::default());
        let extracted = match read.documents.first() {
            Some(doc) => doc.text.as_str(),
            None => {
                unread += 1;
                ""
            }
        };
        let (p, r) = tacitus_ingest::html::shingle_precision_recall(extracted, gold);
        scores.push((p, r, id));
    }
    let secs = start.elapsed().as_secs_f64();
    let n = scores.len().max(1) as f64;
    let precision = scores.iter().map(|s| s.0).sum::<f64>() / n;
    let recall = scores.iter().map(|s| s.1).sum::<f64>() / n;
    println!(
        "bench html: {} pages ({unread} unreadable), {secs:.2} s",
        scores.len()
    );
    println!(
        "  precision {precision:.3}  recall {recall:.3}  F1 {:.3}  (word 4-gram shingles, mean over pages)",
        f1(precision, recall)
    );
    if args.worst > 0 {
        scores.sort_by(|a, b| f1(a.0, a.1).total_cmp(&f1(b.0, b.1)));
        for (p, r, id) in scores.iter().take(args.worst) {
            println!("  {id}: precision {p:.3} recall {r:.3}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
