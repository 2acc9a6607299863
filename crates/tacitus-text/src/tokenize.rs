//! Penn-Treebank-style tokenization with byte offsets.
//!
//! The text is first cut at whitespace into chunks; each chunk then loses its
//! leading punctuation (opening quotes and brackets, currency symbols, dashes)
//! and its trailing punctuation (closing quotes and brackets, `, ; : ! ? %`,
//! ellipses, and a period unless the chunk is an abbreviation), and what is
//! left is split at contractions (`do` `n't`, `Taliban` `'s`) and at inner
//! quotes, brackets, dashes and semicolons. Hyphenated words, numbers
//! (`3.5`, `1,000`, `10:30`), dotted abbreviations (`U.S.`) and URLs and
//! e-mail addresses stay whole.

use crate::abbrev::{WordClass, classify};
use crate::chars::{
    alnum_run_end, char_at, char_before, is_currency, is_long_dash, is_space, normalised,
};
use tacitus_core::{Span, TokenSpan};

/// Byte classes for the chunking loop: ASCII letters and digits, ASCII
/// whitespace, and everything else (punctuation and non-ASCII bytes).
const WORD: u8 = 0;
const SPACE: u8 = 1;
const OTHER: u8 = 2;

static BYTE_CLASS: [u8; 256] = {
    let mut table = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = WORD;
        } else if c.is_ascii_whitespace() || c == 0x0B {
            table[b] = SPACE;
        }
        b += 1;
    }
    table
};

/// Trailing punctuation tokens of one chunk, collected right to left.
const MAX_TAIL: usize = 8;

/// Tokenizes the part of `text` covered by `span`; offsets are into `text`.
///
/// The span is taken to be a sentence: an abbreviation's period at its very
/// end (`... in the U.S.`) is split off as the sentence's final `.`, and the
/// abbreviation token gets `norm` `U.S.`. An invalid span (out of range or
/// not on character boundaries) yields no tokens.
pub fn tokenize(text: &str, span: Span) -> Vec<TokenSpan> {
    let mut out = Vec::with_capacity(span.len() / 5 + 2);
    tokenize_into(text, span, &mut out);
    out
}

