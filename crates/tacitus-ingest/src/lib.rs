//! # tacitus-ingest
//!
//! Readers that turn news inputs into [`tacitus_core::Document`]s: plain text
//! files and directories of them (with an optional `Key: value` header block,
//! see [`text`](crate#text-files)), JSON lines and JSON files (configurable
//! field names, plus the names of common news corpora), CSV with a header
//! row, HTML pages (the article extracted, see [`html`]), RSS and Atom feeds
//! (one document per item, see [`feed`]), PETRARCH XML (keeping each `<Parse>` for `--parses given`, and the
//! expected codings of validation files through [`petrarch`]), and stdin.
//!
//! **Must never**: abort a batch on one bad record. Every reader returns what it
//! could read together with a [`RecordError`] per bad record, naming file, line
//! and field. It knows nothing of cleaning, analysis or coding.
//!
//! ## Text files
//!
//! A text file is one document whose id is the file stem. It may start with
//! a header block of `Key: value` lines (`Title`, `Date`, `Source`, `URL`,
//! `Id`, `Language`) ended by a blank line; see the `text` module source.
//!
//! ## Directories
//!
//! Directories are walked recursively in name order; hidden files and
//! directories are skipped, and so are files whose extension is not one of
//! `txt`, `text`, `jsonl`, `ndjson`, `json`, `csv`, `xml`, `story`, `html`,
//! `htm`, `xhtml`, `rss`, `atom` (files without an extension are read as
//! text, or as HTML when they start like a page). A `.gz` file is
//! decompressed and read by its inner extension (`page.html.gz`). A file
//! named on the command line is always read.
//!
//! ## Records without text
//!
//! A JSON or CSV record with no text but a title (or subtitle) becomes a
//! headline-only document whose text is that headline. A record whose text
//! and title fields are present but empty or null is counted in
//! [`ReadOutcome::empty_records`] and skipped without an error (Reuters-21578
//! has 737 such records); a record lacking any text field is an error.
//!
//! ## Errors and warnings
//!
//! [`read_stream`] yields `Err(RecordError)` both for records that were
//! skipped (broken JSON, no text) and for warnings about records that were
//! still read (a date that cannot be parsed leaves `date` empty; bytes that
//! are not UTF-8 are decoded as Windows-1252). A warning comes just before
//! its document.

mod csv_reader;
mod decode;
pub mod feed;
mod fields;
pub mod html;
mod json;
pub mod petrarch;
mod record;
mod text;

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use tacitus_core::{Document, RecordError};

pub use record::outlet_from_url;

/// The input formats Tacitus reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// Decide from the file extension (`.jsonl`/`.ndjson`, `.json`, `.csv`,
    /// `.xml`, anything else is text) and, for stdin, from the first bytes.
    #[default]
    Auto,
    Text,
    Jsonl,
    Csv,
    PetrarchXml,
    /// An HTML page: one document, the article extracted (see [`html`]).
    Html,
    /// An RSS or Atom feed: one document per item (see [`feed`]).
    Feed,
}

/// Field names to look for in JSON lines and CSV records; each list is tried
/// in order (the first name present in a record wins).
#[derive(Debug, Clone)]
pub struct FieldNames {
    pub id: Vec<String>,
    pub date: Vec<String>,
    pub title: Vec<String>,
    pub text: Vec<String>,
    pub url: Vec<String>,
    pub source: Vec<String>,
    /// A standfirst, used as the text when a record has none.
    pub subtitle: Vec<String>,
    pub language: Vec<String>,
}

/// How to read inputs.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    pub format: InputFormat,
    /// `None` means the defaults (see [`FieldNames::default`]).
    pub fields: Option<FieldNames>,
    /// Date given to documents that carry none.
    pub default_date: Option<chrono::NaiveDate>,
}

/// Documents read plus the errors met on the way.
#[derive(Debug, Default)]
pub struct ReadOutcome {
    pub documents: Vec<Document>,
    pub errors: Vec<RecordError>,
    /// Records skipped because their text (and title) fields were present
    /// but empty: not errors, but worth a note to the user.
    pub empty_records: u64,
}

