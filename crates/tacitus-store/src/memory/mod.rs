//! The in-memory read index: what a server keeps of the `events` table to
//! answer filtered pages, totals and timelines without asking SQLite.
//!
//! Why: on a million events, the SQLite path (key walks in `event_keys`,
//! roll-up queries, candidate checks) costs 1.5 to 3 ms of CPU per request,
//! mostly in the SQL engine itself (statement preparation, B-tree seeks,
//! JSON parameters); 50 clients on 2 cores then wait far beyond 50 ms. The
//! same questions over compact arrays cost microseconds. The index is
//! derived data, rebuilt from the database (never written back), so the
//! database stays the one source of truth and its invariants are unchanged.
//!
//! Layout: events are numbered by *rank* in the order pages list them
//! (newest first: date descending, then id descending, undated last). Per
//! rank, compact columns hold the id, the date as a day number and every
//! filterable value as a small integer: strings of each kind (actor codes,
//! countries, sectors, CAMEO codes, PLOVER types, outlets) are numbered in
//! sorted order, so a prefix filter (`RUS*`, `05*`) is a range of numbers.
//! Posting lists (sorted ranks) exist per country, sector, code, first three
//! characters of a code, country-level dyad, CAMEO prefix, quad class,
//! PLOVER type and outlet; names (the actors' words in the text) are numbered
//! too, and a name-word filter is the set of names containing the words.
//! A date range or a cursor is a range of ranks
//! found by binary search. A page walks the shortest posting list in that
//! range and checks every filter on the columns ([`filter`]). Roll-ups of
//! counts per scope (all events or one country), day, week and month give
//! totals and timelines ([`rollup`]); dyad counts walk the matches
//! ([`dyads`]); actor counts come from the `actors` table and the columns
//! ([`actors`]). About 110 bytes per event. An index is never changed in
//! place: [`ReadIndex::refresh`] makes a new one, by merging appended events
//! into a copy when only appends happened ([`append`]: under a tenth of a full
//! build on a million events), else by a full build (a few seconds).
//!
//! Answers are the same as the SQL path's (`tests/memory_index.rs` compares
//! them on random filters); the one filter the index does not hold (a
//! document id) returns `None` and goes to SQL. Work per request is bounded
//! by the number of events (a filter without a posting list, such as words
//! of an actor's name, checks every event: a few milliseconds per million).

mod actors;
mod append;
pub use append::Refresh;
mod dyads;
mod filter;
mod rollup;

use crate::{Store, StoreError};
use chrono::{Datelike, NaiveDate};
use rollup::Cubes;
// ahash: these maps are keyed by our own small values, hashed millions
// of times per build; SipHash (the std default) was a quarter of the build
use ahash::AHashMap as HashMap;

/// "No value" in a 16-bit column.
const NONE16: u16 = u16::MAX;
/// "No value" in a 32-bit column.
const NONE32: u32 = u32::MAX;
/// The day number of undated events: sorts after every date when newest
/// come first.
const UNDATED: i32 = i32::MIN;

/// Strings of one kind, numbered in sorted (byte) order: the strings
/// starting with a prefix have consecutive numbers.
#[derive(Debug, Default)]
struct Names(Vec<String>);

impl Names {
    fn id(&self, s: &str) -> Option<u32> {
        self.0
            .binary_search_by(|n| n.as_str().cmp(s))
            .ok()
            .map(|i| i as u32)
    }

    /// The numbers `lo..hi` of the strings starting with `prefix`.
    fn prefix_range(&self, prefix: &str) -> (u32, u32) {
        let lo = self.0.partition_point(|n| n.as_str() < prefix);
        let hi = self
            .0
            .partition_point(|n| n.as_str() < prefix || n.starts_with(prefix));
        (lo as u32, hi.max(lo) as u32)
    }

    fn name(&self, id: u32) -> &str {
        self.0.get(id as usize).map_or("", String::as_str)
    }

    fn heap_bytes(&self) -> usize {
        self.0.capacity() * std::mem::size_of::<String>()
            + self.0.iter().map(String::capacity).sum::<usize>()
    }
}

/// Numbers strings in order of appearance, then renumbers them sorted.
#[derive(Default)]
struct Interner {
    ids: HashMap<String, u32>,
}

impl Interner {
    fn get(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(s.to_string(), id);
        id
    }

