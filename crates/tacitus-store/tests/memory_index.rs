//! The in-memory read index answers exactly what SQL answers: pages (ids,
//! order, offsets, cursors, totals) and timelines, on ~20k synthetic events
//! plus odd ones (undated, no target, short and long codes, no outlet, one-
//! and four-digit CAMEO codes), for many random filter combinations.

use chrono::NaiveDate;
use tacitus_core::{Document, Span};
use tacitus_store::{
    DocumentRecord, EventFilter, Interval, ReadIndex, Store, TimelineGroup, content_hash,
};

mod common;

use common::*;

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
    store_docs(store, &docs);
    // a document replaced by one with other actors: `GONEGOV` stays in
    // `actors` with no event left
    let mut rng = Rng(5);
    for (text, code) in [("first text", "GONEGOV"), ("second text", "USA")] {
        let doc = Document::new("replaced", text);
        let mut events = odd_events("replaced", None, &mut rng);
        events[0].source = actor(code, None, None);
        let record = DocumentRecord {
            document: &doc,
            content_hash: content_hash(&doc),
            sentences: vec![Span::new(0, 8)],
            events: &events,
        };
        store.store_batch(None, &[record]).unwrap();
    }
}

#[test]
fn pages_match_sql_for_random_filters() {
    let store = database();
    let index = ReadIndex::build(&store).unwrap();
    // generated, odd, and the replaced document's last version
    assert_eq!(index.len(), 20_000 + 150 * 4 + 4);
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
fn actors_match_sql_for_random_prefixes_and_limits() {
    let store = database();
    let index = ReadIndex::build(&store).unwrap();
    let mut rng = Rng(0xac7);
    let prefixes = [
        "", "U", "USA", "USAGOV", "RUS", "IGO", "GONE", "GONEGOV", "-", "Z", "ZZZZ", "A", "0",
    ];
    let mut seen_zero = false;
    for _ in 0..300 {
        let prefix = rng.pick(&prefixes);
        let prefix = (!prefix.is_empty()).then_some(prefix);
        let limit = match rng.below(4) {
            0 => 0,
            1 => 1 + rng.below(3),
            2 => 1 + rng.below(40),
            _ => 1000,
        };
        let mem = index.actors(prefix, limit).unwrap();
        let sql = store.actors(prefix, limit).unwrap();
        assert_eq!(mem, sql, "prefix={prefix:?} limit={limit}");
        seen_zero |= mem
            .iter()
            .any(|a| a.code == "GONEGOV" && a.as_source + a.as_target == 0);
    }
    assert!(seen_zero, "actors with no event left are listed, as in SQL");
    let all = index.actors(None, 1000).unwrap();
    assert!(all.len() > 50, "{} actors", all.len());
    assert!(all.windows(2).all(|w| {
        let total = |a: &tacitus_store::ActorCount| a.as_source + a.as_target;
        total(&w[0]) > total(&w[1]) || (total(&w[0]) == total(&w[1]) && w[0].code < w[1].code)
    }));
    for bad in [Some("usa"), Some("US*"), Some("")] {
        let mem = index.actors(bad, 10).map_err(|e| e.to_string());
        let sql = store.actors(bad, 10).map_err(|e| e.to_string());
        assert_eq!(mem, sql, "{bad:?}");
    }
    assert_eq!(
        index.actors(None, 5000).unwrap_err().to_string(),
        store.actors(None, 5000).unwrap_err().to_string()
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
