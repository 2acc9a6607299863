//! The seed article (../shared/seed/000_959f818437682cf3.txt), read by eye:
//! line 1 a teaser ending in a period; line 2 the title in `**bold**`; a
//! blank line; line 4 the bold title again; lines 5-10 six body paragraphs
//! (one per line); lines 11-14 repeat lines 7-10 exactly.

use tacitus_clean::{RemovalReason, clean};
use tacitus_ingest::{ReadOptions, read_paths};

#[test]
fn seed_article_title_once_paragraphs_once_repeats_listed() {
    let path = tacitus_testdata::require_shared!("seed/000_959f818437682cf3.txt");
    let read = read_paths(&[path], &ReadOptions::default());
    assert!(read.errors.is_empty(), "{:?}", read.errors);
    assert_eq!(read.documents.len(), 1);
    let doc = &read.documents[0];
    assert_eq!(doc.id, "000_959f818437682cf3");
    assert_eq!(doc.title, None, "the seed has no header block");

    let cleaned = clean(doc);
    assert_eq!(
        cleaned.title.as_deref(),
        Some("Russia's Landmark Recognition of Taliban Government Sparks Global Reactions")
    );

    let starts = [
        "This unprecedented move could reshape diplomatic ties",
        "In a significant political development, Russia officially recognizes the Taliban",
        "Russia made headlines recently by officially recognizing the Taliban",
        "During a meeting in Kabul, Russian Ambassador Dmitry Zhirnov communicated",
        "While the Taliban's stringent laws and policies",
        "However, over the past year, an acknowledgment arose",
        "As the world watches how this recognition will unfold",
    ];
    let paragraphs: Vec<&str> = cleaned.paragraphs().collect();
    assert_eq!(paragraphs.len(), starts.len(), "{paragraphs:#?}");
    for (paragraph, start) in paragraphs.iter().zip(starts) {
        assert!(
            paragraph.starts_with(start),
            "{paragraph:?} should start with {start:?}"
        );
        assert!(!paragraph.contains("**") && !paragraph.contains('\n'));
    }
    assert!(
        paragraphs
            .iter()
            .all(|p| !p.contains("Landmark Recognition of Taliban Government"))
    );

    let removed: Vec<(RemovalReason, Option<usize>)> = cleaned
        .removed
        .iter()
        .map(|r| (r.reason, r.duplicate_of))
        .collect();
    assert_eq!(
        removed,
        [
            (RemovalReason::RepeatedTitle, None),
            (RemovalReason::RepeatedParagraph, Some(3)),
            (RemovalReason::RepeatedParagraph, Some(4)),
            (RemovalReason::RepeatedParagraph, Some(5)),
            (RemovalReason::RepeatedParagraph, Some(6)),
        ]
    );
    assert_eq!(
        cleaned.removed[0].text,
        "Russia's Landmark Recognition of Taliban Government Sparks Global Reactions"
    );
    for removal in &cleaned.removed[1..] {
        assert_eq!(
            Some(removal.text.as_str()),
            removal.duplicate_of.and_then(|i| cleaned.paragraph(i))
        );
    }
    let text = cleaned.text();
    assert_eq!(text.matches("Dmitry Zhirnov").count(), 1);
    assert_eq!(text.split("\n\n").count(), 7);
}

#[test]
fn shared_news_clean_without_panics_and_keep_text() {
    for rel in ["news/bbc-news.jsonl"] {
        let path = tacitus_testdata::require_shared!(rel);
        let read = read_paths(&[path], &ReadOptions::default());
        let mut removed = 0;
        let mut empty_docs = 0;
        for doc in &read.documents {
            let cleaned = clean(doc);
            removed += cleaned.removed.len();
            if cleaned.paragraph_count() == 0 {
                empty_docs += 1;
            }
        }
        println!(
            "{rel}: {} documents, {removed} removals, {empty_docs} empty after cleaning",
            read.documents.len()
        );
        assert_eq!(empty_docs, 0, "{rel}: every document keeps some text");
    }
}
