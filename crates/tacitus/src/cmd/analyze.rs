//! `tacitus analyze`: tag, lemmatize and parse documents; print CoNLL-U or
//! JSON lines. Documents stream through in small parallel batches, so memory
//! stays flat on large inputs.

use crate::input::InputArgs;
use rayon::prelude::*;
use serde::Serialize;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use tacitus_core::{AnalyzedDocument, CharOffsets, Document};
use tacitus_nlp::Analyzer;

/// Where trees come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ParseSource {
    /// Our tagger and parser.
    Ours,
    /// The parse given with each document (PETRARCH XML `<Parse>`: Penn
    /// Treebank trees converted by head rules, or CoNLL-U); documents without
    /// one are analyzed by our models.
    Given,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AnalyzeFormat {
    /// CoNLL-U with `# doc_id`, `# sent_id` and `# text` comments; MISC holds
    /// character offsets.
    Conllu,
    /// One JSON object per sentence.
    Jsonl,
}

/// Tag, lemmatize and parse documents.
///
/// JSON lines: one object per sentence with `doc_id`, `index` and `tokens`,
/// each token `{text, start, end, tag, lemma, head, dep}`; `start`/`end` are
/// character offsets into the document text, `head` is the index of the head
/// token in the sentence (-1 for the root). Tags are Penn Treebank, labels the
/// ClearNLP/spaCy English set. The text is analyzed as read unless --clean.
///
/// Examples:
///
///   tacitus analyze article.txt
///   tacitus analyze --format jsonl news.jsonl > analyzed.jsonl
///   TACITUS_MODELS=data/models tacitus analyze --clean page.txt
///   tacitus analyze --parses given PETR.UnitTest.records.xml
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = AnalyzeFormat::Conllu)]
    format: AnalyzeFormat,
    /// Clean each document first (offsets then index the cleaned text).
    #[arg(long)]
    clean: bool,
    /// Load models from this directory instead of the embedded ones.
    #[arg(long, value_name = "DIR")]
    models: Option<PathBuf>,
    /// Use our parser or the parses given with the documents.
    #[arg(long, value_enum, default_value_t = ParseSource::Ours)]
    parses: ParseSource,
}

#[derive(Serialize)]
struct TokenOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    tag: &'a str,
    lemma: &'a str,
    head: i64,
    dep: &'a str,
}

#[derive(Serialize)]
struct SentenceOut<'a> {
    doc_id: &'a str,
    index: usize,
    tokens: Vec<TokenOut<'a>>,
}

/// Loads the analyzer from `--models DIR` or the built-in models.
pub fn load_analyzer(models: Option<&std::path::Path>) -> anyhow::Result<Analyzer> {
    Ok(match models {
        Some(dir) => Analyzer::from_dir(dir)?,
        None => Analyzer::builtin()?,
    })
}

fn write_document(
    out: &mut impl Write,
    format: AnalyzeFormat,
    doc: &AnalyzedDocument,
) -> std::io::Result<()> {
    let offsets = CharOffsets::new(&doc.text);
    match format {
        AnalyzeFormat::Conllu => {
            let mut buf = String::new();
            for s in &doc.sentences {
                tacitus_nlp::write_conllu(&mut buf, &doc.doc_id, &doc.text, &offsets, s);
            }
            out.write_all(buf.as_bytes())
        }
        AnalyzeFormat::Jsonl => {
            for s in &doc.sentences {
                let tokens = s
                    .tokens
                    .iter()
                    .map(|t| TokenOut {
                        text: &t.text,
                        start: offsets.char_offset(t.span.start),
                        end: offsets.char_offset(t.span.end),
                        tag: &t.tag,
                        lemma: &t.lemma,
                        head: t.head.map_or(-1, |h| h as i64),
                        dep: &t.dep,
                    })
                    .collect();
                serde_json::to_writer(
                    &mut *out,
                    &SentenceOut {
                        doc_id: &doc.doc_id,
                        index: s.index,
                        tokens,
                    },
                )?;
                out.write_all(b"\n")?;
            }
            Ok(())
        }
    }
}

/// Documents analyzed per parallel batch; bounds memory on big inputs.
const BATCH: usize = 64;

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let analyzer = load_analyzer(args.models.as_deref())?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut errors = 0usize;
    let mut batch: Vec<Document> = Vec::with_capacity(BATCH);
    let analyze = |doc: &Document| {
        if args.parses == ParseSource::Given {
            match tacitus_nlp::gold::analyze_given_document(doc) {
                Some(Ok(analyzed)) => return analyzed,
                Some(Err(e)) => eprintln!(
                    "tacitus: {}: document {}: given parse unusable ({e}); using our parser",
                    doc.origin.file, doc.id
                ),
                None => {}
            }
        }
        if args.clean {
            analyzer.analyze(&crate::pipeline::clean_document(doc).0)
        } else {
            analyzer.analyze(doc)
        }
    };
    let flush = |batch: &mut Vec<Document>, out: &mut BufWriter<_>| -> anyhow::Result<()> {
        let analyzed: Vec<AnalyzedDocument> = batch.par_iter().map(analyze).collect();
        batch.clear();
        for doc in &analyzed {
            match write_document(out, args.format, doc) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(()),
                other => other?,
            }
        }
        Ok(())
    };
    for item in args.input.stream() {
        match item {
            Ok(doc) => {
                batch.push(doc);
                if batch.len() == BATCH {
                    flush(&mut batch, &mut out)?;
                }
            }
            Err(err) => {
                eprintln!("tacitus: skipped record: {err}");
                errors += 1;
            }
        }
    }
    flush(&mut batch, &mut out)?;
    match out.flush() {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other?,
    }
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
