//! Refreshing the read index after writes: events appended through the
//! store merge into the index (new actors, countries, outlets, CAMEO codes
//! and PLOVER types, dates before, among and after the indexed ones,
//! undated), and the merged index answers exactly as a fresh build and as
//! SQL; a replaced document, even the last one (whose event ids SQLite
//! reuses), rebuilds the index whole; nothing written leaves it unchanged.

mod common;

use chrono::NaiveDate;
use common::*;
use tacitus_core::{Document, Event};
use tacitus_store::{EventFilter, Interval, ReadIndex, Refresh, Store, TimelineGroup};

/// Documents with events of values the generator never writes.
fn odd_docs(prefix: &str, text: &str, seed: u64, n: usize) -> Vec<(Document, Vec<Event>)> {
    let mut rng = Rng(seed);
    (0..n)
        .map(|i| {
            let date = match i % 4 {
                0 => None,
                1 => NaiveDate::from_ymd_opt(2030, 1 + (i as u32 % 12), 1),
                2 => NaiveDate::from_ymd_opt(2009, 6, 1 + (i as u32 % 28)),
                _ => Some(random_date(&mut rng)),
            };
            let id = format!("{prefix}-{i}");
            let mut doc = Document::new(&id, text);
            doc.date = date;
            doc.source = (i % 3 != 0).then(|| format!("Outlet {}", i % 5));
            let mut events = odd_events(&id, date, &mut rng);
            // a new actor, country and CAMEO code in some
            if i % 5 == 0 {
                events[0].source = actor("NEWGOV", Some("NEW"), Some("GOV"));
                events[1].cameo = "0871".into();
                events[1].root = "08".into();
                events[1].plover.event_type = "RETREAT".into();
            }
            (doc, events)
        })
        .collect()
}

fn filters() -> Vec<EventFilter> {
    let mut rng = Rng(0xf00d);
    let mut out: Vec<EventFilter> = (0..150).map(|_| random_filter(&mut rng)).collect();
    for f in [
        EventFilter {
            actor: Some("NEWGOV".into()),
            ..Default::default()
        },
        EventFilter {
            country: Some("NEW".into()),
            ..Default::default()
        },
        EventFilter {
            cameo: Some("087".into()),
            ..Default::default()
        },
        // roll-ups answer these: roots renumbered by the new root 08
        EventFilter {
            cameo: Some("08".into()),
            ..Default::default()
        },
        EventFilter {
            cameo: Some("19".into()),
            country: Some("NEW".into()),
            ..Default::default()
        },
        EventFilter {
            cameo: Some("1".into()),
            date_from: NaiveDate::from_ymd_opt(2016, 3, 9),
            ..Default::default()
        },
        EventFilter {
            outlet: Some("Outlet 2".into()),
            ..Default::default()
        },
        EventFilter {
            plover: Some("RETREAT".into()),
            ..Default::default()
        },
        EventFilter::default(),
    ] {
        out.push(EventFilter { limit: 20, ..f });
    }
    out
}

/// The refreshed index answers as a fresh build and as SQL.
fn assert_same(store: &Store, refreshed: &ReadIndex) {
    let fresh = ReadIndex::build(store).unwrap();
    assert_eq!(refreshed.len(), fresh.len());
    let events: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
        .unwrap();
    assert_eq!(refreshed.len() as i64, events);
    for f in &filters() {
        let page = refreshed.event_page(f).unwrap();
        assert_eq!(page, fresh.event_page(f).unwrap(), "{f:?}");
        check_page(store, refreshed, f);
        for (interval, group) in [
            (Interval::Month, TimelineGroup::Quad),
            (Interval::Day, TimelineGroup::Plover),
        ] {
            let mem = refreshed.timeline(f, interval, group).unwrap().unwrap();
            assert_eq!(mem, store.timeline(f, interval, group).unwrap(), "{f:?}");
        }
        let dyads = refreshed.dyads(f, true).unwrap().unwrap();
        assert_eq!(dyads, store.dyads(f, true).unwrap(), "{f:?}");
    }
    for prefix in [None, Some("NEW"), Some("U"), Some("RUS")] {
        let mem = refreshed.actors(prefix, 1000).unwrap();
        assert_eq!(mem, store.actors(prefix, 1000).unwrap(), "{prefix:?}");
    }
}

fn appended(refresh: Refresh) -> ReadIndex {
    match refresh {
        Refresh::Appended(index) => index,
        other => panic!("expected an append, got {other:?}"),
    }
}

fn rebuilt(refresh: Refresh) -> ReadIndex {
    match refresh {
        Refresh::Rebuilt(index) => index,
        other => panic!("expected a rebuild, got {other:?}"),
    }
}

#[test]
fn appended_events_merge_into_the_index() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("refresh.db")).unwrap();
    tacitus_store::generate::generate(&mut store, 3_000, 11, |_| {}).unwrap();
    let index = ReadIndex::build(&store).unwrap();
    assert!(matches!(index.refresh(&store).unwrap(), Refresh::Unchanged));

    // new documents: generated ones across the whole date range, odd ones
    tacitus_store::generate::generate(&mut store, 1_000, 12, |_| {}).unwrap();
    store_docs(&mut store, &odd_docs("more", "text", 3, 40));
    let index = appended(index.refresh(&store).unwrap());
    assert_eq!(index.actors(Some("NEWGOV"), 5).unwrap().len(), 1);
    assert_same(&store, &index);

    // the same documents again are skipped: nothing changed
    store_docs(&mut store, &odd_docs("more", "text", 3, 40));
    assert!(matches!(index.refresh(&store).unwrap(), Refresh::Unchanged));

    // a second append on an appended index
    store_docs(&mut store, &odd_docs("later", "text", 4, 12));
    let index = appended(index.refresh(&store).unwrap());
    assert_same(&store, &index);

    // a replaced document (not the last): its events are deleted
    store_docs(&mut store, &odd_docs("more", "other text", 3, 1));
    let index = rebuilt(index.refresh(&store).unwrap());
    assert_same(&store, &index);

    // the last document replaced again by as many events: SQLite reuses
    // the deleted events' ids
    let count_and_max = |store: &Store| -> (i64, i64) {
        store
            .connection()
            .query_row("SELECT count(*), max(id) FROM events", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap()
    };
    let before = count_and_max(&store);
    store_docs(&mut store, &odd_docs("more", "third text", 77, 1));
    assert_eq!(count_and_max(&store), before, "same count, same ids");
    let index = rebuilt(index.refresh(&store).unwrap());
    assert_same(&store, &index);
}

#[test]
fn an_empty_index_takes_its_first_events_by_append() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("empty.db")).unwrap();
    let index = ReadIndex::build(&store).unwrap();
    assert!(index.is_empty());
    assert!(matches!(index.refresh(&store).unwrap(), Refresh::Unchanged));
    store_docs(&mut store, &odd_docs("first", "text", 9, 20));
    let index = appended(index.refresh(&store).unwrap());
    assert_same(&store, &index);
}
