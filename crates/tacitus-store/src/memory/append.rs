//! Bringing an index up to date when events were only appended, the
//! common case of a server whose database an ingest run writes to.
//!
//! The store gives every new event a higher id than any stored one
//! (SQLite's rowid is the largest plus one); it deletes events only with
//! their document, when a document is replaced. So the events the index
//! holds are all still there, unchanged, exactly when the events with ids
//! up to the indexed maximum are as many as the index holds and the event
//! of the maximum id is still the one indexed (same document row, content
//! hash and run: SQLite would reuse its id only after deleting it). Then
//! the events above the maximum are read and merged in: new strings take
//! their place in each sorted name list (older numbers shift, in order),
//! new events take their rank, older ranks shift, and the posting lists,
//! roll-ups and actor counts are rebuilt from the merged columns without
//! reading the database again. Anything else rebuilds the index whole.

use super::rollup::CellRenumbering;
use super::{
    Columns, HashMap, Interner, Interners, Key, Maps, NONE16, NONE32, NameTables, Names, RawRow,
    ReadIndex, actors, read_rows, too_many,
};
use crate::{Store, StoreError};
use rusqlite::OptionalExtension;
use std::borrow::Cow;

/// The document row, content hash and run of an event.
type Origin = (i64, Option<String>, Option<i64>);

/// The last event an index holds (see the module doc).
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Watermark {
    /// The highest event id indexed, `None` when no event is.
    max_id: Option<i64>,
    origin: Option<Origin>,
}

const ORIGIN: &str = "SELECT e.id, e.doc_rowid, d.content_hash, d.run_id
     FROM events e LEFT JOIN documents d ON d.rowid = e.doc_rowid";

impl Watermark {
    /// The database's last event now.
    pub(super) fn read(store: &Store) -> Result<Watermark, StoreError> {
        let last = store
            .conn
            .query_row(&format!("{ORIGIN} ORDER BY e.id DESC LIMIT 1"), [], |r| {
                Ok((r.get::<_, i64>(0)?, (r.get(1)?, r.get(2)?, r.get(3)?)))
            })
            .optional()?;
        Ok(Watermark {
            max_id: last.as_ref().map(|l| l.0),
            origin: last.map(|l| l.1),
        })
    }

