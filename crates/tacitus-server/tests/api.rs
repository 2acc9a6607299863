//! The API through `tower::ServiceExt::oneshot`: answers, paging, limits,
//! and 4xx (never 5xx) for bad requests.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use serde_json::Value;
use std::sync::Arc;
use tacitus_core::{
    ActorMention, DictionaryEntryRef, Document, Event, EventFlags, IssueTag, PloverCoding,
    Provenance, Span,
};
use tacitus_server::{LiveIndex, ServerConfig, router, router_with_index};
use tacitus_store::{DocumentRecord, Store, content_hash};
use tower::ServiceExt;

fn actor(code: &str, text: &str, span: Span) -> ActorMention {
    ActorMention {
        code: code.into(),
        country: Some(code[..3].into()),
        sector: (code.len() >= 6).then(|| code[3..6].into()),
        text: text.into(),
        span,
        entries: vec![],
    }
}

/// A database with one non-ASCII document ("Moscou — Russia recognized
/// the Taliban government.") and 30 consultation events in another.
fn database(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("api.db");
    let mut store = Store::open(&path).unwrap();
    let text = "Moscou — Russia recognized the Taliban government.";
    let mut doc = Document::new("seed", text);
    doc.date = chrono::NaiveDate::from_ymd_opt(2025, 7, 3);
    let b = |s: &str| text.find(s).unwrap();
    let ev = Event {
        doc_id: "seed".into(),
        date: doc.date,
        source: actor("RUSGOV", "Russia", Span::new(b("Russia"), b("Russia") + 6)),
        target: Some(actor(
            "AFGGOV",
            "Taliban",
            Span::new(b("Taliban"), b("Taliban") + 7),
        )),
        cameo: "054".into(),
        root: "05".into(),
        quad_class: 1,
        goldstein: 6.0,
        plover: PloverCoding {
            event_type: "SUPPORT".into(),
            mode: None,
            context: vec![],
        },
        flags: EventFlags::default(),
        issues: vec![IssueTag {
            code: "GOVERNANCE".into(),
            text: "government".into(),
            span: Span::new(b("government"), b("government") + 10),
            entry: DictionaryEntryRef {
                dictionary: "builtin:issues".into(),
                line: Some(4),
                id: None,
                text: "government".into(),
            },
        }],
        mentions: 1,
        sentence_text: text.into(),
        provenance: Provenance {
            doc_id: "seed".into(),
            sentence: 0,
            sentences: vec![0],
            sentence_span: Span::new(0, text.len()),
            trigger_span: Span::new(b("recognized"), b("recognized") + 10),
            ..Default::default()
        },
    };
    let mut other = Document::new("talks", "China met Pakistan. ".repeat(30));
    other.date = chrono::NaiveDate::from_ymd_opt(2025, 6, 1);
    let talks: Vec<Event> = (0..30)
        .map(|i| {
            let mut e = ev.clone();
            e.doc_id = "talks".into();
            e.issues.clear();
            e.source = actor("CHNGOV", "China", Span::new(20 * i, 20 * i + 5));
            e.target = Some(actor(
                "PAKGOV",
                "Pakistan",
                Span::new(20 * i + 10, 20 * i + 18),
            ));
            e.cameo = "040".into();
            e.root = "04".into();
            e.plover.event_type = "CONSULT".into();
            e.date = other.date;
            e.provenance.sentence = i;
            e.provenance.sentences = vec![i];
            e
        })
        .collect();
    let events = [ev];
    let records = vec![
        DocumentRecord {
            document: &doc,
            content_hash: content_hash(&doc),
            sentences: vec![Span::new(0, text.len())],
            events: &events,
        },
        DocumentRecord {
            document: &other,
            content_hash: content_hash(&other),
            sentences: (0..30).map(|i| Span::new(20 * i, 20 * i + 19)).collect(),
            events: &talks,
        },
    ];
    store.store_batch(None, &records).unwrap();
    path
}

