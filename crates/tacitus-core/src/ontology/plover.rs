//! PLOVER 2.0: the 16 event types with their quad classes, modes and
//! conflict-cooperation scores, the contexts, the auxiliary modes and the
//! actor sector codes.
//!
//! Names, quad classes and scores are facts from the PLOVER 2.0 manual; the
//! one-line summaries are ours. Two judgement calls:
//! - SANCTION: the manual's quad table lists it under verbal conflict, while
//!   its own section and the summary table say material conflict. We follow
//!   the latter two (quad 4), which also matches CAMEO root 16.
//! - ACCUSE: the manual's score table prints the base score as `3`, but every
//!   ACCUSE mode scores between -2 and -3.5 and the type is verbal conflict;
//!   we read it as a dropped minus sign and use -3.

use serde::Serialize;

/// A PLOVER mode: how an event of a type was carried out.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PloverMode {
    pub name: &'static str,
    /// PLOVER conflict-cooperation score of this type and mode.
    #[serde(serialize_with = "super::serialize_score")]
    pub score: f32,
    pub summary: &'static str,
}

/// One of the 16 PLOVER event types.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PloverType {
    /// Upper-case name, e.g. `SUPPORT`.
    pub name: &'static str,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    /// 4 material conflict.
    pub quad_class: u8,
    /// Whether an event of this type must name a recipient.
    pub requires_recipient: bool,
    /// PLOVER conflict-cooperation score of the type without a mode.
    #[serde(serialize_with = "super::serialize_score")]
    pub score: f32,
    pub summary: &'static str,
    pub modes: &'static [PloverMode],
}

impl PloverType {
    /// The mode of this type with the given name (case-insensitive).
    pub fn mode(&self, name: &str) -> Option<&'static PloverMode> {
        self.modes
            .iter()
            .find(|m| m.name.eq_ignore_ascii_case(name.trim()))
    }

    /// Score of the type with an optional mode; the type's score when the
    /// mode is absent or unknown.
    pub fn score_with_mode(&self, mode: Option<&str>) -> f32 {
        mode.and_then(|m| self.mode(m))
            .map_or(self.score, |m| m.score)
    }
}

/// A PLOVER context: what an event is about. Any context may go with any type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PloverContext {
    pub name: &'static str,
    pub summary: &'static str,
}

/// A PLOVER actor sector code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PloverSector {
    pub code: &'static str,
    pub name: &'static str,
    /// True for the manual's "frequently used" group.
    pub frequent: bool,
}

const fn m(name: &'static str, score: f32, summary: &'static str) -> PloverMode {
    PloverMode {
        name,
        score,
        summary,
    }
}

const fn t(
    name: &'static str,
    quad_class: u8,
    requires_recipient: bool,
    score: f32,
    summary: &'static str,
    modes: &'static [PloverMode],
) -> PloverType {
    PloverType {
        name,
        quad_class,
        requires_recipient,
        score,
        summary,
        modes,
    }
}

const ASK_MODES_REQUEST: [PloverMode; 4] = [
    m("assist", 0.5, "for material help or cooperation"),
    m(
        "change",
        -1.0,
        "for a change of policy, leaders or institutions",
    ),
    m(
        "yield",
        -1.0,
        "for a concession: release, easing of sanctions, ceasefire",
    ),
    m("meet", 0.0, "for a meeting, talks or mediation"),
];

const ASK_MODES_REJECT: [PloverMode; 4] = [
    m("assist", -1.5, "refuses material help or cooperation"),
    m(
        "change",
        -2.0,
        "refuses a change of policy, leaders or institutions",
    ),
    m("yield", -2.0, "refuses a concession, defies norms"),
    m(
        "meet",
        -2.0,
        "refuses a meeting, talks, mediation or a settlement",
    ),
];

