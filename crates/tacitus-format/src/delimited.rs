//! Flat CSV and PETRARCH-style TSV rows.

use crate::common::{actor_country, actor_sector, cameo_name, char_span, compact_date, tsv_field};
use tacitus_core::{ActorMention, CharOffsets, Event};

/// The CSV header, one name per column of [`csv_row`].
pub const CSV_HEADER: [&str; 37] = [
    "doc_id",
    "date",
    "sentence",
    "sentences",
    "mentions",
    "source_code",
    "source_country",
    "source_sector",
    "source_text",
    "source_start",
    "source_end",
    "target_code",
    "target_country",
    "target_sector",
    "target_text",
    "target_start",
    "target_end",
    "cameo",
    "cameo_name",
    "root",
    "quad_class",
    "goldstein",
    "plover_type",
    "plover_mode",
    "plover_context",
    "negated",
    "future",
    "conditional",
    "hypothetical",
    "reported",
    "pattern_dictionary",
    "pattern_line",
    "pattern_id",
    "pattern_text",
    "id",
    "sentence_text",
    "issues",
];

fn actor_cells(actor: Option<&ActorMention>, offsets: Option<&CharOffsets>) -> [String; 6] {
    match actor {
        None => Default::default(),
        Some(a) => {
            let (start, end) = char_span(offsets, a.span);
            [
                a.code.clone(),
                actor_country(a).unwrap_or_default().to_string(),
                actor_sector(a).unwrap_or_default().to_string(),
                a.text.clone(),
                start.to_string(),
                end.to_string(),
            ]
        }
    }
}

fn join<T: ToString>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(";")
}

/// One CSV row (lists are `;`-joined; booleans are `true`/`false`).
pub(crate) fn csv_row(event: &Event, offsets: Option<&CharOffsets>) -> Vec<String> {
    let prov = &event.provenance;
    let flags = &event.flags;
    let pattern = prov.pattern.as_ref();
    let mut row = vec![
        event.doc_id.clone(),
        event
            .date
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        prov.sentence.to_string(),
        join(&prov.sentences),
        event.mentions.to_string(),
    ];
    row.extend(actor_cells(Some(&event.source), offsets));
    row.extend(actor_cells(event.target.as_ref(), offsets));
    row.extend([
        event.cameo.clone(),
        cameo_name(&event.cameo).unwrap_or_default().to_string(),
        event.root.clone(),
        event.quad_class.to_string(),
        event.goldstein.to_string(),
        event.plover.event_type.clone(),
        event.plover.mode.clone().unwrap_or_default(),
        join(&event.plover.context),
        flags.negated.to_string(),
        flags.future.to_string(),
        flags.conditional.to_string(),
        flags.hypothetical.to_string(),
        flags.reported.to_string(),
        pattern.map(|p| p.dictionary.clone()).unwrap_or_default(),
        pattern
            .and_then(|p| p.line)
            .map(|l| l.to_string())
            .unwrap_or_default(),
        pattern.and_then(|p| p.id.clone()).unwrap_or_default(),
        pattern.map(|p| p.text.clone()).unwrap_or_default(),
        crate::event_id(event).to_string(),
        event.sentence_text.clone(),
        issue_codes(event),
    ]);
    debug_assert_eq!(row.len(), CSV_HEADER.len());
    row
}

/// The issue codes of an event, `;`-joined (empty when none).
fn issue_codes(event: &Event) -> String {
    event
        .issues
        .iter()
        .map(|i| i.code.as_str())
        .collect::<Vec<_>>()
        .join(";")
}

/// One PETRARCH-style line, as PETRARCH 2 writes its event files: date
/// (`YYYYMMDD`), source code, target code (empty when absent), CAMEO code,
/// document id, the reporting sentences as `DOCID-SENTENCE` joined by `;`,
/// and the issue codes joined by `;` (empty when none; PETRARCH puts its
/// issues after the code only when an issues file is loaded, which would
/// move the columns; here they come last, always).
pub(crate) fn petrarch_row(event: &Event) -> Vec<String> {
    let prov = &event.provenance;
    let sentences: Vec<usize> = if prov.sentences.is_empty() {
        vec![prov.sentence]
    } else {
        prov.sentences.clone()
    };
    let ids = sentences
        .iter()
        .map(|s| format!("{}-{s}", event.doc_id))
        .collect::<Vec<_>>()
        .join(";");
    vec![
        compact_date(event),
        tsv_field(&event.source.code).into_owned(),
        tsv_field(event.target.as_ref().map_or("", |t| t.code.as_str())).into_owned(),
        tsv_field(&event.cameo).into_owned(),
        tsv_field(&event.doc_id).into_owned(),
        tsv_field(&ids).into_owned(),
        tsv_field(&issue_codes(event)).into_owned(),
    ]
}
