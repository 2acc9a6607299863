//! The JSON endpoints. Handlers parse and check parameters, then run one
//! store call on a pooled read-only connection.

use crate::json::{SummaryJson, document_to_json, event_to_json};
use crate::params::Params;
use crate::{ApiError, AppState};
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};
use std::collections::HashMap;
use tacitus_core::CharOffsets;
use tacitus_store::{EventPage, EventRow, RelationsFilter, Store, StoreError};

type Pairs = Result<Query<Vec<(String, String)>>, QueryRejection>;

fn pairs(q: Pairs) -> Result<Vec<(String, String)>, ApiError> {
    q.map(|Query(p)| p)
        .map_err(|e| ApiError::bad_request(format!("malformed query string: {e}")))
}

pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/events", get(events))
        .route("/api/events/:id", get(event))
        .route(
            "/api/documents",
            get(documents).post(crate::api_write::post_documents),
        )
        .route("/api/documents/:id", get(document))
        .route("/api/actors", get(actors))
        .route("/api/dyads", get(dyads))
        .route("/api/timeline", get(timeline))
        .route("/api/relations", get(relations))
        .route("/api/stats", get(stats))
        .route("/api/openapi.json", get(openapi))
        .fallback(not_found)
}

async fn not_found() -> ApiError {
    ApiError::not_found("no such endpoint; see /api/openapi.json")
}

/// Events as JSON with character offsets (one text lookup per document).
fn events_json(store: &Store, rows: &[EventRow]) -> Result<Vec<Value>, StoreError> {
    let mut offsets: HashMap<i64, CharOffsets> = HashMap::new();
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        let o = match offsets.entry(row.doc_rowid) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(CharOffsets::new(&store.document_text(row.doc_rowid)?))
            }
        };
        out.push(event_to_json(row, o));
    }
    Ok(out)
}

/// The body of `/api/events`: summaries serialize straight to text.
#[derive(serde::Serialize)]
struct EventsBody<E: serde::Serialize> {
    limit: usize,
    offset: usize,
    next_offset: Option<usize>,
    next_cursor: Option<String>,
    partial: bool,
    total: Option<u64>,
    events: E,
}

async fn events(State(st): State<AppState>, q: Pairs) -> Result<Response, ApiError> {
    let params = Params::new(pairs(q)?, &["limit", "offset", "cursor", "detail"], true)?;
    let filter = params.event_filter()?;
    let full = params.detail()?;
    let limit = filter.page_size()?;
    let offset = filter.offset;
    // the read index finds the page's ids in memory when it can answer the
    // filter; SQL otherwise (same answers); rows come from SQLite
    let from_index = match st.index.as_ref().and_then(|i| i.get()) {
        Some(index) => index.event_page(&filter)?,
        None => None,
    };
    let body: Vec<u8> = match from_index {
        // a page of summaries is a few primary-key reads: done here rather
        // than handed to another thread (which costs more than the reads)
        Some(found) if !full => st
            .pool
            .with(|store| page_json(store, &found, false, limit, offset))?,
        from_index => {
            st.pool
                .run(move |store| {
                    let found = match from_index {
                        Some(page) => page,
                        None => store.event_page(&filter)?,
                    };
                    page_json(store, &found, full, limit, offset)
                })
                .await?
        }
    };
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}

