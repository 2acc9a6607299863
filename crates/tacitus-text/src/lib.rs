//! # tacitus-text
//!
//! Sentence splitting and Penn-Treebank-style tokenization for news English,
//! keeping byte offsets into the original text for every sentence and token.
//! Both are hand-written: the rules are news-specific (titles and ranks such as
//! `Gen.` and `Sen.`, `U.S.` at a sentence end, initials, datelines such as
//! `KABUL, July 3 (Reuters) -`, PTB contractions with curly apostrophes) and
//! must run at well over 100 MB/s with no allocation per character, which the
//! general-purpose segmentation crates (Unicode UAX #29, regex tokenizers) do
//! not give us.
//!
//! Token conventions (PTB): `don't` -> `do` `n't`, `can't` -> `ca` `n't`,
//! `Taliban's` -> `Taliban` `'s`, `nations'` -> `nations` `'`, `$5` -> `$` `5`,
//! `76%` -> `76` `%`, punctuation and quotes split off, `...` one token,
//! `--` and `—` their own tokens; hyphenated words, numbers (`3.5`, `1,000`,
//! `10:30`), abbreviations (`U.S.`, `Gen.`), URLs and e-mail addresses stay
//! whole. [`TokenSpan::norm`] is set only when the token differs from its text:
//! typographic quotes become `"` and `'` (`“` -> `"`, `n’t` -> `n't`), `…`
//! becomes `...` (ASCII `"` stays `"`: we do not use PTB's ``` `` ```/`''`),
//! and a sentence-final abbreviation gives up its period to the sentence
//! (`U.S.` at the end -> `U.S` with norm `U.S.`, then `.`).
//! A closing quote mangled into `"?` with its following space lost
//! (`choice,"?Sen. Warren`, common in scraped news) is one token with norm `"`.
//!
//! **Must never**: allocate per token in the hot path without need, or know
//! about tags, trees, dictionaries or events.

mod abbrev;
mod chars;
mod split;
mod tokenize;

pub use split::{split_into, split_sentences};
pub use tacitus_core::{SentenceSpan, Span, TokenSpan};
pub use tokenize::{tokenize, tokenize_into};

/// Splits and tokenizes a whole text.
pub fn segment(text: &str) -> Vec<SentenceSpan> {
    split_sentences(text)
        .into_iter()
        .map(|span| SentenceSpan {
            span,
            tokens: tokenize(text, span),
        })
        .collect()
}

/// The text of a token: its `norm` when set, else the text it covers.
pub fn token_form<'a>(text: &'a str, token: &'a TokenSpan) -> &'a str {
    match &token.norm {
        Some(norm) => norm,
        None => text.get(token.span.start..token.span.end).unwrap_or(""),
    }
}
