//! The main pipeline wiring shared by `code`, `ingest` and `bench`:
//! clean -> analyze -> code, one document at a time, parallel over documents.

use tacitus_coder::Coder;
use tacitus_core::{AnalyzedDocument, Document, Event};
use tacitus_nlp::Analyzer;

/// The result of running one document through the pipeline.
pub struct Processed {
    /// The document with its text replaced by the cleaned text that all spans index.
    pub document: Document,
    pub analyzed: AnalyzedDocument,
    pub events: Vec<Event>,
}

/// Cleans the document and returns it with `text` set to the clean text
/// (title kept in `title`), plus the cleaning record.
pub fn clean_document(doc: &Document) -> (Document, tacitus_clean::CleanedDocument) {
    let cleaned = tacitus_clean::clean(doc);
    let mut document = doc.clone();
    document.text = cleaned.text();
    if document.title.is_none() {
        document.title = cleaned.title.clone();
    }
    (document, cleaned)
}

/// Runs clean -> analyze -> code on one document.
pub fn process(doc: &Document, analyzer: &Analyzer, coder: &Coder) -> Processed {
    let (document, _cleaning) = clean_document(doc);
    let analyzed = analyzer.analyze(&document);
    let events = coder.code_document(&document, &analyzed);
    Processed {
        document,
        analyzed,
        events,
    }
}
