//! Cross-checks the compiled-in CAMEO table against the reference files in
//! ../shared (skipped when ../shared is absent).

use std::collections::HashMap;
use tacitus_core::ontology::{cameo, mapping, plover};

#[test]
fn cameo_codes_names_and_gdelt_goldstein_match_reference_files() {
    let csv_path = tacitus_testdata::require_shared!("ontology/cameo-codes.csv");
    let gdelt_path = tacitus_testdata::require_shared!("ontology/goldstein-gdelt.txt");

    let mut reader = csv::Reader::from_path(&csv_path).unwrap();
    let mut reference: HashMap<String, (String, f32)> = HashMap::new();
    for record in reader.records() {
        let record = record.unwrap();
        let code = record[0].to_string();
        let name = record[1].to_string();
        let score: f32 = record[3].parse().unwrap();
        assert_eq!(&record[2], &code[..2], "root column of {code}");
        assert!(reference.insert(code, (name, score)).is_none());
    }
    assert_eq!(reference.len(), 312);

    let gdelt_text = std::fs::read_to_string(&gdelt_path).unwrap();
    let mut gdelt: HashMap<&str, f32> = HashMap::new();
    for line in gdelt_text.lines().skip(1) {
        let (code, score) = line.split_once('\t').unwrap();
        gdelt.insert(code.trim(), score.trim().parse().unwrap());
    }

    assert_eq!(cameo::all().len(), reference.len());
    for (code, (name, csv_score)) in &reference {
        let ours = cameo::lookup(code).unwrap_or_else(|| panic!("{code} missing from our table"));
        assert_eq!(ours.name, name, "name of {code}");
        // GDELT's score wins; the one code GDELT lacks keeps the CSV's.
        let expected = gdelt.get(code.as_str()).copied().unwrap_or(*csv_score);
        assert_eq!(ours.goldstein, expected, "Goldstein of {code}");
    }
    for code in gdelt.keys() {
        assert!(cameo::lookup(code).is_some(), "GDELT code {code} missing");
    }
}

#[test]
fn plover_types_modes_and_contexts_match_the_taxonomy_file() {
    let path = tacitus_testdata::require_shared!("ontology/plover-taxonomy.json");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let types = json["event_types"].as_object().unwrap();
    assert_eq!(types.len(), plover::all_types().len());
    for (name, spec) in types {
        let ours = plover::event_type(name).unwrap_or_else(|| panic!("{name} missing"));
        let modes: Vec<&str> = spec["modes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m.as_str().unwrap())
            .collect();
        let our_modes: Vec<&str> = ours.modes.iter().map(|m| m.name).collect();
        assert_eq!(our_modes, modes, "modes of {name}");
        if let Some(q) = spec["quad"].as_u64() {
            assert_eq!(u64::from(ours.quad_class), q, "quad of {name}");
        }
        assert_eq!(
            ours.requires_recipient,
            spec["requires_recipient"].as_bool().unwrap(),
            "{name}"
        );
        for m in ours.modes {
            let key = format!("{name}:{}", m.name);
            if let Some(score) = json["plover_scores_mode"][&key].as_f64() {
                assert_eq!(f64::from(m.score), score, "{key}");
            }
        }
    }
    let contexts: Vec<&str> = json["contexts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    let ours: Vec<&str> = plover::all_contexts().iter().map(|c| c.name).collect();
    assert_eq!(ours, contexts);
    for m in mapping::all() {
        for c in m.contexts {
            assert!(contexts.contains(c), "{}: {c}", m.cameo);
        }
    }
}

/// Top-level chunks of the Phoenix actor dictionaries that we deliberately do
/// not list: one-off codes of the dictionaries' own making.
const UNLISTED_TOP_LEVEL: [&str; 8] = [
    "KKL", // a coder's initials used as a placeholder
    "KNT", // Kinakuta, a fictional country of the validation suite
    "SRP", // Republika Srpska, coded once
    "KRJ", // Serbian Krajina, coded once
    "FRN", // once, for Wallis and Futuna
    "BAH", // once; ambiguous
    "MOS", // once; ambiguous
    "ANG", // once; ambiguous
];

#[test]
fn phoenix_dictionary_top_level_codes_are_known() {
    let mut unknown: Vec<String> = Vec::new();
    let mut seen = 0;
    for file in [
        "petrarch2/dictionaries/Phoenix.Countries.actors.txt",
        "petrarch2/dictionaries/Phoenix.International.actors.txt",
        "petrarch2/dictionaries/Phoenix.MilNonState.actors.txt",
    ] {
        let path = tacitus_testdata::require_shared!(file);
        let bytes = std::fs::read(path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        for piece in text.split('[').skip(1) {
            let code: String = piece
                .chars()
                .take_while(|c| c.is_ascii_uppercase() || *c == '-')
                .collect();
            if code.len() < 3 || code.starts_with("---") {
                continue;
            }
            seen += 1;
            let parts = tacitus_core::ontology::split_actor_code(&code);
            let top = &code[..3];
            let known = parts
                .country
                .is_some_and(|c| tacitus_core::ontology::actors::country(c).is_some())
                || (parts.country.is_none() && !parts.sectors.is_empty());
            if !known && !UNLISTED_TOP_LEVEL.contains(&top) && !unknown.iter().any(|u| u == top) {
                unknown.push(top.to_string());
            }
        }
    }
    assert!(seen > 10_000, "only {seen} codes read");
    assert!(
        unknown.is_empty(),
        "top-level codes missing from our table: {unknown:?}"
    );
}
