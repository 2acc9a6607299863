//! Helpers shared by the writers: offsets, stable ids, actor parts.

use std::borrow::Cow;
use tacitus_core::ontology::{actors, cameo};
use tacitus_core::{ActorMention, CharOffsets, Event, Span};

/// A byte offset as printed: a character offset when `offsets` are given.
pub(crate) fn char_pos(offsets: Option<&CharOffsets>, byte: usize) -> usize {
    offsets.map_or(byte, |o| o.char_offset(byte))
}

/// A span as printed (start, end).
pub(crate) fn char_span(offsets: Option<&CharOffsets>, span: Span) -> (usize, usize) {
    (char_pos(offsets, span.start), char_pos(offsets, span.end))
}

/// A stable 63-bit id for an event, the same across runs, machines and
/// versions: FNV-1a over the document id, sentence, code, actors and spans.
/// Used as GDELT's `GlobalEventID` and in PLOVER ids.
///
/// Hand-written because std's hasher is not guaranteed stable across Rust
/// releases, and FNV-1a is a few lines (not worth a dependency).
pub fn event_id(event: &Event) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes.iter().chain(std::iter::once(&0xff)) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(PRIME);
        }
    };
    feed(event.doc_id.as_bytes());
    feed(&(event.provenance.sentence as u64).to_le_bytes());
    feed(event.cameo.as_bytes());
    feed(event.source.code.as_bytes());
    feed(
        event
            .target
            .as_ref()
            .map_or(&b""[..], |t| t.code.as_bytes()),
    );
    for span in [event.provenance.trigger_span, event.source.span] {
        feed(&(span.start as u64).to_le_bytes());
        feed(&(span.end as u64).to_le_bytes());
    }
    hash & (u64::MAX >> 1)
}

/// The actor's top-level code: its `country` field, or the first chunk of
/// its code (`None` for `---`).
pub(crate) fn actor_country(actor: &ActorMention) -> Option<&str> {
    actor
        .country
        .as_deref()
        .or_else(|| actors::split_actor_code(&actor.code).country)
}

/// The actor's primary sector: its `sector` field, or the first role chunk.
pub(crate) fn actor_sector(actor: &ActorMention) -> Option<&str> {
    actor
        .sector
        .as_deref()
        .or_else(|| actors::split_actor_code(&actor.code).primary_sector())
}

/// The official CAMEO name of the code, if CAMEO has it.
pub(crate) fn cameo_name(code: &str) -> Option<&'static str> {
    cameo::lookup(code).map(|c| c.name)
}

/// The words of the trigger, cut from the sentence text.
pub(crate) fn trigger_text(event: &Event) -> Option<&str> {
    let sentence = event.provenance.sentence_span;
    let trigger = event.provenance.trigger_span;
    if trigger.is_empty() || trigger.start < sentence.start {
        return None;
    }
    event
        .sentence_text
        .get(trigger.start - sentence.start..trigger.end - sentence.start)
}

/// A date as `YYYYMMDD`, or empty.
pub(crate) fn compact_date(event: &Event) -> String {
    event
        .date
        .map(|d| d.format("%Y%m%d").to_string())
        .unwrap_or_default()
}

/// A field safe for tab-separated output: tabs and line breaks become spaces.
pub(crate) fn tsv_field(text: &str) -> Cow<'_, str> {
    if text.contains(['\t', '\n', '\r']) {
        Cow::Owned(text.replace(['\t', '\n', '\r'], " "))
    } else {
        Cow::Borrowed(text)
    }
}