    /// The sorted names and, by provisional number, the final number.
    fn finish(self) -> (Names, Vec<u32>) {
        let mut named: Vec<(String, u32)> = self.ids.into_iter().collect();
        named.sort();
        let mut remap = vec![0u32; named.len()];
        let mut names = Vec::with_capacity(named.len());
        for (sorted, (name, provisional)) in named.into_iter().enumerate() {
            remap[provisional as usize] = sorted as u32;
            names.push(name);
        }
        (Names(names), remap)
    }
}

/// What a posting list is the list of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    /// Source or target country.
    Country(u16),
    /// Source or target sector.
    Sector(u16),
    /// Source or target code.
    Code(u32),
    /// Source or target code starting with these three bytes.
    Actor3([u8; 3]),
    /// Source and target codes starting with these bytes.
    Dyad3([u8; 3], [u8; 3]),
    /// CAMEO code starting with these (1 to 4) bytes, zero-padded.
    Cameo([u8; 4]),
    Quad(u8),
    Plover(u16),
    Outlet(u32),
}

fn prefix3(code: &str) -> Option<[u8; 3]> {
    code.as_bytes().get(..3)?.try_into().ok()
}

fn cameo_key(prefix: &[u8]) -> Option<Key> {
    if prefix.is_empty() || prefix.len() > 4 {
        return None;
    }
    let mut k = [0u8; 4];
    k[..prefix.len()].copy_from_slice(prefix);
    Some(Key::Cameo(k))
}

/// The per-rank columns.
#[derive(Debug, Default)]
struct Columns {
    id: Vec<i64>,
    day: Vec<i32>,
    source: Vec<u32>,
    target: Vec<u32>,
    /// The actors' names as found in the text (for name-word filters).
    source_text: Vec<u32>,
    target_text: Vec<u32>,
    source_country: Vec<u16>,
    target_country: Vec<u16>,
    source_sector: Vec<u16>,
    target_sector: Vec<u16>,
    cameo: Vec<u16>,
    quad: Vec<u8>,
    plover: Vec<u16>,
    outlet: Vec<u32>,
}

/// The in-memory read index of one database state (see the module doc).
#[derive(Debug)]
pub struct ReadIndex {
    cols: Columns,
    codes: Names,
    texts: Names,
    countries: Names,
    sectors: Names,
    cameos: Names,
    plovers: Names,
    outlets: Names,
    /// CAMEO roll-up root (first two characters) of each CAMEO code number.
    roots: Names,
    root_of_cameo: Vec<u16>,
    postings: HashMap<Key, Vec<u32>>,
    /// Ranks `0..dated` have a date; the rest are undated.
    dated: usize,
    cubes: Cubes,
    actors: actors::Actors,
    /// The database state built from, to tell appends from other changes.
    mark: append::Watermark,
}

/// The finished string tables of an index, one per interned column.
struct NameTables {
    codes: Names,
    texts: Names,
    countries: Names,
    sectors: Names,
    cameos: Names,
    plovers: Names,
    outlets: Names,
}

/// One row of `events` as read, with provisional string numbers.
struct RawRow {
    id: i64,
    day: i32,
    source: u32,
    target: u32,
    source_text: u32,
    target_text: u32,
    source_country: u32,
    target_country: u32,
    source_sector: u32,
    target_sector: u32,
    cameo: u32,
    quad: u8,
    plover: u32,
    outlet: u32,
}

/// A stored date as a day number; only the canonical `YYYY-MM-DD` form
/// (what the store writes), so that day order is text order.
fn day_number(s: &str) -> Option<i32> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    // by hand: a million dates through chrono's format parser cost a tenth
    // of the build
    let number = |digits: &[u8]| -> Option<u32> {
        digits.iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let (y, m, d) = (number(&b[..4])?, number(&b[5..7])?, number(&b[8..])?);
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d).map(|d| d.num_days_from_ce())
}

/// Roll-up roots (the first two characters of a CAMEO code, as
/// `rollups`) and the root number of each CAMEO code number.
fn roots_of(cameos: &Names) -> (Names, Vec<u16>) {
    let mut root_names: Vec<String> = cameos
        .0
        .iter()
        .map(|c| c.get(..2).unwrap_or(c).to_string())
        .collect();
    root_names.sort();
    root_names.dedup();
    let roots = Names(root_names);
    let root_of_cameo: Vec<u16> = cameos
        .0
        .iter()
        .map(|c| roots.id(c.get(..2).unwrap_or(c)).unwrap_or(0) as u16)
        .collect();
    (roots, root_of_cameo)
}

