//! The derived rows every event gets at ingest, and takes back when its
//! document is replaced:
//!
//! - **keys** (`event_keys`): one `(key, date, event_id)` row per filterable
//!   value of the event (`c=RUS` country, `S=RUSGOV` source code, `m=05`
//!   CAMEO prefix, ...), so that every filter is an ordered walk of one
//!   primary-key range, newest first, and filters combine by intersecting
//!   walks ([`crate::scan`]) instead of scanning events;
//! - **roll-ups** (`rollups`): event counts per scope (all events, or one
//!   country), period (day, ISO week, month), CAMEO root, quad class and
//!   PLOVER type, so timelines never scan events.
//!
//! Migration 2 -> 3 in [`crate::schema`] backfills both in SQL: any change to
//! [`event_keys`] or [`rollup_cells`] must be mirrored there (the test
//! `migrating_a_version_2_database_matches_a_fresh_one` checks they agree).

use crate::StoreError;
use chrono::{Datelike, NaiveDate};
use rusqlite::{Transaction, params};
use std::collections::HashMap;

/// The values of an event that keys and roll-ups are derived from.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Facets<'a> {
    /// `YYYY-MM-DD`, or `None` for an undated event.
    pub date: Option<&'a str>,
    pub source_code: &'a str,
    pub source_country: Option<&'a str>,
    pub source_sector: Option<&'a str>,
    pub target_code: Option<&'a str>,
    pub target_country: Option<&'a str>,
    pub target_sector: Option<&'a str>,
    pub cameo: &'a str,
    pub quad: i64,
    pub plover: &'a str,
    pub outlet: Option<&'a str>,
}

/// The longest CAMEO prefix that gets a key (CAMEO codes have 2 to 4 digits).
pub(crate) const CAMEO_KEY_MAX: usize = 4;

/// The `event_keys.date` of an event: its date, or `''` (sorts last when
/// newest come first).
pub(crate) fn key_date(date: Option<&str>) -> &str {
    date.unwrap_or("")
}

/// The keys of one event, without duplicates.
pub(crate) fn event_keys(f: &Facets<'_>) -> Vec<String> {
    let mut keys = Vec::with_capacity(14);
    let mut push = |k: String| {
        if !keys.contains(&k) {
            keys.push(k);
        }
    };
    push("*".to_string());
    for c in [f.source_country, f.target_country].into_iter().flatten() {
        push(format!("c={c}"));
    }
    for s in [f.source_sector, f.target_sector].into_iter().flatten() {
        push(format!("s={s}"));
    }
    push(format!("S={}", f.source_code));
    if let Some(t) = f.target_code {
        push(format!("T={t}"));
    }
    // the first three characters of a code: its country (or IGO, NGO, ...),
    // the most common actor and dyad filter, served by one key
    if let Some(p) = f.source_code.get(..3) {
        push(format!("S3={p}"));
    }
    if let Some(p) = f.target_code.and_then(|t| t.get(..3)) {
        push(format!("T3={p}"));
    }
    // the dyad at that level: one key for the common SOURCE:TARGET filter
    if let (Some(s), Some(t)) = (
        f.source_code.get(..3),
        f.target_code.and_then(|t| t.get(..3)),
    ) {
        push(dyad3_key(s, t));
    }
    if f.cameo.len() < 2 {
        push(format!("m={}", f.cameo));
    }
    for len in 2..=f.cameo.len().min(CAMEO_KEY_MAX) {
        if let Some(prefix) = f.cameo.get(..len) {
            push(format!("m={prefix}"));
        }
    }
    push(format!("q={}", f.quad));
    push(format!("p={}", f.plover));
    if let Some(o) = f.outlet {
        push(format!("o={o}"));
    }
    keys
}

/// The key of an actor code in the source or the target role.
pub(crate) fn actor_key(code: &str, as_source: bool) -> String {
    format!("{}={code}", if as_source { 'S' } else { 'T' })
}

