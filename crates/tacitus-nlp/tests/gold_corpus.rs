//! Every record of the PETRARCH validation files: parses read, converted and
//! aligned without panic, every tree well-formed; malformed records counted.

#[path = "gold_records.rs"]
mod gold_records;

use gold_records::{Record, SPACY_LABELS, read_records};
use tacitus_nlp::TrainSentence;
use tacitus_nlp::gold::{analyze_given_parse, conllu, ptb};

struct Summary {
    records: usize,
    converted: usize,
    malformed: usize,
    words: usize,
    unaligned: usize,
    /// Records whose `<Text>` holds less than half the parse's words.
    text_mismatch: usize,
}

fn run_ptb_file(rel: &str, path: &std::path::Path) -> Summary {
    let records: Vec<Record> = read_records(path);
    let mut s = Summary {
        records: records.len(),
        converted: 0,
        malformed: 0,
        words: 0,
        unaligned: 0,
        text_mismatch: 0,
    };
    for r in &records {
        match analyze_given_parse(&r.text, &r.parse, 0) {
            Ok(sents) => {
                s.converted += 1;
                assert!(!sents.is_empty(), "{rel}:{} {}: no tree", r.line, r.id);
                let (mut words, mut unaligned) = (0, 0);
                for sent in &sents {
                    assert!(
                        sent.is_well_formed(),
                        "{rel}:{} {}: tree not well-formed",
                        r.line,
                        r.id
                    );
                    assert!(sent.tokens.iter().all(|t| t.span.slice(&r.text).is_some()));
                    let labels_ok = sent
                        .tokens
                        .iter()
                        .all(|t| SPACY_LABELS.contains(&t.dep.as_str()) && !t.tag.is_empty());
                    assert!(
                        labels_ok,
                        "{rel}:{} {}: a label outside spaCy's set",
                        r.line, r.id
                    );
                    let as_train = TrainSentence {
                        words: sent.tokens.iter().map(|t| t.text.clone()).collect(),
                        lemmas: sent.tokens.iter().map(|t| t.lemma.clone()).collect(),
                        tags: sent.tokens.iter().map(|t| t.tag.clone()).collect(),
                        heads: sent.tokens.iter().map(|t| t.head).collect(),
                        labels: sent.tokens.iter().map(|t| t.dep.clone()).collect(),
                    };
                    assert!(
                        as_train.is_projective(),
                        "{rel}:{} {}: non-projective tree",
                        r.line,
                        r.id
                    );
                    words += sent.tokens.len();
                    unaligned += sent.tokens.iter().filter(|t| t.span.is_empty()).count();
                }
                if unaligned * 2 > words {
                    s.text_mismatch += 1;
                    println!(
                        "{rel}:{} record {}: <Text> does not match the parse ({unaligned}/{words} words unaligned)",
                        r.line, r.id
                    );
                } else {
                    s.words += words;
                    s.unaligned += unaligned;
                }
            }
            Err(e) => {
                s.malformed += 1;
                println!("{rel}:{} record {}: malformed parse: {e}", r.line, r.id);
            }
        }
    }
    println!(
        "{rel}: {} records, {} converted, {} malformed, {} text/parse mismatch; in the others {} words, {} unaligned ({:.2}%)",
        s.records,
        s.converted,
        s.malformed,
        s.text_mismatch,
        s.words,
        s.unaligned,
        100.0 * s.unaligned as f64 / s.words.max(1) as f64
    );
    s
}

#[test]
fn petrarch_unit_test_records_convert() {
    let rel = "petrarch2/text/PETR.UnitTest.records.xml";
    let path = tacitus_testdata::require_shared!(rel);
    let s = run_ptb_file(rel, &path);
    assert!(s.records >= 280, "only {} records read", s.records);
    assert!(s.converted >= s.records * 95 / 100);
    assert!(
        s.unaligned * 50 < s.words,
        "too many unaligned words: {}/{}",
        s.unaligned,
        s.words
    );
}

