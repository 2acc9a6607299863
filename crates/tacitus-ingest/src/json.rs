//! JSON lines and JSON files.
//!
//! Records are deserialized straight into the slots we use with a
//! hand-written serde visitor: keys are matched against the configured field
//! names, unknown keys are skipped without building values, and strings
//! without escapes are borrowed from the input line.

use crate::decode::decode_line;
use crate::fields::FieldMap;
use crate::record::{DocumentBuilder, RawRecord};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;
use std::io::BufRead;
use tacitus_core::{Document, RecordError};

/// A JSON object read into a [`RawRecord`].
struct RecordSeed<'m> {
    fields: &'m FieldMap,
}

impl<'de> DeserializeSeed<'de> for RecordSeed<'_> {
    type Value = RawRecord<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RecordSeed<'_> {
    type Value = RawRecord<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object (one record)")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut record = RawRecord::default();
        while let Some(key) = map.next_key::<Scalar<'de>>()? {
            let Scalar::Str(key) = key else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            match self.fields.lookup(&key) {
                Some((slot, prio)) => match map.next_value::<Scalar<'de>>()? {
                    Scalar::Str(v) => record.offer(slot, prio, v),
                    Scalar::Null => record.mark_present(slot),
                    Scalar::Other(kind) => {
                        record.mark_present(slot);
                        record.field_errors.push((
                            key.into_owned(),
                            format!("expected a string or number, found {kind}; ignored"),
                        ))
                    }
                },
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(record)
    }
}

/// A JSON value as far as a document field cares: a string (numbers and
/// booleans are written out), null, or something else (named).
enum Scalar<'de> {
    Str(Cow<'de, str>),
    Null,
    Other(&'static str),
}

impl<'de> de::Deserialize<'de> for Scalar<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Owned(v.to_string())))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Owned(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Owned(v.to_string())))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Owned(v.to_string())))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        let s = if v.fract() == 0.0 && v.abs() < 1e15 {
            format!("{}", v as i64)
        } else {
            v.to_string()
        };
        Ok(Scalar::Str(Cow::Owned(s)))
    }
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Borrowed(if v { "true" } else { "false" })))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Scalar::Null)
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Scalar::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other("an array"))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other("an object"))
    }
}

/// Parses one JSON object into a record.
pub(crate) fn parse_record<'a>(
    json: &'a str,
    fields: &FieldMap,
) -> Result<RawRecord<'a>, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(json);
    let record = RecordSeed { fields }.deserialize(&mut de)?;
    de.end()?;
    Ok(record)
}

/// Streams the documents of a JSON-lines input, one line at a time.
pub(crate) struct JsonLines<R> {
    input: R,
    builder: DocumentBuilder,
    buf: Vec<u8>,
    line: u64,
    record: u64,
    /// Items of the last line read (a document and its warnings), kept in a
    /// buffer reused from line to line.
    pending: std::collections::VecDeque<Result<Document, RecordError>>,
    done: bool,
}

impl<R: BufRead> JsonLines<R> {
    pub(crate) fn new(input: R, builder: DocumentBuilder) -> Self {
        JsonLines {
            input,
            builder,
            buf: Vec::new(),
            line: 0,
            record: 0,
            pending: std::collections::VecDeque::new(),
            done: false,
        }
    }

    /// Reads lines until one yields something; fills `pending`.
    fn advance(&mut self) {
        let mut out = std::mem::take(&mut self.pending);
        while out.is_empty() && !self.done {
            self.buf.clear();
            match self.input.read_until(b'\n', &mut self.buf) {
                Ok(0) => self.done = true,
                Ok(_) => {
                    self.line += 1;
                    let line_no = Some(self.line);
                    let mut errors = Vec::new();
                    let text = decode_line(&self.buf, &self.builder.file, line_no, &mut errors);
                    let trimmed = text.trim();
                    if !trimmed.is_empty() {
                        let record_no = self.record;
                        self.record += 1;
                        match parse_record(trimmed, self.builder.fields()) {
                            Ok(raw) => {
                                let doc = self.builder.build(raw, line_no, record_no, &mut errors);
                                out.extend(errors.into_iter().map(Err));
                                if let Some(doc) = doc {
                                    out.push_back(Ok(doc));
                                }
                            }
                            Err(e) => {
                                out.extend(errors.into_iter().map(Err));
                                out.push_back(Err(self.builder.error(
                                    line_no,
                                    None,
                                    format!("invalid JSON: {e}; skipped"),
                                )));
                            }
                        }
                    } else {
                        out.extend(errors.into_iter().map(Err));
                    }
                }
                Err(e) => {
                    self.done = true;
                    out.push_back(Err(self.builder.error(
                        Some(self.line + 1),
                        None,
                        format!("read error: {e}"),
                    )));
                }
            }
        }
        self.pending = out;
    }
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Result<Document, RecordError>;
    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(item);
            }
            if self.done {
                return None;
            }
            self.advance();
        }
    }
}

/// Reads a whole `.json` file: an array of objects, a single object, or
/// several concatenated objects.
pub(crate) fn read_json_file(
    text: &str,
    mut builder: DocumentBuilder,
) -> Vec<Result<Document, RecordError>> {
    let mut out = Vec::new();
    // line numbers counted incrementally (records come in file order)
    let (mut counted_to, mut line_count) = (0usize, 1u64);
    let trimmed = text.trim_start();
    let values: Vec<&serde_json::value::RawValue> = if trimmed.starts_with('[') {
        match serde_json::from_str::<Vec<&serde_json::value::RawValue>>(text) {
            Ok(v) => v,
            Err(e) => {
                out.push(Err(builder.error(
                    Some(e.line() as u64),
                    None,
                    format!("invalid JSON: {e}"),
                )));
                return out;
            }
        }
    } else {
        let mut values = Vec::new();
        for value in
            serde_json::Deserializer::from_str(text).into_iter::<&serde_json::value::RawValue>()
        {
            match value {
                Ok(v) => values.push(v),
                Err(e) => {
                    out.push(Err(builder.error(
                        Some(e.line() as u64),
                        None,
                        format!("invalid JSON: {e}; rest of file skipped"),
                    )));
                    break;
                }
            }
        }
        values
    };
    for (record_no, value) in values.into_iter().enumerate() {
        let json = value.get();
        let offset = (json.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
        let offset = offset.clamp(counted_to, text.len());
        line_count +=
            memchr::memchr_iter(b'\n', &text.as_bytes()[counted_to..offset]).count() as u64;
        counted_to = offset;
        let line = Some(line_count);
        let mut errors = Vec::new();
        match parse_record(json, builder.fields()) {
            Ok(raw) => {
                let doc = builder.build(raw, line, record_no as u64, &mut errors);
                out.extend(errors.into_iter().map(Err));
                if let Some(doc) = doc {
                    out.push(Ok(doc));
                }
            }
            Err(e) => out.push(Err(builder.error(
                line,
                None,
                format!("record is not a JSON object: {e}; skipped"),
            ))),
        }
    }
    out
}