/// Reads every path (files, directories recursively; `-` is stdin).
pub fn read_paths(paths: &[PathBuf], options: &ReadOptions) -> ReadOutcome {
    let mut outcome = ReadOutcome::default();
    let mut stream = read_stream(paths, options);
    for item in stream.by_ref() {
        match item {
            Ok(doc) => outcome.documents.push(doc),
            Err(e) => outcome.errors.push(e),
        }
    }
    outcome.empty_records = stream.empty_records();
    outcome
}

/// Reads documents from a string in the given format (`Auto` sniffs the
/// first bytes); `name` stands for the file in ids and errors.
pub fn read_str(text: &str, name: &str, options: &ReadOptions) -> ReadOutcome {
    let format = match options.format {
        InputFormat::Auto => sniff_format(text.as_bytes()),
        f => f,
    };
    let mut outcome = ReadOutcome::default();
    let empty = Arc::new(AtomicU64::new(0));
    let items = open_reader(
        Box::new(std::io::Cursor::new(text.as_bytes().to_vec())),
        name,
        "stdin",
        format,
        options,
        &empty,
    );
    for item in items {
        match item {
            Ok(doc) => outcome.documents.push(doc),
            Err(e) => outcome.errors.push(e),
        }
    }
    outcome.empty_records = empty.load(Ordering::Relaxed);
    outcome
}

/// A lazy stream over the documents of many paths: files are opened one at
/// a time and JSON lines and CSV are read record by record, so memory stays
/// flat on large inputs. See the crate docs for what an `Err` means.
pub fn read_stream(paths: &[PathBuf], options: &ReadOptions) -> DocumentStream {
    let paths = if paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        paths.to_vec()
    };
    DocumentStream {
        pending_paths: paths.into(),
        current: None,
        options: options.clone(),
        empty_records: Arc::default(),
    }
}

/// Iterator returned by [`read_stream`].
pub struct DocumentStream {
    pending_paths: VecDeque<PathBuf>,
    current: Option<Box<dyn Iterator<Item = Result<Document, RecordError>> + Send>>,
    options: ReadOptions,
    empty_records: Arc<AtomicU64>,
}

impl DocumentStream {
    /// Records skipped so far because their text fields were empty.
    pub fn empty_records(&self) -> u64 {
        self.empty_records.load(Ordering::Relaxed)
    }
}