fn app(dir: &std::path::Path, token: Option<&str>) -> Router {
    let mut config = ServerConfig::new(database(dir));
    if let Some(t) = token {
        config.token = Some(t.into());
        config.ingestor = Some(Arc::new(|body: &str| {
            Ok(serde_json::json!({ "lines": body.lines().count() }))
        }));
    }
    router(&config).unwrap()
}

async fn get(app: &Router, uri: &str) -> (StatusCode, Value) {
    let resp = app
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = resp.status();
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    let value = serde_json::from_slice(&bytes)
        .unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into()));
    (status, value)
}

#[tokio::test]
async fn events_filter_and_page() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path(), None);
    let (s, v) = get(&app, "/api/events?country=AFG").await;
    assert_eq!(s, StatusCode::OK);
    let events = v["events"].as_array().unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["cameo"], "054");
    // the lean listing: what a table row shows, no spans or provenance
    assert_eq!(events[0]["source"]["code"], "RUSGOV");
    assert!(events[0]["cameo_name"].is_string());
    assert!(events[0]["sentence_text"].is_string());
    assert!(events[0]["source"].get("start").is_none());
    assert!(events[0].get("explanation").is_none());
    // detail=full: the full record, character offsets ("Moscou — " has a 3-byte dash)
    let (_, v) = get(&app, "/api/events?country=AFG&detail=full").await;
    let events = v["events"].as_array().unwrap();
    assert_eq!(events[0]["source"]["start"], 9);
    assert_eq!(events[0]["trigger"]["start"], 16);
    assert!(events[0]["explanation"].is_object());

    let (_, v) = get(&app, "/api/events?limit=20&offset=0&cameo=04").await;
    assert_eq!(v["events"].as_array().unwrap().len(), 20);
    assert_eq!(v["next_offset"], 20);
    // an exact total from the roll-ups (CAMEO root filter)
    assert_eq!(v["total"], 30);
    let first_page: Vec<i64> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event_id"].as_i64().unwrap())
        .collect();
    let cursor = v["next_cursor"].as_str().unwrap().to_string();
    let (_, v) = get(&app, "/api/events?limit=20&offset=20&cameo=04").await;
    assert_eq!(v["events"].as_array().unwrap().len(), 10);
    assert!(v["next_offset"].is_null());
    assert!(v["next_cursor"].is_null());
    let by_offset = v["events"].clone();
    // the cursor of page 1 gives the same page 2, and nothing repeats
    let (s, v) = get(
        &app,
        &format!("/api/events?limit=20&cameo=04&cursor={cursor}"),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["events"], by_offset);
    assert!(
        v["events"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| !first_page.contains(&e["event_id"].as_i64().unwrap()))
    );

    let (_, v) = get(
        &app,
        "/api/events?actor=RUS&date_from=2025-07-01&date_to=2025-07-31&plover=SUPPORT",
    )
    .await;
    assert_eq!(v["events"].as_array().unwrap().len(), 1);
    // actor filters are not in the roll-ups: no total, and no scan to find one
    assert!(v["total"].is_null());
    let (_, v) = get(&app, "/api/events?date_to=2025-06-30").await;
    assert_eq!(v["events"].as_array().unwrap().len(), 30);
}

