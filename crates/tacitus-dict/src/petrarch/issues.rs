//! PETRARCH issue dictionaries (`Phoenix.IssueCoding.txt`): the topics a
//! sentence is about.
//!
//! The format, as the Phoenix file writes it and PETRARCH's issue reader
//! documents it:
//! - `<ISSUE CATEGORY="ENERGY" TYPE="ALL">` ... `</ISSUE>` sections name the
//!   category of the lines inside (`TYPE` is read but changes nothing: every
//!   phrase must be found whole, all its words in order).
//! - `phrase [CODE]`: the sentence is about `CODE`; a line without a code is
//!   tagged with its section's category. A second `[CODE]` is ignored.
//! - In a phrase, `n:word` stands for the noun and its plural, `v:word` for
//!   the verb and its regular forms (`-s`, `-ed`, `-ing`), and `a+b` for
//!   `a b` and `a-b`.
//! - `~phrase`: these words do not count for the section ("olive oil" is
//!   not OIL): the longest phrase found at a word wins, so the exclusion
//!   covers the shorter tag inside it.
//! - `~~phrase`: a sentence holding it gets no tag of the section's category
//!   ("article nukers": an acronym spelled out as something else).

use super::{Lines, pluralize};
use crate::compile::regular_forms;
use crate::model::{IssueEntry, IssueKind, entry_ref};
use tacitus_core::RecordError;

/// At most this many word sequences per line (a line with many `n:`, `v:`
/// and `+` multiplies its forms).
const MAX_FORMS: usize = 64;

/// Reads a PETRARCH issue file; bad lines are reported and skipped.
pub fn read_issues(file: &str, text: &str, warnings: &mut Vec<RecordError>) -> Vec<IssueEntry> {
    let mut category = String::new();
    let mut out = Vec::new();
    for (lineno, line) in Lines::new(text) {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        let warn = |warnings: &mut Vec<RecordError>, field: &str, msg: String| {
            warnings.push(RecordError::new(
                file,
                Some(lineno as u64),
                Some(field),
                msg,
            ));
        };
        if t.starts_with("</") {
            category.clear();
            continue;
        }
        if let Some(tag) = t.strip_prefix("<ISSUE") {
            match attribute(tag, "CATEGORY") {
                Some(c) if !c.is_empty() => category = c.to_string(),
                _ => {
                    warn(
                        warnings,
                        "category",
                        format!("`{t}` names no CATEGORY; its lines need codes of their own"),
                    );
                    category.clear();
                }
            }
            continue;
        }
        let (kind, rest) = if let Some(r) = t.strip_prefix("~~") {
            (IssueKind::Veto, r)
        } else if let Some(r) = t.strip_prefix('~') {
            (IssueKind::Exclude, r)
        } else {
            (IssueKind::Tag, t)
        };
        let (phrase_text, code) = match rest.find('[') {
            Some(open) => {
                let Some(close) = rest[open..].find(']') else {
                    warn(warnings, "code", format!("unclosed `[` in `{t}`; skipped"));
                    continue;
                };
                (&rest[..open], rest[open + 1..open + close].trim())
            }
            None => (rest, ""),
        };
        let code = if code.is_empty() {
            category.as_str()
        } else {
            code
        };
        if code.is_empty() || code.contains(char::is_whitespace) {
            warn(
                warnings,
                "code",
                format!("`{t}` has no usable code and no section category; skipped"),
            );
            continue;
        }
        let phrases = expand_phrase(phrase_text);
        if phrases.is_empty() {
            warn(warnings, "phrase", format!("`{t}` has no words; skipped"));
            continue;
        }
        out.push(IssueEntry {
            category: if category.is_empty() {
                code.to_string()
            } else {
                category.clone()
            },
            code: code.to_string(),
            kind,
            phrases,
            entry: entry_ref(file, lineno, Some(code.to_string()), t),
        });
    }
    out
}

/// The value of `NAME="..."` in a tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!("{name}=\""))? + name.len() + 2;
    let len = tag[start..].find('"')?;
    Some(tag[start..start + len].trim())
}

