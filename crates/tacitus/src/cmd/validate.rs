//! `tacitus validate FILE.xml`: runs a PETRARCH/TABARI validation file and
//! scores the coder: PASS/FAIL per record with expected and produced events,
//! ending with the line `N passed, M failed`.

use crate::cmd::code::{ParseMode, analyze_given};
use crate::cmd::dict::{CodingArgs, DictArgs};
use anyhow::Context;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tacitus_coder::{Coder, CoderOptions};
use tacitus_ingest::petrarch::{ParseFormat, ValidationRecord, read_validation_records};

#[derive(clap::Args)]
pub struct Args {
    /// The validation file (PETRARCH XML with `<EventCoding>` expectations).
    pub file: PathBuf,
    #[command(flatten)]
    pub dicts: DictArgs,
    #[command(flatten)]
    pub coding: CodingArgs,
    /// `given`: use each record's `<Parse>` (Penn Treebank or CoNLL-U);
    /// `ours`: analyze the raw text with our tagger and parser.
    #[arg(long, value_enum, default_value = "ours")]
    pub parses: ParseMode,
    /// Take the expected events from this other validation file (records
    /// paired by id, `_` and `-` alike, and by text); unpaired records are
    /// not scored.
    #[arg(long, value_name = "XML")]
    pub expected_from: Option<PathBuf>,
    /// Score only the records whose id and text also appear in this file.
    #[arg(long, value_name = "XML")]
    pub only_matching: Option<PathBuf>,
    /// Print only failing records (and the totals).
    #[arg(long)]
    pub failures_only: bool,
}

type Triple = (String, String, String);

/// Pairs records across files: upper-cased id with `_` as `-`, plus the text.
fn record_key(r: &ValidationRecord) -> (String, String) {
    (
        r.id.to_uppercase().replace('_', "-"),
        r.text.split_whitespace().collect::<Vec<_>>().join(" "),
    )
}

fn expected_set(r: &ValidationRecord) -> BTreeSet<Triple> {
    r.expected
        .iter()
        .map(|e| (e.source.clone(), e.target.clone(), e.event.clone()))
        .collect()
}

fn read_file(path: &Path) -> anyhow::Result<Vec<ValidationRecord>> {
    let vf = read_validation_records(path);
    for e in &vf.errors {
        eprintln!("tacitus: warning: {e}");
    }
    if vf.records.is_empty() {
        anyhow::bail!("{}: no <Sentence> records", path.display());
    }
    Ok(vf.records)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let records = read_file(&args.file)?;
    let dict_args = if args.dicts.is_builtin() {
        // The validation suite's own dictionaries usually sit beside it.
        let dir = args
            .file
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let mut d = args.dicts.clone();
        if tacitus_dict::DictSource::from_dir(&dir).is_ok_and(|s| !s.is_empty()) {
            eprintln!("tacitus: using the dictionaries in {}", dir.display());
            d.dirs.push(dir);
        }
        d
    } else {
        args.dicts.clone()
    };
    let base = dict_args.coder(args.coding.options(false))?;
    let expected_from: Option<HashMap<(String, String), BTreeSet<Triple>>> =
        match &args.expected_from {
            Some(p) => Some(
                read_file(p)?
                    .iter()
                    .map(|r| (record_key(r), expected_set(r)))
                    .collect(),
            ),
            None => None,
        };
    let only: Option<BTreeSet<(String, String)>> = match &args.only_matching {
        Some(p) => Some(read_file(p)?.iter().map(record_key).collect()),
        None => None,
    };
    let analyzer = match args.parses {
        ParseMode::Ours => Some(tacitus_nlp::Analyzer::builtin().context("loading the analyzer")?),
        ParseMode::Given => None,
    };
    let (mut passed, mut failed) = (0usize, 0usize);
    for (k, r) in records.iter().enumerate() {
        let key = record_key(r);
        if only.as_ref().is_some_and(|o| !o.contains(&key)) {
            continue;
        }
        let expected = match &expected_from {
            Some(map) => match map.get(&key) {
                Some(e) => e.clone(),
                None => continue,
            },
            None => expected_set(r),
        };
        let coder = record_coder(&base, r);
        let doc = r.to_document(&args.file.display().to_string(), k as u64);
        let analyzed = match (&analyzer, &r.parse) {
            (Some(a), _) => Ok(a.analyze(&doc)),
            (None, Some(parse)) => {
                analyze_given(&doc, parse, r.parse_format == Some(ParseFormat::Conllu))
            }
            (None, None) => Err("no <Parse> in the record".to_string()),
        };
        let produced: BTreeSet<Triple> = match analyzed {
            Ok(a) => coder
                .code_document(&doc, &a)
                .into_iter()
                .map(|e| {
                    (
                        e.source.code,
                        e.target.map(|t| t.code).unwrap_or_else(|| "---".into()),
                        e.cameo,
                    )
                })
                .collect(),
            Err(msg) => {
                eprintln!(
                    "tacitus: {}:{}: record {}: {msg}; coded as nothing",
                    args.file.display(),
                    r.line,
                    r.id
                );
                BTreeSet::new()
            }
        };
        let ok = produced == expected;
        if ok {
            passed += 1;
        } else {
            failed += 1;
        }
        if !ok || !args.failures_only {
            let show = |s: &BTreeSet<Triple>| {
                if s.is_empty() {
                    "(none)".to_string()
                } else {
                    s.iter()
                        .map(|(a, b, c)| format!("{a} {b} {c}"))
                        .collect::<Vec<_>>()
                        .join("; ")
                }
            };
            println!("{} {}", if ok { "PASS" } else { "FAIL" }, r.id);
            if !ok {
                println!("    text:     {}", r.text);
            }
            println!("    expected: {}", show(&expected));
            println!("    produced: {}", show(&produced));
        }
    }
    let total = passed + failed;
    if total > 0 {
        println!(
            "score: {:.1}% exact ({passed}/{total})",
            100.0 * passed as f64 / total as f64
        );
    }
    println!("{passed} passed, {failed} failed");
    Ok(ExitCode::SUCCESS)
}

/// The coder with the record's `<Config>` options applied.
fn record_coder(base: &Coder, r: &ValidationRecord) -> Coder {
    let mut options: CoderOptions = base.options().clone();
    if let Some(v) = r.config_value("require_dyad") {
        options.require_dyad = !v.eq_ignore_ascii_case("false");
    }
    if &options == base.options() {
        base.clone()
    } else {
        base.with_options(options)
    }
}
