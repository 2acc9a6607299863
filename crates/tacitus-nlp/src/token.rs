//! Per-token string features, hashed once per token so that feature
//! extraction in the tagger and parser only combines integers.

use crate::hash::{finalize, hash_str};

/// Hashed views of one token's form.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokenInfo {
    /// The form as written.
    pub word: u64,
    /// Lower-cased form with ASCII digits mapped to `0`.
    pub lower: u64,
    pub suffix1: u64,
    pub suffix2: u64,
    pub suffix3: u64,
    pub suffix4: u64,
    pub prefix1: u64,
    pub prefix2: u64,
    pub prefix3: u64,
    /// Word shape: `Xxxx` -> `Xxx`, `U.S.` -> `X.X.`, `1990` -> `dd`.
    pub shape: u64,
    /// Bit flags: 1 title case, 2 all caps, 4 has digit, 8 has hyphen.
    pub flags: u64,
    /// A name joined by a hyphen to a lower-case word ("Vietnamese-led",
    /// "US-backed", "Kremlin-controlled"): an adjective, never a verb (the
    /// tagger must not read the `-ed` ending as a past tense).
    pub name_compound: bool,
}

/// Sentinels for positions outside the sentence.
pub const START: TokenInfo = sentinel(0x0053_5441_5254);
pub const END: TokenInfo = sentinel(0x0045_4e44);

const fn sentinel(v: u64) -> TokenInfo {
    TokenInfo {
        word: v,
        lower: v,
        suffix1: v,
        suffix2: v,
        suffix3: v,
        suffix4: v,
        prefix1: v,
        prefix2: v,
        prefix3: v,
        shape: v,
        flags: v,
        name_compound: false,
    }
}

/// Reusable buffers for [`TokenInfo::compute`].
#[derive(Default)]
pub struct Scratch {
    lower: String,
    shape: String,
}

fn suffix_hash(chars: &str, n: usize, salt: u64) -> u64 {
    let start = chars
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    finalize(hash_str(&chars[start..]) ^ salt)
}

fn prefix_hash(chars: &str, n: usize, salt: u64) -> u64 {
    let end = chars.char_indices().nth(n).map_or(chars.len(), |(i, _)| i);
    finalize(hash_str(&chars[..end]) ^ salt)
}

impl TokenInfo {
    pub fn compute(form: &str, scratch: &mut Scratch) -> TokenInfo {
        let lower = &mut scratch.lower;
        let shape = &mut scratch.shape;
        lower.clear();
        shape.clear();
        let (mut upper_n, mut alpha_n, mut digit, mut hyphen) = (0usize, 0usize, false, false);
        let mut first_upper = false;
        let mut last_shape = '\0';
        let mut run = 0;
        for (i, c) in form.chars().enumerate() {
            if c.is_ascii_digit() {
                lower.push('0');
                digit = true;
            } else if c.is_uppercase() {
                lower.extend(c.to_lowercase());
            } else {
                lower.push(c);
            }
            if c == '-' {
                hyphen = true;
            }
            if c.is_alphabetic() {
                alpha_n += 1;
                if c.is_uppercase() {
                    upper_n += 1;
                    if i == 0 {
                        first_upper = true;
                    }
                }
            }
            let s = if c.is_uppercase() {
                'X'
            } else if c.is_alphabetic() {
                'x'
            } else if c.is_numeric() {
                'd'
            } else {
                c
            };
            if s == last_shape {
                run += 1;
            } else {
                run = 1;
                last_shape = s;
            }
            if run <= 3 {
                shape.push(s);
            }
        }
        let mut flags = 0;
        if first_upper && upper_n == 1 {
            flags |= 1;
        }
        if alpha_n > 1 && upper_n == alpha_n {
            flags |= 2;
        }
        if digit {
            flags |= 4;
        }
        if hyphen {
            flags |= 8;
        }
        TokenInfo {
            word: hash_str(form),
            lower: hash_str(lower),
            suffix1: suffix_hash(lower, 1, 1),
            suffix2: suffix_hash(lower, 2, 2),
            suffix3: suffix_hash(lower, 3, 3),
            suffix4: suffix_hash(lower, 4, 4),
            prefix1: prefix_hash(form, 1, 5),
            prefix2: prefix_hash(lower, 2, 6),
            prefix3: prefix_hash(lower, 3, 7),
            shape: hash_str(shape),
            flags,
            name_compound: hyphen && is_name_compound(form),
        }
    }
}

/// Word-forming prefixes written capitalised at the start of a sentence
/// ("Re-elected", "Co-chaired"): not names.
const VERB_PREFIXES: &[&str] = &[
    "re", "co", "de", "un", "pre", "non", "anti", "self", "ex", "over", "out", "counter", "cross",
    "multi", "semi", "mid", "well", "double", "inter", "post", "sub", "super",
];

/// See [`TokenInfo::name_compound`].
fn is_name_compound(form: &str) -> bool {
    let Some((head, _)) = form.split_once('-') else {
        return false;
    };
    let Some((_, tail)) = form.rsplit_once('-') else {
        return false;
    };
    head.chars().next().is_some_and(char::is_uppercase)
        && head.chars().count() >= 2
        && head.chars().all(char::is_alphabetic)
        && tail.chars().next().is_some_and(char::is_lowercase)
        && !VERB_PREFIXES.iter().any(|p| head.eq_ignore_ascii_case(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_lower_and_suffix_views() {
        let mut s = Scratch::default();
        let a = TokenInfo::compute("Seized", &mut s);
        let b = TokenInfo::compute("seized", &mut s);
        assert_ne!(a.word, b.word);
        assert_eq!(a.lower, b.lower);
        assert_eq!(a.suffix3, b.suffix3);
        assert_eq!(a.flags & 1, 1);
        let c = TokenInfo::compute("1990", &mut s);
        let d = TokenInfo::compute("2017", &mut s);
        assert_eq!(c.lower, d.lower);
        assert_eq!(TokenInfo::compute("NATO", &mut s).flags & 2, 2);
        // suffixes of short words do not crash
        let e = TokenInfo::compute("é", &mut s);
        assert_eq!(e.suffix1, e.suffix1);
        for w in [
            "Vietnamese-led",
            "US-backed",
            "Kremlin-controlled",
            "Saudi-led",
        ] {
            assert!(TokenInfo::compute(w, &mut s).name_compound, "{w}");
        }
        for w in [
            "Re-elected",
            "Co-chaired",
            "well-known",
            "US-China",
            "F-16",
            "led",
        ] {
            assert!(!TokenInfo::compute(w, &mut s).name_compound, "{w}");
        }
    }
}
