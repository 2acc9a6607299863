//! Pages of event ids from `event_keys`, newest first, for any AND of
//! filters, without scanning or sorting events.
//!
//! Each filter is a *stream*: the union of one or more key ranges of
//! `event_keys`, each already ordered by `(date, event_id)`. A page is the
//! intersection of the streams, found by leapfrogging: every stream in turn
//! jumps to the newest entry not newer than the current candidate, until all
//! agree. The rarest filter thus drives the walk, and a dense filter costs a
//! few index seeks, not a scan. Hand-written because SQLite sorts (rather
//! than merges) an `IN` list and cannot intersect two index ranges.

use crate::StoreError;
use rusqlite::{Connection, params};

/// A position in the newest-first order: `(date, event_id)`; undated events
/// have the date `''` and come last.
pub type Position = (String, i64);

/// Rows read per query after a jump; doubled on each refill of a walk that
/// went through its whole buffer (a dense filter), up to `MAX_BATCH`.
const FIRST_BATCH: i64 = 32;
const MAX_BATCH: i64 = 512;

/// A walk over one key, newest first, reading rows in batches.
struct KeyCursor {
    key: String,
    buf: Vec<Position>,
    pos: usize,
    /// The buffer holds every remaining row of the key (no refill needed).
    complete: bool,
    batch: i64,
}

impl KeyCursor {
    fn new(key: String) -> Self {
        KeyCursor {
            key,
            buf: Vec::new(),
            pos: 0,
            complete: false,
            batch: FIRST_BATCH,
        }
    }

    fn head(&self) -> Option<&Position> {
        self.buf.get(self.pos)
    }

    /// Moves to the newest entry at or before `target` (and not older than `lo`).
    fn seek(&mut self, conn: &Connection, target: &Position, lo: &str) -> Result<(), StoreError> {
        if let Some(h) = self.head()
            && h <= target
        {
            return Ok(());
        }
        // within the buffer?
        if let Some(last) = self.buf.last()
            && (last <= target || self.complete)
        {
            let rest = &self.buf[self.pos..];
            self.pos += rest.partition_point(|p| p > target);
            return Ok(());
        }
        if self.complete && !self.buf.is_empty() {
            self.pos = self.buf.len();
            return Ok(());
        }
        // walked to the end of the buffer one step at a time: read more
        // next time; jumped past it: a seek, read little
        let walked = !self.buf.is_empty() && self.pos + 2 >= self.buf.len();
        self.batch = if walked {
            (self.batch * 2).min(MAX_BATCH)
        } else {
            FIRST_BATCH
        };
        let mut stmt = conn.prepare_cached(
            "SELECT date, event_id FROM event_keys
             WHERE key = ?1 AND date >= ?2 AND (date, event_id) <= (?3, ?4)
             ORDER BY date DESC, event_id DESC LIMIT ?5",
        )?;
        let rows = stmt.query_map(params![self.key, lo, target.0, target.1, self.batch], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
        })?;
        self.buf.clear();
        for row in rows {
            self.buf.push(row?);
        }
        self.pos = 0;
        self.complete = (self.buf.len() as i64) < self.batch;
        if self.buf.is_empty() {
            // nothing left: stay exhausted
            self.complete = true;
            self.buf.push((String::new(), i64::MIN));
            self.pos = 1;
        }
        Ok(())
    }
}

/// One filter: the union of the walks of its keys.
pub struct Stream {
    cursors: Vec<KeyCursor>,
}

impl Stream {
    /// A filter matched by any of these keys.
    pub fn any_of(keys: impl IntoIterator<Item = String>) -> Stream {
        Stream {
            cursors: keys.into_iter().map(KeyCursor::new).collect(),
        }
    }

    fn head(&self) -> Option<&Position> {
        self.cursors.iter().filter_map(KeyCursor::head).max()
    }

