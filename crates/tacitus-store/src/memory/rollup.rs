//! Roll-ups in memory: per scope (every event, or the events of one
//! country as source or target) and per day, ISO week and month, the event
//! counts by CAMEO root, quad class and PLOVER type: the same cells as the
//! `rollups` table, built from the index's columns. Whole periods of a
//! timeline read their own cells; the partial periods at the edges of a
//! date range read day cells. Totals read month cells (plus day cells at
//! the edges, plus undated cells when no date is set).

use super::{NONE16, ReadIndex, date_of};
use crate::{Interval, TimelineGroup, TimelinePoint};
use chrono::Datelike;
// ahash: these maps are keyed by our own small values, hashed millions
// of times per build; SipHash (the std default) was a quarter of the build
use ahash::AHashMap as HashMap;

/// Events of one (root, quad class, PLOVER type) in one period.
#[derive(Debug, Clone, Copy)]
pub(super) struct Cell {
    root: u16,
    plover: u16,
    quad: u8,
    n: u32,
}

/// The periods of one size, in date order, each with its cells.
#[derive(Debug, Default)]
struct Level {
    starts: Vec<i32>,
    /// Cells of period `i`: `cells[offsets[i]..offsets[i + 1]]`.
    offsets: Vec<u32>,
    cells: Vec<Cell>,
}

impl Level {
    fn cells(&self, i: usize) -> &[Cell] {
        let lo = self.offsets[i] as usize;
        let hi = self
            .offsets
            .get(i + 1)
            .map_or(self.cells.len(), |&h| h as usize);
        &self.cells[lo..hi]
    }
}

/// The roll-ups of one scope: levels day, week, month, and undated cells.
#[derive(Debug, Default)]
struct Cube {
    levels: [Level; 3],
    undated: Vec<Cell>,
}

/// The roll-ups of every scope.
#[derive(Debug, Default)]
pub(super) struct Cubes {
    all: Cube,
    /// By country number.
    by_country: Vec<Cube>,
}

fn level_of(interval: Interval) -> usize {
    match interval {
        Interval::Day => 0,
        Interval::Week => 1,
        Interval::Month => 2,
    }
}

/// The first day of the period holding `day` (day numbers count from
/// 0001-01-01, a Monday, as day 1).
pub(super) fn bucket_start(day: i32, interval: Interval) -> i32 {
    match interval {
        Interval::Day => day,
        Interval::Week => day - (day - 1).rem_euclid(7),
        Interval::Month => date_of(day)
            .and_then(|d| d.with_day(1))
            .map_or(day, |d| d.num_days_from_ce()),
    }
}

/// The last day of the period starting at `start`.
fn bucket_end(start: i32, interval: Interval) -> i32 {
    match interval {
        Interval::Day => start,
        Interval::Week => start + 6,
        Interval::Month => date_of(start)
            .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
            .map_or(start, |d| d.num_days_from_ce() - 1),
    }
}

/// The label of the period starting at `start`, as the SQL path writes it
/// (`2025-07-04`, or `2025-07` for months). Written by hand: chrono's
/// formatting was the largest cost of a timeline.
pub(super) fn label(start: i32, interval: Interval) -> String {
    let Some(d) = date_of(start) else {
        return String::new();
    };
    let (y, m, day) = (d.year().clamp(0, 9999) as u32, d.month(), d.day());
    let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
    let mut out = String::with_capacity(10);
    for n in [y / 1000, y / 100, y / 10, y] {
        out.push(digit(n));
    }
    out.push('-');
    out.push(digit(m / 10));
    out.push(digit(m));
    if interval != Interval::Month {
        out.push('-');
        out.push(digit(day / 10));
        out.push(digit(day));
    }
    out
}

/// Gathers the cells of one level, period by period (periods come in order).
#[derive(Default)]
struct LevelBuilder {
    level: Level,
    current: Option<i32>,
    open: HashMap<(u16, u8, u16), u32>,
}

impl LevelBuilder {
    fn add(&mut self, start: i32, key: (u16, u8, u16)) {
        if self.current != Some(start) {
            self.flush();
            self.current = Some(start);
        }
        *self.open.entry(key).or_insert(0) += 1;
    }

    fn flush(&mut self) {
        let Some(start) = self.current.take() else {
            return;
        };
        self.level.starts.push(start);
        self.level.offsets.push(self.level.cells.len() as u32);
        let mut cells: Vec<Cell> = self
            .open
            .drain()
            .map(|((root, quad, plover), n)| Cell {
                root,
                plover,
                quad,
                n,
            })
            .collect();
        cells.sort_unstable_by_key(|c| (c.root, c.quad, c.plover));
        self.level.cells.extend(cells);
    }

    fn finish(mut self) -> Level {
        self.flush();
        self.level.cells.shrink_to_fit();
        self.level
    }
}