pub(crate) fn date_of(day: i32) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(day)
}

fn too_many(what: &str) -> StoreError {
    StoreError::Schema(format!("too many distinct {what} for the read index"))
}

fn narrow16(remap: &[u32], provisional: u32, what: &str) -> Result<u16, StoreError> {
    if provisional == NONE32 {
        return Ok(NONE16);
    }
    let id = remap[provisional as usize];
    u16::try_from(id)
        .ok()
        .filter(|&v| v != NONE16)
        .ok_or_else(|| too_many(what))
}

fn final32(remap: &[u32], provisional: u32) -> u32 {
    if provisional == NONE32 {
        NONE32
    } else {
        remap[provisional as usize]
    }
}

/// Per kind of string, the final number of each provisional number.
struct Maps {
    code: Vec<u32>,
    text: Vec<u32>,
    country: Vec<u32>,
    sector: Vec<u32>,
    cameo: Vec<u32>,
    plover: Vec<u32>,
    outlet: Vec<u32>,
}

impl Maps {
    /// The columns of these rows, in their order, in final numbers.
    fn columns(&self, raw: &[RawRow]) -> Result<Columns, StoreError> {
        let n = raw.len();
        let mut cols = Columns {
            id: Vec::with_capacity(n),
            day: Vec::with_capacity(n),
            source: Vec::with_capacity(n),
            target: Vec::with_capacity(n),
            source_text: Vec::with_capacity(n),
            target_text: Vec::with_capacity(n),
            source_country: Vec::with_capacity(n),
            target_country: Vec::with_capacity(n),
            source_sector: Vec::with_capacity(n),
            target_sector: Vec::with_capacity(n),
            cameo: Vec::with_capacity(n),
            quad: Vec::with_capacity(n),
            plover: Vec::with_capacity(n),
            outlet: Vec::with_capacity(n),
        };
        for r in raw {
            cols.id.push(r.id);
            cols.day.push(r.day);
            cols.source.push(final32(&self.code, r.source));
            cols.target.push(final32(&self.code, r.target));
            cols.source_text.push(final32(&self.text, r.source_text));
            cols.target_text.push(final32(&self.text, r.target_text));
            cols.source_country
                .push(narrow16(&self.country, r.source_country, "countries")?);
            cols.target_country
                .push(narrow16(&self.country, r.target_country, "countries")?);
            cols.source_sector
                .push(narrow16(&self.sector, r.source_sector, "sectors")?);
            cols.target_sector
                .push(narrow16(&self.sector, r.target_sector, "sectors")?);
            cols.cameo
                .push(narrow16(&self.cameo, r.cameo, "CAMEO codes")?);
            cols.quad.push(r.quad);
            cols.plover
                .push(narrow16(&self.plover, r.plover, "PLOVER types")?);
            cols.outlet.push(final32(&self.outlet, r.outlet));
        }
        Ok(cols)
    }
}

/// One interner per kind of string.
#[derive(Default)]
struct Interners {
    codes: Interner,
    texts: Interner,
    countries: Interner,
    sectors: Interner,
    cameos: Interner,
    plovers: Interner,
    outlets: Interner,
}