/// The body of `/api/events` for a page: summaries, or full records.
fn page_json(
    store: &Store,
    found: &EventPage,
    full: bool,
    limit: usize,
    offset: usize,
) -> Result<Vec<u8>, StoreError> {
    fn head<E: serde::Serialize>(
        found: &EventPage,
        limit: usize,
        offset: usize,
        events: E,
    ) -> EventsBody<E> {
        // a partial page (work budget spent) continues by cursor only
        let more = found.next.is_some() && !found.partial;
        EventsBody {
            limit,
            offset,
            next_offset: (more && offset + limit <= tacitus_store::MAX_OFFSET)
                .then_some(offset + limit),
            next_cursor: found.next.as_ref().map(|c| c.to_string()),
            partial: found.partial,
            total: found.total,
            events,
        }
    }
    let text = if full {
        let events = events_json(store, &store.events_by_ids(&found.ids)?)?;
        serde_json::to_vec(&head(found, limit, offset, events))
    } else {
        let summaries = store.event_summaries(&found.ids)?;
        let events: Vec<SummaryJson<'_>> = summaries.iter().map(Into::into).collect();
        serde_json::to_vec(&head(found, limit, offset, events))
    };
    text.map_err(|e| StoreError::InvalidFilter(format!("cannot write JSON: {e}")))
}

fn parse_id(p: Result<Path<String>, PathRejection>, what: &str) -> Result<String, ApiError> {
    let Path(id) = p.map_err(|e| ApiError::bad_request(format!("bad {what} id: {e}")))?;
    Ok(id)
}

async fn event(
    State(st): State<AppState>,
    p: Result<Path<String>, PathRejection>,
    q: Pairs,
) -> Result<Json<Value>, ApiError> {
    Params::new(pairs(q)?, &[], false)?;
    let raw = parse_id(p, "event")?;
    let id: i64 = raw
        .parse()
        .map_err(|_| ApiError::bad_request(format!("event id must be an integer, got {raw:?}")))?;
    let body = st
        .pool
        .run(move |store| {
            let row = store.event(id)?;
            // the document's text and sentences; its other events are not shown
            let doc = store.document_without_events(row.doc_rowid)?;
            let offsets = CharOffsets::new(&doc.text);
            let mut sentences: Vec<usize> = row.event.provenance.sentences.clone();
            if !sentences.contains(&row.event.provenance.sentence) {
                sentences.insert(0, row.event.provenance.sentence);
            }
            let evidence: Vec<Value> = sentences
                .iter()
                .filter_map(|i| doc.sentences.iter().find(|s| s.index == *i))
                .map(|s| {
                    json!({
                        "sentence": s.index,
                        "start": offsets.char_offset(s.span.start),
                        "end": offsets.char_offset(s.span.end),
                        "text": s.span.slice(&doc.text).unwrap_or(""),
                    })
                })
                .collect();
            Ok(json!({
                "event": event_to_json(&row, &offsets),
                "evidence": evidence,
                "document": { "id": doc.id, "date": doc.date, "title": doc.title, "url": doc.url, "outlet": doc.outlet },
            }))
        })
        .await?;
    Ok(Json(body))
}

async fn documents(State(st): State<AppState>, q: Pairs) -> Result<Json<Value>, ApiError> {
    let params = Params::new(pairs(q)?, &["limit", "offset"], false)?;
    let limit = params.number("limit", 50)?;
    let offset = params.number("offset", 0)?;
    let body = st
        .pool
        .run(move |store| {
            Ok(json!({ "limit": limit, "offset": offset, "documents": store.documents(limit, offset)? }))
        })
        .await?;
    Ok(Json(body))
}

async fn document(
    State(st): State<AppState>,
    p: Result<Path<String>, PathRejection>,
    q: Pairs,
) -> Result<Json<Value>, ApiError> {
    Params::new(pairs(q)?, &[], false)?;
    let id = parse_id(p, "document")?;
    let body = st
        .pool
        .run(move |store| Ok(document_to_json(&store.document(&id)?)))
        .await?;
    Ok(Json(body))
}

async fn actors(State(st): State<AppState>, q: Pairs) -> Result<Json<Value>, ApiError> {
    let params = Params::new(pairs(q)?, &["prefix", "limit"], false)?;
    let limit = params.number("limit", 100)?;
    let prefix = params.get("prefix").map(|p| p.trim().to_ascii_uppercase());
    // the read index holds the actors and their counts
    if let Some(index) = st.index.as_ref().and_then(|i| i.get()) {
        return Ok(Json(
            json!({ "actors": index.actors(prefix.as_deref(), limit)? }),
        ));
    }
    let body = st
        .pool
        .run(move |store| Ok(json!({ "actors": store.actors(prefix.as_deref(), limit)? })))
        .await?;
    Ok(Json(body))
}

