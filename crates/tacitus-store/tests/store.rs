//! Store behaviour on hand-built documents and events.

use chrono::NaiveDate;
use tacitus_core::{
    ActorMention, DictionaryEntryRef, Document, Event, EventFlags, IssueTag, PloverCoding,
    Provenance, Span,
};
use tacitus_store::relations::derive_ledger;
use tacitus_store::{
    DocumentRecord, EventFilter, Interval, RelationKind, RelationState, RelationsFilter, Store,
    StoreError, TimelineGroup, content_hash,
};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn actor(code: &str, text: &str) -> ActorMention {
    let country = (code.len() >= 3 && !code.starts_with('-')).then(|| code[..3].to_string());
    let sector = (code.len() >= 6).then(|| code[3..6].to_string());
    ActorMention {
        code: code.into(),
        country,
        sector,
        text: text.into(),
        span: Span::new(0, 1),
        entries: vec![],
    }
}

fn event(doc: &str, day: &str, src: &str, tgt: &str, cameo: &str, sentence: usize) -> Event {
    let (quad, plover) = match &cameo[..2] {
        "04" => (1, "CONSULT"),
        "05" => (1, "SUPPORT"),
        "08" => (2, "RETREAT"),
        "16" => (4, "REDUCE"),
        _ => (3, "ACCUSE"),
    };
    Event {
        doc_id: doc.into(),
        date: Some(date(day)),
        source: actor(src, &format!("{src} name")),
        target: Some(actor(tgt, &format!("{tgt} name"))),
        cameo: cameo.into(),
        root: cameo[..2].into(),
        quad_class: quad,
        goldstein: 1.0,
        plover: PloverCoding {
            event_type: plover.into(),
            mode: None,
            context: vec!["diplomatic".into()],
        },
        flags: EventFlags::default(),
        issues: Vec::new(),
        mentions: 1,
        sentence_text: format!("{src} did {cameo} to {tgt}."),
        provenance: Provenance {
            doc_id: doc.into(),
            sentence,
            sentences: vec![sentence],
            ..Default::default()
        },
    }
}

fn doc(id: &str, day: &str, text: &str) -> Document {
    let mut d = Document::new(id, text);
    d.date = Some(date(day));
    d.source = Some("Test Wire".into());
    d
}

fn store_docs(store: &mut Store, docs: &[(Document, Vec<Event>)]) -> tacitus_store::BatchOutcome {
    let records: Vec<DocumentRecord<'_>> = docs
        .iter()
        .map(|(d, events)| DocumentRecord {
            document: d,
            content_hash: content_hash(d),
            sentences: vec![Span::new(0, d.text.len())],
            events,
        })
        .collect();
    store.store_batch(None, &records).unwrap()
}

fn sample() -> Vec<(Document, Vec<Event>)> {
    vec![
        (
            doc(
                "a",
                "2025-07-03",
                "Russia recognized the Taliban government.",
            ),
            vec![event("a", "2025-07-03", "RUSGOV", "AFGGOV", "054", 0)],
        ),
        (
            doc(
                "b",
                "2025-07-05",
                "China met Afghan officials. Later they talked.",
            ),
            vec![
                event("b", "2025-07-05", "CHNGOV", "AFGGOV", "040", 0),
                event("b", "2025-07-05", "USAGOV", "RUSGOV", "163", 1),
            ],
        ),
        (doc("c", "2025-08-01", "Nothing happened."), vec![]),
    ]
}

#[test]
fn same_document_twice_adds_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let first = store_docs(&mut store, &sample());
    assert_eq!((first.documents_new, first.events), (3, 3));
    let before = store.summary().unwrap();
    let second = store_docs(&mut store, &sample());
    assert_eq!(
        (
            second.documents_new,
            second.documents_skipped,
            second.events
        ),
        (0, 3, 0)
    );
    assert_eq!(store.summary().unwrap(), before);
    assert_eq!(before.events, 3);
    assert_eq!(before.documents, 3);
}

