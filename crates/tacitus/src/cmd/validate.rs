//! `tacitus validate FILE.xml`: runs a PETRARCH/TABARI validation file and
//! scores the coder: PASS/FAIL per record with expected and produced events,
//! ending with the line `N passed, M failed`. With `--compare-reference`, the
//! expected events come from another coder's output (PETRARCH2's JSON), and
//! each difference is put in a category.

use crate::cmd::code::{ParseMode, analyze_given};
use crate::cmd::dict::{CodingArgs, DictArgs};
use crate::cmd::explain::write_explanation;
use anyhow::Context;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tacitus_coder::{Coder, CoderOptions, NegationPolicy};
use tacitus_ingest::petrarch::{ParseFormat, ValidationRecord, read_validation_records};

/// Run a validation file and score the coder on it.
///
/// Examples:
///
///   tacitus validate ../shared/universalpetrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml
///   tacitus validate ../shared/petrarch2/text/PETR.UnitTest.records.xml --parses given \
///       --dictionaries ../shared/universalpetrarch \
///       --expected-from ../shared/universalpetrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml
///   tacitus validate GigaWord.sample.PETR.xml --parses given --verbs CAMEO.2.0.txt ... \
///       --compare-reference ../shared/petrarch2/reference/gigaword-phoenix.json
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
    /// Take the expected events from another coder's output: a JSON object
    /// `{"results": {"ID": [[source, target, code], ...]}}` (PETRARCH2's
    /// reference output); records without an entry are not scored. Ends with
    /// a count of the differences by category.
    #[arg(long, value_name = "JSON")]
    pub compare_reference: Option<PathBuf>,
    /// Print only failing records (and the totals).
    #[arg(long, alias = "show-failures")]
    pub failures_only: bool,
    /// Score only records whose id contains one of these strings.
    #[arg(long, value_name = "ID", num_args = 1..)]
    pub only: Vec<String>,
    /// Under each failing record, show step by step how it was coded.
    #[arg(long)]
    pub explain: bool,
}

type Triple = (String, String, String);

/// Pairs records across files: upper-cased id with `_` as `-`, plus the text.
fn record_key(r: &ValidationRecord) -> (String, String) {
    (
        id_key(&r.id),
        r.text.split_whitespace().collect::<Vec<_>>().join(" "),
    )
}

fn id_key(id: &str) -> String {
    id.to_uppercase().replace('_', "-")
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

/// Reads `{"results": {"ID": [[s, t, code], ...]}}`, keyed by [`id_key`].
fn read_reference(path: &Path) -> anyhow::Result<HashMap<String, BTreeSet<Triple>>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let v: serde_json::Value =
        serde_json::from_str(&text).with_context(|| format!("{}: not JSON", path.display()))?;
    let results = v
        .get("results")
        .and_then(|r| r.as_object())
        .with_context(|| format!("{}: no `results` object", path.display()))?;
    let mut out = HashMap::new();
    for (id, events) in results {
        let mut set = BTreeSet::new();
        for e in events.as_array().into_iter().flatten() {
            let field = |k: usize| e.get(k).and_then(|x| x.as_str()).map(str::to_string);
            match (field(0), field(1), field(2)) {
                (Some(s), Some(t), Some(c)) => {
                    set.insert((s, t, c));
                }
                _ => eprintln!(
                    "tacitus: warning: {}: record {id}: event {e} is not [source, target, code]; skipped",
                    path.display()
                ),
            }
        }
        out.insert(id_key(id), set);
    }
    Ok(out)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match validate(&args, &mut out).and_then(|code| {
        out.flush()?;
        Ok(code)
    }) {
        Err(e) if is_broken_pipe(&e) => Ok(ExitCode::SUCCESS),
        r => r,
    }
}