/// Reads the events (those with an id above `after`, or all), their
/// strings numbered by `names`.
fn read_rows(
    store: &Store,
    after: Option<i64>,
    names: &mut Interners,
) -> Result<Vec<RawRow>, StoreError> {
    let mut stmt = store.conn.prepare(
        "SELECT id, date, source_code, source_country, source_sector, target_code, target_country,
                target_sector, cameo, quad_class, plover_type, outlet, source_text, target_text
         FROM events WHERE id > ?1",
    )?;
    let mut rows = stmt.query([after.unwrap_or(i64::MIN)])?;
    let mut raw = Vec::new();
    while let Some(r) = rows.next()? {
        let text = |i: usize| -> Result<Option<&str>, StoreError> {
            Ok(r.get_ref(i)?
                .as_str_or_null()
                .map_err(rusqlite::Error::from)?)
        };
        let opt = |i: usize, into: &mut Interner| -> Result<u32, StoreError> {
            Ok(text(i)?.map_or(NONE32, |s| into.get(s)))
        };
        let day = match text(1)? {
            None => UNDATED,
            Some(d) => day_number(d)
                .ok_or_else(|| StoreError::Schema(format!("event date {d:?} is not YYYY-MM-DD")))?,
        };
        let quad: i64 = r.get(9)?;
        raw.push(RawRow {
            id: r.get(0)?,
            day,
            source: opt(2, &mut names.codes)?,
            source_country: opt(3, &mut names.countries)?,
            source_sector: opt(4, &mut names.sectors)?,
            target: opt(5, &mut names.codes)?,
            target_country: opt(6, &mut names.countries)?,
            target_sector: opt(7, &mut names.sectors)?,
            cameo: opt(8, &mut names.cameos)?,
            quad: u8::try_from(quad)
                .map_err(|_| StoreError::Schema(format!("quad class {quad}")))?,
            plover: opt(10, &mut names.plovers)?,
            outlet: opt(11, &mut names.outlets)?,
            source_text: opt(12, &mut names.texts)?,
            target_text: opt(13, &mut names.texts)?,
        });
    }
    Ok(raw)
}

impl ReadIndex {
    /// Reads every event (one statement: one consistent snapshot) and builds
    /// the index. Fails, so that callers keep to SQL, on data it cannot
    /// represent exactly (a date not written as `YYYY-MM-DD`, a quad class
    /// outside 0..=255, more than 65,535 countries, sectors, CAMEO codes or
    /// PLOVER types).
    pub fn build(store: &Store) -> Result<ReadIndex, StoreError> {
        // one read transaction: events and actors of one database state
        store.conn.execute_batch("SAVEPOINT read_index")?;
        let built = Self::build_in_snapshot(store);
        let released = store.conn.execute_batch("RELEASE read_index");
        let index = built?;
        released?;
        Ok(index)
    }

    /// An index of these columns and names, with its roll-up roots and
    /// dated prefix worked out, and postings, cubes and actors still empty.
    fn with_columns(cols: Columns, names: NameTables, mark: append::Watermark) -> ReadIndex {
        let (roots, root_of_cameo) = roots_of(&names.cameos);
        let dated = cols.day.partition_point(|&d| d != UNDATED);
        ReadIndex {
            cols,
            codes: names.codes,
            texts: names.texts,
            countries: names.countries,
            sectors: names.sectors,
            cameos: names.cameos,
            plovers: names.plovers,
            outlets: names.outlets,
            roots,
            root_of_cameo,
            postings: HashMap::default(),
            dated,
            cubes: Cubes::default(),
            actors: actors::Actors::default(),
            mark,
        }
    }

    fn build_in_snapshot(store: &Store) -> Result<ReadIndex, StoreError> {
        let actor_table = actors::read_actors(store)?;
        let mark = append::Watermark::read(store)?;
        let mut names = Interners::default();
        let mut raw = read_rows(store, None, &mut names)?;
        let Interners {
            codes,
            texts,
            countries,
            sectors,
            cameos,
            plovers,
            outlets,
        } = names;
        // newest first, undated last
        raw.sort_unstable_by_key(|r| std::cmp::Reverse((r.day, r.id)));
        let (codes, code_map) = codes.finish();
        let (texts, text_map) = texts.finish();
        let (countries, country_map) = countries.finish();
        let (sectors, sector_map) = sectors.finish();
        let (cameos, cameo_map) = cameos.finish();
        let (plovers, plover_map) = plovers.finish();
        let (outlets, outlet_map) = outlets.finish();
        if raw.len() >= NONE32 as usize {
            return Err(too_many("events"));
        }
        let maps = Maps {
            code: code_map,
            text: text_map,
            country: country_map,
            sector: sector_map,
            cameo: cameo_map,
            plover: plover_map,
            outlet: outlet_map,
        };
        let cols = maps.columns(&raw)?;
        drop(raw);
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
        index.postings = index.build_postings();
        index.cubes = Cubes::build(&index);
        index.actors = actors::Actors::build(&index, actor_table);
        Ok(index)
    }

    fn build_postings(&self) -> HashMap<Key, Vec<u32>> {
        let mut postings: HashMap<Key, Vec<u32>> = HashMap::default();
        let mut keys: Vec<Key> = Vec::with_capacity(16);
        for rank in 0..self.len() {
            self.posting_keys(rank, &mut keys);
            for k in &keys {
                postings.entry(*k).or_default().push(rank as u32);
            }
        }
        for list in postings.values_mut() {
            list.shrink_to_fit();
        }
        postings
    }

