//! Dyad counts over the index: the busiest source -> target pairs among
//! the events a filter selects, by country (the code when an actor has no
//! country) or by full code, as [`crate::Store::dyads`] counts them.

use super::{NONE16, NONE32, ReadIndex};
use crate::{DyadCount, EventFilter, StoreError};
// ahash: these maps are keyed by our own small values, hashed millions
// of times per build; SipHash (the std default) was a quarter of the build
use ahash::AHashMap as HashMap;

impl ReadIndex {
    /// The busiest pairs, or `None` when the index cannot answer the filter.
    pub fn dyads(
        &self,
        f: &EventFilter,
        by_country: bool,
    ) -> Result<Option<Vec<DyadCount>>, StoreError> {
        let limit = f.page_size()?;
        let Some(q) = self.compile(f)? else {
            return Ok(None);
        };
        // SQL groups by the text: a country and a code written alike are
        // one group, so both map to one number per distinct text
        let mut numbers: HashMap<&str, u32> = HashMap::default();
        let mut code_no = Vec::with_capacity(self.codes.0.len());
        let mut country_no = Vec::with_capacity(self.countries.0.len());
        for (names, into) in [
            (&self.codes.0, &mut code_no),
            (&self.countries.0, &mut country_no),
        ] {
            for s in names {
                let next = numbers.len() as u32;
                into.push(*numbers.entry(s.as_str()).or_insert(next));
            }
        }
        let mut names: Vec<&str> = vec![""; numbers.len()];
        for (s, &n) in &numbers {
            names[n as usize] = s;
        }
        let c = &self.cols;
        let side = |code: u32, country: u16| -> u32 {
            if by_country && country != NONE16 {
                country_no[country as usize]
            } else {
                code_no.get(code as usize).copied().unwrap_or(u32::MAX)
            }
        };
        let mut counts: HashMap<(u32, u32), [u64; 5]> = HashMap::default();
        self.walk(&q, q.lo, q.hi, |r| {
            if c.target[r] != NONE32 {
                let key = (
                    side(c.source[r], c.source_country[r]),
                    side(c.target[r], c.target_country[r]),
                );
                let n = counts.entry(key).or_insert([0; 5]);
                n[0] += 1;
                if let Some(slot) = n.get_mut(usize::from(c.quad[r])).filter(|_| c.quad[r] >= 1) {
                    *slot += 1;
                }
            }
            true
        });
        let name = |n: u32| names.get(n as usize).copied().unwrap_or("");
        let mut out: Vec<DyadCount> = counts
            .into_iter()
            .map(|((s, t), n)| DyadCount {
                source: name(s).to_string(),
                target: name(t).to_string(),
                events: n[0],
                quad: [n[1], n[2], n[3], n[4]],
            })
            .collect();
        out.sort_unstable_by(|a, b| {
            b.events
                .cmp(&a.events)
                .then_with(|| a.source.cmp(&b.source))
                .then_with(|| a.target.cmp(&b.target))
        });
        out.truncate(limit);
        Ok(Some(out))
    }
}