static TYPES: [PloverType; 16] = [
    t(
        "AGREE",
        1,
        false,
        2.5,
        "Promise or offer to cooperate, including future cooperative acts",
        &[],
    ),
    t(
        "CONSULT",
        1,
        false,
        2.5,
        "Meet, visit, host, phone or hold talks",
        &[
            m("visit", 4.0, "the actor travels to the recipient"),
            m("third-party", 1.0, "a third party hosts the meeting"),
            m(
                "multilateral",
                4.0,
                "within an alliance, summit or international body",
            ),
            m("phone", 1.5, "by telephone or other remote means"),
        ],
    ),
    t(
        "SUPPORT",
        1,
        false,
        5.0,
        "Back, praise, recognize or sign on to something, without material help",
        &[],
    ),
    t(
        "CONCEDE",
        1,
        false,
        4.5,
        "Verbal concession, apology, pardon or promise to ease",
        &[],
    ),
    t(
        "COOPERATE",
        2,
        true,
        9.5,
        "Mutual material cooperation or exchange",
        &[],
    ),
    t(
        "AID",
        2,
        true,
        10.0,
        "One-way material help: money, arms, relief, protection, asylum",
        &[],
    ),
    t(
        "RETREAT",
        2,
        false,
        6.5,
        "Material step back: withdraw, release, disarm, stop fighting, let others in",
        &[
            m("withdraw", 8.0, "pull forces out of an area"),
            m("release", 6.5, "free captives or return property"),
            m("disarm", 10.0, "lay down or give up weapons"),
            m("ceasefire", 7.5, "put a ceasefire into effect"),
            m(
                "access",
                6.5,
                "let observers, peacekeepers or aid workers in",
            ),
            m("resign", 4.5, "step down from office"),
        ],
    ),
    t(
        "REQUEST",
        3,
        false,
        0.0,
        "Ask for or demand something",
        &ASK_MODES_REQUEST,
    ),
    t(
        "ACCUSE",
        3,
        false,
        -3.0,
        "Criticize, blame, allege wrongdoing or open an investigation",
        &[
            m("disapprove", -2.0, "criticize or condemn"),
            m("investigate", -3.5, "open an inquiry into the recipient"),
            m("allege", -3.5, "charge the recipient with a specific wrong"),
        ],
    ),
    t(
        "REJECT",
        3,
        false,
        -2.0,
        "Turn down a request, proposal or norm",
        &ASK_MODES_REJECT,
    ),
    t(
        "THREATEN",
        3,
        false,
        -3.5,
        "Warn of a harmful act if demands are not met",
        &[
            m(
                "restrict",
                -3.0,
                "threaten restrictions, bans, blockades or curfews",
            ),
            m("arrest", -3.5, "threaten arrest or detention"),
            m("relations", -3.5, "threaten to cut ties, aid or talks"),
            m(
                "expel",
                -3.5,
                "threaten to expel diplomats, peacekeepers or NGOs",
            ),
            m("territory", -4.0, "threaten to occupy or seize territory"),
            m("violence", -3.5, "threaten force or attack"),
        ],
    ),
    t(
        "PROTEST",
        4,
        false,
        -5.0,
        "Collective dissent: rallies, riots, strikes, boycotts, blockades",
        &[
            m("demo", -5.0, "largely peaceful demonstration"),
            m("riot", -7.0, "violent protest"),
            m("strike", -5.0, "walk-out by workers or members"),
            m("hunger", -4.5, "hunger strike"),
            m("boycott", -4.5, "withdrawal of commercial or social ties"),
            m("obstruct", -4.5, "blocking passage or access"),
            // The manual gives no score for `vandalize`; we use the PROTEST base score.
            m("vandalize", -5.0, "symbolic damage to property"),
        ],
    ),
    t(
        "SANCTION",
        4,
        true,
        -6.0,
        "Reduce or break existing relations, exchanges or aid; legal penalties",
        &[
            m(
                "convict",
                -6.0,
                "court finds the recipient guilty or liable",
            ),
            m(
                "expel",
                -5.5,
                "send out diplomats, peacekeepers, observers or aid groups",
            ),
            m("withdraw", -6.0, "pull out of relations, talks or bodies"),
            m(
                "discontinue",
                -6.0,
                "cut or end exchanges, aid or trade; sanctions",
            ),
        ],
    ),
    t(
        "MOBILIZE",
        4,
        false,
        -5.5,
        "Raise readiness or show force without using it",
        &[
            m("troops", -6.5, "armed forces put on alert or deployed"),
            m("weapons", -6.5, "weapons moved, tested or readied"),
            m("police", -5.5, "police put on alert or deployed"),
            m("militia", -6.0, "militias or irregulars mobilized"),
        ],
    ),
    t(
        "COERCE",
        4,
        false,
        -7.0,
        "Force or repression short of violence against persons",
        &[
            m("seize", -7.0, "raid, search or confiscate"),
            m(
                "restrict",
                -7.0,
                "restrict freedoms or movement, ban from politics",
            ),
            m("censor", -6.5, "censor or block information"),
            m("curfew", -6.5, "impose a curfew"),
            m(
                "martial-law",
                -7.5,
                "declare a state of emergency or martial law",
            ),
            m("arrest", -7.0, "arrest, detain or imprison"),
            m("deport", -7.0, "expel or deport people"),
            m("withhold", -7.0, "cut off public goods or services"),
            m("misinformation", -6.5, "deceive or manipulate"),
            m("cyber", -7.0, "hack or attack computer systems"),
        ],
    ),
    t(
        "ASSAULT",
        4,
        false,
        -9.0,
        "Violence against people or property",
        &[
            m("abduct", -8.5, "kidnap, hijack or take hostages"),
            m("beat", -7.5, "physical beating"),
            m("torture", -8.5, "torture"),
            m("sexual", -8.5, "sexual violence"),
            m(
                "targeted",
                -9.5,
                "assassination, execution or deliberate killing",
            ),
            m("destroy", -8.5, "deliberate destruction of property"),
            m("primitive", -8.0, "fire, blades, stones or similar"),
            m("firearms", -9.0, "small arms and light weapons"),
            m("explosives", -9.0, "bombs, mines, IEDs"),
            m("suicide-attack", -9.5, "suicide attack"),
            m("aerial", -9.5, "manned aircraft"),
            m("drone", -9.5, "unmanned aircraft"),
            m("heavy-weapons", -9.5, "artillery, rockets, tanks"),
            m("crowd-control", -7.5, "less-lethal means against crowds"),
            m(
                "unconventional",
                -10.0,
                "chemical, biological, radiological or nuclear",
            ),
        ],
    ),
];

