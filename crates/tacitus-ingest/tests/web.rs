//! HTML pages and RSS/Atom feeds, on hand-written fixtures
//! (`tests/fixtures/`), and the article extraction benchmark in ../shared.

use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use tacitus_ingest::{ReadOptions, read_paths, read_str};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

const BODY: [&str; 3] = [
    "Negotiators from Arnor and Gondor met again on Thursday in the port city of Pelargir, the first round of talks since the autumn.",
    "The two delegations discussed fishing rights, shared customs posts and the reopening of the river ferry, officials on both sides said.",
    "The foreign minister of Gondor called the meeting \"a useful first step\" but warned that no agreement was expected before the summer.",
];

#[test]
fn html_page_yields_the_article_without_boilerplate() {
    let out = read_paths(&[fixture("article.html")], &ReadOptions::default());
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(out.documents.len(), 1);
    let doc = &out.documents[0];
    assert_eq!(doc.id, "article");
    assert_eq!(
        doc.title.as_deref(),
        Some("Harbour talks between Arnor and Gondor resume")
    );
    assert_eq!(doc.date, NaiveDate::from_ymd_opt(2024, 3, 14));
    assert_eq!(
        doc.url.as_deref(),
        Some("https://www.lowland-courier.example/world/harbour-talks")
    );
    assert_eq!(doc.source.as_deref(), Some("The Lowland Courier"));
    assert_eq!(doc.language.as_deref(), Some("en"));
    // the body paragraphs, in order, each its own paragraph
    let paragraphs: Vec<&str> = doc.text.split("\n\n").collect();
    let positions: Vec<usize> = BODY
        .iter()
        .map(|p| {
            paragraphs
                .iter()
                .position(|q| q == p)
                .unwrap_or_else(|| panic!("{p:?} missing from {paragraphs:#?}"))
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
    assert!(paragraphs.contains(&"A cautious welcome"));
    for boilerplate in [
        "Home",
        "Sport",
        "newsletter",
        "Related",
        "Copyright",
        "tracking",
        "not text",
        "color",
    ] {
        assert!(
            !doc.text.contains(boilerplate),
            "{boilerplate:?} leaked into {:?}",
            doc.text
        );
    }
}

#[test]
fn html_is_sniffed_without_an_extension_and_on_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let page = std::fs::read_to_string(fixture("article.html")).unwrap();
    std::fs::write(dir.path().join("page"), &page).unwrap();
    std::fs::write(
        dir.path().join("notes.txt"),
        "Plain notes about <b>nothing</b>.",
    )
    .unwrap();
    let out = read_paths(&[dir.path().to_path_buf()], &ReadOptions::default());
    assert_eq!(out.documents.len(), 2);
    let sniffed = out.documents.iter().find(|d| d.id == "page").unwrap();
    assert!(sniffed.text.contains(BODY[0]));
    assert!(!sniffed.text.contains("<p>"));
    let notes = out.documents.iter().find(|d| d.id == "notes").unwrap();
    assert_eq!(notes.text, "Plain notes about <b>nothing</b>.");

    let stdin = read_str(&page, "-", &ReadOptions::default());
    assert_eq!(stdin.documents.len(), 1);
    assert!(stdin.documents[0].text.contains(BODY[2]));
}

#[test]
fn rss_items_become_documents_and_bad_items_are_named() {
    let path = fixture("feed.rss");
    let out = read_paths(std::slice::from_ref(&path), &ReadOptions::default());
    assert_eq!(out.documents.len(), 2);
    let first = &out.documents[0];
    assert_eq!(first.id, "lc-2024-0311");
    assert_eq!(
        first.title.as_deref(),
        Some("Rohan closes its northern border")
    );
    assert_eq!(
        first.url.as_deref(),
        Some("https://www.lowland-courier.example/world/rohan-border")
    );
    assert_eq!(first.date, NaiveDate::from_ymd_opt(2024, 3, 11));
    assert_eq!(first.source.as_deref(), Some("Lowland Courier: World"));
    assert_eq!(
        first.text,
        "Rohan closed its northern border on Monday & sent riders to the fords.\n\nTraders were turned back."
    );
    let second = &out.documents[1];
    assert_eq!(
        second.text,
        "The two kingdoms signed a five-year grain agreement in Edoras."
    );
    assert_eq!(second.date, NaiveDate::from_ymd_opt(2024, 3, 12));
    // the third item has nothing to read: one error naming file and item
    assert_eq!(out.errors.len(), 1, "{:?}", out.errors);
    assert_eq!(out.errors[0].file, path.display().to_string());
    assert_eq!(out.errors[0].field.as_deref(), Some("item 3"));
}

#[test]
fn atom_entries_become_documents() {
    let out = read_paths(&[fixture("feed.atom")], &ReadOptions::default());
    assert!(out.errors.is_empty(), "{:?}", out.errors);
    assert_eq!(out.documents.len(), 2);
    let first = &out.documents[0];
    assert_eq!(first.id, "urn:example:pelargir-wire:1");
    assert_eq!(first.title.as_deref(), Some("Harbour reopens after storm"));
    assert_eq!(
        first.url.as_deref(),
        Some("https://pelargir-wire.example/harbour-reopens")
    );
    assert_eq!(
        first.date,
        NaiveDate::from_ymd_opt(2024, 3, 19),
        "published, not updated"
    );
    assert_eq!(first.source.as_deref(), Some("Pelargir Wire"));
    assert_eq!(
        first.text,
        "The harbour of Pelargir reopened on Tuesday.\n\nShips had waited three days."
    );
    let second = &out.documents[1];
    assert_eq!(
        second.date,
        NaiveDate::from_ymd_opt(2024, 3, 20),
        "updated when unpublished"
    );
    assert_eq!(second.text, "The city council met to discuss ferry fares.");
    assert_eq!(
        second.url.as_deref(),
        Some("https://pelargir-wire.example/ferry-fares")
    );
}

#[test]
fn feeds_in_xml_files_and_broken_feeds() {
    let dir = tempfile::tempdir().unwrap();
    let atom = std::fs::read(fixture("feed.atom")).unwrap();
    let xml = dir.path().join("wire.xml");
    std::fs::write(&xml, &atom).unwrap();
    let out = read_paths(&[xml], &ReadOptions::default());
    assert_eq!(out.documents.len(), 2);

    let broken = dir.path().join("broken.rss");
    std::fs::write(&broken, "<rss><channel><item><title>Cut off").unwrap();
    let out = read_paths(std::slice::from_ref(&broken), &ReadOptions::default());
    assert!(out.documents.is_empty());
    assert_eq!(out.errors.len(), 1);
    assert_eq!(out.errors[0].file, broken.display().to_string());
}

#[test]
fn shingle_scores() {
    use tacitus_ingest::html::shingle_precision_recall;
    let gold = "one two three four five six";
    assert_eq!(shingle_precision_recall(gold, gold), (1.0, 1.0));
    // three gold shingles; the extraction has two of them and two others
    let (p, r) = shingle_precision_recall("menu one two three four five extra words", gold);
    assert!((p - 2.0 / 5.0).abs() < 1e-9, "{p}");
    assert!((r - 2.0 / 3.0).abs() < 1e-9, "{r}");
    assert_eq!(shingle_precision_recall("", gold), (0.0, 0.0));
}

/// F1 of the HTML reader on the shared article extraction benchmark
/// (181 pages). Ratchet: raise the floor when extraction improves.
#[test]
fn article_extraction_benchmark_f1_floor() {
    let truth_path =
        tacitus_testdata::require_shared!("html/article-extraction-benchmark/ground-truth.json");
    let dir = truth_path.parent().unwrap();
    let truth: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(&truth_path).unwrap()).unwrap();
    let (mut precision, mut recall) = (0.0, 0.0);
    for (id, record) in &truth {
        let gold = record["articleBody"].as_str().unwrap_or("");
        let page = dir.join("html").join(format!("{id}.html.gz"));
        let read = read_paths(&[page], &ReadOptions::default());
        let text = read.documents.first().map_or("", |d| d.text.as_str());
        let (p, r) = tacitus_ingest::html::shingle_precision_recall(text, gold);
        precision += p;
        recall += r;
    }
    let n = truth.len() as f64;
    let (precision, recall) = (precision / n, recall / n);
    let f1 = 2.0 * precision * recall / (precision + recall);
    println!("article extraction: precision {precision:.3} recall {recall:.3} F1 {f1:.3}");
    assert!(f1 >= F1_FLOOR, "F1 {f1:.3} fell below {F1_FLOOR}");
}

const F1_FLOOR: f64 = 0.91;
