//! Filters over the index: an [`EventFilter`] becomes numbers (a range of
//! code numbers for an actor prefix, a country number, ...) and a range of
//! ranks for its dates; a page walks the shortest posting list within that
//! range (or the range itself) and keeps the ranks every filter accepts.

use super::rollup::{CellFilter, Counts, bucket_start};
use super::{Key, NONE16, ReadIndex, UNDATED, cameo_key, date_of, day_number, prefix3};
use crate::query::{check_code, check_country, check_plover, is_code};
use crate::{
    EventFilter, EventPage, Interval, MAX_OFFSET, PageCursor, StoreError, TimelineGroup,
    TimelinePoint,
};
use chrono::Datelike;

/// A filter in the index's numbers.
#[derive(Debug, Default)]
pub(super) struct Compiled<'a> {
    /// Source or target code number in `lo..hi`.
    actor: Option<(u32, u32)>,
    /// Source or target name among these (by name number): words of a name.
    names: Option<Vec<bool>>,
    country: Option<u16>,
    sector: Option<u16>,
    dyad: Option<((u32, u32), (u32, u32))>,
    cameo: Option<(u16, u16)>,
    quad: Option<u8>,
    plover: Option<u16>,
    outlet: Option<u32>,
    /// Ranks `lo..hi` satisfy the date filters.
    pub(super) lo: usize,
    pub(super) hi: usize,
    /// Posting lists that hold every match.
    lists: Vec<&'a [u32]>,
    /// No event can match (a value the data does not hold).
    none: bool,
}

fn in_range<T: PartialOrd>(v: T, (lo, hi): (T, T)) -> bool {
    lo <= v && v < hi
}

fn narrow((lo, hi): (u32, u32)) -> (u16, u16) {
    (
        lo.min(u32::from(NONE16)) as u16,
        hi.min(u32::from(NONE16)) as u16,
    )
}

impl Compiled<'_> {
    fn accepts(&self, ix: &ReadIndex, r: usize) -> bool {
        let c = &ix.cols;
        if let Some(names) = &self.names {
            let has = |t: u32| names.get(t as usize).copied().unwrap_or(false);
            if !has(c.source_text[r]) && !has(c.target_text[r]) {
                return false;
            }
        }
        if let Some(range) = self.actor
            && !(in_range(c.source[r], range) || in_range(c.target[r], range))
        {
            return false;
        }
        if let Some(k) = self.country
            && c.source_country[r] != k
            && c.target_country[r] != k
        {
            return false;
        }
        if let Some(k) = self.sector
            && c.source_sector[r] != k
            && c.target_sector[r] != k
        {
            return false;
        }
        if let Some((s, t)) = self.dyad
            && !(in_range(c.source[r], s) && in_range(c.target[r], t))
        {
            return false;
        }
        self.cameo.is_none_or(|range| in_range(c.cameo[r], range))
            && self.quad.is_none_or(|q| c.quad[r] == q)
            && self.plover.is_none_or(|p| c.plover[r] == p)
            && self.outlet.is_none_or(|o| c.outlet[r] == o)
    }
}

/// The ranks `lo..hi` of a sorted posting list.
fn window(list: &[u32], lo: usize, hi: usize) -> &[u32] {
    let a = list.partition_point(|&r| (r as usize) < lo);
    let b = list.partition_point(|&r| (r as usize) < hi);
    &list[a..b.max(a)]
}

impl ReadIndex {
    fn list(&self, key: Key) -> &[u32] {
        self.postings.get(&key).map_or(&[][..], Vec::as_slice)
    }