/// Like [`tokenize`], appending to `out` (to reuse one buffer).
pub fn tokenize_into(text: &str, span: Span, out: &mut Vec<TokenSpan>) {
    if span.start > span.end || text.get(span.start..span.end).is_none() {
        return;
    }
    let bytes = text.as_bytes();
    let in_span = &bytes[..span.end];
    let first = out.len();
    let mut pending: Option<(usize, usize, bool)> = None;
    let mut i = span.start;
    while i < span.end {
        let b = bytes[i];
        let class = BYTE_CLASS[b as usize];
        if class == SPACE {
            i += 1;
            continue;
        }
        if class == OTHER
            && let Some(c) = char_at(text, i).filter(|&c| is_space(c))
        {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut plain = true;
        while i < span.end {
            // run over ASCII letters and digits, eight bytes a step
            i = alnum_run_end(in_span, i);
            if i >= span.end {
                break;
            }
            let class = BYTE_CLASS[bytes[i] as usize];
            if class == SPACE {
                break;
            } else if bytes[i] >= 0x80 {
                match char_at(text, i) {
                    Some(c) if is_space(c) => break,
                    Some(c) => i += c.len_utf8(),
                    None => i += 1,
                }
                plain = false;
            } else if bytes[i] == b'"' && crate::chars::is_glued_quote(bytes, i, span.end) {
                break;
            } else {
                plain = false;
                i += 1;
            }
        }
        if let Some((a, z, p)) = pending.take() {
            chunk(text, a, z, p, bytes[start].is_ascii_digit(), out);
        }
        if plain && i > start && word_split(&text[start..i]).is_none() {
            // Fast path: most chunks are plain ASCII words or numbers.
            out.push(TokenSpan {
                span: Span::new(start, i),
                norm: None,
            });
            continue;
        }
        if i < span.end && bytes[i] == b'"' && crate::chars::is_glued_quote(bytes, i, span.end) {
            // `said."?Then`: a mangled closing quote that swallowed a space.
            if start < i {
                chunk(text, start, i, plain, false, out);
            }
            out.push(TokenSpan {
                span: Span::new(i, i + 2),
                norm: Some("\"".to_string()),
            });
            i += 2;
            continue;
        }
        pending = Some((start, i, plain));
    }
    if let Some((a, z, p)) = pending {
        chunk(text, a, z, p, false, out);
    }
    split_final_period(text, first, out);
}

#[inline]
fn push(text: &str, start: usize, end: usize, out: &mut Vec<TokenSpan>) {
    if start < end {
        let norm = text.get(start..end).and_then(normalised);
        out.push(TokenSpan {
            span: Span::new(start, end),
            norm,
        });
    }
}

/// Tokenizes one whitespace-delimited chunk `text[a..z]`.
/// `next_is_digit`: the next chunk starts with a digit (`No. 5`).
/// `plain`: the chunk is only ASCII letters and digits.
fn chunk(
    text: &str,
    a: usize,
    z: usize,
    plain: bool,
    next_is_digit: bool,
    out: &mut Vec<TokenSpan>,
) {
    // Fast path: most chunks are plain ASCII words or numbers.
    if plain && word_split(&text[a..z]).is_none() {
        out.push(TokenSpan {
            span: Span::new(a, z),
            norm: None,
        });
        return;
    }
    if word_then_punct(text, a, z, next_is_digit, out) {
        return;
    }
    let (mut lo, mut hi) = (a, z);
    while lo < hi {
        match leading_punct_len(text, lo, hi) {
            Some(n) => {
                push(text, lo, lo + n, out);
                lo += n;
            }
            None => break,
        }
    }
    let mut tail = [(0usize, 0usize); MAX_TAIL];
    let mut n_tail = 0;
    while lo < hi && n_tail < MAX_TAIL {
        match trailing_punct_len(text, lo, hi, next_is_digit) {
            Some(n) => {
                tail[n_tail] = (hi - n, hi);
                n_tail += 1;
                hi -= n;
            }
            None => break,
        }
    }
    if lo < hi {
        core(text, lo, hi, out);
    }
    for &(s, e) in tail[..n_tail].iter().rev() {
        push(text, s, e, out);
    }
}

/// Fast path of [`chunk`] for its commonest non-plain shape, a plain word
/// and one final `,` `;` `:` `!` `?` or `.` (`said,` `Monday.`); pushes the
/// same tokens as the general path and returns true, or returns false for
/// anything else (an abbreviation that keeps its period, `cannot,`).
fn word_then_punct(
    text: &str,
    a: usize,
    z: usize,
    next_is_digit: bool,
    out: &mut Vec<TokenSpan>,
) -> bool {
    let bytes = text.as_bytes();
    if z < a + 2 || crate::chars::alnum_run_end(&bytes[..z - 1], a) != z - 1 {
        return false;
    }
    let word = &text[a..z - 1];
    let splits = match bytes[z - 1] {
        b',' | b';' | b':' | b'!' | b'?' => true,
        b'.' => match classify(word) {
            WordClass::Normal => true,
            WordClass::NumberPrefix => !next_is_digit,
            _ => false,
        },
        _ => false,
    };
    if !splits || word_split(word).is_some() {
        return false;
    }
    out.push(TokenSpan {
        span: Span::new(a, z - 1),
        norm: None,
    });
    out.push(TokenSpan {
        span: Span::new(z - 1, z),
        norm: None,
    });
    true
}

fn run_of(bytes: &[u8], from: usize, to: usize, b: u8) -> usize {
    bytes[from..to].iter().take_while(|&&x| x == b).count()
}

fn run_back(bytes: &[u8], from: usize, to: usize, b: u8) -> usize {
    bytes[from..to]
        .iter()
        .rev()
        .take_while(|&&x| x == b)
        .count()
}

/// True when `s` (starting with an apostrophe) is a clitic or an elided
/// word that keeps its apostrophe: `'s`, `'re`, `'90s`, `'em`.
fn apostrophe_word(s: &str, apostrophe_len: usize) -> bool {
    let rest = &s[apostrophe_len..];
    if rest.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return true;
    }
    [
        "s", "re", "ve", "ll", "d", "m", "em", "til", "n", "cause", "tis",
    ]
    .iter()
    .any(|w| rest.eq_ignore_ascii_case(w))
}

