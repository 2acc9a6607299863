//! Coded events, the actors in them, and the provenance that explains them.
//!
//! Architecture invariant: every [`Event`] can say why it exists. Its
//! [`Provenance`] names the document, the sentences, the character spans, and
//! the dictionary entries and pattern that produced it.

use crate::document::Span;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A dictionary entry that contributed to an event: an actor or agent phrase,
/// a verb pattern, a discard. `dictionary` is a file path for loaded files or
/// `builtin:NAME` for the embedded dictionaries.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DictionaryEntryRef {
    pub dictionary: String,
    /// 1-based line of the entry in its file.
    pub line: Option<u32>,
    /// Stable id of the entry (our format), or the PETRARCH code/block name.
    pub id: Option<String>,
    /// The phrase or pattern as written in the dictionary.
    pub text: String,
}

/// An actor as it takes part in one event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorMention {
    /// Full CAMEO actor code, e.g. `RUSGOV`, `AFGGOV`, `---MIL`, `IGOUNO`.
    pub code: String,
    /// Three-letter country (or CAMEO regional/IGO) code, when there is one.
    pub country: Option<String>,
    /// Primary sector/role code (`GOV`, `MIL`, `REB`, ...), when there is one.
    pub sector: Option<String>,
    /// The words of the sentence that name the actor.
    pub text: String,
    /// Byte span of those words in the document text.
    pub span: Span,
    /// The dictionary entries that matched (actor, then agents).
    pub entries: Vec<DictionaryEntryRef>,
}

/// PLOVER coding of an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct PloverCoding {
    /// One of the 16 PLOVER 2.0 event types, e.g. `SUPPORT`, `CONSULT`.
    #[serde(rename = "type")]
    pub event_type: String,
    /// Mode, e.g. `visit`, `phone`; `None` when no mode applies.
    pub mode: Option<String>,
    /// Contexts, e.g. `diplomatic`, `human_rights`.
    pub context: Vec<String>,
}

/// Qualifiers that change what an event asserts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct EventFlags {
    pub negated: bool,
    pub future: bool,
    pub conditional: bool,
    pub hypothetical: bool,
    /// Reported by a speaker rather than asserted by the text.
    pub reported: bool,
}

/// Why an event exists: where it was found and which rules produced it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Provenance {
    pub doc_id: String,
    /// Index of the first sentence that reports the event.
    pub sentence: usize,
    /// All sentences of the document that report it (story-level dedup).
    pub sentences: Vec<usize>,
    /// Byte span of the first reporting sentence in the document text.
    pub sentence_span: Span,
    /// Byte span of the event's verb or event noun.
    pub trigger_span: Span,
    /// The verb pattern that fired.
    pub pattern: Option<DictionaryEntryRef>,
    /// Free-form notes from the coder (e.g. "passive: source from `by` agent").
    pub notes: Vec<String>,
}

/// A topic of the event's sentence found by the issues dictionary
/// (PETRARCH issue coding: `ELECTIONS`, `REFUGEES`, `NUCLEAR`, ...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssueTag {
    /// Issue code as the dictionary names it, e.g. `ELECTIONS`.
    pub code: String,
    /// The words of the sentence that matched.
    pub text: String,
    /// Byte span of those words in the document text.
    pub span: Span,
    /// The dictionary entry that matched.
    pub entry: DictionaryEntryRef,
}

/// One coded event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub doc_id: String,
    /// The document date, against which actor roles were evaluated.
    pub date: Option<NaiveDate>,
    pub source: ActorMention,
    pub target: Option<ActorMention>,
    /// CAMEO event code, e.g. `054`.
    pub cameo: String,
    /// Two-digit CAMEO root, e.g. `05`.
    pub root: String,
    /// CAMEO quad class 1-4.
    pub quad_class: u8,
    pub goldstein: f32,
    pub plover: PloverCoding,
    pub flags: EventFlags,
    /// Issues (topics) of the reporting sentences; empty when no issues
    /// dictionary is loaded or none matched.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub issues: Vec<IssueTag>,
    /// How many sentences of the document report this event.
    pub mentions: usize,
    /// The text of the first sentence that reports it.
    pub sentence_text: String,
    pub provenance: Provenance,
}
