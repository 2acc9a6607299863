//! CAMEO event codes: lookup, listing, roots and quad classes.
//!
//! CAMEO codes are strings of 2 to 4 digits: the 20 roots (`01`..`20`), 3-digit
//! codes under them (`054`) and 4-digit refinements (`0874`). Codes stay
//! strings everywhere because leading zeros are significant.

use super::cameo_codes::CAMEO_CODES;
use serde::Serialize;

/// One CAMEO event code with its fixed facts.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CameoCode {
    /// The code itself, e.g. `054`.
    pub code: &'static str,
    /// The two-digit root, e.g. `05`.
    pub root: &'static str,
    /// 1 for a root (`05`), 2 for a 3-digit code (`054`), 3 for a 4-digit code.
    pub level: u8,
    /// CAMEO quad class of the root: 1 verbal cooperation, 2 material
    /// cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    /// Official CAMEO name (roots are upper case, as in the codebook).
    pub name: &'static str,
    /// Goldstein conflict-cooperation score, -10 to +10 (GDELT's table).
    #[serde(serialize_with = "super::serialize_score")]
    pub goldstein: f32,
}

impl CameoCode {
    /// The record of this code's root (itself for a root).
    pub fn root_code(&self) -> &'static CameoCode {
        // Every root is in the table (checked by tests), so this cannot miss;
        // fall back to self's first row defensively rather than panic.
        lookup(self.root).unwrap_or(&CAMEO_CODES[0])
    }

    /// The parent code: `0874` -> `087`, `087` -> `08`, a root -> `None`.
    pub fn parent(&self) -> Option<&'static CameoCode> {
        if self.level <= 1 {
            return None;
        }
        lookup(&self.code[..self.code.len() - 1])
    }
}

/// Human name of a quad class number (1-4), `None` otherwise.
pub fn quad_class_name(quad_class: u8) -> Option<&'static str> {
    match quad_class {
        1 => Some("verbal cooperation"),
        2 => Some("material cooperation"),
        3 => Some("verbal conflict"),
        4 => Some("material conflict"),
        _ => None,
    }
}

/// Quad class of a CAMEO root given as a number (1-20) or a code prefix
/// (`"05"`, `"5"`, `"054"` -> its root `05`): roots 01-05 are 1, 06-08 are 2,
/// 09-13 are 3, 14-20 are 4. `None` for anything else.
pub fn quad_class_of_root(root: &str) -> Option<u8> {
    let digits = root.trim();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let head = if digits.len() > 2 {
        &digits[..2]
    } else {
        digits
    };
    let n: u8 = head.parse().ok()?;
    quad_class_of_root_number(n)
}

/// Quad class of root number 1-20.
pub fn quad_class_of_root_number(root: u8) -> Option<u8> {
    match root {
        1..=5 => Some(1),
        6..=8 => Some(2),
        9..=13 => Some(3),
        14..=20 => Some(4),
        _ => None,
    }
}

/// The record of an exact CAMEO code (`"054"`), or `None` when CAMEO has no
/// such code. Surrounding whitespace is ignored.
pub fn lookup(code: &str) -> Option<&'static CameoCode> {
    let code = code.trim();
    CAMEO_CODES
        .binary_search_by(|c| c.code.cmp(code))
        .ok()
        .map(|i| &CAMEO_CODES[i])
}

/// The record of `code`, or of its nearest ancestor that exists (`0549` ->
/// `054`, `059` -> `05`). Useful for codes from dictionaries written against
/// other CAMEO versions. `None` when not even the root exists.
pub fn lookup_or_ancestor(code: &str) -> Option<&'static CameoCode> {
    let code = code.trim();
    if !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut len = code.len();
    while len >= 2 {
        if let Some(found) = lookup(&code[..len]) {
            return Some(found);
        }
        len -= 1;
    }
    None
}

/// True when `code` is an exact CAMEO event code.
pub fn is_valid(code: &str) -> bool {
    lookup(code).is_some()
}

/// Every CAMEO code, sorted by code (roots precede their children).
pub fn all() -> &'static [CameoCode] {
    &CAMEO_CODES
}

/// The 20 root codes, `01` to `20`.
pub fn roots() -> impl Iterator<Item = &'static CameoCode> {
    CAMEO_CODES.iter().filter(|c| c.level == 1)
}

