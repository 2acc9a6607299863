//! Our own dictionary format, tacdict version 1 (see `data/README.md`).

use crate::model::{
    ActorEntry, AgentEntry, AgentPosition, CodePair, DatedCode, DepArg, DictKind, Dictionaries,
    DiscardEntry, DiscardScope, FileSummary, PatternBody, PloverRule, VerbBlock, VerbPattern,
    VerbTrigger, entry_ref, phrase_words,
};
use chrono::NaiveDate;
use tacitus_core::RecordError;

/// Resolves `@include FILE` (path relative to the including file) to its text.
pub trait IncludeResolver {
    fn resolve(&self, from: &str, include: &str) -> Result<(String, String), String>;
}

/// Parses one tacdict file into `dicts`. `resolver` loads `@include`d files.
pub fn read_tacdict(
    file: &str,
    text: &str,
    dicts: &mut Dictionaries,
    resolver: &dyn IncludeResolver,
    depth: usize,
) {
    let mut kind: Option<DictKind> = None;
    let mut count = 0usize;
    let warn = |dicts: &mut Dictionaries, line: usize, field: &str, msg: String| {
        dicts
            .warnings
            .push(RecordError::new(file, Some(line as u64), Some(field), msg));
    };
    for (i, raw) in text.lines().enumerate() {
        let lineno = i + 1;
        let line = raw.split('#').next().unwrap_or_default().trim();
        if line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix("@kind") {
            kind = match rest.trim() {
                "actors" => Some(DictKind::Actors),
                "agents" => Some(DictKind::Agents),
                "verbs" => Some(DictKind::Verbs),
                "discards" => Some(DictKind::Discards),
                "plover" => Some(DictKind::Plover),
                other => {
                    warn(dicts, lineno, "@kind", format!("unknown kind `{other}`"));
                    None
                }
            };
            continue;
        }
        if let Some(rest) = line.strip_prefix("@include") {
            if depth > 8 {
                warn(dicts, lineno, "@include", "includes nested too deep".into());
                continue;
            }
            match resolver.resolve(file, rest.trim()) {
                Ok((path, body)) => read_tacdict(&path, &body, dicts, resolver, depth + 1),
                Err(msg) => warn(dicts, lineno, "@include", msg),
            }
            continue;
        }
        let Some(kind) = kind else {
            warn(
                dicts,
                lineno,
                "@kind",
                "entry before `@kind`; skipped".into(),
            );
            continue;
        };
        let fields: Vec<&str> = line.split(" | ").map(str::trim).collect();
        let result = match kind {
            DictKind::Actors => actor(file, lineno, &fields).map(|a| dicts.actors.push(a)),
            DictKind::Agents => agent(file, lineno, &fields).map(|a| dicts.agents.push(a)),
            DictKind::Verbs => verb(file, lineno, &fields).map(|v| dicts.verbs.push(v)),
            DictKind::Discards => discard(file, lineno, &fields).map(|d| dicts.discards.push(d)),
            DictKind::Plover => plover(file, lineno, &fields).map(|p| dicts.plover.push(p)),
            DictKind::Issues => Err("issues are not a tacdict kind".into()),
        };
        match result {
            Ok(()) => count += 1,
            Err(msg) => warn(dicts, lineno, "entry", format!("{msg}; skipped")),
        }
    }
    if let Some(kind) = kind {
        dicts.files.push(FileSummary {
            path: file.to_string(),
            kind,
            entries: count,
        });
    }
}

fn need(fields: &[&str], n: usize) -> Result<(), String> {
    if fields.len() != n || fields.iter().any(|f| f.is_empty()) {
        return Err(format!(
            "expected {n} non-empty fields separated by ` | `, found {}",
            fields.len()
        ));
    }
    Ok(())
}

fn iso(s: &str) -> Result<Option<NaiveDate>, String> {
    if s.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| format!("bad date `{s}`"))
}

/// `RUSGOV`, `AFGREB ..2021-08-15`, `AFGGOV 2021-08-15..`.
fn dated_codes(field: &str) -> Result<Vec<DatedCode>, String> {
    let mut out = Vec::new();
    for item in field.split(';').map(str::trim).filter(|s| !s.is_empty()) {
        let mut parts = item.split_whitespace();
        let code = parts.next().unwrap_or_default();
        if !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(format!("bad code `{code}`"));
        }
        let mut d = DatedCode::plain(code.to_uppercase());
        if let Some(range) = parts.next() {
            let (a, b) = range
                .split_once("..")
                .ok_or_else(|| format!("bad date range `{range}`"))?;
            d.from = iso(a)?;
            d.until = iso(b)?;
        }
        out.push(d);
    }
    if out.is_empty() {
        return Err("no code".into());
    }
    Ok(out)
}

fn phrases(field: &str) -> Vec<Vec<String>> {
    field
        .split(';')
        .map(phrase_words)
        .filter(|p| !p.is_empty())
        .collect()
}

fn actor(file: &str, line: usize, f: &[&str]) -> Result<ActorEntry, String> {
    need(f, 3)?;
    Ok(ActorEntry {
        codes: dated_codes(f[1])?,
        phrases: phrases(f[2]),
        entry: entry_ref(file, line, Some(f[0].into()), f[2]),
    })
}

