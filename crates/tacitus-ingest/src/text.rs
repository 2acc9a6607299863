//! Plain text files.
//!
//! A text file is one document. It may start with a header block: lines of
//! `Key: value` with keys `Title`, `Date`, `Source`, `URL`, `Id` and
//! `Language` (any case; other `Key: value` lines in the block are ignored),
//! ended by a blank line. The block counts as a header only when every line
//! before the first blank line has that shape and at least one key is known;
//! otherwise the whole file is the text. Without an `Id` the id is the file
//! stem.
//!
//! ```text
//! Title: Russia recognizes the Taliban government
//! Date: 2025-07-03
//! Source: Tacitus examples
//! Id: ex01
//!
//! Russia on Thursday became the first country to ...
//! ```

use tacitus_core::{Document, Origin, RecordError, parse_date};

const KNOWN_KEYS: [&str; 7] = ["title", "date", "source", "url", "id", "language", "lang"];

/// Splits a `Key: value` header line; `None` if the line has another shape.
fn header_line(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim();
    let ok = !key.is_empty()
        && key.len() <= 24
        && key.starts_with(|c: char| c.is_ascii_alphabetic())
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-' || c == '_');
    ok.then(|| (key, value.trim()))
}

/// The header fields and the byte offset where the body starts.
fn split_header(text: &str) -> Option<(Vec<(String, &str)>, usize)> {
    let mut fields = Vec::new();
    let mut offset = 0;
    let mut known = false;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        offset += line.len();
        if content.trim().is_empty() {
            return (known && !fields.is_empty()).then_some((fields, offset));
        }
        let (key, value) = header_line(content)?;
        let key = key.to_ascii_lowercase();
        known |= KNOWN_KEYS.contains(&key.as_str());
        fields.push((key, value));
    }
    None
}

/// Builds the document of one text file. `stem` is the fallback id.
pub(crate) fn read_text(
    text: String,
    file: &str,
    stem: &str,
    default_date: Option<chrono::NaiveDate>,
    errors: &mut Vec<RecordError>,
) -> Option<Document> {
    let mut doc = Document {
        id: stem.to_string(),
        date: default_date,
        origin: Origin {
            file: file.to_string(),
            line: Some(1),
            record: Some(0),
        },
        ..Default::default()
    };
    let body_start = match split_header(&text) {
        Some((fields, body_start)) => {
            for (line_index, (key, value)) in fields.into_iter().enumerate() {
                let line = Some(line_index as u64 + 1);
                let value = value.to_string();
                if value.is_empty() {
                    continue;
                }
                match key.as_str() {
                    "title" => doc.title = Some(value),
                    "date" => match parse_date(&value) {
                        Some(d) => doc.date = Some(d),
                        None => errors.push(RecordError::new(
                            file,
                            line,
                            Some("Date"),
                            format!("cannot read date `{value}`; left empty"),
                        )),
                    },
                    "source" => doc.source = Some(value),
                    "url" => {
                        if doc.source.is_none() {
                            doc.source = crate::record::outlet_from_url(&value);
                        }
                        doc.url = Some(value);
                    }
                    "id" => doc.id = value,
                    "language" | "lang" => doc.language = Some(value),
                    _ => {}
                }
            }
            body_start
        }
        None => 0,
    };
    doc.text = if body_start == 0 {
        text
    } else {
        text[body_start..].to_string()
    };
    if doc.text.trim().is_empty() {
        errors.push(RecordError::new(
            file,
            None,
            Some("text"),
            "file has no text; skipped",
        ));
        return None;
    }
    if doc.id.is_empty() {
        doc.id = "document".to_string();
    }
    Some(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_header_block() {
        let mut errors = Vec::new();
        let text = "Title: A title\nDate: 3 July 2025\nSource: Tacitus examples\nId: ex01\nAuthor: someone\n\nBody line.\n";
        let doc = read_text(text.to_string(), "a/b.txt", "b", None, &mut errors).unwrap();
        assert!(errors.is_empty());
        assert_eq!(doc.id, "ex01");
        assert_eq!(doc.title.as_deref(), Some("A title"));
        assert_eq!(doc.date, chrono::NaiveDate::from_ymd_opt(2025, 7, 3));
        assert_eq!(doc.source.as_deref(), Some("Tacitus examples"));
        assert_eq!(doc.text, "Body line.\n");
    }

    #[test]
    fn no_header_means_whole_text() {
        let mut errors = Vec::new();
        let text = "Note: this is prose: it has colons.\nMore prose here.\n\nSecond paragraph.";
        let doc = read_text(text.to_string(), "x.txt", "x", None, &mut errors).unwrap();
        assert_eq!(doc.id, "x");
        assert_eq!(doc.title, None);
        assert_eq!(doc.text, text);
        // a block of key-value lines with no known key is text too
        let text = "Note: hello\n\nBody";
        let doc = read_text(text.to_string(), "x.txt", "x", None, &mut errors).unwrap();
        assert_eq!(doc.text, text);
    }

    #[test]
    fn bad_header_date_is_a_warning() {
        let mut errors = Vec::new();
        let doc = read_text(
            "Date: someday\n\nBody".to_string(),
            "x.txt",
            "x",
            None,
            &mut errors,
        )
        .unwrap();
        assert_eq!(doc.date, None);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field.as_deref(), Some("Date"));
        assert_eq!(errors[0].line, Some(1));
    }
}
