//! Tokenizer unit tests: hand-written PTB token lists.

use tacitus_text::{Span, token_form, tokenize};

/// Token forms (norm when set) of `text` taken as one sentence.
fn forms(text: &str) -> Vec<String> {
    let tokens = tokenize(text, Span::new(0, text.len()));
    for t in &tokens {
        assert!(
            text.get(t.span.start..t.span.end)
                .is_some_and(|s| !s.is_empty()),
            "bad span {:?}",
            t.span
        );
    }
    tokens
        .iter()
        .map(|t| token_form(text, t).to_string())
        .collect()
}

/// Raw covered texts.
fn texts(text: &str) -> Vec<String> {
    tokenize(text, Span::new(0, text.len()))
        .iter()
        .map(|t| text[t.span.start..t.span.end].to_string())
        .collect()
}

fn check(text: &str, expected: &[&str]) {
    assert_eq!(forms(text), expected, "tokenizing {text:?}");
}

#[test]
fn contractions() {
    check("I don't know.", &["I", "do", "n't", "know", "."]);
    check(
        "They can't and won't go.",
        &["They", "ca", "n't", "and", "wo", "n't", "go", "."],
    );
    check(
        "We're sure it's what you've said they'll do, I'd think, I'm told.",
        &[
            "We", "'re", "sure", "it", "'s", "what", "you", "'ve", "said", "they", "'ll", "do",
            ",", "I", "'d", "think", ",", "I", "'m", "told", ".",
        ],
    );
    check("He cannot stay.", &["He", "can", "not", "stay", "."]);
    check("DON'T GO", &["DO", "N'T", "GO"]);
}

#[test]
fn curly_apostrophes_are_normalised() {
    check(
        "Kabul’s envoy didn’t go",
        &["Kabul", "'s", "envoy", "did", "n't", "go"],
    );
    assert_eq!(texts("didn’t"), ["did", "n’t"]);
    check(
        "“We won,” he said.",
        &["\"", "We", "won", ",", "\"", "he", "said", "."],
    );
    check("the ‘peace’ deal", &["the", "'", "peace", "'", "deal"]);
}

#[test]
fn possessives() {
    check("the Taliban's leader", &["the", "Taliban", "'s", "leader"]);
    check("the nations' leaders", &["the", "nations", "'", "leaders"]);
    check("the U.S.'s role", &["the", "U.S.", "'s", "role"]);
}

#[test]
fn abbreviations_keep_their_period() {
    check(
        "Gen. Smith met Sen. Jones in St. Louis",
        &[
            "Gen.", "Smith", "met", "Sen.", "Jones", "in", "St.", "Louis",
        ],
    );
    check(
        "the U.S. and U.N. forces",
        &["the", "U.S.", "and", "U.N.", "forces"],
    );
    check("George W. Bush", &["George", "W.", "Bush"]);
    check(
        "at 10 a.m. on Jan. 5",
        &["at", "10", "a.m.", "on", "Jan.", "5"],
    );
    check("Acme Inc. said", &["Acme", "Inc.", "said"]);
    check("No. 10 Downing Street", &["No.", "10", "Downing", "Street"]);
    check(
        "Warren, D-Mass., said",
        &["Warren", ",", "D-Mass.", ",", "said"],
    );
}

#[test]
fn sentence_final_abbreviation_gives_up_its_period() {
    check(
        "He lives in the U.S.",
        &["He", "lives", "in", "the", "U.S.", "."],
    );
    assert_eq!(
        texts("He lives in the U.S."),
        ["He", "lives", "in", "the", "U.S", "."]
    );
    check(
        "They met the U.N.\"",
        &["They", "met", "the", "U.N.", ".", "\""],
    );
    check("Ask no.", &["Ask", "no", "."]);
}

#[test]
fn numbers_currency_percent() {
    check(
        "It rose 3.5 percent to 1,000 at 10:30.",
        &[
            "It", "rose", "3.5", "percent", "to", "1,000", "at", "10:30", ".",
        ],
    );
    check(
        "profits jumped 76% to $1.13bn (£600m)",
        &[
            "profits", "jumped", "76", "%", "to", "$", "1.13bn", "(", "£", "600m", ")",
        ],
    );
    check(
        "a $5 fee, -3 degrees",
        &["a", "$", "5", "fee", ",", "-3", "degrees"],
    );
}

