//! `tacitus ontology`: look up CAMEO event codes, PLOVER types, CAMEO actor
//! and sector codes, and PLOVER contexts in the compiled-in tables.
//!
//! Wiring and printing only; the tables and lookups live in
//! `tacitus_core::ontology`.

use clap::{Subcommand, ValueEnum};
use serde::Serialize;
use serde_json::{Value, json};
use std::io::{self, Write};
use std::process::ExitCode;
use tacitus_core::ontology::{actors, cameo, mapping, plover, score_f64};

const EXAMPLES: &str = "\
Examples:
  tacitus ontology cameo 054                  # one CAMEO event code
  tacitus ontology cameo                      # all 312 codes
  tacitus ontology cameo 05 --format json     # a root, as JSON
  tacitus ontology plover SUPPORT             # a PLOVER type and its CAMEO codes
  tacitus ontology plover                     # the 16 PLOVER types
  tacitus ontology actor RUSGOV               # split and name an actor code
  tacitus ontology actor ---MIL               # unknown country, military
  tacitus ontology actor                      # all country, region and IGO codes
  tacitus ontology sector GOV                 # a sector and its PLOVER sector
  tacitus ontology context diplomatic         # a PLOVER context
  tacitus ontology cameo --format jsonl | jq -c 'select(.quad_class == 4)'

An unknown code is an error: exit status 1 and a message naming it.";

/// Look up CAMEO event codes, PLOVER types and contexts, and CAMEO actor and
/// sector codes in the tables compiled into tacitus.
#[derive(clap::Args)]
#[command(after_help = EXAMPLES)]
pub struct Args {
    #[command(subcommand)]
    pub what: What,
    /// Output format: text, json (one value; an array for lists), or jsonl
    /// (one object per line).
    #[arg(long, value_enum, default_value_t = Format::Text, global = true)]
    pub format: Format,
}

#[derive(Subcommand)]
pub enum What {
    /// A CAMEO event code (2-4 digits, e.g. 054); all codes when omitted.
    Cameo { code: Option<String> },
    /// A PLOVER event type (e.g. SUPPORT); all 16 types when omitted.
    Plover { event_type: Option<String> },
    /// A CAMEO actor code (RUS, RUSGOV, ---MIL, IGOUNO); all top-level codes when omitted.
    Actor {
        #[arg(allow_hyphen_values = true)]
        code: Option<String>,
    },
    /// A CAMEO or PLOVER sector code (GOV, MIL, HRI); all sectors when omitted.
    Sector { code: Option<String> },
    /// A PLOVER context (e.g. diplomatic); all contexts when omitted.
    Context { name: Option<String> },
}

/// How records are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
    Jsonl,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let result = match &args.what {
        What::Cameo { code: Some(code) } => one(
            cameo::lookup(code).map(|c| (cameo_json(c), cameo_text(c))),
            "CAMEO event code",
            code,
            "cameo",
        ),
        What::Cameo { code: None } => Ok(cameo::all()
            .iter()
            .map(|c| (cameo_json(c), cameo_line(c)))
            .collect()),
        What::Plover {
            event_type: Some(name),
        } => one(
            plover::event_type(name).map(|t| (plover_json(t), plover_text(t))),
            "PLOVER event type",
            name,
            "plover",
        ),
        What::Plover { event_type: None } => Ok(plover::all_types()
            .iter()
            .map(|t| {
                (
                    plover_json(t),
                    format!(
                        "{:<10} quad {}  {:>5}  {}",
                        t.name, t.quad_class, t.score, t.summary
                    ),
                )
            })
            .collect()),
        What::Actor { code: Some(code) } => {
            one(actor_record(code), "CAMEO actor code", code, "actor")
        }
        What::Actor { code: None } => Ok(actors::all_countries()
            .iter()
            .map(|c| {
                (
                    json!(c),
                    format!("{}  {:<13} {}", c.code, kind_name(c.kind), c.name),
                )
            })
            .collect()),
        What::Sector { code: Some(code) } => {
            one(sector_record(code), "sector code", code, "sector")
        }
        What::Sector { code: None } => Ok(actors::all_sectors()
            .iter()
            .map(|s| {
                let line = format!(
                    "{}  {:<40} PLOVER {}",
                    s.code,
                    s.name,
                    s.plover.unwrap_or("-")
                );
                (json!(s), line)
            })
            .collect()),
        What::Context { name: Some(name) } => one(
            plover::context(name).map(|c| (json!(c), format!("{}: {}", c.name, c.summary))),
            "PLOVER context",
            name,
            "context",
        ),
        What::Context { name: None } => Ok(plover::all_contexts()
            .iter()
            .map(|c| (json!(c), format!("{:<24} {}", c.name, c.summary)))
            .collect()),
    };
    let records = match result {
        Ok(records) => records,
        Err(message) => {
            eprintln!("tacitus: {message}");
            return Ok(ExitCode::from(1));
        }
    };
    let single = matches!(
        args.what,
        What::Cameo { code: Some(_) }
            | What::Plover {
                event_type: Some(_)
            }
            | What::Actor { code: Some(_) }
            | What::Sector { code: Some(_) }
            | What::Context { name: Some(_) }
    );
    print_records(&records, single, args.format)?;
    Ok(ExitCode::SUCCESS)
}

