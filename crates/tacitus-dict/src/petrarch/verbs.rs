//! The PETRARCH-2 verb dictionary (CAMEO.2.0.txt format): synonym sets
//! (`&NAME` + `+WORD` lines), verb blocks (`--- NAME [CODE] ---`), verb lines
//! with irregular forms (`BREAK {BROKE BROKEN}`) and multi-word verbs
//! (`+BREAK_DOWN`, `KLM_NOP_+RST [002]`), patterns (`- * {NP} (PP) [CODE]`)
//! and transformations (`~ a (b . ATTACK) SAY = a b 112`, see
//! [`parse_transformation`]).

use super::Lines;
use crate::model::{
    CodePair, PatternBody, PatternItem, TransformActor, TransformEvent, TransformTarget,
    TransformVerb, Transformation, VerbBlock, VerbPattern, VerbTrigger, entry_ref, phrase_words,
};
use tacitus_core::RecordError;

/// What a verb file holds.
#[derive(Debug, Default)]
pub struct VerbFile {
    pub blocks: Vec<VerbBlock>,
    pub synsets: Vec<(String, Vec<Vec<String>>)>,
    /// Verb transformations (`~` lines), verbs not yet resolved to codes.
    pub transformations: Vec<Transformation>,
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
        if let Some(rule) = t.strip_prefix('~') {
            match parse_transformation(rule) {
                Ok((pattern, source, target, code)) => out.transformations.push(Transformation {
                    pattern,
                    source,
                    target,
                    code,
                    entry: entry_ref(file, lineno, None, t),
                }),
                Err(msg) => warn(
                    warnings,
                    "transformation",
                    format!("{msg} in `{t}`; transformation skipped"),
                ),
            }
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

/// A parsed transformation: pattern, result source and target variables,
/// result code (`None`: the code bound by `Q`).
pub type ParsedTransformation = (TransformEvent, String, String, Option<String>);

/// Parses a transformation (the text after `~`). PETRARCH-2 writes each
/// event as `SOURCE TARGET VERB`, the target being an actor or a
/// parenthesised event, and the result after `=` as `SOURCE TARGET CODE`:
/// `a (b . ATTACK) SAY = a b 112` reads "a says that b attacked someone:
/// a accuses b (112)". Actors are lower-case variables, `.` (any actor) or
/// `_` (none); verbs are dictionary verbs (`SAY`, `WILL_ATTACK`), CAMEO
/// codes, or `Q` (any code, which the result may reuse).
pub fn parse_transformation(text: &str) -> Result<ParsedTransformation, String> {
    let (lhs, rhs) = text
        .split_once('=')
        .ok_or("no `=` between the pattern and the result")?;
    let spaced = lhs.replace('(', " ( ").replace(')', " ) ");
    let tokens: Vec<&str> = spaced.split_whitespace().collect();
    let mut pos = 0;
    let pattern = parse_transform_event(&tokens, &mut pos)?;
    if pos != tokens.len() {
        return Err(format!("unexpected `{}` after the pattern", tokens[pos]));
    }
    if !matches!(pattern.target, TransformTarget::Event(_)) {
        return Err("the pattern embeds no event `( ... )`".into());
    }
    let result: Vec<&str> = rhs.split_whitespace().collect();
    let [source, target, code] = result[..] else {
        return Err(format!(
            "the result needs `SOURCE TARGET CODE`, found {} word(s)",
            result.len()
        ));
    };
    let mut vars = Vec::new();
    let mut any_code = false;
    collect_vars(&pattern, &mut vars, &mut any_code);
    for v in [source, target] {
        if !vars.iter().any(|x| x == v) {
            return Err(format!(
                "the result names `{v}`, not a variable of the pattern"
            ));
        }
    }
    let code = if code == "Q" {
        if !any_code {
            return Err("the result reuses `Q` but the pattern binds no `Q`".into());
        }
        None
    } else if is_code(code) {
        Some(code.to_string())
    } else {
        return Err(format!("`{code}` is neither a CAMEO code nor `Q`"));
    };
    Ok((pattern, source.to_string(), target.to_string(), code))
}

fn is_code(s: &str) -> bool {
    (2..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

fn is_var(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase())
}

fn parse_transform_actor(token: Option<&&str>) -> Result<TransformActor, String> {
    match token.copied() {
        Some("_") => Ok(TransformActor::Absent),
        Some(".") => Ok(TransformActor::Any),
        Some(v) if is_var(v) => Ok(TransformActor::Var(v.to_string())),
        Some(other) => Err(format!(
            "`{other}` where an actor (a lower-case variable, `.` or `_`) belongs"
        )),
        None => Err("the pattern ends where an actor belongs".into()),
    }
}

fn parse_transform_event(tokens: &[&str], pos: &mut usize) -> Result<TransformEvent, String> {
    let source = parse_transform_actor(tokens.get(*pos))?;
    *pos += 1;
    let target = if tokens.get(*pos) == Some(&"(") {
        *pos += 1;
        let inner = parse_transform_event(tokens, pos)?;
        if tokens.get(*pos) != Some(&")") {
            return Err("unclosed `(`".into());
        }
        *pos += 1;
        TransformTarget::Event(Box::new(inner))
    } else {
        let a = parse_transform_actor(tokens.get(*pos))?;
        *pos += 1;
        TransformTarget::Actor(a)
    };
    let verb = match tokens.get(*pos).copied() {
        None | Some("(" | ")") => return Err("an event of the pattern has no verb".into()),
        Some("Q") => TransformVerb::Any,
        Some(c) if is_code(c) => TransformVerb::Code(c.to_string()),
        Some(w)
            if w.bytes()
                .all(|b| b.is_ascii_alphabetic() || b == b'_' || b == b'+') =>
        {
            let words = phrase_words(&w.replace('+', ""));
            TransformVerb::Verb { words, code: None }
        }
        Some(other) => return Err(format!("`{other}` is not a verb, code or `Q`")),
    };
    *pos += 1;
    Ok(TransformEvent {
        source,
        target,
        verb,
    })
}

fn collect_vars(e: &TransformEvent, vars: &mut Vec<String>, any_code: &mut bool) {
    let mut add = |a: &TransformActor| {
        if let TransformActor::Var(v) = a
            && !vars.contains(v)
        {
            vars.push(v.clone());
        }
    };
    add(&e.source);
    match &e.target {
        TransformTarget::Actor(a) => add(a),
        TransformTarget::Event(inner) => collect_vars(inner, vars, any_code),
    }
    *any_code |= e.verb == TransformVerb::Any;
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

    #[test]
    fn reads_transformations() {
        // Our own rules: "a reports that a itself helped b" is a's own aid;
        // "a wants b to fight" is an appeal to b.
        let text = "--- HELP [070] ---\nHELP\n\n~ a (a b HELP) REPORT = a b 071\n\
                    ~ x (y . 190) WANT = x y 021\n~ a (b c Q) REPORT = a b Q\n\
                    ~ a b REPORT = a b 010\n~ a (b . HELP) REPORT = a c 020\n\
                    ~ a (b . HELP REPORT = a b 020\n~ a (_ b HELP) REPORT\n";
        let mut w = Vec::new();
        let vf = read_verbs("t.txt", text, &mut w);
        assert_eq!(vf.transformations.len(), 3, "{w:?}");
        let t = &vf.transformations[0];
        assert_eq!(t.entry.line, Some(4));
        assert_eq!((t.source.as_str(), t.target.as_str()), ("a", "b"));
        assert_eq!(t.code.as_deref(), Some("071"));
        assert_eq!(vf.transformations[2].code, None, "`Q`: the bound code");
        assert_eq!(t.pattern.source, TransformActor::Var("a".into()));
        let TransformTarget::Event(inner) = &t.pattern.target else {
            panic!("nested event expected")
        };
        assert_eq!(inner.source, TransformActor::Var("a".into()));
        assert_eq!(
            inner.verb,
            TransformVerb::Verb {
                words: vec!["help".into()],
                code: None
            }
        );
        assert_eq!(
            t.pattern.verb,
            TransformVerb::Verb {
                words: vec!["report".into()],
                code: None
            }
        );
        let t = &vf.transformations[1];
        assert_eq!(t.code.as_deref(), Some("021"));
        let TransformTarget::Event(inner) = &t.pattern.target else {
            panic!("nested event expected")
        };
        assert_eq!(inner.target, TransformTarget::Actor(TransformActor::Any));
        assert_eq!(inner.verb, TransformVerb::Code("190".into()));
        // Four bad lines, each named by its line: no embedded event, an
        // unbound result variable, an unclosed group, no result.
        let lines: Vec<_> = w.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![Some(7), Some(8), Some(9), Some(10)], "{w:?}");
    }
}
