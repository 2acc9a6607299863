//! `tacitus code`: documents in, events out (CAMEO and PLOVER), in input
//! order, parallel over documents.

use crate::cmd::dict::{CodingArgs, DictArgs};
use crate::input::InputArgs;
use crate::pipeline::PipelineOptions;
use anyhow::Context;
use rayon::prelude::*;
use std::io::Write;
use std::process::ExitCode;
use tacitus_coder::Coder;
use tacitus_core::{AnalyzedDocument, CharOffsets, Document, Event};
use tacitus_format::{EventContext, EventFormat, EventWriter};
use tacitus_nlp::Analyzer;

/// Where the dependency trees come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ParseMode {
    /// Our own tagger and parser, from the raw text.
    Ours,
    /// The parse given with each document (PETRARCH XML `<Parse>`).
    Given,
}

/// Event output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Jsonl,
    Csv,
    Petrarch,
    Gdelt,
    Plover,
}

impl Format {
    fn event_format(self) -> EventFormat {
        match self {
            Format::Jsonl => EventFormat::Jsonl,
            Format::Csv => EventFormat::Csv,
            Format::Petrarch => EventFormat::PetrarchTsv,
            Format::Gdelt => EventFormat::GdeltTsv,
            Format::Plover => EventFormat::PloverJson,
        }
    }
}

/// Code events from documents.
///
/// Examples:
///
///   tacitus code --dictionaries ../shared/petrarch2/dictionaries news.jsonl
///   tacitus code --verbs CAMEO.2.0.txt --actors Phoenix.Countries.actors.txt --parses given GigaWord.sample.PETR.xml
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub dicts: DictArgs,
    #[command(flatten)]
    pub coding: CodingArgs,
    /// Where trees come from: our parser, or the parses given in the input.
    #[arg(long, value_enum, default_value = "ours")]
    pub parses: ParseMode,
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: Format,
    /// Print every mention instead of one event per (source, target, code) and document.
    #[arg(long)]
    pub per_sentence: bool,
    /// Tag and parse every sentence, not only those the pre-check finds
    /// able to yield an event (same events, slower; for comparison).
    #[arg(long)]
    pub no_prefilter: bool,
    #[command(flatten)]
    pub input: InputArgs,
}

/// Analyzes a document from a given parse: Penn Treebank trees, or CoNLL-U when `conllu`.
pub fn analyze_given(
    doc: &Document,
    parse: &str,
    conllu: bool,
) -> Result<AnalyzedDocument, String> {
    let sentences = if conllu {
        let (sents, errors) = tacitus_nlp::gold::conllu::read(parse);
        if let Some(e) = errors.first() {
            return Err(format!("bad CoNLL-U parse: {e}"));
        }
        let mut cursor = 0;
        let mut out = Vec::with_capacity(sents.len());
        for (k, s) in sents.iter().enumerate() {
            let (a, next) = s.align_to(&doc.text, cursor, k);
            cursor = next;
            out.push(a);
        }
        out
    } else {
        tacitus_nlp::gold::analyze_given_parse(&doc.text, parse, 0)
            .map_err(|e| format!("bad parse: {e}"))?
    };
    Ok(AnalyzedDocument {
        doc_id: doc.id.clone(),
        text: doc.text.clone(),
        sentences,
    })
}

/// Analyzes and codes one document; `Err` names why it was skipped.
pub fn code_one(
    doc: &Document,
    mode: ParseMode,
    analyzer: Option<&Analyzer>,
    coder: &Coder,
    options: PipelineOptions,
) -> Result<(Document, Vec<Event>), String> {
    match mode {
        ParseMode::Ours => {
            let analyzer = analyzer.ok_or("no analyzer loaded")?;
            let p = crate::pipeline::process_with(doc, analyzer, coder, options);
            Ok((p.document, p.events))
        }
        ParseMode::Given => {
            let parse = doc
                .given_parse
                .as_deref()
                .ok_or("no parse given with the document")?;
            let analyzed = analyze_given(doc, parse, false)?;
            Ok((doc.clone(), coder.code_document(doc, &analyzed)))
        }
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match code_all(args) {
        // `tacitus code ... | head`: a closed stdout ends the run quietly.
        Err(e) if crate::cmd::validate::is_broken_pipe(&e) => Ok(ExitCode::SUCCESS),
        r => r,
    }
}

fn code_all(args: Args) -> anyhow::Result<ExitCode> {
    let options = PipelineOptions {
        prefilter: !args.no_prefilter,
    };
    let coder = args.dicts.coder(args.coding.options(args.per_sentence))?;
    let analyzer = match args.parses {
        ParseMode::Ours => Some(Analyzer::builtin().context("loading the analyzer")?),
        ParseMode::Given => None,
    };
    let stream = args.input.stream();
    let stdout = std::io::stdout();
    let mut writer = EventWriter::new(
        args.format.event_format(),
        std::io::BufWriter::new(stdout.lock()),
    );
    let mut errors = 0usize;
    let mut batch: Vec<Document> = Vec::with_capacity(256);
    let mut stream = stream.peekable();
    loop {
        batch.clear();
        while batch.len() < 256 {
            match stream.next() {
                Some(Ok(d)) => batch.push(d),
                Some(Err(e)) => {
                    eprintln!("tacitus: skipped: {e}");
                    errors += 1;
                }
                None => break,
            }
        }
        if batch.is_empty() {
            break;
        }
        let results: Vec<_> = batch
            .par_iter()
            .map(|d| {
                (
                    d,
                    code_one(d, args.parses, analyzer.as_ref(), &coder, options),
                )
            })
            .collect();
        for (doc, r) in results {
            match r {
                Ok((document, events)) => {
                    let offsets = CharOffsets::new(&document.text);
                    let ctx = EventContext {
                        offsets: Some(&offsets),
                        url: document.url.as_deref(),
                    };
                    for e in &events {
                        writer.write_with(e, &ctx)?;
                    }
                }
                Err(msg) => {
                    eprintln!(
                        "tacitus: {}: document {}: {msg}; skipped",
                        doc.origin.file, doc.id
                    );
                    errors += 1;
                }
            }
        }
    }
    let mut out = writer.finish()?;
    out.flush()?;
    if errors > 0 {
        eprintln!("tacitus: {errors} records skipped");
    }
    Ok(ExitCode::SUCCESS)
}
