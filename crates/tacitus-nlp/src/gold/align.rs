//! Aligning a tree's words onto the document text.
//!
//! Words are matched left to right from a cursor: PTB escapes are undone
//! (`-LRB-` -> `(`, ` `` ` -> `"` or `“`), case differences and straight/curly
//! apostrophes are tolerated, a word may be found a little further on (the
//! skipped text is left out), and a word whose letters and digits match the
//! text while its punctuation differs (`U.S.` against `US`) still aligns.
//! A word that cannot be found gets an empty span at the cursor.

use super::convert::{DepToken, to_dependencies};
use super::ptb::PtbTree;
use tacitus_core::{AnalyzedSentence, AnalyzedToken, Span};

/// The surface forms a PTB word may have in running text, most likely first.
fn surface_candidates(word: &str) -> Vec<String> {
    let fixed: &[&str] = match word {
        "-LRB-" => &["(", "[", "{"],
        "-RRB-" => &[")", "]", "}"],
        "-LSB-" => &["[", "("],
        "-RSB-" => &["]", ")"],
        "-LCB-" => &["{", "("],
        "-RCB-" => &["}", ")"],
        "``" => &[
            "\"", "\u{201c}", "``", "\u{201e}", "\u{ab}", "'", "\u{2018}",
        ],
        "''" => &["\"", "\u{201d}", "''", "\u{bb}", "'", "\u{2019}"],
        "`" => &["'", "\u{2018}", "`"],
        "--" => &["--", "\u{2014}", "\u{2013}", "-"],
        "..." => &["...", "\u{2026}", ". . ."],
        _ => &[],
    };
    if !fixed.is_empty() {
        return fixed.iter().map(|s| s.to_string()).collect();
    }
    let plain = word.replace("\\/", "/").replace("\\*", "*");
    let mut out = vec![plain.clone()];
    if plain.contains('\'') {
        out.push(plain.replace('\'', "\u{2019}"));
    }
    out
}

/// How far ahead (bytes) a word may be found when it is not at the cursor.
fn search_window(word: &str) -> usize {
    if word.chars().count() <= 2 { 12 } else { 80 }
}

fn starts_with_ignore_case(text: &str, prefix: &str) -> Option<usize> {
    let mut text_chars = text.char_indices();
    for p in prefix.chars() {
        let (_, t) = text_chars.next()?;
        if !t.to_lowercase().eq(p.to_lowercase()) {
            return None;
        }
    }
    Some(text_chars.next().map_or(text.len(), |(i, _)| i))
}

/// Matches the letters and digits of `word` in order from the start of
/// `text`, skipping other non-space characters of the text. Returns the byte
/// length covered.
fn alnum_match(text: &str, word: &str) -> Option<usize> {
    let wanted: Vec<char> = word
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if wanted.is_empty() {
        return None;
    }
    let mut k = 0;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            return None;
        }
        if c.is_alphanumeric() {
            if c.to_lowercase().ne(std::iter::once(wanted[k])) {
                return None;
            }
            k += 1;
            if k == wanted.len() {
                return Some(i + c.len_utf8());
            }
        }
    }
    None
}

fn skip_whitespace(text: &str, mut pos: usize) -> usize {
    while let Some(c) = text.get(pos..).and_then(|s| s.chars().next()) {
        if !c.is_whitespace() {
            break;
        }
        pos += c.len_utf8();
    }
    pos
}

/// Finds one word at or after `cursor`.
fn find_word(text: &str, cursor: usize, word: &str) -> Option<Span> {
    let rest = text.get(cursor..)?;
    let candidates = surface_candidates(word);
    for cand in &candidates {
        if rest.starts_with(cand.as_str()) {
            return Some(Span::new(cursor, cursor + cand.len()));
        }
    }
    for cand in &candidates {
        if let Some(len) = starts_with_ignore_case(rest, cand) {
            return Some(Span::new(cursor, cursor + len));
        }
    }
    if let Some(len) = alnum_match(rest, word) {
        return Some(Span::new(cursor, cursor + len));
    }
    let window_end = (search_window(word) + cursor).min(text.len());
    let mut window_end = window_end;
    while !text.is_char_boundary(window_end) {
        window_end += 1;
    }
    let window = text.get(cursor..window_end)?;
    let mut best: Option<Span> = None;
    for cand in &candidates {
        if let Some(found) = window.find(cand.as_str()) {
            let start = cursor + found;
            let end = start + cand.len();
            if end <= text.len() && best.is_none_or(|b| start < b.start) {
                best = Some(Span::new(start, end));
            }
        }
    }
    best
}

/// Aligns `words` (PTB-escaped, in order) onto `text` starting at byte
/// `start`. Returns one span per word (empty for a word not found) and the
/// cursor after the last aligned word.
pub fn align_words(text: &str, start: usize, words: &[&str]) -> (Vec<Span>, usize) {
    let mut cursor = start.min(text.len());
    while !text.is_char_boundary(cursor) {
        cursor -= 1;
    }
    let mut spans = Vec::with_capacity(words.len());
    for word in words {
        cursor = skip_whitespace(text, cursor);
        match find_word(text, cursor, word) {
            Some(span) => {
                spans.push(span);
                cursor = span.end;
            }
            None => spans.push(Span::new(cursor, cursor)),
        }
    }
    (spans, cursor)
}

fn lemma_of(word: &str, tag: &str) -> String {
    crate::lemma::lemmatize(word, tag)
}

/// The surface form of an escaped PTB word when it is not found in the text.
fn unescaped(word: &str) -> String {
    surface_candidates(word)
        .into_iter()
        .next()
        .unwrap_or_else(|| word.to_string())
}

/// Converts one tree and aligns it onto `text` from byte `start`. Returns
/// the sentence and the cursor after it.
pub fn analyze_tree(
    text: &str,
    start: usize,
    tree: &PtbTree,
    index: usize,
) -> (AnalyzedSentence, usize) {
    let deps: Vec<DepToken> = to_dependencies(tree);
    let words: Vec<&str> = deps.iter().map(|d| d.word.as_str()).collect();
    let (spans, cursor) = align_words(text, start, &words);
    let tokens: Vec<AnalyzedToken> = deps
        .iter()
        .zip(&spans)
        .map(|(dep, span)| {
            let surface = if span.is_empty() {
                unescaped(&dep.word)
            } else {
                span.slice(text)
                    .map_or_else(|| unescaped(&dep.word), str::to_string)
            };
            AnalyzedToken {
                lemma: lemma_of(&surface, &dep.tag),
                text: surface,
                span: *span,
                tag: dep.tag.clone(),
                head: dep.head,
                dep: dep.label.clone(),
            }
        })
        .collect();
    let matched = spans.iter().filter(|s| !s.is_empty());
    let sent_start = matched.clone().map(|s| s.start).min().unwrap_or(cursor);
    let sent_end = matched
        .map(|s| s.end)
        .max()
        .unwrap_or(sent_start)
        .max(sent_start);
    let sentence = AnalyzedSentence {
        index,
        span: Span::new(sent_start, sent_end),
        tokens,
    };
    (sentence, cursor)
}
