//! Helpers shared by the read-index tests: a deterministic random source,
//! odd events, random filters, and a reference answer by plain SQL.
#![allow(dead_code)]

use chrono::NaiveDate;
use rusqlite::types::Value;
use tacitus_core::{ActorMention, Document, Event, EventFlags, PloverCoding, Provenance, Span};
use tacitus_store::{DocumentRecord, EventFilter, PageCursor, ReadIndex, Store, content_hash};

/// A tiny deterministic random source for the test's choices.
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

pub fn actor(code: &str, country: Option<&str>, sector: Option<&str>) -> ActorMention {
    ActorMention {
        code: code.into(),
        country: country.map(Into::into),
        sector: sector.map(Into::into),
        text: format!("{code} name"),
        span: Span::new(0, 1),
        entries: vec![],
    }
}

/// Events the generator never makes.
pub fn odd_events(doc: &str, date: Option<NaiveDate>, rng: &mut Rng) -> Vec<Event> {
    let sources = [
        ("IGOUNO", None, None),
        ("UN", None, None),
        ("RUSGOVMIL", Some("RUS"), Some("GOV")),
        ("USA", Some("USA"), None),
        ("-", None, None),
    ];
    let codes = [
        ("0", 1, "CONSULT"),
        ("0541", 1, "SUPPORT"),
        ("1", 3, "ACCUSE"),
        ("193", 4, "ASSAULT"),
    ];
    (0..4)
        .map(|i| {
            let (code, country, sector) = sources[rng.below(sources.len())];
            let (cameo, quad, plover) = codes[rng.below(codes.len())];
            let target = match rng.below(3) {
                0 => None,
                1 => Some(actor("AFGGOV", Some("AFG"), Some("GOV"))),
                _ => Some(actor("USAMIL", Some("USA"), Some("MIL"))),
            };
            Event {
                doc_id: doc.into(),
                date,
                source: actor(code, country, sector),
                target,
                cameo: cameo.into(),
                root: cameo.get(..2).unwrap_or(cameo).into(),
                quad_class: quad,
                goldstein: 0.0,
                plover: PloverCoding {
                    event_type: plover.into(),
                    mode: None,
                    context: vec![],
                },
                flags: EventFlags::default(),
                issues: Vec::new(),
                mentions: 1,
                sentence_text: "odd".into(),
                provenance: Provenance {
                    doc_id: doc.into(),
                    sentence: i,
                    sentences: vec![i],
                    ..Default::default()
                },
            }
        })
        .collect()
}

pub fn random_date(rng: &mut Rng) -> NaiveDate {
    NaiveDate::from_ymd_opt(2015, 1, 1).unwrap() + chrono::Duration::days(rng.below(3700) as i64)
}

pub const COUNTRIES: &[&str] = &["USA", "RUS", "CHN", "AFG", "QAT", "VEN", "ZZZ", "usa"];
pub const ACTORS: &[&str] = &[
    "USA",
    "RUS",
    "USAGOV",
    "RUSMIL",
    "CHNBUS",
    "IGO",
    "IGOUNO",
    "UN",
    "U",
    "RUSGOVMIL",
    "ZZZ",
    "-",
    "QATGOV",
    "AFGGOV",
];
/// Words of actors' names (`actor` filters that are not codes).
pub const NAMES: &[&str] = &["Washington", "moscow", "USA name", "o", "%", "Nobody Here"];
pub const CAMEOS: &[&str] = &[
    "0", "1", "04", "040", "05", "054", "0541", "19", "190", "193", "17", "2", "99",
];
pub const PLOVERS: &[&str] = &[
    "CONSULT", "support", "ASSAULT", "SANCTION", "AID", "NOTHING",
];
pub const OUTLETS: &[&str] = &["Wire A", "Post F", "Nobody"];

pub fn random_filter(rng: &mut Rng) -> EventFilter {
    let mut f = EventFilter::default();
    for _ in 0..1 + rng.below(3) {
        match rng.below(8) {
            0 => f.country = Some(rng.pick(COUNTRIES).into()),
            1 if rng.chance(30) => f.actor = Some(rng.pick(NAMES).into()),
            1 => f.actor = Some(rng.pick(ACTORS).into()),
            2 => {
                f.dyad = Some((rng.pick(ACTORS).into(), rng.pick(ACTORS).into()));
            }
            3 => f.cameo = Some(rng.pick(CAMEOS).into()),
            4 => f.quad = Some(1 + rng.below(4) as u8),
            5 => f.plover = Some(rng.pick(PLOVERS).into()),
            6 => f.outlet = Some(rng.pick(OUTLETS).into()),
            _ => f.sector = Some(rng.pick(&["GOV", "MIL", "BUS", "XYZ"]).into()),
        }
    }
    if rng.chance(20) {
        // no filter but dates, sometimes
        f = EventFilter::default();
    }
    if rng.chance(50) {
        let a = random_date(rng);
        let b = a + chrono::Duration::days(rng.below(800) as i64);
        match rng.below(3) {
            0 => f.date_from = Some(a),
            1 => f.date_to = Some(b),
            _ => (f.date_from, f.date_to) = (Some(a), Some(b)),
        }
    }
    f.limit = [1, 5, 20, 50, 100][rng.below(5)];
    if rng.chance(30) {
        f.offset = [1, 7, 50, 100, 300][rng.below(5)];
    }
    f
}

