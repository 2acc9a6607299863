//! Pages and timelines served from keys and roll-ups agree with a plain
//! reading of every event, for many filter combinations, page positions and
//! date ranges (the oracle below filters events in Rust).

use chrono::{Datelike, Duration, NaiveDate};
use std::collections::BTreeMap;
use tacitus_store::{EventFilter, EventRow, Interval, Store, TimelineGroup};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("events.db");
    let mut store = Store::open(&path).unwrap();
    tacitus_store::generate::generate(&mut store, 4_000, 3, |_| {}).unwrap();
    // a few undated events: last in every listing, in no date range
    let mut undated = Store::open_in_memory().unwrap();
    tacitus_store::generate::generate(&mut undated, 40, 9, |_| {}).unwrap();
    let mut rows = Vec::new();
    undated
        .for_each_event(|r| {
            rows.push(r);
            Ok(())
        })
        .unwrap();
    for (i, r) in rows.into_iter().enumerate() {
        let mut doc = tacitus_core::Document::new(format!("undated-{i}"), "Undated.");
        doc.date = None;
        let mut event = r.event;
        event.date = None;
        event.doc_id = doc.id.clone();
        store
            .store_batch(
                None,
                &[tacitus_store::DocumentRecord {
                    content_hash: tacitus_store::content_hash(&doc),
                    document: &doc,
                    sentences: vec![],
                    events: std::slice::from_ref(&event),
                }],
            )
            .unwrap();
    }
    (dir, store)
}

fn all_events(store: &Store) -> Vec<EventRow> {
    let mut all = Vec::new();
    store
        .for_each_event(|r| {
            all.push(r);
            Ok(())
        })
        .unwrap();
    // newest first, undated last
    all.sort_by_key(|r| std::cmp::Reverse((r.event.date, r.id)));
    all
}

fn matches(f: &EventFilter, r: &EventRow) -> bool {
    let e = &r.event;
    let codes = [
        Some(e.source.code.as_str()),
        e.target.as_ref().map(|t| t.code.as_str()),
    ];
    let countries = [
        e.source.country.as_deref(),
        e.target.as_ref().and_then(|t| t.country.as_deref()),
    ];
    f.actor
        .as_deref()
        .is_none_or(|a| codes.iter().flatten().any(|c| c.starts_with(a)))
        && f.country
            .as_deref()
            .is_none_or(|c| countries.contains(&Some(c)))
        && f.dyad.as_ref().is_none_or(|(a, b)| {
            e.source.code.starts_with(a.as_str())
                && e.target
                    .as_ref()
                    .is_some_and(|t| t.code.starts_with(b.as_str()))
        })
        && f.cameo.as_deref().is_none_or(|c| e.cameo.starts_with(c))
        && f.quad.is_none_or(|q| e.quad_class == q)
        && f.plover.as_deref().is_none_or(|p| e.plover.event_type == p)
        && f.outlet
            .as_deref()
            .is_none_or(|o| r.outlet.as_deref() == Some(o))
        && f.date_from.is_none_or(|d| e.date.is_some_and(|x| x >= d))
        && f.date_to.is_none_or(|d| e.date.is_some_and(|x| x <= d))
}

/// A small deterministic sequence of filters covering every kind and
/// their combinations.
fn filters() -> Vec<EventFilter> {
    let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let mut out = Vec::new();
    let countries = ["USA", "RUS", "AFG", "QAT"];
    let cameos = ["04", "054", "1", "19", "173"];
    let ranges = [
        (None, None),
        (d("2016-03-15"), d("2017-02-10")),
        (d("2020-01-01"), None),
        (None, d("2015-06-30")),
    ];
    for (i, (from, to)) in ranges.iter().enumerate() {
        out.push(EventFilter {
            date_from: *from,
            date_to: *to,
            ..Default::default()
        });
        for (j, c) in countries.iter().enumerate() {
            out.push(EventFilter {
                country: Some(c.to_string()),
                cameo: Some(cameos[(i + j) % cameos.len()].into()),
                date_from: *from,
                date_to: *to,
                ..Default::default()
            });
            out.push(EventFilter {
                actor: Some(format!("{c}{}", if j % 2 == 0 { "" } else { "GOV" })),
                quad: Some((j % 4) as u8 + 1),
                date_from: *from,
                date_to: *to,
                ..Default::default()
            });
        }
        out.push(EventFilter {
            dyad: Some(("RUS".into(), "USA".into())),
            date_from: *from,
            date_to: *to,
            ..Default::default()
        });
        // contradictions answered without a walk, and their compatible twins
        for (actor, dyad, cameo, plover) in [
            ("RUS", ("FRA", "USA"), None, None),
            ("RUSGOV", ("RUS", "CHN"), None, None),
            ("USA", ("RUS", "USAGOV"), Some("04"), None),
            ("CHN", ("CHN", "RUS"), Some("040"), Some("SUPPORT")),
            ("CHN", ("CHN", "RUS"), Some("051"), Some("SUPPORT")),
        ] {
            out.push(EventFilter {
                actor: Some(actor.into()),
                dyad: Some((dyad.0.into(), dyad.1.into())),
                cameo: cameo.map(str::to_string),
                plover: plover.map(str::to_string),
                date_from: *from,
                date_to: *to,
                ..Default::default()
            });
        }
        // roll-up filters: the exact total stops the walk
        out.push(EventFilter {
            quad: Some(3),
            plover: Some("SANCTION".into()),
            date_from: *from,
            date_to: *to,
            ..Default::default()
        });
        out.push(EventFilter {
            country: Some("RUS".into()),
            quad: Some(4),
            cameo: Some("16".into()),
            date_from: *from,
            date_to: *to,
            ..Default::default()
        });
        out.push(EventFilter {
            plover: Some("ACCUSE".into()),
            outlet: Some("Wire B".into()),
            sector: None,
            date_from: *from,
            date_to: *to,
            ..Default::default()
        });
    }
    out
}

