//! The relations ledger: for every ordered pair of actors, the current state
//! of their formal relations, derived from dated events, with the events that
//! support that state.
//!
//! CAMEO code -> relation mapping (codes checked against the CAMEO 1.1b3
//! codebook; a code includes its sub-codes):
//!
//! | CAMEO | name in the codebook | ledger effect |
//! |---|---|---|
//! | `054` | Grant diplomatic recognition ("grant diplomatic recognition, initiate diplomatic relations") | recognition: `granted`; diplomatic relations: `established`, or `restored` after `reduced_or_broken` |
//! | `161` | Reduce or break diplomatic relations | diplomatic relations: `reduced_or_broken` |
//! | `163` | Impose embargo, boycott, or sanctions | sanctions: `imposed` |
//! | `085` | Ease economic sanctions, boycott, embargo | sanctions: `eased` |
//!
//! CAMEO has no code for withdrawing recognition (161 reduces or breaks
//! relations, which is not the same act), so recognition is only ever
//! `granted`. Threats and intentions (`1312`, `1313`, `0354`...) and refusals
//! (`1244`) change no state. Events flagged negated, future, conditional or
//! hypothetical are not facts and are ignored; reported ones count.
//! Events are applied in date order (undated events last); an event that
//! confirms the current state adds evidence without moving `since`.

use crate::{Store, StoreError};
use chrono::NaiveDate;
use rusqlite::params_from_iter;
use rusqlite::types::Value;
use serde::Serialize;
use std::collections::BTreeMap;
use tacitus_core::{ActorMention, Event, EventFlags, Provenance};

/// The kinds of relation the ledger follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    Recognition,
    DiplomaticRelations,
    Sanctions,
}

/// The state of one relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationState {
    Granted,
    Established,
    ReducedOrBroken,
    Restored,
    Imposed,
    Eased,
}

impl RelationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RelationKind::Recognition => "recognition",
            RelationKind::DiplomaticRelations => "diplomatic relations",
            RelationKind::Sanctions => "sanctions",
        }
    }
}

impl RelationState {
    pub fn as_str(self) -> &'static str {
        match self {
            RelationState::Granted => "granted",
            RelationState::Established => "established",
            RelationState::ReducedOrBroken => "reduced or broken",
            RelationState::Restored => "restored",
            RelationState::Imposed => "imposed",
            RelationState::Eased => "eased",
        }
    }
}

/// One event supporting a relation state.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    pub event_id: i64,
    pub doc_id: String,
    pub date: Option<NaiveDate>,
    pub cameo: String,
    /// Index of the first sentence reporting the event.
    pub sentence: usize,
    pub sentence_text: String,
}

/// The current state of one relation of one ordered pair.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Relation {
    pub source: String,
    pub target: String,
    pub kind: RelationKind,
    pub state: RelationState,
    /// Date of the first event of the current state.
    pub since: Option<NaiveDate>,
    pub evidence: Vec<Evidence>,
}

/// Which pairs to list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RelationsFilter {
    /// Country code or actor code prefix of the target.
    pub target: Option<String>,
    /// Country code or actor code prefix of the source.
    pub source: Option<String>,
    /// Key pairs on full actor codes instead of country codes.
    pub by_code: bool,
}

/// The CAMEO prefixes the ledger reads.
const LEDGER_CODES: [&str; 4] = ["054", "161", "163", "085"];

/// The ledger transitions an event causes: (kind, new state given the
/// previous state of that kind).
fn transitions(cameo: &str) -> &'static [RelationKind] {
    if cameo.starts_with("054") {
        &[RelationKind::Recognition, RelationKind::DiplomaticRelations]
    } else if cameo.starts_with("161") {
        &[RelationKind::DiplomaticRelations]
    } else if cameo.starts_with("163") || cameo.starts_with("085") {
        &[RelationKind::Sanctions]
    } else {
        &[]
    }
}

fn next_state(kind: RelationKind, cameo: &str, previous: Option<RelationState>) -> RelationState {
    match kind {
        RelationKind::Recognition => RelationState::Granted,
        RelationKind::DiplomaticRelations => {
            if cameo.starts_with("161") {
                RelationState::ReducedOrBroken
            } else if matches!(
                previous,
                Some(RelationState::ReducedOrBroken | RelationState::Restored)
            ) {
                RelationState::Restored
            } else {
                RelationState::Established
            }
        }
        RelationKind::Sanctions => {
            if cameo.starts_with("085") {
                RelationState::Eased
            } else {
                RelationState::Imposed
            }
        }
    }
}

fn is_fact(event: &Event) -> bool {
    let f = event.flags;
    !(f.negated || f.future || f.conditional || f.hypothetical)
}

fn pair_key(event: &Event, by_code: bool) -> Option<(String, String)> {
    let target = event.target.as_ref()?;
    if by_code {
        Some((event.source.code.clone(), target.code.clone()))
    } else {
        let s = event
            .source
            .country
            .clone()
            .unwrap_or_else(|| event.source.code.clone());
        let t = target
            .country
            .clone()
            .unwrap_or_else(|| target.code.clone());
        Some((s, t))
    }
}