#[tokio::test]
async fn bad_requests_are_4xx_with_json() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path(), None);
    for uri in [
        "/api/events?colour=red",
        "/api/events?date_from=2025-13-01",
        "/api/events?date_from=yesterday",
        "/api/events?limit=5000",
        "/api/events?limit=-1",
        "/api/events?limit=0",
        "/api/events?offset=abc",
        "/api/events?country=RUS%27%20OR%201%3D1--",
        "/api/events?cameo=05%3B%20DROP%20TABLE%20events",
        "/api/events?dyad=RUS",
        "/api/events?quad=7",
        "/api/events?offset=10001",
        "/api/events?cursor=yesterday",
        "/api/events?cursor=2025-07-04_0",
        "/api/events?detail=everything",
        "/api/events?country=RUS&country=AFG",
        "/api/events/abc",
        "/api/events/99999",
        "/api/documents/nope",
        "/api/timeline?interval=year",
        "/api/relations?target=%27%3B--",
        "/api/dyads?level=planet",
        "/api/nothing",
    ] {
        let (s, v) = get(&app, uri).await;
        assert!(s.is_client_error(), "{uri} gave {s}");
        assert!(v["error"].is_string(), "{uri} gave {v}");
    }
    // a text actor with quotes is just text: no match, no error
    let (s, v) = get(&app, "/api/events?actor=x%27%20OR%20%271%27%3D%271").await;
    assert_eq!(s, StatusCode::OK);
    assert!(v["events"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn single_event_document_and_aggregates() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path(), None);
    let (_, v) = get(&app, "/api/events?cameo=054").await;
    let id = v["events"][0]["event_id"].as_i64().unwrap();
    let (s, v) = get(&app, &format!("/api/events/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["document"]["id"], "seed");
    // the issues of the sentence, in character offsets ("—" is 3 bytes)
    assert_eq!(v["event"]["issues"][0]["code"], "GOVERNANCE");
    assert_eq!(v["event"]["issues"][0]["start"], 39);
    assert_eq!(v["event"]["issues"][0]["end"], 49);
    assert_eq!(
        v["evidence"][0]["text"],
        "Moscou — Russia recognized the Taliban government."
    );

    let (_, d) = get(&app, "/api/documents/seed").await;
    for field in ["id", "date", "title", "url", "outlet"] {
        assert_eq!(v["document"][field], d[field], "{field}");
    }
    let v = d;
    assert_eq!(v["sentences"][0]["end"], 50);
    assert_eq!(v["events"].as_array().unwrap().len(), 1);
    let (_, v) = get(&app, "/api/documents").await;
    assert_eq!(v["documents"].as_array().unwrap().len(), 2);

    let (_, v) = get(&app, "/api/timeline?interval=month&group=quad").await;
    assert_eq!(v["points"].as_array().unwrap().len(), 2);
    assert_eq!(v["points"][0]["period"], "2025-06");
    assert_eq!(v["points"][0]["count"], 30);

    let (_, v) = get(&app, "/api/dyads").await;
    assert_eq!(v["dyads"][0]["source"], "CHN");
    assert_eq!(v["dyads"][0]["events"], 30);

    let (_, v) = get(&app, "/api/actors?prefix=RUS").await;
    assert_eq!(v["actors"][0]["code"], "RUSGOV");

    let (_, v) = get(&app, "/api/relations?target=AFG").await;
    let rel = v["relations"].as_array().unwrap();
    assert!(
        rel.iter().any(|r| r["source"] == "RUS"
            && r["kind"] == "recognition"
            && r["since"] == "2025-07-03")
    );

    let (s, v) = get(&app, "/api/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["openapi"].as_str().unwrap().chars().next(), Some('3'));
    assert!(v["paths"]["/api/events"].is_object());

    let resp = app
        .clone()
        .oneshot(Request::get("/").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let html = resp.into_body().collect().await.unwrap().to_bytes();
    let html = String::from_utf8_lossy(&html);
    assert!(html.contains("<script src=\"/app.js\""));
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no external resources"
    );
}

async fn post(app: &Router, auth: Option<&str>, body: &str) -> StatusCode {
    let mut req =
        Request::post("/api/documents").header(header::CONTENT_TYPE, "application/x-ndjson");
    if let Some(a) = auth {
        req = req.header(header::AUTHORIZATION, a);
    }
    app.clone()
        .oneshot(req.body(Body::from(body.to_string())).unwrap())
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn writes_need_the_token() {
    let dir = tempfile::tempdir().unwrap();
    let line = r#"{"id":"x","text":"Russia met China."}"#;
    let read_only = app(dir.path(), None);
    assert_eq!(
        post(&read_only, Some("Bearer whatever"), line).await,
        StatusCode::FORBIDDEN
    );

    let dir2 = tempfile::tempdir().unwrap();
    let app = app(dir2.path(), Some("s3cret-token"));
    assert_eq!(post(&app, None, line).await, StatusCode::UNAUTHORIZED);
    assert_eq!(
        post(&app, Some("Bearer wrong-token"), line).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        post(&app, Some("Bearer s3cret-token"), line).await,
        StatusCode::OK
    );
    assert_eq!(
        post(&app, Some("Bearer s3cret-token"), "").await,
        StatusCode::BAD_REQUEST
    );
    let huge = "x".repeat(tacitus_server::MAX_BODY_BYTES + 10);
    assert_eq!(
        post(&app, Some("Bearer s3cret-token"), &huge).await,
        StatusCode::PAYLOAD_TOO_LARGE
    );
}

#[tokio::test]
async fn answers_follow_writes_to_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let config = ServerConfig::new(database(dir.path()));
    let live = Arc::new(LiveIndex::open(&config.db));
    assert_eq!(live.get().unwrap().len(), 31);
    let app = router_with_index(&config, Some(Arc::clone(&live))).unwrap();
    let (s, v) = get(&app, "/api/events?country=IRN").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["events"].as_array().unwrap().len(), 0);
    assert_eq!(v["total"], 0);
    // another writer adds an event
    let text = "Iran met Qatar.";
    let mut doc = Document::new("later", text);
    doc.date = chrono::NaiveDate::from_ymd_opt(2025, 8, 1);
    let event = Event {
        doc_id: "later".into(),
        date: doc.date,
        source: actor("IRNGOV", "Iran", Span::new(0, 4)),
        target: Some(actor("QATGOV", "Qatar", Span::new(9, 14))),
        cameo: "040".into(),
        root: "04".into(),
        quad_class: 1,
        goldstein: 1.0,
        plover: PloverCoding {
            event_type: "CONSULT".into(),
            mode: None,
            context: vec![],
        },
        flags: EventFlags::default(),
        issues: Vec::new(),
        mentions: 1,
        sentence_text: text.into(),
        provenance: Provenance {
            doc_id: "later".into(),
            sentence_span: Span::new(0, text.len()),
            ..Default::default()
        },
    };
    let events = [event];
    let mut store = Store::open(&dir.path().join("api.db")).unwrap();
    store
        .store_batch(
            None,
            &[DocumentRecord {
                document: &doc,
                content_hash: content_hash(&doc),
                sentences: vec![Span::new(0, text.len())],
                events: &events,
            }],
        )
        .unwrap();
    drop(store);
    // the next answers see it: from SQL while the index is rebuilt, then
    // from the new index
    let started = std::time::Instant::now();
    loop {
        std::thread::sleep(std::time::Duration::from_millis(150));
        let (_, v) = get(&app, "/api/events?country=IRN").await;
        assert_eq!(v["events"].as_array().unwrap().len(), 1, "{v}");
        assert_eq!(v["total"], 1);
        let (_, t) = get(&app, "/api/timeline?country=IRN&group=none").await;
        assert_eq!(t["points"][0]["period"], "2025-08", "{t}");
        if live.get().is_some_and(|ix| ix.len() == 32) {
            break;
        }
        assert!(
            started.elapsed().as_secs() < 20,
            "the index was not rebuilt"
        );
    }
    // an appended event is merged in, not read again with all the others
    assert!(live.stats().unwrap().appended);
    let (_, a) = get(&app, "/api/actors?prefix=IRN").await;
    assert_eq!(a["actors"][0]["code"], "IRNGOV", "{a}");
    assert_eq!(a["actors"][0]["as_source"], 1, "{a}");
}