/// Length in bytes of the punctuation token at the start of `text[lo..hi]`.
fn leading_punct_len(text: &str, lo: usize, hi: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let c = char_at(text, lo)?;
    let clen = c.len_utf8();
    let next = if lo + clen < hi {
        char_at(text, lo + clen)
    } else {
        None
    };
    match c {
        '`' => Some(if next == Some('`') { 2 } else { 1 }),
        '"' | '“' | '„' | '«' | '‹' | '(' | '[' | '{' | '¿' | '¡' | '‚' | '‘' => {
            Some(clen)
        }
        '\'' | '’' => {
            let rest = &text[lo..hi];
            if next.is_none() || (rest.len() <= 8 && apostrophe_word(rest, clen)) {
                None
            } else if c == '\'' && next == Some('\'') {
                Some(2)
            } else {
                Some(clen)
            }
        }
        c if is_currency(c) => next
            .is_some_and(|n| n.is_ascii_digit() || n == '.')
            .then_some(clen),
        '#' => next.is_some_and(|n| n.is_ascii_digit()).then_some(1),
        // Reuters-style company tags: `<Acme Corp>`.
        '<' => next.is_some_and(char::is_alphanumeric).then_some(1),
        '-' => {
            let run = run_of(bytes, lo, hi, b'-');
            if run >= 2 {
                Some(run)
            } else {
                next.is_some_and(|n| n.is_alphabetic() || crate::chars::is_opening(n))
                    .then_some(1)
            }
        }
        c if is_long_dash(c) => Some(clen),
        '.' => {
            let run = run_of(bytes, lo, hi, b'.');
            (run >= 2).then_some(run)
        }
        '…' => Some(clen),
        _ => None,
    }
}

/// Length in bytes of the punctuation token at the end of `text[lo..hi]`.
fn trailing_punct_len(text: &str, lo: usize, hi: usize, next_is_digit: bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let c = char_before(text, hi)?;
    let clen = c.len_utf8();
    if hi - clen <= lo {
        return None; // a lone character is its own token anyway
    }
    let prev = char_before(text, hi - clen);
    match c {
        '\'' if prev == Some('\'') => Some(2),
        '`' => Some(if prev == Some('`') { 2 } else { 1 }),
        '>' => prev
            .is_some_and(|p| p.is_alphanumeric() || p == '.')
            .then_some(1),
        '"' | '”' | '»' | '›' | ')' | ']' | '}' | ',' | ';' | ':' | '!' | '?' | '%' | '‰' | '…'
        | '\'' | '’' => Some(clen),
        '.' => {
            let run = run_back(bytes, lo, hi, b'.');
            if run >= 2 {
                return Some(run);
            }
            let word = &text[lo..hi - 1];
            let keep = match classify(word) {
                WordClass::Normal => false,
                WordClass::NumberPrefix => next_is_digit,
                _ => true,
            };
            (!keep).then_some(1)
        }
        '-' => {
            let run = run_back(bytes, lo, hi, b'-');
            (run >= 2).then_some(run)
        }
        c if is_long_dash(c) => Some(clen),
        _ => None,
    }
}

fn is_url_or_email(s: &str) -> bool {
    if !s.bytes().any(|b| b == b':' || b == b'@' || b == b'.') {
        return false;
    }
    if s.contains("://") || s.starts_with("www.") {
        return true;
    }
    match s.find('@') {
        Some(at) => at > 0 && s[at + 1..].contains('.'),
        None => false,
    }
}

