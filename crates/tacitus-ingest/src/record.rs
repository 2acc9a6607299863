//! One structured record (a JSON object or a CSV row) reduced to the slots we
//! use, and its conversion into a [`Document`].

use crate::fields::{FieldMap, SLOT_COUNT, Slot};
use std::borrow::Cow;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use tacitus_core::{Document, Origin, RecordError, parse_date};

/// The values found for each slot, with the priority of the key they came from.
#[derive(Debug, Default)]
pub(crate) struct RawRecord<'a> {
    values: [Option<(Cow<'a, str>, u8)>; SLOT_COUNT],
    /// Slots whose key occurred in the record, even with a null value.
    present: [bool; SLOT_COUNT],
    /// Problems met while reading fields (e.g. an array where a string belongs).
    pub(crate) field_errors: Vec<(String, String)>,
}

impl<'a> RawRecord<'a> {
    /// Offers a value for a slot; it is kept if no better-priority key filled it.
    pub(crate) fn offer(&mut self, slot: Slot, prio: u8, value: Cow<'a, str>) {
        self.present[slot.index()] = true;
        let cell = &mut self.values[slot.index()];
        match cell {
            Some((_, p)) if *p <= prio => {}
            _ => *cell = Some((value, prio)),
        }
    }

    /// Notes that a key of the slot occurred with a null value.
    pub(crate) fn mark_present(&mut self, slot: Slot) {
        self.present[slot.index()] = true;
    }

    fn take(&mut self, slot: Slot) -> Option<Cow<'a, str>> {
        self.values[slot.index()]
            .take()
            .map(|(v, _)| v)
            .filter(|v| !v.trim().is_empty())
    }
}

/// Per-file state for building documents: synthesized and unique ids.
#[derive(Debug)]
pub(crate) struct DocumentBuilder {
    pub(crate) file: String,
    id_prefix: String,
    fields: FieldMap,
    default_date: Option<chrono::NaiveDate>,
    /// Ids given so far (aHash: SipHash, the std default, showed in the
    /// read profile; only membership is asked, so the order never matters).
    seen_ids: ahash::AHashSet<String>,
    /// Shared count of records skipped because their text fields are empty.
    empty_records: Arc<AtomicU64>,
}

impl DocumentBuilder {
    pub(crate) fn new(
        file: &str,
        fields: FieldMap,
        default_date: Option<chrono::NaiveDate>,
        empty_records: Arc<AtomicU64>,
    ) -> Self {
        let id_prefix = std::path::Path::new(file)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .filter(|n| !n.is_empty() && file != "-")
            .unwrap_or_else(|| "stdin".to_string());
        DocumentBuilder {
            file: file.to_string(),
            id_prefix,
            fields,
            default_date,
            seen_ids: ahash::AHashSet::new(),
            empty_records,
        }
    }

    pub(crate) fn fields(&self) -> &FieldMap {
        &self.fields
    }

    pub(crate) fn error(
        &self,
        line: Option<u64>,
        field: Option<&str>,
        message: impl Into<String>,
    ) -> RecordError {
        RecordError::new(self.file.clone(), line, field, message)
    }

    /// Makes `id` unique within the file (`ID#2`, `ID#3`, ... for repeats).
    pub(crate) fn unique_id(
        &mut self,
        id: String,
        line: Option<u64>,
        errors: &mut Vec<RecordError>,
    ) -> String {
        if self.seen_ids.insert(id.clone()) {
            return id;
        }
        let mut n = 2;
        loop {
            let candidate = format!("{id}#{n}");
            if self.seen_ids.insert(candidate.clone()) {
                errors.push(self.error(
                    line,
                    Some("id"),
                    format!("duplicate id `{id}`; renamed `{candidate}`"),
                ));
                return candidate;
            }
            n += 1;
        }
    }

    pub(crate) fn synthesized_id(&self, record: u64) -> String {
        format!("{}#{}", self.id_prefix, record + 1)
    }

    /// Builds a document from a record. Pushes warnings (bad date, odd
    /// fields) and returns `None` for a record without text.
    ///
    /// Headline-only records (no text but a subtitle or title, as in 1,798
    /// Reuters-21578 stories) are kept with the subtitle, else the title, as
    /// their text: a headline is a sentence worth coding. A record whose text
    /// and title keys are there but empty or null (737 Reuters stories, one
    /// newsarticles-2017 record) is an empty record of the corpus: it is
    /// counted in `empty_records`, not reported. A record with no text key at
    /// all is an error: the field names are probably wrong.
    pub(crate) fn build(
        &mut self,
        mut raw: RawRecord<'_>,
        line: Option<u64>,
        record: u64,
        errors: &mut Vec<RecordError>,
    ) -> Option<Document> {
        for (field, message) in raw.field_errors.drain(..) {
            errors.push(self.error(line, Some(&field), message));
        }
        let title = raw.take(Slot::Title).map(|t| t.trim().to_string());
        let subtitle = raw.take(Slot::Subtitle);
        let text = match raw.take(Slot::Text).or(subtitle) {
            Some(t) => t.into_owned(),
            None => match &title {
                Some(t) => t.clone(),
                None if raw.present[Slot::Text.index()] => {
                    self.empty_records.fetch_add(1, Ordering::Relaxed);
                    return None;
                }
                None => {
                    let field = self.fields.primary_name(Slot::Text).to_string();
                    errors.push(self.error(
                        line,
                        Some(&field),
                        "record has no text (nor a title); skipped",
                    ));
                    return None;
                }
            },
        };
        let date = match raw.take(Slot::Date) {
            Some(d) => {
                let parsed = parse_date(&d);
                if parsed.is_none() {
                    let field = self.fields.primary_name(Slot::Date).to_string();
                    errors.push(self.error(
                        line,
                        Some(&field),
                        format!("cannot read date `{}`; left empty", d.trim()),
                    ));
                }
                parsed
            }
            None => self.default_date,
        };
        let url = raw.take(Slot::Url).map(|u| u.trim().to_string());
        let source = raw
            .take(Slot::Source)
            .map(|s| s.trim().to_string())
            .or_else(|| url.as_deref().and_then(outlet_from_url));
        let id = match raw.take(Slot::Id) {
            Some(id) => id.trim().to_string(),
            None => self.synthesized_id(record),
        };
        let id = self.unique_id(id, line, errors);
        Some(Document {
            id,
            date,
            title,
            text,
            url,
            source,
            language: raw.take(Slot::Language).map(|l| l.trim().to_string()),
            given_parse: None,
            origin: Origin {
                file: self.file.clone(),
                line,
                record: Some(record),
            },
        })
    }
}

/// The outlet of a URL: its host without `www.` (`http://www.bbc.co.uk/news/x`
/// -> `bbc.co.uk`).
pub fn outlet_from_url(url: &str) -> Option<String> {
    let rest = url.trim().split_once("://").map(|(_, r)| r)?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host
        .split(':')
        .next()?
        .trim_end_matches('.')
        .to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty() && host.contains('.')).then(|| host.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlet_is_the_host_without_www() {
        assert_eq!(
            outlet_from_url("http://www.bbc.co.uk/news/world-1").as_deref(),
            Some("bbc.co.uk")
        );
        assert_eq!(
            outlet_from_url("https://tass.com:443/politics?x=1").as_deref(),
            Some("tass.com")
        );
        assert_eq!(
            outlet_from_url("http://abcnews.go.com/Politics/x").as_deref(),
            Some("abcnews.go.com")
        );
        assert_eq!(outlet_from_url("not a url"), None);
    }
}