    /// The keys whose union is this stream.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.cursors.iter().map(|c| c.key.as_str())
    }

    fn seek(&mut self, conn: &Connection, target: &Position, lo: &str) -> Result<(), StoreError> {
        for c in &mut self.cursors {
            c.seek(conn, target, lo)?;
        }
        Ok(())
    }
}

impl Stream {
    /// How many entries the stream holds at or before `start` (and not
    /// older than `lo`), counted up to `cap`: the plan drives from the
    /// rarest stream, and the count costs at most `cap` index rows.
    pub fn estimate(
        &self,
        conn: &Connection,
        start: &Position,
        lo: &str,
        cap: usize,
    ) -> Result<usize, StoreError> {
        let mut stmt = conn.prepare_cached(
            "SELECT count(*) FROM (SELECT 1 FROM event_keys
             WHERE key = ?1 AND date >= ?2 AND (date, event_id) <= (?3, ?4) LIMIT ?5)",
        )?;
        let mut total = 0usize;
        for c in &self.cursors {
            let left = cap.saturating_sub(total);
            if left == 0 {
                break;
            }
            let n: i64 = stmt
                .query_row(params![c.key, lo, start.0, start.1, left as i64], |r| {
                    r.get(0)
                })?;
            total += n.max(0) as usize;
        }
        Ok(total.min(cap))
    }
}

/// Streams of at most this many keys are checked by probing `event_keys`;
/// wider ones (long actor prefix lists) on the events' columns.
pub const MAX_PROBE_KEYS: usize = 16;

/// The positions of `batch` that `stream` holds: one primary-key probe of
/// `event_keys` per candidate and key, in one statement per key.
pub fn probe(
    conn: &Connection,
    stream: &Stream,
    batch: &[Position],
) -> Result<Vec<Position>, StoreError> {
    let pairs: Vec<(&str, i64)> = batch.iter().map(|p| (p.0.as_str(), p.1)).collect();
    let json =
        serde_json::to_string(&pairs).map_err(|e| StoreError::InvalidFilter(e.to_string()))?;
    let mut stmt = conn.prepare_cached(
        "SELECT k.event_id FROM json_each(?2) AS j CROSS JOIN event_keys AS k
         ON k.key = ?1 AND k.date = json_extract(j.value, '$[0]')
            AND k.event_id = json_extract(j.value, '$[1]')",
    )?;
    let mut held = std::collections::HashSet::new();
    for key in stream.keys() {
        let rows = stmt.query_map(params![key, json], |r| r.get::<_, i64>(0))?;
        for id in rows {
            held.insert(id?);
        }
        if held.len() == batch.len() {
            break;
        }
    }
    Ok(batch
        .iter()
        .filter(|p| held.contains(&p.1))
        .cloned()
        .collect())
}

/// Candidates checked per call of the verifier in [`drive`].
pub const VERIFY_BATCH: usize = 256;

/// What [`drive`] found: the matching positions, newest first, and where it
/// stopped when it ran out of its work budget before finding `want`.
pub struct Driven {
    pub found: Vec<Position>,
    pub stopped_at: Option<Position>,
}

/// Walks `driver` newest first from `start` and keeps the candidates that
/// `verify` accepts (it gets batches of [`VERIFY_BATCH`] positions and
/// returns the accepted ones), until `want` are found, the driver ends, or
/// `max_scan` candidates were read: then `stopped_at` is the last one read,
/// so a page can continue from there and no request is unbounded.
pub fn drive(
    conn: &Connection,
    driver: &mut Stream,
    start: Position,
    lo: &str,
    want: usize,
    max_scan: usize,
    mut verify: impl FnMut(&[Position]) -> Result<Vec<Position>, StoreError>,
) -> Result<Driven, StoreError> {
    let mut found = Vec::new();
    let mut target = start;
    let mut scanned = 0usize;
    let mut batch: Vec<Position> = Vec::with_capacity(VERIFY_BATCH);
    let mut ended = false;
    while found.len() < want && !ended {
        batch.clear();
        while batch.len() < VERIFY_BATCH {
            driver.seek(conn, &target, lo)?;
            match driver.head() {
                Some(h) if h.1 != i64::MIN => {
                    batch.push(h.clone());
                    target = (h.0.clone(), h.1 - 1);
                }
                _ => {
                    ended = true;
                    break;
                }
            }
        }
        scanned += batch.len();
        if batch.is_empty() {
            break;
        }
        found.extend(verify(&batch)?);
        if found.len() < want && !ended && scanned >= max_scan {
            return Ok(Driven {
                found,
                stopped_at: batch.last().cloned(),
            });
        }
    }
    found.truncate(want);
    Ok(Driven {
        found,
        stopped_at: None,
    })
}

