//! Our JSON record: everything about an event, with its provenance.

use crate::common::{actor_country, actor_sector, cameo_name, char_span, trigger_text};
use serde_json::{Value, json};
use tacitus_core::ontology::score_f64;
use tacitus_core::{ActorMention, CharOffsets, DictionaryEntryRef, Event, IssueTag};

fn entry_json(entry: &DictionaryEntryRef) -> Value {
    json!({
        "dictionary": entry.dictionary,
        "line": entry.line,
        "id": entry.id,
        "text": entry.text,
    })
}

fn actor_json(actor: &ActorMention, offsets: Option<&CharOffsets>) -> Value {
    let (start, end) = char_span(offsets, actor.span);
    json!({
        "code": actor.code,
        "country": actor_country(actor),
        "sector": actor_sector(actor),
        "text": actor.text,
        "start": start,
        "end": end,
        "entries": actor.entries.iter().map(entry_json).collect::<Vec<_>>(),
    })
}

fn issue_json(issue: &IssueTag, offsets: Option<&CharOffsets>) -> Value {
    let (start, end) = char_span(offsets, issue.span);
    json!({
        "code": issue.code,
        "text": issue.text,
        "start": start,
        "end": end,
        "entry": entry_json(&issue.entry),
    })
}

/// The JSON record of an event, as written by the `jsonl` format and served
/// by the HTTP API. `offsets` are the event's document's (see the crate docs);
/// without them `start`/`end` are byte offsets and `offset_unit` is `"byte"`.
///
/// Fields: `doc_id`, `date`, `sentence` (first reporting sentence),
/// `sentences`, `mentions`, `source`, `target` (null when absent; each with
/// `code`, `country`, `sector`, `text`, `start`, `end`, `entries`), `cameo`,
/// `cameo_name`, `root`, `quad_class`, `goldstein`, `plover` (`type`, `mode`,
/// `context`), `flags`, `issues` (the topics of the reporting sentences:
/// `code`, `text`, `start`, `end`, `entry`; empty without an issues
/// dictionary), `sentence_text`, `sentence_start`, `sentence_end`,
/// `trigger` (`text`, `start`, `end`), `explanation` (`pattern`,
/// `source_entries`, `target_entries`, `notes`), `offset_unit`, `id`.
pub fn event_to_json(event: &Event, offsets: Option<&CharOffsets>) -> Value {
    let prov = &event.provenance;
    let (sentence_start, sentence_end) = char_span(offsets, prov.sentence_span);
    let (trigger_start, trigger_end) = char_span(offsets, prov.trigger_span);
    json!({
        "id": crate::event_id(event).to_string(),
        "doc_id": event.doc_id,
        "date": event.date.map(|d| d.format("%Y-%m-%d").to_string()),
        "sentence": prov.sentence,
        "sentences": prov.sentences,
        "mentions": event.mentions,
        "source": actor_json(&event.source, offsets),
        "target": event.target.as_ref().map(|t| actor_json(t, offsets)),
        "cameo": event.cameo,
        "cameo_name": cameo_name(&event.cameo),
        "root": event.root,
        "quad_class": event.quad_class,
        "goldstein": score_f64(event.goldstein),
        "plover": {
            "type": event.plover.event_type,
            "mode": event.plover.mode,
            "context": event.plover.context,
        },
        "flags": event.flags,
        "issues": event.issues.iter().map(|i| issue_json(i, offsets)).collect::<Vec<_>>(),
        "sentence_text": event.sentence_text,
        "sentence_start": sentence_start,
        "sentence_end": sentence_end,
        "trigger": {
            "text": trigger_text(event),
            "start": trigger_start,
            "end": trigger_end,
        },
        "explanation": {
            "pattern": prov.pattern.as_ref().map(entry_json),
            "source_entries": event.source.entries.iter().map(entry_json).collect::<Vec<_>>(),
            "target_entries": event
                .target
                .as_ref()
                .map(|t| t.entries.iter().map(entry_json).collect::<Vec<_>>())
                .unwrap_or_default(),
            "notes": prov.notes,
        },
        "offset_unit": if offsets.is_some() { "char" } else { "byte" },
    })
}
