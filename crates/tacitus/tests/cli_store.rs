//! `tacitus ingest | query | export | relations` end to end through the binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use tacitus_core::{ActorMention, Document, Event, EventFlags, PloverCoding, Provenance, Span};
use tacitus_store::{DocumentRecord, Store, content_hash};

fn tacitus(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tacitus"))
        .args(args)
        .output()
        .expect("run tacitus")
}

fn text(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// A few short news items written for this test.
fn corpus(dir: &Path) -> PathBuf {
    let news = dir.join("news");
    std::fs::create_dir_all(&news).unwrap();
    let items = [
        (
            "kabul.txt",
            "Moscow grants recognition\n\nRussia formally recognized the government of Afghanistan on Thursday. Officials in Kabul welcomed the step.",
        ),
        (
            "ankara.txt",
            "Talks in Ankara\n\nTurkish and Greek diplomats met in Ankara on Monday to discuss maritime borders. Both sides called the meeting useful.",
        ),
        (
            "caracas.txt",
            "New sanctions\n\nThe United States imposed sanctions on Venezuela's state oil company. Caracas condemned the decision.",
        ),
    ];
    for (name, body) in items {
        std::fs::write(news.join(name), body).unwrap();
    }
    news
}

#[test]
fn ingest_is_idempotent_and_reports_a_summary() {
    let dir = tempfile::tempdir().unwrap();
    let news = corpus(dir.path());
    let db = dir.path().join("events.db");
    let (db_s, news_s) = (db.to_str().unwrap(), news.to_str().unwrap());

    let first = tacitus(&["ingest", "--db", db_s, "--date", "2025-07-04", news_s]);
    let (_, err) = text(&first);
    assert!(first.status.success(), "{err}");
    assert!(err.contains("3 documents new, 0 skipped"), "{err}");
    let dump = Store::open_read_only(&db).unwrap().dump().unwrap();
    assert_eq!(dump.iter().filter(|l| l.starts_with("doc|")).count(), 3);
    assert!(
        dump.iter().filter(|l| l.starts_with("sent|")).count() >= 6,
        "sentences are stored"
    );
    assert!(
        dump.iter()
            .any(|l| l.starts_with("doc|") && l.contains("|2025-07-04|")),
        "--date applies"
    );

    let again = tacitus(&["ingest", "--db", db_s, "--date", "2025-07-04", news_s]);
    let (_, err) = text(&again);
    assert!(again.status.success(), "{err}");
    assert!(err.contains("0 documents new, 3 skipped"), "{err}");
    assert_eq!(Store::open_read_only(&db).unwrap().dump().unwrap(), dump);

    // one changed file: one new version, the old one replaced
    std::fs::write(
        news.join("ankara.txt"),
        "Talks in Ankara\n\nTurkish and Greek diplomats met again.",
    )
    .unwrap();
    let third = tacitus(&["ingest", "--db", db_s, "--date", "2025-07-04", news_s]);
    let (_, err) = text(&third);
    assert!(err.contains("1 documents new, 2 skipped"), "{err}");
    let store = Store::open_read_only(&db).unwrap();
    assert_eq!(store.summary().unwrap().documents, 3);
    assert_eq!(store.summary().unwrap().runs, 3);
}

#[test]
fn bad_arguments_fail_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.db");
    let o = tacitus(&["query", "--db", missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).1.contains("not found"), "{}", text(&o).1);
    let db = hand_built_db(dir.path());
    let o = tacitus(&[
        "query",
        "--db",
        db.to_str().unwrap(),
        "--country",
        "R'; DROP TABLE events",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).1.contains("three-letter"), "{}", text(&o).1);
    let o = tacitus(&["export", "--db", db.to_str().unwrap(), "--format", "xml"]);
    assert!(!o.status.success());
}

fn actor(code: &str, name: &str, span: Span) -> ActorMention {
    ActorMention {
        code: code.into(),
        country: Some(code[..3].into()),
        sector: Some(code[3..].into()),
        text: name.into(),
        span,
        entries: vec![],
    }
}

