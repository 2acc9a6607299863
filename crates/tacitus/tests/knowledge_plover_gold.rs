//! PLOVER's gold-standard development records (../shared/gold/plover-gsr-dev.json),
//! coded from raw text with the built-in dictionaries by `tacitus bench plover`.
//!
//! Targets (issue "Built-in knowledge"): the gold event type is among our
//! events for at least 75% of the records; the gold source country is among
//! our sources for at least 85%; event-type precision (our events whose type
//! is the record's gold type, over all our events) at least 60%. The built-in
//! dictionary load time (target under 100 ms) is printed by the bench, not
//! asserted (no timed tests). The floors asserted below are what we reached
//! when this test was written: a ratchet, to raise as the coder, verbs and
//! models improve, never to lower to make the test pass.

use std::process::Command;

/// Reached on 2026-11-24: first 38.4%, 49.7%, 57.0% (after the state-actor
/// rule); then 75.0%, 76.1%, 73.2% after the gold review (new verb patterns,
/// actors, the tacdict reading rules of `tacitus-coder/src/tac_rules.rs` and
/// PLOVER's future-tense rule); then 76.8%, 82.2%, 73.6% (document context
/// for role-only actors and ethnic groups in `tacitus-coder/src/context.rs`,
/// tagger checks on capitalised words (never `IN` or `RB` unless known as
/// such, never a verb for "Vietnamese-led"), IRA names, camps standing for
/// the people they house); then 79.3%, 85.3%, 75.0% (parser slips repaired
/// around dictionary verbs in `tacitus-coder/src/repair.rs`: a verb hung
/// under a noun root, a sentence-opening name glued to the verb's object;
/// a pattern slot filled by the role word before a name, never by a phrase
/// fronted before the subject; no targets inherited past an empty noun
/// slot). Targets 75%, 85%, 60%.
const MIN_TYPE_RECALL: f64 = 79.0;
const MIN_SOURCE_RECALL: f64 = 85.0;
const MIN_TYPE_PRECISION: f64 = 74.5;

/// The percentage on the first output line containing `label`.
fn percent(stdout: &str, label: &str) -> f64 {
    let line = stdout
        .lines()
        .find(|l| l.contains(label))
        .unwrap_or_else(|| panic!("no `{label}` line in:\n{stdout}"));
    let tail = line
        .split(" = ")
        .nth(1)
        .unwrap_or_else(|| panic!("no ` = N%` in `{line}`"));
    tail.split('%')
        .next()
        .unwrap()
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("no percentage in `{line}`"))
}

#[test]
fn plover_gold_records() {
    let gold = tacitus_testdata::require_shared!("gold/plover-gsr-dev.json");
    let out = Command::new(env!("CARGO_BIN_EXE_tacitus"))
        .args(["bench", "plover", "--gold"])
        .arg(&gold)
        .output()
        .expect("run tacitus");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked"),
        "tacitus bench plover panicked:\n{stderr}"
    );
    if stderr.contains("loading the analyzer") || stderr.contains("no embedded models") {
        eprintln!(
            "skipped: this build has no analyzer models ({})",
            stderr.trim()
        );
        return;
    }
    assert!(
        out.status.success(),
        "tacitus bench plover failed:\n{stderr}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    let records: usize = stdout
        .lines()
        .find(|l| l.contains("records; gold type"))
        .and_then(|l| l.split_whitespace().nth(2))
        .and_then(|n| n.parse().ok())
        .expect("record count");
    assert_eq!(
        records, 164,
        "all 164 event records read (the DOCUMENT record is skipped)"
    );
    let type_recall = percent(&stdout, "gold type among our events");
    let source_recall = percent(&stdout, "gold source country among our sources");
    let precision = percent(&stdout, "event type precision");
    // The load time is printed (a figure, not a timed assertion).
    assert!(
        stdout.lines().any(|l| l.starts_with("dictionary load:")),
        "no load time printed"
    );
    assert!(
        type_recall >= MIN_TYPE_RECALL,
        "type recall {type_recall}% < {MIN_TYPE_RECALL}% (target 75%)"
    );
    assert!(
        source_recall >= MIN_SOURCE_RECALL,
        "source recall {source_recall}% < {MIN_SOURCE_RECALL}% (target 85%)"
    );
    assert!(
        precision >= MIN_TYPE_PRECISION,
        "type precision {precision}% < {MIN_TYPE_PRECISION}% (target 60%)"
    );
}