async fn dyads(State(st): State<AppState>, q: Pairs) -> Result<Json<Value>, ApiError> {
    let params = Params::new(pairs(q)?, &["limit", "offset", "level"], true)?;
    let by_code = params.by_code()?;
    let mut filter = params.event_filter()?;
    if params.get("limit").is_none() {
        filter.limit = 100;
    }
    if let Some(index) = st.index.as_ref().and_then(|i| i.get())
        && let Some(dyads) = index.dyads(&filter, !by_code)?
    {
        return Ok(Json(json!({ "dyads": dyads })));
    }
    let body = st
        .pool
        .run(move |store| Ok(json!({ "dyads": store.dyads(&filter, !by_code)? })))
        .await?;
    Ok(Json(body))
}

/// The body of `/api/timeline`, serialized straight to text.
#[derive(serde::Serialize)]
struct TimelineBody {
    interval: String,
    points: Vec<tacitus_store::TimelinePoint>,
}

async fn timeline(State(st): State<AppState>, q: Pairs) -> Result<Response, ApiError> {
    let params = Params::new(pairs(q)?, &["interval", "group"], true)?;
    let filter = params.event_filter()?;
    let interval = params.interval()?;
    let group = params.group()?;
    let label = params.get("interval").unwrap_or("month").to_string();
    let write = |body: &TimelineBody| {
        serde_json::to_vec(body)
            .map_err(|e| StoreError::InvalidFilter(format!("cannot write JSON: {e}")))
    };
    // the read index answers in microseconds, without a connection
    if let Some(index) = st.index.as_ref().and_then(|i| i.get())
        && let Some(points) = index.timeline(&filter, interval, group)?
    {
        let body = write(&TimelineBody {
            interval: label,
            points,
        })?;
        return Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response());
    }
    let body = st
        .pool
        .run(move |store| {
            write(&TimelineBody {
                interval: label,
                points: store.timeline(&filter, interval, group)?,
            })
        })
        .await?;
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}

async fn relations(State(st): State<AppState>, q: Pairs) -> Result<Json<Value>, ApiError> {
    let params = Params::new(pairs(q)?, &["target", "source", "level"], false)?;
    let filter = RelationsFilter {
        target: params.get("target").map(str::to_string),
        source: params.get("source").map(str::to_string),
        by_code: params.by_code()?,
    };
    let body = st
        .pool
        .run(move |store| Ok(json!({ "relations": store.relations(&filter)? })))
        .await?;
    Ok(Json(body))
}

async fn stats(State(st): State<AppState>, q: Pairs) -> Result<Json<Value>, ApiError> {
    Params::new(pairs(q)?, &[], false)?;
    let body = st.pool.run(|store| Ok(json!(store.summary()?))).await?;
    Ok(Json(body))
}

async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        crate::assets::OPENAPI,
    )
        .into_response()
}

/// Checks `Authorization: Bearer TOKEN` against the configured token.
pub(crate) fn authorize(st: &AppState, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(expected) = &st.token else {
        return Err(ApiError {
            status: StatusCode::FORBIDDEN,
            message: "this server is read-only (start it with --token)".into(),
        });
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or_else(|| ApiError {
            status: StatusCode::UNAUTHORIZED,
            message: "missing Authorization: Bearer token".into(),
        })?;
    // constant-time comparison
    let (a, b) = (given.as_bytes(), expected.as_bytes());
    let mut diff = a.len() ^ b.len();
    for (x, y) in a.iter().zip(b.iter()) {
        diff |= (x ^ y) as usize;
    }
    if diff == 0 {
        Ok(())
    } else {
        Err(ApiError {
            status: StatusCode::FORBIDDEN,
            message: "wrong token".into(),
        })
    }
}