    fn origin_of(store: &Store, id: i64) -> Result<Option<Origin>, StoreError> {
        Ok(store
            .conn
            .query_row(&format!("{ORIGIN} WHERE e.id = ?1"), [id], |r| {
                Ok((r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .optional()?)
    }
}

/// What [`ReadIndex::refresh`] did.
#[derive(Debug)]
pub enum Refresh {
    /// The database holds the events the index holds.
    Unchanged,
    /// Events were only appended: the index with them merged in.
    Appended(ReadIndex),
    /// Something else changed: a new index built whole.
    Rebuilt(ReadIndex),
}

impl ReadIndex {
    /// The index of the database's current state: this one's events plus
    /// the appended ones when only appends happened, else a full build
    /// (see the module doc). The answers equal a fresh build's either way.
    pub fn refresh(&self, store: &Store) -> Result<Refresh, StoreError> {
        store.conn.execute_batch("SAVEPOINT read_index")?;
        let refreshed = self.refresh_in_snapshot(store);
        let released = store.conn.execute_batch("RELEASE read_index");
        let refreshed = refreshed?;
        released?;
        Ok(refreshed)
    }

    fn refresh_in_snapshot(&self, store: &Store) -> Result<Refresh, StoreError> {
        let total: i64 = store
            .conn
            .query_row("SELECT count(*) FROM events", [], |r| r.get(0))?;
        let after = self.mark.max_id;
        let appended: i64 = store.conn.query_row(
            "SELECT count(*) FROM events WHERE id > ?1",
            [after.unwrap_or(i64::MIN)],
            |r| r.get(0),
        )?;
        let last_kept = match (after, &self.mark.origin) {
            (Some(id), Some(origin)) => Watermark::origin_of(store, id)?.as_ref() == Some(origin),
            _ => true,
        };
        let kept_all = usize::try_from(total - appended).ok() == Some(self.len());
        if !(kept_all && last_kept) {
            return Ok(Refresh::Rebuilt(Self::build_in_snapshot(store)?));
        }
        if appended == 0 {
            return Ok(Refresh::Unchanged);
        }
        let table = actors::read_actors(store)?;
        let mark = Watermark::read(store)?;
        let mut names = Interners::default();
        let raw = read_rows(store, after, &mut names)?;
        Ok(Refresh::Appended(self.appended(raw, names, table, mark)?))
    }

    /// This index with `raw` (events above its maximum id) merged in.
    fn appended(
        &self,
        mut raw: Vec<RawRow>,
        names: Interners,
        table: Vec<actors::ActorRow>,
        mark: Watermark,
    ) -> Result<ReadIndex, StoreError> {
        if self.len() + raw.len() >= NONE32 as usize {
            return Err(too_many("events"));
        }
        raw.sort_unstable_by_key(|r| std::cmp::Reverse((r.day, r.id)));
        let (codes, code) = merge_names(&self.codes, names.codes);
        let (texts, text) = merge_names(&self.texts, names.texts);
        let (countries, country) = merge_names(&self.countries, names.countries);
        let (sectors, sector) = merge_names(&self.sectors, names.sectors);
        let (cameos, cameo) = merge_names(&self.cameos, names.cameos);
        let (plovers, plover) = merge_names(&self.plovers, names.plovers);
        let (outlets, outlet) = merge_names(&self.outlets, names.outlets);
        for (kind, n) in [
            ("countries", &countries),
            ("sectors", &sectors),
            ("CAMEO codes", &cameos),
            ("PLOVER types", &plovers),
        ] {
            if n.0.len() >= usize::from(NONE16) {
                return Err(too_many(kind));
            }
        }
        let new = Maps {
            code: code.new,
            text: text.new,
            country: country.new,
            sector: sector.new,
            cameo: cameo.new,
            plover: plover.new,
            outlet: outlet.new,
        }
        .columns(&raw)?;
        // where each new event goes: before the old ranks that sort after it
        let (days, ids) = (&self.cols.day, &self.cols.id);
        let at: Vec<usize> = new
            .id
            .iter()
            .zip(&new.day)
            .map(|(&id, &day)| {
                let (mut lo, mut hi) = (0usize, days.len());
                while lo < hi {
                    let mid = lo + (hi - lo) / 2;
                    if (days[mid], ids[mid]) > (day, id) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                lo
            })
            .collect();
        let old = &self.cols;
        let cols = Columns {
            id: interleave(&old.id, &new.id, &at).into_owned(),
            day: interleave(&old.day, &new.day, &at).into_owned(),
            source: interleave(&remap32(&old.source, &code.old), &new.source, &at).into_owned(),
            target: interleave(&remap32(&old.target, &code.old), &new.target, &at).into_owned(),
            source_text: interleave(&remap32(&old.source_text, &text.old), &new.source_text, &at)
                .into_owned(),
            target_text: interleave(&remap32(&old.target_text, &text.old), &new.target_text, &at)
                .into_owned(),
            source_country: interleave(
                &remap16(&old.source_country, &country.old),
                &new.source_country,
                &at,
            )
            .into_owned(),
            target_country: interleave(
                &remap16(&old.target_country, &country.old),
                &new.target_country,
                &at,
            )
            .into_owned(),
            source_sector: interleave(
                &remap16(&old.source_sector, &sector.old),
                &new.source_sector,
                &at,
            )
            .into_owned(),
            target_sector: interleave(
                &remap16(&old.target_sector, &sector.old),
                &new.target_sector,
                &at,
            )
            .into_owned(),
            cameo: interleave(&remap16(&old.cameo, &cameo.old), &new.cameo, &at).into_owned(),
            quad: interleave(&old.quad, &new.quad, &at).into_owned(),
            plover: interleave(&remap16(&old.plover, &plover.old), &new.plover, &at).into_owned(),
            outlet: interleave(&remap32(&old.outlet, &outlet.old), &new.outlet, &at).into_owned(),
        };
        let names = NameTables {
            codes,
            texts,
            countries,
            sectors,
            cameos,
            plovers,
            outlets,
        };
        let mut index = ReadIndex::with_columns(cols, names, mark);
        // old ranks shift by the new events placed before them
        let shift = Shift::new(&at, self.len());
        let key_of = |k: Key| -> Key {
            let m16 = |v: u16, map: &Option<Vec<u32>>| {
                map.as_ref().map_or(v, |m| m[usize::from(v)] as u16)
            };
            let m32 = |v: u32, map: &Option<Vec<u32>>| map.as_ref().map_or(v, |m| m[v as usize]);
            match k {
                Key::Country(c) => Key::Country(m16(c, &country.old)),
                Key::Sector(s) => Key::Sector(m16(s, &sector.old)),
                Key::Code(c) => Key::Code(m32(c, &code.old)),
                Key::Plover(p) => Key::Plover(m16(p, &plover.old)),
                Key::Outlet(o) => Key::Outlet(m32(o, &outlet.old)),
                other => other,
            }
        };
        // the new events' ranks per posting list, ascending
        let mut added: HashMap<Key, Vec<u32>> = HashMap::default();
        let mut keys = Vec::with_capacity(16);
        for (j, &a) in at.iter().enumerate() {
            let rank = a + j;
            index.posting_keys(rank, &mut keys);
            for k in &keys {
                added.entry(*k).or_default().push(rank as u32);
            }
        }
        let mut postings: HashMap<Key, Vec<u32>> = HashMap::default();
        postings.reserve(self.postings.len() + added.len());
        for (k, list) in &self.postings {
            let k = key_of(*k);
            let new = added.remove(&k).unwrap_or_default();
            let mut merged = shift.list(list, new.len());
            insert_sorted(&mut merged, &new);
            postings.insert(k, merged);
        }
        postings.extend(added);
        index.postings = postings;
        let new_ranks: Vec<u32> = at
            .iter()
            .enumerate()
            .map(|(j, &a)| (a + j) as u32)
            .collect();
        let old_roots = &self.roots.0;
        let roots_moved = old_roots.len() != index.roots.0.len();
        let renumbering = CellRenumbering {
            roots: roots_moved.then(|| {
                old_roots
                    .iter()
                    .map(|name| index.roots.id(name).unwrap_or(0) as u16)
                    .collect()
            }),
            plovers: plover.old.as_deref(),
            countries: country.old.as_deref(),
        };
        index.cubes = self.cubes.appended(&index, &new_ranks, &renumbering);
        index.actors = actors::Actors::build(&index, table);
        Ok(index)
    }
}

/// Numbers of one kind after a merge: old final number -> merged number
/// (`None` when no string was new: numbers stay), and provisional number
/// of a new row's string -> merged number.
struct Renumbering {
    old: Option<Vec<u32>>,
    new: Vec<u32>,
}

/// The sorted union of the index's names and the new rows' names.
fn merge_names(old: &Names, new: Interner) -> (Names, Renumbering) {
    let (added, sorted_of) = new.finish();
    let (a, b) = (&old.0, &added.0);
    let mut merged = Vec::with_capacity(a.len() + b.len());
    let mut old_map = Vec::with_capacity(a.len());
    let mut added_map = Vec::with_capacity(b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        let next = merged.len() as u32;
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                merged.push(x.clone());
                old_map.push(next);
                added_map.push(next);
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x < y => {
                merged.push(x.clone());
                old_map.push(next);
                i += 1;
            }
            (Some(x), None) => {
                merged.push(x.clone());
                old_map.push(next);
                i += 1;
            }
            (_, Some(y)) => {
                merged.push(y.clone());
                added_map.push(next);
                j += 1;
            }
            (None, None) => break,
        }
    }
    let unchanged = merged.len() == a.len();
    let renumbering = Renumbering {
        old: (!unchanged).then_some(old_map),
        new: sorted_of.iter().map(|&s| added_map[s as usize]).collect(),
    };
    (Names(merged), renumbering)
}

fn remap32<'a>(col: &'a [u32], map: &Option<Vec<u32>>) -> Cow<'a, [u32]> {
    remap(col, map, NONE32, |v| v)
}

fn remap16<'a>(col: &'a [u16], map: &Option<Vec<u32>>) -> Cow<'a, [u16]> {
    remap(col, map, NONE16, |v| v as u16)
}

