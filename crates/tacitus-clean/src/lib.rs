//! # tacitus-clean
//!
//! Turns a raw [`Document`] into clean article text: mojibake repair (UTF-8
//! read as Windows-1252), markup remnants (HTML tags and references,
//! markdown bold and headings), Unicode NFC, whitespace, paragraphs, the
//! title, and removal of exact and near-exact repeats of the title and of
//! paragraphs, recording what was removed and why.
//!
//! **Must never**: know about sentences, analysis or events, or do I/O.
//!
//! ## Decisions a user may want to know
//! - The title is the document's `title` field when it has one; otherwise a
//!   markdown heading or whole-line `**bold**` line among the first three
//!   paragraphs; otherwise a short first paragraph (at most 25 words) that
//!   does not end like a sentence, when more paragraphs follow.
//! - Paragraphs before a title found in the text are teasers: they are kept
//!   (first in the output) unless they repeat a paragraph of the body, in
//!   which case the body copy is kept.
//! - Of repeated paragraphs the first occurrence is kept, in original order.
//! - A final `Reuter`/`REUTER` sign-off line is removed as boilerplate.
//! - A document whose only body paragraph is its title (a headline-only
//!   record), or whose body cleans away to nothing, keeps the title as its
//!   one paragraph, so there is always something to analyze.

mod dedup;
mod markup;
mod mojibake;
mod paragraphs;
mod words;

use dedup::{Fingerprint, Match, RepeatIndex};
use paragraphs::{RawParagraph, split_paragraphs};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use tacitus_core::{Document, Span};
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

pub use dedup::{NEAR_MIN_WORDS, NEAR_THRESHOLD};
pub use mojibake::repair as repair_mojibake;

/// Why a piece of text was removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovalReason {
    /// The title again (exactly or nearly), in the body.
    RepeatedTitle,
    /// An exact repeat of a kept paragraph (ignoring case, punctuation, space).
    RepeatedParagraph,
    /// A near-exact repeat (word 3-gram Jaccard >= 0.9).
    NearRepeatedParagraph,
    /// Nothing but punctuation or symbols (`* * *`).
    Empty,
    /// A wire-service sign-off such as Reuters' final `REUTER`.
    Boilerplate,
}

/// A removed piece of text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Removal {
    pub text: String,
    pub reason: RemovalReason,
    /// Index in `paragraphs` of the kept text it repeats, if any.
    pub duplicate_of: Option<usize>,
}

/// The result of cleaning one document.
///
/// The kept paragraphs live in one string, `text`, joined by blank lines,
/// and `paragraph_spans` gives each one's byte range in it: one allocation
/// per document rather than one per paragraph plus a join. Serialized (JSON)
/// as `{"doc_id", "title", "paragraphs": [...], "removed": [...]}`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(from = "CleanedRecord<String, Vec<Removal>>")]
pub struct CleanedDocument {
    pub doc_id: String,
    pub title: Option<String>,
    /// The clean text the later stages analyze: the body paragraphs in
    /// original order, first occurrences only, joined by blank lines (the
    /// title is not part of it).
    pub text: String,
    /// Byte range of each paragraph in `text`, in order.
    pub paragraph_spans: Vec<Span>,
    pub removed: Vec<Removal>,
}

impl CleanedDocument {
    /// A copy of [`CleanedDocument::text`] (move the field out instead when
    /// the rest is not needed).
    pub fn text(&self) -> String {
        self.text.clone()
    }

    /// The paragraphs, in order.
    pub fn paragraphs(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.paragraph_spans
            .iter()
            .map(|span| span.slice(&self.text).unwrap_or(""))
    }

    /// Paragraph `index` (0-based), as `Removal::duplicate_of` counts.
    pub fn paragraph(&self, index: usize) -> Option<&str> {
        self.paragraph_spans.get(index)?.slice(&self.text)
    }

    pub fn paragraph_count(&self) -> usize {
        self.paragraph_spans.len()
    }

    /// Builds the document from its paragraphs (joined by blank lines).
    pub fn from_paragraphs<S: AsRef<str>>(
        doc_id: String,
        title: Option<String>,
        paragraphs: impl IntoIterator<Item = S>,
        removed: Vec<Removal>,
    ) -> Self {
        let mut text = String::new();
        let mut paragraph_spans = Vec::new();
        for paragraph in paragraphs {
            push_paragraph(&mut text, &mut paragraph_spans, paragraph.as_ref());
        }
        CleanedDocument {
            doc_id,
            title,
            text,
            paragraph_spans,
            removed,
        }
    }
}