    /// The posting lists the event at `rank` belongs to, without duplicates.
    fn posting_keys(&self, rank: usize, keys: &mut Vec<Key>) {
        let c = &self.cols;
        keys.clear();
        let mut push = |k: Key| {
            if !keys.contains(&k) {
                keys.push(k);
            }
        };
        for country in [c.source_country[rank], c.target_country[rank]] {
            if country != NONE16 {
                push(Key::Country(country));
            }
        }
        for sector in [c.source_sector[rank], c.target_sector[rank]] {
            if sector != NONE16 {
                push(Key::Sector(sector));
            }
        }
        let source = self.codes.name(c.source[rank]);
        let target = (c.target[rank] != NONE32).then(|| self.codes.name(c.target[rank]));
        push(Key::Code(c.source[rank]));
        if c.target[rank] != NONE32 {
            push(Key::Code(c.target[rank]));
        }
        for p in [prefix3(source), target.and_then(prefix3)]
            .into_iter()
            .flatten()
        {
            push(Key::Actor3(p));
        }
        if let (Some(s), Some(t)) = (prefix3(source), target.and_then(prefix3)) {
            push(Key::Dyad3(s, t));
        }
        if c.cameo[rank] != NONE16 {
            let cameo = self.cameos.name(u32::from(c.cameo[rank])).as_bytes();
            for len in 1..=cameo.len().min(4) {
                if let Some(k) = cameo_key(&cameo[..len]) {
                    push(k);
                }
            }
        }
        push(Key::Quad(c.quad[rank]));
        if c.plover[rank] != NONE16 {
            push(Key::Plover(c.plover[rank]));
        }
        if c.outlet[rank] != NONE32 {
            push(Key::Outlet(c.outlet[rank]));
        }
    }

    /// Number of events indexed.
    pub fn len(&self) -> usize {
        self.cols.id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cols.id.is_empty()
    }

    /// Approximate heap memory held, in bytes.
    pub fn heap_bytes(&self) -> usize {
        let c = &self.cols;
        let columns = c.id.capacity() * 8
            + c.day.capacity() * 4
            + (c.source.capacity()
                + c.target.capacity()
                + c.source_text.capacity()
                + c.target_text.capacity()
                + c.outlet.capacity())
                * 4
            + (c.source_country.capacity()
                + c.target_country.capacity()
                + c.source_sector.capacity()
                + c.target_sector.capacity()
                + c.cameo.capacity()
                + c.plover.capacity())
                * 2
            + c.quad.capacity();
        let postings: usize = self.postings.values().map(|l| l.capacity() * 4 + 64).sum();
        let names = [
            &self.codes,
            &self.texts,
            &self.countries,
            &self.sectors,
            &self.cameos,
            &self.plovers,
            &self.outlets,
            &self.roots,
        ]
        .iter()
        .map(|n| n.heap_bytes())
        .sum::<usize>();
        columns + postings + names + self.cubes.heap_bytes() + self.actors.heap_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_become_day_numbers_only_when_canonical() {
        let d = NaiveDate::from_ymd_opt(2025, 7, 4).unwrap();
        assert_eq!(day_number("2025-07-04"), Some(d.num_days_from_ce()));
        assert_eq!(
            date_of(day_number("2024-02-29").unwrap())
                .unwrap()
                .to_string(),
            "2024-02-29"
        );
        for bad in [
            "2025-7-04",
            "2025-02-30",
            "abcd-ef-gh",
            "2025/07/04",
            "",
            "+025-07-04",
        ] {
            assert_eq!(day_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn prefixes_are_ranges_of_sorted_names() {
        let names = Names(
            ["AFG", "RUS", "RUSGOV", "RUSMIL", "USA"]
                .map(String::from)
                .to_vec(),
        );
        assert_eq!(names.prefix_range("RUS"), (1, 4));
        assert_eq!(names.prefix_range("RUSG"), (2, 3));
        assert_eq!(names.prefix_range("B"), (1, 1));
        assert_eq!(names.prefix_range("Z"), (5, 5));
        assert_eq!(names.id("USA"), Some(4));
        assert_eq!(names.id("US"), None);
    }
}