/// The key of every code starting with a three-character prefix, in the
/// source or the target role.
pub(crate) fn actor_prefix3_key(prefix: &str, as_source: bool) -> String {
    format!("{}={prefix}", if as_source { "S3" } else { "T3" })
}

/// Day, ISO week (its Monday) and month periods of a date, as stored in
/// `rollups.period`: `d2025-07-04`, `w2025-06-30`, `m2025-07`.
pub(crate) fn periods(date: &str) -> Option<[String; 3]> {
    let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    let monday = d - chrono::Duration::days(i64::from(d.weekday().num_days_from_monday()));
    Some([
        format!("d{date}"),
        format!("w{monday}"),
        format!("m{}", date.get(..7)?),
    ])
}

/// One roll-up cell: (scope, period, root, quad class, PLOVER type).
pub(crate) type Cell = (String, String, String, i64, String);

/// The key of every event whose source and target codes start with these
/// three-character prefixes.
pub(crate) fn dyad3_key(source: &str, target: &str) -> String {
    format!("D={source}>{target}")
}

/// The period of undated events in `rollups` (they count in totals, never
/// in timelines).
pub(crate) const UNDATED: &str = "u";

/// The roll-up cells an event counts in.
pub(crate) fn rollup_cells(f: &Facets<'_>) -> Vec<Cell> {
    let periods: Vec<String> = match f.date {
        None => vec![UNDATED.to_string()],
        Some(d) => match periods(d) {
            Some(p) => p.to_vec(),
            // a date that does not parse counts as undated
            None => vec![UNDATED.to_string()],
        },
    };
    let mut scopes: Vec<&str> = vec![""];
    for c in [f.source_country, f.target_country].into_iter().flatten() {
        if !scopes.contains(&c) {
            scopes.push(c);
        }
    }
    // the CAMEO filter's two-digit prefix (normally the root), so that
    // roll-up counts agree with the `m=` keys by construction
    let root = f.cameo.get(..2).unwrap_or(f.cameo);
    let mut cells = Vec::with_capacity(scopes.len() * 3);
    for scope in scopes {
        for period in &periods {
            cells.push((
                scope.to_string(),
                period.clone(),
                root.to_string(),
                f.quad,
                f.plover.to_string(),
            ));
        }
    }
    cells
}

/// Roll-up changes gathered over a batch and written once at its end
/// (many events of a batch share a day, week or month).
#[derive(Debug, Default)]
pub(crate) struct RollupDelta(HashMap<Cell, i64>);

impl RollupDelta {
    pub fn add(&mut self, f: &Facets<'_>, by: i64) {
        for cell in rollup_cells(f) {
            *self.0.entry(cell).or_insert(0) += by;
        }
    }

    /// Applies the changes; cells that reach zero are removed.
    pub fn flush(&mut self, tx: &Transaction<'_>) -> Result<(), StoreError> {
        let mut upsert = tx.prepare_cached(
            "INSERT INTO rollups (scope, period, root, quad_class, plover_type, n) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (scope, period, root, quad_class, plover_type) DO UPDATE SET n = n + excluded.n",
        )?;
        let mut prune = tx.prepare_cached(
            "DELETE FROM rollups WHERE scope = ?1 AND period = ?2 AND root = ?3 AND quad_class = ?4
                 AND plover_type = ?5 AND n <= 0",
        )?;
        for ((scope, period, root, quad, plover), n) in self.0.drain() {
            if n == 0 {
                continue;
            }
            upsert.execute(params![scope, period, root, quad, plover, n])?;
            if n < 0 {
                prune.execute(params![scope, period, root, quad, plover])?;
            }
        }
        Ok(())
    }
}

/// Writes the keys of a new event.
pub(crate) fn insert_keys(tx: &Transaction<'_>, id: i64, f: &Facets<'_>) -> Result<(), StoreError> {
    let mut stmt = tx.prepare_cached(
        "INSERT OR IGNORE INTO event_keys (key, date, event_id) VALUES (?1, ?2, ?3)",
    )?;
    let date = key_date(f.date);
    for key in event_keys(f) {
        stmt.execute(params![key, date, id])?;
    }
    Ok(())
}

