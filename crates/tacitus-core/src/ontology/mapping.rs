//! CAMEO to PLOVER 2.0: event type, mode and contexts for every CAMEO code.
//!
//! Started from the 2021 draft conversion table of the PLOVER project and
//! brought up to the 2.0 manual. The draft names modes and contexts that 2.0
//! no longer has; the general rules we applied:
//! - context `humanitarian` -> `human_security`; `democracy` -> `pro_democracy`;
//! - modes `ban` and `political` -> `restrict`; `assassinate` -> `targeted`;
//!   `return` -> `release`; `ease`, `massacre` and `cleansing` have no 2.0
//!   equivalent and become no mode (or a better-fitting 2.0 mode);
//! - where the 2.0 manual explicitly rules on a case (apologies are CONCEDE,
//!   international sanctions are SANCTION `discontinue`, court convictions are
//!   SANCTION `convict`, promised concessions stay CONCEDE) we follow it.
//!
//! The draft has no rows for roots 01 (statements) and 02 (appeals). Appeals
//! are PLOVER REQUESTs with the same modes as CAMEO 10. PLOVER has no type
//! for plain statements; root 01 codes get the nearest type. Each code whose
//! row differs from the draft carries a comment saying why. A root maps like
//! its `x0` code.

use super::cameo;
use super::plover;
use serde::Serialize;

/// The PLOVER coding of one CAMEO code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PloverMapping {
    /// The CAMEO code this row is for (the ancestor's code after a fallback).
    pub cameo: &'static str,
    /// PLOVER event type, e.g. `SUPPORT`.
    #[serde(rename = "type")]
    pub event_type: &'static str,
    pub mode: Option<&'static str>,
    pub contexts: &'static [&'static str],
}

impl PloverMapping {
    /// The PLOVER conflict-cooperation score of this type and mode.
    pub fn score(&self) -> Option<f32> {
        plover::score(self.event_type, self.mode)
    }

    /// True when PLOVER has no type for the CAMEO code and the row holds the
    /// nearest one: the plain statements of CAMEO root 01. Coders may prefer
    /// to leave such events without a PLOVER coding.
    pub fn is_approximate(&self) -> bool {
        self.cameo.starts_with("01")
    }

    /// The PLOVER type record.
    pub fn plover_type(&self) -> Option<&'static plover::PloverType> {
        plover::event_type(self.event_type)
    }
}

/// The PLOVER mapping of a CAMEO code. An unknown code falls back to its
/// nearest existing ancestor (`0549` -> `054`, `059` -> `05`); `cameo` in the
/// result names the row used. `None` when not even the root exists.
pub fn cameo_to_plover(code: &str) -> Option<PloverMapping> {
    let found = cameo::lookup_or_ancestor(code)?;
    exact(found.code)
}

/// The mapping row of an exact CAMEO code, without fallback.
pub fn exact(code: &str) -> Option<PloverMapping> {
    let code = code.trim();
    MAPPING
        .binary_search_by(|m| m.cameo.cmp(code))
        .ok()
        .map(|i| MAPPING[i])
}

/// Every mapping row, sorted by CAMEO code.
pub fn all() -> &'static [PloverMapping] {
    &MAPPING
}

/// The CAMEO codes that map to a PLOVER type (case-insensitive), in order.
pub fn cameo_codes_for(event_type: &str) -> impl Iterator<Item = &'static str> + '_ {
    let wanted = event_type.trim();
    MAPPING
        .iter()
        .filter(move |m| m.event_type.eq_ignore_ascii_case(wanted))
        .map(|m| m.cameo)
}

const fn r(
    cameo: &'static str,
    event_type: &'static str,
    mode: Option<&'static str>,
    contexts: &'static [&'static str],
) -> PloverMapping {
    PloverMapping {
        cameo,
        event_type,
        mode,
        contexts,
    }
}

