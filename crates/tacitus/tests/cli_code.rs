//! `tacitus code`, `validate`, `dict` and `explain` end to end, on the
//! reference data in ../shared (skipped without it): ratchet floors on the
//! validation suite and the GigaWord comparison with PETRARCH2, and a closed
//! stdout (`| head`) ending the output quietly.

use std::collections::{BTreeSet, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn tacitus(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_tacitus"))
        .args(args)
        .output()
        .expect("run tacitus");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked"),
        "tacitus {args:?} panicked:\n{stderr}"
    );
    out
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// True (after printing `skipped: ...`) when the build has no analyzer models.
fn analyzer_missing(out: &Output) -> bool {
    let stderr = String::from_utf8_lossy(&out.stderr);
    let missing = stderr.contains("loading the analyzer");
    if missing {
        eprintln!(
            "skipped: this build has no analyzer models ({})",
            stderr.trim()
        );
    }
    missing
}

/// The Phoenix dictionaries and CAMEO 2.0 verbs in `dir`, as command-line
/// options.
fn phoenix_args(dir: &Path) -> Vec<String> {
    let d = |f: &str| dir.join(f).display().to_string();
    vec![
        "--verbs".into(),
        d("CAMEO.2.0.txt"),
        "--actors".into(),
        d("Phoenix.Countries.actors.txt"),
        d("Phoenix.International.actors.txt"),
        d("Phoenix.MilNonState.actors.txt"),
        "--agents".into(),
        d("Phoenix.agents.txt"),
        "--discards".into(),
        d("Phoenix.discards.txt"),
        "--issues".into(),
        d("Phoenix.IssueCoding.txt"),
    ]
}

/// `N passed, M failed` from the last line.
fn score(out: &Output) -> (usize, usize) {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let last = stdout.lines().last().unwrap_or_default().to_string();
    let nums: Vec<usize> = last
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|w| w.parse().ok())
        .collect();
    assert_eq!(
        nums.len(),
        2,
        "last line is not `N passed, M failed`: {last}"
    );
    assert_eq!(last, format!("{} passed, {} failed", nums[0], nums[1]));
    (nums[0], nums[1])
}

#[test]
fn validation_with_gold_parses() {
    let original = tacitus_testdata::require_shared!("petrarch2/text/PETR.UnitTest.records.xml");
    let up = tacitus_testdata::require_shared!(
        "universalpetrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml"
    );
    let dicts = up.parent().unwrap().to_path_buf();
    let out = tacitus(&[
        "validate",
        s(&original),
        "--parses",
        "given",
        "--dictionaries",
        s(&dicts),
        "--expected-from",
        s(&up),
        "--no-cache",
    ]);
    assert!(out.status.success());
    let (pass, fail) = score(&out);
    let pct = 100.0 * pass as f64 / (pass + fail) as f64;
    println!(
        "gold PTB parses, UniversalPetrarch gold: {pass}/{} = {pct:.1}%",
        pass + fail
    );
    assert!(pass + fail >= 240, "records paired: {}", pass + fail);
    // PETRARCH2 itself: 115/247 (46.6%). Ours: 177/246 at the end of
    // session 1, 211/246 (85.8%) after session 2's pattern work, 212/246
    // (86.2%) with verb transformations (session 3). A ratchet.
    assert!(pct >= 86.0, "score fell to {pct:.1}%");
    assert!(pass >= 212, "fell to {pass}/{}", pass + fail);
}

#[test]
fn validation_from_raw_text_with_our_analysis() {
    let original = tacitus_testdata::require_shared!("petrarch2/text/PETR.UnitTest.records.xml");
    let up = tacitus_testdata::require_shared!(
        "universalpetrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml"
    );
    let out = tacitus(&[
        "validate",
        s(&up),
        "--parses",
        "ours",
        "--only-matching",
        s(&original),
    ]);
    if analyzer_missing(&out) {
        return;
    }
    assert!(out.status.success());
    let (pass, fail) = score(&out);
    let pct = 100.0 * pass as f64 / (pass + fail) as f64;
    println!("raw text, our analysis: {pass}/{} = {pct:.1}%", pass + fail);
    assert!(pass + fail >= 240);
    assert!(pct >= RAW_TEXT_THRESHOLD, "score fell to {pct:.1}%");
}