impl Iterator for DocumentStream {
    type Item = Result<Document, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(current) = &mut self.current {
                if let Some(item) = current.next() {
                    return Some(item);
                }
                self.current = None;
            }
            let path = self.pending_paths.pop_front()?;
            match self.open(&path) {
                Ok(items) => self.current = Some(items),
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

impl DocumentStream {
    fn open(
        &mut self,
        path: &Path,
    ) -> Result<Box<dyn Iterator<Item = Result<Document, RecordError>> + Send>, RecordError> {
        let name = path.display().to_string();
        if name == "-" {
            let stdin = std::io::stdin();
            let mut input = BufReader::with_capacity(1 << 16, stdin);
            let format = match self.options.format {
                InputFormat::Auto => {
                    let head = input.fill_buf().map_err(|e| {
                        RecordError::new("-", None, None, format!("cannot read: {e}"))
                    })?;
                    sniff_format(head)
                }
                f => f,
            };
            return Ok(open_reader(
                Box::new(input),
                "-",
                "stdin",
                format,
                &self.options,
                &self.empty_records,
            ));
        }
        if path.is_dir() {
            let (files, errors) = list_dir(path);
            for file in files.into_iter().rev() {
                self.pending_paths.push_front(file);
            }
            return Ok(Box::new(errors.into_iter().map(Err)));
        }
        let file = std::fs::File::open(path)
            .map_err(|e| RecordError::new(name.clone(), None, None, format!("cannot open: {e}")))?;
        // `page.html.gz`: gunzipped on the fly, read as `page.html`
        let gzipped = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
        let inner = if gzipped {
            path.with_extension("")
        } else {
            path.to_path_buf()
        };
        let input: Box<dyn Read + Send> = if gzipped {
            Box::new(flate2::read::MultiGzDecoder::new(BufReader::new(file)))
        } else {
            Box::new(file)
        };
        let format = match self.options.format {
            InputFormat::Auto => format_from_extension(&inner),
            f => f,
        };
        let stem = inner
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| name.clone());
        Ok(open_reader(
            input,
            &name,
            &stem,
            format,
            &self.options,
            &self.empty_records,
        ))
    }
}

fn make_builder(
    name: &str,
    options: &ReadOptions,
    empty: &Arc<AtomicU64>,
) -> record::DocumentBuilder {
    let fields = options.fields.clone().unwrap_or_default();
    record::DocumentBuilder::new(
        name,
        fields::FieldMap::new(&fields),
        options.default_date,
        Arc::clone(empty),
    )
}

/// Reads a whole input and hands its decoded text to `f`.
fn read_whole(
    mut input: Box<dyn Read + Send>,
    name: &str,
    f: impl FnOnce(String, Vec<RecordError>) -> Vec<Result<Document, RecordError>>,
) -> Box<dyn Iterator<Item = Result<Document, RecordError>> + Send> {
    let mut bytes = Vec::new();
    if let Err(e) = input.read_to_end(&mut bytes) {
        return Box::new(std::iter::once(Err(RecordError::new(
            name,
            None,
            None,
            format!("cannot read: {e}"),
        ))));
    }
    let mut errors = Vec::new();
    let text = decode::decode_file(bytes, name, &mut errors);
    Box::new(f(text, errors).into_iter())
}

/// Opens a reader of a known format (`Auto` here means a `.json` file).
fn open_reader(
    input: Box<dyn Read + Send>,
    name: &str,
    stem: &str,
    format: InputFormat,
    options: &ReadOptions,
    empty: &Arc<AtomicU64>,
) -> Box<dyn Iterator<Item = Result<Document, RecordError>> + Send> {
    let builder = make_builder(name, options, empty);
    match format {
        InputFormat::Jsonl => Box::new(json::JsonLines::new(
            BufReader::with_capacity(1 << 16, input),
            builder,
        )),
        InputFormat::Csv => Box::new(csv_reader::CsvRecords::new(input, builder)),
        InputFormat::Auto => read_whole(input, name, move |text, errors| {
            let mut items: Vec<_> = errors.into_iter().map(Err).collect();
            items.extend(json::read_json_file(&text, builder));
            items
        }),
        InputFormat::PetrarchXml => {
            let name = name.to_string();
            let stem = stem.to_string();
            let default_date = options.default_date;
            read_whole(input, &name.clone(), move |text, errors| {
                // an `.xml` file may be a feed
                if feed::looks_like_feed(&text) {
                    let mut items: Vec<_> = errors.into_iter().map(Err).collect();
                    items.extend(feed::read_feed(text.as_bytes(), &name, &stem, default_date));
                    return items;
                }
                let parsed = petrarch::parse_petrarch_xml(&text, &name);
                let mut items: Vec<_> = errors.into_iter().chain(parsed.errors).map(Err).collect();
                let mut seen = std::collections::HashSet::new();
                for (i, record) in parsed.records.iter().enumerate() {
                    let mut doc = record.to_document(&name, i as u64);
                    doc.date = doc.date.or(default_date);
                    if !seen.insert(doc.id.clone()) {
                        let unique = format!("{}#{}", doc.id, i + 1);
                        let message = format!("duplicate id `{}`; renamed `{unique}`", doc.id);
                        items.push(Err(RecordError::new(
                            &name,
                            Some(record.line),
                            Some("id"),
                            message,
                        )));
                        doc.id = unique;
                    }
                    items.push(Ok(doc));
                }
                items
            })
        }
        InputFormat::Text | InputFormat::Html | InputFormat::Feed => {
            let name_owned = name.to_string();
            let stem = stem.to_string();
            let default_date = options.default_date;
            read_whole(input, name, move |text, mut errors| {
                // a page or feed without a telling extension is known by
                // its first bytes
                let format = match format {
                    InputFormat::Text if html::looks_like_html_page(&text) => InputFormat::Html,
                    f => f,
                };
                let mut items: Vec<_> = Vec::new();
                match format {
                    InputFormat::Html => {
                        items.extend(errors.into_iter().map(Err));
                        items.push(
                            html::read_html(&text, &name_owned, &stem, default_date).map_err(
                                |message| RecordError::new(&name_owned, None, None, message),
                            ),
                        );
                    }
                    InputFormat::Feed => {
                        items.extend(errors.into_iter().map(Err));
                        items.extend(feed::read_feed(
                            text.as_bytes(),
                            &name_owned,
                            &stem,
                            default_date,
                        ));
                    }
                    _ => {
                        let doc =
                            text::read_text(text, &name_owned, &stem, default_date, &mut errors);
                        items.extend(errors.into_iter().map(Err));
                        items.extend(doc.map(Ok));
                    }
                }
                items
            })
        }
    }
}

/// The format of a file from its extension; `Auto` stands for `.json`.
pub fn format_from_extension(path: &Path) -> InputFormat {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "jsonl" | "ndjson" | "jsonlines" => InputFormat::Jsonl,
        "json" => InputFormat::Auto,
        "csv" => InputFormat::Csv,
        "xml" => InputFormat::PetrarchXml,
        "html" | "htm" | "xhtml" => InputFormat::Html,
        "rss" | "atom" => InputFormat::Feed,
        _ => InputFormat::Text,
    }
}

