//! Linear multi-class models over hashed sparse features.
//!
//! [`SparseWeights`] is the frozen, read-only model used at analysis time: an
//! open-addressing table from 64-bit feature key to a run of (class, weight)
//! pairs in two flat arrays. Perceptron weights are sparse per feature (most
//! features only ever touch a few classes), so this is far smaller than dense
//! rows and costs one table probe plus one contiguous read per feature.
//!
//! [`Perceptron`] is the averaged perceptron used in training; it freezes into
//! `SparseWeights`, dropping weights whose magnitude is below a threshold.

use crate::modelfile::{Reader, Writer};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use tacitus_core::TacitusError;

#[derive(Clone, Copy, Default)]
#[repr(C)]
struct Slot {
    key: u64,
    start: u32,
    len: u32,
}

/// Marks a slot whose row is stored densely (all classes) in `dense`.
const DENSE: u32 = 1 << 31;
/// Marks a slot holding its only (class, weight) pair inline: the class in the
/// low byte of `len`, the weight's bits in `start` (saves a memory access for
/// the many rare features).
const INLINE: u32 = 1 << 30;

/// Frozen sparse weights: feature key -> (class, weight) pairs.
///
/// Rows that cover many classes (frequent features) are also expanded into
/// dense rows at load time: adding a contiguous row vectorizes, while a long
/// scatter of (class, weight) pairs is what dominates parsing time otherwise.
pub struct SparseWeights {
    n_classes: usize,
    mask: usize,
    slots: Vec<Slot>,
    /// (key, start, len) into `classes`/`weights`, in file order.
    rows: Vec<(u64, u32, u32)>,
    classes: Vec<u8>,
    weights: Vec<f32>,
    dense: Vec<f32>,
}

impl std::fmt::Debug for SparseWeights {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SparseWeights")
            .field("n_classes", &self.n_classes)
            .field("n_features", &self.rows.len())
            .field("n_weights", &self.weights.len())
            .finish()
    }
}

