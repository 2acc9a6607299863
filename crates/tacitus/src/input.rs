//! Input options shared by every subcommand that reads documents, and the
//! one place that prints reader warnings.

use std::path::PathBuf;
use tacitus_core::RecordError;
use tacitus_ingest::{DocumentStream, FieldNames, InputFormat, ReadOptions, ReadOutcome};

/// Input formats as named on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum InputFormatArg {
    /// By extension (.txt, .jsonl, .json, .csv, .xml, .html, .rss, .atom;
    /// `.gz` by the inner one); stdin and extensionless files by their first bytes.
    #[default]
    Auto,
    /// Plain text, one document per file (optional `Key: value` header block).
    Text,
    /// JSON lines, one record per line (`.json` arrays are read with `auto`).
    Jsonl,
    /// CSV with a header row.
    Csv,
    /// PETRARCH/TABARI XML (`<Sentence>` records with `<Text>` and `<Parse>`).
    Petrarch,
    /// An HTML page: the article (title, date, body paragraphs) is extracted.
    Html,
    /// An RSS or Atom feed: one document per item.
    Feed,
}

/// Where documents come from and how to read them.
#[derive(Debug, Clone, clap::Args)]
pub struct InputArgs {
    /// Files or directories to read (directories recursively, hidden files
    /// skipped); `-` or nothing reads standard input.
    pub inputs: Vec<PathBuf>,
    /// Input format.
    #[arg(long, value_enum, default_value_t = InputFormatArg::Auto, value_name = "FORMAT")]
    pub input_format: InputFormatArg,
    /// JSON/CSV field holding the document id (tried before `id`, `article_id`, `newid`).
    #[arg(long, value_name = "NAME")]
    pub id_field: Option<String>,
    /// Field holding the date (tried before `date`, `publish_date`, ...).
    #[arg(long, value_name = "NAME")]
    pub date_field: Option<String>,
    /// Field holding the title (tried before `title`, `headline`).
    #[arg(long, value_name = "NAME")]
    pub title_field: Option<String>,
    /// Field holding the article text (tried before `text`, `body`, `content`).
    #[arg(long, value_name = "NAME")]
    pub text_field: Option<String>,
    /// Field holding the URL (tried before `url`, `article_source_link`, `link`).
    #[arg(long, value_name = "NAME")]
    pub url_field: Option<String>,
    /// Field holding the outlet (tried before `source`, `outlet`, `publisher`);
    /// without one the outlet is the URL's host.
    #[arg(long, value_name = "NAME")]
    pub source_field: Option<String>,
    /// Date for documents that carry none (e.g. 2025-07-03).
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub date: Option<String>,
}

fn parse_date_arg(s: &str) -> Result<String, String> {
    match tacitus_core::parse_date(s) {
        Some(d) => Ok(d.to_string()),
        None => Err(format!("`{s}` is not a date (try 2025-07-03)")),
    }
}

impl InputArgs {
    /// The reader options these arguments describe.
    pub fn read_options(&self) -> ReadOptions {
        let format = match self.input_format {
            InputFormatArg::Auto => InputFormat::Auto,
            InputFormatArg::Text => InputFormat::Text,
            InputFormatArg::Jsonl => InputFormat::Jsonl,
            InputFormatArg::Csv => InputFormat::Csv,
            InputFormatArg::Petrarch => InputFormat::PetrarchXml,
            InputFormatArg::Html => InputFormat::Html,
            InputFormatArg::Feed => InputFormat::Feed,
        };
        let fields = FieldNames::with_preferred(
            self.id_field.as_deref(),
            self.date_field.as_deref(),
            self.title_field.as_deref(),
            self.text_field.as_deref(),
            self.url_field.as_deref(),
            self.source_field.as_deref(),
        );
        ReadOptions {
            format,
            fields: Some(fields),
            default_date: self.date.as_deref().and_then(tacitus_core::parse_date),
        }
    }

    /// A lazy stream of documents and record errors (see
    /// [`tacitus_ingest::read_stream`]); report errors with [`report`].
    pub fn stream(&self) -> DocumentStream {
        tacitus_ingest::read_stream(&self.inputs, &self.read_options())
    }
}

/// Prints a record error as `warning: FILE:LINE: field `X`: message`.
pub fn report(err: &RecordError) {
    eprintln!("warning: {err}");
}

/// Prints how many empty records were skipped, if any.
pub fn report_empty(count: u64) {
    if count > 0 {
        eprintln!("note: {count} empty records (no text, no title) skipped");
    }
}

/// Reads all documents, printing every record error to stderr.
#[allow(dead_code)] // for subcommands that need every document at once
pub fn read_documents(args: &InputArgs) -> ReadOutcome {
    let outcome = tacitus_ingest::read_paths(&args.inputs, &args.read_options());
    for err in &outcome.errors {
        report(err);
    }
    report_empty(outcome.empty_records);
    outcome
}
