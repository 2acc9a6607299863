//! # tacitus-format
//!
//! Exchange formats for coded [`Event`]s, shared by the CLI and the HTTP
//! server: JSON lines (our full record with provenance), CSV (flat columns),
//! PETRARCH-style TSV, GDELT 2.0 event TSV (61 columns) and PLOVER JSON
//! lines. [`EventWriter`] writes any of them to an `io::Write`;
//! [`event_to_json`] gives the JSON record as a value for the server.
//!
//! **Offsets.** Spans in an [`Event`] are byte ranges into the document text.
//! Output uses character (Unicode scalar) offsets, which needs the document:
//! callers pass the document's [`CharOffsets`]. Without them the writers print
//! the byte offsets unchanged, which is only correct for ASCII documents (the
//! JSON record says which with `offset_unit`).
//!
//! **Must never**: read input, open files, or know about the store or the
//! server; it turns events into bytes and nothing else. Depends only on
//! tacitus-core and serialization crates.

mod common;
mod delimited;
mod gdelt;
mod json;
mod plover_json;

pub use common::event_id;
pub use delimited::CSV_HEADER;
pub use gdelt::GDELT_COLUMNS;
pub use json::event_to_json;
pub use plover_json::event_to_plover_json;

use std::fmt;
use std::io::{self, Write};
use std::str::FromStr;
use tacitus_core::{CharOffsets, Event};

/// An event output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventFormat {
    /// One JSON object per line: the full record with provenance (`jsonl`).
    Jsonl,
    /// Comma-separated flat columns with a header row (`csv`).
    Csv,
    /// PETRARCH-style tab-separated lines without header: date, source,
    /// target, code, document id, sentence ids, issues (`petrarch`).
    PetrarchTsv,
    /// GDELT 2.0 event table: 61 tab-separated columns, no header (`gdelt`).
    GdeltTsv,
    /// PLOVER records as JSON lines, one event per line, as the PLOVER
    /// manual suggests (`plover`).
    PloverJson,
}

impl EventFormat {
    /// Every format, in the order of [`EventFormat::name`]s shown in help.
    pub const ALL: [EventFormat; 5] = [
        EventFormat::Jsonl,
        EventFormat::Csv,
        EventFormat::PetrarchTsv,
        EventFormat::GdeltTsv,
        EventFormat::PloverJson,
    ];

    /// The command-line name: `jsonl`, `csv`, `petrarch`, `gdelt`, `plover`.
    pub fn name(self) -> &'static str {
        match self {
            EventFormat::Jsonl => "jsonl",
            EventFormat::Csv => "csv",
            EventFormat::PetrarchTsv => "petrarch",
            EventFormat::GdeltTsv => "gdelt",
            EventFormat::PloverJson => "plover",
        }
    }

    /// A one-line description for help texts.
    pub fn description(self) -> &'static str {
        match self {
            EventFormat::Jsonl => "JSON lines with full provenance",
            EventFormat::Csv => "flat CSV with a header row",
            EventFormat::PetrarchTsv => {
                "PETRARCH-style TSV: date, source, target, code, ids, issues"
            }
            EventFormat::GdeltTsv => "GDELT 2.0 event table, 61 tab-separated columns",
            EventFormat::PloverJson => "PLOVER records as JSON lines",
        }
    }

    /// A conventional file extension.
    pub fn extension(self) -> &'static str {
        match self {
            EventFormat::Jsonl | EventFormat::PloverJson => "jsonl",
            EventFormat::Csv => "csv",
            EventFormat::PetrarchTsv | EventFormat::GdeltTsv => "tsv",
        }
    }
}

impl fmt::Display for EventFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error for an unknown format name; lists the known ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownFormat(pub String);

impl fmt::Display for UnknownFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = EventFormat::ALL.iter().map(|f| f.name()).collect();
        write!(
            f,
            "unknown event format `{}` (expected one of: {})",
            self.0,
            names.join(", ")
        )
    }
}

impl std::error::Error for UnknownFormat {}

impl FromStr for EventFormat {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "jsonl" | "json" | "ndjson" => Ok(EventFormat::Jsonl),
            "csv" => Ok(EventFormat::Csv),
            "petrarch" | "petrarch-tsv" | "tsv" => Ok(EventFormat::PetrarchTsv),
            "gdelt" | "gdelt-tsv" => Ok(EventFormat::GdeltTsv),
            "plover" | "plover-json" | "plover-jsonl" => Ok(EventFormat::PloverJson),
            _ => Err(UnknownFormat(s.to_string())),
        }
    }
}

