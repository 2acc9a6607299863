//! Synthetic events for load tests and benchmarks: realistic shapes (skewed
//! country frequencies, ten years of dates, the common CAMEO codes), made-up
//! content. Deterministic for a given seed.
//!
//! The random source is a tiny xorshift written here: the generator needs
//! reproducible, not cryptographic, numbers, and this avoids a dependency.

use crate::{DocumentRecord, Store, StoreError};
use chrono::{Duration, NaiveDate};
use tacitus_core::{ActorMention, Document, Event, EventFlags, PloverCoding, Provenance, Span};

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Index with a Zipf-like skew: low indexes are much more frequent.
    fn skewed(&mut self, n: usize) -> usize {
        let a = self.below(n);
        let b = self.below(n);
        a.min(b).min(self.below(n))
    }
}

const COUNTRIES: [(&str, &str); 24] = [
    ("USA", "Washington"),
    ("RUS", "Moscow"),
    ("CHN", "Beijing"),
    ("UKR", "Kyiv"),
    ("ISR", "Israel"),
    ("IRN", "Tehran"),
    ("AFG", "Kabul"),
    ("GBR", "London"),
    ("FRA", "Paris"),
    ("DEU", "Berlin"),
    ("TUR", "Ankara"),
    ("SYR", "Damascus"),
    ("IND", "New Delhi"),
    ("PAK", "Islamabad"),
    ("PRK", "Pyongyang"),
    ("KOR", "Seoul"),
    ("JPN", "Tokyo"),
    ("SAU", "Riyadh"),
    ("EGY", "Cairo"),
    ("NGA", "Abuja"),
    ("BRA", "Brasilia"),
    ("MEX", "Mexico City"),
    ("VEN", "Caracas"),
    ("QAT", "Doha"),
];

const SECTORS: [&str; 5] = ["GOV", "GOV", "MIL", "", "BUS"];

/// (CAMEO code, quad class, Goldstein, PLOVER type, verb text)
const CODES: [(&str, u8, f32, &str, &str); 14] = [
    ("040", 1, 1.0, "CONSULT", "met"),
    ("042", 1, 1.9, "CONSULT", "visited"),
    ("036", 1, 4.0, "CONSULT", "offered talks with"),
    ("051", 1, 3.4, "SUPPORT", "praised"),
    ("054", 1, 6.0, "SUPPORT", "recognized"),
    ("057", 1, 8.0, "COOPERATE", "signed an agreement with"),
    ("070", 2, 7.0, "AID", "sent aid to"),
    ("111", 3, -2.0, "ACCUSE", "criticized"),
    ("112", 3, -2.0, "ACCUSE", "accused"),
    ("130", 3, -4.4, "THREATEN", "threatened"),
    ("161", 4, -4.0, "REDUCE", "cut ties with"),
    ("163", 4, -8.0, "SANCTION", "imposed sanctions on"),
    ("190", 4, -10.0, "ASSAULT", "attacked"),
    ("173", 4, -5.0, "COERCE", "arrested"),
];

const OUTLETS: [&str; 6] = [
    "Wire A", "Wire B", "Daily C", "Radio D", "Times E", "Post F",
];

fn actor(country: &str, name: &str, sector: &str, span: Span) -> ActorMention {
    ActorMention {
        code: format!("{country}{sector}"),
        country: Some(country.to_string()),
        sector: (!sector.is_empty()).then(|| sector.to_string()),
        text: name.to_string(),
        span,
        entries: Vec::new(),
    }
}

/// Adds `count` synthetic events (five per synthetic document) to the store,
/// in transactions of 2,000 documents; `progress` is called with the number
/// of events written so far.
pub fn generate(
    store: &mut Store,
    count: u64,
    seed: u64,
    mut progress: impl FnMut(u64),
) -> Result<(), StoreError> {
    const PER_DOC: u64 = 5;
    const DOCS_PER_BATCH: u64 = 2_000;
    let mut rng = XorShift(seed.max(1).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let start = NaiveDate::from_ymd_opt(2015, 1, 1)
        .ok_or_else(|| StoreError::Schema("bad start date".into()))?;
    let days = 3_650i64;
    let mut written = 0u64;
    let mut doc_no = 0u64;
    while written < count {
        let mut docs: Vec<(Document, Vec<Event>, Vec<Span>)> = Vec::new();
        while written < count && (docs.len() as u64) < DOCS_PER_BATCH {
            let date = start + Duration::days(rng.below(days as usize) as i64);
            let id = format!("synthetic-{seed}-{doc_no}");
            doc_no += 1;
            let outlet = OUTLETS[rng.below(OUTLETS.len())];
            let mut text = String::new();
            let mut events = Vec::new();
            let mut sentences = Vec::new();
            let n = PER_DOC.min(count - written);
            for i in 0..n as usize {
                let (sc, sname) = COUNTRIES[rng.skewed(COUNTRIES.len())];
                let (mut tc, mut tname) = COUNTRIES[rng.skewed(COUNTRIES.len())];
                if tc == sc {
                    (tc, tname) = COUNTRIES[(rng.below(COUNTRIES.len() - 1)
                        + 1
                        + COUNTRIES.iter().position(|c| c.0 == sc).unwrap_or(0))
                        % COUNTRIES.len()];
                }
                let (cameo, quad, goldstein, plover, verb) = CODES[rng.skewed(CODES.len())];
                let sentence_start = text.len();
                let s_span = Span::new(text.len(), text.len() + sname.len());
                text.push_str(sname);
                text.push(' ');
                let v_span = Span::new(text.len(), text.len() + verb.len());
                text.push_str(verb);
                text.push(' ');
                let t_span = Span::new(text.len(), text.len() + tname.len());
                text.push_str(tname);
                text.push_str(". ");
                let sentence_span = Span::new(sentence_start, text.len() - 1);
                sentences.push(sentence_span);
                let sentence_text = text[sentence_start..text.len() - 1].to_string();
                events.push(Event {
                    doc_id: id.clone(),
                    date: Some(date),
                    source: actor(sc, sname, SECTORS[rng.below(SECTORS.len())], s_span),
                    target: Some(actor(tc, tname, SECTORS[rng.below(SECTORS.len())], t_span)),
                    cameo: cameo.to_string(),
                    root: cameo[..2].to_string(),
                    quad_class: quad,
                    goldstein,
                    plover: PloverCoding {
                        event_type: plover.to_string(),
                        mode: None,
                        context: Vec::new(),
                    },
                    flags: EventFlags::default(),
                    issues: Vec::new(),
                    mentions: 1,
                    sentence_text,
                    provenance: Provenance {
                        doc_id: id.clone(),
                        sentence: i,
                        sentences: vec![i],
                        sentence_span,
                        trigger_span: v_span,
                        pattern: None,
                        notes: vec!["synthetic".to_string()],
                    },
                });
            }
            written += n;
            let mut doc = Document::new(id, text);
            doc.date = Some(date);
            doc.source = Some(outlet.to_string());
            doc.title = Some(format!("Synthetic report {doc_no}"));
            docs.push((doc, events, sentences));
        }
        let records: Vec<DocumentRecord<'_>> = docs
            .iter()
            .map(|(doc, events, sentences)| DocumentRecord {
                document: doc,
                content_hash: crate::content_hash(doc),
                sentences: sentences.clone(),
                events,
            })
            .collect();
        store.store_batch(None, &records)?;
        progress(written);
    }
    if count > 0 {
        store.optimize()?;
    }
    Ok(())
}
