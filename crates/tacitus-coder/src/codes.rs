//! The one place the coder asks the ontology about an event code, and the
//! CAMEO rules for verbs that govern another verb ("refuse to", "threaten
//! to", "promise to").

use tacitus_core::PloverCoding;
use tacitus_core::ontology::{cameo, cameo_to_plover};

/// What the ontology says about an event code.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeInfo {
    pub root: String,
    pub quad_class: u8,
    pub goldstein: f32,
    pub plover: PloverCoding,
}

/// Root, quad class, Goldstein score and PLOVER coding of a CAMEO code
/// (unknown codes fall back to their nearest ancestor; root `--`, class 0
/// when even that fails).
pub fn code_info(code: &str) -> CodeInfo {
    let found = cameo::lookup_or_ancestor(code);
    let plover = cameo_to_plover(code)
        .map(|m| PloverCoding {
            event_type: m.event_type.to_string(),
            mode: m.mode.map(str::to_string),
            context: m.contexts.iter().map(|c| c.to_string()).collect(),
        })
        .unwrap_or_default();
    match found {
        Some(c) => CodeInfo {
            root: c.root.to_string(),
            quad_class: c.quad_class,
            goldstein: c.goldstein,
            plover,
        },
        None => CodeInfo {
            root: code.get(..2).unwrap_or("--").to_string(),
            quad_class: code
                .get(..2)
                .and_then(tacitus_core::ontology::quad_class_of_root)
                .unwrap_or(0),
            goldstein: 0.0,
            plover,
        },
    }
}

/// PLOVER manual, AGREE: cooperative actions of types CONSULT, SUPPORT,
/// COOPERATE and AID reported in the future tense ("will visit", "would
/// meet", "will give a grant") imply intentions and are coded AGREE (the
/// CAMEO code is kept; RETREAT and CONCEDE stay as they are); hostile acts
/// announced for the future are THREATEN. The mode of the former type no
/// longer applies.
pub fn apply_plover_tense(plover: &mut PloverCoding, flags: &tacitus_core::EventFlags) {
    let cooperative = matches!(
        plover.event_type.as_str(),
        "CONSULT" | "SUPPORT" | "COOPERATE" | "AID"
    );
    // The conflictual counterpart: an announced hostile act ("said they
    // would boycott", "will blockade Paris") is a threat to take negative
    // action, CAMEO's definition of root 13, and PLOVER's THREATEN.
    let hostile = matches!(
        plover.event_type.as_str(),
        "PROTEST" | "SANCTION" | "COERCE" | "ASSAULT"
    );
    if (cooperative || hostile) && (flags.future || flags.conditional) && !flags.negated {
        plover.event_type = if cooperative { "AGREE" } else { "THREATEN" }.to_string();
        plover.mode = None;
    }
}

/// True for a well-formed CAMEO event code (2-4 digits).
pub fn is_event_code(code: &str) -> bool {
    (2..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit())
}

/// The code of a governing verb applied to the code of the verb it governs:
/// "intend/promise to meet" (03 + 04 -> 036), "refuse to meet" (12 + 04 ->
/// 125), "threaten to attack" (13 + 19 -> 138). `None` when the governing
/// verb's family does not combine.
pub fn combine(upper: &str, lower: &str) -> Option<String> {
    let up = upper.get(..2)?;
    let low = lower.get(..2)?;
    let code = match up {
        "03" => match low {
            "04" => "036",
            "05" => "032",
            "06" => "031",
            "07" => "033",
            "08" => "034",
            "03" => return Some(lower.to_string()),
            _ => return None,
        },
        "12" => match low {
            "04" => "125",
            "05" | "06" => "121",
            "07" => "122",
            "08" => "124",
            _ => "120",
        },
        "13" => match low {
            "18" | "19" | "20" => "138",
            "17" => "137",
            "16" => "132",
            _ => "130",
        },
        _ => return None,
    };
    Some(code.to_string())
}

/// The act a negated event amounts to, when refraining is itself an act:
/// not disapproving or criticizing (root 11), and not reducing relations
/// (root 16), is diplomatic cooperation (050). Other negated acts ("did not
/// attack") are no event: `None`.
pub fn opposite(code: &str) -> Option<&'static str> {
    match code.get(..2)? {
        "11" | "16" => Some("050"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families() {
        assert_eq!(combine("030", "036").as_deref(), Some("036"));
        assert_eq!(combine("130", "190").as_deref(), Some("138"));
        assert_eq!(combine("120", "040").as_deref(), Some("125"));
        assert_eq!(combine("010", "190"), None);
        assert_eq!(code_info("054").root, "05");
        assert_eq!(code_info("190").quad_class, 4);
        let future = tacitus_core::EventFlags {
            future: true,
            ..Default::default()
        };
        let mut p = code_info("042").plover;
        apply_plover_tense(&mut p, &future);
        assert_eq!(p.event_type, "AGREE");
        let mut p = code_info("143").plover;
        apply_plover_tense(&mut p, &future);
        assert_eq!(p.event_type, "THREATEN");
        let mut p = code_info("0874").plover;
        apply_plover_tense(&mut p, &future);
        assert_eq!(p.event_type, "RETREAT");
        let mut p = code_info("042").plover;
        apply_plover_tense(&mut p, &tacitus_core::EventFlags::default());
        assert_eq!(p.event_type, "CONSULT");
        assert_eq!(opposite("110"), Some("050"));
        assert_eq!(opposite("1121"), Some("050"));
        assert_eq!(opposite("190"), None);
    }
}
