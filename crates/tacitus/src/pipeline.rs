//! The main pipeline wiring shared by `code`, `ingest` and `bench`:
//! clean -> segment -> pre-check -> analyze -> code, one document at a time,
//! parallel over documents.
//!
//! Selective analysis: tagging and parsing are most of the cost, and most
//! news sentences cannot yield an event (no dictionary verb, or fewer than
//! two parties). Each segmented sentence is pre-checked first
//! ([`Coder::precheck`], over its word forms and every lemma the analyzer
//! could give them); only the sentences that can matter are analyzed: those
//! that may yield an event or hold a story discard, and, for a sentence with
//! a pronoun, the nearest earlier sentence naming an actor (its antecedent).
//! The events are identical to analyzing every sentence (tested in
//! `tests/prefilter_equivalence.rs`); `--no-prefilter` analyzes everything.

use std::cell::RefCell;
use std::collections::HashMap;
use tacitus_coder::Coder;
use tacitus_coder::prefilter::{Precheck, token_words};
use tacitus_core::{AnalyzedDocument, AnalyzedSentence, Document, Event, SentenceSpan};
use tacitus_nlp::Analyzer;

/// The result of running one document through the pipeline.
pub struct Processed {
    /// The document with its text replaced by the cleaned text that all spans index.
    pub document: Document,
    /// Every sentence of the document, in order. Sentences listed in
    /// `skipped` were not analyzed (they cannot yield an event) and carry
    /// their index and span but no tokens.
    pub analyzed: AnalyzedDocument,
    pub events: Vec<Event>,
    /// Indexes of the sentences the pre-check let through unanalyzed.
    pub skipped: Vec<usize>,
}

/// Pipeline settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PipelineOptions {
    /// Pre-check sentences and analyze only those that can matter.
    pub prefilter: bool,
}