/// Set near the figure reached with the analyzer models of this build
/// (202/246 = 82.1% in session 3; 77% is the issue's target).
const RAW_TEXT_THRESHOLD: f64 = 81.0;

#[test]
fn no_panic_on_any_validation_record() {
    let original = tacitus_testdata::require_shared!("petrarch2/text/PETR.UnitTest.records.xml");
    let up = tacitus_testdata::require_shared!(
        "universalpetrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml"
    );
    let giga = tacitus_testdata::require_shared!("petrarch2/text/GigaWord.sample.PETR.xml");
    let dicts = up.parent().unwrap().to_path_buf();
    for file in [&original, &up] {
        for parses in ["given", "ours"] {
            let out = tacitus(&[
                "validate",
                s(file),
                "--parses",
                parses,
                "--dictionaries",
                s(&dicts),
            ]);
            if analyzer_missing(&out) {
                continue;
            }
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            score(&out);
        }
    }
    for parses in ["given", "ours"] {
        let out = tacitus(&[
            "code",
            "--dictionaries",
            s(&dicts),
            "--parses",
            parses,
            s(&giga),
        ]);
        assert!(out.status.success() || analyzer_missing(&out));
    }
}

#[test]
fn truncated_and_binary_input_do_not_panic() {
    let up = tacitus_testdata::require_shared!(
        "universalpetrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml"
    );
    let original = tacitus_testdata::require_shared!("petrarch2/text/PETR.UnitTest.records.xml");
    let dicts = up.parent().unwrap().to_path_buf();
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read(&original).unwrap();
    let truncated = dir.path().join("truncated.xml");
    std::fs::write(&truncated, &text[..text.len() / 3]).unwrap();
    let binary = dir.path().join("binary.txt");
    let noise: Vec<u8> = (0..20_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(&binary, noise).unwrap();
    for f in [&truncated, &binary] {
        for parses in ["given", "ours"] {
            tacitus(&[
                "code",
                "--dictionaries",
                s(&dicts),
                "--parses",
                parses,
                s(f),
            ]);
        }
        tacitus(&[
            "validate",
            s(f),
            "--dictionaries",
            s(&dicts),
            "--parses",
            "given",
        ]);
    }
    // A broken dictionary line is reported with file and line; the rest loads.
    let bad = dir.path().join("bad.actors.txt");
    std::fs::write(&bad, "ARNOR [ARN]\nGONDOR [GON >99x]\nMORDOR [MOR]\n").unwrap();
    let out = tacitus(&["dict", "check", "--actors", s(&bad), "--no-cache"]);
    assert!(!out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("bad.actors.txt:2"), "{stdout}");
    let out = tacitus(&["dict", "stats", "--actors", s(&bad), "--no-cache"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("actors:   2 entries"));
}

#[test]
fn gigaword_agreement_with_petrarch2() {
    let giga = tacitus_testdata::require_shared!("petrarch2/text/GigaWord.sample.PETR.xml");
    let reference = tacitus_testdata::require_shared!("petrarch2/reference/gigaword-phoenix.json");
    let dir: PathBuf = giga
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("dictionaries");
    let mut args = vec!["code".to_string()];
    args.extend(phoenix_args(&dir));
    args.extend(["--parses".into(), "given".into(), s(&giga).into()]);
    let out = tacitus(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut ours: HashMap<String, BTreeSet<(String, String, String)>> = HashMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let code = |x: &serde_json::Value| x["code"].as_str().unwrap_or("---").to_string();
        ours.entry(v["doc_id"].as_str().unwrap().to_string())
            .or_default()
            .insert((
                code(&v["source"]),
                code(&v["target"]),
                v["cameo"].as_str().unwrap().to_string(),
            ));
    }
    let reference: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(reference).unwrap()).unwrap();
    let results = reference["results"].as_object().unwrap();
    let (mut same, mut total, mut their_events, mut our_events, mut common) = (0, 0, 0, 0, 0);
    for (id, events) in results {
        let theirs: BTreeSet<(String, String, String)> = events
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e[0].as_str().unwrap().into(),
                    e[1].as_str().unwrap().into(),
                    e[2].as_str().unwrap().into(),
                )
            })
            .collect();
        let mine = ours.remove(id).unwrap_or_default();
        total += 1;
        their_events += theirs.len();
        our_events += mine.len();
        common += theirs.intersection(&mine).count();
        if theirs == mine {
            same += 1;
        }
    }
    println!(
        "gigaword: {same}/{total} sentences coded identically to PETRARCH2; events: {common} shared, {their_events} theirs, {our_events} ours"
    );
    assert!(total >= 70);
    assert!(
        same * 100 >= total * GIGAWORD_THRESHOLD,
        "agreement fell to {same}/{total}"
    );
}

