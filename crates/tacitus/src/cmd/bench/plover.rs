//! `tacitus bench plover`: codes the sentences of PLOVER's gold-standard
//! records from raw text with the built-in dictionaries and prints how well
//! our events agree with the gold event types and source countries, plus the
//! built-in dictionary load time (cold and from cache).
//!
//! The gold records use PLOVER 0.5 names; they are mapped to PLOVER 2.0
//! before comparing (DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE,
//! FIGHT -> ASSAULT).

use serde::Deserialize;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use tacitus_coder::Coder;
use tacitus_core::{Document, Event};

#[derive(clap::Args)]
pub struct Args {
    /// The gold records (a JSON array, PLOVER gold-standard format).
    #[arg(long, default_value = "../shared/gold/plover-gsr-dev.json")]
    pub gold: PathBuf,
    /// Also print each record whose gold type or source country we miss.
    #[arg(long)]
    pub show_misses: bool,
    /// Code with the tacdict tree in DIR (e.g. `data/dict`, read at run time)
    /// instead of the embedded built-in set, to measure dictionary edits
    /// without rebuilding.
    #[arg(long, value_name = "DIR")]
    pub dictionaries: Option<PathBuf>,
    /// Also keep events without a target (PLOVER allows them; the default,
    /// like `tacitus code`, drops them).
    #[arg(long)]
    pub allow_monads: bool,
}

/// One gold record, as far as we read it.
#[derive(Deserialize)]
struct GoldRecord {
    #[serde(default)]
    id: String,
    #[serde(default)]
    event: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    text: Option<String>,
    /// A list of actors, or a string (e.g. "") when the record has none.
    #[serde(default)]
    source: serde_json::Value,
}

/// The PLOVER 2.0 name of a PLOVER 0.5 event type.
pub fn plover2_type(old: &str) -> &str {
    match old {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" | "INVESTIGATE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        other => other,
    }
}

/// The agreement figures over a set of gold records.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Figures {
    pub records: usize,
    pub type_found: usize,
    pub source_records: usize,
    pub source_found: usize,
    pub events: usize,
    pub events_right_type: usize,
}

fn pct(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// Country codes of the gold sources (the three-letter `code` fields).
fn gold_source_countries(source: &serde_json::Value) -> Vec<String> {
    let Some(list) = source.as_array() else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|a| a.get("code").and_then(|c| c.as_str()))
        .map(|c| c.trim().to_uppercase())
        .filter(|c| c.len() >= 3)
        .map(|c| c[..3].to_string())
        .collect()
}

/// The three-letter country (or IGO/NGO prefix) of one of our actors.
fn our_country(e: &Event) -> String {
    match &e.source.country {
        Some(c) if !c.is_empty() => c.to_uppercase(),
        _ => e
            .source
            .code
            .chars()
            .take(3)
            .collect::<String>()
            .to_uppercase(),
    }
}

