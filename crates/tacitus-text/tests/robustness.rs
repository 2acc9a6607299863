//! Random inputs made of news-like pieces and awkward characters: the splitter
//! and tokenizer never panic, and every span is ordered, non-empty, on char
//! boundaries and inside its sentence.

use tacitus_text::{Span, segment, tokenize};

const PIECES: &[&str] = &[
    "U.S.",
    "Gen.",
    " ",
    "  ",
    "\n",
    "\n\n",
    ".",
    "..",
    "...",
    "…",
    "!",
    "?",
    "\"",
    "“",
    "”",
    "’",
    "'",
    "‘",
    "(",
    ")",
    "[",
    "]",
    "-",
    "--",
    "—",
    "–",
    ",",
    ";",
    ":",
    "$",
    "£",
    "%",
    "3.5",
    "1,000",
    "don't",
    "can’t",
    "'s",
    "n't",
    "é",
    "日本",
    "a",
    "The",
    "word",
    "Mr",
    "J.",
    "http://x.org/a.b",
    "a@b.c",
    "`",
    "``",
    "''",
    "\u{a0}",
    "\u{200b}",
    "\r\n",
    "No.",
    "5",
    "etc.",
    "vs.",
    "'90s",
    "\"?",
    ".\"?",
    "?",
    "#",
    "@",
];

#[test]
fn random_inputs_never_break_the_span_invariants() {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..20000 {
        let len = (next() % 40) as usize;
        let text: String = (0..len)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        let mut last_end = 0;
        for sentence in segment(&text) {
            let s = sentence.span;
            assert!(
                s.start >= last_end && s.start < s.end,
                "{text:?}: sentence {s:?}"
            );
            assert!(
                text.get(s.start..s.end).is_some(),
                "{text:?}: sentence {s:?}"
            );
            let mut last_token_end = s.start;
            for t in &sentence.tokens {
                assert!(
                    t.span.start >= last_token_end && t.span.start < t.span.end,
                    "{text:?}: token {:?}",
                    t.span
                );
                assert!(
                    t.span.end <= s.end,
                    "{text:?}: token {:?} outside {s:?}",
                    t.span
                );
                let slice = text.get(t.span.start..t.span.end).unwrap();
                assert!(
                    !slice.chars().any(char::is_whitespace),
                    "{text:?}: token {slice:?} has whitespace"
                );
                last_token_end = t.span.end;
            }
            // every non-space char of the sentence is covered by a token
            let covered: usize = sentence.tokens.iter().map(|t| t.span.len()).sum();
            let non_space: usize = text[s.start..s.end]
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '\u{200b}' && *c != '\u{feff}')
                .map(char::len_utf8)
                .sum();
            assert_eq!(
                covered, non_space,
                "{text:?}: tokens do not cover sentence {s:?}"
            );
            last_end = s.end;
        }
        let whole = tokenize(&text, Span::new(0, text.len()));
        assert!(
            whole
                .iter()
                .all(|t| text.get(t.span.start..t.span.end).is_some())
        );
    }
}
