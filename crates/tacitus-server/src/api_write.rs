//! `POST /api/documents`: the one write, behind the bearer token.

use crate::api::authorize;
use crate::{ApiError, AppState};
use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use serde_json::Value;

pub(crate) async fn post_documents(
    State(st): State<AppState>,
    headers: HeaderMap,
    body: Result<String, axum::extract::rejection::StringRejection>,
) -> Result<Json<Value>, ApiError> {
    authorize(&st, &headers)?;
    let body = body.map_err(|e| ApiError {
        status: e.status(),
        message: format!("bad body: {e}"),
    })?;
    let Some(ingestor) = st.ingestor.clone() else {
        return Err(ApiError::bad_request(
            "this server has no ingestion pipeline",
        ));
    };
    if body.trim().is_empty() {
        return Err(ApiError::bad_request(
            "empty body: send JSON lines, one document per line",
        ));
    }
    let result = tokio::task::spawn_blocking(move || ingestor(&body))
        .await
        .map_err(|_| ApiError::internal("ingestion task failed"))?;
    if let Some(index) = &st.index {
        // the next read looks at the file (and rebuilds if it changed)
        index.changed();
    }
    result.map(Json).map_err(ApiError::bad_request)
}
