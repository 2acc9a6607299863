//! Sentence splitting for news English.
//!
//! One pass over the bytes looks only at `.`, `!`, `?`, `…` and newlines.
//! A terminal ends a sentence when it is followed (after closing quotes and
//! brackets) by whitespace and a word that can start a sentence; a period
//! after a title (`Gen.`), an initial (`W.`), `No.` before a number, or an
//! ambiguous abbreviation (`U.S.`, `Inc.`, `Jan.`) not followed by a common
//! sentence starter, does not. Blank lines always end a sentence; a single
//! newline does too unless the line is visibly hard-wrapped (the next line
//! starts in lower case, or the line ends in `,` `-` `(` ...). Datelines
//! (`KABUL, July 3 (Reuters) -`) carry no terminal, so they stay with the
//! first sentence.

use crate::abbrev::{WordClass, classify, is_sentence_starter};
use crate::chars::{char_at, char_before, is_closing, is_opening, is_space};
use tacitus_core::Span;

/// Splits `text` into sentence spans (byte offsets), trimmed of whitespace.
pub fn split_sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(text.len() / 120 + 1);
    split_into(text, &mut out);
    out
}

/// Like [`split_sentences`], appending to `out`.
pub fn split_into(text: &str, out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        let s = match start {
            Some(s) => s,
            None => {
                let len = if b < 0x80 {
                    if b.is_ascii_whitespace() || b == 0x0B {
                        1
                    } else {
                        0
                    }
                } else {
                    match char_at(text, i) {
                        Some(c) if is_space(c) => c.len_utf8(),
                        Some(_) => 0,
                        None => 1,
                    }
                };
                if len > 0 {
                    i += len;
                    continue;
                }
                start = Some(i);
                i
            }
        };
        match b {
            b'.' | b'!' | b'?' => match terminal(text, s, i) {
                Ok(end) => {
                    push(text, s, end, out);
                    start = None;
                    i = end;
                }
                Err(next) => i = next,
            },
            0xE2 if bytes[i..].starts_with("…".as_bytes()) => match terminal(text, s, i) {
                Ok(end) => {
                    push(text, s, end, out);
                    start = None;
                    i = end;
                }
                Err(next) => i = next,
            },
            b'\n' => {
                let (ws_end, boundary) = newline(text, s, i);
                if boundary {
                    push(text, s, i, out);
                    start = None;
                }
                i = ws_end;
            }
            _ => {
                i += 1;
                // Skip to the next byte that can matter.
                i = next_interesting(bytes, i);
            }
        }
    }
    if let Some(s) = start {
        push(text, s, n, out);
    }
}

/// The first byte at or after `from` the splitter stops at inside a sentence
/// (a terminal, a newline or the lead byte of `…`; else `bytes.len()`),
/// found with vectorized searches: `.`, newline and `…`'s lead byte first,
/// then the rarer `!` and `?` before that point.
fn next_interesting(bytes: &[u8], from: usize) -> usize {
    let Some(rest) = bytes.get(from..) else {
        return bytes.len();
    };
    let common = memchr::memchr3(b'.', b'\n', 0xE2, rest).unwrap_or(rest.len());
    let rare = memchr::memchr2(b'!', b'?', &rest[..common]).unwrap_or(common);
    from + rare
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let Some(slice) = text.get(start..end) else {
        return;
    };
    let trimmed = slice.trim_end_matches(is_space);
    if !trimmed.is_empty() {
        out.push(Span::new(start, start + trimmed.len()));
    }
}