/// The word sequences a phrase stands for (see the module docs).
pub(crate) fn expand_phrase(text: &str) -> Vec<Vec<String>> {
    let mut seqs: Vec<Vec<String>> = vec![Vec::new()];
    for word in text.split_whitespace() {
        let parts: Vec<Vec<String>> = word.split('+').map(part_forms).collect();
        let mut alternatives: Vec<Vec<String>> = Vec::new();
        for combo in cartesian(&parts) {
            let words: Vec<String> = combo.iter().filter(|w| !w.is_empty()).cloned().collect();
            if parts.len() > 1 {
                alternatives.push(vec![combo.join("-")]);
            }
            alternatives.push(words);
        }
        alternatives.retain(|a| !a.is_empty() && a.iter().all(|w| !w.is_empty()));
        alternatives.dedup();
        if alternatives.is_empty() {
            continue;
        }
        let mut next = Vec::new();
        'grow: for s in &seqs {
            for a in &alternatives {
                if next.len() >= MAX_FORMS {
                    break 'grow;
                }
                let mut joined = s.clone();
                joined.extend(a.iter().cloned());
                next.push(joined);
            }
        }
        seqs = next;
    }
    seqs.retain(|s| !s.is_empty());
    seqs.sort();
    seqs.dedup();
    seqs
}

/// `n:word` -> word and plural; `v:word` -> word and regular verb forms.
fn part_forms(part: &str) -> Vec<String> {
    let lower = part.trim().to_lowercase();
    if let Some(noun) = lower.strip_prefix("n:") {
        let mut forms = vec![noun.to_string()];
        if !noun.is_empty() {
            forms.push(pluralize(noun));
        }
        forms
    } else if let Some(verb) = lower.strip_prefix("v:") {
        let mut forms = vec![verb.to_string()];
        forms.extend(regular_forms(verb));
        forms
    } else {
        vec![lower]
    }
}

fn cartesian(parts: &[Vec<String>]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = vec![Vec::new()];
    for forms in parts {
        let mut next = Vec::new();
        for prefix in &out {
            for f in forms {
                if next.len() >= MAX_FORMS {
                    break;
                }
                let mut p = prefix.clone();
                p.push(f.clone());
                next.push(p);
            }
        }
        out = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(String::from).collect()
    }

    #[test]
    fn expands_nouns_verbs_and_joins() {
        let got = expand_phrase("n:bridge toll");
        assert_eq!(got, vec![words("bridge toll"), words("bridges toll")]);
        let got = expand_phrase("v:dredge");
        for w in ["dredge", "dredges", "dredged", "dredging"] {
            assert!(got.contains(&words(w)), "{w} missing from {got:?}");
        }
        let got = expand_phrase("cross+n:border trade");
        for p in [
            "cross border trade",
            "cross-border trade",
            "cross borders trade",
            "cross-borders trade",
        ] {
            assert!(got.contains(&words(p)), "{p} missing from {got:?}");
        }
        assert_eq!(got.len(), 4);
    }

    #[test]
    fn reads_sections_exclusions_and_vetoes() {
        // A made-up issue file: two sections, a code-less line, an
        // exclusion, a veto, and two bad lines.
        let text = "# waterways\n<ISSUE CATEGORY=\"RIVERS\" TYPE=\"ALL\">\n\
                    n:canal [CANALS]\nriver+n:barge\n~canal street\n~~grand canal casino\n\
                    </ISSUE>\n<ISSUE TYPE=\"ALL\">\nlock [LOCKS]\n</ISSUE>\nweir\nferry [ ]\n";
        let mut w = Vec::new();
        let got = read_issues("waters.txt", text, &mut w);
        assert_eq!(got.len(), 5, "{got:?}");
        assert_eq!(got[0].code, "CANALS");
        assert_eq!(got[0].category, "RIVERS");
        assert_eq!(got[0].kind, IssueKind::Tag);
        assert_eq!(got[0].phrases, vec![words("canal"), words("canals")]);
        assert_eq!(got[0].entry.line, Some(3));
        assert_eq!(
            got[1].code, "RIVERS",
            "a line without a code takes its category"
        );
        assert!(got[1].phrases.contains(&words("river-barges")));
        assert!(got[1].phrases.contains(&words("river barge")));
        assert_eq!(got[2].kind, IssueKind::Exclude);
        assert_eq!(got[2].phrases, vec![words("canal street")]);
        assert_eq!(got[3].kind, IssueKind::Veto);
        assert_eq!(
            (got[4].code.as_str(), got[4].category.as_str()),
            ("LOCKS", "LOCKS")
        );
        // The section without a category, and the lines outside any
        // section without a code: each reported with its line.
        let lines: Vec<_> = w.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![Some(8), Some(11), Some(12)], "{w:?}");
    }
}