type Record = (Value, String);

fn one(
    found: Option<Record>,
    what: &str,
    code: &str,
    list_cmd: &str,
) -> Result<Vec<Record>, String> {
    found.map(|r| vec![r]).ok_or_else(|| {
        format!("unknown {what} `{code}` (`tacitus ontology {list_cmd}` lists them all)")
    })
}

fn print_records(records: &[Record], single: bool, format: Format) -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match format {
        Format::Text => {
            for (_, text) in records {
                writeln!(out, "{text}")?;
            }
        }
        Format::Json if single => {
            serde_json::to_writer_pretty(&mut out, &records[0].0)?;
            writeln!(out)?;
        }
        Format::Json => {
            let all: Vec<&Value> = records.iter().map(|(v, _)| v).collect();
            serde_json::to_writer_pretty(&mut out, &all)?;
            writeln!(out)?;
        }
        Format::Jsonl => {
            for (value, _) in records {
                serde_json::to_writer(&mut out, value)?;
                writeln!(out)?;
            }
        }
    }
    out.flush()
}

fn kind_name<T: Serialize>(kind: T) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn plover_mapping_text(m: &mapping::PloverMapping) -> String {
    let mut text = m.event_type.to_string();
    if let Some(mode) = m.mode {
        text.push_str(&format!(", mode {mode}"));
    }
    if !m.contexts.is_empty() {
        text.push_str(&format!(", context {}", m.contexts.join("; ")));
    }
    if let Some(score) = m.score() {
        text.push_str(&format!(" (PLOVER score {score})"));
    }
    if m.is_approximate() {
        text.push_str(" [nearest type: PLOVER has no statement type]");
    }
    text
}

fn cameo_json(c: &cameo::CameoCode) -> Value {
    let plover = mapping::exact(c.code).map(|m| {
        json!({
            "type": m.event_type,
            "mode": m.mode,
            "context": m.contexts,
            "score": m.score().map(score_f64),
            "approximate": m.is_approximate(),
        })
    });
    json!({
        "code": c.code,
        "name": c.name,
        "root": c.root,
        "root_name": c.root_code().name,
        "level": c.level,
        "quad_class": c.quad_class,
        "quad_class_name": cameo::quad_class_name(c.quad_class),
        "goldstein": score_f64(c.goldstein),
        "parent": c.parent().map(|p| p.code),
        "children": cameo::children(c.code).map(|k| k.code).collect::<Vec<_>>(),
        "plover": plover,
    })
}

fn cameo_text(c: &cameo::CameoCode) -> String {
    let level = match c.level {
        1 => "root",
        2 => "3-digit code",
        _ => "4-digit code",
    };
    let mut lines = vec![
        format!("{}  {}", c.code, c.name),
        format!("  root:        {} {}", c.root, c.root_code().name),
        format!("  level:       {} ({level})", c.level),
        format!(
            "  quad class:  {} ({})",
            c.quad_class,
            cameo::quad_class_name(c.quad_class).unwrap_or("?")
        ),
        format!("  Goldstein:   {:.1}", c.goldstein),
    ];
    if let Some(m) = mapping::exact(c.code) {
        lines.push(format!("  PLOVER:      {}", plover_mapping_text(&m)));
    }
    let children: Vec<&str> = cameo::children(c.code).map(|k| k.code).collect();
    if !children.is_empty() {
        lines.push(format!("  children:    {}", children.join(" ")));
    }
    lines.join("\n")
}

fn cameo_line(c: &cameo::CameoCode) -> String {
    let plover = mapping::exact(c.code).map_or("", |m| m.event_type);
    let indent = "  ".repeat(usize::from(c.level.saturating_sub(1)));
    format!(
        "{:<5} q{} {:>5.1}  {:<9}  {indent}{}",
        c.code, c.quad_class, c.goldstein, plover, c.name
    )
}

