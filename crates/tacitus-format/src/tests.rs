//! Unit tests of every format on a hand-built event.

use super::*;
use chrono::NaiveDate;
use tacitus_core::{ActorMention, DictionaryEntryRef, EventFlags, PloverCoding, Provenance, Span};

const DOC: &str = "Moscow — Russia formally recognized the Taliban government.\nTalks followed.";

fn span_of(needle: &str) -> Span {
    let start = DOC.find(needle).unwrap();
    Span::new(start, start + needle.len())
}

fn entry(id: &str, text: &str) -> DictionaryEntryRef {
    DictionaryEntryRef {
        dictionary: "builtin:test".into(),
        line: Some(7),
        id: Some(id.into()),
        text: text.into(),
    }
}

fn sample_event() -> Event {
    let sentence_span = Span::new(0, DOC.find('\n').unwrap());
    Event {
        doc_id: "seed-1".into(),
        date: NaiveDate::from_ymd_opt(2025, 7, 3),
        source: ActorMention {
            code: "RUSGOV".into(),
            country: Some("RUS".into()),
            sector: Some("GOV".into()),
            text: "Russia".into(),
            span: span_of("Russia"),
            entries: vec![entry("ACT.RUS", "Russia")],
        },
        target: Some(ActorMention {
            code: "AFGGOV".into(),
            country: Some("AFG".into()),
            sector: Some("GOV".into()),
            text: "Taliban government".into(),
            span: span_of("Taliban government"),
            entries: vec![entry("ACT.AFG.TALIBAN", "Taliban")],
        }),
        cameo: "054".into(),
        root: "05".into(),
        quad_class: 1,
        goldstein: 6.0,
        plover: PloverCoding {
            event_type: "SUPPORT".into(),
            mode: None,
            context: vec!["diplomatic".into()],
        },
        flags: EventFlags::default(),
        issues: Vec::new(),
        mentions: 2,
        sentence_text: DOC[sentence_span.start..sentence_span.end].to_string(),
        provenance: Provenance {
            doc_id: "seed-1".into(),
            sentence: 0,
            sentences: vec![0, 4],
            sentence_span,
            trigger_span: span_of("recognized"),
            pattern: Some(entry("V054.0001", "recognize dobj={government}")),
            notes: vec!["object names a government".into()],
        },
    }
}

fn write_all(format: EventFormat, events: &[Event]) -> String {
    let offsets = CharOffsets::new(DOC);
    let mut w = EventWriter::new(format, Vec::new());
    for e in events {
        w.write(e, Some(&offsets)).unwrap();
    }
    assert_eq!(w.written(), events.len() as u64);
    String::from_utf8(w.finish().unwrap()).unwrap()
}

#[test]
fn format_names_round_trip() {
    for f in EventFormat::ALL {
        assert_eq!(f.name().parse::<EventFormat>().unwrap(), f);
        assert_eq!(f.to_string(), f.name());
    }
    assert_eq!(
        "GDELT".parse::<EventFormat>().unwrap(),
        EventFormat::GdeltTsv
    );
    let err = "xml".parse::<EventFormat>().unwrap_err().to_string();
    assert!(err.contains("xml") && err.contains("plover"), "{err}");
}

#[test]
fn json_record_has_provenance_and_char_offsets() {
    let offsets = CharOffsets::new(DOC);
    let v = event_to_json(&sample_event(), Some(&offsets));
    assert_eq!(v["doc_id"], "seed-1");
    assert_eq!(v["date"], "2025-07-03");
    assert_eq!(v["sentence"], 0);
    assert_eq!(v["sentences"], serde_json::json!([0, 4]));
    assert_eq!(v["mentions"], 2);
    // "Moscow — Russia": the dash is 3 bytes but one character, so Russia
    // starts at byte 11 and character 9.
    assert_eq!(v["source"]["start"], 9);
    assert_eq!(v["source"]["end"], 15);
    assert_eq!(v["source"]["code"], "RUSGOV");
    assert_eq!(v["source"]["country"], "RUS");
    assert_eq!(v["source"]["sector"], "GOV");
    assert_eq!(v["source"]["text"], "Russia");
    assert_eq!(v["source"]["entries"][0]["id"], "ACT.RUS");
    assert_eq!(v["target"]["code"], "AFGGOV");
    assert_eq!(v["cameo"], "054");
    assert_eq!(v["cameo_name"], "Grant diplomatic recognition");
    assert_eq!(v["root"], "05");
    assert_eq!(v["quad_class"], 1);
    assert_eq!(v["goldstein"], 6.0);
    let mut odd = sample_event();
    odd.goldstein = 3.4;
    assert_eq!(event_to_json(&odd, None)["goldstein"].to_string(), "3.4");
    assert_eq!(v["plover"]["type"], "SUPPORT");
    assert_eq!(v["plover"]["mode"], serde_json::Value::Null);
    assert_eq!(v["plover"]["context"][0], "diplomatic");
    assert_eq!(v["flags"]["negated"], false);
    assert!(
        v["sentence_text"]
            .as_str()
            .unwrap()
            .starts_with("Moscow — Russia")
    );
    assert_eq!(v["trigger"]["text"], "recognized");
    assert_eq!(v["explanation"]["pattern"]["id"], "V054.0001");
    assert_eq!(
        v["explanation"]["target_entries"][0]["id"],
        "ACT.AFG.TALIBAN"
    );
    assert_eq!(v["explanation"]["notes"][0], "object names a government");
    assert_eq!(v["offset_unit"], "char");

    // without offsets the byte offsets are printed and flagged as such
    let v = event_to_json(&sample_event(), None);
    assert_eq!(v["source"]["start"], 11);
    assert_eq!(v["offset_unit"], "byte");
}

