//! CAMEO actor codes: top-level (country, region, international) codes,
//! sector codes, and splitting a full code such as `RUSGOV` or `IGOUNO` into
//! its 3-letter parts.
//!
//! A CAMEO actor code is a string of 3-letter chunks. The first is a country
//! (ISO 3166 alpha-3), a CAMEO region (`MEA`), an international type (`IGO`,
//! `NGO`, `MNC`, `IMG`...), or `---` for an unknown country. The rest are
//! sectors (`GOV`, `MIL`), religions, organizations (`UNO`), or further
//! country/region chunks (`MNCUSA`: a US multinational; `IGOWSTNAT`: NATO).

use super::countries::COUNTRIES;
use super::sectors::SECTORS;
use serde::Serialize;

/// What a top-level actor code stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CountryKind {
    /// An independent state (ISO 3166 alpha-3).
    State,
    /// A dependency or non-independent territory with its own ISO code.
    Territory,
    /// A code outside ISO used by CAMEO or PLOVER for a place (Kosovo).
    Special,
    /// A state that no longer exists (Soviet Union, Yugoslavia).
    Historical,
    /// A CAMEO region (Middle East, the West).
    Region,
    /// An international, non-state top-level code (IGO, NGO, MNC, IMG, UNO).
    International,
}

/// A top-level actor code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Country {
    pub code: &'static str,
    pub name: &'static str,
    pub kind: CountryKind,
}

/// What a sector code describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SectorKind {
    /// A social or political role: government, military, rebels, business.
    Role,
    /// A religion or denomination.
    Religion,
    /// A kind of organization or a named international organization.
    Organization,
    /// A qualifier of another role: moderate, radical.
    Attribute,
}

/// A CAMEO sector code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sector {
    pub code: &'static str,
    pub name: &'static str,
    pub kind: SectorKind,
    /// The PLOVER 2.0 sector code this one corresponds to, if any.
    pub plover: Option<&'static str>,
}

/// A top-level actor code (`RUS`, `MEA`, `IGO`); case-insensitive.
pub fn country(code: &str) -> Option<&'static Country> {
    let code = code.trim();
    COUNTRIES
        .binary_search_by(|c| cmp_ignore_case(c.code, code))
        .ok()
        .map(|i| &COUNTRIES[i])
}

/// A sector code (`GOV`, `MIL`, `HRI`); case-insensitive.
pub fn sector(code: &str) -> Option<&'static Sector> {
    let code = code.trim();
    SECTORS
        .binary_search_by(|s| cmp_ignore_case(s.code, code))
        .ok()
        .map(|i| &SECTORS[i])
}

/// Every top-level code, sorted by code.
pub fn all_countries() -> &'static [Country] {
    &COUNTRIES
}

/// Every sector code, sorted by code.
pub fn all_sectors() -> &'static [Sector] {
    &SECTORS
}

fn cmp_ignore_case(table: &str, wanted: &str) -> std::cmp::Ordering {
    table
        .bytes()
        .map(|b| b.to_ascii_uppercase())
        .cmp(wanted.bytes().map(|b| b.to_ascii_uppercase()))
}

/// A CAMEO actor code split into its parts.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct ActorCodeParts<'a> {
    /// The top-level code (`RUS`, `IGO`, `MEA`); `None` for `---` or when
    /// the code starts with a sector (`GOV`, `MILGOV`).
    pub country: Option<&'a str>,
    /// Sector, religion and organization chunks, in order (`GOV`, `UNO`).
    pub sectors: Vec<&'a str>,
    /// Country or region chunks after the first (`MNCUSA` -> `USA`;
    /// `IGOWSTNAT` -> `WST`).
    pub affiliations: Vec<&'a str>,
}

impl<'a> ActorCodeParts<'a> {
    /// The first chunk that is a known role sector (`GOV` in `RUSGOVMUS`), or
    /// the first sector chunk of any kind.
    pub fn primary_sector(&self) -> Option<&'a str> {
        self.sectors
            .iter()
            .find(|s| sector(s).is_some_and(|s| s.kind == SectorKind::Role))
            .or_else(|| self.sectors.first())
            .copied()
    }
}

