//! The seed article (Russia recognizes the Taliban government, July 2025),
//! coded end to end from raw text with the built-in dictionaries:
//! `tacitus code --format jsonl --date 2025-07-04 SEED`.
//!
//! Expectations (reviewed by hand against the article, not taken from our
//! output): Russia -> the Afghan (Taliban) government, CAMEO 054 / PLOVER
//! SUPPORT; the ambassador's meeting with Muttaqi in Kabul as a CONSULT
//! (CAMEO root 04) between Russia and Afghanistan; each event once, although
//! the article repeats its last four paragraphs; and never the Taliban as a
//! rebel group (`AFGREB`), since they have governed since August 2021.

use serde_json::Value;
use std::process::Command;

fn code_seed() -> Option<Vec<Value>> {
    let seed = tacitus_testdata::shared_file("seed/000_959f818437682cf3.txt")?;
    let out = Command::new(env!("CARGO_BIN_EXE_tacitus"))
        .args(["code", "--format", "jsonl", "--date", "2025-07-04"])
        .arg(&seed)
        .output()
        .expect("run tacitus");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked"),
        "tacitus code panicked:\n{stderr}"
    );
    if stderr.contains("loading the analyzer") {
        eprintln!(
            "skipped: this build has no analyzer models ({})",
            stderr.trim()
        );
        return None;
    }
    assert!(out.status.success(), "tacitus code failed:\n{stderr}");
    let events: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("each line is a JSON event"))
        .collect();
    for e in &events {
        eprintln!("{}", summary(e));
    }
    Some(events)
}

fn field<'a>(e: &'a Value, actor: &str, key: &str) -> &'a str {
    e[actor][key].as_str().unwrap_or_default()
}

fn summary(e: &Value) -> String {
    format!(
        "{} -> {} {} {} | {}",
        field(e, "source", "code"),
        field(e, "target", "code"),
        e["cameo"].as_str().unwrap_or_default(),
        e["plover"]["type"].as_str().unwrap_or_default(),
        e["sentence_text"].as_str().unwrap_or_default()
    )
}

fn is_country(e: &Value, actor: &str, country: &str) -> bool {
    field(e, actor, "country") == country || field(e, actor, "code").starts_with(country)
}

#[test]
fn russia_recognizes_the_taliban_government_once() {
    let Some(events) = code_seed() else { return };
    let all: Vec<String> = events.iter().map(summary).collect();
    let recognition: Vec<&Value> = events
        .iter()
        .filter(|e| {
            is_country(e, "source", "RUS")
                && (field(e, "source", "sector") == "GOV" || field(e, "source", "code") == "RUSGOV")
                && field(e, "target", "code") == "AFGGOV"
                && e["cameo"] == "054"
        })
        .collect();
    assert_eq!(
        recognition.len(),
        1,
        "RUSGOV -> AFGGOV 054 exactly once; events: {all:#?}"
    );
    assert_eq!(
        recognition[0]["plover"]["type"], "SUPPORT",
        "054 is PLOVER SUPPORT"
    );
}

#[test]
fn the_kabul_meeting_is_a_consultation_once() {
    let Some(events) = code_seed() else { return };
    let all: Vec<String> = events.iter().map(summary).collect();
    let between = |e: &&Value| {
        (is_country(e, "source", "RUS") && is_country(e, "target", "AFG"))
            || (is_country(e, "source", "AFG") && is_country(e, "target", "RUS"))
    };
    let meetings: Vec<&Value> = events
        .iter()
        .filter(between)
        .filter(|e| e["cameo"].as_str().unwrap_or_default().starts_with("04"))
        .collect();
    assert!(
        !meetings.is_empty(),
        "a CONSULT (04x) between RUS and AFG; events: {all:#?}"
    );
    for m in &meetings {
        assert_eq!(m["plover"]["type"], "CONSULT", "{}", summary(m));
    }
    // Once per (source, target, code), although the article repeats the paragraph.
    let mut keys: Vec<(String, String, String)> = meetings
        .iter()
        .map(|e| {
            (
                field(e, "source", "code").to_string(),
                field(e, "target", "code").to_string(),
                e["cameo"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let n = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(
        keys.len(),
        n,
        "the meeting is coded more than once: {all:#?}"
    );
}

#[test]
fn no_event_is_coded_twice_and_the_taliban_are_never_rebels() {
    let Some(events) = code_seed() else { return };
    let all: Vec<String> = events.iter().map(summary).collect();
    let mut keys: Vec<String> = events
        .iter()
        .map(|e| {
            format!(
                "{} {} {}",
                field(e, "source", "code"),
                field(e, "target", "code"),
                e["cameo"]
            )
        })
        .collect();
    let n = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(
        keys.len(),
        n,
        "an event appears twice (repeated paragraphs): {all:#?}"
    );
    for e in &events {
        for actor in ["source", "target"] {
            assert!(
                !field(e, actor, "code").contains("AFGREB"),
                "Taliban coded as rebels: {}",
                summary(e)
            );
        }
    }
}