/// Appends a paragraph to the joined text and records its span.
fn push_paragraph(text: &mut String, spans: &mut Vec<Span>, paragraph: &str) {
    if !spans.is_empty() {
        text.push_str("\n\n");
    }
    let start = text.len();
    text.push_str(paragraph);
    spans.push(Span::new(start, text.len()));
}

/// The serialized shape of a [`CleanedDocument`]: paragraphs as strings.
#[derive(Serialize, Deserialize)]
struct CleanedRecord<S, R> {
    doc_id: S,
    title: Option<S>,
    paragraphs: Vec<S>,
    removed: R,
}

impl Serialize for CleanedDocument {
    fn serialize<Ser: serde::Serializer>(&self, serializer: Ser) -> Result<Ser::Ok, Ser::Error> {
        CleanedRecord {
            doc_id: self.doc_id.as_str(),
            title: self.title.as_deref(),
            paragraphs: self.paragraphs().collect(),
            removed: self.removed.as_slice(),
        }
        .serialize(serializer)
    }
}

impl From<CleanedRecord<String, Vec<Removal>>> for CleanedDocument {
    fn from(record: CleanedRecord<String, Vec<Removal>>) -> Self {
        CleanedDocument::from_paragraphs(
            record.doc_id,
            record.title,
            record.paragraphs,
            record.removed,
        )
    }
}

/// Normalizes a raw text: mojibake, markup, NFC. Line structure is kept.
pub fn normalize_text(text: &str) -> Cow<'_, str> {
    let mut text: Cow<'_, str> = Cow::Borrowed(text);
    if memchr::memchr(b'\r', text.as_bytes()).is_some() {
        text = Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"));
    }
    if let Some(fixed) = mojibake::repair(&text) {
        text = Cow::Owned(fixed);
    }
    if markup::looks_like_html(&text) {
        text = Cow::Owned(markup::strip_tags(&text));
    }
    if let Some(decoded) = markup::decode_entities(&text) {
        text = Cow::Owned(decoded);
    }
    if !text.is_ascii() && is_nfc_quick(text.chars()) != IsNormalized::Yes {
        text = Cow::Owned(text.nfc().collect());
    }
    text
}

