//! Pages of events, newest first: the filters become walks of `event_keys`
//! intersected in [`crate::scan`]; only filters without keys (words of an
//! actor's name, a document id) fall back to an SQL scan of `events`.
//! One filter is one walk. Several are planned by size: each is counted
//! (up to a cap) in the page's window, the rarest drives, and its
//! candidates are checked in batches by probing the others' keys (or, for
//! filters of many keys, the events' columns). A page checks at most
//! [`MAX_SCAN`] candidates, then returns what it found with a cursor and
//! `partial`, so no request is unbounded. Filters the roll-ups show cannot
//! hold together (CAMEO prefix, quad class, PLOVER type, country, dates)
//! answer empty at once. Pages continue with an offset (bounded) or, at any
//! depth, with the cursor of the previous page. No page counts the whole
//! match set.

use crate::query::is_code;
use crate::scan::{MAX_PROBE_KEYS, Position, Stream, drive, intersect, probe};
use crate::{EventFilter, Store, StoreError};
use rusqlite::params_from_iter;
use rusqlite::types::Value;
use std::fmt;
use std::str::FromStr;
use tacitus_core::EventFlags;

/// The deepest offset a page may start at; deeper pages use a cursor.
pub const MAX_OFFSET: usize = 10_000;

/// Index rows read per filter to find the rarest one, which drives a page.
const ESTIMATE_CAP: usize = 1024;

/// Candidates of the driving filter one page may check before it stops
/// and returns what it found with a cursor (`partial`): the bound on the
/// work of any request.
pub const MAX_SCAN: usize = 2048;

/// Actor codes one prefix filter may expand to before the query falls back
/// to scanning events.
const MAX_PREFIX_CODES: usize = 512;

/// Where a page ends: the date (empty when undated) and id of its last
/// event. Written `2025-07-04_123` (`_123` when undated).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageCursor {
    pub date: String,
    pub id: i64,
}

impl fmt::Display for PageCursor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}_{}", self.date, self.id)
    }
}

impl FromStr for PageCursor {
    type Err = StoreError;
    fn from_str(s: &str) -> Result<Self, StoreError> {
        let bad = || {
            StoreError::InvalidFilter(format!(
                "cursor must be the next_cursor of a page, like 2025-07-04_123, got {:?}",
                s.chars().take(40).collect::<String>()
            ))
        };
        let (date, id) = s.trim().rsplit_once('_').ok_or_else(bad)?;
        let id: i64 = id.parse().map_err(|_| bad())?;
        if id <= 0
            || !(date.is_empty()
                || chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok() && date.len() == 10)
        {
            return Err(bad());
        }
        Ok(PageCursor {
            date: date.to_string(),
            id,
        })
    }
}

/// The ids of one page and the cursor of the next (none on the last page).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventPage {
    pub ids: Vec<i64>,
    pub next: Option<PageCursor>,
    /// How many events match in all, when the roll-ups know it (filters on
    /// country, quad class, PLOVER type, 1-2 digit CAMEO prefix and dates).
    pub total: Option<u64>,
    /// The page stopped after checking [`MAX_SCAN`] candidates: it may hold
    /// fewer than `limit` events, and more may follow its cursor.
    pub partial: bool,
}

/// An actor as listed in a page (no spans or dictionary entries).
#[derive(Debug, Clone, PartialEq)]
pub struct ActorSummary {
    pub code: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub text: String,
}

/// An event as listed in a page: what a table row shows, read from columns
/// only (the full record with offsets and provenance is [`Store::event`]).
#[derive(Debug, Clone, PartialEq)]
pub struct EventSummary {
    pub id: i64,
    pub doc_id: String,
    pub date: Option<String>,
    pub outlet: Option<String>,
    pub source: ActorSummary,
    pub target: Option<ActorSummary>,
    pub cameo: String,
    pub root: String,
    pub quad_class: u8,
    pub goldstein: f64,
    pub plover_type: String,
    pub plover_mode: Option<String>,
    pub flags: EventFlags,
    pub mentions: u64,
    pub sentence: u64,
    pub sentence_text: String,
}

const SUMMARY_COLUMNS: &str = "id, doc_id, date, outlet, source_code, source_country, source_sector, source_text, \
     target_code, target_country, target_sector, target_text, cameo, root, quad_class, goldstein, plover_type, \
     plover_mode, negated, future, conditional, hypothetical, reported, mentions, sentence_idx, sentence_text";