#[test]
fn changed_document_replaces_old_version_and_its_events() {
    let mut store = Store::open_in_memory().unwrap();
    store_docs(&mut store, &sample());
    let changed = vec![(
        doc("b", "2025-07-05", "China met Afghan officials again."),
        vec![event("b", "2025-07-05", "CHNGOV", "AFGGOV", "042", 0)],
    )];
    let out = store_docs(&mut store, &changed);
    assert_eq!(
        (out.documents_new, out.documents_replaced, out.events),
        (1, 1, 1)
    );
    let s = store.summary().unwrap();
    assert_eq!((s.documents, s.events), (3, 2));
    // the counts table forgot the replaced events too
    let tl = store
        .timeline(
            &EventFilter::default(),
            Interval::Month,
            TimelineGroup::None,
        )
        .unwrap();
    assert_eq!(tl.iter().map(|p| p.count).sum::<u64>(), 2);
}

#[test]
fn filters_select_the_right_events() {
    let mut store = Store::open_in_memory().unwrap();
    store_docs(&mut store, &sample());
    let q = |f: EventFilter| -> Vec<String> {
        store
            .query_events(&f)
            .unwrap()
            .into_iter()
            .map(|r| format!("{}:{}", r.event.source.code, r.event.cameo))
            .collect()
    };
    assert_eq!(
        q(EventFilter {
            country: Some("AFG".into()),
            ..Default::default()
        }),
        ["CHNGOV:040", "RUSGOV:054"]
    );
    assert_eq!(
        q(EventFilter {
            country: Some("rus".into()),
            ..Default::default()
        }),
        ["USAGOV:163", "RUSGOV:054"]
    );
    assert_eq!(
        q(EventFilter {
            actor: Some("USA".into()),
            ..Default::default()
        }),
        ["USAGOV:163"]
    );
    assert_eq!(
        q(EventFilter {
            actor: Some("chngov name".into()),
            ..Default::default()
        }),
        ["CHNGOV:040"]
    );
    assert_eq!(
        q(EventFilter {
            cameo: Some("05".into()),
            ..Default::default()
        }),
        ["RUSGOV:054"]
    );
    assert_eq!(
        q(EventFilter {
            dyad: Some(("USA".into(), "RUS".into())),
            ..Default::default()
        }),
        ["USAGOV:163"]
    );
    assert_eq!(
        q(EventFilter {
            quad: Some(4),
            ..Default::default()
        }),
        ["USAGOV:163"]
    );
    assert_eq!(
        q(EventFilter {
            plover: Some("consult".into()),
            ..Default::default()
        }),
        ["CHNGOV:040"]
    );
    assert_eq!(
        q(EventFilter {
            date_from: Some(date("2025-07-04")),
            date_to: Some(date("2025-07-31")),
            ..Default::default()
        }),
        ["USAGOV:163", "CHNGOV:040"]
    );
    assert_eq!(
        q(EventFilter {
            country: Some("AFG".into()),
            date_to: Some(date("2025-07-04")),
            ..Default::default()
        }),
        ["RUSGOV:054"]
    );
    assert_eq!(
        q(EventFilter {
            limit: 1,
            offset: 1,
            ..Default::default()
        }),
        ["CHNGOV:040"]
    );
    assert!(
        q(EventFilter {
            outlet: Some("Other".into()),
            ..Default::default()
        })
        .is_empty()
    );
}

