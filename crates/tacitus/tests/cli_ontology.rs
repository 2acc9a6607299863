//! Runs `tacitus ontology` as a user would.

use std::process::Command;

fn tacitus(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tacitus"))
        .args(args)
        .output()
        .expect("binary runs")
}

#[test]
fn cameo_code_as_json() {
    let out = tacitus(&["ontology", "cameo", "054", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["code"], "054");
    assert_eq!(v["name"], "Grant diplomatic recognition");
    assert_eq!(v["quad_class"], 1);
    assert_eq!(v["root"], "05");
    assert_eq!(v["goldstein"], 6.0);
    assert_eq!(v["plover"]["type"], "SUPPORT");

    // scores keep their decimal form through JSON
    let out = tacitus(&["ontology", "cameo", "022", "--format", "json"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\"goldstein\": 3.2,"), "{text}");
}

#[test]
fn help_shows_examples() {
    let out = tacitus(&["ontology", "--help"]);
    assert!(out.status.success());
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("tacitus ontology cameo 054")
    );
}

#[test]
fn cameo_text_and_listing() {
    let out = tacitus(&["ontology", "cameo", "190"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Use conventional military force"), "{text}");
    assert!(text.contains("ASSAULT"), "{text}");

    let out = tacitus(&["ontology", "cameo", "--format", "jsonl"]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 312);
}

#[test]
fn unknown_codes_fail_with_a_message() {
    let out = tacitus(&["ontology", "cameo", "999"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("999") && err.contains("unknown"), "{err}");

    let out = tacitus(&["ontology", "plover", "FIGHT"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).unwrap().contains("FIGHT"));
}

#[test]
fn plover_actor_and_sector() {
    let out = tacitus(&["ontology", "plover", "SUPPORT", "--format", "json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["quad_class"], 1);
    assert!(
        v["cameo_codes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "054")
    );

    let out = tacitus(&["ontology", "actor", "RUSGOV", "--format", "json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["country"]["code"], "RUS");
    assert_eq!(v["primary_sector"], "GOV");

    let out = tacitus(&["ontology", "sector", "MED", "--format", "json"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["plover"], "JRN");

    let out = tacitus(&["ontology", "actor", "---MIL", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["country"].is_null());
    assert_eq!(v["primary_sector"], "MIL");

    let out = tacitus(&["ontology", "actor", "XYZ"]);
    assert_eq!(out.status.code(), Some(1));
}