/// Takes back the keys and roll-up counts of every event of a document
/// (before the document and its events are deleted).
pub(crate) fn remove_document_facets(
    tx: &Transaction<'_>,
    doc_rowid: i64,
    delta: &mut RollupDelta,
) -> Result<(), StoreError> {
    let mut stmt = tx.prepare_cached(
        "SELECT id, date, source_code, source_country, source_sector, target_code, target_country,
                target_sector, cameo, root, quad_class, plover_type, outlet
         FROM events WHERE doc_rowid = ?1",
    )?;
    let mut rows = stmt.query(params![doc_rowid])?;
    let mut delete =
        tx.prepare_cached("DELETE FROM event_keys WHERE key = ?1 AND date = ?2 AND event_id = ?3")?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let date: Option<String> = r.get(1)?;
        let text = |i: usize| -> rusqlite::Result<Option<String>> { r.get(i) };
        let (sc, sco, sse, tc, tco, tse) = (
            text(2)?.unwrap_or_default(),
            text(3)?,
            text(4)?,
            text(5)?,
            text(6)?,
            text(7)?,
        );
        let (cameo, plover) = (text(8)?.unwrap_or_default(), text(11)?.unwrap_or_default());
        let outlet = text(12)?;
        let f = Facets {
            date: date.as_deref(),
            source_code: &sc,
            source_country: sco.as_deref(),
            source_sector: sse.as_deref(),
            target_code: tc.as_deref(),
            target_country: tco.as_deref(),
            target_sector: tse.as_deref(),
            cameo: &cameo,
            quad: r.get(10)?,
            plover: &plover,
            outlet: outlet.as_deref(),
        };
        let kd = key_date(f.date);
        for key in event_keys(&f) {
            delete.execute(params![key, kd, id])?;
        }
        delta.add(&f, -1);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facets() -> Facets<'static> {
        Facets {
            date: Some("2025-07-03"),
            source_code: "RUSGOV",
            source_country: Some("RUS"),
            source_sector: Some("GOV"),
            target_code: Some("AFGGOV"),
            target_country: Some("AFG"),
            target_sector: Some("GOV"),
            cameo: "0541",
            quad: 1,
            plover: "SUPPORT",
            outlet: Some("Wire A"),
        }
    }

    #[test]
    fn keys_cover_every_filter_once() {
        let keys = event_keys(&facets());
        for k in [
            "*",
            "c=RUS",
            "c=AFG",
            "s=GOV",
            "S=RUSGOV",
            "T=AFGGOV",
            "S3=RUS",
            "T3=AFG",
            "D=RUS>AFG",
            "m=05",
            "m=054",
            "m=0541",
            "q=1",
            "p=SUPPORT",
            "o=Wire A",
        ] {
            assert!(keys.iter().any(|x| x == k), "{k} missing from {keys:?}");
        }
        // GOV is both sectors: one key
        assert_eq!(keys.len(), 15, "{keys:?}");
    }

    #[test]
    fn periods_are_day_monday_and_month() {
        // 2025-07-03 is a Thursday; its ISO week starts on Monday 2025-06-30
        assert_eq!(
            periods("2025-07-03").unwrap(),
            [
                "d2025-07-03".to_string(),
                "w2025-06-30".to_string(),
                "m2025-07".to_string()
            ]
        );
        assert_eq!(periods("2025-06-30").unwrap()[1], "w2025-06-30");
        assert!(periods("someday").is_none());
    }

    #[test]
    fn an_event_counts_once_per_scope_and_period() {
        let cells = rollup_cells(&facets());
        // scopes: all, RUS, AFG; periods: day, week, month
        assert_eq!(cells.len(), 9);
        let mut same_country = facets();
        same_country.target_country = Some("RUS");
        assert_eq!(rollup_cells(&same_country).len(), 6);
        let mut undated = facets();
        undated.date = None;
        let cells = rollup_cells(&undated);
        assert_eq!(cells.len(), 3);
        assert!(cells.iter().all(|c| c.1 == UNDATED));
    }
}
