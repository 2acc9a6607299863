//! `tacitus dict stats|check`, and the dictionary options shared by `code`,
//! `explain`, `validate` and `bench code`.

use anyhow::Context;
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use tacitus_coder::{Coder, CoderOptions, NegationPolicy};
use tacitus_dict::{CompiledDictionaries, DictKind, DictSource, LoadOrigin, PatternBody};

/// Which dictionaries to code with.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct DictArgs {
    /// A directory of dictionaries (PETRARCH files named *verbs*, *actors*,
    /// *agents*, *discards*, *issues*, and/or tacdict files). Replaces the
    /// built-in dictionaries unless --extend is given.
    #[arg(long = "dictionaries", value_name = "DIR")]
    pub dirs: Vec<PathBuf>,
    /// A PETRARCH-2 verb dictionary (e.g. CAMEO.2.0.txt).
    #[arg(long, value_name = "FILE")]
    pub verbs: Vec<PathBuf>,
    /// PETRARCH actor dictionaries.
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub actors: Vec<PathBuf>,
    /// PETRARCH agent dictionaries.
    #[arg(long, value_name = "FILE")]
    pub agents: Vec<PathBuf>,
    /// PETRARCH discard dictionaries.
    #[arg(long, value_name = "FILE")]
    pub discards: Vec<PathBuf>,
    /// PETRARCH issue dictionaries.
    #[arg(long, value_name = "FILE")]
    pub issues: Vec<PathBuf>,
    /// Add the given dictionaries to the built-in ones instead of replacing them.
    #[arg(long)]
    pub extend: bool,
    /// Do not read or write the compiled-dictionary cache.
    #[arg(long)]
    pub no_cache: bool,
}

impl DictArgs {
    /// True when no dictionary file or directory was named.
    pub fn is_builtin(&self) -> bool {
        self.dirs.is_empty()
            && self.verbs.is_empty()
            && self.actors.is_empty()
            && self.agents.is_empty()
            && self.discards.is_empty()
            && self.issues.is_empty()
    }

    /// The sources these options name (built-in ones first when extending or when none are named).
    pub fn sources(&self) -> anyhow::Result<Vec<DictSource>> {
        let mut out = Vec::new();
        if self.is_builtin() || self.extend {
            out.extend(DictSource::builtin());
        }
        for d in &self.dirs {
            out.extend(
                DictSource::from_dir(d)
                    .with_context(|| format!("reading dictionaries in {}", d.display()))?,
            );
        }
        let files = [
            (&self.verbs, DictKind::Verbs),
            (&self.actors, DictKind::Actors),
            (&self.agents, DictKind::Agents),
            (&self.discards, DictKind::Discards),
            (&self.issues, DictKind::Issues),
        ];
        for (paths, kind) in files {
            for p in paths {
                out.push(DictSource::from_file(p, Some(kind))?);
            }
        }
        Ok(out)
    }

    /// Loads and compiles the dictionaries; returns them with where they came
    /// from and how long it took.
    pub fn load(&self) -> anyhow::Result<(CompiledDictionaries, LoadOrigin, Duration)> {
        let start = Instant::now();
        let sources = self.sources()?;
        let (dicts, origin) = tacitus_dict::load_compiled(&sources, !self.no_cache);
        Ok((dicts, origin, start.elapsed()))
    }

    /// A coder over these dictionaries; warns on stderr about skipped
    /// entries and fails when nothing can be coded.
    pub fn coder(&self, options: CoderOptions) -> anyhow::Result<Coder> {
        let (dicts, _, _) = self.load()?;
        if !dicts.warnings.is_empty() {
            eprintln!(
                "tacitus: {} dictionary entries skipped (see `tacitus dict check`); first: {}",
                dicts.warnings.len(),
                dicts.warnings[0]
            );
        }
        let coder = Coder::new(dicts, options);
        if !coder.can_code() {
            anyhow::bail!(
                "no verb and actor dictionaries loaded: the built-in dictionaries do not code events yet; \
                 give --dictionaries DIR or --verbs FILE --actors FILE... (e.g. PETRARCH's CAMEO.2.0.txt and \
                 Phoenix.*.actors.txt)"
            );
        }
        Ok(coder)
    }
}

