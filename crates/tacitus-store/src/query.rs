//! Reading events back: filtered pages, single events, documents, actors,
//! dyad counts and timelines. Every user value is validated, then bound as a
//! parameter; SQL text is only ever assembled from fixed fragments.

use crate::record::{EVENT_COLUMNS, event_from_row};
use crate::{Store, StoreError};
use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, params, params_from_iter};
use serde::Serialize;
use tacitus_core::{Event, Span};

/// The largest page a query may ask for.
pub const MAX_PAGE: usize = 1000;

/// Filters for events. All set filters must hold (AND).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventFilter {
    /// An actor code (prefix: `RUS` matches `RUSGOV`) when it looks like one
    /// (capitals, digits, `-`), else words of the actor's name.
    pub actor: Option<String>,
    /// Three-letter country code of the source or the target.
    pub country: Option<String>,
    /// Sector code (`GOV`, `MIL`, ...) of the source or the target.
    pub sector: Option<String>,
    /// Source and target code prefixes.
    pub dyad: Option<(String, String)>,
    /// CAMEO code or prefix (`05` is the whole root, `054` includes `0541`).
    pub cameo: Option<String>,
    pub quad: Option<u8>,
    /// PLOVER event type (case-insensitive).
    pub plover: Option<String>,
    pub date_from: Option<NaiveDate>,
    pub date_to: Option<NaiveDate>,
    pub outlet: Option<String>,
    pub doc_id: Option<String>,
    /// Page size, 1..=[`MAX_PAGE`]; 0 means the default of 50.
    pub limit: usize,
    /// Events to skip (at most [`crate::MAX_OFFSET`]), after `after` if set.
    pub offset: usize,
    /// Continue after this event (the `next` cursor of the previous page).
    pub after: Option<crate::PageCursor>,
}

/// An event as stored, with its database id and the outlet of its document.
#[derive(Debug, Clone, PartialEq)]
pub struct EventRow {
    pub id: i64,
    pub event: Event,
    pub outlet: Option<String>,
    /// Row id of the document version the event was coded from.
    pub doc_rowid: i64,
}

/// A sentence of a stored document (byte offsets into the document text).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentenceRow {
    pub index: usize,
    pub span: Span,
}

/// A stored document with its sentences and events.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentView {
    pub rowid: i64,
    pub id: String,
    pub date: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub text: String,
    pub sentences: Vec<SentenceRow>,
    pub events: Vec<EventRow>,
}

/// A document in a listing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentSummary {
    pub id: String,
    pub date: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub events: u64,
}

/// An actor with the number of events it takes part in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorCount {
    pub code: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub name: Option<String>,
    pub as_source: u64,
    pub as_target: u64,
}

/// Event counts between a source and a target, by quad class.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DyadCount {
    pub source: String,
    pub target: String,
    pub events: u64,
    /// Counts of quad classes 1 (verbal cooperation) .. 4 (material conflict).
    pub quad: [u64; 4],
}

/// Timeline bucket size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Interval {
    Day,
    /// ISO weeks, labelled by their Monday.
    Week,
    #[default]
    Month,
}

/// What a timeline splits its counts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TimelineGroup {
    #[default]
    Quad,
    Plover,
    None,
}

/// One bar of a timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelinePoint {
    /// `2025-07-04` (day), `2025-06-30` (week, its Monday) or `2025-07` (month).
    pub period: String,
    /// Quad class (`1`..`4`), PLOVER type, or `all`.
    pub group: String,
    pub count: u64,
}

pub(crate) fn is_code(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 24
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
}

pub(crate) fn check_country(s: &str, what: &str) -> Result<String, StoreError> {
    let up = s.trim().to_ascii_uppercase();
    if up.len() == 3 && up.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(up)
    } else {
        Err(StoreError::InvalidFilter(format!(
            "{what} must be a three-letter code like RUS, got {s:?}"
        )))
    }
}

pub(crate) fn check_code(s: &str, what: &str) -> Result<String, StoreError> {
    let s = s.trim();
    if is_code(s) {
        Ok(s.to_string())
    } else {
        Err(StoreError::InvalidFilter(format!(
            "{what} must be an actor code (capital letters, digits, -), got {s:?}"
        )))
    }
}

fn like_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('%');
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

/// SQL conditions and their parameters, built from fixed fragments.
pub(crate) struct Conditions {
    pub sql: Vec<&'static str>,
    pub params: Vec<Value>,
}