fn cells_of(index: &ReadIndex, ranks: impl Iterator<Item = usize>) -> Vec<Cell> {
    let mut open: HashMap<(u16, u8, u16), u32> = HashMap::default();
    for r in ranks {
        *open.entry(index.cell_key(r)).or_insert(0) += 1;
    }
    open.into_iter()
        .map(|((root, quad, plover), n)| Cell {
            root,
            plover,
            quad,
            n,
        })
        .collect()
}

/// Builds the cube of the events at these ranks, given newest first.
fn cube(index: &ReadIndex, ranks: &[u32]) -> Cube {
    let dated = ranks.partition_point(|&r| (r as usize) < index.dated);
    let mut builders: [LevelBuilder; 3] = Default::default();
    let (mut month_of, mut month_start) = (i32::MIN, 0);
    for &r in ranks[..dated].iter().rev() {
        let r = r as usize;
        let day = index.cols.day[r];
        let key = index.cell_key(r);
        if day != month_of {
            month_of = day;
            month_start = bucket_start(day, Interval::Month);
        }
        builders[0].add(day, key);
        builders[1].add(bucket_start(day, Interval::Week), key);
        builders[2].add(month_start, key);
    }
    let [d, w, m] = builders;
    Cube {
        levels: [d.finish(), w.finish(), m.finish()],
        undated: cells_of(index, ranks[dated..].iter().map(|&r| r as usize)),
    }
}

/// Which cells a filter keeps, and where.
#[derive(Debug, Clone, Copy)]
pub(super) struct CellFilter {
    /// Country number, or every event.
    pub scope: Option<u16>,
    /// Root numbers `lo..hi`.
    pub roots: Option<(u16, u16)>,
    pub quad: Option<u8>,
    pub plover: Option<u16>,
    pub from: Option<i32>,
    pub to: Option<i32>,
}

impl CellFilter {
    fn keeps(&self, c: &Cell) -> bool {
        self.roots.is_none_or(|(lo, hi)| (lo..hi).contains(&c.root))
            && self.quad.is_none_or(|q| q == c.quad)
            && self.plover.is_none_or(|p| p == c.plover)
    }
}

impl Cubes {
    pub(super) fn build(index: &ReadIndex) -> Cubes {
        let all: Vec<u32> = (0..index.len() as u32).collect();
        let by_country = (0..index.countries.0.len())
            .map(|c| {
                let list = index
                    .postings
                    .get(&super::Key::Country(c as u16))
                    .map_or(&[][..], Vec::as_slice);
                cube(index, list)
            })
            .collect();
        Cubes {
            all: cube(index, &all),
            by_country,
        }
    }

    pub(super) fn heap_bytes(&self) -> usize {
        std::iter::once(&self.all)
            .chain(&self.by_country)
            .map(|c| {
                c.undated.capacity() * std::mem::size_of::<Cell>()
                    + c.levels
                        .iter()
                        .map(|l| {
                            l.starts.capacity() * 4
                                + l.offsets.capacity() * 4
                                + l.cells.capacity() * std::mem::size_of::<Cell>()
                        })
                        .sum::<usize>()
            })
            .sum()
    }

    fn scope(&self, f: &CellFilter) -> Option<&Cube> {
        match f.scope {
            None => Some(&self.all),
            Some(c) => self.by_country.get(c as usize),
        }
    }

    /// Calls `visit(period start, cell)` for every kept cell of the periods
    /// of `interval` within the filter's dates, in period order.
    fn visit(&self, f: &CellFilter, interval: Interval, mut visit: impl FnMut(i32, &Cell)) {
        let Some(cube) = self.scope(f) else {
            return;
        };
        let level = &cube.levels[level_of(interval)];
        let days = &cube.levels[0];
        let (from, to) = (f.from.unwrap_or(i32::MIN), f.to.unwrap_or(i32::MAX));
        let first = match f.from {
            None => 0,
            Some(from) => {
                let b = bucket_start(from, interval);
                level.starts.partition_point(|&s| s < b)
            }
        };
        for i in first..level.starts.len() {
            let start = level.starts[i];
            if start > to {
                break;
            }
            let end = bucket_end(start, interval);
            if start >= from && end <= to {
                for c in level.cells(i).iter().filter(|c| f.keeps(c)) {
                    visit(start, c);
                }
            } else {
                // an edge period: its days within the range
                let (a, b) = (start.max(from), end.min(to));
                let mut j = days.starts.partition_point(|&s| s < a);
                while j < days.starts.len() && days.starts[j] <= b {
                    for c in days.cells(j).iter().filter(|c| f.keeps(c)) {
                        visit(start, c);
                    }
                    j += 1;
                }
            }
        }
    }

