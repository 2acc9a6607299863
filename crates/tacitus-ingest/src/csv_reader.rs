//! CSV with a header row; columns are matched to fields like JSON keys.

use crate::decode::decode_line;
use crate::fields::Slot;
use crate::record::{DocumentBuilder, RawRecord};
use std::borrow::Cow;
use std::io::Read;
use tacitus_core::{Document, RecordError};

/// Streams the documents of a CSV input.
pub(crate) struct CsvRecords<R: Read> {
    reader: csv::Reader<R>,
    builder: DocumentBuilder,
    /// For each column, the slot and priority it fills.
    columns: Option<Vec<Option<(Slot, u8)>>>,
    record: u64,
    pending: std::vec::IntoIter<Result<Document, RecordError>>,
    done: bool,
}

impl<R: Read> CsvRecords<R> {
    pub(crate) fn new(input: R, builder: DocumentBuilder) -> Self {
        let reader = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(true)
            .from_reader(input);
        CsvRecords {
            reader,
            builder,
            columns: None,
            record: 0,
            pending: Vec::new().into_iter(),
            done: false,
        }
    }

    fn advance(&mut self) {
        let mut out = Vec::new();
        if self.columns.is_none() {
            match self.reader.byte_headers() {
                Ok(headers) => {
                    let mut errors = Vec::new();
                    let columns = headers
                        .iter()
                        .map(|h| {
                            let name = decode_line(h, &self.builder.file, Some(1), &mut errors);
                            self.builder.fields().lookup(name.trim())
                        })
                        .collect::<Vec<_>>();
                    if !columns
                        .iter()
                        .any(|c| matches!(c, Some((Slot::Text, _)) | Some((Slot::Title, _))))
                    {
                        out.push(Err(self.builder.error(
                            Some(1),
                            None,
                            "header row names no text or title column",
                        )));
                    }
                    out.extend(errors.into_iter().map(Err));
                    self.columns = Some(columns);
                }
                Err(e) => {
                    self.done = true;
                    out.push(Err(self.builder.error(
                        Some(1),
                        None,
                        format!("cannot read CSV header: {e}"),
                    )));
                }
            }
        }
        let mut row = csv::ByteRecord::new();
        while out.is_empty() && !self.done {
            match self.reader.read_byte_record(&mut row) {
                Ok(false) => self.done = true,
                Ok(true) => {
                    let line = row.position().map(|p| p.line());
                    let mut errors = Vec::new();
                    let mut raw = RawRecord::default();
                    let columns = self.columns.as_deref().unwrap_or_default();
                    for (value, column) in row.iter().zip(columns) {
                        if let Some((slot, prio)) = column {
                            let text: Cow<'_, str> =
                                decode_line(value, &self.builder.file, line, &mut errors);
                            raw.offer(*slot, *prio, Cow::Owned(text.into_owned()));
                        }
                    }
                    let doc = self.builder.build(raw, line, self.record, &mut errors);
                    self.record += 1;
                    out.extend(errors.into_iter().map(Err));
                    if let Some(doc) = doc {
                        out.push(Ok(doc));
                    }
                }
                Err(e) => {
                    let line = e.position().map(|p| p.line());
                    out.push(Err(self.builder.error(
                        line,
                        None,
                        format!("bad CSV row: {e}; skipped"),
                    )));
                    if !matches!(
                        e.kind(),
                        csv::ErrorKind::UnequalLengths { .. } | csv::ErrorKind::Utf8 { .. }
                    ) {
                        self.done = true;
                    }
                }
            }
        }
        self.pending = out.into_iter();
    }
}

impl<R: Read> Iterator for CsvRecords<R> {
    type Item = Result<Document, RecordError>;
    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.pending.next() {
                return Some(item);
            }
            if self.done {
                return None;
            }
            self.advance();
        }
    }
}