#[test]
fn json_lines_one_object_per_event_and_null_target() {
    let mut e = sample_event();
    e.target = None;
    let out = write_all(EventFormat::Jsonl, &[sample_event(), e]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2);
    let second: serde_json::Value = serde_json::from_str(lines[1]).unwrap();
    assert!(second["target"].is_null());
    assert_eq!(
        second["explanation"]["target_entries"],
        serde_json::json!([])
    );
}

#[test]
fn csv_has_header_and_flat_columns() {
    let out = write_all(EventFormat::Csv, &[sample_event()]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header, CSV_HEADER);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    let col = |name: &str| rows[0][header.iter().position(|h| h == name).unwrap()].to_string();
    assert_eq!(col("source_code"), "RUSGOV");
    assert_eq!(col("source_start"), "9");
    assert_eq!(col("target_text"), "Taliban government");
    assert_eq!(col("cameo"), "054");
    assert_eq!(col("quad_class"), "1");
    assert_eq!(col("sentences"), "0;4");
    assert_eq!(col("plover_type"), "SUPPORT");
    assert_eq!(col("pattern_id"), "V054.0001");

    let empty = write_all(EventFormat::Csv, &[]);
    assert_eq!(empty.lines().count(), 1, "empty output keeps its header");
}

fn with_issues() -> Event {
    let mut e = sample_event();
    let tag = |code: &str, word: &str| tacitus_core::IssueTag {
        code: code.into(),
        text: word.into(),
        span: span_of(word),
        entry: entry(code, word),
    };
    e.issues = vec![tag("RECOGNITION", "recognized"), tag("TALKS", "Talks")];
    e
}

#[test]
fn issues_in_every_format_but_gdelt() {
    let e = with_issues();
    let v = event_to_json(&e, Some(&CharOffsets::new(DOC)));
    assert_eq!(v["issues"][0]["code"], "RECOGNITION");
    // Character offsets: "—" is three bytes.
    assert_eq!(v["issues"][0]["start"], 25);
    assert_eq!(v["issues"][0]["end"], 35);
    assert_eq!(v["issues"][1]["entry"]["line"], 7);
    assert_eq!(
        event_to_json(&sample_event(), None)["issues"],
        serde_json::json!([])
    );

    let out = write_all(EventFormat::PetrarchTsv, std::slice::from_ref(&e));
    let fields: Vec<&str> = out.trim_end_matches('\n').split('\t').collect();
    assert_eq!(fields.len(), 7);
    assert_eq!(fields[6], "RECOGNITION;TALKS");
    let plain = write_all(EventFormat::PetrarchTsv, &[sample_event()]);
    assert_eq!(plain.trim_end_matches('\n').split('\t').nth(6), Some(""));

    let out = write_all(EventFormat::Csv, std::slice::from_ref(&e));
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let header = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    let at = header.iter().position(|h| h == "issues").unwrap();
    assert_eq!(&row[at], "RECOGNITION;TALKS");

    let gdelt = write_all(EventFormat::GdeltTsv, &[e]);
    assert_eq!(gdelt.trim_end_matches('\n').split('\t').count(), 61);
}

