//! `tacitus query`: filtered events from the database, as a table, JSON
//! lines or CSV (the last two in `tacitus-format`'s records).

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use tacitus_core::CharOffsets;
use tacitus_format::{EventContext, EventFormat, EventWriter};
use tacitus_store::{EventFilter, EventRow, Store};

/// Query events in the database, newest first.
///
/// Examples:
///
///   tacitus query --db events.db --country AFG
///   tacitus query --db events.db --dyad RUS:AFG --cameo 05 --format jsonl
///   tacitus query --db events.db --actor "Taliban" --date-from 2025-07-01
#[derive(clap::Args)]
pub struct Args {
    /// The database file.
    #[arg(long, value_name = "PATH")]
    pub db: PathBuf,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    pub format: QueryFormat,
}

/// How `query` prints events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum QueryFormat {
    /// An aligned text table.
    Table,
    /// JSON lines with full provenance.
    Jsonl,
    /// CSV with a header row.
    Csv,
}

/// Event filters shared by `query` and others.
#[derive(Debug, Clone, clap::Args)]
pub struct FilterArgs {
    /// Actor code prefix (RUS, AFGGOV) or words of an actor's name.
    #[arg(long)]
    pub actor: Option<String>,
    /// Country code of the source or the target (RUS).
    #[arg(long)]
    pub country: Option<String>,
    /// Sector code of the source or the target (GOV, MIL).
    #[arg(long)]
    pub sector: Option<String>,
    /// Source and target code prefixes, SOURCE:TARGET (RUS:AFG).
    #[arg(long, value_name = "A:B")]
    pub dyad: Option<String>,
    /// CAMEO code or root prefix (05, 054).
    #[arg(long)]
    pub cameo: Option<String>,
    /// Quad class 1-4.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    pub quad: Option<u8>,
    /// PLOVER event type (SUPPORT, CONSULT, ...).
    #[arg(long)]
    pub plover: Option<String>,
    /// First date (ISO, inclusive).
    #[arg(long, value_name = "DATE")]
    pub date_from: Option<chrono::NaiveDate>,
    /// Last date (ISO, inclusive).
    #[arg(long, value_name = "DATE")]
    pub date_to: Option<chrono::NaiveDate>,
    /// Outlet of the document (as stored).
    #[arg(long)]
    pub outlet: Option<String>,
    /// At most this many events (1-1000) [default: every matching event
    /// for jsonl and csv, 50 for the table].
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=1000))]
    pub limit: Option<u64>,
    /// Skip this many events first (at most 10000).
    #[arg(long, default_value_t = 0)]
    pub offset: u64,
}

impl FilterArgs {
    pub fn to_filter(&self) -> anyhow::Result<EventFilter> {
        let dyad = match &self.dyad {
            None => None,
            Some(d) => match d.split_once(':') {
                Some((a, b)) if !a.is_empty() && !b.is_empty() => {
                    Some((a.to_string(), b.to_string()))
                }
                _ => anyhow::bail!("--dyad must be SOURCE:TARGET like RUS:AFG, got {d:?}"),
            },
        };
        Ok(EventFilter {
            actor: self.actor.clone(),
            country: self.country.clone(),
            sector: self.sector.clone(),
            dyad,
            cameo: self.cameo.clone(),
            quad: self.quad,
            plover: self.plover.clone(),
            date_from: self.date_from,
            date_to: self.date_to,
            outlet: self.outlet.clone(),
            doc_id: None,
            limit: self.limit.unwrap_or(50) as usize,
            offset: self.offset as usize,
            after: None,
        })
    }
}

/// Character offsets per stored document, looked up once each.
pub struct OffsetCache<'s> {
    store: &'s Store,
    cache: HashMap<i64, (CharOffsets, Option<String>)>,
}

impl<'s> OffsetCache<'s> {
    pub fn new(store: &'s Store) -> Self {
        OffsetCache {
            store,
            cache: HashMap::new(),
        }
    }