impl SparseWeights {
    fn build(
        n_classes: usize,
        rows: Vec<(u64, u32, u32)>,
        classes: Vec<u8>,
        weights: Vec<f32>,
    ) -> Result<Self, &'static str> {
        let cap = (rows.len() * 2).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut slots = vec![Slot::default(); cap];
        let mut dense = Vec::new();
        for &(key, start, len) in &rows {
            let (a, b) = (start as usize, start as usize + len as usize);
            if key == 0 || len as usize > n_classes || b > weights.len() {
                return Err("bad feature row");
            }
            let slot = if n_classes >= 8 && (len as usize) * 4 >= n_classes {
                let at = dense.len();
                dense.resize(at + n_classes, 0.0);
                for (c, w) in classes[a..b].iter().zip(&weights[a..b]) {
                    dense[at + *c as usize] += *w;
                }
                Slot {
                    key,
                    start: at as u32,
                    len: DENSE | len,
                }
            } else if len == 1 {
                Slot {
                    key,
                    start: weights[a].to_bits(),
                    len: INLINE | u32::from(classes[a]),
                }
            } else {
                Slot { key, start, len }
            };
            let mut i = (key as usize) & mask;
            while slots[i].key != 0 {
                if slots[i].key == key {
                    return Err("duplicate feature key");
                }
                i = (i + 1) & mask;
            }
            slots[i] = slot;
        }
        Ok(SparseWeights {
            n_classes,
            mask,
            slots,
            rows,
            classes,
            weights,
            dense,
        })
    }

    /// Builds from (key, [(class, weight)]) rows.
    fn from_rows(n_classes: usize, rows: Vec<(u64, Vec<(u8, f32)>)>) -> Self {
        let mut flat = Vec::with_capacity(rows.len());
        let (mut classes, mut weights) = (Vec::new(), Vec::new());
        for (key, row) in rows {
            flat.push((key, weights.len() as u32, row.len() as u32));
            for (c, w) in row {
                classes.push(c);
                weights.push(w);
            }
        }
        match Self::build(n_classes, flat, classes, weights) {
            Ok(w) => w,
            // Rows come from a hash map (unique keys) with in-range classes.
            Err(e) => unreachable!("freezing weights: {e}"),
        }
    }

    pub fn n_classes(&self) -> usize {
        self.n_classes
    }

    /// A copy without the weights whose magnitude is below `min_abs`.
    pub fn pruned(&self, min_abs: f32) -> SparseWeights {
        let rows = self
            .rows
            .iter()
            .filter_map(|&(key, start, len)| {
                let (a, b) = (start as usize, (start + len) as usize);
                let kept: Vec<(u8, f32)> = self.classes[a..b]
                    .iter()
                    .zip(&self.weights[a..b])
                    .filter(|(_, w)| w.abs() >= min_abs)
                    .map(|(c, w)| (*c, *w))
                    .collect();
                (!kept.is_empty()).then_some((key, kept))
            })
            .collect();
        Self::from_rows(self.n_classes, rows)
    }

    pub fn n_weights(&self) -> usize {
        self.weights.len()
    }

    #[inline]
    fn find(&self, key: u64) -> Option<Slot> {
        let mut i = (key as usize) & self.mask;
        loop {
            let s = self.slots[i];
            if s.key == key {
                return Some(s);
            }
            if s.key == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Hints the CPU to fetch the slot of `key`.
    #[inline]
    pub fn prefetch(&self, key: u64) {
        #[cfg(target_arch = "x86_64")]
        {
            let i = (key as usize) & self.mask;
            let p = self.slots.as_ptr().wrapping_add(i) as *const i8;
            // SAFETY: prefetch is a hint and never faults; `i` is in bounds anyway.
            unsafe { std::arch::x86_64::_mm_prefetch(p, std::arch::x86_64::_MM_HINT_T0) };
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = key;
    }

    /// Adds the weights of every feature in `keys` to `scores`
    /// (`scores.len()` must be `n_classes`).
    #[inline]
    pub fn score(&self, keys: &[u64], scores: &mut [f32]) {
        for &k in keys {
            self.prefetch(k);
        }
        let n = self.n_classes.min(scores.len());
        let scores = &mut scores[..n];
        for &k in keys {
            if let Some(s) = self.find(k) {
                let start = s.start as usize;
                if s.len & DENSE != 0 {
                    let row = &self.dense[start..start + n];
                    for (sc, w) in scores.iter_mut().zip(row) {
                        *sc += *w;
                    }
                } else if s.len & INLINE != 0 {
                    if let Some(slot) = scores.get_mut((s.len & 0xff) as usize) {
                        *slot += f32::from_bits(s.start);
                    }
                } else {
                    let end = start + s.len as usize;
                    for (c, w) in self.classes[start..end]
                        .iter()
                        .zip(&self.weights[start..end])
                    {
                        if let Some(slot) = scores.get_mut(*c as usize) {
                            *slot += *w;
                        }
                    }
                }
            }
        }
    }

    pub fn write(&self, w: &mut Writer) {
        w.u32(self.n_classes as u32);
        w.u32(self.rows.len() as u32);
        for &(key, _, len) in &self.rows {
            w.u64(key);
            w.u8(len as u8);
        }
        w.u32(self.weights.len() as u32);
        for &(_, start, len) in &self.rows {
            for c in &self.classes[start as usize..(start + len) as usize] {
                w.u8(*c);
            }
        }
        for &(_, start, len) in &self.rows {
            for x in &self.weights[start as usize..(start + len) as usize] {
                w.f32(*x);
            }
        }
    }

    pub fn read(r: &mut Reader) -> Result<Self, TacitusError> {
        let n_classes = r.count(255)?;
        let n_features = r.count(1 << 28)?;
        let heads = r.bytes(
            n_features
                .checked_mul(9)
                .ok_or_else(|| r.error("feature count overflow"))?,
        )?;
        let n_weights = r.count(1 << 30)?;
        let classes = r.bytes(n_weights)?.to_vec();
        if classes.iter().any(|&c| c as usize >= n_classes) {
            return Err(r.error("class id out of range"));
        }
        let weight_bytes = r.bytes(n_weights * 4)?;
        let weights: Vec<f32> = weight_bytes
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        let mut rows = Vec::with_capacity(n_features);
        let mut start = 0u32;
        for h in heads.chunks_exact(9) {
            let mut k = [0u8; 8];
            k.copy_from_slice(&h[..8]);
            let len = u32::from(h[8]);
            rows.push((u64::from_le_bytes(k), start, len));
            start += len;
        }
        if start as usize != n_weights {
            return Err(r.error("weight count does not match feature rows"));
        }
        Self::build(n_classes, rows, classes, weights).map_err(|m| r.error(m))
    }
}

/// Pass-through hasher: feature keys are already well-mixed 64-bit hashes.
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;

#[derive(Clone, Copy)]
struct Param {
    class: u8,
    weight: f32,
    total: f64,
    stamp: u64,
}

/// Averaged perceptron (Collins 2002) with lazy averaging.
pub struct Perceptron {
    n_classes: usize,
    params: KeyMap<Vec<Param>>,
    /// Number of training instances seen (the averaging clock).
    time: u64,
}

impl Perceptron {
    pub fn new(n_classes: usize) -> Self {
        assert!(n_classes < 256, "at most 255 classes");
        Perceptron {
            n_classes,
            params: KeyMap::default(),
            time: 0,
        }
    }

    /// Adds current (non-averaged) weights to `scores`.
    pub fn score(&self, keys: &[u64], scores: &mut [f32]) {
        for k in keys {
            if let Some(row) = self.params.get(k) {
                for p in row {
                    scores[p.class as usize] += p.weight;
                }
            }
        }
    }

    /// Advances the clock by one instance.
    pub fn tick(&mut self) {
        self.time += 1;
    }

    /// Moves weight from `guess` to `truth` for every feature.
    pub fn update(&mut self, keys: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        let time = self.time;
        for &k in keys {
            let row = self.params.entry(k).or_default();
            for (class, delta) in [(truth, 1.0f32), (guess, -1.0f32)] {
                let class = class as u8;
                let p = match row.iter_mut().position(|p| p.class == class) {
                    Some(i) => &mut row[i],
                    None => {
                        row.push(Param {
                            class,
                            weight: 0.0,
                            total: 0.0,
                            stamp: time,
                        });
                        let last = row.len() - 1;
                        &mut row[last]
                    }
                };
                p.total += (time - p.stamp) as f64 * f64::from(p.weight);
                p.stamp = time;
                p.weight += delta;
            }
        }
    }

    /// Averages the weights and keeps those with magnitude >= `min_abs`.
    pub fn freeze(&self, min_abs: f32) -> SparseWeights {
        let time = self.time.max(1) as f64;
        let mut rows: Vec<(u64, Vec<(u8, f32)>)> = self
            .params
            .iter()
            .filter_map(|(&key, row)| {
                let kept: Vec<(u8, f32)> = row
                    .iter()
                    .map(|p| {
                        let total = p.total + (self.time - p.stamp) as f64 * f64::from(p.weight);
                        (p.class, (total / time) as f32)
                    })
                    .filter(|(_, w)| w.abs() >= min_abs)
                    .collect();
                (!kept.is_empty()).then_some((key, kept))
            })
            .collect();
        rows.sort_by_key(|r| r.0);
        for r in &mut rows {
            r.1.sort_by_key(|p| p.0);
        }
        SparseWeights::from_rows(self.n_classes, rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::modelfile::{Reader, Writer};

    #[test]
    fn learns_and_round_trips() {
        let mut p = Perceptron::new(3);
        // class = index of the single active feature among 10, 20, 30
        for _ in 0..5 {
            for (k, c) in [(10u64, 0usize), (20, 1), (30, 2)] {
                let mut s = [0f32; 3];
                p.score(&[k, 99], &mut s);
                let guess = (0..3).max_by(|&a, &b| s[a].total_cmp(&s[b])).unwrap();
                p.update(&[k, 99], c, guess);
                p.tick();
            }
        }
        let frozen = p.freeze(1e-6);
        for (k, c) in [(10u64, 0usize), (20, 1), (30, 2)] {
            let mut s = [0f32; 3];
            frozen.score(&[k, 99], &mut s);
            let best = (0..3).max_by(|&a, &b| s[a].total_cmp(&s[b])).unwrap();
            assert_eq!(best, c);
        }
        let mut w = Writer::default();
        frozen.write(&mut w);
        let back = SparseWeights::read(&mut Reader::new("t", &w.buf)).unwrap();
        assert_eq!(back.n_weights(), frozen.n_weights());
        let (mut a, mut b) = ([0f32; 3], [0f32; 3]);
        frozen.score(&[10, 20, 99], &mut a);
        back.score(&[10, 20, 99], &mut b);
        assert_eq!(a, b);
    }
}
