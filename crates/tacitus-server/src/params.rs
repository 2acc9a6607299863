//! Query-string parsing: only known parameters, each at most once, each
//! checked; anything else is a 400 naming the parameter.

use crate::ApiError;
use chrono::NaiveDate;
use std::collections::BTreeMap;
use tacitus_store::{EventFilter, Interval, TimelineGroup};

/// The parameters of one request, by name.
pub struct Params(BTreeMap<String, String>);

/// Filters every event endpoint accepts.
pub const EVENT_FILTERS: &[&str] = &[
    "actor",
    "country",
    "sector",
    "dyad",
    "cameo",
    "quad",
    "plover",
    "date_from",
    "date_to",
    "outlet",
    "doc_id",
];

impl Params {
    /// Checks the pairs against `allowed` (plus [`EVENT_FILTERS`] when
    /// `with_filters`).
    pub fn new(
        pairs: Vec<(String, String)>,
        allowed: &[&str],
        with_filters: bool,
    ) -> Result<Params, ApiError> {
        let mut map = BTreeMap::new();
        for (k, v) in pairs {
            if !(allowed.contains(&k.as_str())
                || (with_filters && EVENT_FILTERS.contains(&k.as_str())))
            {
                let mut known: Vec<&str> = allowed.to_vec();
                if with_filters {
                    known.extend_from_slice(EVENT_FILTERS);
                }
                let shown: String = k.chars().take(40).collect();
                return Err(ApiError::bad_request(format!(
                    "unknown parameter {shown:?}; known: {}",
                    known.join(", ")
                )));
            }
            if v.len() > 256 {
                return Err(ApiError::bad_request(format!(
                    "parameter {k} is longer than 256 bytes"
                )));
            }
            if map.insert(k.clone(), v).is_some() {
                return Err(ApiError::bad_request(format!(
                    "parameter {k} is given twice"
                )));
            }
        }
        Ok(Params(map))
    }

    /// A non-empty value.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0
            .get(key)
            .map(String::as_str)
            .filter(|v| !v.trim().is_empty())
    }

    pub fn number(&self, key: &str, default: usize) -> Result<usize, ApiError> {
        match self.get(key) {
            None => Ok(default),
            Some(v) => v.trim().parse::<usize>().map_err(|_| {
                ApiError::bad_request(format!("{key} must be a non-negative integer, got {v:?}"))
            }),
        }
    }

    fn date(&self, key: &str) -> Result<Option<NaiveDate>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) => NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d")
                .map(Some)
                .map_err(|_| {
                    ApiError::bad_request(format!(
                        "{key} must be an ISO date like 2025-07-04, got {v:?}"
                    ))
                }),
        }
    }

    /// The event filter, with paging.
    pub fn event_filter(&self) -> Result<EventFilter, ApiError> {
        let dyad = match self.get("dyad") {
            None => None,
            Some(d) => match d.split_once(':') {
                Some((a, b)) if !a.is_empty() && !b.is_empty() => {
                    Some((a.to_string(), b.to_string()))
                }
                _ => {
                    return Err(ApiError::bad_request(format!(
                        "dyad must be SOURCE:TARGET like RUS:AFG, got {d:?}"
                    )));
                }
            },
        };
        let quad = match self.get("quad") {
            None => None,
            Some(q) => Some(
                q.trim()
                    .parse::<u8>()
                    .ok()
                    .filter(|q| (1..=4).contains(q))
                    .ok_or_else(|| {
                        ApiError::bad_request(format!("quad must be 1 to 4, got {q:?}"))
                    })?,
            ),
        };
        let limit = self.number("limit", 50)?;
        if limit == 0 {
            return Err(ApiError::bad_request("limit must be at least 1"));
        }
        Ok(EventFilter {
            actor: self.get("actor").map(str::to_string),
            country: self.get("country").map(str::to_string),
            sector: self.get("sector").map(str::to_string),
            dyad,
            cameo: self.get("cameo").map(str::to_string),
            quad,
            plover: self.get("plover").map(str::to_string),
            date_from: self.date("date_from")?,
            date_to: self.date("date_to")?,
            outlet: self.get("outlet").map(str::to_string),
            doc_id: self.get("doc_id").map(str::to_string),
            limit,
            offset: self.number("offset", 0)?,
            after: match self.get("cursor") {
                None => None,
                Some(c) => Some(c.parse().map_err(ApiError::from)?),
            },
        })
    }

    /// `detail=full` lists full event records (offsets, provenance);
    /// `detail=summary` (default) the lean form.
    pub fn detail(&self) -> Result<bool, ApiError> {
        match self.get("detail") {
            None | Some("summary") => Ok(false),
            Some("full") => Ok(true),
            Some(v) => Err(ApiError::bad_request(format!(
                "detail must be summary or full, got {v:?}"
            ))),
        }
    }

    pub fn interval(&self) -> Result<Interval, ApiError> {
        match self.get("interval") {
            None | Some("month") => Ok(Interval::Month),
            Some("week") => Ok(Interval::Week),
            Some("day") => Ok(Interval::Day),
            Some(v) => Err(ApiError::bad_request(format!(
                "interval must be day, week or month, got {v:?}"
            ))),
        }
    }

    pub fn group(&self) -> Result<TimelineGroup, ApiError> {
        match self.get("group") {
            None | Some("quad") => Ok(TimelineGroup::Quad),
            Some("plover") => Ok(TimelineGroup::Plover),
            Some("none") => Ok(TimelineGroup::None),
            Some(v) => Err(ApiError::bad_request(format!(
                "group must be quad, plover or none, got {v:?}"
            ))),
        }
    }

    /// `level=country` (default) or `level=code`.
    pub fn by_code(&self) -> Result<bool, ApiError> {
        match self.get("level") {
            None | Some("country") => Ok(false),
            Some("code") => Ok(true),
            Some(v) => Err(ApiError::bad_request(format!(
                "level must be country or code, got {v:?}"
            ))),
        }
    }
}