    /// Offsets and URL of the row's document.
    pub fn get(&mut self, row: &EventRow) -> anyhow::Result<(&CharOffsets, Option<&str>)> {
        if !self.cache.contains_key(&row.doc_rowid) {
            if self.cache.len() > 256 {
                self.cache.clear();
            }
            let view_text = self.store.document_text(row.doc_rowid)?;
            let url = self.store.document_url(row.doc_rowid)?;
            self.cache
                .insert(row.doc_rowid, (CharOffsets::new(&view_text), url));
        }
        let (o, u) = self
            .cache
            .get(&row.doc_rowid)
            .ok_or_else(|| anyhow::anyhow!("document cache"))?;
        Ok((o, u.as_deref()))
    }
}

/// Writes rows in an exchange format.
pub fn write_rows(
    store: &Store,
    rows: &[EventRow],
    format: EventFormat,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let mut cache = OffsetCache::new(store);
    let mut writer = EventWriter::new(format, out);
    for row in rows {
        write_row(&mut cache, &mut writer, row)?;
    }
    writer.finish()?;
    Ok(())
}

fn write_row(
    cache: &mut OffsetCache<'_>,
    writer: &mut EventWriter<&mut dyn Write>,
    row: &EventRow,
) -> anyhow::Result<()> {
    let (offsets, url) = cache.get(row)?;
    writer.write_with(
        &row.event,
        &EventContext {
            offsets: Some(offsets),
            url,
        },
    )?;
    Ok(())
}

/// Writes every event matching `filter` (from its offset on), a page at a
/// time, following page cursors.
fn write_all(
    store: &Store,
    mut filter: EventFilter,
    format: EventFormat,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let mut cache = OffsetCache::new(store);
    let mut writer = EventWriter::new(format, out);
    filter.limit = tacitus_store::MAX_PAGE;
    loop {
        let page = store.event_page(&filter)?;
        for row in store.events_by_ids(&page.ids)? {
            write_row(&mut cache, &mut writer, &row)?;
        }
        match page.next {
            Some(next) => {
                filter.after = Some(next);
                filter.offset = 0;
            }
            None => break,
        }
    }
    writer.finish()?;
    Ok(())
}

fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn print_table(rows: &[EventRow], out: &mut dyn Write) -> std::io::Result<()> {
    let header = [
        "ID", "DATE", "SOURCE", "TARGET", "CAMEO", "PLOVER", "Q", "DOCUMENT", "SENTENCE",
    ];
    let mut lines: Vec<[String; 9]> = vec![header.map(str::to_string)];
    for r in rows {
        let e = &r.event;
        lines.push([
            r.id.to_string(),
            e.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
            e.source.code.clone(),
            e.target
                .as_ref()
                .map(|t| t.code.clone())
                .unwrap_or_else(|| "-".into()),
            e.cameo.clone(),
            e.plover.event_type.clone(),
            e.quad_class.to_string(),
            format!("{}#{}", cut(&e.doc_id, 24), e.provenance.sentence),
            cut(&e.sentence_text.replace(['\n', '\t'], " "), 60),
        ]);
    }
    let mut widths = [0usize; 9];
    for l in &lines {
        for (w, c) in widths.iter_mut().zip(l.iter()) {
            *w = (*w).max(c.chars().count());
        }
    }
    for l in &lines {
        let mut s = String::new();
        for (i, c) in l.iter().enumerate() {
            if i + 1 == l.len() {
                s.push_str(c);
            } else {
                s.push_str(c);
                s.push_str(&" ".repeat(widths[i] - c.chars().count() + 2));
            }
        }
        writeln!(out, "{}", s.trim_end())?;
    }
    Ok(())
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let store = Store::open_read_only(&args.db)
        .map_err(|e| anyhow::anyhow!("{}: {e}", args.db.display()))?;
    let filter = args.filter.to_filter()?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let every = args.filter.limit.is_none();
    match args.format {
        QueryFormat::Table => print_table(&store.query_events(&filter)?, &mut out)?,
        QueryFormat::Jsonl if every => write_all(&store, filter, EventFormat::Jsonl, &mut out)?,
        QueryFormat::Csv if every => write_all(&store, filter, EventFormat::Csv, &mut out)?,
        QueryFormat::Jsonl => write_rows(
            &store,
            &store.query_events(&filter)?,
            EventFormat::Jsonl,
            &mut out,
        )?,
        QueryFormat::Csv => write_rows(
            &store,
            &store.query_events(&filter)?,
            EventFormat::Csv,
            &mut out,
        )?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
