//! `tacitus clean`: print each document's title, clean paragraphs and what
//! was removed (repeated title, repeated paragraphs, boilerplate).

use crate::input::{InputArgs, report, report_empty};
use std::io::{BufWriter, Write};
use std::process::ExitCode;
use tacitus_clean::{CleanedDocument, RemovalReason};

/// Output formats of `tacitus clean`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum CleanFormat {
    /// Readable: title, numbered paragraphs, then the removals.
    #[default]
    Text,
    /// One JSON object per document: `doc_id`, `title`, `paragraphs` (in
    /// order) and `removed` (`text`, `reason`, `duplicate_of`: 0-based index
    /// into `paragraphs`, or null).
    Jsonl,
}

/// Clean articles: repair encoding (mojibake), strip markup, normalize
/// Unicode and whitespace, find the title and paragraphs, and drop exact and
/// near-exact repeats of the title and of paragraphs, keeping first
/// occurrences in order. Every removal is listed with its reason.
#[derive(clap::Args)]
#[command(after_help = AFTER_HELP)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CleanFormat::Text)]
    pub format: CleanFormat,
}

const AFTER_HELP: &str = "\
Lines before a title found in the text (a teaser) are kept as the first
paragraph unless they repeat a body paragraph. Every removal is listed with
its reason (repeated title, repeated or near-repeated paragraph, boilerplate).

Examples:
  tacitus clean article.txt
  tacitus clean --format jsonl examples/news/ > clean.jsonl
  tacitus clean --text-field body --date 1987-02-26 reuters.jsonl
  cat article.txt | tacitus clean -

Exit status: 0 when at least one document was read (bad records are reported
on stderr as warnings), 1 when none could be read.";

fn reason_label(reason: RemovalReason) -> &'static str {
    match reason {
        RemovalReason::RepeatedTitle => "repeated title",
        RemovalReason::RepeatedParagraph => "repeated paragraph",
        RemovalReason::NearRepeatedParagraph => "near-repeated paragraph",
        RemovalReason::Empty => "no words",
        RemovalReason::Boilerplate => "boilerplate",
    }
}

fn shorten(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

fn write_text(out: &mut impl Write, cleaned: &CleanedDocument) -> std::io::Result<()> {
    writeln!(out, "== {} ==", cleaned.doc_id)?;
    writeln!(
        out,
        "title: {}",
        cleaned.title.as_deref().unwrap_or("(none)")
    )?;
    for (i, paragraph) in cleaned.paragraphs().enumerate() {
        writeln!(out, "\n[{}] {paragraph}", i + 1)?;
    }
    if !cleaned.removed.is_empty() {
        writeln!(out, "\nremoved:")?;
        for removal in &cleaned.removed {
            let of = removal
                .duplicate_of
                .map(|i| format!(" of [{}]", i + 1))
                .unwrap_or_default();
            writeln!(
                out,
                "  - {}{of}: {}",
                reason_label(removal.reason),
                shorten(&removal.text, 90)
            )?;
        }
    }
    writeln!(out)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut documents = 0usize;
    let mut stream = args.input.stream();
    let result = (|| -> anyhow::Result<()> {
        for item in stream.by_ref() {
            match item {
                Ok(doc) => {
                    documents += 1;
                    let cleaned = tacitus_clean::clean(&doc);
                    match args.format {
                        CleanFormat::Jsonl => {
                            serde_json::to_writer(&mut out, &cleaned)?;
                            out.write_all(b"\n")?;
                        }
                        CleanFormat::Text => write_text(&mut out, &cleaned)?,
                    }
                }
                Err(err) => report(&err),
            }
        }
        out.flush()?;
        Ok(())
    })();
    report_empty(stream.empty_records());
    if let Err(err) = result {
        let broken_pipe = err
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe);
        return if broken_pipe {
            Ok(ExitCode::SUCCESS)
        } else {
            Err(err)
        };
    }
    if documents == 0 {
        eprintln!("tacitus clean: no document could be read");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
