//! # tacitus-server
//!
//! The HTTP API (JSON, axum on tokio) and the dashboard (HTML, CSS and our
//! own JavaScript with SVG charts, embedded in the binary) over an event
//! database. Event pages, timelines and dyad counts are answered from the
//! in-memory read index (`tacitus_store::ReadIndex`, kept by [`LiveIndex`]:
//! built at start, rebuilt in the background when the database file
//! changes, SQL meanwhile); rows and everything else are read through a
//! small pool of read-only SQLite connections (on tokio's blocking threads,
//! except a page's rows, read in place). The only write,
//! `POST /api/documents`, needs the bearer token given at start and is
//! delegated to an [`Ingestor`] supplied by the caller (the `tacitus serve`
//! command wires the pipeline in).
//!
//! **Must never**: open the database for writing itself, build SQL, load
//! anything from a CDN or third party, or answer a bad request with a 500 or
//! a panic: every client mistake is a 4xx with a JSON `{"error": ...}`.

mod api;
mod api_write;
mod assets;
mod error;
mod index;
pub mod json;
mod params;
mod pool;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;

pub use error::ApiError;
pub use index::{BuildStats, LiveIndex};
pub use pool::ReadPool;

/// Largest accepted request body (the JSON lines of `POST /api/documents`).
pub const MAX_BODY_BYTES: usize = 16 * 1024 * 1024;

/// Ingests a JSON lines body and says what it did (as JSON). Called on a
/// blocking thread; errors are reported to the client as 400.
pub type Ingestor = Arc<dyn Fn(&str) -> Result<serde_json::Value, String> + Send + Sync>;

/// How to run the server.
#[derive(Clone)]
pub struct ServerConfig {
    pub db: PathBuf,
    /// Token for `POST /api/documents`; `None` keeps the server read-only.
    pub token: Option<String>,
    pub ingestor: Option<Ingestor>,
    /// Queries allowed to run at once (each holds one SQLite connection).
    pub max_concurrent_queries: usize,
    /// Answer event pages and timelines from the in-memory read index
    /// (built at start, rebuilt when the file changes); `false` keeps every
    /// answer on SQL.
    pub memory_index: bool,
}

impl ServerConfig {
    pub fn new(db: PathBuf) -> Self {
        let cores = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2);
        ServerConfig {
            db,
            token: None,
            ingestor: None,
            max_concurrent_queries: (cores * 2).max(4),
            memory_index: true,
        }
    }
}

/// Shared state of the handlers.
#[derive(Clone)]
pub(crate) struct AppState {
    pub pool: Arc<ReadPool>,
    pub token: Option<Arc<str>>,
    pub ingestor: Option<Ingestor>,
    pub index: Option<Arc<LiveIndex>>,
}

/// The application: API routes, dashboard assets and limits.
pub fn router(config: &ServerConfig) -> Result<Router, ApiError> {
    let index = config
        .memory_index
        .then(|| Arc::new(LiveIndex::open(&config.db)));
    router_with_index(config, index)
}

/// The application over an index already built (see [`LiveIndex::open`]),
/// or none (every answer from SQL).
pub fn router_with_index(
    config: &ServerConfig,
    index: Option<Arc<LiveIndex>>,
) -> Result<Router, ApiError> {
    let pool = ReadPool::open(&config.db, config.max_concurrent_queries)?;
    let state = AppState {
        pool: Arc::new(pool),
        token: config.token.as_deref().map(Arc::from),
        ingestor: config.ingestor.clone(),
        index,
    };
    Ok(api::routes()
        .merge(assets::routes())
        .with_state(state)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(CatchPanicLayer::custom(error::panic_response)))
}

/// Serves until Ctrl-C. `ready` is called with the bound address (port 0
/// picks a free port).
pub async fn serve(
    config: ServerConfig,
    addr: SocketAddr,
    ready: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    let app = router(&config).map_err(|e| std::io::Error::other(e.message))?;
    serve_router(app, addr, ready).await
}

/// Serves an application made by [`router_with_index`] until Ctrl-C.
pub async fn serve_router(
    app: Router,
    addr: SocketAddr,
    ready: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    ready(listener.local_addr()?);
    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}