/// A column in merged numbers ("no value" stays).
fn remap<'a, T: Copy + PartialEq + Into<u32>>(
    col: &'a [T],
    map: &Option<Vec<u32>>,
    none: T,
    narrow: impl Fn(u32) -> T,
) -> Cow<'a, [T]> {
    match map {
        None => Cow::Borrowed(col),
        Some(m) => Cow::Owned(
            col.iter()
                .map(|&v| {
                    if v == none {
                        none
                    } else {
                        narrow(m[v.into() as usize])
                    }
                })
                .collect(),
        ),
    }
}

/// `old` with `new[j]` placed before `old[at[j]]` (`at` nondecreasing).
fn interleave<'a, T: Copy>(old: &'a [T], new: &[T], at: &[usize]) -> Cow<'a, [T]> {
    let mut out = Vec::with_capacity(old.len() + new.len());
    let mut from = 0;
    for (&v, &p) in new.iter().zip(at) {
        out.extend_from_slice(&old[from..p]);
        out.push(v);
        from = p;
    }
    out.extend_from_slice(&old[from..]);
    Cow::Owned(out)
}

/// Old ranks -> merged ranks: an old rank moves by the number of new
/// events placed before it.
struct Shift {
    /// From old rank `.0` on (ascending), add `.1`.
    bounds: Vec<(u32, u32)>,
    rank_of_old: Vec<u32>,
}

