//! Mapping between [`Event`] and the rows of `events`, `mentions`,
//! `actors`, and the keys and roll-ups of `keys.rs`.

use crate::keys::{Facets, RollupDelta, insert_keys};
use crate::{EventRow, StoreError};
use rusqlite::{Row, Transaction, params};
use tacitus_core::{ActorMention, Event, EventFlags, IssueTag, PloverCoding, Provenance};

/// The columns [`event_from_row`] reads, in order, prefixed with `e.`.
pub(crate) const EVENT_COLUMNS: &str = "e.id, e.doc_id, e.date, e.cameo, e.root, e.quad_class, e.goldstein, \
     e.plover_type, e.plover_mode, e.plover_context, e.negated, e.future, e.conditional, e.hypothetical, \
     e.reported, e.mentions, e.sentence_text, e.source_json, e.target_json, e.provenance, e.outlet, e.doc_rowid, \
     e.issues";

/// Builds the event row of a row selected with [`EVENT_COLUMNS`].
pub(crate) fn event_from_row(row: &Row<'_>) -> Result<EventRow, StoreError> {
    let date: Option<String> = row.get(2)?;
    let context: String = row.get(9)?;
    let source_json: String = row.get(17)?;
    let target_json: Option<String> = row.get(18)?;
    let provenance: String = row.get(19)?;
    let source: ActorMention = serde_json::from_str(&source_json)?;
    let target: Option<ActorMention> = match target_json {
        Some(t) => Some(serde_json::from_str(&t)?),
        None => None,
    };
    let provenance: Provenance = serde_json::from_str(&provenance)?;
    let issues: Option<String> = row.get(22)?;
    let issues: Vec<IssueTag> = match issues {
        Some(json) => serde_json::from_str(&json)?,
        None => Vec::new(),
    };
    let event = Event {
        doc_id: row.get(1)?,
        date: date.and_then(|d| tacitus_core::parse_date(&d)),
        source,
        target,
        cameo: row.get(3)?,
        root: row.get(4)?,
        quad_class: row.get::<_, i64>(5)?.clamp(0, 4) as u8,
        goldstein: row.get::<_, f64>(6)? as f32,
        plover: PloverCoding {
            event_type: row.get(7)?,
            mode: row.get(8)?,
            context: serde_json::from_str(&context)?,
        },
        flags: EventFlags {
            negated: row.get(10)?,
            future: row.get(11)?,
            conditional: row.get(12)?,
            hypothetical: row.get(13)?,
            reported: row.get(14)?,
        },
        issues,
        mentions: row.get::<_, i64>(15)?.max(0) as usize,
        sentence_text: row.get(16)?,
        provenance,
    };
    Ok(EventRow {
        id: row.get(0)?,
        event,
        outlet: row.get(20)?,
        doc_rowid: row.get(21)?,
    })
}

fn upsert_actor(tx: &Transaction<'_>, actor: &ActorMention) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO actors (code, country, sector, name) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (code) DO NOTHING",
    )?
    .execute(params![actor.code, actor.country, actor.sector, actor.text])?;
    Ok(())
}

/// Inserts one event with its mentions, actors and keys; its roll-up counts
/// go to `rollups` (written by the caller at the end of the batch).
pub(crate) fn insert_event(
    tx: &Transaction<'_>,
    doc_rowid: i64,
    outlet: Option<&str>,
    event: &Event,
    rollups: &mut RollupDelta,
) -> Result<i64, StoreError> {
    let date = event.date.map(|d| d.to_string());
    let target = event.target.as_ref();
    let source_json = serde_json::to_string(&event.source)?;
    let target_json = match target {
        Some(t) => Some(serde_json::to_string(t)?),
        None => None,
    };
    let provenance = serde_json::to_string(&event.provenance)?;
    let context = serde_json::to_string(&event.plover.context)?;
    let issues = if event.issues.is_empty() {
        None
    } else {
        Some(serde_json::to_string(&event.issues)?)
    };
    tx.prepare_cached(
        "INSERT INTO events (doc_rowid, doc_id, date, outlet, source_code, source_country, source_sector, source_text,
             target_code, target_country, target_sector, target_text, cameo, root, quad_class, goldstein,
             plover_type, plover_mode, plover_context, negated, future, conditional, hypothetical, reported,
             mentions, sentence_idx, sentence_text, source_json, target_json, provenance, issues)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
             ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31)",
    )?
    .execute(params![
        doc_rowid,
        event.doc_id,
        date,
        outlet,
        event.source.code,
        event.source.country,
        event.source.sector,
        event.source.text,
        target.map(|t| t.code.as_str()),
        target.and_then(|t| t.country.as_deref()),
        target.and_then(|t| t.sector.as_deref()),
        target.map(|t| t.text.as_str()),
        event.cameo,
        event.root,
        event.quad_class,
        event.goldstein as f64,
        event.plover.event_type,
        event.plover.mode,
        context,
        event.flags.negated,
        event.flags.future,
        event.flags.conditional,
        event.flags.hypothetical,
        event.flags.reported,
        event.mentions as i64,
        event.provenance.sentence as i64,
        event.sentence_text,
        source_json,
        target_json,
        provenance,
        issues
    ])?;
    let id = tx.last_insert_rowid();
    {
        let mut stmt = tx.prepare_cached(
            "INSERT OR IGNORE INTO mentions (event_id, doc_rowid, sentence) VALUES (?1, ?2, ?3)",
        )?;
        stmt.execute(params![id, doc_rowid, event.provenance.sentence as i64])?;
        for s in &event.provenance.sentences {
            stmt.execute(params![id, doc_rowid, *s as i64])?;
        }
    }
    upsert_actor(tx, &event.source)?;
    if let Some(t) = target {
        upsert_actor(tx, t)?;
    }
    let facets = Facets {
        date: date.as_deref(),
        source_code: &event.source.code,
        source_country: event.source.country.as_deref(),
        source_sector: event.source.sector.as_deref(),
        target_code: target.map(|t| t.code.as_str()),
        target_country: target.and_then(|t| t.country.as_deref()),
        target_sector: target.and_then(|t| t.sector.as_deref()),
        cameo: &event.cameo,
        quad: i64::from(event.quad_class),
        plover: &event.plover.event_type,
        outlet,
    };
    insert_keys(tx, id, &facets)?;
    rollups.add(&facets, 1);
    Ok(id)
}
