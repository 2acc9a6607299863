//! JSON for stored events and documents: `tacitus-format`'s event record
//! (character offsets, provenance) plus what only the database knows, the
//! event's database id (`event_id`, the key of `/api/events/{id}`) and the
//! outlet of its document.

use serde_json::{Value, json};
use tacitus_core::ontology::{cameo, score_f64};
use tacitus_core::{CharOffsets, IssueTag};
use tacitus_store::{ActorSummary, DocumentView, EventRow, EventSummary};

/// An event as JSON; `offsets` are those of its document's text.
pub fn event_to_json(row: &EventRow, offsets: &CharOffsets) -> Value {
    let mut value = tacitus_format::event_to_json(&row.event, Some(offsets));
    if let Value::Object(map) = &mut value {
        map.insert("event_id".into(), json!(row.id));
        map.insert("outlet".into(), json!(row.outlet));
        // the topics of the event's sentence, spans in characters (unless
        // the exchange record already carries them)
        map.entry("issues")
            .or_insert_with(|| issues_json(&row.event.issues, offsets));
    }
    value
}

/// Issue tags as JSON with character offsets.
pub fn issues_json(issues: &[IssueTag], offsets: &CharOffsets) -> Value {
    Value::Array(
        issues
            .iter()
            .map(|i| {
                json!({
                    "code": i.code,
                    "text": i.text,
                    "start": offsets.char_offset(i.span.start),
                    "end": offsets.char_offset(i.span.end),
                    "entry": i.entry,
                })
            })
            .collect(),
    )
}

/// A document with its sentences and events, all offsets in characters.
pub fn document_to_json(view: &DocumentView) -> Value {
    let offsets = CharOffsets::new(&view.text);
    let sentences: Vec<Value> = view
        .sentences
        .iter()
        .map(|s| {
            json!({ "index": s.index, "start": offsets.char_offset(s.span.start), "end": offsets.char_offset(s.span.end) })
        })
        .collect();
    let events: Vec<Value> = view
        .events
        .iter()
        .map(|e| event_to_json(e, &offsets))
        .collect();
    json!({
        "id": view.id,
        "date": view.date,
        "title": view.title,
        "url": view.url,
        "outlet": view.outlet,
        "text": view.text,
        "sentences": sentences,
        "events": events,
    })
}

/// An actor as listed in a page, serialized without building a JSON tree.
#[derive(serde::Serialize)]
struct ActorSummaryJson<'a> {
    code: &'a str,
    country: Option<&'a str>,
    sector: Option<&'a str>,
    text: &'a str,
}

impl<'a> From<&'a ActorSummary> for ActorSummaryJson<'a> {
    fn from(a: &'a ActorSummary) -> Self {
        ActorSummaryJson {
            code: &a.code,
            country: a.country.as_deref(),
            sector: a.sector.as_deref(),
            text: &a.text,
        }
    }
}

#[derive(serde::Serialize)]
struct PloverJson<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    mode: Option<&'a str>,
}

/// An event as listed by `/api/events`: what a table row needs, without
/// offsets, spans or provenance (`/api/events/{event_id}` has them all, and
/// `detail=full` lists full records). Serialized straight to text: a page
/// of 100 events as `serde_json::Value` trees costs more than the query.
#[derive(serde::Serialize)]
pub struct SummaryJson<'a> {
    event_id: i64,
    doc_id: &'a str,
    date: Option<&'a str>,
    outlet: Option<&'a str>,
    sentence: u64,
    mentions: u64,
    source: ActorSummaryJson<'a>,
    target: Option<ActorSummaryJson<'a>>,
    cameo: &'a str,
    cameo_name: Option<&'static str>,
    root: &'a str,
    quad_class: u8,
    goldstein: f64,
    plover: PloverJson<'a>,
    flags: tacitus_core::EventFlags,
    sentence_text: &'a str,
}

impl<'a> From<&'a EventSummary> for SummaryJson<'a> {
    fn from(e: &'a EventSummary) -> Self {
        SummaryJson {
            event_id: e.id,
            doc_id: &e.doc_id,
            date: e.date.as_deref(),
            outlet: e.outlet.as_deref(),
            sentence: e.sentence,
            mentions: e.mentions,
            source: (&e.source).into(),
            target: e.target.as_ref().map(Into::into),
            cameo: &e.cameo,
            cameo_name: cameo::lookup(&e.cameo).map(|c| c.name),
            root: &e.root,
            quad_class: e.quad_class,
            goldstein: score_f64(e.goldstein as f32),
            plover: PloverJson {
                kind: &e.plover_type,
                mode: e.plover_mode.as_deref(),
            },
            flags: e.flags,
            sentence_text: &e.sentence_text,
        }
    }
}