fn ends_with_ignore_case(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len()
        && s.is_char_boundary(s.len() - suffix.len())
        && s[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// Byte offset (relative to `s`) where a contraction or clitic starts.
fn clitic_start(s: &str) -> Option<usize> {
    for suffix in ["n't", "n’t"] {
        if s.len() > suffix.len() && ends_with_ignore_case(s, suffix) {
            return Some(s.len() - suffix.len());
        }
    }
    let (pos, apostrophe) = s
        .char_indices()
        .rev()
        .find(|&(_, c)| c == '\'' || c == '’')?;
    if pos == 0 {
        return None;
    }
    let rest = &s[pos + apostrophe.len_utf8()..];
    let is_clitic = ["s", "re", "ve", "ll", "d", "m"]
        .iter()
        .any(|c| rest.eq_ignore_ascii_case(c));
    is_clitic.then_some(pos)
}

/// PTB splits of single words: `cannot` -> `can not`, `gonna` -> `gon na`.
/// (The length test is inlined into every caller: it rules out most words.)
#[inline(always)]
fn word_split(s: &str) -> Option<usize> {
    if !matches!(s.len(), 5 | 6) {
        return None;
    }
    word_split_5_or_6(s)
}

fn word_split_5_or_6(s: &str) -> Option<usize> {
    if !matches!(s.as_bytes()[0] | 0x20, b'c' | b'g' | b'w') {
        return None;
    }
    if s.len() == 6 && s.eq_ignore_ascii_case("cannot") {
        return Some(3);
    }
    if s.len() == 5
        && ["gonna", "wanna", "gotta"]
            .iter()
            .any(|w| s.eq_ignore_ascii_case(w))
    {
        return Some(3);
    }
    None
}

/// Splits what remains of a chunk after its outer punctuation.
fn core(text: &str, lo: usize, hi: usize, out: &mut Vec<TokenSpan>) {
    let s = &text[lo..hi];
    let (mut apostrophe, mut urlish, mut special) = (false, false, false);
    for &b in s.as_bytes() {
        match b {
            b'\'' => apostrophe = true,
            b':' | b'@' | b'/' => urlish = true,
            b'"' | b'(' | b')' | b'[' | b']' | b'{' | b'}' | b';' | b',' | b'-' | b'.' => {
                special = true
            }
            0x80.. => {
                apostrophe = true; // may hold `’`
                special = true;
            }
            _ => {}
        }
    }
    if (urlish || s.starts_with("www.")) && is_url_or_email(s) {
        push(text, lo, hi, out);
        return;
    }
    if !apostrophe && !special && word_split(s).is_none() {
        out.push(TokenSpan {
            span: Span::new(lo, hi),
            norm: None,
        });
        return;
    }
    let cut = apostrophe
        .then(|| clitic_start(s))
        .flatten()
        .or_else(|| word_split(s))
        .map(|k| lo + k);
    match cut {
        Some(cut) => {
            inner(text, lo, cut, out);
            push(text, cut, hi, out);
        }
        None => inner(text, lo, hi, out),
    }
}

/// Splits `text[lo..hi]` at inner quotes, brackets, semicolons, dashes,
/// ellipses and commas that are not thousands separators.
fn inner(text: &str, lo: usize, hi: usize, out: &mut Vec<TokenSpan>) {
    let bytes = text.as_bytes();
    let mut piece = lo;
    let mut i = lo;
    while i < hi {
        let b = bytes[i];
        let (c, clen) = if b < 0x80 {
            (b as char, 1)
        } else {
            match char_at(text, i) {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        let split_len = match c {
            '"' | '“' | '”' | '„' | '(' | ')' | '[' | ']' | '{' | '}' | ';' | '…' | '«' | '»'
            | '—' | '―' => clen,
            '–' => {
                let before = char_before(text, i).is_some_and(|p| p.is_ascii_digit());
                let after = char_at(text, i + clen).is_some_and(|n| n.is_ascii_digit());
                if before && after { 0 } else { clen }
            }
            '-' | '.' => {
                let run = run_of(bytes, i, hi, b);
                let min = if b == b'-' { 2 } else { 3 };
                if run >= min { run } else { 0 }
            }
            ',' => {
                let before = i > lo && bytes[i - 1].is_ascii_digit();
                let after = i + 1 < hi && bytes[i + 1].is_ascii_digit();
                if before && after { 0 } else { 1 }
            }
            _ => 0,
        };
        if split_len > 0 {
            push(text, piece, i, out);
            push(text, i, i + split_len, out);
            i += split_len;
            piece = i;
        } else if b == b'-' || b == b'.' {
            // skip the whole (short) run so it is not re-examined
            i += run_of(bytes, i, hi, b).max(1);
        } else {
            i += clen;
        }
    }
    push(text, piece, hi, out);
}

/// Splits the final period off the last word of a sentence when the word
/// kept it as an abbreviation (`U.S.` -> `U.S` + `.`, norm `U.S.`).
fn split_final_period(text: &str, first: usize, out: &mut Vec<TokenSpan>) {
    let mut k = out.len();
    while k > first {
        let t = &out[k - 1];
        let s = &text[t.span.start..t.span.end];
        let closing = s.len() <= 3 && s.chars().all(crate::chars::is_closing);
        if closing {
            k -= 1;
        } else {
            break;
        }
    }
    if k == first {
        return;
    }
    let span = out[k - 1].span;
    let s = &text[span.start..span.end];
    if s.len() > 1 && s.ends_with('.') && !s.bytes().all(|b| b == b'.') {
        let norm = normalised(s).unwrap_or_else(|| s.to_string());
        out[k - 1] = TokenSpan {
            span: Span::new(span.start, span.end - 1),
            norm: Some(norm),
        };
        out.insert(
            k,
            TokenSpan {
                span: Span::new(span.end - 1, span.end),
                norm: None,
            },
        );
    }
}