fn agent(file: &str, line: usize, f: &[&str]) -> Result<AgentEntry, String> {
    need(f, 3)?;
    Ok(AgentEntry {
        codes: dated_codes(f[1])?,
        position: AgentPosition::Suffix,
        phrases: phrases(f[2]),
        entry: entry_ref(file, line, Some(f[0].into()), f[2]),
    })
}

fn discard(file: &str, line: usize, f: &[&str]) -> Result<DiscardEntry, String> {
    need(f, 3)?;
    let scope = match f[1] {
        "sentence" => DiscardScope::Sentence,
        "story" => DiscardScope::Story,
        other => return Err(format!("scope `{other}` is neither `sentence` nor `story`")),
    };
    Ok(DiscardEntry {
        scope,
        phrase: phrase_words(f[2]),
        entry: entry_ref(file, line, Some(f[0].into()), f[2]),
    })
}

fn plover(file: &str, line: usize, f: &[&str]) -> Result<PloverRule, String> {
    need(f, 4)?;
    let (field, value) = f[2]
        .split_once('=')
        .ok_or_else(|| format!("`{}` is not mode=NAME or context=NAME", f[2]))?;
    if field != "mode" && field != "context" {
        return Err(format!("`{field}` is neither mode nor context"));
    }
    Ok(PloverRule {
        scope: f[1].to_string(),
        field: field.to_string(),
        value: value.to_string(),
        words: f[3]
            .split(',')
            .map(|w| w.trim().to_lowercase())
            .filter(|w| !w.is_empty())
            .collect(),
        entry: entry_ref(file, line, Some(f[0].into()), f[3]),
    })
}

fn verb(file: &str, line: usize, f: &[&str]) -> Result<VerbBlock, String> {
    need(f, 3)?;
    let code = f[1];
    if !(3..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("bad CAMEO code `{code}`"));
    }
    let mut parts = f[2].split_whitespace();
    let trigger = parts.next().ok_or("empty pattern")?;
    let (noun, trig) = match trigger.strip_prefix("n:") {
        Some(t) => (true, t),
        None => (false, trigger),
    };
    let words: Vec<String> = trig
        .split('_')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return Err("empty trigger".into());
    }
    let mut args = Vec::new();
    for arg in parts {
        let (rel, filler) = arg
            .split_once('=')
            .ok_or_else(|| format!("argument `{arg}` is not REL=FILLER"))?;
        let mut dep = DepArg {
            rel: rel.to_string(),
            lemmas: Vec::new(),
            target: false,
        };
        let mut rest = filler;
        if let Some(open) = rest.strip_prefix('{') {
            let close = open
                .find('}')
                .ok_or_else(|| format!("unclosed `{{` in `{arg}`"))?;
            dep.lemmas = open[..close]
                .split(',')
                .map(|w| w.trim().to_lowercase())
                .filter(|w| !w.is_empty())
                .collect();
            rest = &open[close + 1..];
        }
        match rest {
            "$target" => dep.target = true,
            "" | "*" => {}
            other => return Err(format!("bad filler `{other}` in `{arg}`")),
        }
        args.push(dep);
    }
    let entry = entry_ref(file, line, Some(f[0].into()), f[2]);
    let code = CodePair {
        primary: Some(code.to_string()),
        paired: None,
    };
    Ok(VerbBlock {
        name: f[0].to_string(),
        code: code.clone(),
        triggers: vec![VerbTrigger {
            words,
            verb_index: 0,
            forms: Vec::new(),
            noun,
            code: None,
            entry: entry.clone(),
        }],
        patterns: vec![VerbPattern {
            body: PatternBody::Dependency { args },
            code,
            entry: entry.clone(),
        }],
        entry,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    struct NoIncludes;
    impl IncludeResolver for NoIncludes {
        fn resolve(&self, _: &str, inc: &str) -> Result<(String, String), String> {
            Err(format!("no include {inc}"))
        }
    }

    #[test]
    fn reads_all_kinds() {
        let text = "@kind actors\nACT.AFG.TALIBAN  | AFGREB ..2021-08-15; AFGGOV 2021-08-15.. | Taliban; Islamic Emirate of Afghanistan\nBAD | | x\n@kind agents\nAGT.GOV | GOV | president; head of state\n@kind verbs\nV1 | 054 | recognize dobj={government,regime}$target prep:as=*\n@kind discards\nD1 | story | football\n";
        let mut d = Dictionaries::default();
        read_tacdict("t.tacdict", text, &mut d, &NoIncludes, 0);
        assert_eq!(d.actors.len(), 1);
        assert_eq!(
            d.actors[0].codes[1].from,
            NaiveDate::from_ymd_opt(2021, 8, 15)
        );
        assert_eq!(
            d.actors[0].phrases[1],
            vec!["islamic", "emirate", "of", "afghanistan"]
        );
        assert_eq!(d.agents[0].phrases.len(), 2);
        match &d.verbs[0].patterns[0].body {
            PatternBody::Dependency { args } => {
                assert_eq!(args[0].lemmas, vec!["government", "regime"]);
                assert!(args[0].target);
                assert_eq!(args[1].rel, "prep:as");
            }
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(d.discards[0].scope, DiscardScope::Story);
        assert_eq!(d.warnings.len(), 1);
        assert_eq!(d.warnings[0].line, Some(3));
    }
}