/// A database with the recognition event of a seed-like article, built by hand.
fn hand_built_db(dir: &Path) -> PathBuf {
    let path = dir.join("hand.db");
    let mut store = Store::open(&path).unwrap();
    let body =
        "Russia became the first country to recognize the Taliban government of Afghanistan.";
    let mut doc = Document::new("seed-like", body);
    doc.date = chrono::NaiveDate::from_ymd_opt(2025, 7, 4);
    doc.source = Some("Example Wire".into());
    let at = |s: &str| Span::new(body.find(s).unwrap(), body.find(s).unwrap() + s.len());
    let event = Event {
        doc_id: "seed-like".into(),
        date: doc.date,
        source: actor("RUSGOV", "Russia", at("Russia")),
        target: Some(actor(
            "AFGGOV",
            "Taliban government",
            at("Taliban government"),
        )),
        cameo: "054".into(),
        root: "05".into(),
        quad_class: 1,
        goldstein: 6.0,
        plover: PloverCoding {
            event_type: "SUPPORT".into(),
            mode: None,
            context: vec!["diplomatic".into()],
        },
        flags: EventFlags::default(),
        issues: Vec::new(),
        mentions: 1,
        sentence_text: body.into(),
        provenance: Provenance {
            doc_id: "seed-like".into(),
            sentence: 0,
            sentences: vec![0],
            sentence_span: Span::new(0, body.len()),
            trigger_span: at("recognize"),
            ..Default::default()
        },
    };
    let events = [event];
    let record = DocumentRecord {
        document: &doc,
        content_hash: content_hash(&doc),
        sentences: vec![Span::new(0, body.len())],
        events: &events,
    };
    store.store_batch(None, &[record]).unwrap();
    path
}

#[test]
fn query_export_and_relations_print_stored_events() {
    let dir = tempfile::tempdir().unwrap();
    let db = hand_built_db(dir.path());
    let db = db.to_str().unwrap();

    let (out, err) = text(&tacitus(&["query", "--db", db, "--country", "AFG"]));
    assert!(
        out.lines().next().unwrap_or("").starts_with("ID"),
        "{out}{err}"
    );
    assert!(
        out.contains("RUSGOV") && out.contains("AFGGOV") && out.contains("054"),
        "{out}"
    );
    let (out, _) = text(&tacitus(&["query", "--db", db, "--country", "USA"]));
    assert_eq!(out.lines().count(), 1, "header only: {out}");

    let (out, _) = text(&tacitus(&[
        "query", "--db", db, "--dyad", "RUS:AFG", "--format", "jsonl",
    ]));
    let v: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(v["cameo"], "054");
    assert_eq!(v["source"]["start"], 0);
    assert_eq!(v["target"]["text"], "Taliban government");

    for (format, needle) in [
        ("jsonl", "\"cameo\":\"054\""),
        ("csv", "054"),
        ("gdelt", "RUSGOV"),
        ("plover", "SUPPORT"),
    ] {
        let o = tacitus(&["export", "--db", db, "--format", format]);
        let (out, err) = text(&o);
        assert!(o.status.success(), "{format}: {err}");
        assert!(out.contains(needle), "{format}: {out}");
        assert!(err.contains("exported 1 events"), "{err}");
    }

    let (out, err) = text(&tacitus(&["relations", "--db", db, "--target", "AFG"]));
    let row = out
        .lines()
        .find(|l| l.starts_with("RUS "))
        .unwrap_or_else(|| panic!("no RUS row: {out}{err}"));
    assert!(
        row.contains("recognition") && row.contains("granted") && row.contains("2025-07-04"),
        "{row}"
    );
    assert!(
        row.contains("seed-like#0") && row.contains("first country to recognize"),
        "{row}"
    );
}

/// Acceptance: the seed article (dated 2025-07-04) and examples/news/ make
/// the ledger list Russia recognizing the Taliban government since July
/// 2025, with the supporting event. Needs the real coder.
#[test]
fn seed_article_puts_russian_recognition_in_the_ledger() {
    let seed = tacitus_testdata::require_shared!("seed/000_959f818437682cf3.txt");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("seed.db");
    let db_s = db.to_str().unwrap();
    let o = tacitus(&[
        "ingest",
        "--db",
        db_s,
        "--date",
        "2025-07-04",
        seed.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", text(&o).1);
    let examples = tacitus_testdata::workspace_root().join("examples/news");
    if examples.is_dir()
        && std::fs::read_dir(&examples)
            .map(|mut d| d.next().is_some())
            .unwrap_or(false)
    {
        let o = tacitus(&["ingest", "--db", db_s, examples.to_str().unwrap()]);
        assert!(o.status.code() != Some(2), "{}", text(&o).1);
    }
    let (out, err) = text(&tacitus(&["relations", "--db", db_s, "--target", "AFG"]));
    let row = out
        .lines()
        .find(|l| l.starts_with("RUS ") && l.contains("recognition"))
        .unwrap_or_else(|| {
            panic!("the ledger has no Russian recognition of Afghanistan:\n{out}{err}")
        });
    assert!(row.contains("granted") && row.contains("2025-07"), "{row}");
    assert!(
        row.contains("054") && row.contains('#'),
        "evidence names the event and sentence: {row}"
    );
}
