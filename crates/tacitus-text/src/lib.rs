//! # tacitus-text
//!
//! Sentence splitting and Penn-Treebank-style tokenization for news English,
//! keeping byte offsets into the original text for every sentence and token.
//!
//! **Must never**: allocate per token in the hot path without need, or know
//! about tags, trees, dictionaries or events.

use tacitus_core::{SentenceSpan, Span, TokenSpan};

/// Splits `text` into sentence spans (byte offsets).
pub fn split_sentences(text: &str) -> Vec<Span> {
    if text.trim().is_empty() { Vec::new() } else { vec![Span::new(0, text.len())] }
}

/// Tokenizes the part of `text` covered by `span`; offsets are into `text`.
pub fn tokenize(text: &str, span: Span) -> Vec<TokenSpan> {
    let mut out = Vec::new();
    let slice = &text[span.start..span.end];
    let mut start = None;
    for (i, c) in slice.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push(TokenSpan { span: Span::new(span.start + s, span.start + i), norm: None });
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(TokenSpan { span: Span::new(span.start + s, span.end), norm: None });
    }
    out
}

/// Splits and tokenizes a whole text.
pub fn segment(text: &str) -> Vec<SentenceSpan> {
    split_sentences(text)
        .into_iter()
        .map(|span| SentenceSpan { span, tokens: tokenize(text, span) })
        .collect()
}