const fn cx(name: &'static str, summary: &'static str) -> PloverContext {
    PloverContext { name, summary }
}

static CONTEXTS: [PloverContext; 37] = [
    cx("military", "armed forces, war and defence"),
    cx("intelligence", "spying and intelligence services"),
    cx(
        "executive",
        "heads of government, cabinets, leadership and policy",
    ),
    cx("legislative", "parliaments and lawmaking"),
    cx("election", "elections and campaigns"),
    cx(
        "political_institutions",
        "constitutions, regimes and state institutions",
    ),
    cx("pro_democracy", "moves towards democratic government"),
    cx("pro_autocracy", "moves towards authoritarian rule"),
    cx("economic", "trade, finance, sanctions and the economy"),
    cx("legal", "courts, law and legal process"),
    cx("reparations", "compensation for past wrongs"),
    cx("human_rights", "human rights and their abuse"),
    cx("rights_freedoms", "civil and political rights and freedoms"),
    cx(
        "repression",
        "use of force by security forces against civilians",
    ),
    cx(
        "human_security",
        "access to food, water, housing, energy and land",
    ),
    cx("gender", "women's rights and gender issues"),
    cx("lgbt", "LGBT rights and issues"),
    cx(
        "religion_ethnicity",
        "religious or ethnic groups and relations",
    ),
    cx("inequality", "economic and social inequality"),
    cx(
        "diplomatic",
        "relations between states and international bodies",
    ),
    cx("territory", "borders and control of territory"),
    cx("peacekeeping", "peacekeeping and peace operations"),
    cx("health", "public health and medicine"),
    cx("asylum", "asylum and refugees"),
    cx("migration", "migration and migrants"),
    cx("disasters", "natural and man-made disasters"),
    cx(
        "natural_resource",
        "oil, minerals, water and other resources",
    ),
    cx("environment", "environment and climate"),
    cx("technology", "science and technology"),
    cx("terrorism", "terrorism and counter-terrorism"),
    cx(
        "cbrn",
        "chemical, biological, radiological and nuclear weapons",
    ),
    cx("cyber", "computer networks and cyber operations"),
    cx("misinformation", "deception and false information"),
    cx("crime", "crime and policing"),
    cx("corruption", "bribery and abuse of office"),
    cx("illegal_drugs", "illegal drugs and their trade"),
    cx("trafficking", "trafficking of people or goods"),
];

/// Auxiliary modes that may qualify any event type.
pub static AUXILIARY_MODES: [&str; 4] = ["historical", "future", "hypothetical", "negation"];

const fn s(code: &'static str, name: &'static str, frequent: bool) -> PloverSector {
    PloverSector {
        code,
        name,
        frequent,
    }
}