/// Every match, newest first, by plain SQL written here.
pub fn reference(store: &Store, f: &EventFilter) -> Vec<(String, i64)> {
    let mut sql = String::from("SELECT coalesce(date, ''), id FROM events e WHERE 1");
    let mut params: Vec<Value> = Vec::new();
    let mut add = |cond: &str, values: Vec<String>| {
        sql.push_str(" AND ");
        sql.push_str(cond);
        params.extend(values.into_iter().map(Value::Text));
    };
    if let Some(a) = &f.actor {
        let code = a
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
        if code {
            add(
                "(source_code GLOB ? OR target_code GLOB ?)",
                vec![format!("{a}*"), format!("{a}*")],
            );
        } else {
            let like = format!("%{}%", a.replace('%', "\\%"));
            add(
                "(source_text LIKE ? ESCAPE '\\' OR target_text LIKE ? ESCAPE '\\')",
                vec![like.clone(), like],
            );
        }
    }
    if let Some(c) = &f.country {
        let c = c.to_ascii_uppercase();
        add(
            "(source_country = ? OR target_country = ?)",
            vec![c.clone(), c],
        );
    }
    if let Some(s) = &f.sector {
        add(
            "(source_sector = ? OR target_sector = ?)",
            vec![s.clone(), s.clone()],
        );
    }
    if let Some((a, b)) = &f.dyad {
        add(
            "source_code GLOB ? AND target_code GLOB ?",
            vec![format!("{a}*"), format!("{b}*")],
        );
    }
    if let Some(c) = &f.cameo {
        add("cameo GLOB ?", vec![format!("{c}*")]);
    }
    if let Some(q) = f.quad {
        add("quad_class = ?", vec![q.to_string()]);
    }
    if let Some(p) = &f.plover {
        add("plover_type = ?", vec![p.to_ascii_uppercase()]);
    }
    if let Some(o) = &f.outlet {
        add("outlet = ?", vec![o.clone()]);
    }
    if let Some(d) = f.date_from {
        add("date >= ?", vec![d.to_string()]);
    }
    if let Some(d) = f.date_to {
        add("date <= ?", vec![d.to_string()]);
    }
    if let Some(c) = &f.after {
        add(
            "(coalesce(date, ''), id) < (?, CAST(? AS INTEGER))",
            vec![c.date.clone(), c.id.to_string()],
        );
    }
    sql.push_str(" ORDER BY date DESC, id DESC");
    let mut stmt = store.connection().prepare(&sql).unwrap();
    stmt.query_map(rusqlite::params_from_iter(params), |r| {
        Ok((r.get(0)?, r.get(1)?))
    })
    .unwrap()
    .collect::<Result<_, _>>()
    .unwrap()
}

pub fn check_page(store: &Store, index: &ReadIndex, f: &EventFilter) -> Option<PageCursor> {
    let page = index
        .event_page(f)
        .unwrap()
        .expect("the index answers every filter but doc_id");
    let all = reference(store, f);
    let want: Vec<i64> = all
        .iter()
        .skip(f.offset)
        .take(f.limit)
        .map(|p| p.1)
        .collect();
    assert_eq!(page.ids, want, "{f:?}");
    assert!(!page.partial);
    // the rows of the page, read by id, come back in page order
    let rows = store.event_summaries(&page.ids).unwrap();
    assert_eq!(rows.iter().map(|r| r.id).collect::<Vec<_>>(), page.ids);
    let more = all.len() > f.offset + f.limit;
    assert_eq!(page.next.is_some(), more, "{f:?}");
    if let Some(next) = &page.next {
        let last = &all[f.offset + f.limit - 1];
        assert_eq!((next.date.as_str(), next.id), (last.0.as_str(), last.1));
    }
    // the SQL path agrees on totals, and on ids when its page is complete
    let sql = store.event_page(f).unwrap();
    assert_eq!(page.total, sql.total, "{f:?}");
    if f.after.is_none()
        && let Some(t) = page.total
    {
        assert_eq!(t as usize, all.len(), "total of {f:?}");
    }
    if !sql.partial {
        assert_eq!(sql.ids, page.ids, "SQL page of {f:?}");
    }
    page.next
}

/// Stores documents with their events in one batch (one sentence each).
pub fn store_docs(store: &mut Store, docs: &[(Document, Vec<Event>)]) {
    let records: Vec<DocumentRecord<'_>> = docs
        .iter()
        .map(|(d, e)| DocumentRecord {
            document: d,
            content_hash: content_hash(d),
            sentences: vec![Span::new(0, 8)],
            events: e,
        })
        .collect();
    store.store_batch(None, &records).unwrap();
}
