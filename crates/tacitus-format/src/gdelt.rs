//! GDELT 2.0 event table rows (61 tab-separated columns).
//!
//! What we know is filled in; what we do not (tone, geography, ethnicity) is
//! left empty. `NumSources` and `NumArticles` are 1 (one document per event),
//! `IsRootEvent` is 1 when the event is reported in the first two sentences
//! (the title and lead), and `DATEADDED` is the writer's setting or the event
//! date at midnight.

use crate::common::{compact_date, tsv_field};
use chrono::{Datelike, NaiveDateTime};
use tacitus_core::ontology::actors::{self, CountryKind, SectorKind};
use tacitus_core::{ActorMention, Event};

/// The 61 GDELT 2.0 event column names, in order.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// Organization-type codes that GDELT reports as actor types, not groups.
const ORGANIZATION_TYPES: [&str; 5] = ["IGO", "NGO", "NGM", "MNC", "IMG"];

/// The ten GDELT actor columns: code, name, country, known group, ethnic,
/// religion 1-2, type 1-3.
fn actor_columns(actor: Option<&ActorMention>) -> [String; 10] {
    let Some(actor) = actor else {
        return Default::default();
    };
    let parts = actors::split_actor_code(&actor.code);
    let top = parts.country.and_then(actors::country);
    let mut types: Vec<&str> = Vec::new();
    let country = match top {
        Some(c) if c.kind == CountryKind::International => {
            types.push(c.code);
            parts.affiliations.first().copied()
        }
        Some(c) => Some(c.code),
        None => parts.country.or(actor.country.as_deref()),
    };
    let mut religions: Vec<&str> = Vec::new();
    let mut group: Option<&str> = None;
    for chunk in &parts.sectors {
        match actors::sector(chunk) {
            Some(s) if s.kind == SectorKind::Religion => religions.push(chunk),
            Some(s)
                if s.kind == SectorKind::Organization && !ORGANIZATION_TYPES.contains(&s.code) =>
            {
                group.get_or_insert(chunk);
            }
            Some(_) => types.push(chunk),
            None => {
                group.get_or_insert(chunk);
            }
        }
    }
    let at = |v: &[&str], i: usize| v.get(i).copied().unwrap_or_default().to_string();
    [
        tsv_field(&actor.code).into_owned(),
        tsv_field(&actor.text.to_uppercase()).into_owned(),
        country.unwrap_or_default().to_string(),
        group.unwrap_or_default().to_string(),
        String::new(),
        at(&religions, 0),
        at(&religions, 1),
        at(&types, 0),
        at(&types, 1),
        at(&types, 2),
    ]
}

/// One GDELT 2.0 row of 61 fields.
pub(crate) fn gdelt_row(
    event: &Event,
    url: Option<&str>,
    date_added: Option<NaiveDateTime>,
) -> Vec<String> {
    let mut row = Vec::with_capacity(GDELT_COLUMNS.len());
    row.push(crate::event_id(event).to_string());
    row.push(compact_date(event));
    match event.date {
        Some(d) => {
            row.push(d.format("%Y%m").to_string());
            row.push(d.year().to_string());
            row.push(format!(
                "{:.4}",
                f64::from(d.year()) + f64::from(d.ordinal()) / 365.0
            ));
        }
        None => row.extend([String::new(), String::new(), String::new()]),
    }
    row.extend(actor_columns(Some(&event.source)));
    row.extend(actor_columns(event.target.as_ref()));
    let code = tsv_field(&event.cameo).into_owned();
    let base = code.get(..3).unwrap_or(&code).to_string();
    row.push(
        if event.provenance.sentence <= 1 {
            "1"
        } else {
            "0"
        }
        .to_string(),
    );
    row.push(code.clone());
    row.push(base);
    row.push(tsv_field(&event.root).into_owned());
    row.push(event.quad_class.to_string());
    row.push(format!("{:.1}", event.goldstein));
    row.push(event.mentions.max(1).to_string());
    row.push("1".to_string());
    row.push("1".to_string());
    row.push(String::new()); // AvgTone: we do not measure tone
    row.extend(std::iter::repeat_n(String::new(), 24)); // three geo blocks of 8
    let added = date_added
        .or_else(|| event.date.and_then(|d| d.and_hms_opt(0, 0, 0)))
        .map(|t| t.format("%Y%m%d%H%M%S").to_string())
        .unwrap_or_default();
    row.push(added);
    row.push(tsv_field(url.unwrap_or(&event.doc_id)).into_owned());
    debug_assert_eq!(row.len(), GDELT_COLUMNS.len());
    row
}