#[test]
fn gigaword_sample_converts() {
    let rel = "petrarch2/text/GigaWord.sample.PETR.xml";
    let path = tacitus_testdata::require_shared!(rel);
    let s = run_ptb_file(rel, &path);
    assert_eq!(s.records, 76);
    assert!(s.converted >= 72);
    assert!(
        s.unaligned * 50 < s.words,
        "too many unaligned words: {}/{}",
        s.unaligned,
        s.words
    );
}

#[test]
fn udpipe_conllu_records_read() {
    let rel = "universalpetrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml";
    let path = tacitus_testdata::require_shared!(rel);
    let records = read_records(&path);
    assert!(records.len() >= 280);
    let (mut sentences, mut malformed, mut unaligned, mut words) = (0, 0, 0, 0);
    for r in &records {
        let (sents, errors) = conllu::read(&r.parse);
        for e in &errors {
            println!("{rel}:{} record {}: {e}", r.line, r.id);
        }
        malformed += usize::from(!errors.is_empty() || sents.is_empty());
        let mut cursor = 0;
        for (i, s) in sents.iter().enumerate() {
            assert!(s.sentence.is_well_formed());
            // UDPipe's UD labels are restructured to spaCy's scheme.
            assert!(s.from_ud);
            let labels_ok = s
                .sentence
                .tokens
                .iter()
                .all(|t| SPACY_LABELS.contains(&t.dep.as_str()));
            assert!(
                labels_ok,
                "{rel}:{} {}: a label outside spaCy's set",
                r.line, r.id
            );
            let (aligned, next) = s.align_to(&r.text, cursor, i);
            cursor = next;
            assert!(aligned.is_well_formed());
            words += aligned.tokens.len();
            unaligned += aligned.tokens.iter().filter(|t| t.span.is_empty()).count();
            sentences += 1;
        }
        // A CoNLL-U record is not a PTB tree: the PTB reader must refuse it
        // with an error, not panic.
        assert!(ptb::parse(&r.parse).is_err() || r.parse.trim().starts_with('('));
        // The given-parse entry point recognises CoNLL-U by itself.
        if errors.is_empty() {
            let given = analyze_given_parse(&r.text, &r.parse, 0).unwrap();
            assert_eq!(given.len(), sents.len());
            assert!(given.iter().all(|s| s.is_well_formed()));
        }
    }
    println!(
        "{rel}: {} records, {sentences} sentences, {malformed} malformed, {words} words, {unaligned} unaligned",
        records.len()
    );
    assert!(malformed * 20 < records.len());
    assert!(unaligned * 50 < words);
}

/// Damaged parses (truncated, brackets or words removed) never panic, and
/// whatever still converts is well-formed.
#[test]
fn damaged_parses_never_panic() {
    let rel = "petrarch2/text/GigaWord.sample.PETR.xml";
    let path = tacitus_testdata::require_shared!(rel);
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n.max(1) as u64) as usize
    };
    let (mut ok, mut refused) = (0, 0);
    for r in read_records(&path) {
        let bytes = r.parse.as_bytes();
        for round in 0..20 {
            let mut damaged: Vec<u8> = bytes.to_vec();
            match round % 3 {
                0 => damaged.truncate(next(bytes.len())),
                1 => {
                    for _ in 0..3 {
                        let at = next(damaged.len());
                        if at < damaged.len() && damaged[at].is_ascii() {
                            damaged.remove(at);
                        }
                    }
                }
                _ => {
                    let at = next(damaged.len());
                    damaged.insert(at, if next(2) == 0 { b'(' } else { b')' });
                }
            }
            let Ok(text) = String::from_utf8(damaged) else {
                continue;
            };
            match analyze_given_parse(&r.text, &text, 0) {
                Ok(sents) => {
                    ok += 1;
                    assert!(sents.iter().all(|s| s.is_well_formed()));
                }
                Err(e) => {
                    refused += 1;
                    assert!(e.line.is_some() || e.message.contains("no tree"), "{e}");
                }
            }
        }
    }
    println!("damaged parses: {ok} converted, {refused} refused with an error");
    assert!(refused > 0);
}