fn summary_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<EventSummary> {
    let target_code: Option<String> = r.get(8)?;
    Ok(EventSummary {
        id: r.get(0)?,
        doc_id: r.get(1)?,
        date: r.get(2)?,
        outlet: r.get(3)?,
        source: ActorSummary {
            code: r.get(4)?,
            country: r.get(5)?,
            sector: r.get(6)?,
            text: r.get(7)?,
        },
        target: match target_code {
            Some(code) => Some(ActorSummary {
                code,
                country: r.get(9)?,
                sector: r.get(10)?,
                text: r.get::<_, Option<String>>(11)?.unwrap_or_default(),
            }),
            None => None,
        },
        cameo: r.get(12)?,
        root: r.get(13)?,
        quad_class: r.get::<_, i64>(14)?.clamp(0, 4) as u8,
        goldstein: r.get(15)?,
        plover_type: r.get(16)?,
        plover_mode: r.get(17)?,
        flags: EventFlags {
            negated: r.get(18)?,
            future: r.get(19)?,
            conditional: r.get(20)?,
            hypothetical: r.get(21)?,
            reported: r.get(22)?,
        },
        mentions: r.get::<_, i64>(23)?.max(0) as u64,
        sentence: r.get::<_, i64>(24)?.max(0) as u64,
        sentence_text: r.get(25)?,
    })
}

/// A position newer than any event (dates are ASCII digits and `-`).
fn newest() -> Position {
    ("~".to_string(), i64::MAX)
}