/// One row per CAMEO code, sorted by code; one line per row, on purpose.
#[rustfmt::skip]
static MAPPING: [PloverMapping; 312] = [
    r("01", "SUPPORT", None, &[]),
    // PLOVER has no statement type; nearest type (neutral statements are rare in output)
    r("010", "SUPPORT", None, &[]),
    // PLOVER has no statement type; nearest type
    r("011", "REJECT", None, &[]),
    // PLOVER has no statement type; nearest type
    r("012", "ACCUSE", Some("disapprove"), &[]),
    // PLOVER has no statement type; nearest type
    r("013", "SUPPORT", None, &[]),
    // PLOVER has no statement type; nearest type
    r("014", "AGREE", None, &[]),
    // PLOVER has no statement type; nearest type
    r("015", "CONCEDE", None, &[]),
    // PLOVER has no statement type; nearest type
    r("016", "REJECT", None, &[]),
    // PLOVER has no statement type; nearest type
    r("017", "SUPPORT", None, &[]),
    // PLOVER has no statement type; nearest type
    r("018", "SUPPORT", None, &[]),
    // PLOVER has no statement type; nearest type
    r("019", "AGREE", None, &[]),
    r("02", "REQUEST", None, &[]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("020", "REQUEST", None, &[]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("021", "REQUEST", Some("assist"), &[]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("0211", "REQUEST", Some("assist"), &["economic"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("0212", "REQUEST", Some("assist"), &["military"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("0213", "REQUEST", Some("assist"), &["legal"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("0214", "REQUEST", Some("assist"), &["intelligence"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("022", "REQUEST", Some("assist"), &["diplomatic"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("023", "REQUEST", Some("assist"), &[]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("0231", "REQUEST", Some("assist"), &["economic"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("0232", "REQUEST", Some("assist"), &["military"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("0233", "REQUEST", Some("assist"), &["human_security"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("0234", "REQUEST", Some("assist"), &["peacekeeping"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("024", "REQUEST", Some("change"), &["political_institutions"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("0241", "REQUEST", Some("change"), &["executive"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("0242", "REQUEST", Some("change"), &["executive"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("0243", "REQUEST", Some("change"), &["rights_freedoms"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("0244", "REQUEST", Some("change"), &["political_institutions"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("025", "REQUEST", Some("yield"), &[]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("0251", "REQUEST", Some("yield"), &["legal"]),
    // asking dissidents to ease dissent: no context fits
    r("0252", "REQUEST", Some("yield"), &[]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("0253", "REQUEST", Some("yield"), &["legal"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("0254", "REQUEST", Some("yield"), &["economic"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("0255", "REQUEST", Some("yield"), &["diplomatic"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("0256", "REQUEST", Some("yield"), &["military"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("026", "REQUEST", Some("meet"), &["diplomatic"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("027", "REQUEST", Some("meet"), &["diplomatic"]),
    // CAMEO appeal = PLOVER REQUEST (no draft row)
    r("028", "REQUEST", Some("meet"), &["diplomatic"]),
    r("03", "AGREE", None, &["diplomatic"]),
    r("030", "AGREE", None, &["diplomatic"]),
    r("031", "AGREE", None, &["diplomatic"]),
    r("0311", "AGREE", None, &["economic"]),
    r("0312", "AGREE", None, &["military"]),
    r("0313", "AGREE", None, &["legal"]),
    r("0314", "AGREE", None, &["intelligence"]),
    r("032", "AGREE", None, &["diplomatic"]),
    r("033", "AGREE", None, &["diplomatic"]),
    r("0331", "AGREE", None, &["economic"]),
    r("0332", "AGREE", None, &["military"]),
    // draft context `humanitarian` -> `human_security`
    r("0333", "AGREE", None, &["human_security"]),
    r("0334", "AGREE", None, &["peacekeeping"]),
    r("034", "AGREE", None, &["political_institutions"]),
    r("0341", "AGREE", None, &["political_institutions"]),
    r("0342", "AGREE", None, &["executive"]),
    r("0343", "AGREE", None, &["rights_freedoms"]),
    r("0344", "AGREE", None, &["political_institutions"]),
    // manual 2.0: promised concessions are CONCEDE, not AGREE (draft: AGREE)
    r("035", "CONCEDE", None, &[]),
    // manual 2.0: promised concessions are CONCEDE, not AGREE (draft: AGREE)
    r("0351", "CONCEDE", None, &["rights_freedoms"]),
    // dissidents promising to ease dissent: no context fits
    r("0352", "CONCEDE", None, &[]),
    // manual 2.0: promised concessions are CONCEDE, not AGREE (draft: AGREE)
    r("0353", "CONCEDE", None, &["rights_freedoms"]),
    // manual 2.0: promised concessions are CONCEDE, not AGREE (draft: AGREE)
    r("0354", "CONCEDE", None, &["economic"]),
    // manual 2.0: promised concessions are CONCEDE, not AGREE (draft: AGREE)
    r("0355", "CONCEDE", None, &["diplomatic"]),
    // manual 2.0: promised concessions are CONCEDE, not AGREE (draft: AGREE)
    r("0356", "CONCEDE", None, &["military"]),
    r("036", "AGREE", None, &["diplomatic"]),
    r("037", "AGREE", None, &["diplomatic"]),
    r("038", "AGREE", None, &["diplomatic"]),
    r("039", "AGREE", None, &["diplomatic"]),
    r("04", "CONSULT", None, &[]),
    r("040", "CONSULT", None, &[]),
    r("041", "CONSULT", Some("phone"), &[]),
    r("042", "CONSULT", Some("visit"), &[]),
    r("043", "CONSULT", Some("visit"), &[]),
    r("044", "CONSULT", Some("third-party"), &[]),
    // mediation: a third party hosts the talks (draft: no mode)
    r("045", "CONSULT", Some("third-party"), &["diplomatic"]),
    r("046", "CONSULT", None, &["diplomatic"]),
    r("05", "SUPPORT", None, &["diplomatic"]),
    r("050", "SUPPORT", None, &["diplomatic"]),
    r("051", "SUPPORT", None, &["diplomatic"]),
    r("052", "SUPPORT", None, &["diplomatic"]),
    r("053", "SUPPORT", None, &["diplomatic"]),
    r("054", "SUPPORT", None, &["diplomatic"]),
    // manual 2.0: apologies and regret are CONCEDE (draft: SUPPORT)
    r("055", "CONCEDE", None, &["diplomatic"]),
    r("056", "SUPPORT", None, &["diplomatic"]),
    r("057", "SUPPORT", None, &["diplomatic"]),
    r("06", "COOPERATE", None, &[]),
    r("060", "COOPERATE", None, &[]),
    r("061", "COOPERATE", None, &["economic"]),
    r("062", "COOPERATE", None, &["military"]),
    r("063", "COOPERATE", None, &["legal"]),
    r("064", "COOPERATE", None, &["intelligence"]),
    r("07", "AID", None, &[]),
    r("070", "AID", None, &[]),
    r("071", "AID", None, &["economic"]),
    r("072", "AID", None, &["military"]),
    // draft context `humanitarian` -> `human_security`
    r("073", "AID", None, &["human_security"]),
    r("074", "AID", None, &["peacekeeping"]),
    r("075", "AID", None, &["asylum"]),
    r("08", "CONCEDE", None, &[]),
    r("080", "CONCEDE", None, &[]),
    r("081", "CONCEDE", None, &["legal"]),
    // easing restrictions on freedoms (draft: democracy)
    r("0811", "CONCEDE", None, &["rights_freedoms", "pro_democracy"]),
    // draft context `democracy` -> `pro_democracy`
    r("0812", "CONCEDE", None, &["pro_democracy"]),
    // manual 2.0 names removing curfews as CONCEDE (draft: RETREAT with dropped mode `ease`)
    r("0813", "CONCEDE", None, &["rights_freedoms"]),
    // manual 2.0: easing legal restrictions is CONCEDE (draft: RETREAT with dropped mode `ease`)
    r("0814", "CONCEDE", None, &["rights_freedoms"]),
    // dissidents easing their dissent: no context fits (draft: democracy)
    r("082", "CONCEDE", None, &[]),
    r("083", "CONCEDE", None, &["political_institutions"]),
    r("0831", "CONCEDE", None, &["political_institutions"]),
    r("0832", "CONCEDE", None, &["executive"]),
    r("0833", "CONCEDE", None, &["rights_freedoms"]),
    r("0834", "CONCEDE", None, &["political_institutions"]),
    r("084", "RETREAT", None, &[]),
    r("0841", "RETREAT", Some("release"), &["legal"]),
    // draft mode `return` dropped in 2.0; `release` covers returning property
    r("0842", "RETREAT", Some("release"), &["legal"]),
    // draft mode `ease` dropped in 2.0; no mode
    r("085", "RETREAT", None, &["economic"]),
    r("086", "RETREAT", Some("access"), &["diplomatic"]),
    r("0861", "RETREAT", Some("access"), &["peacekeeping"]),
    r("0862", "RETREAT", Some("access"), &["diplomatic"]),
    // draft context `humanitarian` -> `human_security`
    r("0863", "RETREAT", Some("access"), &["human_security"]),
    // generic de-escalation: no single 2.0 mode (draft: disarm)
    r("087", "RETREAT", None, &["military"]),
    r("0871", "RETREAT", Some("ceasefire"), &["military"]),
    r("0872", "RETREAT", Some("withdraw"), &["military"]),
    r("0873", "RETREAT", Some("disarm"), &["military"]),
    r("0874", "RETREAT", Some("disarm"), &["military"]),
    r("09", "ACCUSE", Some("investigate"), &[]),
    r("090", "ACCUSE", Some("investigate"), &[]),
    r("091", "ACCUSE", Some("investigate"), &["crime", "corruption"]),
    r("092", "ACCUSE", Some("investigate"), &["human_rights"]),
    r("093", "ACCUSE", Some("investigate"), &["military"]),
    r("094", "ACCUSE", Some("investigate"), &["military", "legal"]),
    r("10", "REQUEST", None, &[]),
    r("100", "REQUEST", None, &[]),
    r("101", "REQUEST", Some("assist"), &[]),
    r("1011", "REQUEST", Some("assist"), &["economic"]),
    r("1012", "REQUEST", Some("assist"), &["military"]),
    r("1013", "REQUEST", Some("assist"), &["legal"]),
    r("1014", "REQUEST", Some("assist"), &["intelligence"]),
    r("102", "REQUEST", Some("assist"), &["diplomatic"]),
    r("103", "REQUEST", Some("assist"), &[]),
    r("1031", "REQUEST", Some("assist"), &["economic"]),
    r("1032", "REQUEST", Some("assist"), &["military"]),
    // draft context `humanitarian` -> `human_security`
    r("1033", "REQUEST", Some("assist"), &["human_security"]),
    r("1034", "REQUEST", Some("assist"), &["peacekeeping"]),
    r("104", "REQUEST", Some("change"), &["political_institutions"]),
    r("1041", "REQUEST", Some("change"), &["executive"]),
    r("1042", "REQUEST", Some("change"), &["executive"]),
    r("1043", "REQUEST", Some("change"), &["rights_freedoms"]),
    r("1044", "REQUEST", Some("change"), &["political_institutions"]),
    // mode `yield` as in 1051-1056 (draft: change, legal)
    r("105", "REQUEST", Some("yield"), &[]),
    r("1051", "REQUEST", Some("yield"), &["legal"]),
    // asking dissidents to ease dissent: no context fits (draft: legal)
    r("1052", "REQUEST", Some("yield"), &[]),
    r("1053", "REQUEST", Some("yield"), &["legal"]),
    r("1054", "REQUEST", Some("yield"), &["economic"]),
    r("1055", "REQUEST", Some("yield"), &["diplomatic"]),
    r("1056", "REQUEST", Some("yield"), &["military"]),
    r("106", "REQUEST", Some("meet"), &["diplomatic"]),
    r("107", "REQUEST", Some("meet"), &["diplomatic"]),
    r("108", "REQUEST", Some("meet"), &["diplomatic"]),
    r("11", "ACCUSE", Some("disapprove"), &[]),
    r("110", "ACCUSE", Some("disapprove"), &[]),
    r("111", "ACCUSE", Some("disapprove"), &[]),
    // manual 2.0: `allege` is to accuse (draft: disapprove)
    r("112", "ACCUSE", Some("allege"), &[]),
    r("1121", "ACCUSE", Some("allege"), &["crime", "corruption"]),
    r("1122", "ACCUSE", Some("allege"), &["human_rights"]),
    r("1123", "ACCUSE", Some("allege"), &["military"]),
    r("1124", "ACCUSE", Some("allege"), &["military", "legal"]),
    r("1125", "ACCUSE", Some("allege"), &["legal"]),
    r("113", "ACCUSE", Some("disapprove"), &[]),
    // manual 2.0: `disapprove` covers complaints (draft: allege)
    r("114", "ACCUSE", Some("disapprove"), &["diplomatic"]),
    r("115", "ACCUSE", Some("allege"), &["legal"]),
    // manual 2.0: court findings of guilt are SANCTION convict (draft: ACCUSE)
    r("116", "SANCTION", Some("convict"), &["legal"]),
    r("12", "REJECT", None, &[]),
    r("120", "REJECT", None, &[]),
    r("121", "REJECT", Some("assist"), &[]),
    r("1211", "REJECT", Some("assist"), &["economic"]),
    r("1212", "REJECT", Some("assist"), &["military"]),
    r("1213", "REJECT", Some("assist"), &["legal"]),
    r("122", "REJECT", Some("assist"), &[]),
    r("1221", "REJECT", Some("assist"), &["economic"]),
    r("1222", "REJECT", Some("assist"), &["military"]),
    // draft context `humanitarian` -> `human_security`
    r("1223", "REJECT", Some("assist"), &["human_security"]),
    r("1224", "REJECT", Some("assist"), &["peacekeeping"]),
    r("123", "REJECT", Some("change"), &["political_institutions"]),
    r("1231", "REJECT", Some("change"), &["executive"]),
    r("1232", "REJECT", Some("change"), &["executive"]),
    r("1233", "REJECT", Some("change"), &["rights_freedoms"]),
    r("1234", "REJECT", Some("change"), &["political_institutions"]),
    // refusing to yield is mode `yield` (draft: change)
    r("124", "REJECT", Some("yield"), &[]),
    // refusing to yield is mode `yield` (draft: change, executive)
    r("1241", "REJECT", Some("yield"), &["legal"]),
    // dissidents refusing to ease dissent (draft: change)
    r("1242", "REJECT", Some("yield"), &[]),
    r("1243", "REJECT", Some("yield"), &["legal"]),
    r("1244", "REJECT", Some("yield"), &["economic"]),
    r("1245", "REJECT", Some("yield"), &["diplomatic"]),
    r("1246", "REJECT", Some("yield"), &["military"]),
    r("125", "REJECT", Some("meet"), &["diplomatic"]),
    r("126", "REJECT", Some("meet"), &["diplomatic"]),
    r("127", "REJECT", Some("meet"), &["diplomatic"]),
    r("128", "REJECT", Some("yield"), &["legal"]),
    r("129", "REJECT", Some("yield"), &["diplomatic"]),
    r("13", "THREATEN", None, &[]),
    r("130", "THREATEN", None, &[]),
    r("131", "THREATEN", None, &[]),
    r("1311", "THREATEN", Some("relations"), &[]),
    r("1312", "THREATEN", Some("restrict"), &["economic"]),
    r("1313", "THREATEN", Some("relations"), &["diplomatic"]),
    // draft mode `ban` dropped; 2.0 `restrict` covers bans
    r("132", "THREATEN", Some("restrict"), &["executive"]),
    // draft mode `political` dropped; 2.0 `restrict` covers political freedoms (draft context human_rights)
    r("1321", "THREATEN", Some("restrict"), &["rights_freedoms"]),
    // draft mode `ban` dropped; 2.0 `restrict` covers bans
    r("1322", "THREATEN", Some("restrict"), &["pro_autocracy"]),
    r("1323", "THREATEN", Some("restrict"), &["pro_autocracy"]),
    r("1324", "THREATEN", Some("restrict"), &["pro_autocracy"]),
    // threat of protest is none of the 2.0 THREATEN modes (draft: relations)
    r("133", "THREATEN", None, &[]),
    r("134", "THREATEN", Some("relations"), &["diplomatic"]),
    r("135", "THREATEN", Some("relations"), &["diplomatic"]),
    r("136", "THREATEN", Some("expel"), &["diplomatic"]),
    // 2.0 context `repression` fits (draft: pro_autocracy)
    r("137", "THREATEN", Some("violence"), &["repression"]),
    r("138", "THREATEN", Some("violence"), &["military"]),
    r("1381", "THREATEN", Some("restrict"), &["military"]),
    r("1382", "THREATEN", Some("territory"), &["military"]),
    r("1383", "THREATEN", Some("violence"), &["military"]),
    r("1384", "THREATEN", Some("violence"), &["military"]),
    r("1385", "THREATEN", Some("violence"), &["cbrn"]),
    r("139", "THREATEN", Some("relations"), &["diplomatic"]),
    r("14", "PROTEST", None, &[]),
    r("140", "PROTEST", None, &[]),
    r("141", "PROTEST", Some("demo"), &[]),
    r("1411", "PROTEST", Some("demo"), &["executive"]),
    r("1412", "PROTEST", Some("demo"), &["executive"]),
    r("1413", "PROTEST", Some("demo"), &["rights_freedoms"]),
    r("1414", "PROTEST", Some("demo"), &["political_institutions"]),
    r("142", "PROTEST", Some("hunger"), &[]),
    r("1421", "PROTEST", Some("hunger"), &["executive"]),
    r("1422", "PROTEST", Some("hunger"), &["executive"]),
    r("1423", "PROTEST", Some("hunger"), &["rights_freedoms"]),
    r("1424", "PROTEST", Some("hunger"), &["political_institutions"]),
    // 2.0 separates strike and boycott; CAMEO 143 names strikes first (draft: boycott)
    r("143", "PROTEST", Some("strike"), &[]),
    // as 143 (draft: boycott)
    r("1431", "PROTEST", Some("strike"), &["executive"]),
    // as 143 (draft: boycott)
    r("1432", "PROTEST", Some("strike"), &["executive"]),
    // as 143 (draft: boycott)
    r("1433", "PROTEST", Some("strike"), &["rights_freedoms"]),
    // as 143 (draft: boycott)
    r("1434", "PROTEST", Some("strike"), &["political_institutions"]),
    r("144", "PROTEST", Some("obstruct"), &[]),
    r("1441", "PROTEST", Some("obstruct"), &["executive"]),
    r("1442", "PROTEST", Some("obstruct"), &["executive"]),
    r("1443", "PROTEST", Some("obstruct"), &["rights_freedoms"]),
    r("1444", "PROTEST", Some("obstruct"), &["political_institutions"]),
    r("145", "PROTEST", Some("riot"), &[]),
    r("1451", "PROTEST", Some("riot"), &["executive"]),
    r("1452", "PROTEST", Some("riot"), &["executive"]),
    r("1453", "PROTEST", Some("riot"), &["rights_freedoms"]),
    r("1454", "PROTEST", Some("riot"), &["political_institutions"]),
    r("15", "MOBILIZE", None, &[]),
    r("150", "MOBILIZE", None, &[]),
    r("151", "MOBILIZE", Some("police"), &[]),
    r("152", "MOBILIZE", Some("troops"), &["military"]),
    r("153", "MOBILIZE", Some("police"), &[]),
    r("154", "MOBILIZE", Some("troops"), &["military"]),
    r("16", "SANCTION", None, &[]),
    r("160", "SANCTION", None, &[]),
    r("161", "SANCTION", Some("withdraw"), &["diplomatic"]),
    // aid cut: no specific context (draft: human_security)
    r("162", "SANCTION", Some("discontinue"), &[]),
    r("1621", "SANCTION", Some("discontinue"), &["economic"]),
    r("1622", "SANCTION", Some("discontinue"), &["military"]),
    // draft context `humanitarian` -> `human_security`
    r("1623", "SANCTION", Some("discontinue"), &["human_security"]),
    // manual 2.0: international sanctions are SANCTION discontinue (draft: COERCE restrict)
    r("163", "SANCTION", Some("discontinue"), &["economic"]),
    r("164", "SANCTION", Some("withdraw"), &["diplomatic"]),
    r("165", "SANCTION", Some("withdraw"), &["diplomatic"]),
    r("166", "SANCTION", Some("expel"), &["diplomatic"]),
    r("1661", "SANCTION", Some("expel"), &["military"]),
    r("1662", "SANCTION", Some("expel"), &["diplomatic"]),
    r("1663", "SANCTION", Some("expel"), &["human_security"]),
    r("17", "COERCE", None, &[]),
    r("170", "COERCE", None, &[]),
    // (draft context human_security: property seizure is not about access to necessities)
    r("171", "COERCE", Some("seize"), &[]),
    // (draft context human_security dropped)
    r("1711", "COERCE", Some("seize"), &[]),
    // 2.0 mode `destroy` (draft: seize, human_security)
    r("1712", "ASSAULT", Some("destroy"), &[]),
    r("172", "COERCE", Some("restrict"), &["executive"]),
    // 2.0 mode `censor` fits speech restrictions (draft: restrict)
    r("1721", "COERCE", Some("censor"), &["rights_freedoms"]),
    // draft mode `ban` dropped; 2.0 `restrict` covers bans
    r("1722", "COERCE", Some("restrict"), &["pro_autocracy"]),
    r("1723", "COERCE", Some("curfew"), &["pro_autocracy"]),
    r("1724", "COERCE", Some("martial-law"), &["pro_autocracy"]),
    r("173", "COERCE", Some("arrest"), &["legal"]),
    r("174", "COERCE", Some("deport"), &["legal"]),
    // draft put a context in the mode slot; 2.0 context `repression`
    r("175", "ASSAULT", None, &["repression"]),
    r("18", "ASSAULT", None, &[]),
    r("180", "ASSAULT", None, &[]),
    r("181", "ASSAULT", Some("abduct"), &[]),
    r("182", "ASSAULT", Some("beat"), &[]),
    r("1821", "ASSAULT", Some("sexual"), &[]),
    r("1822", "ASSAULT", Some("torture"), &[]),
    // killing by physical assault (draft: no mode)
    r("1823", "ASSAULT", Some("beat"), &[]),
    // non-military bombings in general (draft: suicide-attack)
    r("183", "ASSAULT", Some("explosives"), &[]),
    r("1831", "ASSAULT", Some("suicide-attack"), &[]),
    r("1832", "ASSAULT", Some("explosives"), &[]),
    r("1833", "ASSAULT", Some("explosives"), &[]),
    r("184", "ASSAULT", Some("abduct"), &[]),
    // draft mode `assassinate` -> 2.0 `targeted`
    r("185", "ASSAULT", Some("targeted"), &[]),
    // draft mode `assassinate` -> 2.0 `targeted`
    r("186", "ASSAULT", Some("targeted"), &[]),
    r("19", "ASSAULT", None, &["military"]),
    r("190", "ASSAULT", None, &["military"]),
    r("191", "COERCE", Some("restrict"), &["military"]),
    // 2.0 context `territory` added
    r("192", "COERCE", Some("seize"), &["military", "territory"]),
    r("193", "ASSAULT", Some("firearms"), &["military"]),
    r("194", "ASSAULT", Some("heavy-weapons"), &["military"]),
    // 2.0 mode `aerial` (draft: heavy-weapons)
    r("195", "ASSAULT", Some("aerial"), &["military"]),
    // (draft also had legal)
    r("196", "ASSAULT", None, &["military"]),
    r("20", "ASSAULT", None, &["military"]),
    // draft mode `massacre` dropped in 2.0
    r("200", "ASSAULT", None, &["military"]),
    // draft mode `cleansing` dropped; mass expulsion is forced removal
    r("201", "COERCE", Some("deport"), &["religion_ethnicity"]),
    // draft mode `massacre` dropped; `targeted` covers deliberate mass killing
    // (draft context religion_ethnicity)
    r("202", "ASSAULT", Some("targeted"), &[]),
    // draft mode `cleansing` dropped in 2.0
    r("203", "ASSAULT", None, &["religion_ethnicity"]),
    r("204", "ASSAULT", Some("unconventional"), &["cbrn"]),
    r("2041", "ASSAULT", Some("unconventional"), &["cbrn"]),
    r("2042", "ASSAULT", Some("unconventional"), &["cbrn"]),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_row_per_cameo_code_in_the_same_order() {
        assert_eq!(MAPPING.len(), cameo::all().len());
        for (m, c) in MAPPING.iter().zip(cameo::all()) {
            assert_eq!(m.cameo, c.code);
        }
    }

    #[test]
    fn every_mapped_type_mode_and_context_exists_in_plover() {
        for m in all() {
            let t = plover::event_type(m.event_type)
                .unwrap_or_else(|| panic!("{}: unknown type {}", m.cameo, m.event_type));
            if let Some(mode) = m.mode {
                assert!(
                    t.mode(mode).is_some(),
                    "{}: {} has no mode {mode}",
                    m.cameo,
                    t.name
                );
            }
            for c in m.contexts {
                assert!(
                    plover::context(c).is_some(),
                    "{}: unknown context {c}",
                    m.cameo
                );
                assert_eq!(
                    plover::context(c).unwrap().name,
                    *c,
                    "context names must be canonical"
                );
            }
            assert!(m.score().is_some());
        }
    }

    #[test]
    fn reviewed_rows() {
        let get = |c: &str| exact(c).unwrap();
        assert_eq!(get("054").event_type, "SUPPORT");
        assert_eq!(get("054").contexts, ["diplomatic"]);
        assert_eq!(get("042").mode, Some("visit"));
        assert_eq!(get("041").mode, Some("phone"));
        assert_eq!(get("036").event_type, "AGREE");
        assert_eq!(get("0233").contexts, ["human_security"]);
        assert_eq!(get("163").event_type, "SANCTION");
        assert_eq!(get("163").mode, Some("discontinue"));
        assert_eq!(get("173").event_type, "COERCE");
        assert_eq!(get("173").mode, Some("arrest"));
        assert_eq!(get("186").mode, Some("targeted"));
        assert_eq!(get("195").mode, Some("aerial"));
        assert_eq!(get("0871").mode, Some("ceasefire"));
        assert_eq!(get("2041").mode, Some("unconventional"));
        assert_eq!(get("10").event_type, "REQUEST");
        assert_eq!(get("19").event_type, "ASSAULT");
        assert_eq!(get("1431").mode, Some("strike"));
    }

    #[test]
    fn unknown_codes_fall_back_to_ancestors() {
        let m = cameo_to_plover("0549").unwrap();
        assert_eq!(m.cameo, "054");
        assert_eq!(m.event_type, "SUPPORT");
        let m = cameo_to_plover("199").unwrap();
        assert_eq!(m.cameo, "19");
        assert_eq!(m.event_type, "ASSAULT");
        assert!(cameo_to_plover("99").is_none());
        assert!(cameo_to_plover("abc").is_none());
        assert!(exact("0549").is_none());
        assert!(exact("010").unwrap().is_approximate());
        assert!(!exact("020").unwrap().is_approximate());
    }

    #[test]
    fn codes_for_a_type() {
        let support: Vec<&str> = cameo_codes_for("support").collect();
        assert!(support.contains(&"054"));
        assert!(!support.contains(&"055"));
        // every type has at least one CAMEO code
        for t in plover::all_types() {
            assert!(cameo_codes_for(t.name).next().is_some(), "{}", t.name);
        }
    }
}
