//! PLOVER records, one JSON object per event (written as JSON lines).
//!
//! Field names follow the PLOVER 2.0 manual's data chapter and the POLECAT
//! data set built on it: `id`, `date`, `event_type`, `mode`, `context`,
//! `quad_code`, `event_intensity` (the PLOVER score of type and mode),
//! `actor` and `recipient` (each `{code, country, sector, other_sectors,
//! entity_text, start, end}`, `recipient` null when absent), `event_text`,
//! `text`, `story_id`, `sentence_number`, and `cameo` for cross-reference.
//! Sectors are PLOVER sector codes translated from CAMEO (`MED` -> `JRN`).

use crate::common::{actor_country, actor_sector, char_span, trigger_text};
use serde_json::{Value, json};
use tacitus_core::ontology::{actors, plover, score_f64};
use tacitus_core::{ActorMention, CharOffsets, Event};

/// The PLOVER sector of a CAMEO sector code (itself when PLOVER has it).
fn plover_sector(cameo_sector: &str) -> Option<&'static str> {
    actors::sector(cameo_sector)
        .and_then(|s| s.plover)
        .or_else(|| plover::sector(cameo_sector).map(|s| s.code))
}

fn actor_json(actor: &ActorMention, offsets: Option<&CharOffsets>) -> Value {
    let parts = actors::split_actor_code(&actor.code);
    let primary = actor_sector(actor);
    let sector = primary.and_then(plover_sector);
    let mut others: Vec<&str> = Vec::new();
    for chunk in &parts.sectors {
        if Some(*chunk) == primary {
            continue;
        }
        if let Some(p) = plover_sector(chunk)
            && Some(p) != sector
            && !others.contains(&p)
        {
            others.push(p);
        }
    }
    let (start, end) = char_span(offsets, actor.span);
    json!({
        "code": actor.code,
        "country": actor_country(actor),
        "sector": sector,
        "other_sectors": others,
        "entity_text": actor.text,
        "start": start,
        "end": end,
    })
}

/// The PLOVER record of an event; see the module docs for the fields.
pub fn event_to_plover_json(event: &Event, offsets: Option<&CharOffsets>) -> Value {
    let plover_type = plover::event_type(&event.plover.event_type);
    json!({
        "id": format!("TACITUS-{:016x}", crate::event_id(event)),
        "date": event.date.map(|d| d.format("%Y-%m-%d").to_string()),
        "event_type": event.plover.event_type,
        "mode": event.plover.mode,
        "context": event.plover.context,
        "quad_code": plover_type.map(|t| t.quad_class),
        "event_intensity": plover_type.map(|t| score_f64(t.score_with_mode(event.plover.mode.as_deref()))),
        "actor": actor_json(&event.source, offsets),
        "recipient": event.target.as_ref().map(|t| actor_json(t, offsets)),
        "event_text": trigger_text(event),
        "text": event.sentence_text,
        "story_id": event.doc_id,
        "sentence_number": event.provenance.sentence,
        "cameo": event.cameo,
    })
}
