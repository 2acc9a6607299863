//! PETRARCH actor, agent and discard dictionaries (issues: `issues.rs`).

use super::{Lines, parse_codes};
use crate::model::{
    ActorEntry, AgentEntry, AgentPosition, DiscardEntry, DiscardScope, entry_ref, phrase_words,
};
use tacitus_core::RecordError;

/// Reads a PETRARCH actor file: `NAME [CODE]`, `+SYNONYM` lines, and code lines
/// `[CODE >YYMMDD]`, `[CODE <YYMMDD]`, `[CODE YYMMDD-YYMMDD]` under a name.
pub fn read_actors(file: &str, text: &str, warnings: &mut Vec<RecordError>) -> Vec<ActorEntry> {
    let mut out = Vec::new();
    let mut current: Option<ActorEntry> = None;
    let finish =
        |cur: Option<ActorEntry>, out: &mut Vec<ActorEntry>, warnings: &mut Vec<RecordError>| {
            if let Some(e) = cur {
                if e.codes.is_empty() {
                    warnings.push(RecordError::new(
                        file,
                        e.entry.line.map(u64::from),
                        Some("code"),
                        format!("actor `{}` has no code; skipped", e.entry.text),
                    ));
                } else if !e.phrases.is_empty() {
                    out.push(e);
                }
            }
        };
    for (lineno, line) in Lines::new(text) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix('+') {
            let (name, codes) = split_name_codes(rest);
            match current.as_mut() {
                Some(e) => {
                    let words = phrase_words(name);
                    if !words.is_empty() {
                        e.phrases.push(words);
                    }
                    add_codes(e, &codes, file, lineno, warnings);
                }
                None => warnings.push(RecordError::new(
                    file,
                    Some(lineno as u64),
                    Some("synonym"),
                    "synonym line before any actor; skipped",
                )),
            }
            continue;
        }
        if trimmed.starts_with('[') {
            match current.as_mut() {
                Some(e) => add_codes(e, trimmed, file, lineno, warnings),
                None => warnings.push(RecordError::new(
                    file,
                    Some(lineno as u64),
                    Some("code"),
                    "code line before any actor; skipped",
                )),
            }
            continue;
        }
        finish(current.take(), &mut out, warnings);
        let (name, codes) = split_name_codes(trimmed);
        let words = phrase_words(name);
        if words.is_empty() {
            warnings.push(RecordError::new(
                file,
                Some(lineno as u64),
                Some("name"),
                "empty actor name; skipped",
            ));
            continue;
        }
        let mut entry = ActorEntry {
            codes: Vec::new(),
            phrases: vec![words],
            entry: entry_ref(file, lineno, None, name),
        };
        add_codes(&mut entry, &codes, file, lineno, warnings);
        current = Some(entry);
    }
    finish(current, &mut out, warnings);
    out
}

fn add_codes(
    e: &mut ActorEntry,
    codes: &str,
    file: &str,
    lineno: usize,
    warnings: &mut Vec<RecordError>,
) {
    if codes.trim().is_empty() {
        return;
    }
    match parse_codes(codes) {
        Ok(list) => {
            if e.entry.id.is_none() {
                e.entry.id = list.first().map(|c| c.code.clone());
            }
            e.codes.extend(list);
        }
        Err(msg) => warnings.push(RecordError::new(
            file,
            Some(lineno as u64),
            Some("code"),
            msg,
        )),
    }
}

/// Splits `NAME [CODES...]` into the name and the bracketed part.
fn split_name_codes(s: &str) -> (&str, String) {
    match s.find('[') {
        Some(i) => (s[..i].trim(), s[i..].to_string()),
        None => (s.trim(), String::new()),
    }
}

