//! Timelines: event counts per day, ISO week or month, by quad class or
//! PLOVER type. When only the filters kept in `rollups` are set (country,
//! quad class, PLOVER type, CAMEO root, dates) the counts come from the
//! roll-ups: whole periods from the period's own rows, and the partial
//! periods at the edges of a date range from day rows, so no event is read.
//! Other filters count the matching events.

use crate::keys::UNDATED;
use crate::query::{check_country, check_plover};
use crate::{EventFilter, Interval, Store, StoreError, TimelineGroup, TimelinePoint};
use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::params_from_iter;
use rusqlite::types::Value;
use std::collections::BTreeMap;

fn first_of_bucket(d: NaiveDate, interval: Interval) -> NaiveDate {
    match interval {
        Interval::Day => d,
        Interval::Week => d - Duration::days(i64::from(d.weekday().num_days_from_monday())),
        Interval::Month => d.with_day(1).unwrap_or(d),
    }
}

fn last_of_bucket(d: NaiveDate, interval: Interval) -> NaiveDate {
    match interval {
        Interval::Day => d,
        Interval::Week => first_of_bucket(d, interval) + Duration::days(6),
        Interval::Month => {
            let (y, m) = if d.month() == 12 {
                (d.year() + 1, 1)
            } else {
                (d.year(), d.month() + 1)
            };
            NaiveDate::from_ymd_opt(y, m, 1)
                .map(|n| n - Duration::days(1))
                .unwrap_or(d)
        }
    }
}

fn label(d: NaiveDate, interval: Interval) -> String {
    match interval {
        Interval::Day | Interval::Week => first_of_bucket(d, interval).to_string(),
        Interval::Month => d.format("%Y-%m").to_string(),
    }
}

fn prefix(interval: Interval) -> &'static str {
    match interval {
        Interval::Day => "d",
        Interval::Week => "w",
        Interval::Month => "m",
    }
}

/// A range of `rollups.period` to read: `[lo, hi]`, and for day rows read
/// for a coarser interval, the interval to relabel them into.
struct Part {
    lo: String,
    hi: String,
    relabel: Option<Interval>,
}

/// The parts that cover `[from, to]` exactly.
fn plan(from: Option<NaiveDate>, to: Option<NaiveDate>, interval: Interval) -> Vec<Part> {
    let p = prefix(interval);
    if interval == Interval::Day {
        return vec![Part {
            lo: from.map_or_else(|| "d".to_string(), |f| format!("d{f}")),
            hi: to.map_or_else(|| "d~".to_string(), |t| format!("d{t}")),
            relabel: None,
        }];
    }
    let days = |a: NaiveDate, b: NaiveDate| Part {
        lo: format!("d{a}"),
        hi: format!("d{b}"),
        relabel: Some(interval),
    };
    let mut parts = Vec::new();
    // whole buckets: from the first bucket starting at or after `from` to
    // the last ending at or before `to`
    let mut whole_lo = p.to_string();
    let mut whole_hi = format!("{p}~");
    let mut head_bucket = None;
    if let Some(f) = from {
        let first = first_of_bucket(f, interval);
        if first == f {
            whole_lo = format!("{p}{}", label(f, interval));
        } else {
            let end = last_of_bucket(f, interval);
            let end = to.map_or(end, |t| t.min(end));
            parts.push(days(f, end));
            head_bucket = Some(first);
            whole_lo = format!("{p}{}", label(end + Duration::days(1), interval));
        }
    }
    if let Some(t) = to {
        let first = first_of_bucket(t, interval);
        if last_of_bucket(t, interval) == t {
            whole_hi = format!("{p}{}", label(t, interval));
        } else {
            if head_bucket != Some(first) {
                let start = from.map_or(first, |f| f.max(first));
                parts.push(days(start, t));
            }
            whole_hi = format!("{p}{}", label(first - Duration::days(1), interval));
        }
    }
    if whole_lo <= whole_hi {
        parts.push(Part {
            lo: whole_lo,
            hi: whole_hi,
            relabel: None,
        });
    }
    parts
}