fn plover_json(t: &plover::PloverType) -> Value {
    let codes: Vec<&str> = mapping::cameo_codes_for(t.name).collect();
    let mut contexts: Vec<&str> = Vec::new();
    for code in &codes {
        for ctx in mapping::exact(code).map_or(&[][..], |m| m.contexts) {
            if !contexts.contains(ctx) {
                contexts.push(ctx);
            }
        }
    }
    json!({
        "name": t.name,
        "quad_class": t.quad_class,
        "quad_class_name": cameo::quad_class_name(t.quad_class),
        "requires_recipient": t.requires_recipient,
        "score": score_f64(t.score),
        "summary": t.summary,
        "modes": t.modes,
        "contexts": contexts,
        "cameo_codes": codes,
    })
}

fn plover_text(t: &plover::PloverType) -> String {
    let value = plover_json(t);
    let mut lines = vec![
        format!("{}  {}", t.name, t.summary),
        format!(
            "  quad class:  {} ({})",
            t.quad_class,
            cameo::quad_class_name(t.quad_class).unwrap_or("?")
        ),
        format!("  score:       {}", t.score),
        format!(
            "  recipient:   {}",
            if t.requires_recipient {
                "required"
            } else {
                "optional"
            }
        ),
    ];
    if t.modes.is_empty() {
        lines.push("  modes:       none".to_string());
    } else {
        lines.push("  modes:".to_string());
        for m in t.modes {
            lines.push(format!("    {:<15} {:>5}  {}", m.name, m.score, m.summary));
        }
    }
    let list = |key: &str| -> String {
        value[key]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default()
    };
    lines.push(format!(
        "  contexts used by its CAMEO codes: {}",
        list("contexts")
    ));
    lines.push(format!("  CAMEO codes: {}", list("cameo_codes")));
    lines.join("\n")
}

fn actor_record(code: &str) -> Option<Record> {
    let parts = actors::split_actor_code(code);
    let country = parts.country.and_then(actors::country);
    // The top-level chunk must be known (or `---`), and so must at least one
    // chunk overall; unknown sector chunks are reported, not rejected.
    if parts.country.is_some() && country.is_none() {
        return None;
    }
    if country.is_none() && parts.sectors.iter().all(|s| actors::sector(s).is_none()) {
        return None;
    }
    let sectors: Vec<Value> = parts
        .sectors
        .iter()
        .map(|s| match actors::sector(s) {
            Some(known) => json!(known),
            None => json!({"code": s, "name": null}),
        })
        .collect();
    let affiliations: Vec<Value> = parts
        .affiliations
        .iter()
        .filter_map(|a| actors::country(a))
        .map(|c| json!(c))
        .collect();
    let value = json!({
        "code": code.trim(),
        "country": country,
        "primary_sector": parts.primary_sector(),
        "sectors": sectors,
        "affiliations": affiliations,
    });
    let mut lines = vec![code.trim().to_string()];
    match country {
        Some(c) => lines.push(format!(
            "  country:     {}  {} ({})",
            c.code,
            c.name,
            kind_name(c.kind)
        )),
        None => lines.push("  country:     none (unknown or not given)".to_string()),
    }
    for a in parts.affiliations.iter().filter_map(|a| actors::country(a)) {
        lines.push(format!("  affiliation: {}  {}", a.code, a.name));
    }
    for s in &parts.sectors {
        match actors::sector(s) {
            Some(k) => lines.push(format!(
                "  sector:      {}  {} ({}; PLOVER {})",
                k.code,
                k.name,
                kind_name(k.kind),
                k.plover.unwrap_or("-")
            )),
            None => lines.push(format!("  sector:      {s}  (not in our table)")),
        }
    }
    Some((value, lines.join("\n")))
}

fn sector_record(code: &str) -> Option<Record> {
    if let Some(s) = actors::sector(code) {
        let plover_name = s.plover.and_then(plover::sector).map(|p| p.name);
        let value = json!({
            "code": s.code,
            "name": s.name,
            "kind": s.kind,
            "plover": s.plover,
            "plover_name": plover_name,
        });
        let text = format!(
            "{}  {}\n  kind:        {}\n  PLOVER:      {}",
            s.code,
            s.name,
            kind_name(s.kind),
            match (s.plover, plover_name) {
                (Some(p), Some(n)) => format!("{p} ({n})"),
                _ => "no PLOVER sector".to_string(),
            }
        );
        return Some((value, text));
    }
    // PLOVER-only sector codes (PRM, PRE, SOC, UNK...)
    plover::sector(code).map(|p| {
        let value = json!({"code": p.code, "name": p.name, "kind": "plover", "plover": p.code, "plover_name": p.name});
        (value, format!("{}  {}\n  PLOVER sector (not a CAMEO code)", p.code, p.name))
    })
}
