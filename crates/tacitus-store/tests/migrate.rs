//! Upgrading an existing database: a version 2 database holding the same
//! documents and events as a fresh one must, once migrated, hold the same
//! keys and roll-ups and answer queries and timelines the same way.

use chrono::NaiveDate;
use rusqlite::Connection;
use tacitus_core::{ActorMention, Document, Event, PloverCoding, Provenance, Span};
use tacitus_store::{
    DocumentRecord, EventFilter, Interval, Store, TimelineGroup, content_hash, schema,
};

/// An undated event without a target, with a one-digit code and no outlet:
/// the edge cases of the key and roll-up backfill.
fn odd_document() -> (Document, Vec<Event>) {
    let mut doc = Document::new("odd", "Somebody said something.");
    doc.date = None;
    let event = Event {
        doc_id: "odd".into(),
        date: None,
        source: ActorMention {
            code: "---".into(),
            country: None,
            sector: None,
            text: "Somebody".into(),
            span: Span::new(0, 8),
            entries: vec![],
        },
        target: None,
        cameo: "1".into(),
        root: "1".into(),
        quad_class: 1,
        goldstein: 0.0,
        plover: PloverCoding {
            event_type: "CONSULT".into(),
            mode: None,
            context: vec![],
        },
        flags: Default::default(),
        issues: Vec::new(),
        mentions: 1,
        sentence_text: "Somebody said something.".into(),
        provenance: Provenance {
            doc_id: "odd".into(),
            ..Default::default()
        },
    };
    (doc, vec![event])
}

fn fill(store: &mut Store) {
    tacitus_store::generate::generate(store, 3_000, 7, |_| {}).unwrap();
    let (doc, events) = odd_document();
    store
        .store_batch(
            None,
            &[DocumentRecord {
                document: &doc,
                content_hash: content_hash(&doc),
                sentences: vec![Span::new(0, 24)],
                events: &events,
            }],
        )
        .unwrap();
}

#[test]
fn migrating_a_version_2_database_matches_a_fresh_one() {
    let dir = tempfile::tempdir().unwrap();
    let fresh_path = dir.path().join("fresh.db");
    let old_path = dir.path().join("old.db");
    let mut fresh = Store::open(&fresh_path).unwrap();
    fill(&mut fresh);
    drop(fresh);

    // a version 2 database with the same base rows
    {
        let mut conn = Connection::open(&old_path).unwrap();
        schema::migrate_to(&mut conn, 2).unwrap();
        assert_eq!(schema::version(&conn).unwrap(), 2);
        conn.execute("ATTACH ?1 AS fresh", [fresh_path.to_str().unwrap()])
            .unwrap();
        for table in ["documents", "sentences", "actors", "events", "mentions"] {
            // the columns version 2 has (later versions add some)
            let columns: Vec<String> = conn
                .prepare(&format!(
                    "SELECT name FROM pragma_table_info('{table}', 'main')"
                ))
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            let columns = columns.join(", ");
            conn.execute_batch(&format!(
                "INSERT INTO main.{table} ({columns}) SELECT {columns} FROM fresh.{table}"
            ))
            .unwrap();
        }
        conn.execute_batch("DETACH fresh").unwrap();
    }
    let old = Store::open(&old_path).unwrap();
    assert_eq!(
        schema::version(old.connection()).unwrap(),
        schema::SCHEMA_VERSION
    );
    let fresh = Store::open_read_only(&fresh_path).unwrap();
    let (a, b) = (fresh.dump().unwrap(), old.dump().unwrap());
    assert!(a.iter().any(|l| l.starts_with("key|")));
    assert!(a.iter().any(|l| l.starts_with("rollup|")));
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x, y);
    }

    let filters = [
        EventFilter::default(),
        EventFilter {
            country: Some("RUS".into()),
            cameo: Some("1".into()),
            ..Default::default()
        },
        EventFilter {
            dyad: Some(("USA".into(), "CHN".into())),
            date_from: NaiveDate::from_ymd_opt(2018, 1, 1),
            ..Default::default()
        },
    ];
    for f in &filters {
        let ids = |s: &Store| -> Vec<String> {
            s.query_events(f)
                .unwrap()
                .into_iter()
                .map(|r| {
                    format!(
                        "{}|{}|{}",
                        r.event.doc_id, r.event.cameo, r.event.provenance.sentence
                    )
                })
                .collect()
        };
        assert_eq!(ids(&fresh), ids(&old), "{f:?}");
        for interval in [Interval::Day, Interval::Week, Interval::Month] {
            assert_eq!(
                fresh.timeline(f, interval, TimelineGroup::Quad).unwrap(),
                old.timeline(f, interval, TimelineGroup::Quad).unwrap()
            );
        }
    }
}
