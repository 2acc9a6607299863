//! `tacitus sentences`: split documents into sentences, printed with
//! character offsets into the document text.
//!
//! Also holds the reading and field-escaping helpers that `tacitus tokens`
//! shares.

use crate::input::InputArgs;
use crate::output::OutputFormat;
use serde::Serialize;
use std::io::{BufWriter, Write};
use std::process::ExitCode;
use tacitus_core::{CharOffsets, Document};

/// Split documents into sentences.
///
/// Offsets (`start`, `end`) are character (Unicode scalar) offsets into the
/// document text as read; with `--clean`, into the cleaned text.
///
/// Examples:
///
///   tacitus sentences article.txt
///   tacitus sentences --format jsonl news.jsonl > sentences.jsonl
///   tacitus sentences --clean --format csv news.jsonl
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
    /// Clean each document first (repeats, markup, title); offsets then index
    /// the cleaned text.
    #[arg(long)]
    pub clean: bool,
}

#[derive(Serialize)]
struct SentenceRecord<'a> {
    doc_id: &'a str,
    index: usize,
    text: &'a str,
    start: usize,
    end: usize,
}

/// Reads the documents of `input`, calling `each` on every good one and
/// reporting bad records on stderr and skipping them. Returns the number of
/// bad records.
pub(crate) fn for_each_document(
    input: &InputArgs,
    clean: bool,
    mut each: impl FnMut(&Document) -> anyhow::Result<()>,
) -> anyhow::Result<usize> {
    let mut errors = 0;
    for item in input.stream() {
        match item {
            Ok(doc) if clean => {
                let (cleaned, _) = crate::pipeline::clean_document(&doc);
                each(&cleaned)?;
            }
            Ok(doc) => each(&doc)?,
            Err(err) => {
                crate::input::report(&err);
                errors += 1;
            }
        }
    }
    Ok(errors)
}

/// A field for CSV: quoted when it holds a comma, quote or line break.
pub(crate) fn csv_field(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\"")).into()
    } else {
        s.into()
    }
}

/// A field for TSV and text output: tabs and line breaks become spaces.
pub(crate) fn flat_field(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['\t', '\n', '\r']) {
        s.replace(['\t', '\n', '\r'], " ").into()
    } else {
        s.into()
    }
}

/// Ignores a broken pipe (`tacitus sentences ... | head`) as a normal end.
pub(crate) fn finish(result: anyhow::Result<usize>) -> anyhow::Result<ExitCode> {
    match result {
        // Bad records were reported on stderr and skipped.
        Ok(_) => Ok(ExitCode::SUCCESS),
        Err(err) => {
            let broken_pipe = err
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe);
            if broken_pipe {
                Ok(ExitCode::SUCCESS)
            } else {
                Err(err)
            }
        }
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    match args.format {
        OutputFormat::Csv => writeln!(out, "doc_id,index,start,end,text")?,
        OutputFormat::Tsv => writeln!(out, "doc_id\tindex\tstart\tend\ttext")?,
        _ => {}
    }
    let result = for_each_document(&args.input, args.clean, |doc| {
        let offsets = CharOffsets::new(&doc.text);
        for (index, span) in tacitus_text::split_sentences(&doc.text)
            .into_iter()
            .enumerate()
        {
            let text = &doc.text[span.start..span.end];
            let (start, end) = (
                offsets.char_offset(span.start),
                offsets.char_offset(span.end),
            );
            match args.format {
                OutputFormat::Jsonl => {
                    let record = SentenceRecord {
                        doc_id: &doc.id,
                        index,
                        text,
                        start,
                        end,
                    };
                    serde_json::to_writer(&mut out, &record)?;
                    out.write_all(b"\n")?;
                }
                OutputFormat::Text => writeln!(
                    out,
                    "{}\t{index}\t{}",
                    flat_field(&doc.id),
                    flat_field(text)
                )?,
                OutputFormat::Csv => writeln!(
                    out,
                    "{},{index},{start},{end},{}",
                    csv_field(&doc.id),
                    csv_field(text)
                )?,
                OutputFormat::Tsv => writeln!(
                    out,
                    "{}\t{index}\t{start}\t{end}\t{}",
                    flat_field(&doc.id),
                    flat_field(text)
                )?,
            }
        }
        Ok(())
    });
    let result = result.and_then(|n| {
        out.flush()?;
        Ok(n)
    });
    finish(result)
}