/// Options of the coder shared by the coding subcommands.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct CodingArgs {
    /// Code negated events with flags.negated set instead of dropping them
    /// (the same as `--negation flag`).
    #[arg(long)]
    pub flag_negated: bool,
    /// What to do with a negated event ("did not criticize"): `skip` it
    /// (PETRARCH), `flag` it, or code the `opposite` act where CAMEO has one
    /// (as the validation suites do), skipping it otherwise. Default: skip
    /// (`validate`: opposite).
    #[arg(long, value_enum, value_name = "POLICY")]
    pub negation: Option<NegationArg>,
    /// Keep events without a target.
    #[arg(long)]
    pub allow_monads: bool,
}

/// `--negation` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum NegationArg {
    Skip,
    Flag,
    Opposite,
}

impl CodingArgs {
    pub fn options(&self, per_sentence: bool) -> CoderOptions {
        self.options_with(per_sentence, NegationPolicy::Skip)
    }

    /// The options, with `default_negation` when neither `--negation` nor
    /// `--flag-negated` is given.
    pub fn options_with(
        &self,
        per_sentence: bool,
        default_negation: NegationPolicy,
    ) -> CoderOptions {
        let negation = match (self.negation, self.flag_negated) {
            (Some(NegationArg::Skip), _) => NegationPolicy::Skip,
            (Some(NegationArg::Flag), _) | (None, true) => NegationPolicy::Flag,
            (Some(NegationArg::Opposite), _) => NegationPolicy::Opposite,
            (None, false) => default_negation,
        };
        CoderOptions {
            negation,
            require_dyad: !self.allow_monads,
            per_sentence,
        }
    }
}

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(clap::Subcommand)]
enum Action {
    /// Entry counts per file, per kind and per CAMEO root, and load time.
    Stats(DictArgs),
    /// Report parse errors, duplicate ids, unknown codes and unreachable
    /// entries; exits non-zero when there are errors.
    Check(DictArgs),
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let result = match args.action {
        Action::Stats(d) => stats(&d, &mut out),
        Action::Check(d) => check(&d, &mut out),
    }
    .and_then(|code| {
        out.flush()?;
        Ok(code)
    });
    match result {
        // `tacitus dict stats | head`: a closed stdout ends the output quietly.
        Err(e) if crate::cmd::validate::is_broken_pipe(&e) => Ok(ExitCode::SUCCESS),
        r => r,
    }
}

fn stats(d: &DictArgs, out: &mut impl Write) -> anyhow::Result<ExitCode> {
    let (dicts, origin, took) = d.load()?;
    writeln!(
        out,
        "loaded in {:.1} ms ({})",
        took.as_secs_f64() * 1000.0,
        match origin {
            LoadOrigin::Cache => "from cache",
            LoadOrigin::Compiled => "compiled",
        }
    )?;
    for f in &dicts.files {
        writeln!(
            out,
            "{:>8}  {:<9} {}",
            f.entries,
            f.kind.to_string(),
            f.path
        )?;
    }
    let phrases = |v: &[Vec<String>]| v.len();
    writeln!(
        out,
        "actors:   {} entries, {} phrases",
        dicts.actors.len(),
        dicts
            .actors
            .iter()
            .map(|a| phrases(&a.phrases))
            .sum::<usize>()
    )?;
    writeln!(
        out,
        "agents:   {} entries, {} phrases",
        dicts.agents.len(),
        dicts
            .agents
            .iter()
            .map(|a| phrases(&a.phrases))
            .sum::<usize>()
    )?;
    let patterns: usize = dicts.verbs.iter().map(|b| b.patterns.len()).sum();
    let triggers: usize = dicts.verbs.iter().map(|b| b.triggers.len()).sum();
    writeln!(
        out,
        "verbs:    {} blocks, {} verbs, {} patterns, {} synonym sets, {} transformations",
        dicts.verbs.len(),
        triggers,
        patterns,
        dicts.synsets.len(),
        dicts.transformations.len()
    )?;
    writeln!(out, "discards: {}", dicts.discards.len())?;
    writeln!(out, "issues:   {}", dicts.issues.len())?;
    writeln!(out, "plover:   {}", dicts.plover.len())?;
    writeln!(out, "warnings: {}", dicts.warnings.len())?;
    let mut roots: BTreeMap<String, usize> = BTreeMap::new();
    for b in &dicts.verbs {
        for p in &b.patterns {
            let root = p
                .code
                .primary
                .as_deref()
                .and_then(|c| c.get(..2))
                .unwrap_or("--");
            *roots.entry(root.to_string()).or_default() += 1;
        }
    }
    writeln!(out, "patterns per CAMEO root:")?;
    for (root, n) in roots {
        writeln!(out, "  {root}: {n}")?;
    }
    Ok(ExitCode::SUCCESS)
}

