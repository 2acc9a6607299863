//! `tacitus explain "a sentence"`: tokens, tags, tree, actors, verbs and
//! patterns, and events, step by step.

use crate::cmd::code::analyze_given;
use crate::cmd::dict::{CodingArgs, DictArgs};
use anyhow::Context;
use std::io::Write;
use std::process::ExitCode;
use tacitus_coder::SentenceTrace;
use tacitus_core::{AnalyzedDocument, Document, Event, parse_date};

/// Show step by step how one sentence is coded.
///
/// Example:
///
///   tacitus explain --dictionaries ../shared/universalpetrarch "Arnor attacked Gondor."
#[derive(clap::Args)]
pub struct Args {
    /// The sentence (or short text) to code.
    pub text: String,
    /// The document date, for date-restricted actor codes (e.g. 2025-07-03).
    #[arg(long)]
    pub date: Option<String>,
    /// A Penn Treebank parse of the text to use instead of our parser.
    #[arg(long, value_name = "PTB")]
    pub parse: Option<String>,
    #[command(flatten)]
    pub dicts: DictArgs,
    #[command(flatten)]
    pub coding: CodingArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let coder = args.dicts.coder(args.coding.options(true))?;
    let mut doc = Document::new("explain", args.text.clone());
    if let Some(d) = &args.date {
        doc.date = Some(parse_date(d).with_context(|| format!("cannot read the date `{d}`"))?);
    }
    let analyzed = match &args.parse {
        Some(p) => analyze_given(&doc, p, false).map_err(anyhow::Error::msg)?,
        None => tacitus_nlp::Analyzer::builtin()
            .context("loading the analyzer")?
            .analyze(&doc),
    };
    let (events, traces) = coder.code_document_traced(&doc, &analyzed);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written =
        write_explanation(&mut out, &analyzed, &traces, &events).and_then(|()| out.flush());
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(ExitCode::SUCCESS),
    }
}

/// Writes tokens, actors, verbs and events of a coded document, step by step.
pub fn write_explanation(
    out: &mut impl Write,
    analyzed: &AnalyzedDocument,
    traces: &[SentenceTrace],
    events: &[Event],
) -> std::io::Result<()> {
    for (s, trace) in analyzed.sentences.iter().zip(traces) {
        writeln!(
            out,
            "sentence {}: {}",
            s.index,
            s.span.slice(&analyzed.text).unwrap_or_default()
        )?;
        writeln!(
            out,
            "  {:>3}  {:<18} {:<5} {:<16} {:>4}  dep",
            "i", "token", "tag", "lemma", "head"
        )?;
        for (i, t) in s.tokens.iter().enumerate() {
            let head = t.head.map(|h| h.to_string()).unwrap_or_else(|| "-".into());
            writeln!(
                out,
                "  {i:>3}  {:<18} {:<5} {:<16} {head:>4}  {}",
                t.text, t.tag, t.lemma, t.dep
            )?;
        }
        if let Some(why) = &trace.skipped {
            writeln!(out, "  skipped: {why}")?;
            continue;
        }
        writeln!(out, "  actors:")?;
        if trace.actors.is_empty() {
            writeln!(out, "    (none)")?;
        }
        for a in &trace.actors {
            let entries: Vec<String> = a
                .entries
                .iter()
                .map(|e| format!("{}:{}", e.dictionary, e.line.unwrap_or(0)))
                .collect();
            writeln!(
                out,
                "    {:<10} \"{}\"  [{}]",
                a.code,
                a.text,
                entries.join(", ")
            )?;
        }
        writeln!(out, "  verbs:")?;
        if trace.verbs.is_empty() {
            writeln!(out, "    (none in the dictionary)")?;
        }
        for v in &trace.verbs {
            writeln!(
                out,
                "    {} (token {}, block {}) code {}  sources [{}] targets [{}]{}",
                v.verb,
                v.token,
                v.block,
                v.code.as_deref().unwrap_or("none"),
                v.sources.join(", "),
                v.targets.join(", "),
                if v.note.is_empty() {
                    String::new()
                } else {
                    format!("  -- {}", v.note)
                }
            )?;
            if let Some(p) = &v.pattern {
                writeln!(
                    out,
                    "      pattern {}:{}  {}",
                    p.dictionary,
                    p.line.unwrap_or(0),
                    p.text
                )?;
            }
        }
        if !trace.issues.is_empty() {
            writeln!(out, "  issues:")?;
            for i in &trace.issues {
                writeln!(
                    out,
                    "    {:<24} \"{}\"  [{}:{}]",
                    i.code,
                    i.text,
                    i.entry.dictionary,
                    i.entry.line.unwrap_or(0)
                )?;
            }
        }
    }
    writeln!(out, "events:")?;
    if events.is_empty() {
        writeln!(out, "  (none)")?;
    }
    for e in events {
        let target = e.target.as_ref().map(|t| t.code.as_str()).unwrap_or("---");
        let mut flags = Vec::new();
        for (on, name) in [
            (e.flags.negated, "negated"),
            (e.flags.future, "future"),
            (e.flags.conditional, "conditional"),
            (e.flags.hypothetical, "hypothetical"),
            (e.flags.reported, "reported"),
        ] {
            if on {
                flags.push(name);
            }
        }
        writeln!(
            out,
            "  {} -> {} {} ({}, quad {}, Goldstein {:+.1}, PLOVER {}){}",
            e.source.code,
            target,
            e.cameo,
            e.root,
            e.quad_class,
            e.goldstein,
            e.plover.event_type,
            if flags.is_empty() {
                String::new()
            } else {
                format!(" [{}]", flags.join(", "))
            }
        )?;
        if let Some(p) = &e.provenance.pattern {
            writeln!(
                out,
                "      pattern: {}:{}  {}",
                p.dictionary,
                p.line.unwrap_or(0),
                p.text
            )?;
        }
        if !e.issues.is_empty() {
            let codes: Vec<&str> = e.issues.iter().map(|i| i.code.as_str()).collect();
            writeln!(out, "      issues: {}", codes.join(", "))?;
        }
        for n in &e.provenance.notes {
            writeln!(out, "      note: {n}")?;
        }
    }
    Ok(())
}
