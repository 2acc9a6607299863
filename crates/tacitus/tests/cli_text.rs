//! Integration tests for `tacitus sentences` and `tacitus tokens`.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn tacitus(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tacitus"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Slices `text` by character offsets.
fn chars(text: &str, start: u64, end: u64) -> String {
    text.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

const TEXT: &str = "KABUL, July 3 (Reuters) - Russia’s envoy met the Taliban’s Amir Khan Muttaqi in Kabul. \
Gen. Ivanov didn’t comment; “we’re pleased,” an aide said in the U.S. The café talks ended.\n\nNext paragraph";

fn write_doc(dir: &Path) -> String {
    let path = dir.join("doc.txt");
    std::fs::write(&path, TEXT).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn sentences_jsonl_offsets_slice_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_doc(dir.path());
    let (ok, stdout, stderr) = tacitus(&["sentences", "--format", "jsonl", &path]);
    assert!(ok, "{stderr}");
    let records: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let texts: Vec<&str> = records
        .iter()
        .map(|r| r["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "KABUL, July 3 (Reuters) - Russia’s envoy met the Taliban’s Amir Khan Muttaqi in Kabul.",
            "Gen. Ivanov didn’t comment; “we’re pleased,” an aide said in the U.S.",
            "The café talks ended.",
            "Next paragraph",
        ]
    );
    for (i, r) in records.iter().enumerate() {
        assert_eq!(r["index"].as_u64().unwrap(), i as u64);
        assert!(!r["doc_id"].as_str().unwrap().is_empty());
        let (start, end) = (r["start"].as_u64().unwrap(), r["end"].as_u64().unwrap());
        assert_eq!(chars(TEXT, start, end), r["text"].as_str().unwrap());
    }
    // Character offsets, not bytes: the third sentence starts after two ’ and “ ”.
    let third_start = TEXT.find("The café").unwrap();
    let third_char = TEXT[..third_start].chars().count() as u64;
    assert_eq!(records[2]["start"].as_u64().unwrap(), third_char);
    assert!(third_char < third_start as u64);
}

#[test]
fn tokens_jsonl_offsets_slice_the_text_and_norms_are_ptb() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_doc(dir.path());
    let (ok, stdout, stderr) = tacitus(&["tokens", "--format", "jsonl", &path]);
    assert!(ok, "{stderr}");
    let records: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), 4);
    let mut forms = Vec::new();
    for r in &records {
        for t in r["tokens"].as_array().unwrap() {
            let (start, end) = (t["start"].as_u64().unwrap(), t["end"].as_u64().unwrap());
            assert_eq!(chars(TEXT, start, end), t["text"].as_str().unwrap());
            let form = t
                .get("norm")
                .and_then(Value::as_str)
                .or(t["text"].as_str())
                .unwrap();
            forms.push(form.to_string());
        }
    }
    let second: Vec<String> = records[1]["tokens"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            t.get("norm")
                .and_then(Value::as_str)
                .or(t["text"].as_str())
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        second,
        [
            "Gen.", "Ivanov", "did", "n't", "comment", ";", "\"", "we", "'re", "pleased", ",",
            "\"", "an", "aide", "said", "in", "the", "U.S.", ".",
        ]
    );
    assert!(forms.contains(&"'s".to_string()));
    assert!(forms.contains(&"café".to_string()));
}

#[test]
fn text_and_tsv_formats() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_doc(dir.path());
    let (ok, stdout, _) = tacitus(&["tokens", &path]);
    assert!(ok);
    assert_eq!(stdout.lines().nth(2), Some("The café talks ended ."));
    let (ok, stdout, _) = tacitus(&["sentences", "--format", "tsv", &path]);
    assert!(ok);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[0], "doc_id\tindex\tstart\tend\ttext");
    assert_eq!(lines.len(), 5);
    assert!(lines[3].ends_with("\tThe café talks ended."));
}

#[test]
fn help_works() {
    for cmd in ["sentences", "tokens"] {
        let (ok, stdout, _) = tacitus(&[cmd, "--help"]);
        assert!(ok);
        assert!(stdout.contains("--format"), "{cmd} --help: {stdout}");
        assert!(stdout.contains("--clean"));
    }
    let (ok, stdout, _) = tacitus(&["bench", "text", "--help"]);
    assert!(ok);
    assert!(stdout.contains("--threads"));
}