#[test]
fn pages_match_a_plain_reading_of_every_event() {
    let (_dir, store) = store();
    let all = all_events(&store);
    for f in filters() {
        let expected: Vec<i64> = all
            .iter()
            .filter(|r| matches(&f, r))
            .map(|r| r.id)
            .collect();
        // first pages by offset
        for (offset, limit) in [(0, 50), (7, 13), (100, 25)] {
            let page = store
                .event_page(&EventFilter {
                    offset,
                    limit,
                    ..f.clone()
                })
                .unwrap();
            let want: Vec<i64> = expected.iter().skip(offset).take(limit).copied().collect();
            assert_eq!(page.ids, want, "{f:?} offset {offset} limit {limit}");
            // a next page when the page is full; with a known total, only
            // when more events match
            let more = match page.total {
                Some(total) => {
                    assert_eq!(total as usize, expected.len(), "{f:?}");
                    expected.len() > offset + limit
                }
                None => want.len() == limit,
            };
            assert_eq!(
                page.next.is_some(),
                more,
                "{f:?} offset {offset} limit {limit}"
            );
        }
        // every page by cursor
        let mut got = Vec::new();
        let mut after = None;
        loop {
            let page = store
                .event_page(&EventFilter {
                    limit: 97,
                    after: after.clone(),
                    ..f.clone()
                })
                .unwrap();
            got.extend(page.ids);
            match page.next {
                Some(c) => after = Some(c),
                None => break,
            }
        }
        assert_eq!(got, expected, "{f:?} by cursor");
    }
}

fn bucket(d: NaiveDate, interval: Interval) -> String {
    match interval {
        Interval::Day => d.to_string(),
        Interval::Week => {
            (d - Duration::days(i64::from(d.weekday().num_days_from_monday()))).to_string()
        }
        Interval::Month => d.format("%Y-%m").to_string(),
    }
}

#[test]
fn timelines_match_counting_every_event() {
    let (_dir, store) = store();
    let all = all_events(&store);
    let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let base = [
        EventFilter::default(),
        EventFilter {
            country: Some("RUS".into()),
            ..Default::default()
        },
        EventFilter {
            country: Some("USA".into()),
            quad: Some(4),
            ..Default::default()
        },
        EventFilter {
            plover: Some("CONSULT".into()),
            cameo: Some("04".into()),
            ..Default::default()
        },
        // not in the roll-ups: counted from events
        EventFilter {
            actor: Some("CHN".into()),
            ..Default::default()
        },
    ];
    let ranges = [
        (None, None),
        (d("2016-03-15"), d("2017-02-10")),
        (d("2019-07-03"), d("2019-07-16")),
        (d("2020-02-01"), d("2020-03-31")),
        (d("2021-06-09"), None),
        (None, d("2015-11-11")),
    ];
    for f in &base {
        for (from, to) in ranges {
            let f = EventFilter {
                date_from: from,
                date_to: to,
                ..f.clone()
            };
            for interval in [Interval::Day, Interval::Week, Interval::Month] {
                for group in [
                    TimelineGroup::Quad,
                    TimelineGroup::Plover,
                    TimelineGroup::None,
                ] {
                    let mut expected: BTreeMap<(String, String), u64> = BTreeMap::new();
                    for r in all.iter().filter(|r| matches(&f, r)) {
                        let Some(date) = r.event.date else { continue };
                        let g = match group {
                            TimelineGroup::Quad => r.event.quad_class.to_string(),
                            TimelineGroup::Plover => r.event.plover.event_type.clone(),
                            TimelineGroup::None => "all".to_string(),
                        };
                        *expected.entry((bucket(date, interval), g)).or_insert(0) += 1;
                    }
                    let got: BTreeMap<(String, String), u64> = store
                        .timeline(&f, interval, group)
                        .unwrap()
                        .into_iter()
                        .map(|p| ((p.period, p.group), p.count))
                        .collect();
                    assert_eq!(got, expected, "{f:?} {interval:?} {group:?}");
                }
            }
        }
    }
}