/// Cleans a one-line text such as a title: normalized, markdown stripped,
/// whitespace collapsed.
pub fn clean_line(text: &str) -> String {
    let normalized = normalize_text(text);
    let paragraphs = split_paragraphs(&normalized);
    match paragraphs.as_slice() {
        [one] => one.text.to_string(),
        _ => paragraphs
            .iter()
            .map(|p| p.text.as_ref())
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// True when a line ends like a sentence or a dateline (`KABUL, July 3 -`),
/// so it cannot be a title.
fn ends_like_sentence(text: &str) -> bool {
    text.trim_end_matches(['"', '\'', '”', '’', ')', ']'])
        .ends_with(['.', '!', '?', ';', ',', ':', '-', '–', '—'])
}

fn is_boilerplate(text: &str) -> bool {
    text.eq_ignore_ascii_case("reuter") || text.eq_ignore_ascii_case("reuters")
}

/// Where the title was found among the raw paragraphs.
fn find_title(paragraphs: &[RawParagraph]) -> Option<usize> {
    if let Some(i) = paragraphs.iter().take(3).position(|p| p.heading) {
        return Some(i);
    }
    let first = paragraphs.first()?;
    let words = first.text.split_whitespace().count();
    (paragraphs.len() > 1
        && words <= 25
        && first.text.chars().count() <= 200
        && !ends_like_sentence(&first.text))
    .then_some(0)
}

/// Cleans one document.
pub fn clean(doc: &Document) -> CleanedDocument {
    let normalized = normalize_text(&doc.text);
    let mut raw = split_paragraphs(&normalized);

    let given_title = doc
        .title
        .as_deref()
        .map(clean_line)
        .filter(|t| !t.is_empty());
    // with no given title, the title found in the text leaves the paragraphs
    // and what came before it are teasers
    let (title, teasers) = match given_title {
        Some(t) => (Some(t), Vec::new()),
        None => match find_title(&raw) {
            Some(i) => {
                let teasers: Vec<RawParagraph> = raw.drain(..i).collect();
                let title = raw.remove(0).text.into_owned();
                (Some(title), teasers)
            }
            None => (None, Vec::new()),
        },
    };
    let title_print = title
        .as_deref()
        .map(Fingerprint::of)
        .filter(|f| !f.is_empty());

    let mut removed = Vec::new();
    // kept paragraphs get provisional ids (body first, then teasers, so that
    // a teaser repeating the body yields to it) and final positions later
    let mut kept: Vec<(usize, Cow<'_, str>)> = Vec::new();
    let mut kept_teasers: Vec<(usize, Cow<'_, str>)> = Vec::new();
    let mut duplicate_ids: Vec<(usize, usize)> = Vec::new(); // (index in removed, kept id)
    let mut index = RepeatIndex::default();
    let body_count = raw.len();
    // a lone paragraph has nothing to repeat: only its emptiness matters
    let single = body_count + teasers.len() == 1;
    let items: Vec<(Cow<'_, str>, Fingerprint, bool)> = raw
        .into_iter()
        .map(|p| (p, false))
        .chain(teasers.into_iter().map(|p| (p, true)))
        .map(|(p, teaser)| {
            let print = if single {
                Fingerprint::presence(&p.text)
            } else {
                Fingerprint::of(&p.text)
            };
            (p.text, print, teaser)
        })
        .collect();
    let prints: Vec<Fingerprint> = items.iter().map(|(_, f, _)| *f).collect();
    let near = dedup::near_candidates(&prints);
    let mut next_id = 0;
    for (position, (text, print, is_teaser)) in items.into_iter().enumerate() {
        if print.is_empty() {
            removed.push(Removal {
                text: text.into_owned(),
                reason: RemovalReason::Empty,
                duplicate_of: None,
            });
            continue;
        }
        if !is_teaser && position + 1 == body_count && body_count > 1 && is_boilerplate(&text) {
            removed.push(Removal {
                text: text.into_owned(),
                reason: RemovalReason::Boilerplate,
                duplicate_of: None,
            });
            continue;
        }
        // a lone paragraph equal to the title is the text of a headline-only
        // record: it stays
        if let (Some(t), Some(tp)) = (title.as_deref(), title_print)
            && body_count > 1
            && dedup::same_or_near(t, tp, &text, print)
        {
            removed.push(Removal {
                text: text.into_owned(),
                reason: RemovalReason::RepeatedTitle,
                duplicate_of: None,
            });
            continue;
        }
        match index.check_or_insert(&text, print, next_id, near[position]) {
            Some(m) => {
                let (reason, id) = match m {
                    Match::Exact(id) => (RemovalReason::RepeatedParagraph, id),
                    Match::Near(id) => (RemovalReason::NearRepeatedParagraph, id),
                };
                duplicate_ids.push((removed.len(), id));
                removed.push(Removal {
                    text: text.into_owned(),
                    reason,
                    duplicate_of: None,
                });
            }
            None => {
                if is_teaser {
                    kept_teasers.push((next_id, text));
                } else {
                    kept.push((next_id, text));
                }
                next_id += 1;
            }
        }
    }
    // final order: teasers first, then the body
    let mut final_index = vec![0; next_id];
    let size = kept_teasers
        .iter()
        .chain(&kept)
        .map(|(_, t)| t.len() + 2)
        .sum();
    let mut text = String::with_capacity(size);
    let mut paragraph_spans = Vec::with_capacity(kept_teasers.len() + kept.len());
    for (id, paragraph) in kept_teasers.into_iter().chain(kept) {
        final_index[id] = paragraph_spans.len();
        push_paragraph(&mut text, &mut paragraph_spans, &paragraph);
    }
    for (removal, id) in duplicate_ids {
        removed[removal].duplicate_of = final_index.get(id).copied();
    }
    // nothing left but a title (a body of `- -`): the headline is the text
    if paragraph_spans.is_empty()
        && let Some(t) = &title
    {
        push_paragraph(&mut text, &mut paragraph_spans, t);
    }
    CleanedDocument {
        doc_id: doc.id.clone(),
        title,
        text,
        paragraph_spans,
        removed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str, title: Option<&str>) -> Document {
        Document {
            id: "d".into(),
            text: text.into(),
            title: title.map(str::to_string),
            ..Default::default()
        }
    }

    #[test]
    fn given_title_repeats_are_removed() {
        let c = clean(&doc(
            "Ad sales boost Time Warner profit\n\nQuarterly profits at the firm jumped.\n\nMore text.",
            Some("Ad sales boost Time Warner profit"),
        ));
        assert_eq!(
            c.title.as_deref(),
            Some("Ad sales boost Time Warner profit")
        );
        assert_eq!(
            c.paragraphs().collect::<Vec<_>>(),
            ["Quarterly profits at the firm jumped.", "More text."]
        );
        assert_eq!(
            c.text,
            "Quarterly profits at the firm jumped.\n\nMore text."
        );
        assert_eq!(c.removed.len(), 1);
        assert_eq!(c.removed[0].reason, RemovalReason::RepeatedTitle);
    }

    #[test]
    fn body_without_words_falls_back_to_the_title() {
        // newsarticles-2017 article 280 has the text `- -`
        let c = clean(&doc("- -", Some("A headline")));
        assert_eq!(c.paragraphs().collect::<Vec<_>>(), ["A headline"]);
        assert_eq!(c.removed[0].reason, RemovalReason::Empty);
    }

    #[test]
    fn headline_only_document_keeps_its_text() {
        let c = clean(&doc(
            "U.S. TAX WRITERS SEEK ESTATE TAX CURBS",
            Some("U.S. TAX WRITERS SEEK ESTATE TAX CURBS"),
        ));
        assert_eq!(
            c.paragraphs().collect::<Vec<_>>(),
            ["U.S. TAX WRITERS SEEK ESTATE TAX CURBS"]
        );
        assert!(c.removed.is_empty());
    }

    #[test]
    fn teaser_repeating_the_body_is_dropped_in_favour_of_the_body() {
        let body = "The army and the rebels agreed to a ceasefire on Monday after two weeks of heavy fighting in the north.";
        let text = format!(
            "{body}\n**Ceasefire agreed**\n\n{body}\n\nTalks will resume next week in the capital, officials said on Tuesday."
        );
        let c = clean(&doc(&text, None));
        assert_eq!(c.title.as_deref(), Some("Ceasefire agreed"));
        assert_eq!(c.paragraph(0), Some(body));
        assert_eq!(c.paragraph_count(), 2);
        assert_eq!(c.removed.len(), 1);
        assert_eq!(c.removed[0].reason, RemovalReason::RepeatedParagraph);
        assert_eq!(c.removed[0].duplicate_of, Some(0));
    }

    #[test]
    fn normalizes_markup_mojibake_and_nfc() {
        let c = clean(&doc(
            "<p>Russiaâ€™s envoy met Muttaqi &amp; aides in Kabul.</p><p>Cafe\u{301} talks.</p>",
            None,
        ));
        assert_eq!(
            c.paragraphs().collect::<Vec<_>>(),
            [
                "Russia’s envoy met Muttaqi & aides in Kabul.",
                "Café talks."
            ]
        );
        assert_eq!(c.title, None);
    }

    #[test]
    fn reuters_sign_off_and_separators_are_removed() {
        let c = clean(&doc(
            "Texaco Inc <TX> said it\nsold its stake.\n    The sale closed on Friday.\n * * *\n Reuter\n",
            Some("TEXACO SELLS STAKE"),
        ));
        assert_eq!(
            c.paragraphs().collect::<Vec<_>>(),
            [
                "Texaco Inc <TX> said it sold its stake.",
                "The sale closed on Friday."
            ]
        );
        let reasons: Vec<RemovalReason> = c.removed.iter().map(|r| r.reason).collect();
        assert_eq!(reasons, [RemovalReason::Empty, RemovalReason::Boilerplate]);
    }

    #[test]
    fn short_first_line_without_period_is_the_title() {
        let c = clean(&doc(
            "KABUL, July 3 (Reuters) -\nRussia recognized the Taliban government on Thursday.",
            None,
        ));
        assert_eq!(c.title, None, "a dateline is not a title");
        let c = clean(&doc(
            "Thailand and Cambodia agree ceasefire\n\nThe two countries agreed on Monday to stop fighting.",
            None,
        ));
        assert_eq!(
            c.title.as_deref(),
            Some("Thailand and Cambodia agree ceasefire")
        );
        assert_eq!(c.paragraph_count(), 1);
        let c = clean(&doc("One sentence only.\n\nAnother one.", None));
        assert_eq!(c.title, None);
        assert_eq!(c.paragraph_count(), 2);
    }
}