/// Percent of sentences coded exactly as PETRARCH2 codes them, set at what
/// we reach (38/75 with verb transformations, session 3; 29/75 before).
const GIGAWORD_THRESHOLD: usize = 50;

/// `tacitus code --issues` (and an issues file in `--dictionaries DIR`):
/// events carry the topics of the sentences that report them, merged once
/// across mentions, in JSON lines, PETRARCH TSV and `explain`.
#[test]
fn issues_from_the_phoenix_issue_file() {
    let issues =
        tacitus_testdata::require_shared!("petrarch2/dictionaries/Phoenix.IssueCoding.txt");
    let dir = issues.parent().unwrap().to_path_buf();
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("aid.jsonl");
    // Two reports of one pledge; the second adds refugees.
    std::fs::write(
        &input,
        r#"{"id": "aid-1", "date": "2017-01-10", "text": "Germany pledged new foreign aid to Jordan. Germany pledged new foreign aid to Jordan for the refugees."}"#,
    )
    .unwrap();
    let mut args = vec!["code".to_string()];
    args.extend(phoenix_args(&dir));
    args.extend(["--format".into(), "jsonl".into(), s(&input).into()]);
    let out = tacitus(&args.iter().map(String::as_str).collect::<Vec<_>>());
    if analyzer_missing(&out) {
        return;
    }
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let events: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let pledge = events
        .iter()
        .find(|e| e["source"]["code"] == "DEU" && e["target"]["code"] == "JOR")
        .unwrap_or_else(|| panic!("no Germany -> Jordan event in {stdout}"));
    assert_eq!(pledge["sentences"], serde_json::json!([0, 1]));
    let codes: Vec<&str> = pledge["issues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, vec!["FOREIGN_AID", "REFUGEES"], "{pledge}");
    let aid = &pledge["issues"][0];
    assert_eq!(aid["text"], "foreign aid");
    assert_eq!(
        (aid["start"].as_u64(), aid["end"].as_u64()),
        (Some(20), Some(31))
    );
    assert!(
        aid["entry"]["dictionary"]
            .as_str()
            .unwrap()
            .ends_with("Phoenix.IssueCoding.txt")
    );

    // The same through `--dictionaries DIR` holding an issues file (links
    // to the shared files, not copies), in PETRARCH TSV: issues come last.
    let dicts = tmp.path().join("dicts");
    std::fs::create_dir(&dicts).unwrap();
    for f in [
        "CAMEO.2.0.txt",
        "Phoenix.Countries.actors.txt",
        "Phoenix.IssueCoding.txt",
    ] {
        std::os::unix::fs::symlink(dir.join(f), dicts.join(f)).unwrap();
    }
    let out = tacitus(&[
        "code",
        "--dictionaries",
        s(&dicts),
        "--format",
        "petrarch",
        s(&input),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tsv = String::from_utf8_lossy(&out.stdout);
    let line = tsv
        .lines()
        .find(|l| l.contains("\tDEU\tJOR\t"))
        .unwrap_or_else(|| panic!("no Germany -> Jordan line in {tsv}"));
    assert_eq!(
        line.split('\t').next_back(),
        Some("FOREIGN_AID;REFUGEES"),
        "{line}"
    );

    let out = tacitus(&[
        "explain",
        "Germany pledged new foreign aid to Jordan for the refugees.",
        "--dictionaries",
        s(&dicts),
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("  issues:"), "{text}");
    assert!(text.contains("issues: FOREIGN_AID, REFUGEES"), "{text}");
}

/// CAMEO.2.0's transformations: "A said B attacked C" is one event, A
/// accuses B (112), and `explain` names the rule by file and line.
#[test]
fn explain_shows_a_verb_transformation() {
    let verbs = tacitus_testdata::require_shared!("petrarch2/dictionaries/CAMEO.2.0.txt");
    let dir = verbs.parent().unwrap().to_path_buf();
    let parse = "(ROOT (S (NP (DT The) (NNP US)) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Iraq)) \
                 (VP (VBD had) (VP (VBN attacked) (NP (NNP Kuwait))))))) (. .)))";
    let mut args: Vec<String> = [
        "explain",
        "The US said that Iraq had attacked Kuwait.",
        "--parse",
        parse,
    ]
    .map(String::from)
    .to_vec();
    args.extend(phoenix_args(&dir));
    let out = tacitus(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let events = &text[text.find("events:").unwrap()..];
    assert!(events.contains("USA -> IRQ 112"), "{text}");
    assert!(
        !events.contains(" 190 ") && !events.contains(" 010 "),
        "{text}"
    );
    assert!(
        events.contains("pattern: ") && events.contains("CAMEO.2.0.txt:"),
        "{text}"
    );
    assert!(events.contains("SAY = a b 112"), "{text}");
}

#[test]
fn explain_shows_the_steps() {
    let up = tacitus_testdata::require_shared!("universalpetrarch/PETR.Validate.actors.txt");
    let dicts = up.parent().unwrap().to_path_buf();
    let parse = "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor))) (. .)))";
    let out = tacitus(&[
        "explain",
        "Arnor attacked Gondor.",
        "--parse",
        parse,
        "--dictionaries",
        s(&dicts),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    for want in ["actors:", "ARN", "GON", "verbs:", "events:"] {
        assert!(stdout.contains(want), "missing {want}:\n{stdout}");
    }
}

#[test]
fn gigaword_comparison_with_petrarch2() {
    let giga = tacitus_testdata::require_shared!("petrarch2/text/GigaWord.sample.PETR.xml");
    let reference = tacitus_testdata::require_shared!("petrarch2/reference/gigaword-phoenix.json");
    let dir = giga
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("dictionaries");
    let mut args: Vec<String> = ["validate", s(&giga), "--parses", "given"]
        .map(String::from)
        .to_vec();
    args.extend(phoenix_args(&dir));
    args.extend(["--compare-reference".into(), s(&reference).into()]);
    let out = tacitus(&args.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("category identical:"), "{stdout}");
    assert!(stdout.contains("events:"), "{stdout}");
    let (same, differ) = score(&out);
    println!("gigaword: {same}/{} identical to PETRARCH2", same + differ);
    assert!(same + differ >= 75);
    assert!(same >= 39, "agreement fell to {same}/{}", same + differ);
}

#[test]
fn a_closed_stdout_ends_the_output_quietly() {
    let up = tacitus_testdata::require_shared!(
        "universalpetrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml"
    );
    let dicts = up.parent().unwrap().to_path_buf();
    // (arguments, whether the run itself succeeds: `dict check` exits 1 on
    // the suite's one broken pattern line).
    let runs: [(Vec<&str>, bool); 2] = [
        // Far more than a pipe buffer holds.
        (
            vec!["validate", s(&up), "--parses", "given", "--explain"],
            true,
        ),
        (vec!["dict", "check", "--dictionaries", s(&dicts)], false),
    ];
    for (args, succeeds) in runs {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tacitus"))
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("run tacitus");
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0u8; 64];
        let _ = stdout.read(&mut first);
        drop(stdout);
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        let status = child.wait().unwrap();
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(!stderr.contains("Broken pipe"), "{args:?}: {stderr}");
        assert!(status.success() || !succeeds, "{args:?}: {status} {stderr}");
        assert_ne!(status.code(), Some(2), "{args:?}: {stderr}");
    }
}