/// Per-event information that is not in the [`Event`] itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct EventContext<'a> {
    /// Character offsets of the event's document text; see the crate docs.
    pub offsets: Option<&'a CharOffsets>,
    /// The document's URL (GDELT `SOURCEURL`; falls back to the doc id).
    pub url: Option<&'a str>,
}

/// Writes events in one [`EventFormat`] to a writer.
///
/// ```
/// use tacitus_format::{EventFormat, EventWriter};
/// let mut w = EventWriter::new(EventFormat::Csv, Vec::new());
/// let bytes = w.finish().unwrap(); // an empty CSV still has its header
/// assert!(String::from_utf8(bytes).unwrap().starts_with("doc_id,"));
/// ```
pub struct EventWriter<W: Write> {
    format: EventFormat,
    sink: Sink<W>,
    header_pending: bool,
    date_added: Option<chrono::NaiveDateTime>,
    written: u64,
}

enum Sink<W: Write> {
    Lines(W),
    Delimited(Box<csv::Writer<W>>),
}

impl<W: Write> EventWriter<W> {
    pub fn new(format: EventFormat, writer: W) -> Self {
        let sink = match format {
            EventFormat::Jsonl | EventFormat::PloverJson => Sink::Lines(writer),
            EventFormat::Csv => Sink::Delimited(Box::new(
                csv::WriterBuilder::new()
                    .has_headers(false)
                    .from_writer(writer),
            )),
            EventFormat::PetrarchTsv | EventFormat::GdeltTsv => Sink::Delimited(Box::new(
                csv::WriterBuilder::new()
                    .has_headers(false)
                    .delimiter(b'\t')
                    // Fields are cleaned of tabs and newlines instead: both
                    // formats are read by plain split-on-tab tools.
                    .quote_style(csv::QuoteStyle::Never)
                    .from_writer(writer),
            )),
        };
        EventWriter {
            format,
            sink,
            header_pending: format == EventFormat::Csv,
            date_added: None,
            written: 0,
        }
    }

    /// Sets GDELT's `DATEADDED` for every row. Without it, each row uses its
    /// event's date at 00:00:00, so output is reproducible.
    pub fn with_date_added(mut self, when: chrono::NaiveDateTime) -> Self {
        self.date_added = Some(when);
        self
    }

    pub fn format(&self) -> EventFormat {
        self.format
    }

    /// How many events have been written.
    pub fn written(&self) -> u64 {
        self.written
    }

    /// Writes one event. `offsets` are those of the event's document text.
    pub fn write(&mut self, event: &Event, offsets: Option<&CharOffsets>) -> io::Result<()> {
        self.write_with(event, &EventContext { offsets, url: None })
    }

    /// Writes one event with its document context (offsets, URL).
    pub fn write_with(&mut self, event: &Event, ctx: &EventContext<'_>) -> io::Result<()> {
        self.write_header_if_pending()?;
        match (&mut self.sink, self.format) {
            (Sink::Lines(w), EventFormat::Jsonl) => {
                serde_json::to_writer(&mut *w, &event_to_json(event, ctx.offsets))?;
                w.write_all(b"\n")?;
            }
            (Sink::Lines(w), _) => {
                serde_json::to_writer(&mut *w, &event_to_plover_json(event, ctx.offsets))?;
                w.write_all(b"\n")?;
            }
            (Sink::Delimited(w), EventFormat::Csv) => {
                w.write_record(delimited::csv_row(event, ctx.offsets))?
            }
            (Sink::Delimited(w), EventFormat::PetrarchTsv) => {
                w.write_record(delimited::petrarch_row(event))?
            }
            (Sink::Delimited(w), _) => {
                w.write_record(gdelt::gdelt_row(event, ctx.url, self.date_added))?
            }
        }
        self.written += 1;
        Ok(())
    }

    fn write_header_if_pending(&mut self) -> io::Result<()> {
        if self.header_pending {
            self.header_pending = false;
            if let Sink::Delimited(w) = &mut self.sink {
                w.write_record(CSV_HEADER)?;
            }
        }
        Ok(())
    }

    /// Flushes everything (writing the CSV header even when there were no
    /// events) and returns the inner writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.write_header_if_pending()?;
        match self.sink {
            Sink::Lines(mut w) => {
                w.flush()?;
                Ok(w)
            }
            Sink::Delimited(w) => w.into_inner().map_err(|e| e.into_error()),
        }
    }
}

#[cfg(test)]
mod tests;
