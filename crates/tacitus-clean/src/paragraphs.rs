//! Lines to paragraphs.
//!
//!
//! Blank lines always separate paragraphs. Inside a block of lines:
//! - markdown headings (`# ...`) and whole-line bold (`**...**`) stand alone;
//! - when some later lines are indented and others not (Reuters), an
//!   indented line starts a paragraph and the others continue it;
//! - when lines are long (over 100 characters: one paragraph per line, as
//!   editors and scrapers write them) each line is a paragraph;
//! - otherwise lines are hard-wrapped text and are joined, except after a
//!   line much shorter than the block's width (a paragraph end or a heading).

use std::borrow::Cow;

/// A paragraph found in the text: borrowed from it when the paragraph is
/// one line that needed no cleaning (the common case), owned otherwise.
#[derive(Debug, Clone, PartialEq)]
pub struct RawParagraph<'a> {
    pub text: Cow<'a, str>,
    /// A markdown heading or a whole-line bold line.
    pub heading: bool,
}

impl RawParagraph<'_> {
    fn into_owned(self) -> RawParagraph<'static> {
        RawParagraph {
            text: Cow::Owned(self.text.into_owned()),
            heading: self.heading,
        }
    }
}

/// One cleaned line.
struct Line<'a> {
    text: Cow<'a, str>,
    /// Length in characters.
    len: usize,
    indent: usize,
    heading: bool,
}

/// Lines longer than this are paragraphs of their own.
const LONG_LINE: usize = 100;

/// Cleans one line: control and zero-width characters dropped, Unicode spaces
/// made plain, runs of spaces collapsed, ends trimmed. Returns the line and
/// its indentation (leading spaces, a tab counting 4).
fn clean_line(raw: &str) -> (Cow<'_, str>, usize) {
    // fast path: printable ASCII with single spaces after the indentation
    let indent = raw.bytes().take_while(|&b| b == b' ').count();
    let rest = raw[indent..].trim_end_matches(' ');
    let bytes = rest.as_bytes();
    // folds without early exit (vectorized, about a byte a cycle): cheaper
    // than a loop with a branch per byte or a substring search per line,
    // and most lines pass
    let printable = bytes
        .iter()
        .fold(true, |ok, &b| ok & (b.wrapping_sub(0x20) < 0x5f));
    let single_spaces = || {
        bytes
            .iter()
            .zip(bytes.iter().skip(1))
            .fold(true, |ok, (&a, &b)| ok & ((a != b' ') | (b != b' ')))
    };
    if printable && single_spaces() {
        return (Cow::Borrowed(rest), indent);
    }
    let mut indent = 0;
    for c in raw.chars() {
        match c {
            ' ' | '\u{a0}' => indent += 1,
            '\t' => indent += 4,
            _ => break,
        }
    }
    (Cow::Owned(collapse_spaces(raw)), indent)
}

/// True for printable ASCII other than the space.
#[inline(always)]
fn is_visible_ascii(b: u8) -> bool {
    b.wrapping_sub(0x21) < 0x5e
}

/// The end of the run starting at `i` (a visible ASCII byte) of visible
/// ASCII bytes and single spaces between them: text that a line keeps as
/// it is.
#[inline]
fn plain_run_end(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        if is_visible_ascii(bytes[i]) {
            i += 1;
        } else if bytes[i] == b' ' && bytes.get(i + 1).is_some_and(|&b| is_visible_ascii(b)) {
            i += 2;
        } else {
            break;
        }
    }
    i
}

