//! Actor counts over the index: the `actors` table (read whole at build:
//! it holds one row per code ever seen, a few hundred in practice) with the
//! number of events each code takes part in as source and as target, kept
//! sorted by code (a prefix is a range) and ranked busiest first, as
//! [`crate::Store::actors`] orders them.

use super::{NONE32, ReadIndex};
use crate::query::check_code;
use crate::{ActorCount, EventFilter, Store, StoreError};

/// The actors, sorted by code, with their ranks.
#[derive(Debug, Default)]
pub(super) struct Actors {
    /// Sorted by code (byte order, as SQL's `BINARY` collation).
    rows: Vec<ActorCount>,
    /// Indexes into `rows`, busiest first, then by code.
    ranked: Vec<u32>,
    /// Position of each row in `ranked`.
    position: Vec<u32>,
}

/// A row of `actors`, before counting.
pub(super) struct ActorRow {
    code: String,
    country: Option<String>,
    sector: Option<String>,
    name: Option<String>,
}

/// Reads the `actors` table (sorted by code).
pub(super) fn read_actors(store: &Store) -> Result<Vec<ActorRow>, StoreError> {
    let mut stmt = store
        .conn
        .prepare("SELECT code, country, sector, name FROM actors ORDER BY code")?;
    let rows = stmt.query_map([], |r| {
        Ok(ActorRow {
            code: r.get(0)?,
            country: r.get(1)?,
            sector: r.get(2)?,
            name: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

impl Actors {
    /// Counts each actor's events in the index's columns.
    pub(super) fn build(index: &ReadIndex, table: Vec<ActorRow>) -> Actors {
        let n = index.codes.0.len();
        let (mut as_source, mut as_target) = (vec![0u64; n], vec![0u64; n]);
        for &s in &index.cols.source {
            if let Some(c) = as_source.get_mut(s as usize) {
                *c += 1;
            }
        }
        for &t in &index.cols.target {
            if t != NONE32
                && let Some(c) = as_target.get_mut(t as usize)
            {
                *c += 1;
            }
        }
        let mut rows: Vec<ActorCount> = table
            .into_iter()
            .map(|a| {
                let (s, t) = match index.codes.id(&a.code) {
                    Some(id) => (as_source[id as usize], as_target[id as usize]),
                    None => (0, 0),
                };
                ActorCount {
                    code: a.code,
                    country: a.country,
                    sector: a.sector,
                    name: a.name,
                    as_source: s,
                    as_target: t,
                }
            })
            .collect();
        rows.sort_unstable_by(|a, b| a.code.as_bytes().cmp(b.code.as_bytes()));
        let mut ranked: Vec<u32> = (0..rows.len() as u32).collect();
        // ties keep code order: `ranked` starts in code order and the sort is stable
        ranked.sort_by_key(|&i| {
            let a = &rows[i as usize];
            std::cmp::Reverse(a.as_source + a.as_target)
        });
        let mut position = vec![0u32; rows.len()];
        for (p, &i) in ranked.iter().enumerate() {
            position[i as usize] = p as u32;
        }
        Actors {
            rows,
            ranked,
            position,
        }
    }

    pub(super) fn heap_bytes(&self) -> usize {
        let text = |s: &Option<String>| s.as_ref().map_or(0, String::capacity);
        self.rows.capacity() * std::mem::size_of::<ActorCount>()
            + self
                .rows
                .iter()
                .map(|a| a.code.capacity() + text(&a.country) + text(&a.sector) + text(&a.name))
                .sum::<usize>()
            + (self.ranked.capacity() + self.position.capacity()) * 4
    }
}

impl ReadIndex {
    /// Actors by number of events, optionally those whose code starts with
    /// `code_prefix`, as [`crate::Store::actors`] answers.
    pub fn actors(
        &self,
        code_prefix: Option<&str>,
        limit: usize,
    ) -> Result<Vec<ActorCount>, StoreError> {
        let limit = EventFilter {
            limit,
            ..Default::default()
        }
        .page_size()?;
        let a = &self.actors;
        let chosen: Vec<u32> = match code_prefix {
            None => a.ranked.iter().take(limit).copied().collect(),
            Some(p) => {
                let p = check_code(p, "actor")?;
                let lo = a.rows.partition_point(|r| r.code.as_str() < p.as_str());
                let hi = a.rows[lo..].partition_point(|r| r.code.starts_with(p.as_str())) + lo;
                let mut chosen: Vec<u32> = (lo as u32..hi as u32).collect();
                let by_rank = |i: &u32| a.position[*i as usize];
                if chosen.len() > limit {
                    chosen.select_nth_unstable_by_key(limit, by_rank);
                    chosen.truncate(limit);
                }
                chosen.sort_unstable_by_key(by_rank);
                chosen
            }
        };
        Ok(chosen
            .into_iter()
            .map(|i| a.rows[i as usize].clone())
            .collect())
    }
}
