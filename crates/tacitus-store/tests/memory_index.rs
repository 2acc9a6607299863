//! The in-memory read index answers exactly what SQL answers: pages (ids,
//! order, offsets, cursors, totals) and timelines, on ~20k synthetic events
//! plus odd ones (undated, no target, short and long codes, no outlet, one-
//! and four-digit CAMEO codes), for many random filter combinations.

use chrono::NaiveDate;
use rusqlite::types::Value;
use tacitus_core::{ActorMention, Document, Event, EventFlags, PloverCoding, Provenance, Span};
use tacitus_store::{
    DocumentRecord, EventFilter, Interval, PageCursor, ReadIndex, Store, TimelineGroup,
    content_hash,
};

/// A tiny deterministic random source for the test's choices.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

fn actor(code: &str, country: Option<&str>, sector: Option<&str>) -> ActorMention {
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
fn odd_events(doc: &str, date: Option<NaiveDate>, rng: &mut Rng) -> Vec<Event> {
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

/// The test database, built once per test binary in a temporary file.
fn database() -> Store {
    static PATH: std::sync::OnceLock<(tempfile::TempDir, std::path::PathBuf)> =
        std::sync::OnceLock::new();
    let (_, path) = PATH.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("memory.db");
        build_database(&mut Store::open(&path).unwrap());
        (dir, path)
    });
    Store::open(path).unwrap()
}

fn build_database(store: &mut Store) {
    tacitus_store::generate::generate(store, 20_000, 7, |_| {}).unwrap();
    let mut rng = Rng(99);
    let mut docs = Vec::new();
    for i in 0..150 {
        let date = match i % 3 {
            0 => None,
            _ => NaiveDate::from_ymd_opt(2015 + (i % 10), 1 + (i as u32 % 12), 1 + (i as u32 % 28)),
        };
        let id = format!("odd-{i}");
        let mut doc = Document::new(&id, "odd text");
        doc.date = date;
        doc.source = (i % 4 != 0).then(|| "Wire A".to_string());
        let events = odd_events(&id, date, &mut rng);
        docs.push((doc, events));
    }
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

fn random_date(rng: &mut Rng) -> NaiveDate {
    NaiveDate::from_ymd_opt(2015, 1, 1).unwrap() + chrono::Duration::days(rng.below(3700) as i64)
}

const COUNTRIES: &[&str] = &["USA", "RUS", "CHN", "AFG", "QAT", "VEN", "ZZZ", "usa"];
const ACTORS: &[&str] = &[
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
const NAMES: &[&str] = &["Washington", "moscow", "USA name", "o", "%", "Nobody Here"];
const CAMEOS: &[&str] = &[
    "0", "1", "04", "040", "05", "054", "0541", "19", "190", "193", "17", "2", "99",
];
const PLOVERS: &[&str] = &[
    "CONSULT", "support", "ASSAULT", "SANCTION", "AID", "NOTHING",
];
const OUTLETS: &[&str] = &["Wire A", "Post F", "Nobody"];

fn random_filter(rng: &mut Rng) -> EventFilter {
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
fn reference(store: &Store, f: &EventFilter) -> Vec<(String, i64)> {
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

fn check_page(store: &Store, index: &ReadIndex, f: &EventFilter) -> Option<PageCursor> {
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

#[test]
fn pages_match_sql_for_random_filters() {
    let store = database();
    let index = ReadIndex::build(&store).unwrap();
    assert_eq!(index.len(), 20_600);
    let mut rng = Rng(0x5eed);
    let mut nonempty = 0;
    for _ in 0..600 {
        let mut f = random_filter(&mut rng);
        let next = check_page(&store, &index, &f);
        if index.event_page(&f).unwrap().unwrap().ids.len() > 1 {
            nonempty += 1;
        }
        // follow the cursor for two more pages
        let mut cursor = next;
        for _ in 0..2 {
            let Some(c) = cursor else { break };
            f.after = Some(c);
            f.offset = 0;
            cursor = check_page(&store, &index, &f);
        }
    }
    assert!(
        nonempty > 200,
        "the random filters select events ({nonempty})"
    );
    // an undated cursor pages through the undated tail
    let f = EventFilter {
        after: Some("_999999".parse().unwrap()),
        limit: 30,
        ..Default::default()
    };
    assert!(!index.event_page(&f).unwrap().unwrap().ids.is_empty());
    check_page(&store, &index, &f);
}

#[test]
fn timelines_match_sql_for_random_filters() {
    let store = database();
    let index = ReadIndex::build(&store).unwrap();
    let mut rng = Rng(0xfeed);
    for i in 0..300 {
        let f = random_filter(&mut rng);
        let interval = [Interval::Day, Interval::Week, Interval::Month][i % 3];
        let group = [
            TimelineGroup::Quad,
            TimelineGroup::Plover,
            TimelineGroup::None,
        ][(i / 3) % 3];
        let mem = index.timeline(&f, interval, group).unwrap().unwrap();
        let sql = store.timeline(&f, interval, group).unwrap();
        assert_eq!(mem, sql, "{f:?} {interval:?} {group:?}");
    }
}

#[test]
fn dyads_match_sql_for_random_filters() {
    let store = database();
    let index = ReadIndex::build(&store).unwrap();
    let mut rng = Rng(0xd1ad);
    let mut seen_code_level_odd = false;
    for i in 0..200 {
        let f = random_filter(&mut rng);
        let by_country = i % 2 == 0;
        let mem = index.dyads(&f, by_country).unwrap().unwrap();
        let sql = store.dyads(&f, by_country).unwrap();
        assert_eq!(mem, sql, "{f:?} by_country={by_country}");
        seen_code_level_odd |= mem.iter().any(|d| d.source == "IGOUNO");
    }
    assert!(
        seen_code_level_odd,
        "actors without a country are grouped by code"
    );
}

#[test]
fn bad_filters_fail_as_in_sql_and_document_filters_go_to_sql() {
    let store = database();
    let index = ReadIndex::build(&store).unwrap();
    let bad = [
        EventFilter {
            country: Some("RUSSIA".into()),
            ..Default::default()
        },
        EventFilter {
            cameo: Some("05x".into()),
            ..Default::default()
        },
        EventFilter {
            limit: 5000,
            ..Default::default()
        },
        EventFilter {
            offset: 20_000,
            ..Default::default()
        },
        EventFilter {
            date_from: NaiveDate::from_ymd_opt(2020, 1, 1),
            date_to: NaiveDate::from_ymd_opt(2019, 1, 1),
            ..Default::default()
        },
    ];
    for f in &bad {
        let mem = index.event_page(f).unwrap_err().to_string();
        let sql = store.event_page(f).unwrap_err().to_string();
        assert_eq!(mem, sql);
    }
    let doc = EventFilter {
        doc_id: Some("odd-1".into()),
        ..Default::default()
    };
    assert!(
        index
            .timeline(&doc, Interval::Month, TimelineGroup::Quad)
            .unwrap()
            .is_none()
    );
}