/// The slow path of [`clean_line`]: Unicode spaces made plain, control and
/// zero-width characters dropped, runs of spaces collapsed, ends trimmed.
/// Stretches of plain ASCII are copied whole; only the rest goes character
/// by character.
fn collapse_spaces(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = String::with_capacity(raw.len());
    let mut pending_space = false;
    let mut i = 0;
    while i < bytes.len() {
        if is_visible_ascii(bytes[i]) {
            let end = plain_run_end(bytes, i);
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            // runs start and end on ASCII bytes, so on char boundaries
            out.push_str(&raw[i..end]);
            i = end;
            continue;
        }
        let Some(c) = raw[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        let c = match c {
            '\t' | '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => ' ',
            '\u{200b}' | '\u{feff}' | '\u{2060}' | '\u{ad}' => continue,
            c if c.is_control() => continue,
            c => c,
        };
        if c == ' ' {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// Strips markdown emphasis; returns the text and whether the line is a heading.
fn strip_markdown(line: Cow<'_, str>) -> (Cow<'_, str>, bool) {
    let t: &str = &line;
    // `*` is rare: a byte search first spares building a substring searcher
    let has_double_star = memchr::memchr(b'*', t.as_bytes()).is_some() && t.contains("**");
    let maybe_markdown =
        t.starts_with('#') || has_double_star || (t.starts_with("__") && t.ends_with("__"));
    if !maybe_markdown {
        return (line, false);
    }
    let hashes = t.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && t.as_bytes().get(hashes) == Some(&b' ') {
        let (inner, _) = strip_markdown(Cow::Owned(t[hashes + 1..].trim().to_string()));
        return (Cow::Owned(inner.into_owned()), true);
    }
    for marker in ["**", "__"] {
        if t.len() > 2 * marker.len() && t.starts_with(marker) && t.ends_with(marker) {
            let inner = &t[marker.len()..t.len() - marker.len()];
            if !inner.contains(marker) {
                return (Cow::Owned(inner.trim().to_string()), true);
            }
        }
    }
    if t.contains("**") {
        return (
            Cow::Owned(
                t.replace("**", "")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            false,
        );
    }
    (line, false)
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?', ':'])
}

/// Splits normalized text into paragraphs.
pub fn split_paragraphs(text: &str) -> Vec<RawParagraph<'_>> {
    // Unicode line and paragraph separators (E2 80 A8/A9) become newlines
    let has_separators = memchr::memmem::find(text.as_bytes(), "\u{2028}".as_bytes()).is_some()
        || memchr::memmem::find(text.as_bytes(), "\u{2029}".as_bytes()).is_some();
    if has_separators {
        let separated = text.replace(['\u{2028}', '\u{2029}'], "\n");
        return split_lines(&separated)
            .into_iter()
            .map(RawParagraph::into_owned)
            .collect();
    }
    split_lines(text)
}

/// [`split_paragraphs`] of a text whose only line breaks are `\n`.
fn split_lines(text: &str) -> Vec<RawParagraph<'_>> {
    let mut out = Vec::new();
    let mut block: Vec<Line> = Vec::new();
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    for end in ends {
        // `\n` is ASCII, so both ends are character boundaries
        let raw = &text[start..end];
        start = end + 1;
        let (cleaned, indent) = clean_line(raw);
        if cleaned.is_empty() {
            flush_block(&mut block, &mut out);
            continue;
        }
        let (text, heading) = strip_markdown(cleaned);
        if text.is_empty() {
            continue;
        }
        let len = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        block.push(Line {
            text,
            len,
            indent,
            heading,
        });
    }
    flush_block(&mut block, &mut out);
    out
}

fn flush_block<'a>(block: &mut Vec<Line<'a>>, out: &mut Vec<RawParagraph<'a>>) {
    if block.is_empty() {
        return;
    }
    if block.len() == 1
        && let Some(line) = block.pop()
    {
        out.push(RawParagraph {
            text: line.text,
            heading: line.heading,
        });
        return;
    }
    let width = block.iter().map(|l| l.len).max().unwrap_or(0);
    let later = &block[1..];
    let indent_mode =
        later.iter().any(|l| l.indent > 0) && later.iter().any(|l| l.indent == 0 && !l.heading);
    let mut current: Option<RawParagraph> = None;
    let mut prev_len = 0usize;
    let mut prev_ends = false;
    for line in block.drain(..) {
        let len = line.len;
        let ends = ends_sentence(&line.text);
        let starts_new = match &current {
            None => true,
            Some(p) if p.heading || line.heading => true,
            Some(_) if indent_mode => line.indent > 0,
            Some(_) if width > LONG_LINE => true,
            Some(_) => prev_len * 2 < width || (prev_ends && prev_len * 4 < width * 3),
        };
        if starts_new {
            out.extend(current.take());
            current = Some(RawParagraph {
                text: line.text,
                heading: line.heading,
            });
        } else if let Some(p) = &mut current {
            join_wrapped(p.text.to_mut(), &line.text);
        }
        prev_len = len;
        prev_ends = ends;
    }
    out.extend(current);
}

/// Joins a hard-wrapped line to its paragraph (a word hyphenated at the line
/// end, `inter-` + `national`, is kept as written with its hyphen).
fn join_wrapped(paragraph: &mut String, line: &str) {
    if !paragraph.ends_with('-') {
        paragraph.push(' ');
    }
    paragraph.push_str(line);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(ps: &'a [RawParagraph<'_>]) -> Vec<&'a str> {
        ps.iter().map(|p| p.text.as_ref()).collect()
    }

    #[test]
    fn reuters_wrapped_lines_with_indented_paragraphs() {
        let text = "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary.\n    The dry period means the temporao will be late this year.\n    Arrivals for the week ended February 22 were 155,221 bags\nof 60 kilos.\n Reuter\n";
        let ps = split_paragraphs(text);
        assert_eq!(
            texts(&ps),
            [
                "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January.",
                "The dry period means the temporao will be late this year.",
                "Arrivals for the week ended February 22 were 155,221 bags of 60 kilos.",
                "Reuter",
            ]
        );
    }

    #[test]
    fn long_lines_are_paragraphs_and_bold_lines_headings() {
        let long = "x ".repeat(60);
        let text = format!(
            "Teaser line that is fairly long but ends here with a period and more words to be long enough.\n**The Title**\n\n**The Title**\n{long}\n{long}"
        );
        let ps = split_paragraphs(&text);
        assert_eq!(ps.len(), 5);
        assert!(!ps[0].heading && ps[1].heading && ps[2].heading);
        assert_eq!(ps[1].text, "The Title");
        assert_eq!(ps[3].text, long.trim());
    }

    #[test]
    fn wrapped_sentence_is_joined_and_short_lines_break() {
        let text = "Arnor is about to restore full diplomatic ties with Gondor almost \nfive years after crowds trashed its embassy.\n";
        assert_eq!(
            texts(&split_paragraphs(text)),
            [
                "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy."
            ]
        );
        let text = "A Short Title\nThe first line of a wrapped paragraph that goes on for a while\nand ends here.\n# Heading\nBody.";
        assert_eq!(
            texts(&split_paragraphs(text)),
            [
                "A Short Title",
                "The first line of a wrapped paragraph that goes on for a while and ends here.",
                "Heading",
                "Body."
            ]
        );
    }

    /// The plain definition of [`collapse_spaces`], character by character.
    fn collapse_reference(raw: &str) -> String {
        let mut out = String::new();
        let mut pending_space = false;
        for c in raw.chars() {
            let c = match c {
                '\t'
                | '\u{a0}'
                | '\u{2000}'..='\u{200a}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}' => ' ',
                '\u{200b}' | '\u{feff}' | '\u{2060}' | '\u{ad}' => continue,
                c if c.is_control() => continue,
                c => c,
            };
            if c == ' ' {
                pending_space = !out.is_empty();
                continue;
            }
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
        out
    }

    #[test]
    fn collapsing_matches_the_character_definition() {
        let lines = [
            "",
            "   ",
            "a",
            " a  b   c ",
            "Muttaqi’s  “talks” —\tin\u{a0}Kabul\u{200b} \u{200b} now\u{ad}here\u{1}.",
            "x \u{3000}y\u{2009} z  ",
            "\u{feff}\u{200b}lead  and  trail\u{a0}\u{a0}",
            "a \u{200b}b",
            "Zürich  Genève ~~ !!  ",
        ];
        for line in lines {
            for (k, _) in line.char_indices() {
                let part = &line[k..];
                assert_eq!(collapse_spaces(part), collapse_reference(part), "{part:?}");
            }
        }
    }

    #[test]
    fn whitespace_and_invisible_characters() {
        let text = "  Tabs\tand\u{a0}spaces \u{200b}here\u{ad}  \r\n\r\n\u{1}Next\u{3000}one ";
        assert_eq!(
            texts(&split_paragraphs(text)),
            ["Tabs and spaces here", "Next one"]
        );
        assert_eq!(texts(&split_paragraphs("a **bold** word")), ["a bold word"]);
    }
}