/// Splits a CAMEO actor code into 3-letter chunks and sorts them into the
/// top-level code, sectors and further affiliations.
///
/// `RUSGOV` -> country `RUS`, sectors `[GOV]`; `---MIL` -> no country,
/// sectors `[MIL]`; `IGOUNO` -> country `IGO`, sectors `[UNO]`;
/// `MNCUSAMED` -> country `MNC`, affiliations `[USA]`, sectors `[MED]`.
/// Leading `~`/`|` markers and whitespace are ignored. A trailing chunk
/// shorter than 3 letters is kept as a sector. Non-ASCII input yields empty
/// parts. Never panics.
pub fn split_actor_code(code: &str) -> ActorCodeParts<'_> {
    let code = code.trim().trim_start_matches(['~', '|']);
    let mut parts = ActorCodeParts::default();
    if !code.is_ascii() {
        return parts;
    }
    let chunks: Vec<&str> = (0..code.len())
        .step_by(3)
        .map(|i| &code[i..(i + 3).min(code.len())])
        .collect();
    for (i, chunk) in chunks.iter().copied().enumerate() {
        if i == 0 {
            if chunk == "---" {
                continue;
            }
            // A first chunk that is only a sector (`GOV`, `MILGOV`) has no country.
            if country(chunk).is_some() || sector(chunk).is_none() {
                parts.country = Some(chunk);
                continue;
            }
        }
        // Later chunks: sectors win over countries (`SUN` is Sunni here,
        // not the Soviet Union).
        if i > 0 && sector(chunk).is_none() && country(chunk).is_some() {
            parts.affiliations.push(chunk);
        } else {
            parts.sectors.push(chunk);
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn tables_sorted_unique_three_letters() {
        for w in all_countries().windows(2) {
            assert!(w[0].code < w[1].code, "{} {}", w[0].code, w[1].code);
        }
        for w in all_sectors().windows(2) {
            assert!(w[0].code < w[1].code, "{} {}", w[0].code, w[1].code);
        }
        for c in all_countries() {
            assert_eq!(c.code.len(), 3);
            assert!(c.code.bytes().all(|b| b.is_ascii_uppercase()), "{}", c.code);
        }
        for s in all_sectors() {
            assert_eq!(s.code.len(), 3);
            if let Some(p) = s.plover {
                assert!(
                    super::super::plover::sector(p).is_some(),
                    "{} -> {p}",
                    s.code
                );
            }
        }
        // ISO 3166-1 has 249 alpha-3 codes
        let iso = all_countries()
            .iter()
            .filter(|c| matches!(c.kind, CountryKind::State | CountryKind::Territory))
            .count();
        assert_eq!(iso, 249);
    }

    #[test]
    fn lookups() {
        assert_eq!(country("RUS").unwrap().name, "Russia");
        assert_eq!(country("afg").unwrap().name, "Afghanistan");
        assert_eq!(country("MEA").unwrap().kind, CountryKind::Region);
        assert_eq!(country("WST").unwrap().kind, CountryKind::Region);
        assert_eq!(country("IGO").unwrap().kind, CountryKind::International);
        assert_eq!(country("KSV").unwrap().kind, CountryKind::Special);
        assert!(country("XYZ").is_none());
        assert!(country("").is_none());
        assert_eq!(sector("GOV").unwrap().plover, Some("GOV"));
        assert_eq!(sector("MED").unwrap().plover, Some("JRN"));
        assert_eq!(sector("HLH").unwrap().plover, Some("MED"));
        assert_eq!(sector("INS").unwrap().plover, Some("REB"));
        assert!(sector("XXX").is_none());
        let required = [
            "GOV", "MIL", "COP", "REB", "OPP", "JUD", "LEG", "BUS", "MED", "EDU", "CVL", "REF",
            "NGO", "IGO", "HLH", "LAB", "ELI", "SPY", "UAF", "INS", "CRM", "AGR", "ENV", "RAD",
            "MOD", "IMG", "HRI",
        ];
        let have: HashSet<&str> = all_sectors().iter().map(|s| s.code).collect();
        for r in required {
            assert!(have.contains(r), "{r}");
        }
    }

    #[test]
    fn splits_codes() {
        let p = split_actor_code("RUSGOV");
        assert_eq!(p.country, Some("RUS"));
        assert_eq!(p.sectors, ["GOV"]);
        assert_eq!(p.primary_sector(), Some("GOV"));

        let p = split_actor_code("---MIL");
        assert_eq!(p.country, None);
        assert_eq!(p.sectors, ["MIL"]);

        let p = split_actor_code("IGOUNO");
        assert_eq!(p.country, Some("IGO"));
        assert_eq!(p.sectors, ["UNO"]);

        let p = split_actor_code("IGOWSTNAT");
        assert_eq!(p.country, Some("IGO"));
        assert_eq!(p.affiliations, ["WST"]);
        assert_eq!(p.sectors, ["NAT"]);

        let p = split_actor_code("MNCUSAMED");
        assert_eq!(p.country, Some("MNC"));
        assert_eq!(p.affiliations, ["USA"]);
        assert_eq!(p.sectors, ["MED"]);

        let p = split_actor_code("IRQREBSUN");
        assert_eq!(p.sectors, ["REB", "SUN"]);
        assert!(p.affiliations.is_empty());

        let p = split_actor_code("AFGMUSREB");
        assert_eq!(p.primary_sector(), Some("REB"));

        let p = split_actor_code("GOVMIL");
        assert_eq!(p.country, None);
        assert_eq!(p.sectors, ["GOV", "MIL"]);

        let p = split_actor_code("USA");
        assert_eq!(p.country, Some("USA"));
        assert!(p.sectors.is_empty());
        assert_eq!(p.primary_sector(), None);

        // odd input never panics
        assert_eq!(split_actor_code("").country, None);
        assert_eq!(split_actor_code("USAGO").sectors, ["GO"]);
        assert_eq!(split_actor_code("~GOV").sectors, ["GOV"]);
        assert_eq!(split_actor_code("RÜSGOV"), ActorCodeParts::default());
    }
}