/// The format of an input from its first bytes: `{` is JSON lines, `[` a
/// JSON array, `<` an HTML page (a doctype or `<html`), a feed (`<rss`,
/// `<feed`, `<rdf:RDF`) or else PETRARCH XML, anything else text.
pub fn sniff_format(head: &[u8]) -> InputFormat {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    match head.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(b'{') => InputFormat::Jsonl,
        Some(b'[') => InputFormat::Auto,
        Some(b'<') => {
            let text = String::from_utf8_lossy(&head[..head.len().min(1024)]);
            if html::looks_like_html_page(&text) {
                InputFormat::Html
            } else if feed::looks_like_feed(&text) {
                InputFormat::Feed
            } else {
                InputFormat::PetrarchXml
            }
        }
        _ => InputFormat::Text,
    }
}

/// Extensions read when walking a directory (files named explicitly are
/// always read): a `README.md` or an image beside the articles is skipped.
const DIRECTORY_EXTENSIONS: [&str; 14] = [
    "txt", "text", "jsonl", "ndjson", "json", "csv", "xml", "story", "html", "htm", "xhtml", "rss",
    "atom", "gz",
];

/// Files under a directory, recursively, hidden ones skipped, sorted by name
/// at every level so the order is the same on every machine.
fn list_dir(dir: &Path) -> (Vec<PathBuf>, Vec<RecordError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let walker = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        match entry {
            Ok(entry) if entry.file_type().is_file() => {
                let path = entry.into_path();
                let wanted = match path.extension() {
                    None => true,
                    Some(ext) => DIRECTORY_EXTENSIONS
                        .contains(&ext.to_string_lossy().to_ascii_lowercase().as_str()),
                };
                if wanted {
                    files.push(path);
                }
            }
            Ok(_) => {}
            Err(e) => {
                let file = e
                    .path()
                    .map_or_else(|| dir.display().to_string(), |p| p.display().to_string());
                errors.push(RecordError::new(
                    file,
                    None,
                    None,
                    format!("cannot read directory entry: {e}"),
                ));
            }
        }
    }
    (files, errors)
}
