//! Character classes shared by the splitter and the tokenizer.

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
