//! Segmented and analyzed text: what the text crate and the analyzer produce
//! and what the coder consumes.
//!
//! Architecture invariant: the coder sees [`AnalyzedSentence`]s only and never
//! knows whether the tree in them came from our parser, a gold Penn Treebank
//! tree, or a CoNLL-U file.

use crate::document::Span;
use serde::{Deserialize, Serialize};

/// One token found by the tokenizer: a byte span into the document text.
///
/// `norm` is set when the token's form differs from the covered text (PTB
/// splits such as `n't` keep their text; a normalised form like `"` for the
/// curly quote `“` goes here).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenSpan {
    pub span: Span,
    pub norm: Option<String>,
}

/// One sentence found by the sentence splitter, with its tokens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceSpan {
    /// Byte span of the sentence in the document text.
    pub span: Span,
    pub tokens: Vec<TokenSpan>,
}

/// A token with its analysis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalyzedToken {
    /// The token's surface form.
    pub text: String,
    /// Byte span in the document text.
    pub span: Span,
    /// Penn Treebank part-of-speech tag (`NNP`, `VBD`, ...).
    pub tag: String,
    /// Lower-cased dictionary form (`seized` -> `seize`, `men` -> `man`).
    pub lemma: String,
    /// Index of the head token within the sentence; `None` for the root.
    pub head: Option<usize>,
    /// Dependency label in the ClearNLP/spaCy English set (`nsubj`, `dobj`, ...);
    /// `ROOT` for the root.
    pub dep: String,
}

/// A sentence with tokens, tags, lemmas and a dependency tree.
///
/// Invariant: heads form a tree (exactly one root, no cycles) whenever the
/// sentence has at least one token; every `head` is `< tokens.len()`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalyzedSentence {
    /// 0-based index of the sentence in its document.
    pub index: usize,
    /// Byte span in the document text.
    pub span: Span,
    pub tokens: Vec<AnalyzedToken>,
}

impl AnalyzedSentence {
    /// Indexes of the direct dependents of `head`, in sentence order.
    pub fn children(&self, head: usize) -> impl Iterator<Item = usize> + '_ {
        self.tokens
            .iter()
            .enumerate()
            .filter(move |(_, t)| t.head == Some(head))
            .map(|(i, _)| i)
    }

    /// Index of the root token, if any.
    pub fn root(&self) -> Option<usize> {
        self.tokens.iter().position(|t| t.head.is_none())
    }

    /// True when the heads form a single tree (one root, every token reaches it).
    pub fn is_well_formed(&self) -> bool {
        let n = self.tokens.len();
        if n == 0 {
            return true;
        }
        let roots = self.tokens.iter().filter(|t| t.head.is_none()).count();
        if roots != 1 {
            return false;
        }
        for start in 0..n {
            let mut cur = start;
            let mut steps = 0;
            while let Some(h) = self.tokens[cur].head {
                if h >= n || steps > n {
                    return false;
                }
                cur = h;
                steps += 1;
            }
        }
        true
    }
}

/// A document after analysis: its id, the text the spans index, and sentences.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalyzedDocument {
    pub doc_id: String,
    pub text: String,
    pub sentences: Vec<AnalyzedSentence>,
}
