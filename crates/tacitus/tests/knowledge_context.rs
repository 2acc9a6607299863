//! Document context and actor rules of the built-in knowledge, end to end
//! from raw text (`tacitus code` with the built-in dictionaries and models):
//! roles named without a country take the country of their sentence or
//! document (`tacitus-coder/src/context.rs`), ethnic groups live in a state
//! other than the one of their name, a camp stands for the people it
//! houses, officials of an organization are that organization. Each text is
//! written for the test; the expected codes are what a careful coder gives.

use std::collections::BTreeSet;
use std::process::Command;

/// (source, target, CAMEO) of every event coded from `text`, or `None`
/// when this build has no analyzer models.
fn events(text: &str) -> Option<BTreeSet<(String, String, String)>> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("article.txt");
    std::fs::write(&path, text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tacitus"))
        .args(["code", "--format", "jsonl"])
        .arg(&path)
        .output()
        .expect("run tacitus");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "tacitus panicked:\n{stderr}");
    if stderr.contains("loading the analyzer") {
        eprintln!("skipped: this build has no analyzer models");
        return None;
    }
    assert!(out.status.success(), "tacitus code failed:\n{stderr}");
    let code = |v: &serde_json::Value| v["code"].as_str().unwrap_or("-").to_string();
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| {
                let e: serde_json::Value = serde_json::from_str(l).unwrap();
                (
                    code(&e["source"]),
                    code(&e["target"]),
                    e["cameo"].as_str().unwrap().to_string(),
                )
            })
            .collect(),
    )
}

fn has(events: &BTreeSet<(String, String, String)>, source: &str, target: &str) -> bool {
    events.iter().any(|(s, t, _)| s == source && t == target)
}

#[test]
fn a_judge_named_without_a_country_is_of_the_one_country_named() {
    let Some(ev) = events(
        "Date: 2024-03-10\n\nJudge Alejandra Soto opened corruption investigations against \
         Chilean officials on Monday.\n",
    ) else {
        return;
    };
    assert!(has(&ev, "CHLJUD", "CHLGOV"), "{ev:?}");
}

#[test]
fn roles_take_the_country_the_document_is_about() {
    let Some(ev) = events(
        "Date: 2024-03-10\n\nKenya's opposition held rallies in Nairobi on Monday. Kenyan \
         police said the rallies were peaceful. Kenya's parliament will debate the budget \
         next week.\n\nThe interior minister accused the opposition of planning violence.\n",
    ) else {
        return;
    };
    assert!(has(&ev, "KENGOV", "KENOPP"), "{ev:?}");
}

#[test]
fn a_foreign_looking_minister_is_left_without_a_country() {
    // Named alone with Israel, "the foreign minister" is most likely not
    // Israel's: no country is guessed.
    let Some(ev) =
        events("Date: 2024-03-10\n\nThe foreign minister criticized Israel on Monday.\n")
    else {
        return;
    };
    assert!(ev.iter().all(|(s, _, _)| !s.starts_with("ISR")), "{ev:?}");
}

#[test]
fn ethnic_groups_are_placed_in_the_state_they_live_in() {
    let Some(ev) = events(
        "Date: 2001-05-10\n\nEthnic Albanians attacked Macedonian police near Tetovo on \
         Monday.\n",
    ) else {
        return;
    };
    assert!(has(&ev, "MKDCVL", "MKDCOP"), "{ev:?}");
    assert!(ev.iter().all(|(s, _, _)| !s.starts_with("ALB")), "{ev:?}");
}

#[test]
fn a_camp_stands_for_the_refugees_it_houses() {
    let Some(ev) = events(
        "Date: 2001-05-10\n\nA camp for Congolese refugees was attacked by Burundian \
         militiamen on Monday.\n",
    ) else {
        return;
    };
    assert!(has(&ev, "BDIUAF", "CODREF"), "{ev:?}");
}

#[test]
fn officials_of_an_organization_are_the_organization() {
    let Some(ev) = events(
        "Date: 2003-04-10\n\nRed Cross officials criticized the Iraqi government on Monday.\n",
    ) else {
        return;
    };
    assert!(has(&ev, "NGOHLHIRC", "IRQGOV"), "{ev:?}");
}
