//! Compiled-in ontology tables: CAMEO event codes ([`cameo`]), PLOVER 2.0
//! types, modes, contexts and sectors ([`plover`]), the CAMEO to PLOVER
//! mapping ([`mapping`]), and CAMEO actor codes ([`actors`]).
//!
//! Plain static data with pure lookup functions: no I/O, no allocation on
//! lookup, no dependency beyond serde (for serializing records).
//!
//! ```
//! use tacitus_core::ontology::{actors, cameo, mapping, plover};
//! assert_eq!(cameo::lookup("054").unwrap().quad_class, 1);
//! assert_eq!(mapping::cameo_to_plover("054").unwrap().event_type, "SUPPORT");
//! assert_eq!(plover::event_type("SUPPORT").unwrap().quad_class, 1);
//! assert_eq!(actors::split_actor_code("RUSGOV").country, Some("RUS"));
//! ```

pub mod actors;
pub mod cameo;
mod cameo_codes;
mod countries;
pub mod mapping;
pub mod plover;
mod sectors;

pub use actors::{ActorCodeParts, Country, CountryKind, Sector, SectorKind, split_actor_code};
pub use cameo::{CameoCode, quad_class_name, quad_class_of_root};
pub use mapping::{PloverMapping, cameo_to_plover};
pub use plover::{PloverContext, PloverMode, PloverSector, PloverType};

/// A score (Goldstein, PLOVER) as the `f64` with the same shortest decimal
/// form: `3.2f32` becomes `3.2`, not `3.200000047683716`. Use it before
/// putting an `f32` score into a `serde_json::Value`.
pub fn score_f64(score: f32) -> f64 {
    score.to_string().parse().unwrap_or(f64::from(score))
}

/// Serializes an `f32` score through [`score_f64`], so records stay exact
/// even when they go through `serde_json::Value`.
pub(crate) fn serialize_score<S: serde::Serializer>(score: &f32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(score_f64(*score))
}

#[cfg(test)]
mod tests {
    #[test]
    fn scores_keep_their_decimal_form() {
        assert_eq!(super::score_f64(3.2), 3.2);
        assert_eq!(super::score_f64(-0.1), -0.1);
        assert_eq!(super::score_f64(-10.0), -10.0);
        let v = serde_json::to_value(super::cameo::lookup("022").unwrap()).unwrap();
        assert_eq!(v["goldstein"].to_string(), "3.2");
    }
}
