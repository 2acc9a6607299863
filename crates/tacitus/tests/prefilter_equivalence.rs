//! The sentence pre-check (selective analysis) must not change any event:
//! `tacitus code` prints exactly the same output with and without
//! `--no-prefilter`, on our examples (built-in dictionaries) and, when
//! ../shared exists, on news articles with PETRARCH's Phoenix dictionaries.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

fn code(args: &[&str], inputs: &[&Path], prefilter: bool) -> Option<String> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tacitus"));
    cmd.arg("code").args(args);
    if !prefilter {
        cmd.arg("--no-prefilter");
    }
    cmd.args(inputs);
    let out = cmd.output().expect("run tacitus");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "tacitus panicked:\n{stderr}");
    if stderr.contains("loading the analyzer") {
        eprintln!("skipped: this build has no analyzer models");
        return None;
    }
    assert!(out.status.success(), "tacitus code failed:\n{stderr}");
    Some(String::from_utf8(out.stdout).expect("utf-8 output"))
}

/// Codes `inputs` both ways; asserts identical output with at least
/// `min_events` events, line by line so a failure names the first difference.
fn assert_same(args: &[&str], inputs: &[&Path], min_events: usize) {
    let Some(with) = code(args, inputs, true) else {
        return;
    };
    let Some(without) = code(args, inputs, false) else {
        return;
    };
    let (a, b): (Vec<&str>, Vec<&str>) = (with.lines().collect(), without.lines().collect());
    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
        assert_eq!(
            x, y,
            "event line {i} differs (left: pre-check, right: none)"
        );
    }
    assert_eq!(
        a.len(),
        b.len(),
        "event count differs (left: pre-check, right: none)"
    );
    assert!(
        a.len() >= min_events,
        "only {} events: the comparison proves little",
        a.len()
    );
}

fn examples() -> Vec<PathBuf> {
    let dir = tacitus_testdata::workspace_root().join("examples/news");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples/news")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

fn phoenix_args(dir: &Path) -> Vec<String> {
    let f = |name: &str| dir.join(name).display().to_string();
    vec![
        "--verbs".into(),
        f("CAMEO.2.0.txt"),
        "--actors".into(),
        f("Phoenix.Countries.actors.txt"),
        f("Phoenix.International.actors.txt"),
        f("Phoenix.MilNonState.actors.txt"),
        "--agents".into(),
        f("Phoenix.agents.txt"),
        "--discards".into(),
        f("Phoenix.discards.txt"),
        "--issues".into(),
        f("Phoenix.IssueCoding.txt"),
    ]
}

#[test]
fn examples_with_builtin_dictionaries() {
    let files = examples();
    let inputs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    assert!(inputs.len() >= 6);
    assert_same(&["--per-sentence", "--date", "2025-07-03"], &inputs, 10);
    assert_same(&["--date", "2025-07-03"], &inputs, 10);
}

#[test]
fn news_articles_with_phoenix_dictionaries() {
    let Some(dicts) = tacitus_testdata::shared_file("petrarch2/dictionaries") else {
        return;
    };
    let Some(news) = tacitus_testdata::shared_file("news/newsarticles-2017.jsonl") else {
        return;
    };
    // A few hundred articles, in a temporary file (nothing is copied into the project).
    let text = std::fs::read_to_string(&news).expect("read news");
    let mut sample = tempfile::NamedTempFile::with_suffix(".jsonl").expect("tempfile");
    for line in text.lines().take(250) {
        writeln!(sample, "{line}").expect("write sample");
    }
    sample.flush().expect("flush sample");
    let args = phoenix_args(&dicts);
    let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
    args.push("--per-sentence");
    assert_same(&args, &[sample.path()], 300);
    let files = examples();
    let inputs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    args.pop();
    assert_same(&args, &inputs, 5);
}