/// Reads a PETRARCH agent file: `!SUBST! = A, B` substitutions, then
/// `PHRASE {PLURALS} [~CODE]` or `[CODE~]` lines.
pub fn read_agents(file: &str, text: &str, warnings: &mut Vec<RecordError>) -> Vec<AgentEntry> {
    let mut substitutions: Vec<(String, Vec<String>)> = Vec::new();
    let mut out = Vec::new();
    for (lineno, line) in Lines::new(text) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if trimmed.starts_with('!')
            && let Some((name, values)) = trimmed.split_once('=')
        {
            let name = name.trim().to_string();
            let values = values
                .split(',')
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
                .collect();
            substitutions.push((name, values));
            continue;
        }
        let Some(open) = trimmed.find('[') else {
            warnings.push(RecordError::new(
                file,
                Some(lineno as u64),
                Some("code"),
                "agent without `[code]`; skipped",
            ));
            continue;
        };
        let close = trimmed[open..]
            .find(']')
            .map(|c| open + c)
            .unwrap_or(trimmed.len());
        let code_text = trimmed[open + 1..close].trim().replace(' ', "");
        let head = &trimmed[..open];
        let (name, plurals) = match (head.find('{'), head.find('}')) {
            (Some(a), Some(b)) if a < b => (head[..a].trim(), Some(head[a + 1..b].trim())),
            _ => (head.trim(), None),
        };
        let (position, bare) = if let Some(c) = code_text.strip_prefix('~') {
            (AgentPosition::Suffix, c.to_string())
        } else if let Some(c) = code_text.strip_suffix('~') {
            (AgentPosition::Prefix, c.to_string())
        } else {
            (AgentPosition::Suffix, code_text.clone())
        };
        let codes = match parse_codes(&format!("[{bare}]")) {
            Ok(c) if !c.is_empty() => c,
            _ => {
                warnings.push(RecordError::new(
                    file,
                    Some(lineno as u64),
                    Some("code"),
                    format!("bad agent code `{code_text}`; skipped"),
                ));
                continue;
            }
        };
        let mut names = expand_substitutions(name, &substitutions);
        match plurals {
            Some(p) if !p.is_empty() => {
                for form in p.split_whitespace() {
                    names.extend(expand_substitutions(form, &substitutions));
                }
            }
            Some(_) => {}
            None => {
                let plural: Vec<String> = names.iter().map(|n| pluralize(n)).collect();
                names.extend(plural);
            }
        }
        let mut phrases: Vec<Vec<String>> = names
            .iter()
            .map(|n| phrase_words(n))
            .filter(|w| !w.is_empty())
            .collect();
        phrases.dedup();
        if phrases.is_empty() {
            warnings.push(RecordError::new(
                file,
                Some(lineno as u64),
                Some("name"),
                "empty agent phrase; skipped",
            ));
            continue;
        }
        out.push(AgentEntry {
            codes,
            position,
            phrases,
            entry: entry_ref(file, lineno, Some(code_text), head),
        });
    }
    out
}

fn expand_substitutions(name: &str, subs: &[(String, Vec<String>)]) -> Vec<String> {
    for (marker, values) in subs {
        if name.contains(marker.as_str()) {
            return values
                .iter()
                .flat_map(|v| expand_substitutions(&name.replacen(marker.as_str(), v, 1), subs))
                .collect();
        }
    }
    vec![name.to_string()]
}

/// English regular plural of the last word of a phrase (`MINISTER` ->
/// `MINISTERS`, `MAN` -> `MEN`, `PARTY` -> `PARTIES`).
pub fn pluralize(phrase: &str) -> String {
    let trimmed = phrase.trim_end_matches('_');
    let lower = trimmed.to_lowercase();
    let upper = trimmed.chars().any(|c| c.is_uppercase());
    let plural = if lower.ends_with("man") {
        format!("{}men", &lower[..lower.len() - 3])
    } else if lower.ends_with('y')
        && !lower.ends_with("ay")
        && !lower.ends_with("ey")
        && !lower.ends_with("oy")
    {
        format!("{}ies", &lower[..lower.len() - 1])
    } else if ["s", "x", "ch", "sh", "z"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        format!("{lower}es")
    } else {
        format!("{lower}s")
    };
    if upper { plural.to_uppercase() } else { plural }
}

/// Reads a PETRARCH discard file: one phrase a line, `+` for story discards.
pub fn read_discards(file: &str, text: &str, _warnings: &mut [RecordError]) -> Vec<DiscardEntry> {
    Lines::new(text)
        .filter_map(|(lineno, line)| {
            let t = line.trim();
            if t.is_empty() {
                return None;
            }
            let (scope, phrase) = match t.strip_prefix('+') {
                Some(rest) => (DiscardScope::Story, rest),
                None => (DiscardScope::Sentence, t),
            };
            let words = phrase_words(phrase);
            (!words.is_empty()).then(|| DiscardEntry {
                scope,
                phrase: words,
                entry: entry_ref(file, lineno, None, t),
            })
        })
        .collect()
}