/// True when the error is a closed stdout (`tacitus validate ... | head`).
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn validate(args: &Args, out: &mut impl Write) -> anyhow::Result<ExitCode> {
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
    // The validation suites code a negated act as its opposite (unless
    // --negation says otherwise); a reference comparison codes as asked.
    let default_negation = if args.compare_reference.is_some() {
        NegationPolicy::Skip
    } else {
        NegationPolicy::Opposite
    };
    let base = dict_args.coder(args.coding.options_with(false, default_negation))?;
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
    let reference = match &args.compare_reference {
        Some(p) => Some(read_reference(p)?),
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
    let mut categories: BTreeMap<&'static str, usize> = BTreeMap::new();
    let (mut shared, mut theirs_total, mut ours_total) = (0usize, 0usize, 0usize);
    for (k, r) in records.iter().enumerate() {
        let key = record_key(r);
        if only.as_ref().is_some_and(|o| !o.contains(&key)) {
            continue;
        }
        if !args.only.is_empty() && !args.only.iter().any(|o| r.id.contains(o.as_str())) {
            continue;
        }
        let expected = if let Some(map) = &reference {
            match map.get(&key.0) {
                Some(e) => e.clone(),
                None => continue,
            }
        } else {
            match &expected_from {
                Some(map) => match map.get(&key) {
                    Some(e) => e.clone(),
                    None => continue,
                },
                None => expected_set(r),
            }
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
        let mut explanation = None;
        let produced: BTreeSet<Triple> = match analyzed {
            Ok(a) => {
                let (events, traces) = coder.code_document_traced(&doc, &a);
                let set = events
                    .iter()
                    .map(|e| {
                        (
                            e.source.code.clone(),
                            e.target
                                .as_ref()
                                .map(|t| t.code.clone())
                                .unwrap_or_else(|| "---".into()),
                            e.cameo.clone(),
                        )
                    })
                    .collect();
                if args.explain {
                    explanation = Some((a, traces, events));
                }
                set
            }
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
        let category = if reference.is_some() {
            shared += produced.intersection(&expected).count();
            theirs_total += expected.len();
            ours_total += produced.len();
            let c = difference_category(&expected, &produced);
            *categories.entry(c).or_default() += 1;
            Some(c)
        } else {
            None
        };
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
            writeln!(out, "{} {}", if ok { "PASS" } else { "FAIL" }, r.id)?;
            if !ok {
                writeln!(out, "    text:     {}", r.text)?;
            }
            writeln!(out, "    expected: {}", show(&expected))?;
            writeln!(out, "    produced: {}", show(&produced))?;
            if let Some(c) = category.filter(|_| !ok) {
                writeln!(out, "    category: {c}")?;
            }
            if let Some((a, traces, events)) = explanation.filter(|_| !ok) {
                write_explanation(out, &a, &traces, &events)?;
            }
        }
    }
    if reference.is_some() {
        writeln!(
            out,
            "events: {shared} shared, {theirs_total} in the reference, {ours_total} ours"
        )?;
        for (c, n) in &categories {
            writeln!(out, "category {c}: {n}")?;
        }
    }
    let total = passed + failed;
    if total > 0 {
        writeln!(
            out,
            "score: {:.1}% exact ({passed}/{total})",
            100.0 * passed as f64 / total as f64
        )?;
    }
    writeln!(out, "{passed} passed, {failed} failed")?;
    Ok(ExitCode::SUCCESS)
}

/// Puts the difference between a reference coding and ours in one category.
fn difference_category(reference: &BTreeSet<Triple>, ours: &BTreeSet<Triple>) -> &'static str {
    if reference == ours {
        return "identical";
    }
    if ours.is_empty() {
        return "reference only (we code nothing)";
    }
    if reference.is_empty() {
        return "ours only (the reference codes nothing)";
    }
    let dyads = |s: &BTreeSet<Triple>| -> BTreeSet<(String, String)> {
        s.iter().map(|(a, b, _)| (a.clone(), b.clone())).collect()
    };
    let codes = |s: &BTreeSet<Triple>| -> BTreeSet<String> {
        s.iter().map(|(_, _, c)| c.clone()).collect()
    };
    if reference.is_subset(ours) {
        return "superset (we code more events)";
    }
    if ours.is_subset(reference) {
        return "subset (we code fewer events)";
    }
    if dyads(reference) == dyads(ours) {
        return "same actors, other event code";
    }
    if codes(reference) == codes(ours) {
        return "same event code, other actors";
    }
    "both differ"
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