    /// The number of events the filter's cells hold (undated ones count
    /// when no date is set).
    pub(super) fn total(&self, f: &CellFilter) -> u64 {
        let mut total = 0u64;
        self.visit(f, Interval::Month, |_, c| total += u64::from(c.n));
        if f.from.is_none()
            && f.to.is_none()
            && let Some(cube) = self.scope(f)
        {
            total += cube
                .undated
                .iter()
                .filter(|c| f.keeps(c))
                .map(|c| u64::from(c.n))
                .sum::<u64>();
        }
        total
    }

    /// Counts per period and group.
    pub(super) fn timeline(
        &self,
        index: &ReadIndex,
        f: &CellFilter,
        interval: Interval,
        group: TimelineGroup,
    ) -> Vec<TimelinePoint> {
        let mut counts = Counts::new(interval, group);
        self.visit(f, interval, |start, c| {
            counts.add(start, c.quad, c.plover, u64::from(c.n));
        });
        counts.finish(index)
    }
}

/// Counts per (period, group), gathered in period order.
pub(super) struct Counts {
    interval: Interval,
    group: TimelineGroup,
    current: Option<i32>,
    open: Vec<(u32, u64)>,
    done: Vec<(i32, u32, u64)>,
}

impl Counts {
    pub(super) fn new(interval: Interval, group: TimelineGroup) -> Counts {
        Counts {
            interval,
            group,
            current: None,
            open: Vec::new(),
            done: Vec::new(),
        }
    }

    fn flush(&mut self) {
        if let Some(start) = self.current.take() {
            self.done
                .extend(self.open.drain(..).map(|(g, n)| (start, g, n)));
        }
    }

    /// Adds `n` events of the period starting at `start`.
    pub(super) fn add(&mut self, start: i32, quad: u8, plover: u16, n: u64) {
        if self.current != Some(start) {
            self.flush();
            self.current = Some(start);
        }
        let g = match self.group {
            TimelineGroup::Quad => u32::from(quad),
            TimelineGroup::Plover => u32::from(plover),
            TimelineGroup::None => 0,
        };
        match self.open.iter_mut().find(|(k, _)| *k == g) {
            Some((_, total)) => *total += n,
            None => self.open.push((g, n)),
        }
    }

    /// The points, in period then group order (as text, like SQL's).
    pub(super) fn finish(mut self, index: &ReadIndex) -> Vec<TimelinePoint> {
        self.flush();
        let group = self.group;
        let name = |g: u32| match group {
            TimelineGroup::Quad => g.to_string(),
            TimelineGroup::Plover if g == u32::from(NONE16) => String::new(),
            TimelineGroup::Plover => index.plovers.name(g).to_string(),
            TimelineGroup::None => "all".to_string(),
        };
        // periods may come in either order (walks go newest first) and a
        // period more than once (a timeline's edges); labels sort as their
        // start days do
        let mut named: Vec<(i32, String, u64)> = self
            .done
            .into_iter()
            .map(|(start, g, n)| (start, name(g), n))
            .collect();
        named.sort_unstable_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        let mut points: Vec<TimelinePoint> = Vec::with_capacity(named.len());
        let mut merged: Vec<(i32, String, u64)> = Vec::with_capacity(named.len());
        for (start, g, n) in named {
            match merged.last_mut() {
                Some(prev) if prev.0 == start && prev.1 == g => prev.2 += n,
                _ => merged.push((start, g, n)),
            }
        }
        let mut label_of = (i32::MIN, String::new());
        for (start, group, count) in merged {
            if count == 0 {
                continue;
            }
            if label_of.0 != start {
                label_of = (start, label(start, self.interval));
            }
            points.push(TimelinePoint {
                period: label_of.1.clone(),
                group,
                count,
            });
        }
        points
    }
}

impl ReadIndex {
    /// The roll-up cell key (root, quad class, PLOVER type) of a rank.
    fn cell_key(&self, r: usize) -> (u16, u8, u16) {
        let cameo = self.cols.cameo[r];
        let root = if cameo == NONE16 {
            NONE16
        } else {
            self.root_of_cameo[cameo as usize]
        };
        (root, self.cols.quad[r], self.cols.plover[r])
    }

    pub(super) fn dated_days(&self) -> &[i32] {
        &self.cols.day[..self.dated]
    }
}

/// Old cell numbers -> merged ones, after new strings were numbered in.
pub(super) struct CellRenumbering<'a> {
    pub roots: Option<Vec<u16>>,
    pub plovers: Option<&'a [u32]>,
    /// Old country number -> merged one.
    pub countries: Option<&'a [u32]>,
}

impl Cell {
    fn renumbered(mut self, r: &CellRenumbering<'_>) -> Cell {
        if let Some(m) = &r.roots
            && self.root != NONE16
        {
            self.root = m[usize::from(self.root)];
        }
        if let Some(m) = r.plovers
            && self.plover != NONE16
        {
            self.plover = m[usize::from(self.plover)] as u16;
        }
        self
    }
}