#[test]
fn hyphens_dashes_ellipses() {
    check(
        "a well-known Afghan-Pakistan border",
        &["a", "well-known", "Afghan-Pakistan", "border"],
    );
    check(
        "peace--for now--held",
        &["peace", "--", "for", "now", "--", "held"],
    );
    check(
        "peace—for now—held",
        &["peace", "—", "for", "now", "—", "held"],
    );
    check("peace -- for now", &["peace", "--", "for", "now"]);
    check("Wait... what", &["Wait", "...", "what"]);
    check("Wait…", &["Wait", "..."]);
    check("the 1990–1995 war", &["the", "1990–1995", "war"]);
    check("U.S.-led forces", &["U.S.-led", "forces"]);
}

#[test]
fn quotes_and_brackets() {
    check(
        "\"We will fight,\" he said.",
        &["\"", "We", "will", "fight", ",", "\"", "he", "said", "."],
    );
    check("(Reuters) - The", &["(", "Reuters", ")", "-", "The"]);
    check("said: \"No.\"", &["said", ":", "\"", "No", ".", "\""]);
    check("[the talks]", &["[", "the", "talks", "]"]);
    check("``Yes,'' he said", &["``", "Yes", ",", "''", "he", "said"]);
    check("Why? Because!", &["Why", "?", "Because", "!"]);
}

#[test]
fn urls_and_emails_stay_whole() {
    check(
        "See https://example.org/a?b=1, or mail press@example.com.",
        &[
            "See",
            "https://example.org/a?b=1",
            ",",
            "or",
            "mail",
            "press@example.com",
            ".",
        ],
    );
    check(
        "visit www.example.com today",
        &["visit", "www.example.com", "today"],
    );
}

#[test]
fn offsets_slice_the_text_with_non_ascii() {
    let text = "  Kabul’s “envoy” — café …  ";
    let tokens = tokenize(text, Span::new(0, text.len()));
    let raw: Vec<&str> = tokens
        .iter()
        .map(|t| &text[t.span.start..t.span.end])
        .collect();
    assert_eq!(raw, ["Kabul", "’s", "“", "envoy", "”", "—", "café", "…"]);
    let norms: Vec<Option<&str>> = tokens.iter().map(|t| t.norm.as_deref()).collect();
    assert_eq!(
        norms,
        [
            None,
            Some("'s"),
            Some("\""),
            None,
            Some("\""),
            None,
            None,
            Some("...")
        ]
    );
}

#[test]
fn sub_spans_and_bad_spans() {
    let text = "First one. Second one.";
    let tokens = tokenize(text, Span::new(11, text.len()));
    assert_eq!(tokens.len(), 3);
    assert_eq!(tokens[0].span, Span::new(11, 17));
    assert!(tokenize(text, Span::new(5, 500)).is_empty());
    assert!(tokenize("é", Span::new(1, 2)).is_empty());
    assert!(tokenize("", Span::new(0, 0)).is_empty());
}

#[test]
fn mangled_closing_quote_that_swallowed_a_space() {
    check(
        "a worse choice,\"?Sen. Elizabeth Warren said",
        &[
            "a",
            "worse",
            "choice",
            ",",
            "\"",
            "Sen.",
            "Elizabeth",
            "Warren",
            "said",
        ],
    );
    assert_eq!(texts("schools.\"?"), ["schools", ".", "\"?"]);
    check(
        "Did he say \"no\"? Yes",
        &["Did", "he", "say", "\"", "no", "\"", "?", "Yes"],
    );
}

#[test]
fn glued_quote_at_chunk_start() {
    check(
        "He said \"?Then more",
        &["He", "said", "\"", "Then", "more"],
    );
    check("\"?\"?x", &["\"", "\"", "x"]);
}

#[test]
fn reuters_company_tags() {
    check("<Acme Corp> said", &["<", "Acme", "Corp", ">", "said"]);
    check("shares of <BA>.", &["shares", "of", "<", "BA", ">", "."]);
    check("x -> y", &["x", "->", "y"]);
}