impl Conditions {
    pub fn add(&mut self, sql: &'static str, values: impl IntoIterator<Item = Value>) {
        self.sql.push(sql);
        self.params.extend(values);
    }
    pub fn where_clause(&self) -> String {
        if self.sql.is_empty() {
            String::new()
        } else {
            format!(" AND {}", self.sql.join(" AND "))
        }
    }
}

impl EventFilter {
    /// Checks every filter and returns the page size to use.
    pub fn page_size(&self) -> Result<usize, StoreError> {
        match self.limit {
            0 => Ok(50),
            n if n > MAX_PAGE => Err(StoreError::InvalidFilter(format!(
                "limit {n} is above the maximum of {MAX_PAGE}"
            ))),
            n => Ok(n),
        }
    }

    /// Conditions on `e` (events), every filter checked.
    pub(crate) fn conditions(&self) -> Result<Conditions, StoreError> {
        let mut c = Conditions {
            sql: Vec::new(),
            params: Vec::new(),
        };
        if let Some(actor) = self
            .actor
            .as_deref()
            .map(str::trim)
            .filter(|a| !a.is_empty())
        {
            if actor.len() > 200 {
                return Err(StoreError::InvalidFilter(
                    "actor is longer than 200 characters".into(),
                ));
            }
            if is_code(actor) {
                let glob = format!("{actor}*");
                c.add(
                    "(e.source_code GLOB ? OR e.target_code GLOB ?)",
                    [Value::Text(glob.clone()), Value::Text(glob)],
                );
            } else {
                let like = like_escape(actor);
                c.add(
                    "(e.source_text LIKE ? ESCAPE '\\' OR e.target_text LIKE ? ESCAPE '\\')",
                    [Value::Text(like.clone()), Value::Text(like)],
                );
            }
        }
        if let Some(country) = &self.country {
            let country = check_country(country, "country")?;
            c.add(
                "(e.source_country = ? OR e.target_country = ?)",
                [Value::Text(country.clone()), Value::Text(country)],
            );
        }
        if let Some(sector) = &self.sector {
            let sector = check_country(sector, "sector")?;
            c.add(
                "(e.source_sector = ? OR e.target_sector = ?)",
                [Value::Text(sector.clone()), Value::Text(sector)],
            );
        }
        if let Some((a, b)) = &self.dyad {
            let a = check_code(a, "dyad source")?;
            let b = check_code(b, "dyad target")?;
            c.add(
                "e.source_code GLOB ? AND e.target_code GLOB ?",
                [Value::Text(format!("{a}*")), Value::Text(format!("{b}*"))],
            );
        }
        if let Some(cameo) = &self.cameo {
            let cameo = cameo.trim();
            if cameo.is_empty() || cameo.len() > 4 || !cameo.bytes().all(|b| b.is_ascii_digit()) {
                return Err(StoreError::InvalidFilter(format!(
                    "cameo must be 1 to 4 digits like 05 or 054, got {cameo:?}"
                )));
            }
            c.add("e.cameo GLOB ?", [Value::Text(format!("{cameo}*"))]);
        }
        if let Some(q) = self.quad {
            if !(1..=4).contains(&q) {
                return Err(StoreError::InvalidFilter(format!(
                    "quad must be 1 to 4, got {q}"
                )));
            }
            c.add("e.quad_class = ?", [Value::Integer(q as i64)]);
        }
        if let Some(p) = &self.plover {
            c.add("e.plover_type = ?", [Value::Text(check_plover(p)?)]);
        }
        let (date_col_from, date_col_to) = ("e.date >= ?", "e.date <= ?");
        if let (Some(from), Some(to)) = (self.date_from, self.date_to)
            && from > to
        {
            return Err(StoreError::InvalidFilter(format!(
                "date_from {from} is after date_to {to}"
            )));
        }
        if let Some(from) = self.date_from {
            c.add(date_col_from, [Value::Text(from.to_string())]);
        }
        if let Some(to) = self.date_to {
            c.add(date_col_to, [Value::Text(to.to_string())]);
        }
        if let Some(outlet) = &self.outlet {
            if outlet.len() > 200 {
                return Err(StoreError::InvalidFilter(
                    "outlet is longer than 200 characters".into(),
                ));
            }
            c.add("e.outlet = ?", [Value::Text(outlet.clone())]);
        }
        if let Some(doc) = &self.doc_id {
            c.add("e.doc_id = ?", [Value::Text(doc.clone())]);
        }
        Ok(c)
    }
}

