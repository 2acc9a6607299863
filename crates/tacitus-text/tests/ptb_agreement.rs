//! Acceptance test against gold Penn Treebank parses (PETRARCH validation
//! records and the GigaWord sample in ../shared; skipped when absent).
//!
//! For every record whose gold `<Parse>` holds one sentence (one top-level
//! tree), the splitter must return exactly one sentence for at least 99% of
//! the records, and our tokens must agree with the gold leaves on at least
//! 98% of the gold tokens (longest common subsequence of the two token
//! sequences, after mapping PTB escapes to text forms).
//!
//! The record text in these files is hard-wrapped inside the XML, so runs of
//! whitespace are collapsed to one space first (as a reader of the format
//! does); XML entities are decoded.

use tacitus_text::{Span, split_sentences, token_form, tokenize};

struct Record {
    id: String,
    text: String,
    parse: String,
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let a = s.find(open)? + open.len();
    let b = s[a..].find(close)? + a;
    Some(&s[a..b])
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn records(xml: &str) -> Vec<Record> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find("<Sentence ") {
        let Some(len) = rest[start..].find("</Sentence>") else {
            break;
        };
        let body = &rest[start..start + len];
        rest = &rest[start + len..];
        let id = between(body, "id =\"", "\"")
            .or_else(|| between(body, "id=\"", "\""))
            .unwrap_or("?")
            .to_string();
        let (Some(text), Some(parse)) = (
            between(body, "<Text>", "</Text>"),
            between(body, "<Parse>", "</Parse>"),
        ) else {
            continue;
        };
        let text = unescape(text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        out.push(Record {
            id,
            text,
            parse: unescape(parse),
        });
    }
    out
}

/// Atoms of a bracketed tree: `(`, `)` and words.
fn atoms(parse: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in parse.char_indices() {
        if c == '(' || c == ')' || c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push(&parse[s..i]);
            }
            if !c.is_whitespace() {
                out.push(&parse[i..i + 1]);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(&parse[s..]);
    }
    out
}

/// Number of top-level trees below an optional unlabelled or ROOT wrapper.
fn top_level_trees(atoms: &[&str]) -> usize {
    let mut depth = 0usize;
    let mut groups = 0;
    for a in atoms {
        match *a {
            "(" => {
                if depth == 0 {
                    groups += 1;
                }
                depth += 1;
            }
            ")" => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    groups
}

/// Leaves of a tree: `( TAG WORD )` sequences, mapped to text forms.
fn leaves(atoms: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for w in atoms.windows(4) {
        if w[0] == "(" && w[1] != "(" && w[1] != ")" && w[2] != "(" && w[2] != ")" && w[3] == ")" {
            out.push(text_form(w[2]));
        }
    }
    out
}

fn text_form(token: &str) -> String {
    match token {
        "-LRB-" => "(".into(),
        "-RRB-" => ")".into(),
        "-LCB-" => "{".into(),
        "-RCB-" => "}".into(),
        "-LSB-" => "[".into(),
        "-RSB-" => "]".into(),
        "``" | "''" => "\"".into(),
        "`" => "'".into(),
        "—" | "–" => "--".into(),
        t => t.replace("\\/", "/").replace("\\*", "*"),
    }
}

fn lcs(a: &[String], b: &[String]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                prev[j] + 1
            } else {
                cur[j].max(prev[j + 1])
            };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[test]
fn agrees_with_gold_penn_treebank_parses() {
    let unit = tacitus_testdata::require_shared!("petrarch2/text/PETR.UnitTest.records.xml");
    let giga = tacitus_testdata::require_shared!("petrarch2/text/GigaWord.sample.PETR.xml");
    let (mut single, mut one_sentence, mut gold_tokens, mut matched) =
        (0usize, 0usize, 0usize, 0usize);
    let mut split_failures = Vec::new();
    let mut token_diffs = Vec::new();
    for path in [unit, giga] {
        let xml = std::fs::read_to_string(&path).unwrap();
        for r in records(&xml) {
            let atoms = atoms(&r.parse);
            if top_level_trees(&atoms) != 1 || r.text.is_empty() {
                continue;
            }
            single += 1;
            let spans = split_sentences(&r.text);
            if spans.len() == 1 {
                one_sentence += 1;
            } else {
                split_failures.push(format!(
                    "{}: {:?}",
                    r.id,
                    spans
                        .iter()
                        .map(|s| &r.text[s.start..s.end])
                        .collect::<Vec<_>>()
                ));
            }
            let gold = leaves(&atoms);
            let ours: Vec<String> = spans
                .iter()
                .flat_map(|&s| tokenize(&r.text, s))
                .map(|t| text_form(token_form(&r.text, &t)))
                .collect();
            let all = tokenize(&r.text, Span::new(0, r.text.len()));
            assert!(
                all.iter()
                    .all(|t| r.text.get(t.span.start..t.span.end).is_some())
            );
            let m = lcs(&gold, &ours);
            if m < gold.len() {
                token_diffs.push(format!("{}: gold {:?}\n   ours {:?}", r.id, gold, ours));
            }
            gold_tokens += gold.len();
            matched += m;
        }
    }
    assert!(single > 300, "only {single} single-sentence records found");
    let split_rate = one_sentence as f64 / single as f64;
    let token_rate = matched as f64 / gold_tokens as f64;
    println!(
        "single-sentence records: {single}; split into exactly one sentence: {one_sentence} ({:.2}%)",
        100.0 * split_rate
    );
    println!(
        "gold tokens: {gold_tokens}; matched: {matched} ({:.2}%)",
        100.0 * token_rate
    );
    for f in &split_failures {
        println!("split: {f}");
    }
    for d in token_diffs.iter().take(40) {
        println!("tokens: {d}");
    }
    assert!(
        split_rate >= 0.99,
        "sentence agreement {:.2}% < 99%",
        100.0 * split_rate
    );
    assert!(
        token_rate >= 0.98,
        "token agreement {:.2}% < 98%",
        100.0 * token_rate
    );
}
