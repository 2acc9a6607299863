//! Helpers shared by the coder's integration tests: a coder built from
//! in-memory PETRARCH dictionaries, one-sentence documents built from
//! hand-written trees, and the (source, target, code) triples they yield.
#![allow(dead_code)]

use chrono::NaiveDate;
use tacitus_coder::{Coder, CoderOptions};
use tacitus_core::{AnalyzedDocument, AnalyzedSentence, AnalyzedToken, Document, Span};
use tacitus_dict::{DictKind, DictSource, SourceFormat};

/// One token of a hand-built tree: (word, tag, lemma, head, dep), head
/// 1-based with 0 for the root, as in CoNLL.
pub type Word<'a> = (&'a str, &'a str, &'a str, usize, &'a str);

/// An event reduced to (source, target, CAMEO code).
pub type Triple = (String, String, String);

/// A coder over in-memory PETRARCH dictionaries: (kind, text) pairs.
pub fn petrarch_coder(dicts: &[(DictKind, &str)], options: CoderOptions) -> Coder {
    let sources: Vec<DictSource> = dicts
        .iter()
        .enumerate()
        .map(|(i, (kind, text))| DictSource {
            name: format!("test{i}.{kind:?}.txt").to_lowercase(),
            format: SourceFormat::Petrarch(*kind),
            text: (*text).into(),
            dir: None,
        })
        .collect();
    let (dicts, _) = tacitus_dict::load_compiled(&sources, false);
    assert!(dicts.warnings.is_empty(), "{:?}", dicts.warnings);
    Coder::new(dicts, options)
}

/// A one-sentence document and its analysis, built from a tree.
pub fn doc(words: &[Word], date: Option<NaiveDate>) -> (Document, AnalyzedDocument) {
    let mut text = String::new();
    let mut tokens = Vec::new();
    for (w, tag, lemma, head, dep) in words {
        if !text.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(w);
        tokens.push(AnalyzedToken {
            text: (*w).into(),
            span: Span::new(start, text.len()),
            tag: (*tag).into(),
            lemma: (*lemma).into(),
            head: if *head == 0 { None } else { Some(head - 1) },
            dep: (*dep).into(),
        });
    }
    let sentence = AnalyzedSentence {
        index: 0,
        span: Span::new(0, text.len()),
        tokens,
    };
    let mut d = Document::new("t1", text.clone());
    d.date = date;
    (
        d.clone(),
        AnalyzedDocument {
            doc_id: d.id,
            text,
            sentences: vec![sentence],
        },
    )
}

/// The sorted (source, target, code) triples the coder finds in a document.
pub fn triples(c: &Coder, d: &(Document, AnalyzedDocument)) -> Vec<Triple> {
    let mut v: Vec<_> = c
        .code_document(&d.0, &d.1)
        .into_iter()
        .map(|e| {
            (
                e.source.code,
                e.target.map(|t| t.code).unwrap_or_default(),
                e.cameo,
            )
        })
        .collect();
    v.sort();
    v
}

pub fn t(a: &str, b: &str, c: &str) -> Triple {
    (a.into(), b.into(), c.into())
}