/// Cells of one period, both sorted by key, summed where keys meet.
fn merge_cells(a: &[Cell], b: &[Cell], out: &mut Vec<Cell>) {
    let key = |c: &Cell| (c.root, c.quad, c.plover);
    let mut j = 0;
    for &c in a {
        while j < b.len() && key(&b[j]) < key(&c) {
            out.push(b[j]);
            j += 1;
        }
        if j < b.len() && key(&b[j]) == key(&c) {
            out.push(Cell {
                n: c.n + b[j].n,
                ..c
            });
            j += 1;
        } else {
            out.push(c);
        }
    }
    out.extend_from_slice(&b[j..]);
}

impl Level {
    /// This level renumbered, plus the counts of `delta` (same period size).
    fn merged(&self, delta: &Level, r: &CellRenumbering<'_>) -> Level {
        let mut out = Level {
            starts: Vec::with_capacity(self.starts.len() + delta.starts.len()),
            offsets: Vec::with_capacity(self.starts.len() + delta.starts.len()),
            cells: Vec::with_capacity(self.cells.len() + delta.cells.len()),
        };
        let renumber = r.roots.is_some() || r.plovers.is_some();
        let mut old_cells: Vec<Cell> = Vec::new();
        let (mut i, mut j) = (0, 0);
        while i < self.starts.len() || j < delta.starts.len() {
            let (a, b) = (self.starts.get(i), delta.starts.get(j));
            let start = match (a, b) {
                (Some(&x), Some(&y)) => x.min(y),
                (Some(&x), None) => x,
                (None, Some(&y)) => y,
                (None, None) => break,
            };
            let old: &[Cell] = if a == Some(&start) {
                i += 1;
                if renumber {
                    old_cells.clear();
                    old_cells.extend(self.cells(i - 1).iter().map(|c| c.renumbered(r)));
                    &old_cells
                } else {
                    self.cells(i - 1)
                }
            } else {
                &[]
            };
            let new: &[Cell] = if b == Some(&start) {
                j += 1;
                delta.cells(j - 1)
            } else {
                &[]
            };
            out.starts.push(start);
            out.offsets.push(out.cells.len() as u32);
            merge_cells(old, new, &mut out.cells);
        }
        out
    }
}

impl Cube {
    fn merged(&self, delta: &Cube, r: &CellRenumbering<'_>) -> Cube {
        let [d, w, m] = &self.levels;
        let [dd, dw, dm] = &delta.levels;
        // undated cells are few and in no order: sum them by key
        let mut undated: HashMap<(u16, u8, u16), u32> = HashMap::default();
        for c in self
            .undated
            .iter()
            .map(|c| c.renumbered(r))
            .chain(delta.undated.iter().copied())
        {
            *undated.entry((c.root, c.quad, c.plover)).or_insert(0) += c.n;
        }
        Cube {
            levels: [d.merged(dd, r), w.merged(dw, r), m.merged(dm, r)],
            undated: undated
                .into_iter()
                .map(|((root, quad, plover), n)| Cell {
                    root,
                    plover,
                    quad,
                    n,
                })
                .collect(),
        }
    }
}

impl Cubes {
    /// These roll-ups with the events at `new_ranks` (ascending ranks of
    /// `index`, the merged index) counted in; old cells renumbered by `r`.
    pub(super) fn appended(
        &self,
        index: &ReadIndex,
        new_ranks: &[u32],
        r: &CellRenumbering<'_>,
    ) -> Cubes {
        let empty = Cube::default();
        let mut by_country: Vec<Option<&Cube>> = vec![None; index.countries.0.len()];
        for (old, cube) in self.by_country.iter().enumerate() {
            let at = r.countries.map_or(old, |m| m[old] as usize);
            if let Some(slot) = by_country.get_mut(at) {
                *slot = Some(cube);
            }
        }
        let mut new_by_country: Vec<Vec<u32>> = vec![Vec::new(); by_country.len()];
        for &rank in new_ranks {
            let c = &index.cols;
            let (s, t) = (
                c.source_country[rank as usize],
                c.target_country[rank as usize],
            );
            for country in [s, t] {
                // once per event, even when source and target share it
                if let Some(list) = new_by_country.get_mut(usize::from(country))
                    && list.last() != Some(&rank)
                {
                    list.push(rank);
                }
            }
        }
        Cubes {
            all: self.all.merged(&cube(index, new_ranks), r),
            by_country: by_country
                .into_iter()
                .zip(&new_by_country)
                .map(|(old, new)| old.unwrap_or(&empty).merged(&cube(index, new), r))
                .collect(),
        }
    }
}
