//! Lemmatizer: exception lists plus suffix rules, driven by the tag.
//!
//! Verbs (`VBD`, `VBN`, `VBG`, `VBZ`) go through the irregular-verb table and
//! then suffix stripping with spelling repair (doubled consonants, restored
//! silent `-e`); plural nouns through irregular plurals and `-ies`/`-es`/`-s`
//! rules; comparatives and superlatives through `-er`/`-est` rules. Lemmas
//! are lower-cased.

mod exceptions;

use exceptions::*;
use std::collections::HashMap;
use std::sync::OnceLock;

struct Tables {
    verb_past: HashMap<&'static str, &'static str>,
    verb_forms: HashMap<&'static str, &'static str>,
    nouns: HashMap<&'static str, &'static str>,
    adj: HashMap<&'static str, &'static str>,
    adv: HashMap<&'static str, &'static str>,
    pronouns: HashMap<&'static str, &'static str>,
    e_final: std::collections::HashSet<&'static str>,
    no_e: std::collections::HashSet<&'static str>,
    us_nouns: std::collections::HashSet<&'static str>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut verb_past = HashMap::new();
        for &(base, past, participle) in IRREGULAR_VERBS {
            // Forms equal to the base (`cut`, `shed`) map to themselves, so
            // the suffix rules never touch them.
            for form in past.split('/').chain(participle.split('/')) {
                verb_past.entry(form).or_insert(base);
            }
        }
        Tables {
            verb_past,
            verb_forms: VERB_FORMS.iter().copied().collect(),
            nouns: IRREGULAR_NOUNS.iter().copied().collect(),
            adj: IRREGULAR_ADJ.iter().copied().collect(),
            adv: IRREGULAR_ADV.iter().copied().collect(),
            pronouns: PRONOUNS.iter().copied().collect(),
            e_final: E_FINAL_VERBS.iter().copied().collect(),
            no_e: NO_E_VERBS.iter().copied().collect(),
            us_nouns: US_NOUNS.iter().copied().collect(),
        }
    })
}

/// The lower-cased dictionary form of `word` tagged `tag` (Penn Treebank).
pub fn lemmatize(word: &str, tag: &str) -> String {
    let lower: String = word
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '’' { '\'' } else { c })
        .collect();
    let t = tables();
    match tag {
        "VBD" | "VBN" | "VBG" | "VBZ" | "VB" | "VBP" | "MD" => verb(&lower, tag, t),
        "NNS" | "NNPS" => noun(&lower, t),
        "JJR" | "JJS" => t
            .adj
            .get(lower.as_str())
            .map_or_else(|| comparative(&lower), |s| s.to_string()),
        "RBR" | "RBS" => t
            .adv
            .get(lower.as_str())
            .map_or_else(|| comparative(&lower), |s| s.to_string()),
        "PRP" => t
            .pronouns
            .get(lower.as_str())
            .map_or(lower.clone(), |s| s.to_string()),
        "RB" if lower == "n't" => "not".to_string(),
        _ => lower,
    }
}

fn is_vowel_at(chars: &[char], i: usize) -> bool {
    match chars[i] {
        'a' | 'e' | 'i' | 'o' => true,
        'u' => !(i > 0 && chars[i - 1] == 'q'),
        _ => false,
    }
}

fn verb(w: &str, tag: &str, t: &Tables) -> String {
    if let Some(l) = t.verb_forms.get(w) {
        return l.to_string();
    }
    match tag {
        "VBD" | "VBN" => {
            if let Some(l) = t.verb_past.get(w) {
                return l.to_string();
            }
            for prefix in [
                "re", "out", "over", "under", "mis", "un", "fore", "with", "up",
            ] {
                if let Some(rest) = w.strip_prefix(prefix)
                    && rest.len() > 2
                    && let Some(l) = t.verb_past.get(rest)
                {
                    return format!("{prefix}{l}");
                }
            }
            if let Some(stem) = w.strip_suffix("ied") {
                return if w.len() <= 4 {
                    format!("{stem}ie")
                } else {
                    format!("{stem}y")
                };
            }
            match w.strip_suffix("ed") {
                Some(stem) if stem.len() >= 2 && stem.ends_with('e') => format!("{stem}e"),
                Some(stem) if stem.chars().count() >= 2 => restore(stem, t),
                _ => w.to_string(),
            }
        }
        "VBG" => match w.strip_suffix("ing") {
            Some(stem) if stem.chars().count() >= 2 => {
                if stem.ends_with('e') {
                    stem.to_string()
                } else {
                    restore(stem, t)
                }
            }
            _ => w.to_string(),
        },
        "VBZ" => third_person(w, t),
        _ => w.to_string(),
    }
}

fn third_person(w: &str, t: &Tables) -> String {
    if let Some(stem) = w.strip_suffix("ies") {
        return if w.len() <= 4 {
            format!("{stem}ie")
        } else {
            format!("{stem}y")
        };
    }
    if let Some(stem) = w.strip_suffix("es") {
        if stem.ends_with("ss")
            || stem.ends_with("sh")
            || stem.ends_with("ch")
            || stem.ends_with('x')
            || stem.ends_with("zz")
            || stem.ends_with('o')
            || t.us_nouns.contains(stem)
            || t.no_e.contains(stem)
        {
            return stem.to_string();
        }
        return format!("{stem}e");
    }
    match w.strip_suffix('s') {
        Some(stem) if !stem.is_empty() && !w.ends_with("ss") => stem.to_string(),
        _ => w.to_string(),
    }
}