/// The first `want` positions at or before `start` (and not older than
/// `lo`) that every stream holds, newest first.
pub fn intersect(
    conn: &Connection,
    streams: &mut [Stream],
    start: Position,
    lo: &str,
    want: usize,
) -> Result<Vec<Position>, StoreError> {
    let mut found = Vec::new();
    if streams.is_empty() || want == 0 {
        return Ok(found);
    }
    let n = streams.len();
    let mut target = start;
    let mut agree = 0usize;
    let mut i = 0usize;
    loop {
        streams[i].seek(conn, &target, lo)?;
        let Some(head) = streams[i].head() else {
            break;
        };
        if *head == target {
            agree += 1;
        } else {
            target = head.clone();
            agree = 1;
        }
        if agree == n {
            found.push(target.clone());
            if found.len() >= want || target.1 == i64::MIN {
                break;
            }
            target.1 -= 1;
            agree = 0;
        }
        i = (i + 1) % n;
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db(rows: &[(&str, &str, i64)]) -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE event_keys (key TEXT NOT NULL, date TEXT NOT NULL, event_id INTEGER NOT NULL,
                 PRIMARY KEY (key, date, event_id)) WITHOUT ROWID;",
        )
        .unwrap();
        for (k, d, id) in rows {
            conn.execute(
                "INSERT INTO event_keys VALUES (?1, ?2, ?3)",
                params![k, d, id],
            )
            .unwrap();
        }
        conn
    }

    fn top() -> Position {
        ("\u{10FFFF}".to_string(), i64::MAX)
    }

    #[test]
    fn intersection_is_newest_first_and_respects_bounds() {
        let mut rows = Vec::new();
        // a: every event; b: every third; c (union part): event 4 and 9
        let dates: Vec<String> = (1..=12).map(|i| format!("2025-01-{i:02}")).collect();
        for (i, d) in dates.iter().enumerate() {
            let id = i as i64 + 1;
            rows.push(("a", d.as_str(), id));
            if id % 3 == 0 {
                rows.push(("b", d.as_str(), id));
            }
        }
        rows.push(("c1", "2025-01-04", 4));
        rows.push(("c2", "2025-01-09", 9));
        rows.push(("a", "", 13)); // undated
        let conn = db(&rows);
        let ids = |streams: &mut [Stream], start: Position, lo: &str, want: usize| -> Vec<i64> {
            intersect(&conn, streams, start, lo, want)
                .unwrap()
                .into_iter()
                .map(|p| p.1)
                .collect()
        };
        let a = || Stream::any_of(["a".to_string()]);
        let b = || Stream::any_of(["b".to_string()]);
        let c = || Stream::any_of(["c1".to_string(), "c2".to_string()]);
        assert_eq!(ids(&mut [a(), b()], top(), "", 10), vec![12, 9, 6, 3]);
        assert_eq!(ids(&mut [b(), a()], top(), "", 2), vec![12, 9]);
        assert_eq!(ids(&mut [a(), c()], top(), "", 10), vec![9, 4]);
        assert_eq!(ids(&mut [a(), b(), c()], top(), "", 10), vec![9]);
        // undated last, excluded by a lower date bound
        assert_eq!(ids(&mut [a()], top(), "", 20).first(), Some(&12));
        assert_eq!(ids(&mut [a()], top(), "", 20).last(), Some(&13));
        assert_eq!(ids(&mut [a()], top(), "2025-01-10", 20), vec![12, 11, 10]);
        // start after a position (cursor paging)
        assert_eq!(
            ids(&mut [a(), b()], ("2025-01-09".into(), 8), "", 10),
            vec![6, 3]
        );
        assert!(ids(&mut [Stream::any_of(["zz".to_string()]), a()], top(), "", 5).is_empty());
    }

    #[test]
    fn driving_checks_batches_and_stops_at_its_budget() {
        let mut rows: Vec<(String, String, i64)> = Vec::new();
        for id in 1..=2000i64 {
            let d = format!("2024-{:02}-{:02}", 1 + id % 12, 1 + id % 28);
            rows.push(("a".into(), d.clone(), id));
            if id % 100 == 0 {
                rows.push(("b".into(), d, id));
            }
        }
        let refs: Vec<(&str, &str, i64)> = rows
            .iter()
            .map(|(k, d, i)| (k.as_str(), d.as_str(), *i))
            .collect();
        let conn = db(&refs);
        let b = Stream::any_of(["b".to_string()]);
        let a = || Stream::any_of(["a".to_string()]);
        assert_eq!(a().estimate(&conn, &top(), "", 10_000).unwrap(), 2000);
        assert_eq!(a().estimate(&conn, &top(), "", 300).unwrap(), 300);
        assert_eq!(b.estimate(&conn, &top(), "", 10_000).unwrap(), 20);
        // everything in budget: the 20 events of b, newest first
        let all = drive(&conn, &mut a(), top(), "", 100, 10_000, |batch| {
            probe(&conn, &b, batch)
        })
        .unwrap();
        assert!(all.stopped_at.is_none());
        assert_eq!(all.found.len(), 20);
        assert!(all.found.iter().all(|p| p.1 % 100 == 0));
        assert!(all.found.windows(2).all(|w| w[0] > w[1]));
        // a budget of one batch: what that batch held, and where it stopped
        let part = drive(&conn, &mut a(), top(), "", 100, VERIFY_BATCH, |batch| {
            probe(&conn, &b, batch)
        })
        .unwrap();
        let stop = part.stopped_at.clone().expect("stopped");
        assert!(part.found.len() < 20);
        assert!(part.found.iter().all(|p| *p > stop));
        assert_eq!(part.found[..], all.found[..part.found.len()]);
        // continuing after the stop finds the rest
        let rest = drive(
            &conn,
            &mut a(),
            (stop.0, stop.1 - 1),
            "",
            100,
            10_000,
            |batch| probe(&conn, &b, batch),
        )
        .unwrap();
        assert_eq!(part.found.len() + rest.found.len(), 20);
    }

    #[test]
    fn dense_walks_refill_their_buffers() {
        let rows: Vec<(String, i64)> = (1..=5000)
            .map(|i| (format!("2024-{:02}-{:02}", 1 + i % 12, 1 + i % 28), i))
            .collect();
        let mut with_keys: Vec<(&str, &str, i64)> = Vec::new();
        for (d, id) in &rows {
            with_keys.push(("a", d.as_str(), *id));
            if id % 7 == 0 {
                with_keys.push(("b", d.as_str(), *id));
            }
        }
        let conn = db(&with_keys);
        let mut streams = [
            Stream::any_of(["a".to_string()]),
            Stream::any_of(["b".to_string()]),
        ];
        let found = intersect(&conn, &mut streams, top(), "", 10_000).unwrap();
        assert_eq!(found.len(), 5000 / 7);
        assert!(found.windows(2).all(|w| w[0] > w[1]), "newest first");
        assert!(found.iter().all(|p| p.1 % 7 == 0));
    }
}