pub(crate) fn check_plover(p: &str) -> Result<String, StoreError> {
    let up = p.trim().to_ascii_uppercase();
    if !up.is_empty() && up.len() <= 32 && up.bytes().all(|b| b.is_ascii_uppercase() || b == b'_') {
        Ok(up)
    } else {
        Err(StoreError::InvalidFilter(format!(
            "plover must be a PLOVER type like SUPPORT, got {p:?}"
        )))
    }
}

impl Store {
    /// One page of events, newest first.
    pub fn query_events(&self, filter: &EventFilter) -> Result<Vec<EventRow>, StoreError> {
        let page = self.event_page(filter)?;
        self.events_by_ids(&page.ids)
    }

    /// The events with these ids, in the order given.
    pub fn events_by_ids(&self, ids: &[i64]) -> Result<Vec<EventRow>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let marks = vec!["?"; ids.len()].join(",");
        let sql = format!("SELECT {EVENT_COLUMNS} FROM events e WHERE e.id IN ({marks})");
        let mut rows =
            self.collect_events(&sql, ids.iter().map(|&i| Value::Integer(i)).collect())?;
        let order: std::collections::HashMap<i64, usize> =
            ids.iter().enumerate().map(|(i, &id)| (id, i)).collect();
        rows.sort_by_key(|r| order.get(&r.id).copied().unwrap_or(usize::MAX));
        Ok(rows)
    }

    /// Every event in database order (export), through a callback so that
    /// millions of events never sit in memory at once.
    pub fn for_each_event(
        &self,
        mut f: impl FnMut(EventRow) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let sql = format!("SELECT {EVENT_COLUMNS} FROM events e ORDER BY e.id");
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            f(event_from_row(row)?)?;
        }
        Ok(())
    }

    fn collect_events(&self, sql: &str, params: Vec<Value>) -> Result<Vec<EventRow>, StoreError> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query(params_from_iter(params))?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push(event_from_row(row)?);
        }
        Ok(out)
    }

    /// One event by database id.
    pub fn event(&self, id: i64) -> Result<EventRow, StoreError> {
        let sql = format!("SELECT {EVENT_COLUMNS} FROM events e WHERE e.id = ?");
        self.collect_events(&sql, vec![Value::Integer(id)])?
            .pop()
            .ok_or_else(|| StoreError::NotFound(format!("event {id}")))
    }

    /// The document row id an event belongs to.
    pub fn event_document_rowid(&self, id: i64) -> Result<i64, StoreError> {
        self.conn
            .query_row(
                "SELECT doc_rowid FROM events WHERE id = ?1",
                params![id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| StoreError::NotFound(format!("event {id}")))
    }

    /// The text of a stored document version.
    pub fn document_text(&self, rowid: i64) -> Result<String, StoreError> {
        self.conn
            .prepare_cached("SELECT text FROM documents WHERE rowid = ?1")?
            .query_row(params![rowid], |r| r.get(0))
            .optional()?
            .ok_or_else(|| StoreError::NotFound(format!("document row {rowid}")))
    }

    /// The URL of a stored document version.
    pub fn document_url(&self, rowid: i64) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT url FROM documents WHERE rowid = ?1")?
            .query_row(params![rowid], |r| r.get(0))
            .optional()?
            .flatten())
    }

    /// A document (latest stored version of that id) with sentences and events.
    pub fn document(&self, id: &str) -> Result<DocumentView, StoreError> {
        let rowid: i64 = self
            .conn
            .query_row(
                "SELECT max(rowid) FROM documents WHERE id = ?1",
                params![id],
                |r| r.get::<_, Option<i64>>(0),
            )?
            .ok_or_else(|| StoreError::NotFound(format!("document {id:?}")))?;
        self.document_by_rowid(rowid)
    }

    /// A document by row id with sentences and events.
    pub fn document_by_rowid(&self, rowid: i64) -> Result<DocumentView, StoreError> {
        let mut view = self.document_without_events(rowid)?;
        let sql = format!(
            "SELECT {EVENT_COLUMNS} FROM events e WHERE e.doc_rowid = ? ORDER BY e.sentence_idx, e.id"
        );
        view.events = self.collect_events(&sql, vec![Value::Integer(rowid)])?;
        Ok(view)
    }

    /// A document by row id with its sentences, `events` left empty (for a
    /// single event's page: reading and parsing the other events is most of
    /// the cost).
    pub fn document_without_events(&self, rowid: i64) -> Result<DocumentView, StoreError> {
        let mut view = self
            .conn
            .prepare_cached(
                "SELECT rowid, id, date, title, url, outlet, text FROM documents WHERE rowid = ?1",
            )?
            .query_row(params![rowid], |r| {
                Ok(DocumentView {
                    rowid: r.get(0)?,
                    id: r.get(1)?,
                    date: r.get(2)?,
                    title: r.get(3)?,
                    url: r.get(4)?,
                    outlet: r.get(5)?,
                    text: r.get(6)?,
                    sentences: Vec::new(),
                    events: Vec::new(),
                })
            })
            .optional()?
            .ok_or_else(|| StoreError::NotFound(format!("document row {rowid}")))?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT idx, start_byte, end_byte FROM sentences WHERE doc_rowid = ?1 ORDER BY idx",
        )?;
        let rows = stmt.query_map(params![rowid], |r| {
            Ok(SentenceRow {
                index: r.get::<_, i64>(0)?.max(0) as usize,
                span: Span {
                    start: r.get::<_, i64>(1)?.max(0) as usize,
                    end: r.get::<_, i64>(2)?.max(0) as usize,
                },
            })
        })?;
        view.sentences = rows.collect::<Result<_, _>>()?;
        Ok(view)
    }

    /// Documents, newest first.
    pub fn documents(
        &self,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<DocumentSummary>, StoreError> {
        let limit = EventFilter {
            limit,
            ..Default::default()
        }
        .page_size()?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.id, d.date, d.title, d.outlet, (SELECT count(*) FROM events e WHERE e.doc_rowid = d.rowid)
             FROM documents d ORDER BY d.date DESC, d.rowid DESC LIMIT ?1 OFFSET ?2",
        )?;
        let rows = stmt.query_map(params![limit as i64, offset as i64], |r| {
            Ok(DocumentSummary {
                id: r.get(0)?,
                date: r.get(1)?,
                title: r.get(2)?,
                outlet: r.get(3)?,
                events: r.get::<_, i64>(4)?.max(0) as u64,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Actors by number of events, optionally those whose code starts with
    /// `code_prefix`.
    pub fn actors(
        &self,
        code_prefix: Option<&str>,
        limit: usize,
    ) -> Result<Vec<ActorCount>, StoreError> {
        let limit = EventFilter {
            limit,
            ..Default::default()
        }
        .page_size()?;
        let glob = match code_prefix {
            Some(p) => format!("{}*", check_code(p, "actor")?),
            None => "*".to_string(),
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.code, a.country, a.sector, a.name,
                    (SELECT count(*) FROM event_keys k WHERE k.key = 'S=' || a.code) AS s,
                    (SELECT count(*) FROM event_keys k WHERE k.key = 'T=' || a.code) AS t
             FROM actors a WHERE a.code GLOB ?1 ORDER BY s + t DESC, a.code LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![glob, limit as i64], |r| {
            Ok(ActorCount {
                code: r.get(0)?,
                country: r.get(1)?,
                sector: r.get(2)?,
                name: r.get(3)?,
                as_source: r.get::<_, i64>(4)? as u64,
                as_target: r.get::<_, i64>(5)? as u64,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The busiest source -> target pairs, by country (`by_country`) or full code.
    pub fn dyads(
        &self,
        filter: &EventFilter,
        by_country: bool,
    ) -> Result<Vec<DyadCount>, StoreError> {
        let limit = filter.page_size()?;
        let c = filter.conditions()?;
        let (s, t) = if by_country {
            (
                "coalesce(e.source_country, e.source_code)",
                "coalesce(e.target_country, e.target_code)",
            )
        } else {
            ("e.source_code", "e.target_code")
        };
        let sql = format!(
            "SELECT {s}, {t}, count(*), sum(e.quad_class = 1), sum(e.quad_class = 2), sum(e.quad_class = 3),
                    sum(e.quad_class = 4)
             FROM events e WHERE e.target_code IS NOT NULL{} GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?",
            c.where_clause()
        );
        let mut params = c.params;
        params.push(Value::Integer(limit as i64));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(params), |r| {
            let n = |i: usize| -> rusqlite::Result<u64> {
                Ok(r.get::<_, Option<i64>>(i)?.unwrap_or(0).max(0) as u64)
            };
            Ok(DyadCount {
                source: r.get(0)?,
                target: r.get(1)?,
                events: n(2)?,
                quad: [n(3)?, n(4)?, n(5)?, n(6)?],
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
