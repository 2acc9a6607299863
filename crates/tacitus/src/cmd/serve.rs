//! `tacitus serve`: the HTTP API and the dashboard over a database.

use super::ingest::ingest_documents;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use tacitus_coder::Coder;
use tacitus_nlp::Analyzer;
use tacitus_server::{Ingestor, ServerConfig};
use tacitus_store::Store;

/// Serve the HTTP API and the dashboard.
///
/// The API is read-only unless --token is given; then `POST /api/documents`
/// with `Authorization: Bearer TOKEN` and a JSON lines body ingests documents.
///
/// Examples:
///
///   tacitus serve --db events.db                       # http://127.0.0.1:8080/
///   tacitus serve --db events.db --addr 127.0.0.1:0    # any free port
#[derive(clap::Args)]
pub struct Args {
    /// The database file.
    #[arg(long, value_name = "PATH")]
    pub db: PathBuf,
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Enable `POST /api/documents` for clients that send this bearer token.
    #[arg(long)]
    pub token: Option<String>,
    /// Tagger and parser directory for ingestion (default: built-in models).
    #[arg(long, value_name = "DIR")]
    pub models: Option<PathBuf>,
    /// Answer every request from SQLite, without the in-memory read index
    /// (slower on large databases; for comparisons).
    #[arg(long)]
    pub no_index: bool,
}

fn ingestor(db: PathBuf, models: Option<&std::path::Path>) -> anyhow::Result<Ingestor> {
    let analyzer: Analyzer = super::analyze::load_analyzer(models)
        .map_err(|e| anyhow::anyhow!("loading the analyzer: {e}"))?;
    let coder = Coder::builtin().map_err(|e| anyhow::anyhow!("loading the coder: {e}"))?;
    // one writer at a time: SQLite allows no more
    let store = Mutex::new(Store::open(&db)?);
    Ok(Arc::new(move |body: &str| {
        let options = tacitus_ingest::ReadOptions {
            format: tacitus_ingest::InputFormat::Jsonl,
            ..Default::default()
        };
        let read = tacitus_ingest::read_str(body, "request", &options);
        let mut errors: Vec<String> = read.errors.iter().map(|e| e.to_string()).collect();
        let mut store = store
            .lock()
            .map_err(|_| "the database writer failed earlier".to_string())?;
        let report = ingest_documents(
            &mut store,
            None,
            read.documents.into_iter().map(Ok),
            64,
            (&analyzer, &coder),
            |e| errors.push(e.to_string()),
            |_| {},
        )
        .map_err(|e| format!("storing failed: {e}"))?;
        Ok(serde_json::json!({
            "documents_new": report.documents_new,
            "documents_skipped": report.documents_skipped,
            "events": report.events,
            "errors": errors,
        }))
    }))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if !args.db.exists() {
        anyhow::bail!(
            "{}: no such database (create one with `tacitus ingest --db ...`)",
            args.db.display()
        );
    }
    let mut config = ServerConfig::new(args.db.clone());
    if let Some(token) = &args.token {
        if token.len() < 8 {
            anyhow::bail!("--token must be at least 8 characters");
        }
        config.token = Some(token.clone());
        config.ingestor = Some(ingestor(args.db.clone(), args.models.as_deref())?);
    }
    config.memory_index = !args.no_index;
    let index = config.memory_index.then(|| {
        let index = tacitus_server::LiveIndex::open(&args.db);
        match (index.stats(), index.error()) {
            (Some(s), _) => eprintln!(
                "tacitus: read index of {} events built in {:.2} s, {:.0} MB",
                s.events,
                s.seconds,
                s.heap_bytes as f64 / 1e6
            ),
            (None, Some(e)) => eprintln!("tacitus: no read index ({e}); answering from SQLite"),
            (None, None) => {}
        }
        Arc::new(index)
    });
    let app = tacitus_server::router_with_index(&config, index)
        .map_err(|e| anyhow::anyhow!("{}", e.message))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(tacitus_server::serve_router(app, args.addr, |addr| {
        eprintln!(
            "tacitus: serving {} on http://{addr}/ (API at /api, Ctrl-C to stop)",
            args.db.display()
        );
    }))?;
    Ok(ExitCode::SUCCESS)
}
