//! Sentence splitter tests: hand-marked boundaries.

use tacitus_text::{segment, split_sentences};

fn sentences(text: &str) -> Vec<&str> {
    split_sentences(text)
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect()
}

fn check(text: &str, expected: &[&str]) {
    assert_eq!(sentences(text), expected, "splitting {text:?}");
}

#[test]
fn news_paragraphs_with_every_boundary_marked() {
    let data = include_str!("data/news_sentences.txt");
    let mut paragraphs: Vec<Vec<&str>> = vec![Vec::new()];
    for line in data.lines() {
        if line.starts_with('#') {
            continue;
        }
        if line.trim().is_empty() {
            paragraphs.push(Vec::new());
        } else if let Some(p) = paragraphs.last_mut() {
            p.push(line);
        }
    }
    let paragraphs: Vec<Vec<&str>> = paragraphs.into_iter().filter(|p| !p.is_empty()).collect();
    let total: usize = paragraphs.iter().map(Vec::len).sum();
    assert!(total >= 40, "only {total} sentences in the test set");
    let mut wrong = Vec::new();
    for p in &paragraphs {
        let joined = p.join(" ");
        let got = sentences(&joined);
        if got != *p {
            wrong.push(format!("expected {p:#?}\n     got {got:#?}"));
        }
    }
    // And all paragraphs as one document separated by blank lines.
    let doc = paragraphs
        .iter()
        .map(|p| p.join(" "))
        .collect::<Vec<_>>()
        .join("\n\n");
    let all: Vec<&str> = paragraphs.iter().flatten().copied().collect();
    assert_eq!(sentences(&doc), all);
    assert!(
        wrong.is_empty(),
        "{} paragraphs split wrongly:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn basic_terminals() {
    check("One. Two! Three? Four", &["One.", "Two!", "Three?", "Four"]);
    check(
        "  Leading space.  Trailing space.  ",
        &["Leading space.", "Trailing space."],
    );
    check("", &[]);
    check("   \n\n  ", &[]);
}

#[test]
fn quotes_and_brackets_after_the_period_belong_to_the_sentence() {
    check(
        "He said \"no.\" Then he left.",
        &["He said \"no.\"", "Then he left."],
    );
    check(
        "It ended (finally.) The end.",
        &["It ended (finally.)", "The end."],
    );
    check("“We won.” They cheered.", &["“We won.”", "They cheered."]);
    check("\"Why?\" he asked.", &["\"Why?\" he asked."]);
}

#[test]
fn abbreviations_titles_initials() {
    check("Gen. Smith met Dr. Jones.", &["Gen. Smith met Dr. Jones."]);
    check(
        "He met J. R. Smith and George W. Bush.",
        &["He met J. R. Smith and George W. Bush."],
    );
    check("The U.S. Army said so.", &["The U.S. Army said so."]);
    check(
        "He went to the U.S. The trip was long.",
        &["He went to the U.S.", "The trip was long."],
    );
    check("Acme Inc. But not now.", &["Acme Inc.", "But not now."]);
    check("Acme Inc. Chairman spoke.", &["Acme Inc. Chairman spoke."]);
    check("It was 3.5 m. He ran.", &["It was 3.5 m.", "He ran."]);
    check("See No. 5 in the list.", &["See No. 5 in the list."]);
    check("He said no. Five left.", &["He said no.", "Five left."]);
    check(
        "It costs 20 vs. 30 last year.",
        &["It costs 20 vs. 30 last year."],
    );
    check("On Jan. 5 it began.", &["On Jan. 5 it began."]);
    check("Japan-U.S. Trade rose.", &["Japan-U.S. Trade rose."]);
}

#[test]
fn ellipses() {
    check(
        "He paused... Then he spoke.",
        &["He paused...", "Then he spoke."],
    );
    check("He paused... and spoke.", &["He paused... and spoke."]);
    check(
        "He paused… Then he spoke.",
        &["He paused…", "Then he spoke."],
    );
}

#[test]
fn datelines_stay_with_the_first_sentence() {
    check(
        "KABUL, July 3 (Reuters) - Russia recognised the government. Others may follow.",
        &[
            "KABUL, July 3 (Reuters) - Russia recognised the government.",
            "Others may follow.",
        ],
    );
    check(
        "WASHINGTON (AP) -- The Senate voted. It passed.",
        &["WASHINGTON (AP) -- The Senate voted.", "It passed."],
    );
    check(
        "ST. LOUIS (AP) — The storm hit.",
        &["ST. LOUIS (AP) — The storm hit."],
    );
    check(
        "KABUL, July 3 (Reuters) -\nRussia recognised it.",
        &["KABUL, July 3 (Reuters) -\nRussia recognised it."],
    );
}

#[test]
fn paragraphs_and_lines() {
    check(
        "First paragraph\n\nSecond paragraph",
        &["First paragraph", "Second paragraph"],
    );
    check(
        "A headline\nThe body starts here.",
        &["A headline", "The body starts here."],
    );
    check(
        "- first item\n- second item",
        &["- first item", "- second item"],
    );
    check(
        "1. The first point\n2. The second point",
        &["1. The first point", "2. The second point"],
    );
    check(
        "a sentence that wraps\nonto the next line.",
        &["a sentence that wraps\nonto the next line."],
    );
    check("Windows line\r\n\r\nends", &["Windows line", "ends"]);
    check(
        "Showers continued throughout the week in the\nBahia cocoa zone.\n    The dry period means delays.",
        &[
            "Showers continued throughout the week in the\nBahia cocoa zone.",
            "The dry period means delays.",
        ],
    );
}

#[test]
fn segment_gives_offsets_that_slice_the_text() {
    let text = "Le café est fermé. Der Bär schläft… “Yes.” Done.";
    let sentences = segment(text);
    let got: Vec<&str> = sentences
        .iter()
        .map(|s| &text[s.span.start..s.span.end])
        .collect();
    assert_eq!(
        got,
        ["Le café est fermé.", "Der Bär schläft…", "“Yes.”", "Done."]
    );
    for s in &sentences {
        for t in &s.tokens {
            assert!(t.span.start >= s.span.start && t.span.end <= s.span.end);
            assert!(text.get(t.span.start..t.span.end).is_some());
        }
    }
}

#[test]
fn mangled_closing_quote_that_swallowed_a_space() {
    check(
        "\"It is a worse choice,\"?Sen. Warren said. \"We will fight for schools.\"?Before the vote, they met.",
        &[
            "\"It is a worse choice,\"?Sen. Warren said.",
            "\"We will fight for schools.\"?",
            "Before the vote, they met.",
        ],
    );
    check("Did he say \"no\"? Yes.", &["Did he say \"no\"?", "Yes."]);
}