/// The direct children of `code` (`05` -> `050`..`057`; `087` -> `0871`..).
pub fn children(code: &str) -> impl Iterator<Item = &'static CameoCode> + '_ {
    CAMEO_CODES
        .iter()
        .filter(move |c| c.code.len() == code.len() + 1 && c.code.starts_with(code))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn has_exactly_312_unique_codes() {
        assert_eq!(all().len(), 312);
        let unique: HashSet<&str> = all().iter().map(|c| c.code).collect();
        assert_eq!(unique.len(), 312);
        assert!(
            all().windows(2).all(|w| w[0].code < w[1].code),
            "table must stay sorted"
        );
    }

    #[test]
    fn structure_is_consistent() {
        assert_eq!(roots().count(), 20);
        for c in all() {
            assert!(c.code.bytes().all(|b| b.is_ascii_digit()), "{}", c.code);
            assert_eq!(c.level as usize, c.code.len() - 1, "{}", c.code);
            assert_eq!(c.root, &c.code[..2], "{}", c.code);
            assert!(lookup(c.root).is_some(), "root of {} missing", c.code);
            assert_eq!(c.root_code().code, c.root);
            if c.level > 1 {
                let parent = c.parent().expect("every non-root has a parent");
                assert_eq!(parent.level, c.level - 1);
            }
            assert!((-10.0..=10.0).contains(&c.goldstein), "{}", c.code);
            assert!(!c.name.is_empty());
        }
    }

    #[test]
    fn quad_classes_follow_root_ranges() {
        for c in all() {
            let root: u8 = c.root.parse().unwrap();
            let expected = match root {
                1..=5 => 1,
                6..=8 => 2,
                9..=13 => 3,
                _ => 4,
            };
            assert_eq!(c.quad_class, expected, "{}", c.code);
        }
        assert_eq!(quad_class_of_root("05"), Some(1));
        assert_eq!(quad_class_of_root("5"), Some(1));
        assert_eq!(quad_class_of_root("06"), Some(2));
        assert_eq!(quad_class_of_root("08"), Some(2));
        assert_eq!(quad_class_of_root("09"), Some(3));
        assert_eq!(quad_class_of_root("13"), Some(3));
        assert_eq!(quad_class_of_root("14"), Some(4));
        assert_eq!(quad_class_of_root("190"), Some(4));
        assert_eq!(quad_class_of_root("20"), Some(4));
        assert_eq!(quad_class_of_root("21"), None);
        assert_eq!(quad_class_of_root("00"), None);
        assert_eq!(quad_class_of_root("ab"), None);
        assert_eq!(quad_class_of_root(""), None);
    }

    #[test]
    fn goldstein_matches_gdelt_spot_checks() {
        // Checked by hand against GDELT's CAMEO.goldsteinscale table.
        let g = |code: &str| lookup(code).unwrap().goldstein;
        assert_eq!(g("054"), 6.0);
        assert_eq!(g("016"), -2.0);
        assert_eq!(g("022"), 3.2);
        assert_eq!(g("164"), -7.0);
        assert_eq!(g("165"), -6.5);
        assert_eq!(g("190"), -10.0);
        assert_eq!(g("0874"), 10.0);
        assert_eq!(g("036"), 4.0);
        assert_eq!(g("173"), -5.0);
        assert_eq!(g("011"), -0.1);
    }

    #[test]
    fn names_and_lookup() {
        assert_eq!(lookup("054").unwrap().name, "Grant diplomatic recognition");
        assert_eq!(
            lookup(" 036 ").unwrap().name,
            "Express intent to meet or negotiate"
        );
        assert_eq!(
            lookup("05").unwrap().name,
            "ENGAGE IN DIPLOMATIC COOPERATION"
        );
        assert!(lookup("059").is_none());
        assert!(lookup("").is_none());
        assert!(lookup("2043").is_none());
        assert_eq!(lookup_or_ancestor("0549").unwrap().code, "054");
        assert_eq!(lookup_or_ancestor("059").unwrap().code, "05");
        assert!(lookup_or_ancestor("99").is_none());
        assert!(lookup_or_ancestor("x1").is_none());
        let kids: Vec<&str> = children("087").map(|c| c.code).collect();
        assert_eq!(kids, ["0871", "0872", "0873", "0874"]);
        assert_eq!(lookup("0874").unwrap().parent().unwrap().code, "087");
        assert_eq!(quad_class_name(4), Some("material conflict"));
        assert_eq!(quad_class_name(0), None);
    }
}