    /// The filter in numbers, or `None` when the index cannot answer it
    /// (a document id). Checks every filter first,
    /// with the SQL path's messages.
    pub(super) fn compile(&self, f: &EventFilter) -> Result<Option<Compiled<'_>>, StoreError> {
        f.conditions()?;
        if f.doc_id.is_some() {
            return Ok(None);
        }
        let mut q = Compiled::default();
        let mut absent = false;
        if let Some(actor) = f.actor.as_deref().map(str::trim)
            && !actor.is_empty()
            && !is_code(actor)
        {
            // words of a name: SQL's `LIKE '%words%'`, which ignores the
            // case of ASCII letters only
            let words = actor.to_ascii_lowercase();
            let names: Vec<bool> = self
                .texts
                .0
                .iter()
                .map(|t| t.to_ascii_lowercase().contains(&words))
                .collect();
            absent |= !names.contains(&true);
            q.names = Some(names);
        }
        if let Some(actor) = f.actor.as_deref().map(str::trim).filter(|a| is_code(a)) {
            let range = self.codes.prefix_range(actor);
            absent |= range.0 == range.1;
            if range.1 == range.0 + 1 {
                q.lists.push(self.list(Key::Code(range.0)));
            } else if let Some(p) = prefix3(actor) {
                q.lists.push(self.list(Key::Actor3(p)));
            }
            q.actor = Some(range);
        }
        if let Some(c) = &f.country {
            match self.countries.id(&check_country(c, "country")?) {
                Some(id) => {
                    q.country = Some(id as u16);
                    q.lists.push(self.list(Key::Country(id as u16)));
                }
                None => absent = true,
            }
        }
        if let Some(s) = &f.sector {
            match self.sectors.id(&check_country(s, "sector")?) {
                Some(id) => {
                    q.sector = Some(id as u16);
                    q.lists.push(self.list(Key::Sector(id as u16)));
                }
                None => absent = true,
            }
        }
        if let Some((a, b)) = &f.dyad {
            let (a, b) = (check_code(a, "dyad source")?, check_code(b, "dyad target")?);
            let (s, t) = (self.codes.prefix_range(&a), self.codes.prefix_range(&b));
            absent |= s.0 == s.1 || t.0 == t.1;
            if let (Some(pa), Some(pb)) = (prefix3(&a), prefix3(&b)) {
                q.lists.push(self.list(Key::Dyad3(pa, pb)));
            }
            q.dyad = Some((s, t));
        }
        if let Some(cameo) = &f.cameo {
            let cameo = cameo.trim();
            let range = narrow(self.cameos.prefix_range(cameo));
            absent |= range.0 == range.1;
            if let Some(k) = cameo_key(cameo.as_bytes()) {
                q.lists.push(self.list(k));
            }
            q.cameo = Some(range);
        }
        if let Some(quad) = f.quad {
            q.quad = Some(quad);
            q.lists.push(self.list(Key::Quad(quad)));
        }
        if let Some(p) = &f.plover {
            match self.plovers.id(&check_plover(p)?) {
                Some(id) => {
                    q.plover = Some(id as u16);
                    q.lists.push(self.list(Key::Plover(id as u16)));
                }
                None => absent = true,
            }
        }
        if let Some(o) = &f.outlet {
            match self.outlets.id(o) {
                Some(id) => {
                    q.outlet = Some(id);
                    q.lists.push(self.list(Key::Outlet(id)));
                }
                None => absent = true,
            }
        }
        // dates: newest first, so `date_to` cuts the head and `date_from` the tail
        (q.lo, q.hi) = (0, self.len());
        if f.date_from.is_some() || f.date_to.is_some() {
            let days = self.dated_days();
            q.hi = days.len();
            if let Some(to) = f.date_to {
                let to = to.num_days_from_ce();
                q.lo = days.partition_point(|&d| d > to);
            }
            if let Some(from) = f.date_from {
                let from = from.num_days_from_ce();
                q.hi = days.partition_point(|&d| d >= from);
            }
        }
        q.none = absent || q.lo >= q.hi;
        // filters that cannot hold together (`cameo=19&quad=1`, an actor on
        // neither side of the dyad) would walk a whole posting list to find
        // nothing: the roll-ups and the code ranges tell at once
        if !q.none {
            if let (Some(a), Some((s, t))) = (q.actor, q.dyad) {
                let meets = |(lo, hi): (u32, u32)| a.0 < hi && lo < a.1;
                q.none = !meets(s) && !meets(t);
            }
            let kept = [
                f.country.is_some(),
                f.quad.is_some(),
                f.plover.is_some(),
                f.cameo.is_some(),
            ];
            if !q.none && q.lists.len() >= 2 && kept.iter().any(|k| *k) {
                q.none = self.cubes.total(&self.cell_filter(f)?) == 0;
            }
        }
        Ok(Some(q))
    }

    /// The first rank after a cursor (newest first).
    fn rank_after(&self, cursor: &PageCursor) -> usize {
        let day = if cursor.date.is_empty() {
            UNDATED
        } else {
            // a cursor's date is checked when parsed
            day_number(&cursor.date).unwrap_or(UNDATED)
        };
        let (days, ids) = (&self.cols.day, &self.cols.id);
        // ranks before the cursor have (day, id) >= the cursor's
        let (mut lo, mut hi) = (0usize, days.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if (days[mid], ids[mid]) >= (day, cursor.id) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// Calls `keep(rank)` for each match in `lo..hi`, newest first, until it
    /// returns false. Walks the shortest posting list in the window.
    pub(super) fn walk(
        &self,
        q: &Compiled<'_>,
        lo: usize,
        hi: usize,
        mut keep: impl FnMut(usize) -> bool,
    ) {
        if q.none || lo >= hi {
            return;
        }
        let shortest = q
            .lists
            .iter()
            .map(|l| window(l, lo, hi))
            .min_by_key(|w| w.len());
        match shortest {
            Some(w) => {
                for &r in w {
                    if q.accepts(self, r as usize) && !keep(r as usize) {
                        return;
                    }
                }
            }
            None => {
                for r in lo..hi {
                    if q.accepts(self, r) && !keep(r) {
                        return;
                    }
                }
            }
        }
    }

    fn cell_filter(&self, f: &EventFilter) -> Result<CellFilter, StoreError> {
        let id16 = |id: Option<u32>| id.map(|i| i as u16);
        Ok(CellFilter {
            scope: match &f.country {
                // a country the data does not hold: an empty scope
                Some(c) => {
                    Some(id16(self.countries.id(&check_country(c, "country")?)).unwrap_or(NONE16))
                }
                None => None,
            },
            // roll-ups hold the first two digits of the code
            roots: f.cameo.as_deref().map(|c| {
                let c = c.trim();
                narrow(self.roots.prefix_range(c.get(..2).unwrap_or(c)))
            }),
            quad: f.quad,
            plover: match &f.plover {
                Some(p) => Some(id16(self.plovers.id(&check_plover(p)?)).unwrap_or(NONE16)),
                None => None,
            },
            from: f.date_from.map(|d| d.num_days_from_ce()),
            to: f.date_to.map(|d| d.num_days_from_ce()),
        })
    }

    /// One page of events, as [`crate::Store::event_page`] answers it, or
    /// `None` when the index cannot answer the filter. Pages are never
    /// partial, and `next` is set only when more events follow.
    pub fn event_page(&self, f: &EventFilter) -> Result<Option<EventPage>, StoreError> {
        let limit = f.page_size()?;
        if f.offset > MAX_OFFSET {
            return Err(StoreError::InvalidFilter(format!(
                "offset {} is above the maximum of {MAX_OFFSET}; page on with the cursor of the previous page",
                f.offset
            )));
        }
        let Some(q) = self.compile(f)? else {
            return Ok(None);
        };
        let total = if f.rollups_suffice() {
            Some(self.cubes.total(&self.cell_filter(f)?))
        } else {
            None
        };
        let lo = match &f.after {
            Some(c) => q.lo.max(self.rank_after(c)),
            None => q.lo,
        };
        // one more than the page, to know whether more follow; no more than
        // the total when it is known (the walk stops at the last match)
        let mut want = f.offset + limit + 1;
        if f.after.is_none()
            && let Some(t) = total
        {
            want = want.min(t.min(usize::MAX as u64) as usize);
        }
        let mut seen = 0usize;
        let mut ranks: Vec<usize> = Vec::with_capacity(limit + 1);
        self.walk(&q, lo, q.hi, |r| {
            if seen >= f.offset {
                ranks.push(r);
            }
            seen += 1;
            seen < want
        });
        let more = ranks.len() > limit
            || (f.after.is_none() && total.is_some_and(|t| t > (f.offset + limit) as u64));
        ranks.truncate(limit);
        let next = match (more, ranks.last()) {
            (true, Some(&r)) => Some(PageCursor {
                date: self.date_text(r),
                id: self.cols.id[r],
            }),
            _ => None,
        };
        Ok(Some(EventPage {
            ids: ranks.iter().map(|&r| self.cols.id[r]).collect(),
            next,
            total,
            partial: false,
        }))
    }

    /// The exact number of events matching `f` when the roll-ups know it
    /// (as [`EventPage::total`]), else `None`.
    pub fn total(&self, f: &EventFilter) -> Result<Option<u64>, StoreError> {
        f.conditions()?;
        if !f.rollups_suffice() {
            return Ok(None);
        }
        Ok(Some(self.cubes.total(&self.cell_filter(f)?)))
    }

    fn date_text(&self, r: usize) -> String {
        match self.cols.day[r] {
            UNDATED => String::new(),
            day => date_of(day).map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string()),
        }
    }

    /// Event counts per period and group, as [`crate::Store::timeline`]
    /// answers them, or `None` when the index cannot answer the filter.
    pub fn timeline(
        &self,
        f: &EventFilter,
        interval: Interval,
        group: TimelineGroup,
    ) -> Result<Option<Vec<TimelinePoint>>, StoreError> {
        if f.rollups_suffice() {
            f.conditions()?;
            let cells = self.cell_filter(f)?;
            return Ok(Some(self.cubes.timeline(self, &cells, interval, group)));
        }
        let Some(q) = self.compile(f)? else {
            return Ok(None);
        };
        // other filters: count the matches (dated ones only)
        let mut counts = Counts::new(interval, group);
        let (mut last_day, mut last_start) = (UNDATED, 0);
        let hi = q.hi.min(self.dated);
        self.walk(&q, q.lo, hi, |r| {
            let day = self.cols.day[r];
            if day != last_day {
                last_day = day;
                last_start = bucket_start(day, interval);
            }
            counts.add(last_start, self.cols.quad[r], self.cols.plover[r], 1);
            true
        });
        Ok(Some(counts.finish(self)))
    }
}
