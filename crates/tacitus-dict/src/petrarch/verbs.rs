//! The PETRARCH-2 verb dictionary (CAMEO.2.0.txt format): synonym sets
//! (`&NAME` + `+WORD` lines), verb blocks (`--- NAME [CODE] ---`), verb lines
//! with irregular forms (`BREAK {BROKE BROKEN}`) and multi-word verbs
//! (`+BREAK_DOWN`, `KLM_NOP_+RST [002]`), patterns (`- * {NP} (PP) [CODE]`)
//! and transformations (`~ ...`, counted but not applied).

use super::Lines;
use crate::model::{
    CodePair, PatternBody, PatternItem, VerbBlock, VerbPattern, VerbTrigger, entry_ref,
    phrase_words,
};
use tacitus_core::RecordError;

/// What a verb file holds.
#[derive(Debug, Default)]
pub struct VerbFile {
    pub blocks: Vec<VerbBlock>,
    pub synsets: Vec<(String, Vec<Vec<String>>)>,
    /// Transformation lines read (not applied).
    pub transformations: usize,
}

enum Mode {
    None,
    Synset(usize),
    Block,
}

/// Reads a PETRARCH-2 verb file; bad lines are reported and skipped.
pub fn read_verbs(file: &str, text: &str, warnings: &mut Vec<RecordError>) -> VerbFile {
    let mut out = VerbFile::default();
    let mut mode = Mode::None;
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
        if t.starts_with("---") {
            let inner = t.trim_matches('-').trim();
            let (name, code) = match inner.find('[') {
                Some(i) => (inner[..i].trim(), parse_code_pair(&inner[i..])),
                None => (inner, Some(CodePair::default())),
            };
            let Some(code) = code else {
                warn(
                    warnings,
                    "code",
                    format!("bad block code in `{t}`; block skipped"),
                );
                mode = Mode::None;
                continue;
            };
            out.blocks.push(VerbBlock {
                name: name.to_string(),
                code,
                triggers: Vec::new(),
                patterns: Vec::new(),
                entry: entry_ref(file, lineno, Some(name.to_string()), t),
            });
            mode = Mode::Block;
            continue;
        }
        if let Some(name) = t.strip_prefix('&') {
            let name = name
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_uppercase();
            out.synsets.push((name, Vec::new()));
            mode = Mode::Synset(out.synsets.len() - 1);
            continue;
        }
        if t.starts_with('~') {
            out.transformations += 1;
            continue;
        }
        match mode {
            Mode::Synset(i) => {
                if let Some(member) = t.strip_prefix('+') {
                    let member = member.replace(['(', ')'], " ");
                    let words = phrase_words(&member);
                    if !words.is_empty() {
                        out.synsets[i].1.push(words);
                    }
                } else {
                    warn(
                        warnings,
                        "synset",
                        format!("`{t}` in a synonym set does not start with `+`; skipped"),
                    );
                }
            }
            Mode::Block => {
                let Some(block) = out.blocks.last_mut() else {
                    continue;
                };
                if t.starts_with('-') || t.starts_with('*') {
                    match parse_pattern(t.trim_start_matches('-').trim()) {
                        Ok((pre, post, code)) => block.patterns.push(VerbPattern {
                            body: PatternBody::Petrarch { pre, post },
                            code,
                            entry: entry_ref(file, lineno, Some(block.name.clone()), t),
                        }),
                        Err(msg) => warn(warnings, "pattern", format!("{msg}; pattern skipped")),
                    }
                } else {
                    match parse_trigger(t) {
                        Ok(mut trig) => {
                            trig.entry = entry_ref(file, lineno, Some(block.name.clone()), t);
                            block.triggers.push(trig);
                        }
                        Err(msg) => warn(warnings, "verb", format!("{msg}; verb skipped")),
                    }
                }
            }
            Mode::None => {
                if t.chars().all(|c| c == '#') {
                    continue;
                }
                warn(
                    warnings,
                    "line",
                    format!("`{t}` outside any verb block or synonym set; skipped"),
                );
            }
        }
    }
    out
}

/// Parses `[054]`, `[032:033]`, `[---]`, `[:040]`.
pub(crate) fn parse_code_pair(s: &str) -> Option<CodePair> {
    let inner = s.trim().strip_prefix('[')?.split(']').next()?.trim();
    let norm = |c: &str| {
        let c = c.trim();
        (!c.is_empty() && !c.starts_with("--")).then(|| c.to_string())
    };
    if inner.is_empty() {
        return None;
    }
    Some(match inner.split_once(':') {
        Some((a, b)) => CodePair {
            primary: norm(a),
            paired: norm(b),
        },
        None => CodePair {
            primary: norm(inner),
            paired: None,
        },
    })
}