/// Derives the ledger from events (with their database ids). Pure: the
/// store's [`Store::relations`] feeds it; tests feed it hand-built events.
pub fn derive_ledger(events: &[(i64, Event)], by_code: bool) -> Vec<Relation> {
    let mut ordered: Vec<&(i64, Event)> = events.iter().filter(|(_, e)| is_fact(e)).collect();
    // dated events in date order, undated last; ties in id order
    ordered.sort_by_key(|(id, e)| (e.date.is_none(), e.date, *id));
    let mut ledger: BTreeMap<(String, String, RelationKind), Relation> = BTreeMap::new();
    for (id, event) in ordered {
        let Some((source, target)) = pair_key(event, by_code) else {
            continue;
        };
        if source == target {
            continue;
        }
        for &kind in transitions(&event.cameo) {
            let key = (source.clone(), target.clone(), kind);
            let previous = ledger.get(&key).map(|r| r.state);
            let state = next_state(kind, &event.cameo, previous);
            let evidence = Evidence {
                event_id: *id,
                doc_id: event.doc_id.clone(),
                date: event.date,
                cameo: event.cameo.clone(),
                sentence: event.provenance.sentence,
                sentence_text: event.sentence_text.clone(),
            };
            match ledger.get_mut(&key) {
                Some(rel) if rel.state == state => rel.evidence.push(evidence),
                _ => {
                    ledger.insert(
                        key,
                        Relation {
                            source: source.clone(),
                            target: target.clone(),
                            kind,
                            state,
                            since: event.date,
                            evidence: vec![evidence],
                        },
                    );
                }
            }
        }
    }
    ledger.into_values().collect()
}

fn side_condition(
    value: &Option<String>,
    code_col: &'static str,
    glob_sql: &'static str,
    params: &mut Vec<Value>,
) -> Result<Option<&'static str>, StoreError> {
    let Some(v) = value else { return Ok(None) };
    let v = v.trim().to_ascii_uppercase();
    if v.is_empty()
        || v.len() > 24
        || !v
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(StoreError::InvalidFilter(format!(
            "{code_col} must be a country or actor code, got {v:?}"
        )));
    }
    params.push(Value::Text(v.clone()));
    params.push(Value::Text(format!("{v}*")));
    Ok(Some(glob_sql))
}

impl Store {
    /// The relations ledger for the pairs the filter selects.
    pub fn relations(&self, filter: &RelationsFilter) -> Result<Vec<Relation>, StoreError> {
        let mut params: Vec<Value> = LEDGER_CODES
            .iter()
            .map(|c| Value::Text(format!("{c}*")))
            .collect();
        let mut sql = String::from(
            "SELECT e.id, e.doc_id, e.date, e.cameo, e.source_code, e.source_country, e.target_code, e.target_country,
                    e.negated, e.future, e.conditional, e.hypothetical, e.sentence_idx, e.sentence_text
             FROM events e
             WHERE (e.cameo GLOB ? OR e.cameo GLOB ? OR e.cameo GLOB ? OR e.cameo GLOB ?)
               AND e.target_code IS NOT NULL",
        );
        if let Some(cond) = side_condition(
            &filter.target,
            "target",
            " AND (e.target_country = ? OR e.target_code GLOB ?)",
            &mut params,
        )? {
            sql.push_str(cond);
        }
        if let Some(cond) = side_condition(
            &filter.source,
            "source",
            " AND (e.source_country = ? OR e.source_code GLOB ?)",
            &mut params,
        )? {
            sql.push_str(cond);
        }
        let mut stmt = self.conn.prepare_cached(&sql)?;
        // only the columns the ledger reads: no JSON to parse per event
        let rows = stmt.query_map(params_from_iter(params), |r| {
            let mention = |code: String, country: Option<String>| ActorMention {
                code,
                country,
                sector: None,
                text: String::new(),
                span: Default::default(),
                entries: Vec::new(),
            };
            let date: Option<String> = r.get(2)?;
            let event = Event {
                doc_id: r.get(1)?,
                date: date.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
                source: mention(r.get(4)?, r.get(5)?),
                target: Some(mention(r.get(6)?, r.get(7)?)),
                cameo: r.get(3)?,
                root: String::new(),
                quad_class: 0,
                goldstein: 0.0,
                plover: Default::default(),
                flags: EventFlags {
                    negated: r.get(8)?,
                    future: r.get(9)?,
                    conditional: r.get(10)?,
                    hypothetical: r.get(11)?,
                    reported: false,
                },
                issues: Vec::new(),
                mentions: 0,
                sentence_text: r.get(13)?,
                provenance: Provenance {
                    sentence: r.get::<_, i64>(12)?.max(0) as usize,
                    ..Default::default()
                },
            };
            Ok((r.get::<_, i64>(0)?, event))
        })?;
        let events: Vec<(i64, Event)> = rows.collect::<Result<_, _>>()?;
        Ok(derive_ledger(&events, filter.by_code))
    }
}
