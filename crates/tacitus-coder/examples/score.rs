//! Developer tool: scores the coder on a PETRARCH validation file with the
//! given parses, faster to rebuild than the full CLI.
//! `cargo run --release -p tacitus-coder --example score -- FILE.xml DICTDIR [EXPECTED.xml] [-v]`

use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use tacitus_coder::{Coder, CoderOptions};
use tacitus_core::AnalyzedDocument;
use tacitus_ingest::petrarch::{ParseFormat, ValidationRecord, read_validation_records};

type Triple = (String, String, String);

fn key(r: &ValidationRecord) -> (String, String) {
    (
        r.id.to_uppercase().replace('_', "-"),
        r.text.split_whitespace().collect::<Vec<_>>().join(" "),
    )
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let args: Vec<&String> = args.iter().filter(|a| *a != "-v").collect();
    let records = read_validation_records(Path::new(args[0])).records;
    let sources = tacitus_dict::DictSource::from_dir(Path::new(args[1])).unwrap();
    let (dicts, _) = tacitus_dict::load_compiled(&sources, false);
    let coder = Coder::new(dicts, CoderOptions::default());
    let expected: Option<HashMap<_, BTreeSet<Triple>>> = args.get(2).map(|p| {
        read_validation_records(Path::new(p))
            .records
            .iter()
            .map(|r| {
                (
                    key(r),
                    r.expected
                        .iter()
                        .map(|e| (e.source.clone(), e.target.clone(), e.event.clone()))
                        .collect(),
                )
            })
            .collect()
    });
    let (mut pass, mut total) = (0, 0);
    for (k, r) in records.iter().enumerate() {
        let exp: BTreeSet<Triple> = match &expected {
            Some(m) => match m.get(&key(r)) {
                Some(e) => e.clone(),
                None => continue,
            },
            None => r
                .expected
                .iter()
                .map(|e| (e.source.clone(), e.target.clone(), e.event.clone()))
                .collect(),
        };
        let mut opts = CoderOptions::default();
        if let Some(v) = r.config_value("require_dyad") {
            opts.require_dyad = !v.eq_ignore_ascii_case("false");
        }
        let c = coder.with_options(opts);
        let doc = r.to_document("x", k as u64);
        let parse = r.parse.clone().unwrap_or_default();
        let sentences = if r.parse_format == Some(ParseFormat::Conllu) {
            let (sents, _) = tacitus_nlp::gold::conllu::read(&parse);
            let mut cursor = 0;
            sents
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let (a, n) = s.align_to(&doc.text, cursor, i);
                    cursor = n;
                    a
                })
                .collect()
        } else {
            tacitus_nlp::gold::analyze_given_parse(&doc.text, &parse, 0).unwrap_or_default()
        };
        let analyzed = AnalyzedDocument {
            doc_id: doc.id.clone(),
            text: doc.text.clone(),
            sentences,
        };
        let got: BTreeSet<Triple> = c
            .code_document(&doc, &analyzed)
            .into_iter()
            .map(|e| {
                (
                    e.source.code,
                    e.target.map(|t| t.code).unwrap_or_else(|| "---".into()),
                    e.cameo,
                )
            })
            .collect();
        total += 1;
        if got == exp {
            pass += 1;
        } else if verbose {
            println!(
                "FAIL {} [{}]\n  {}\n  exp {:?}\n  got {:?}",
                r.id,
                r.category.clone().unwrap_or_default(),
                r.text,
                exp,
                got
            );
        }
    }
    println!(
        "{pass}/{total} = {:.1}%",
        100.0 * pass as f64 / total.max(1) as f64
    );
}