#[test]
fn bad_filters_are_client_errors() {
    let store = Store::open_in_memory().unwrap();
    let bad = [
        EventFilter {
            limit: 5000,
            ..Default::default()
        },
        EventFilter {
            country: Some("RUS' OR 1=1 --".into()),
            ..Default::default()
        },
        EventFilter {
            cameo: Some("05; DROP TABLE events".into()),
            ..Default::default()
        },
        EventFilter {
            quad: Some(9),
            ..Default::default()
        },
        EventFilter {
            dyad: Some(("RUS*".into(), "AFG".into())),
            ..Default::default()
        },
        EventFilter {
            date_from: Some(date("2025-02-01")),
            date_to: Some(date("2025-01-01")),
            ..Default::default()
        },
    ];
    for f in bad {
        match store.query_events(&f) {
            Err(e @ StoreError::InvalidFilter(_)) => assert!(e.is_client_error()),
            other => panic!("{f:?} gave {other:?}"),
        }
    }
    // text actor with SQL and LIKE metacharacters is just text
    let rows = store.query_events(&EventFilter {
        actor: Some("x' OR '1'='1 %_".into()),
        ..Default::default()
    });
    assert!(rows.unwrap().is_empty());
}

#[test]
fn events_round_trip_with_provenance() {
    let mut store = Store::open_in_memory().unwrap();
    let docs = sample();
    store_docs(&mut store, &docs);
    let rows = store
        .query_events(&EventFilter {
            cameo: Some("054".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].event, docs[0].1[0]);
    assert_eq!(rows[0].outlet.as_deref(), Some("Test Wire"));
    let view = store.document("b").unwrap();
    assert_eq!(view.events.len(), 2);
    assert_eq!(view.sentences.len(), 1);
    assert_eq!(store.event(rows[0].id).unwrap().event.cameo, "054");
    assert!(matches!(store.event(9999), Err(StoreError::NotFound(_))));
}

#[test]
fn issues_round_trip() {
    let mut store = Store::open_in_memory().unwrap();
    let mut docs = sample();
    let tag = |code: &str, start: usize| IssueTag {
        code: code.into(),
        text: format!("{code} words"),
        span: Span::new(start, start + 5),
        entry: DictionaryEntryRef {
            dictionary: "builtin:issues".into(),
            line: Some(12),
            id: Some(format!("issue.{code}")),
            text: code.to_lowercase(),
        },
    };
    docs[0].1[0].issues = vec![tag("ELECTIONS", 3), tag("NUCLEAR", 9)];
    store_docs(&mut store, &docs);
    let rows = store.query_events(&EventFilter::default()).unwrap();
    let with: Vec<_> = rows.iter().filter(|r| !r.event.issues.is_empty()).collect();
    assert_eq!(with.len(), 1, "exactly one stored event has issues");
    assert_eq!(with[0].event.issues, docs[0].1[0].issues);
    assert_eq!(with[0].event, docs[0].1[0]);
    assert_eq!(store.event(with[0].id).unwrap().event.issues.len(), 2);
    // events without issues read back with none
    assert!(
        rows.iter()
            .filter(|r| r.id != with[0].id)
            .all(|r| r.event.issues.is_empty())
    );
}

#[test]
fn timelines_and_dyads_count() {
    let mut store = Store::open_in_memory().unwrap();
    store_docs(&mut store, &sample());
    let tl = store
        .timeline(
            &EventFilter::default(),
            Interval::Month,
            TimelineGroup::Quad,
        )
        .unwrap();
    let got: Vec<(String, String, u64)> = tl
        .into_iter()
        .map(|p| (p.period, p.group, p.count))
        .collect();
    assert_eq!(
        got,
        [
            ("2025-07".into(), "1".into(), 2),
            ("2025-07".into(), "4".into(), 1)
        ]
    );
    let week = store
        .timeline(
            &EventFilter {
                country: Some("AFG".into()),
                ..Default::default()
            },
            Interval::Week,
            TimelineGroup::None,
        )
        .unwrap();
    // 2025-07-03 is a Thursday, 2025-07-05 a Saturday: both in the week of Monday 2025-06-30
    assert_eq!(week.len(), 1);
    assert_eq!((week[0].period.as_str(), week[0].count), ("2025-06-30", 2));
    // a filter the counts table cannot answer takes the events path and agrees
    let by_cameo = store
        .timeline(
            &EventFilter {
                cameo: Some("0".into()),
                ..Default::default()
            },
            Interval::Day,
            TimelineGroup::Plover,
        )
        .unwrap();
    assert_eq!(by_cameo.len(), 2);
    let dyads = store.dyads(&EventFilter::default(), true).unwrap();
    assert_eq!(dyads.len(), 3);
    assert!(
        dyads
            .iter()
            .any(|d| d.source == "USA" && d.target == "RUS" && d.quad == [0, 0, 0, 1])
    );
    let actors = store.actors(None, 10).unwrap();
    let rus = actors.iter().find(|a| a.code == "RUSGOV").unwrap();
    assert_eq!((rus.as_source, rus.as_target), (1, 1));
}

#[test]
fn ledger_follows_recognition_ties_and_sanctions() {
    let mut events = vec![
        (1, event("d1", "2025-07-03", "RUSGOV", "AFGGOV", "054", 2)),
        (2, event("d2", "2025-07-10", "RUSGOV", "AFGGOV", "054", 0)),
        (3, event("d3", "2020-01-01", "USAGOV", "IRNGOV", "163", 0)),
        (4, event("d4", "2021-06-01", "USAGOV", "IRNGOV", "085", 0)),
        (5, event("d5", "2018-03-01", "GBRGOV", "RUSGOV", "161", 0)),
        (6, event("d6", "2019-03-01", "GBRGOV", "RUSGOV", "054", 0)),
        // consultation changes nothing
        (7, event("d7", "2025-07-04", "CHNGOV", "AFGGOV", "040", 0)),
    ];
    // a negated recognition is not a fact
    let mut denied = event("d8", "2025-07-05", "USAGOV", "AFGGOV", "054", 0);
    denied.flags.negated = true;
    events.push((8, denied));
    let ledger = derive_ledger(&events, false);
    let find = |s: &str, t: &str, k: RelationKind| {
        ledger
            .iter()
            .find(|r| r.source == s && r.target == t && r.kind == k)
    };

    let rec = find("RUS", "AFG", RelationKind::Recognition).expect("Russia recognizes Afghanistan");
    assert_eq!(rec.state, RelationState::Granted);
    assert_eq!(rec.since, Some(date("2025-07-03")));
    assert_eq!(
        rec.evidence.iter().map(|e| e.event_id).collect::<Vec<_>>(),
        [1, 2]
    );
    assert_eq!(
        (rec.evidence[0].doc_id.as_str(), rec.evidence[0].sentence),
        ("d1", 2)
    );
    assert_eq!(
        find("RUS", "AFG", RelationKind::DiplomaticRelations)
            .unwrap()
            .state,
        RelationState::Established
    );

    let sanctions = find("USA", "IRN", RelationKind::Sanctions).unwrap();
    assert_eq!(
        (sanctions.state, sanctions.since),
        (RelationState::Eased, Some(date("2021-06-01")))
    );

    let ties = find("GBR", "RUS", RelationKind::DiplomaticRelations).unwrap();
    assert_eq!(
        (ties.state, ties.since),
        (RelationState::Restored, Some(date("2019-03-01")))
    );

    assert!(find("USA", "AFG", RelationKind::Recognition).is_none());
    assert!(find("CHN", "AFG", RelationKind::Recognition).is_none());
    // 3 (RUS->AFG x2 kinds) + USA->IRN + GBR->RUS (ties + recognition)
    assert_eq!(ledger.len(), 5);

    // by full code the pair keys are the codes
    let by_code = derive_ledger(&events, true);
    assert!(by_code.iter().any(|r| r.source == "RUSGOV"
        && r.target == "AFGGOV"
        && r.kind == RelationKind::Recognition));
}

#[test]
fn ledger_from_the_store_filters_by_target() {
    let mut store = Store::open_in_memory().unwrap();
    store_docs(&mut store, &sample());
    let ledger = store
        .relations(&RelationsFilter {
            target: Some("AFG".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(ledger.len(), 2);
    assert!(
        ledger
            .iter()
            .all(|r| r.source == "RUS" && r.target == "AFG")
    );
    let rec = ledger
        .iter()
        .find(|r| r.kind == RelationKind::Recognition)
        .unwrap();
    assert_eq!(rec.since, Some(date("2025-07-03")));
    assert_eq!(rec.evidence[0].sentence_text, "RUSGOV did 054 to AFGGOV.");
    let rus = store
        .relations(&RelationsFilter {
            target: Some("RUS".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(rus.len(), 1);
    assert_eq!(
        (rus[0].kind, rus[0].state),
        (RelationKind::Sanctions, RelationState::Imposed)
    );
    assert!(
        store
            .relations(&RelationsFilter {
                target: Some("A' OR 1".into()),
                ..Default::default()
            })
            .is_err()
    );
}

#[test]
fn file_database_persists_and_reopens_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("events.db");
    {
        let mut store = Store::open(&path).unwrap();
        let run = store.begin_run("test").unwrap();
        store_docs(&mut store, &sample());
        store.finish_run(run, Default::default(), "done").unwrap();
    }
    let ro = Store::open_read_only(&path).unwrap();
    assert_eq!(ro.summary().unwrap().events, 3);
    assert_eq!(ro.summary().unwrap().runs, 1);
    assert!(Store::open_read_only(&dir.path().join("missing.db")).is_err());
}

#[test]
fn generator_writes_the_requested_number_of_events() {
    let mut store = Store::open_in_memory().unwrap();
    tacitus_store::generate::generate(&mut store, 1003, 7, |_| {}).unwrap();
    let s = store.summary().unwrap();
    assert_eq!(s.events, 1003);
    assert_eq!(s.documents, 201);
    let tl = store
        .timeline(
            &EventFilter::default(),
            Interval::Month,
            TimelineGroup::None,
        )
        .unwrap();
    assert_eq!(tl.iter().map(|p| p.count).sum::<u64>(), 1003);
}

#[test]
fn dump_is_independent_of_write_order() {
    let mut a = Store::open_in_memory().unwrap();
    let mut b = Store::open_in_memory().unwrap();
    let mut docs = sample();
    store_docs(&mut a, &docs);
    docs.reverse();
    for d in docs.chunks(1) {
        store_docs(&mut b, d);
    }
    let (da, db) = (a.dump().unwrap(), b.dump().unwrap());
    assert_eq!(da, db);
    assert_eq!(da.iter().filter(|l| l.starts_with("event|")).count(), 3);
    assert_eq!(da.iter().filter(|l| l.starts_with("doc|")).count(), 3);
}

#[test]
fn actor_prefix_lists_each_event_once_in_date_order() {
    let mut store = Store::open_in_memory().unwrap();
    let mut docs = sample();
    docs.push((
        doc("d", "2025-09-01", "Russian ministries argued."),
        vec![event("d", "2025-09-01", "RUSGOV", "RUSMIL", "111", 0)],
    ));
    store_docs(&mut store, &docs);
    let page = |offset: usize, limit: usize| -> Vec<String> {
        let f = EventFilter {
            actor: Some("RUS".into()),
            offset,
            limit,
            ..Default::default()
        };
        store
            .query_events(&f)
            .unwrap()
            .into_iter()
            .map(|r| r.event.cameo)
            .collect()
    };
    assert_eq!(page(0, 10), ["111", "163", "054"]);
    assert_eq!(page(1, 1), ["163"]);
    assert!(page(3, 5).is_empty());
    // with a condition on the events table too
    let f = EventFilter {
        actor: Some("RUSGOV".into()),
        quad: Some(1),
        ..Default::default()
    };
    let got: Vec<String> = store
        .query_events(&f)
        .unwrap()
        .into_iter()
        .map(|r| r.event.cameo)
        .collect();
    assert_eq!(got, ["054"]);
}