impl EventFilter {
    /// True when only filters kept in `rollups` are set.
    pub(crate) fn rollups_suffice(&self) -> bool {
        self.actor.is_none()
            && self.sector.is_none()
            && self.dyad.is_none()
            && self.outlet.is_none()
            && self.doc_id.is_none()
            && self.cameo.as_deref().is_none_or(|c| c.trim().len() <= 2)
    }
}

/// The scope and the extra conditions (with parameters) on `rollups` of a
/// filter for which [`EventFilter::rollups_suffice`].
fn rollup_conditions(filter: &EventFilter) -> Result<(String, String, Vec<Value>), StoreError> {
    let mut extra = String::new();
    let mut params = Vec::new();
    if let Some(q) = filter.quad {
        extra.push_str(" AND quad_class = ?");
        params.push(Value::Integer(i64::from(q)));
    }
    if let Some(p) = &filter.plover {
        extra.push_str(" AND plover_type = ?");
        params.push(Value::Text(check_plover(p)?));
    }
    if let Some(c) = &filter.cameo {
        let c = c.trim();
        if c.len() == 2 {
            extra.push_str(" AND root = ?");
            params.push(Value::Text(c.to_string()));
        } else {
            // a one-digit prefix: every root starting with it
            extra.push_str(" AND root GLOB ?");
            params.push(Value::Text(format!("{c}*")));
        }
    }
    let scope = match &filter.country {
        Some(c) => check_country(c, "country")?,
        None => String::new(),
    };
    Ok((scope, extra, params))
}

impl Store {
    /// The exact number of events matching `filter`, from the roll-ups, or
    /// `None` when a filter is not kept there. Filters must be checked.
    pub(crate) fn rollup_total(&self, filter: &EventFilter) -> Result<Option<u64>, StoreError> {
        if !filter.rollups_suffice() {
            return Ok(None);
        }
        let (scope, extra, extra_params) = rollup_conditions(filter)?;
        let sql = format!(
            "SELECT coalesce(sum(n), 0) FROM rollups WHERE scope = ? AND period >= ? AND period <= ?{extra}"
        );
        let mut parts = plan(filter.date_from, filter.date_to, Interval::Month);
        if filter.date_from.is_none() && filter.date_to.is_none() {
            parts.push(Part {
                lo: UNDATED.to_string(),
                hi: UNDATED.to_string(),
                relabel: None,
            });
        }
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut total = 0u64;
        for part in parts {
            let mut params = vec![
                Value::Text(scope.clone()),
                Value::Text(part.lo),
                Value::Text(part.hi),
            ];
            params.extend(extra_params.iter().cloned());
            let n: i64 = stmt.query_row(params_from_iter(params), |r| r.get(0))?;
            total += n.max(0) as u64;
        }
        Ok(Some(total))
    }