static SECTORS: [PloverSector; 25] = [
    s("COP", "Police", true),
    s("GOV", "Government (executive)", true),
    s("JUD", "Judiciary", true),
    s("LEG", "Legislature", true),
    s("MIL", "Military", true),
    s("PRM", "Pro-government paramilitary", true),
    s("PTY", "Political party", true),
    s("REB", "Rebels, armed opposition", true),
    s("SPY", "Intelligence services", true),
    s("UAF", "Unidentified armed forces", true),
    s("UNK", "Unidentified actor", true),
    s("AGR", "Agriculture, peasants", false),
    s("BUS", "Business", false),
    s("CRM", "Criminals", false),
    s("CVL", "Civilians", false),
    s("EDU", "Education", false),
    s("ELI", "Former officials, elites", false),
    s("JRN", "Journalists, media", false),
    s("LAB", "Labour", false),
    s("MED", "Health, medical", false),
    s("REF", "Refugees, displaced persons", false),
    s("OPP", "Political opposition", false),
    s("PRE", "Partially recognized entity", false),
    s("REL", "Religious organizations", false),
    s("SOC", "Civil society", false),
];

/// All 16 event types, in the manual's order (quad 1 to 4).
pub fn all_types() -> &'static [PloverType] {
    &TYPES
}

/// The event type with this name (case-insensitive), e.g. `support`.
pub fn event_type(name: &str) -> Option<&'static PloverType> {
    let name = name.trim();
    TYPES.iter().find(|t| t.name.eq_ignore_ascii_case(name))
}

/// All contexts.
pub fn all_contexts() -> &'static [PloverContext] {
    &CONTEXTS
}

/// The context with this name (case-insensitive; `-` and `_` are the same).
pub fn context(name: &str) -> Option<&'static PloverContext> {
    let wanted = name.trim().replace('-', "_");
    CONTEXTS
        .iter()
        .find(|c| c.name.eq_ignore_ascii_case(&wanted))
}

/// All PLOVER actor sector codes.
pub fn all_sectors() -> &'static [PloverSector] {
    &SECTORS
}

/// The PLOVER sector with this code (case-insensitive).
pub fn sector(code: &str) -> Option<&'static PloverSector> {
    let code = code.trim();
    SECTORS.iter().find(|s| s.code.eq_ignore_ascii_case(code))
}

/// The PLOVER score of a type and optional mode; `None` for an unknown type.
pub fn score(event_type_name: &str, mode: Option<&str>) -> Option<f32> {
    event_type(event_type_name).map(|t| t.score_with_mode(mode))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn sixteen_types_four_per_quad_block() {
        assert_eq!(all_types().len(), 16);
        let names: HashSet<&str> = all_types().iter().map(|t| t.name).collect();
        assert_eq!(names.len(), 16);
        let quads: Vec<u8> = all_types().iter().map(|t| t.quad_class).collect();
        assert_eq!(quads.iter().filter(|&&q| q == 1).count(), 4);
        assert_eq!(quads.iter().filter(|&&q| q == 2).count(), 3);
        assert_eq!(quads.iter().filter(|&&q| q == 3).count(), 4);
        assert_eq!(quads.iter().filter(|&&q| q == 4).count(), 5);
        assert!(quads.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn lookups_and_scores() {
        let consult = event_type("consult").unwrap();
        assert_eq!(consult.quad_class, 1);
        assert_eq!(consult.mode("Visit").unwrap().score, 4.0);
        assert_eq!(consult.score_with_mode(None), 2.5);
        assert_eq!(score("ASSAULT", Some("unconventional")), Some(-10.0));
        assert_eq!(score("RETREAT", Some("disarm")), Some(10.0));
        assert_eq!(score("REJECT", Some("nonsense")), Some(-2.0));
        assert_eq!(score("FIGHT", None), None);
        assert_eq!(event_type("SANCTION").unwrap().quad_class, 4);
        assert!(event_type("AID").unwrap().requires_recipient);
        assert!(event_type("SUPPORT").unwrap().modes.is_empty());
        assert_eq!(all_contexts().len(), 37);
        assert!(context("human-rights").is_some());
        assert!(context("humanitarian").is_none());
        assert_eq!(all_sectors().len(), 25);
        assert!(sector("jrn").is_some());
        assert!(sector("HLH").is_none());
    }

    #[test]
    fn every_score_is_on_the_scale_and_modes_unique() {
        for t in all_types() {
            assert!((-10.0..=10.0).contains(&t.score), "{}", t.name);
            let modes: HashSet<&str> = t.modes.iter().map(|m| m.name).collect();
            assert_eq!(modes.len(), t.modes.len(), "{}", t.name);
            for m in t.modes {
                assert!((-10.0..=10.0).contains(&m.score), "{}:{}", t.name, m.name);
            }
        }
    }
}
