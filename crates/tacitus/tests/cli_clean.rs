//! Integration tests for `tacitus clean` (and the shared input options).

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

fn tacitus(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tacitus"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn jsonl(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect()
}

#[test]
fn seed_article_is_cleaned() {
    let seed = tacitus_testdata::require_shared!("seed/000_959f818437682cf3.txt");
    let (code, stdout, stderr) = tacitus(&["clean", "--format", "jsonl", seed.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{stderr}");
    let docs = jsonl(&stdout);
    assert_eq!(docs.len(), 1);
    let doc = &docs[0];
    assert_eq!(doc["doc_id"], "000_959f818437682cf3");
    assert_eq!(
        doc["title"],
        "Russia's Landmark Recognition of Taliban Government Sparks Global Reactions"
    );
    let paragraphs = strings(&doc["paragraphs"]);
    assert_eq!(paragraphs.len(), 7, "teaser + six distinct body paragraphs");
    assert!(paragraphs[0].starts_with("This unprecedented move"));
    assert!(paragraphs[3].starts_with("During a meeting in Kabul"));
    let removed = doc["removed"].as_array().unwrap();
    let reasons: Vec<&str> = removed
        .iter()
        .map(|r| r["reason"].as_str().unwrap())
        .collect();
    assert_eq!(
        reasons,
        [
            "repeated_title",
            "repeated_paragraph",
            "repeated_paragraph",
            "repeated_paragraph",
            "repeated_paragraph"
        ]
    );
    let of: Vec<Value> = removed.iter().map(|r| r["duplicate_of"].clone()).collect();
    assert_eq!(of, [Value::Null, 3.into(), 4.into(), 5.into(), 6.into()]);
    // the text format shows the same
    let (code, text, _) = tacitus(&["clean", seed.to_str().unwrap()]);
    assert_eq!(code, Some(0));
    assert!(text.contains("title: Russia's Landmark Recognition"));
    assert!(text.contains("[7] As the world watches"));
    assert!(!text.contains("[8]"));
    assert_eq!(text.matches("repeated paragraph of").count(), 4);
}

#[test]
fn example_news_directory() {
    let dir = tacitus_testdata::workspace_root().join("examples/news");
    let (code, stdout, stderr) = tacitus(&["clean", "--format", "jsonl", dir.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stderr.is_empty(),
        "no warnings on our own examples: {stderr}"
    );
    let docs = jsonl(&stdout);
    assert_eq!(docs.len(), 12, "twelve articles; README.md is skipped");
    assert_eq!(docs[0]["doc_id"], "ex01-russia-taliban");
    assert_eq!(
        docs[0]["title"],
        "Russia becomes first country to recognize the Taliban government"
    );
    for doc in &docs {
        let words: usize = strings(&doc["paragraphs"])
            .iter()
            .map(|p| p.split_whitespace().count())
            .sum();
        assert!(
            (120..=400).contains(&words),
            "{}: {words} words",
            doc["doc_id"]
        );
    }
    // the article with the seed's defects
    let nato = docs
        .iter()
        .find(|d| d["doc_id"] == "ex02-nato-hague")
        .unwrap();
    let paragraphs = strings(&nato["paragraphs"]);
    assert_eq!(paragraphs.len(), 7);
    assert_eq!(
        paragraphs[0],
        "The new target is far above what most allies spend on their armed forces today."
    );
    assert!(paragraphs[1].starts_with("NATO leaders agreed on Wednesday"));
    assert!(paragraphs[6].starts_with("The allies also restated"));
    let removed = nato["removed"].as_array().unwrap();
    let reasons: Vec<&str> = removed
        .iter()
        .map(|r| r["reason"].as_str().unwrap())
        .collect();
    assert_eq!(
        reasons,
        [
            "repeated_title",
            "repeated_title",
            "repeated_paragraph",
            "repeated_paragraph",
            "repeated_paragraph"
        ]
    );
    let of: Vec<Value> = removed.iter().map(|r| r["duplicate_of"].clone()).collect();
    assert_eq!(of, [Value::Null, Value::Null, 3.into(), 4.into(), 5.into()]);
    // every other example is clean already
    for doc in docs.iter().filter(|d| d["doc_id"] != "ex02-nato-hague") {
        assert!(
            doc["removed"].as_array().unwrap().is_empty(),
            "{}",
            doc["doc_id"]
        );
    }
}

#[test]
fn bad_records_warn_but_succeed_and_nothing_read_fails() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("news.jsonl");
    std::fs::write(
        &path,
        "{\"id\": \"a\", \"text\": \"First paragraph.\"}\n{broken\n{\"id\": \"c\", \"date\": \"someday\", \"body\": \"Third.\"}\n",
    )
    .unwrap();
    let (code, stdout, stderr) = tacitus(&["clean", "--format", "jsonl", path.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(jsonl(&stdout).len(), 2);
    let file = path.display().to_string();
    assert!(
        stderr.contains(&format!("warning: {file}:2: invalid JSON")),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "warning: {file}:3: field `date`: cannot read date `someday`"
        )),
        "{stderr}"
    );

    let (code, stdout, stderr) =
        tacitus(&["clean", dir.path().join("missing.txt").to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert!(stdout.is_empty());
    assert!(stderr.contains("cannot open"), "{stderr}");
}

#[test]
fn stdin_and_field_options() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tacitus"))
        .args([
            "clean",
            "--format",
            "jsonl",
            "--text-field",
            "content",
            "--id-field",
            "key",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"key\": \"k1\", \"title\": \"T\", \"content\": \"Body &amp; more.\\n\\nBody &amp; more.\"}\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let docs = jsonl(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(docs[0]["doc_id"], "k1");
    assert_eq!(strings(&docs[0]["paragraphs"]), ["Body & more."]);
    assert_eq!(docs[0]["removed"][0]["reason"], "repeated_paragraph");
    assert_eq!(docs[0]["removed"][0]["duplicate_of"], 0);
}

#[test]
fn help_has_an_example() {
    let (code, stdout, _) = tacitus(&["clean", "--help"]);
    assert_eq!(code, Some(0));
    assert!(stdout.contains("tacitus clean --format jsonl examples/news/"));
    assert!(stdout.contains("--input-format"));
}