    /// Event counts per period and group, in period then group order.
    pub fn timeline(
        &self,
        filter: &EventFilter,
        interval: Interval,
        group: TimelineGroup,
    ) -> Result<Vec<TimelinePoint>, StoreError> {
        // checks every filter
        let conditions = filter.conditions()?;
        let group_col = |quad: &str, plover: &str| match group {
            TimelineGroup::Quad => format!("CAST({quad} AS TEXT)"),
            TimelineGroup::Plover => plover.to_string(),
            TimelineGroup::None => "'all'".to_string(),
        };
        if !filter.rollups_suffice() {
            let period = match interval {
                Interval::Day => "e.date".to_string(),
                Interval::Week => "date(e.date, '-6 days', 'weekday 1')".to_string(),
                Interval::Month => "substr(e.date, 1, 7)".to_string(),
            };
            let sql = format!(
                "SELECT {period} AS p, {} AS g, count(*) FROM events e WHERE e.date IS NOT NULL{}
                 GROUP BY p, g ORDER BY p, g",
                group_col("e.quad_class", "e.plover_type"),
                conditions.where_clause()
            );
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(params_from_iter(conditions.params), |r| {
                Ok(TimelinePoint {
                    period: r.get(0)?,
                    group: r.get(1)?,
                    count: r.get::<_, i64>(2)?.max(0) as u64,
                })
            })?;
            return Ok(rows.collect::<Result<_, _>>()?);
        }
        let (scope, extra, extra_params) = rollup_conditions(filter)?;
        let sql = format!(
            "SELECT substr(period, 2), {} AS g, sum(n) FROM rollups
             WHERE scope = ? AND period >= ? AND period <= ?{extra} GROUP BY period, g",
            group_col("quad_class", "plover_type")
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut counts: BTreeMap<(String, String), u64> = BTreeMap::new();
        for part in plan(filter.date_from, filter.date_to, interval) {
            let mut params = vec![
                Value::Text(scope.clone()),
                Value::Text(part.lo),
                Value::Text(part.hi),
            ];
            params.extend(extra_params.iter().cloned());
            let mut rows = stmt.query(params_from_iter(params))?;
            while let Some(r) = rows.next()? {
                let period: String = r.get(0)?;
                let period = match part.relabel {
                    Some(interval) => NaiveDate::parse_from_str(&period, "%Y-%m-%d")
                        .map(|d| label(d, interval))
                        .unwrap_or(period),
                    None => period,
                };
                *counts.entry((period, r.get(1)?)).or_insert(0) +=
                    r.get::<_, i64>(2)?.max(0) as u64;
            }
        }
        Ok(counts
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .map(|((period, group), count)| TimelinePoint {
                period,
                group,
                count,
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn ranges(from: Option<&str>, to: Option<&str>, i: Interval) -> Vec<(String, String)> {
        plan(from.map(d), to.map(d), i)
            .into_iter()
            .map(|p| (p.lo, p.hi))
            .collect()
    }

    #[test]
    fn month_ranges_split_into_edge_days_and_whole_months() {
        let r = ranges(Some("2024-01-15"), Some("2024-04-10"), Interval::Month);
        assert_eq!(
            r,
            [
                ("d2024-01-15".into(), "d2024-01-31".into()),
                ("d2024-04-01".into(), "d2024-04-10".into()),
                ("m2024-02".into(), "m2024-03".into()),
            ]
        );
        // aligned range: months only
        assert_eq!(
            ranges(Some("2024-02-01"), Some("2024-03-31"), Interval::Month),
            [("m2024-02".to_string(), "m2024-03".to_string())]
        );
        // inside one month: days only
        assert_eq!(
            ranges(Some("2024-02-03"), Some("2024-02-09"), Interval::Month),
            [("d2024-02-03".to_string(), "d2024-02-09".to_string())]
        );
        // open ends
        assert_eq!(
            ranges(None, None, Interval::Month),
            [("m".to_string(), "m~".to_string())]
        );
    }

    #[test]
    fn week_ranges_use_mondays() {
        // 2025-07-03 is a Thursday; 2025-07-16 a Wednesday
        let r = ranges(Some("2025-07-03"), Some("2025-07-16"), Interval::Week);
        assert_eq!(
            r,
            [
                ("d2025-07-03".into(), "d2025-07-06".into()),
                ("d2025-07-14".into(), "d2025-07-16".into()),
                ("w2025-07-07".into(), "w2025-07-07".into()),
            ]
        );
        assert_eq!(label(d("2025-07-06"), Interval::Week), "2025-06-30");
        assert_eq!(
            last_of_bucket(d("2024-02-10"), Interval::Month),
            d("2024-02-29")
        );
        assert_eq!(
            last_of_bucket(d("2024-12-10"), Interval::Month),
            d("2024-12-31")
        );
    }
}