/// Decides on the terminal at `p` (sentence started at `s`): `Ok(end)` is a
/// boundary ending at `end`; `Err(next)` means go on scanning at `next`.
fn terminal(text: &str, s: usize, p: usize) -> Result<usize, usize> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let (mut q, mut dots, mut bang, mut ellipsis) = (p, 0, false, false);
    while q < n {
        match bytes[q] {
            b'.' => dots += 1,
            b'!' | b'?' => bang = true,
            0xE2 if bytes[q..].starts_with("…".as_bytes()) => {
                ellipsis = true;
                q += 3;
                continue;
            }
            _ => break,
        }
        q += 1;
    }
    let ellipsis = ellipsis || dots >= 2;
    let mut e = q;
    while let Some(c) = char_at(text, e) {
        if is_closing(c) {
            e += c.len_utf8();
        } else {
            break;
        }
    }
    if e > 0 && crate::chars::is_glued_quote(bytes, e - 1, n) {
        e += 1; // `schools."?Before`: the `?` stands for the lost space
    } else {
        let Some(after) = char_at(text, e) else {
            return Ok(e);
        };
        if !is_space(after) {
            return Err(q);
        }
    }
    let mut f = e;
    while let Some(c) = char_at(text, f) {
        if is_space(c) {
            f += c.len_utf8();
        } else {
            break;
        }
    }
    let mut g = f;
    while let Some(c) = char_at(text, g) {
        if is_opening(c) {
            g += c.len_utf8();
        } else {
            break;
        }
    }
    let Some(next) = char_at(text, g) else {
        return Ok(e);
    };
    if next.is_lowercase() {
        return Err(e);
    }
    if ellipsis {
        return if next.is_uppercase() { Ok(e) } else { Err(e) };
    }
    if bang && dots == 0 {
        return Ok(e);
    }
    // A single period: look at the word before it.
    let mut w = p;
    while let Some(c) = char_before(text, w) {
        if w <= s || is_space(c) {
            break;
        }
        w -= c.len_utf8();
    }
    while let Some(c) = char_at(text, w) {
        if w < p && is_opening(c) {
            w += c.len_utf8();
        } else {
            break;
        }
    }
    let word = &text[w..p];
    let next_word = next_word(text, g);
    match classify(word) {
        WordClass::Title | WordClass::Initial => Err(e),
        WordClass::NumberPrefix if next.is_ascii_digit() => Err(e),
        WordClass::Month | WordClass::Ambiguous => {
            if !next.is_ascii_digit() && is_sentence_starter(next_word) {
                Ok(e)
            } else {
                Err(e)
            }
        }
        WordClass::Lowercase if word.eq_ignore_ascii_case("vs") => Err(e),
        _ => {
            // `1. The first point`: a list number opening a line.
            let list_number = w == s && word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit());
            if list_number { Err(e) } else { Ok(e) }
        }
    }
}

/// The ASCII-letter word starting at `g` (empty if none).
fn next_word(text: &str, g: usize) -> &str {
    let rest = &text.as_bytes()[g..];
    let len = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    &text[g..g + len]
}

/// Decides on the newline at `i` (sentence started at `s`): returns where the
/// whitespace run ends and whether it is a boundary.
fn newline(text: &str, s: usize, i: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut ws_start = i;
    while ws_start > s && matches!(bytes[ws_start - 1], b' ' | b'\t' | b'\r') {
        ws_start -= 1;
    }
    let (mut ws_end, mut newlines, mut indent) = (i, 0, false);
    while let Some(c) = char_at(text, ws_end) {
        if !is_space(c) {
            break;
        }
        if c == '\n' {
            newlines += 1;
            indent = false;
        } else {
            indent = true;
        }
        ws_end += c.len_utf8();
    }
    if newlines >= 2 {
        return (ws_end, true);
    }
    let (Some(prev), Some(next)) = (char_before(text, ws_start), char_at(text, ws_end)) else {
        return (ws_end, true);
    };
    if next.is_lowercase() || matches!(prev, ',' | ';' | '-' | '–' | '—' | '(' | '&' | '/') {
        return (ws_end, false);
    }
    let line_start = text[s..ws_start].rfind('\n').map_or(s, |k| s + k + 1);
    let mut w = ws_start;
    while w > line_start && !bytes[w - 1].is_ascii_whitespace() {
        w -= 1;
    }
    let prev_word = &text[w..ws_start];
    if let Some(word) = prev_word.strip_suffix('.')
        && matches!(classify(word), WordClass::Title | WordClass::Initial)
    {
        return (ws_end, false);
    }
    let wrapped_line = !indent
        && ws_start - line_start >= 40
        && !prev_word.is_empty()
        && prev_word.bytes().all(|b| b.is_ascii_lowercase())
        && next.is_alphanumeric();
    (ws_end, !wrapped_line)
}