#[test]
fn petrarch_line() {
    let out = write_all(EventFormat::PetrarchTsv, &[sample_event()]);
    let fields: Vec<&str> = out.trim_end().split('\t').collect();
    assert_eq!(
        fields,
        [
            "20250703",
            "RUSGOV",
            "AFGGOV",
            "054",
            "seed-1",
            "seed-1-0;seed-1-4"
        ]
    );
}

#[test]
fn gdelt_line_has_61_columns() {
    let mut with_tab = sample_event();
    with_tab.source.text = "Rus\tsia".into();
    let out = write_all(EventFormat::GdeltTsv, &[sample_event(), with_tab]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2);
    for line in &lines {
        assert_eq!(line.split('\t').count(), 61, "{line}");
    }
    let fields: Vec<&str> = lines[0].split('\t').collect();
    let col = |name: &str| fields[GDELT_COLUMNS.iter().position(|c| *c == name).unwrap()];
    assert!(col("GlobalEventID").parse::<u64>().is_ok());
    assert_eq!(col("Day"), "20250703");
    assert_eq!(col("MonthYear"), "202507");
    assert_eq!(col("Year"), "2025");
    assert_eq!(col("Actor1Code"), "RUSGOV");
    assert_eq!(col("Actor1Name"), "RUSSIA");
    assert_eq!(col("Actor1CountryCode"), "RUS");
    assert_eq!(col("Actor1Type1Code"), "GOV");
    assert_eq!(col("Actor2CountryCode"), "AFG");
    assert_eq!(col("IsRootEvent"), "1");
    assert_eq!(col("EventCode"), "054");
    assert_eq!(col("EventBaseCode"), "054");
    assert_eq!(col("EventRootCode"), "05");
    assert_eq!(col("QuadClass"), "1");
    assert_eq!(col("GoldsteinScale"), "6.0");
    assert_eq!(col("NumMentions"), "2");
    assert_eq!(col("NumSources"), "1");
    assert_eq!(col("NumArticles"), "1");
    assert_eq!(col("DATEADDED"), "20250703000000");
    assert_eq!(col("SOURCEURL"), "seed-1");
    let second: Vec<&str> = lines[1].split('\t').collect();
    assert_eq!(second[6], "RUS SIA");
}

#[test]
fn gdelt_actor_parts_for_igo_and_religion() {
    let mut e = sample_event();
    e.source.code = "IGOUNO".into();
    e.source.country = None;
    e.source.sector = None;
    e.target.as_mut().unwrap().code = "AFGREBMUS".into();
    let fields = gdelt::gdelt_row(&e, Some("https://example.org/a"), None);
    assert_eq!(fields[7], "", "an IGO has no country");
    assert_eq!(fields[8], "UNO");
    assert_eq!(fields[12], "IGO");
    assert_eq!(fields[17], "AFG");
    assert_eq!(fields[20], "MUS");
    assert_eq!(fields[22], "REB");
    assert_eq!(fields[60], "https://example.org/a");
}

#[test]
fn plover_record() {
    let mut e = sample_event();
    e.target.as_mut().unwrap().code = "AFGMED".into();
    e.target.as_mut().unwrap().sector = Some("MED".into());
    let out = write_all(EventFormat::PloverJson, &[e]);
    let v: serde_json::Value = serde_json::from_str(out.trim_end()).unwrap();
    assert!(v["id"].as_str().unwrap().starts_with("TACITUS-"));
    assert_eq!(v["date"], "2025-07-03");
    assert_eq!(v["event_type"], "SUPPORT");
    assert_eq!(v["context"][0], "diplomatic");
    assert_eq!(v["quad_code"], 1);
    assert_eq!(v["event_intensity"], 5.0);
    assert_eq!(v["actor"]["country"], "RUS");
    assert_eq!(v["actor"]["sector"], "GOV");
    assert_eq!(v["actor"]["entity_text"], "Russia");
    assert_eq!(v["actor"]["start"], 9);
    // CAMEO MED (media) is PLOVER JRN
    assert_eq!(v["recipient"]["sector"], "JRN");
    assert_eq!(v["event_text"], "recognized");
    assert_eq!(v["story_id"], "seed-1");
    assert_eq!(v["cameo"], "054");
}

#[test]
fn event_ids_are_stable_and_distinct() {
    let a = sample_event();
    let mut b = sample_event();
    b.cameo = "036".into();
    assert_eq!(event_id(&a), event_id(&sample_event()));
    assert_ne!(event_id(&a), event_id(&b));
    assert!(event_id(&a) <= i64::MAX as u64);
}
