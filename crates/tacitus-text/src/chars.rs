//! Character classes shared by the splitter and the tokenizer.

use tacitus_core::swar::{HIGH_BITS, LOW_BITS, at_least, splat};

/// Whitespace, including the zero-width space and BOM that scraped news
/// carries between words.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}'
}

/// The char starting at byte `i` of `text` (which must be a char boundary).
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        text.get(i..)?.chars().next()
    }
}

/// The char ending at byte `i` of `text`.
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// True when `bytes[i..]` starts with `"?` standing for a closing quote
/// whose following space was lost (a common mangling of `”` in scraped news:
/// `choice,"?Sen. Warren`, `schools."?Before`): the `?` is followed by a
/// non-space character, or the `"` follows sentence punctuation.
#[inline]
pub(crate) fn is_glued_quote(bytes: &[u8], i: usize, end: usize) -> bool {
    if bytes.get(i) != Some(&b'"') || bytes.get(i + 1) != Some(&b'?') || i + 2 > end {
        return false;
    }
    let after_is_word = i + 2 < end && !bytes[i + 2].is_ascii_whitespace();
    let after_punct = i > 0 && matches!(bytes[i - 1], b'.' | b',' | b'!' | b'?');
    after_is_word || after_punct
}

/// Quotes and brackets that open a phrase.
#[inline]
pub(crate) fn is_opening(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '(' | '[' | '{' | '`' | '“' | '‘' | '„' | '‚' | '«' | '‹'
    )
}

/// Quotes and brackets that close a phrase (and may follow a final period).
#[inline]
pub(crate) fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»' | '›')
}

/// Dashes that stand as their own token (`—`, `–`, and `--` runs are handled
/// by the tokenizer).
#[inline]
pub(crate) fn is_long_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―' | '−')
}

/// Currency symbols that PTB splits from the amount (`$` `5`).
#[inline]
pub(crate) fn is_currency(c: char) -> bool {
    matches!(c, '$' | '£' | '€' | '¥' | '₹' | '₽' | '₩' | '₺')
}

/// The normalised (PTB/ASCII) form of a token containing typographic quotes,
/// apostrophes or the ellipsis character; `None` when it has none.
///
/// Convention: curly and low double quotes and guillemets become `"`, curly
/// single quotes and apostrophes become `'`, `…` becomes `...`. The ASCII
/// forms are kept as they are (we do not turn `"` into PTB's ``` `` ```/`''`).
pub(crate) fn normalised(token: &str) -> Option<String> {
    if token.is_ascii() {
        return None;
    }
    let needs = token.chars().any(|c| {
        matches!(
            c,
            '“' | '”'
                | '„'
                | '‟'
                | '«'
                | '»'
                | '‘'
                | '’'
                | '‚'
                | '‛'
                | '‹'
                | '›'
                | '…'
                | '′'
        )
    });
    if !needs {
        return None;
    }
    let mut out = String::with_capacity(token.len());
    for c in token.chars() {
        match c {
            '“' | '”' | '„' | '‟' | '«' | '»' => out.push('"'),
            '‘' | '’' | '‚' | '‛' | '‹' | '›' | '′' => out.push('\''),
            '…' => out.push_str("..."),
            other => out.push(other),
        }
    }
    Some(out)
}

/// The high bit of each byte of `v` set where the byte is an ASCII letter
/// or digit (SWAR: eight bytes per step, no table, no branch).
#[inline(always)]
pub(crate) const fn alnum_mask(v: u64) -> u64 {
    let x = v & LOW_BITS;
    let digit = at_least(x, b'0') & !at_least(x, b'9' + 1);
    // `| 0x20` maps `A`-`Z` onto `a`-`z` and nothing else onto them
    let folded = x | splat(0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    (digit | letter) & !v & HIGH_BITS
}

/// The end of the run of ASCII letters and digits starting at `i` (the
/// tokenizer's hot loop: most words end within the first eight bytes, so
/// one SWAR step finds the end without a mispredicted branch per byte).
#[inline]
pub(crate) fn alnum_run_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let Ok(eight) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let other = !alnum_mask(u64::from_le_bytes(eight)) & HIGH_BITS;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alnum_run_end_matches_a_byte_loop() {
        let text: Vec<u8> = (0u16..=255)
            .map(|b| b as u8)
            .chain(*b"Kabul2025 U.S. don't 10:30 a\xC3\xA9b zZ09@[`{/:")
            .collect();
        for start in 0..text.len() {
            for end in start..text.len().min(start + 20) {
                let slice = &text[..end];
                let expected = start
                    + slice[start..]
                        .iter()
                        .take_while(|b| b.is_ascii_alphanumeric())
                        .count();
                assert_eq!(alnum_run_end(slice, start), expected, "{start}..{end}");
            }
        }
    }
}
