//! JSON for stored events and documents: `tacitus-format`'s event record
//! (character offsets, provenance) plus what only the database knows, the
//! event's database id (`event_id`, the key of `/api/events/{id}`) and the
//! outlet of its document.

use serde_json::{Value, json};
use tacitus_core::CharOffsets;
use tacitus_store::{DocumentView, EventRow};

/// An event as JSON; `offsets` are those of its document's text.
pub fn event_to_json(row: &EventRow, offsets: &CharOffsets) -> Value {
    let mut value = tacitus_format::event_to_json(&row.event, Some(offsets));
    if let Value::Object(map) = &mut value {
        map.insert("event_id".into(), json!(row.id));
        map.insert("outlet".into(), json!(row.outlet));
    }
    value
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