impl Store {
    /// The ids of one page of events matching `filter`, newest first.
    pub fn event_page(&self, filter: &EventFilter) -> Result<EventPage, StoreError> {
        let limit = filter.page_size()?;
        if filter.offset > MAX_OFFSET {
            return Err(StoreError::InvalidFilter(format!(
                "offset {} is above the maximum of {MAX_OFFSET}; page on with the cursor of the previous page",
                filter.offset
            )));
        }
        // checks every filter (and is the plan of the fallback scan)
        let conditions = filter.conditions()?;
        let mut start = match (&filter.after, filter.date_to) {
            (Some(c), _) => (c.date.clone(), c.id - 1),
            (None, Some(to)) => (to.to_string(), i64::MAX),
            (None, None) => newest(),
        };
        if let Some(to) = filter.date_to
            && start.0.as_str() > to.to_string().as_str()
        {
            start = (to.to_string(), i64::MAX);
        }
        // undated events ('') match no date filter
        let lo = match (filter.date_from, filter.date_to) {
            (Some(from), _) => from.to_string(),
            (None, Some(_)) => "0".to_string(),
            (None, None) => String::new(),
        };
        let mut want = filter.offset + limit;
        let total = self.rollup_total(filter)?;
        // filters that cannot hold together: answer at once rather than
        // walk two dense filters to their ends
        if self.cannot_match(filter)? {
            return Ok(EventPage {
                ids: Vec::new(),
                next: None,
                total,
                partial: false,
            });
        }
        if filter.after.is_none()
            && let Some(total) = total
        {
            // the walk can stop at the last match instead of at the end of
            // the rarest filter
            want = want.min(total.min(usize::MAX as u64) as usize);
        }
        let mut stopped_at = None;
        let found: Vec<Position> = match self.streams(filter)? {
            Some(mut streams) if streams.len() == 1 => {
                intersect(&self.conn, &mut streams, start, &lo, want)?
            }
            Some(streams) => {
                // plan: drive from the rarest filter, check the others on
                // the candidates' columns in batches
                let mut sized = Vec::with_capacity(streams.len());
                for s in streams {
                    let n = s.estimate(&self.conn, &start, &lo, ESTIMATE_CAP)?;
                    let empty = n == 0;
                    sized.push((n, s));
                    if empty {
                        break;
                    }
                }
                sized.sort_by_key(|(n, _)| *n);
                if sized.first().is_none_or(|(n, _)| *n == 0) {
                    Vec::new()
                } else {
                    let (_, mut driver) = sized.remove(0);
                    // the others, rarest first (prunes the most), each
                    // checked by probing its keys unless it has many
                    let (probed, wide): (Vec<Stream>, Vec<Stream>) = sized
                        .into_iter()
                        .map(|(_, s)| s)
                        .partition(|s| s.keys().count() <= MAX_PROBE_KEYS);
                    let sql = format!(
                        "SELECT e.id FROM events e WHERE e.id IN (SELECT value FROM json_each(?)){}",
                        conditions.where_clause()
                    );
                    let mut stmt = self.conn.prepare_cached(&sql)?;
                    let driven = drive(
                        &self.conn,
                        &mut driver,
                        start,
                        &lo,
                        want,
                        MAX_SCAN,
                        |batch| {
                            let mut kept = batch.to_vec();
                            for s in &probed {
                                if kept.is_empty() {
                                    break;
                                }
                                kept = probe(&self.conn, s, &kept)?;
                            }
                            if wide.is_empty() || kept.is_empty() {
                                return Ok(kept);
                            }
                            let ids: Vec<i64> = kept.iter().map(|p| p.1).collect();
                            let mut params = vec![Value::Text(
                                serde_json::to_string(&ids)
                                    .map_err(|e| StoreError::InvalidFilter(e.to_string()))?,
                            )];
                            params.extend(conditions.params.iter().cloned());
                            let rows =
                                stmt.query_map(params_from_iter(params), |r| r.get::<_, i64>(0))?;
                            let ok: std::collections::HashSet<i64> =
                                rows.collect::<Result<_, _>>()?;
                            Ok(kept.into_iter().filter(|p| ok.contains(&p.1)).collect())
                        },
                    )?;
                    stopped_at = driven.stopped_at;
                    driven.found
                }
            }
            None => {
                let sql = format!(
                    "SELECT coalesce(e.date, ''), e.id FROM events e
                     WHERE (coalesce(e.date, ''), e.id) <= (?, ?){}
                     ORDER BY e.date DESC, e.id DESC LIMIT ?",
                    conditions.where_clause()
                );
                let mut params = vec![Value::Text(start.0), Value::Integer(start.1)];
                params.extend(conditions.params);
                params.push(Value::Integer(want as i64));
                let mut stmt = self.conn.prepare_cached(&sql)?;
                let rows = stmt.query_map(params_from_iter(params), |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
                })?;
                rows.collect::<Result<_, _>>()?
            }
        };
        let page: Vec<Position> = found.into_iter().skip(filter.offset).collect();
        let exhausted = total.is_some_and(|t| (filter.offset + page.len()) as u64 >= t);
        let partial = stopped_at.is_some();
        let next = match &stopped_at {
            Some(stop) => Some(stop),
            None => (page.len() == limit && !(filter.after.is_none() && exhausted))
                .then(|| page.last())
                .flatten(),
        }
        .map(|(date, id)| PageCursor {
            date: date.clone(),
            id: *id,
        });
        Ok(EventPage {
            ids: page.into_iter().map(|(_, id)| id).collect(),
            next,
            total,
            partial,
        })
    }

    /// True when no event can match: the actor is neither side of the dyad,
    /// or the roll-ups hold no event with the filter's country, quad class,
    /// PLOVER type, CAMEO root and dates together.
    fn cannot_match(&self, f: &EventFilter) -> Result<bool, StoreError> {
        let compatible = |p: &str, q: &str| p.starts_with(q) || q.starts_with(p);
        if let (Some(actor), Some((a, b))) = (f.actor.as_deref().map(str::trim), &f.dyad)
            && is_code(actor)
            && !compatible(actor, a.trim())
            && !compatible(actor, b.trim())
        {
            return Ok(true);
        }
        if f.country.is_none() && f.quad.is_none() && f.plover.is_none() && f.cameo.is_none() {
            return Ok(false);
        }
        let bound = EventFilter {
            country: f.country.clone(),
            quad: f.quad,
            plover: f.plover.clone(),
            cameo: f
                .cameo
                .as_deref()
                .map(|c| c.trim().get(..2).unwrap_or(c.trim()))
                .map(str::to_string),
            date_from: f.date_from,
            date_to: f.date_to,
            ..Default::default()
        };
        Ok(self.rollup_total(&bound)? == Some(0))
    }

    /// Actor codes starting with `prefix`, or `None` when there are too many.
    fn codes_with_prefix(&self, prefix: &str) -> Result<Option<Vec<String>>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT code FROM actors WHERE code GLOB ?1 LIMIT ?2")?;
        let rows = stmt.query_map(
            rusqlite::params![format!("{prefix}*"), MAX_PREFIX_CODES as i64 + 1],
            |r| r.get::<_, String>(0),
        )?;
        let codes: Vec<String> = rows.collect::<Result<_, _>>()?;
        Ok((codes.len() <= MAX_PREFIX_CODES).then_some(codes))
    }

    /// One stream per filter, or `None` when a filter has no keys. Filters
    /// are already checked by [`EventFilter::conditions`].
    fn streams(&self, f: &EventFilter) -> Result<Option<Vec<Stream>>, StoreError> {
        if f.doc_id.is_some() {
            return Ok(None);
        }
        let mut streams = Vec::new();
        if let Some(actor) = f.actor.as_deref().map(str::trim).filter(|a| !a.is_empty()) {
            if !is_code(actor) {
                return Ok(None);
            }
            if actor.len() == 3 {
                streams.push(Stream::any_of([
                    crate::keys::actor_prefix3_key(actor, true),
                    crate::keys::actor_prefix3_key(actor, false),
                ]));
            } else if let Some(codes) = self.codes_with_prefix(actor)? {
                streams.push(Stream::any_of(codes.iter().flat_map(|c| {
                    [
                        crate::keys::actor_key(c, true),
                        crate::keys::actor_key(c, false),
                    ]
                })));
            } else {
                return Ok(None);
            }
        }
        if let Some((a, b)) = &f.dyad
            && a.trim().len() == 3
            && b.trim().len() == 3
        {
            streams.push(Stream::any_of([crate::keys::dyad3_key(a.trim(), b.trim())]));
        } else if let Some((a, b)) = &f.dyad {
            for (prefix, as_source) in [(a.trim(), true), (b.trim(), false)] {
                if prefix.len() == 3 {
                    streams.push(Stream::any_of([crate::keys::actor_prefix3_key(
                        prefix, as_source,
                    )]));
                } else if let Some(codes) = self.codes_with_prefix(prefix)? {
                    streams.push(Stream::any_of(
                        codes.iter().map(|c| crate::keys::actor_key(c, as_source)),
                    ));
                } else {
                    return Ok(None);
                }
            }
        }
        if let Some(c) = &f.country {
            streams.push(Stream::any_of([format!(
                "c={}",
                c.trim().to_ascii_uppercase()
            )]));
        }
        if let Some(s) = &f.sector {
            streams.push(Stream::any_of([format!(
                "s={}",
                s.trim().to_ascii_uppercase()
            )]));
        }
        if let Some(cameo) = &f.cameo {
            let cameo = cameo.trim();
            if cameo.len() == 1 {
                // a one-digit code has its own key (`keys::event_keys`)
                streams.push(Stream::any_of(
                    std::iter::once(format!("m={cameo}"))
                        .chain((0..10).map(|d| format!("m={cameo}{d}"))),
                ));
            } else {
                streams.push(Stream::any_of([format!("m={cameo}")]));
            }
        }
        if let Some(q) = f.quad {
            streams.push(Stream::any_of([format!("q={q}")]));
        }
        if let Some(p) = &f.plover {
            streams.push(Stream::any_of([format!(
                "p={}",
                p.trim().to_ascii_uppercase()
            )]));
        }
        if let Some(o) = &f.outlet {
            streams.push(Stream::any_of([format!("o={o}")]));
        }
        if streams.is_empty() {
            streams.push(Stream::any_of(["*".to_string()]));
        }
        Ok(Some(streams))
    }

    /// The listed form of these events, in the order given.
    pub fn event_summaries(&self, ids: &[i64]) -> Result<Vec<EventSummary>, StoreError> {
        let Some(&last) = ids.last() else {
            return Ok(Vec::new());
        };
        // a few statement sizes, so that the statement cache keeps them
        // (`IN` ignores the repeated last id)
        let size = [8, 20, 50, 100, 200, 500]
            .into_iter()
            .find(|&n| n >= ids.len())
            .unwrap_or(ids.len());
        let marks = vec!["?"; size].join(",");
        let sql = format!("SELECT {SUMMARY_COLUMNS} FROM events WHERE id IN ({marks})");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let padded = ids
            .iter()
            .copied()
            .chain(std::iter::repeat(last))
            .take(size);
        let rows = stmt.query_map(params_from_iter(padded), summary_from_row)?;
        let mut out: Vec<EventSummary> = rows.collect::<Result<_, _>>()?;
        let order: std::collections::HashMap<i64, usize> =
            ids.iter().enumerate().map(|(i, &id)| (id, i)).collect();
        out.sort_by_key(|r| order.get(&r.id).copied().unwrap_or(usize::MAX));
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_reject_junk() {
        let c: PageCursor = "2025-07-04_123".parse().unwrap();
        assert_eq!(c.date, "2025-07-04");
        assert_eq!(c.id, 123);
        assert_eq!(c.to_string(), "2025-07-04_123");
        let undated: PageCursor = "_7".parse().unwrap();
        assert_eq!(undated.date, "");
        for bad in [
            "",
            "123",
            "2025-13-01_4",
            "2025-07-04_x",
            "2025-07-04_-3",
            "x_1",
            "' OR 1=1_2",
        ] {
            assert!(bad.parse::<PageCursor>().is_err(), "{bad}");
        }
    }
}
