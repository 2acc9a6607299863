//! `tacitus tokens`: split documents into sentences and Penn-Treebank-style
//! tokens, printed with character offsets into the document text.
//!
//! The JSON lines output is a stable interface (training scripts read it):
//! one object per sentence, `{"doc_id", "index", "tokens": [{"text", "start",
//! "end"}, ...]}`, where a token has `"norm"` only when its PTB form differs
//! from its text (`“` -> `"`, `n’t` -> `n't`, a sentence-final `U.S.`).

use super::sentences::{csv_field, finish, flat_field, for_each_document};
use crate::input::InputArgs;
use crate::output::OutputFormat;
use serde::Serialize;
use std::io::{BufWriter, Write};
use std::process::ExitCode;
use tacitus_core::CharOffsets;

/// Split documents into sentences and Penn-Treebank-style tokens.
///
/// Offsets are character (Unicode scalar) offsets into the document text as
/// read; with `--clean`, into the cleaned text. `norm` is the PTB form when
/// it differs from the text. The text format prints one sentence per line,
/// tokens separated by spaces (norms where set).
///
/// Examples:
///
///   tacitus tokens article.txt
///   tacitus tokens --format jsonl news.jsonl > tokens.jsonl
///   tacitus tokens --format tsv --clean news.jsonl
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
    pub format: OutputFormat,
    /// Clean each document first; offsets then index the cleaned text.
    #[arg(long)]
    pub clean: bool,
}

#[derive(Serialize)]
struct TokenRecord<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    norm: Option<&'a str>,
}

#[derive(Serialize)]
struct SentenceTokens<'a> {
    doc_id: &'a str,
    index: usize,
    tokens: Vec<TokenRecord<'a>>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    match args.format {
        OutputFormat::Csv => writeln!(out, "doc_id,sentence,token,start,end,text,norm")?,
        OutputFormat::Tsv => writeln!(out, "doc_id\tsentence\ttoken\tstart\tend\ttext\tnorm")?,
        _ => {}
    }
    let result = for_each_document(&args.input, args.clean, |doc| {
        let text = doc.text.as_str();
        let offsets = CharOffsets::new(text);
        for (index, sentence) in tacitus_text::segment(text).iter().enumerate() {
            let tokens: Vec<TokenRecord> = sentence
                .tokens
                .iter()
                .map(|t| TokenRecord {
                    text: &text[t.span.start..t.span.end],
                    start: offsets.char_offset(t.span.start),
                    end: offsets.char_offset(t.span.end),
                    norm: t.norm.as_deref(),
                })
                .collect();
            match args.format {
                OutputFormat::Jsonl => {
                    serde_json::to_writer(
                        &mut out,
                        &SentenceTokens {
                            doc_id: &doc.id,
                            index,
                            tokens,
                        },
                    )?;
                    out.write_all(b"\n")?;
                }
                OutputFormat::Text => {
                    for (k, t) in tokens.iter().enumerate() {
                        if k > 0 {
                            out.write_all(b" ")?;
                        }
                        out.write_all(flat_field(t.norm.unwrap_or(t.text)).as_bytes())?;
                    }
                    out.write_all(b"\n")?;
                }
                OutputFormat::Csv => {
                    for (k, t) in tokens.iter().enumerate() {
                        writeln!(
                            out,
                            "{},{index},{k},{},{},{},{}",
                            csv_field(&doc.id),
                            t.start,
                            t.end,
                            csv_field(t.text),
                            csv_field(t.norm.unwrap_or(""))
                        )?;
                    }
                }
                OutputFormat::Tsv => {
                    for (k, t) in tokens.iter().enumerate() {
                        writeln!(
                            out,
                            "{}\t{index}\t{k}\t{}\t{}\t{}\t{}",
                            flat_field(&doc.id),
                            t.start,
                            t.end,
                            flat_field(t.text),
                            flat_field(t.norm.unwrap_or(""))
                        )?;
                    }
                }
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