/// `writeln!` to the bench's output; a closed pipe (`| head`) ends the
/// run quietly, other write errors are returned.
macro_rules! out {
    ($w:expr, $($arg:tt)*) => {
        match writeln!($w, $($arg)*) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
            Err(e) => return Err(e.into()),
        }
    };
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut w = stdout.lock();
    // Load time: cold (parse and compile the embedded sources), then from cache.
    let sources = tacitus_dict::DictSource::builtin();
    let t = Instant::now();
    let (cold, _) = tacitus_dict::load_compiled(&sources, false);
    let cold_ms = t.elapsed().as_secs_f64() * 1000.0;
    drop(cold);
    let _ = tacitus_dict::load_compiled(&sources, true); // make sure the cache is written
    let t = Instant::now();
    let builtin_coder = Coder::builtin()?;
    let builtin_ms = t.elapsed().as_secs_f64() * 1000.0;
    let mut coder = match &args.dictionaries {
        Some(dir) => {
            let sources = tacitus_dict::DictSource::from_dir(dir)
                .map_err(|e| anyhow::anyhow!("reading dictionaries in {}: {e}", dir.display()))?;
            let (dicts, _) = tacitus_dict::load_compiled(&sources, false);
            out!(w, "dictionaries: {} (not the built-in set)", dir.display());
            Coder::new(dicts, tacitus_coder::CoderOptions::default())
        }
        None => builtin_coder,
    };
    if args.allow_monads {
        let mut options = coder.options().clone();
        options.require_dyad = false;
        coder = coder.with_options(options);
        out!(w, "events without a target kept (--allow-monads)");
    }
    let (_, origin) = tacitus_dict::load_compiled(&sources, true);
    out!(
        w,
        "dictionary load: cold {cold_ms:.0} ms, Coder::builtin() {builtin_ms:.0} ms ({}); target < 100 ms",
        if origin == tacitus_dict::LoadOrigin::Cache {
            "from cache"
        } else {
            "cache unavailable, compiled"
        }
    );
    let analyzer = tacitus_nlp::Analyzer::builtin()?;

    let raw = std::fs::read_to_string(&args.gold)
        .map_err(|e| anyhow::anyhow!("cannot read gold file {}: {e}", args.gold.display()))?;
    let records: Vec<serde_json::Value> = serde_json::from_str(&raw).map_err(|e| {
        anyhow::anyhow!("{}: not a JSON array of records: {e}", args.gold.display())
    })?;
    let mut f = Figures::default();
    // Gold records whose source codes are none CAMEO knows (typos such as
    // `ITL`): still counted, and named so a reader can judge the figure.
    let mut unknown_codes: Vec<String> = Vec::new();
    for (n, value) in records.into_iter().enumerate() {
        let rec: GoldRecord = match serde_json::from_value(value) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{}: record {}: skipped: {e}", args.gold.display(), n + 1);
                continue;
            }
        };
        let Some(text) = rec.text.as_deref().filter(|t| !t.trim().is_empty()) else {
            continue;
        };
        if rec.event.is_empty() || rec.event == "DOCUMENT" {
            continue;
        }
        let gold_type = plover2_type(&rec.event);
        let mut doc = Document::new(
            if rec.id.is_empty() {
                format!("gold-{}", n + 1)
            } else {
                rec.id.clone()
            },
            text,
        );
        doc.date = rec
            .date
            .as_deref()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        let events = crate::pipeline::process(&doc, &analyzer, &coder).events;
        f.records += 1;
        let type_hit = events.iter().any(|e| e.plover.event_type == gold_type);
        if type_hit {
            f.type_found += 1;
        }
        f.events += events.len();
        f.events_right_type += events
            .iter()
            .filter(|e| e.plover.event_type == gold_type)
            .count();
        let gold_sources = gold_source_countries(&rec.source);
        let mut source_hit = true;
        if !gold_sources.is_empty() {
            f.source_records += 1;
            if let Some(bad) = gold_sources
                .iter()
                .find(|c| tacitus_core::ontology::actors::country(c).is_none())
            {
                unknown_codes.push(format!("{} ({bad})", rec.id));
            }
            source_hit = events
                .iter()
                .any(|e| gold_sources.contains(&our_country(e)));
            if source_hit {
                f.source_found += 1;
            }
        }
        if args.show_misses && (!type_hit || !source_hit) {
            let ours: Vec<String> = events
                .iter()
                .map(|e| {
                    format!(
                        "{}->{} {} {}",
                        e.source.code,
                        e.target.as_ref().map_or("-", |t| t.code.as_str()),
                        e.cameo,
                        e.plover.event_type
                    )
                })
                .collect();
            out!(
                w,
                "miss {}: gold {gold_type} from {:?}{}{} | ours: [{}] | {text}",
                rec.id,
                gold_sources,
                if type_hit { "" } else { " [type]" },
                if source_hit { "" } else { " [source]" },
                ours.join("; ")
            );
        }
    }
    out!(
        w,
        "plover gold: {} records; gold type among our events: {}/{} = {:.1}% (target >= 75%)",
        f.records,
        f.type_found,
        f.records,
        pct(f.type_found, f.records)
    );
    out!(
        w,
        "plover gold: gold source country among our sources: {}/{} = {:.1}% (target >= 85%)",
        f.source_found,
        f.source_records,
        pct(f.source_found, f.source_records)
    );
    out!(
        w,
        "plover gold: event type precision: {}/{} = {:.1}% (target >= 60%)",
        f.events_right_type,
        f.events,
        pct(f.events_right_type, f.events)
    );
    if !unknown_codes.is_empty() {
        out!(
            w,
            "plover gold: {} record(s) with a gold source code unknown to CAMEO (counted as is): {}",
            unknown_codes.len(),
            unknown_codes.join(", ")
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_names_map_to_plover2() {
        assert_eq!(plover2_type("DEMAND"), "REQUEST");
        assert_eq!(plover2_type("DISAPPROVE"), "ACCUSE");
        assert_eq!(plover2_type("INVESTIGATE"), "ACCUSE");
        assert_eq!(plover2_type("FIGHT"), "ASSAULT");
        assert_eq!(plover2_type("AGREE"), "AGREE");
    }

    #[test]
    fn gold_sources_read_codes_and_ignore_strings() {
        let v: serde_json::Value =
            serde_json::json!([{"code": "usa"}, {"code": "IGOUNO"}, {"actorText": "x"}]);
        assert_eq!(
            gold_source_countries(&v),
            vec!["USA".to_string(), "IGO".to_string()]
        );
        assert!(gold_source_countries(&serde_json::json!("")).is_empty());
    }
}