impl Shift {
    fn new(at: &[usize], old_len: usize) -> Shift {
        let mut bounds: Vec<(u32, u32)> = Vec::new();
        for (j, &a) in at.iter().enumerate() {
            match bounds.last_mut() {
                Some(last) if last.0 as usize == a => last.1 = j as u32 + 1,
                _ => bounds.push((a as u32, j as u32 + 1)),
            }
        }
        let mut rank_of_old = Vec::with_capacity(old_len);
        let mut placed = 0usize;
        for r in 0..old_len {
            while placed < at.len() && at[placed] <= r {
                placed += 1;
            }
            rank_of_old.push((r + placed) as u32);
        }
        Shift {
            bounds,
            rank_of_old,
        }
    }

    /// A sorted list of old ranks in merged ranks, with room for `extra`.
    fn list(&self, list: &[u32], extra: usize) -> Vec<u32> {
        let mut out = Vec::with_capacity(list.len() + extra);
        // short lists: one look-up per rank; long ones: runs with one shift
        if list.len() <= self.bounds.len() * 8 {
            out.extend(list.iter().map(|&r| self.rank_of_old[r as usize]));
            return out;
        }
        let (mut rest, mut by) = (list, 0u32);
        for &(from, next) in &self.bounds {
            let cut = rest.partition_point(|&r| r < from);
            out.extend(rest[..cut].iter().map(|&r| r + by));
            rest = &rest[cut..];
            by = next;
        }
        out.extend(rest.iter().map(|&r| r + by));
        out
    }
}

/// Inserts ascending `new` into ascending `list` (no common elements).
fn insert_sorted(list: &mut Vec<u32>, new: &[u32]) {
    let (mut i, mut j) = (list.len(), new.len());
    list.resize(i + j, 0);
    let mut w = list.len();
    while j > 0 {
        w -= 1;
        if i > 0 && list[i - 1] > new[j - 1] {
            list[w] = list[i - 1];
            i -= 1;
        } else {
            list[w] = new[j - 1];
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merged_names_keep_order_and_renumber_old_ones() {
        let old = Names(["AFG", "RUS", "USA"].map(String::from).to_vec());
        let mut new = Interner::default();
        for s in ["USA", "CHN", "ZZZ"] {
            new.get(s);
        }
        let (merged, r) = merge_names(&old, new);
        assert_eq!(merged.0, ["AFG", "CHN", "RUS", "USA", "ZZZ"]);
        assert_eq!(r.old, Some(vec![0, 2, 3]));
        // provisional numbers in order of appearance: USA, CHN, ZZZ
        assert_eq!(r.new, vec![3, 1, 4]);
        let mut same = Interner::default();
        same.get("RUS");
        let (merged, r) = merge_names(&old, same);
        assert_eq!(merged.0.len(), 3);
        assert_eq!(r.old, None);
        assert_eq!(r.new, vec![1]);
    }

    #[test]
    fn new_values_go_before_the_old_ranks_they_precede() {
        assert_eq!(
            interleave(&[10, 20, 30], &[1, 2, 3], &[0, 2, 3]).into_owned(),
            vec![1, 10, 20, 2, 30, 3]
        );
        let mut list = vec![1, 4, 9];
        insert_sorted(&mut list, &[0, 5, 10]);
        assert_eq!(list, vec![0, 1, 4, 5, 9, 10]);
        // two new events before old rank 1, one before old rank 3
        let shift = Shift::new(&[1, 1, 3], 5);
        assert_eq!(shift.rank_of_old, vec![0, 3, 4, 6, 7]);
        assert_eq!(shift.list(&[2, 4], 0), vec![4, 7]);
        // a long list takes runs of one shift: the same ranks
        let shift = Shift::new(&[1, 1, 3], 40);
        let long: Vec<u32> = (0..40).collect();
        let want: Vec<u32> = (0..40u32)
            .map(|r| r + if r >= 1 { 2 } else { 0 } + u32::from(r >= 3))
            .collect();
        assert_eq!(shift.list(&long, 0), want);
    }
}