impl Default for PipelineOptions {
    fn default() -> Self {
        PipelineOptions { prefilter: true }
    }
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

/// [`clean_document`] without the cleaning record: the clean text is moved
/// into the document, not copied.
fn clean_text_document(doc: &Document) -> Document {
    let cleaned = tacitus_clean::clean(doc);
    let mut document = doc.clone();
    document.text = cleaned.text;
    if document.title.is_none() {
        document.title = cleaned.title;
    }
    document
}

/// Runs clean -> analyze -> code on one document, with the pre-check.
pub fn process(doc: &Document, analyzer: &Analyzer, coder: &Coder) -> Processed {
    process_with(doc, analyzer, coder, PipelineOptions::default())
}

/// Runs clean -> analyze -> code on one document.
pub fn process_with(
    doc: &Document,
    analyzer: &Analyzer,
    coder: &Coder,
    options: PipelineOptions,
) -> Processed {
    let document = clean_text_document(doc);
    let segments = tacitus_text::segment(&document.text);
    let mut analyzed = AnalyzedDocument {
        doc_id: document.id.clone(),
        text: document.text.clone(),
        sentences: Vec::new(),
    };
    if !options.prefilter {
        analyzed.sentences = segments
            .iter()
            .enumerate()
            .map(|(i, s)| analyzer.analyze_sentence(&document.text, s, i))
            .collect();
        let events = coder.code_document(&document, &analyzed);
        return Processed {
            document,
            analyzed,
            events,
            skipped: Vec::new(),
        };
    }
    let checks = precheck_sentences(analyzer, coder, &document.text, &segments);
    let (events, mut done) = code_selected(
        analyzer,
        coder,
        &document,
        &mut analyzed,
        &segments,
        &checks,
    );
    let mut skipped = Vec::new();
    analyzed.sentences = segments
        .iter()
        .enumerate()
        .map(|(i, seg)| {
            done[i].take().unwrap_or_else(|| {
                skipped.push(i);
                AnalyzedSentence {
                    index: i,
                    span: seg.span,
                    tokens: Vec::new(),
                }
            })
        })
        .collect();
    Processed {
        document,
        analyzed,
        events,
        skipped,
    }
}

/// Analyzes the sentences the checks select and codes them; adds the
/// nearest earlier actor-naming sentence of every selected sentence with a
/// pronoun until the antecedents are those of a full analysis. Returns the
/// events and the analyses made (by sentence index).
fn code_selected(
    analyzer: &Analyzer,
    coder: &Coder,
    document: &Document,
    analyzed: &mut AnalyzedDocument,
    segments: &[SentenceSpan],
    checks: &[Precheck],
) -> (Vec<Event>, Vec<Option<AnalyzedSentence>>) {
    let n = segments.len();
    let mut selected: Vec<bool> = checks.iter().map(Precheck::needs_analysis).collect();
    let mut done: Vec<Option<AnalyzedSentence>> = (0..n).map(|_| None).collect();
    if !selected.iter().any(|&s| s) {
        return (Vec::new(), done);
    }
    // Up front, assume the nearest earlier sentence that may name an actor
    // does: one coding pass is then almost always enough. Backwards, so that
    // a sentence selected here gets its own antecedent too.
    for j in (0..n).rev() {
        if selected[j]
            && checks[j].has_anaphor
            && let Some(i) = (0..j).rev().find(|&i| checks[i].may_name_actor)
        {
            selected[i] = true;
        }
    }
    loop {
        for i in 0..n {
            if selected[i] && done[i].is_none() {
                done[i] = Some(analyzer.analyze_sentence(&document.text, &segments[i], i));
            }
        }
        analyzed.sentences = (0..n)
            .filter(|&i| selected[i])
            .filter_map(|i| done[i].take())
            .collect();
        let (events, traces) = coder.code_document_traced(document, analyzed);
        let story_discarded = traces.len() < analyzed.sentences.len();
        let mut names_actor = vec![false; n];
        for t in &traces {
            if let Some(slot) = names_actor.get_mut(t.index) {
                *slot = !t.actors.is_empty();
            }
        }
        for s in analyzed.sentences.drain(..) {
            let i = s.index;
            done[i] = Some(s);
        }
        if story_discarded {
            return (events, done);
        }
        // A pronoun resolves to the last actor named before it: the actors of
        // the nearest earlier sentence that names any. Select that sentence
        // when it was skipped; look further back when it names none after all.
        let mut added = vec![false; n];
        for j in 0..n {
            if !selected[j] || added[j] || !checks[j].has_anaphor {
                continue;
            }
            for i in (0..j).rev() {
                if !checks[i].may_name_actor {
                    continue;
                }
                if !selected[i] {
                    selected[i] = true;
                    added[i] = true;
                }
                if added[i] || names_actor[i] {
                    break;
                }
            }
        }
        if !added.iter().any(|&a| a) {
            return (events, done);
        }
    }
}

/// Lower-cased form and every lemma the analyzer could give, per word.
#[derive(Default)]
struct WordCache {
    /// The tag set the lemmas were computed for.
    tags: Vec<String>,
    /// The tags of `tags` worth lemmatizing under ([`lemma_tags`]).
    lemma_tags: Vec<String>,
    /// By word as written.
    words: HashMap<Box<str>, Box<[Box<str>]>>,
    /// Normalized tokens, by [`normed_key`].
    normed: HashMap<Box<str>, Box<[Box<str>]>>,
}

/// Writes the cache key of a token written `word` and normalized to `norm`
/// (the length prefix keeps distinct pairs apart).
fn normed_key(key: &mut String, word: &str, norm: &str) {
    use std::fmt::Write;
    key.clear();
    let _ = write!(key, "{}:{word}{norm}", word.len());
}

/// The tags under which `tacitus_nlp::lemma::lemmatize` may give more than
/// the lower-cased form; under every other tag it gives that form. Keep in
/// step with the lemmatizer: a tag missing here makes the pre-check miss
/// lemmas (the equivalence test catches it).
const LEMMATIZING_TAGS: &[&str] = &[
    "VBD", "VBN", "VBG", "VBZ", "VB", "VBP", "MD", "NNS", "NNPS", "JJR", "JJS", "RBR", "RBS",
    "PRP", "RB",
];

/// The tags of `tags` that can give distinct lemmas: each lemmatizing tag,
/// plus one of the others (all alike). One lemmatizer call per tag class
/// instead of one per tag.
fn lemma_tags(tags: &[String]) -> Vec<String> {
    let lemmatizing = |t: &&String| LEMMATIZING_TAGS.contains(&t.as_str());
    let mut out: Vec<String> = tags.iter().filter(lemmatizing).cloned().collect();
    if let Some(other) = tags.iter().find(|t| !lemmatizing(t)) {
        out.push(other.clone());
    }
    out
}

/// Bound on cached words per thread (a news corpus has far fewer).
const WORD_CACHE_LIMIT: usize = 500_000;

thread_local! {
    static WORDS: RefCell<WordCache> = RefCell::new(WordCache::default());
}

/// The words the coder may see for a token ([`token_words`]): its text,
/// and the lemma of its form under every tag of the tagger (the analyzer
/// lemmatizes the form with the tag it assigns, unknown before analysis).
fn word_alternatives(tags: &[String], text: &str, form: &str) -> Box<[Box<str>]> {
    let mut lemmas: Vec<String> = Vec::with_capacity(4);
    for tag in tags {
        let lemma = tacitus_nlp::lemma::lemmatize(form, tag);
        if !lemmas.contains(&lemma) {
            lemmas.push(lemma);
        }
    }
    token_words(text, lemmas).into_boxed_slice()
}

/// Pre-checks every segmented sentence of `text`.
fn precheck_sentences(
    analyzer: &Analyzer,
    coder: &Coder,
    text: &str,
    segments: &[SentenceSpan],
) -> Vec<Precheck> {
    WORDS.with(|cell| {
        let mut fallback = WordCache::default();
        let mut borrowed = cell.try_borrow_mut();
        let cache = match borrowed.as_mut() {
            Ok(c) => &mut **c,
            Err(_) => &mut fallback,
        };
        let tags = analyzer.tagger().tags();
        if cache.tags != tags {
            cache.tags = tags.to_vec();
            cache.lemma_tags = lemma_tags(tags);
            cache.words.clear();
            cache.normed.clear();
        }
        if cache.words.len() + cache.normed.len() > WORD_CACHE_LIMIT {
            cache.words.clear();
            cache.normed.clear();
        }
        let mut out = Vec::with_capacity(segments.len());
        // Cache keys of the normalized tokens of the current sentence.
        let mut normed: Vec<String> = Vec::new();
        for seg in segments {
            let mut n_normed = 0;
            for t in &seg.tokens {
                let word = t.span.slice(text).unwrap_or_default();
                let (map, key, form) = match &t.norm {
                    Some(norm) => {
                        if normed.len() <= n_normed {
                            normed.push(String::new());
                        }
                        let key = &mut normed[n_normed];
                        n_normed += 1;
                        normed_key(key, word, norm);
                        (&mut cache.normed, key.as_str(), norm.as_str())
                    }
                    None => (&mut cache.words, word, word),
                };
                if !map.contains_key(key) {
                    let alts = word_alternatives(&cache.lemma_tags, word, form);
                    map.insert(key.into(), alts);
                }
            }
            let (words, normed_words) = (&cache.words, &cache.normed);
            let mut normed_keys = normed.iter();
            let alts: Vec<&[Box<str>]> = seg
                .tokens
                .iter()
                .map(|t| {
                    let found = match &t.norm {
                        Some(_) => normed_keys
                            .next()
                            .and_then(|k| normed_words.get(k.as_str())),
                        None => words.get(t.span.slice(text).unwrap_or_default()),
                    };
                    found.map_or(&[][..], |b| &b[..])
                })
                .collect();
            out.push(coder.precheck(alts.len(), |i| alts[i].iter().map(|w| &**w)));
        }
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alternatives_hold_form_and_lemmas() {
        let tags: Vec<String> = ["NN", "NNS", "VBD", "VBZ"].map(String::from).to_vec();
        let alts = word_alternatives(&tags, "Countries", "Countries");
        let alts: Vec<&str> = alts.iter().map(|w| &**w).collect();
        assert_eq!(alts[0], "countries");
        assert!(alts.contains(&"country"), "{alts:?}");
        let met = word_alternatives(&tags, "met", "met");
        assert!(met.iter().any(|w| &**w == "meet"));
    }

    #[test]
    fn lemma_tags_keep_every_lemma() {
        let penn = [
            "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP",
            "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB",
            "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", ",", ".", ":", "HYPH",
        ];
        let tags: Vec<String> = penn.map(String::from).to_vec();
        let reduced = lemma_tags(&tags);
        assert!(reduced.len() < tags.len());
        for word in [
            "met",
            "Countries",
            "better",
            "fastest",
            "its",
            "n't",
            "leaving",
            "Us",
            "was",
        ] {
            let alts = word_alternatives(&reduced, word, word);
            for tag in &tags {
                let lemma = tacitus_nlp::lemma::lemmatize(word, tag);
                assert!(
                    alts.iter().any(|w| **w == *lemma),
                    "{word}/{tag}: {lemma} missing from {alts:?}"
                );
            }
        }
    }
}