fn parse_trigger(t: &str) -> Result<VerbTrigger, String> {
    let (head, code) = match t.find('[') {
        Some(i) => (
            &t[..i],
            Some(parse_code_pair(&t[i..]).ok_or_else(|| format!("bad code in `{t}`"))?),
        ),
        None => (t, None),
    };
    let (name, forms_text) = match (head.find('{'), head.find('}')) {
        (Some(a), Some(b)) if a < b => (head[..a].trim(), &head[a + 1..b]),
        (Some(_), _) => return Err(format!("unclosed `{{` in `{t}`")),
        _ => (head.trim(), ""),
    };
    let (words, verb_index) = split_multiword(name);
    if words.is_empty() {
        return Err(format!("empty verb in `{t}`"));
    }
    let forms = forms_text
        .split_whitespace()
        .filter_map(|f| {
            let (w, i) = split_multiword(f);
            w.get(i).cloned()
        })
        .collect();
    Ok(VerbTrigger {
        words,
        verb_index,
        forms,
        noun: false,
        code,
        entry: entry_ref("", 0, None, ""),
    })
}

/// `KLM_NOP_+RST` -> ([klm, nop, rst], 2); `+TAKE_NOTE` -> ([take, note], 0).
fn split_multiword(s: &str) -> (Vec<String>, usize) {
    let mut words = Vec::new();
    let mut verb_index = 0;
    for part in s.split(|c: char| c == '_' || c.is_whitespace()) {
        if part.is_empty() {
            continue;
        }
        if let Some(v) = part.strip_prefix('+') {
            if v.is_empty() {
                continue;
            }
            verb_index = words.len();
            words.push(v.to_lowercase());
        } else {
            words.push(part.to_lowercase());
        }
    }
    (words, verb_index)
}

type ParsedPattern = (Vec<PatternItem>, Vec<PatternItem>, CodePair);

fn parse_pattern(t: &str) -> Result<ParsedPattern, String> {
    let open = t
        .rfind('[')
        .ok_or_else(|| format!("pattern `{t}` has no `[code]`"))?;
    let code = parse_code_pair(&t[open..]).ok_or_else(|| format!("bad code in pattern `{t}`"))?;
    let body = &t[..open];
    let mut pre = Vec::new();
    let mut post = Vec::new();
    let mut seen_verb = false;
    let spaced = body
        .replace('{', " { ")
        .replace('}', " } ")
        .replace('(', " ( ")
        .replace(')', " ) ")
        .replace('*', " * ");
    for tok in spaced.split_whitespace() {
        if tok == "*" {
            if seen_verb {
                return Err(format!("pattern `{t}` has two `*`"));
            }
            seen_verb = true;
            continue;
        }
        let target = if seen_verb { &mut post } else { &mut pre };
        match tok {
            "{" => target.push(PatternItem::OpenNp),
            "}" => target.push(PatternItem::CloseNp),
            "(" => target.push(PatternItem::OpenPp),
            ")" => target.push(PatternItem::ClosePp),
            "$" => target.push(PatternItem::Source),
            "+" => target.push(PatternItem::Target),
            "^" => target.push(PatternItem::SkipPhrase),
            "%" | "=" => target.push(PatternItem::Skip),
            _ => {
                let mut rest = tok;
                // Markers glued to words: `+WORD`, `$WORD`.
                while let Some(c) = rest.chars().next() {
                    match c {
                        '+' => target.push(PatternItem::Target),
                        '$' => target.push(PatternItem::Source),
                        '^' => target.push(PatternItem::SkipPhrase),
                        '%' => target.push(PatternItem::Skip),
                        _ => break,
                    }
                    rest = &rest[1..];
                }
                if rest.is_empty() {
                    continue;
                }
                if let Some(name) = rest.strip_prefix('&') {
                    target.push(PatternItem::Synset(
                        name.trim_end_matches('_').to_uppercase(),
                    ));
                    continue;
                }
                let parts: Vec<&str> = rest.split('_').collect();
                let n = parts.len();
                for (i, p) in parts.iter().enumerate() {
                    if p.is_empty() {
                        continue;
                    }
                    let exact = i + 1 < n && parts[i + 1].is_empty();
                    target.push(PatternItem::Word {
                        word: p.to_lowercase(),
                        exact,
                    });
                }
            }
        }
    }
    if !seen_verb {
        return Err(format!("pattern `{t}` has no `*`"));
    }
    Ok((pre, post, code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_blocks_patterns_and_synsets() {
        let text = "&CEASEFIRE\n+TRUCE\n+CEASE_FIRE\n\n--- AGREE [050] ---\nAGREE\n+CALL_FOR {+CALLS_FOR}\nKLM_+RST [002]\n- * (TO &CEASEFIRE) [0356] # c\n- + * {PEACE PLAN} [037:037]\n- bad pattern [1]\n";
        let mut w = Vec::new();
        let vf = read_verbs("v.txt", text, &mut w);
        assert_eq!(vf.synsets.len(), 1);
        assert_eq!(
            vf.synsets[0].1,
            vec![
                vec!["truce".to_string()],
                vec!["cease".into(), "fire".into()]
            ]
        );
        let b = &vf.blocks[0];
        assert_eq!(b.code.primary.as_deref(), Some("050"));
        assert_eq!(b.triggers.len(), 3);
        assert_eq!(b.triggers[1].words, vec!["call", "for"]);
        assert_eq!(b.triggers[2].verb_index, 1);
        assert_eq!(
            b.triggers[2]
                .code
                .as_ref()
                .and_then(|c| c.primary.clone())
                .as_deref(),
            Some("002")
        );
        assert_eq!(b.patterns.len(), 2);
        assert_eq!(b.patterns[1].code.paired.as_deref(), Some("037"));
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].line, Some(11));
    }
}