fn check(d: &DictArgs, out: &mut impl Write) -> anyhow::Result<ExitCode> {
    let (dicts, _, _) = d.load()?;
    let mut errors = 0usize;
    for w in &dicts.warnings {
        writeln!(out, "error: {w}")?;
        errors += 1;
    }
    // Duplicate ids (tacdict ids must be unique across files).
    let mut ids: HashMap<&str, &tacitus_core::DictionaryEntryRef> = HashMap::new();
    let tacdict_entries = dicts
        .actors
        .iter()
        .map(|a| &a.entry)
        .chain(dicts.agents.iter().map(|a| &a.entry))
        .chain(
            dicts
                .verbs
                .iter()
                .filter(|b| {
                    matches!(
                        b.patterns.first().map(|p| &p.body),
                        Some(PatternBody::Dependency { .. })
                    )
                })
                .map(|b| &b.entry),
        )
        .chain(dicts.discards.iter().map(|a| &a.entry))
        .chain(dicts.plover.iter().map(|a| &a.entry))
        .filter(|e| !e.dictionary.ends_with(".txt"));
    for e in tacdict_entries {
        let Some(id) = e.id.as_deref() else { continue };
        if let Some(prev) = ids.insert(id, e) {
            writeln!(
                out,
                "error: {}:{}: duplicate id `{id}` (first at {}:{})",
                e.dictionary,
                e.line.unwrap_or(0),
                prev.dictionary,
                prev.line.unwrap_or(0)
            )?;
            errors += 1;
        }
    }
    for (code, e) in dicts.unknown_codes() {
        writeln!(
            out,
            "warning: {}:{}: `{code}` is not a CAMEO event code",
            e.dictionary,
            e.line.unwrap_or(0)
        )?;
    }
    for (name, e) in dicts.undefined_synsets() {
        writeln!(
            out,
            "error: {}:{}: synonym set `&{name}` is not defined",
            e.dictionary,
            e.line.unwrap_or(0)
        )?;
        errors += 1;
    }
    // Unreachable: phrases claimed by an earlier entry (first match wins).
    let mut seen: HashMap<&[String], &tacitus_core::DictionaryEntryRef> = HashMap::new();
    let mut unreachable = 0;
    for a in &dicts.actors {
        for p in &a.phrases {
            if let Some(prev) = seen.get(p.as_slice()) {
                if prev.text != a.entry.text && unreachable < 200 {
                    writeln!(
                        out,
                        "warning: {}:{}: phrase `{}` is already an actor at {}:{}; unreachable here",
                        a.entry.dictionary,
                        a.entry.line.unwrap_or(0),
                        p.join(" "),
                        prev.dictionary,
                        prev.line.unwrap_or(0)
                    )?;
                }
                unreachable += 1;
            } else {
                seen.insert(p.as_slice(), &a.entry);
            }
        }
    }
    for b in &dicts.verbs {
        if b.triggers.is_empty() && !b.patterns.is_empty() {
            writeln!(
                out,
                "warning: {}:{}: verb block `{}` has patterns but no verbs; unreachable",
                b.entry.dictionary,
                b.entry.line.unwrap_or(0),
                b.name
            )?;
        }
    }
    writeln!(
        out,
        "{errors} errors, {unreachable} unreachable actor phrases"
    )?;
    Ok(if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