/// Repairs the spelling of a verb stem left by removing `-ed`/`-ing`.
fn restore(stem: &str, t: &Tables) -> String {
    let with_e = format!("{stem}e");
    if t.e_final.contains(with_e.as_str()) {
        return with_e;
    }
    if t.no_e.contains(stem) {
        return stem.to_string();
    }
    let c: Vec<char> = stem.chars().collect();
    let n = c.len();
    let c1 = c[n - 1];
    let c2 = c[n - 2];
    let vowel = |i: usize| is_vowel_at(&c, i);
    // doubled final consonant
    if c1 == c2 && !vowel(n - 1) {
        let single: String = c[..n - 1].iter().collect();
        match c1 {
            's' | 'f' | 'z' => return stem.to_string(),
            'l' => {
                let groups = vowel_groups(&c[..n - 1]);
                return if t.no_e.contains(single.as_str()) || groups >= 2 {
                    single
                } else {
                    stem.to_string()
                };
            }
            _ => {
                return if [
                    "add", "err", "egg", "ebb", "butt", "putt", "purr", "burr", "inn", "odd",
                ]
                .contains(&stem)
                {
                    stem.to_string()
                } else {
                    single
                };
            }
        }
    }
    let single_vowel = n >= 2 && vowel(n - 2) && (n < 3 || !vowel(n - 3));
    let digraph = n >= 3 && vowel(n - 2) && vowel(n - 3);
    let add_e = match c1 {
        'v' | 'z' | 'u' | 'c' => true,
        's' => c2 != 's' && stem != "bias" && stem != "focus",
        'g' => match c2 {
            'n' => {
                (n >= 3 && matches!(c[n - 3], 'u' | 'e'))
                    || stem.ends_with("chang")
                    || stem.ends_with("rang")
            }
            'r' | 'd' | 'l' => true,
            _ => single_vowel,
        },
        'h' => c2 == 't' && n >= 3 && vowel(n - 3),
        'l' => {
            if "bcdfgkptz".contains(c2) {
                true
            } else {
                single_vowel && c2 != 'e'
            }
        }
        'r' => single_vowel && matches!(c2, 'a' | 'i' | 'u' | 'y'),
        'n' => single_vowel && matches!(c2, 'a' | 'i' | 'u'),
        'm' => single_vowel && matches!(c2, 'a' | 'i' | 'o' | 'u'),
        't' => {
            (single_vowel && matches!(c2, 'a' | 'o' | 'u'))
                || (c2 == 'a' && n >= 3 && matches!(c[n - 3], 'i' | 'u'))
        }
        'k' | 'p' | 'b' | 'd' | 'f' => single_vowel,
        _ => false,
    };
    let _ = digraph;
    if add_e { with_e } else { stem.to_string() }
}

fn vowel_groups(c: &[char]) -> usize {
    let mut groups = 0;
    let mut prev = false;
    for i in 0..c.len() {
        let v = is_vowel_at(c, i) || c[i] == 'y' && i > 0;
        if v && !prev {
            groups += 1;
        }
        prev = v;
    }
    groups
}

fn noun(w: &str, t: &Tables) -> String {
    if let Some(l) = t.nouns.get(w) {
        return l.to_string();
    }
    if w.ends_with("men")
        && w.len() > 4
        && !["specimen", "abdomen", "stamen", "regimen"].contains(&w)
    {
        return format!("{}man", &w[..w.len() - 3]);
    }
    if let Some(stem) = w.strip_suffix("children") {
        return format!("{stem}child");
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return if w.len() <= 4 {
            format!("{stem}ie")
        } else {
            format!("{stem}y")
        };
    }
    if let Some(stem) = w.strip_suffix("es") {
        let strip_es = stem.ends_with("ss")
            || stem.ends_with("sh")
            || (stem.ends_with("ch") && w != "clothes")
            || stem.ends_with('x')
            || stem.ends_with("tz")
            || (stem.ends_with('o') && stem.len() > 2)
            || t.us_nouns.contains(stem)
            || ["gas", "alias", "bias", "canvas", "atlas", "lens", "iris"].contains(&stem);
        if strip_es {
            return stem.to_string();
        }
        if let Some(s) = stem.strip_suffix("zz") {
            return format!("{s}z");
        }
        return format!("{stem}e");
    }
    match w.strip_suffix('s') {
        Some(stem)
            if stem.len() >= 2
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("is") =>
        {
            stem.to_string()
        }
        _ => w.to_string(),
    }
}

fn comparative(w: &str) -> String {
    if w == "looser" || w == "loosest" {
        return "loose".to_string();
    }
    let stem = if let Some(s) = w.strip_suffix("iest").or_else(|| w.strip_suffix("ier")) {
        if s.len() >= 2 {
            return format!("{s}y");
        }
        return w.to_string();
    } else if let Some(s) = w.strip_suffix("est").or_else(|| w.strip_suffix("er")) {
        s
    } else {
        return w.to_string();
    };
    let c: Vec<char> = stem.chars().collect();
    let n = c.len();
    if n < 2 {
        return w.to_string();
    }
    let (c1, c2) = (c[n - 1], c[n - 2]);
    if c1 == c2 && !is_vowel_at(&c, n - 1) {
        if matches!(c1, 'l' | 's' | 'f' | 'z') {
            return stem.to_string();
        }
        return c[..n - 1].iter().collect();
    }
    let single_vowel = is_vowel_at(&c, n - 2) && (n < 3 || !is_vowel_at(&c, n - 3));
    let add_e = match c1 {
        'e' | 'u' => true,
        'l' => "bcdfgkptz".contains(c2),
        'g' => matches!(c2, 'r' | 'd') || stem.ends_with("rang"),
        'w' | 'x' | 'y' => false,
        _ => single_vowel,
    };
    if add_e {
        format!("{stem}e")
    } else {
        stem.to_string()
    }
}

#[cfg(test)]
mod tests;
