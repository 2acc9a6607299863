//! [`SparseWeights`]: the frozen, read-only weights of a linear model, as
//! used at analysis time.
//!
//! Scoring is memory-bound: a parser transition looks up ~90 hashed features
//! in a table of a few hundred thousand, so the layout is built for few,
//! overlapping memory accesses:
//!
//! - an open-addressing table of cache-line buckets, each holding eight
//!   slots of a 32-bit fingerprint of the 64-bit feature key and a 32-bit
//!   payload; a key hashes to one bucket (overflow goes to the next) and the
//!   table is sized for 60% occupancy (not a power of two), so a lookup
//!   mostly touches one cache line and the table stays small;
//! - a (class, weight) pair packs into 32 bits (weight rounded to a 14-bit
//!   mantissa, relative error below 1e-4);
//! - a feature with one weight keeps its pair in the slot: no second access;
//! - a feature with a few weights points to a run of packed pairs; one with
//!   many (frequent features) to a dense `f32` row of all classes, whose
//!   addition the compiler vectorizes;
//! - [`SparseWeights::score`] first prefetches every slot, then resolves them
//!   and prefetches their rows, then adds the rows, so the loads overlap.
//!
//! Perceptron weights are sparse per feature (most features only ever touch a
//! few classes), so this is far smaller than dense rows everywhere. The full
//! 64-bit keys stay beside the table for writing and pruning, never touched
//! while scoring. A fingerprint collision (two keys probing the same run with
//! equal fingerprints, about one in 10^5 models) keeps the first feature.

use crate::modelfile::{Reader, Writer};
use tacitus_core::TacitusError;

/// Slots per bucket (one 64-byte cache line).
const BUCKET: usize = 8;

/// Eight slots; slots fill in order, so an empty slot ends the bucket.
#[derive(Clone, Copy, Default)]
#[repr(C, align(64))]
struct Bucket {
    /// Fingerprints of the keys; 0 marks an empty slot.
    tags: [u32; BUCKET],
    /// `INLINE | class << 23 | packed weight`, `DENSE | offset into dense`,
    /// or an index into `entries`.
    vals: [u32; BUCKET],
}

/// One (class, weight) pair of a sparse row, packed like an inline slot
/// value (`class << 23 | packed weight`); `LAST` (bit 31) ends the row.
type Entry = u32;

const INLINE: u32 = 1 << 31;
const DENSE: u32 = 1 << 30;
const INDEX: u32 = DENSE - 1;
const LAST: u32 = 1 << 31;

/// Score buffer: one slot per possible class id (`u8`), so class ids index it
/// without bounds checks. Only the first `n_classes` are meaningful.
pub type Scores = [f32; 256];

/// Keys scored per batch (the pending-row buffer lives on the stack).
const BATCH: usize = 128;

#[inline]
fn fingerprint(key: u64) -> u32 {
    let f = (key as u32) ^ ((key >> 32) as u32).rotate_left(16);
    if f == 0 { 1 } else { f }
}

/// Packs a class and a weight (sign, exponent, 14 mantissa bits, rounded)
/// into the low 31 bits.
#[inline]
fn pack(class: u32, weight: f32) -> u32 {
    let bits = weight.to_bits().saturating_add(0x100) >> 9;
    (class & 0xff) << 23 | (bits & 0x7f_ffff)
}

#[inline]
fn unpack_class(val: u32) -> usize {
    ((val >> 23) & 0xff) as usize
}

#[inline]
fn unpack_weight(val: u32) -> f32 {
    f32::from_bits((val & 0x7f_ffff) << 9)
}

/// The home bucket of a key: the high 32 bits scaled to `n` (Lemire's
/// multiply-shift range reduction, so `n` need not be a power of two).
#[inline]
fn bucket_of(key: u64, n: usize) -> usize {
    (((key >> 32) * n as u64) >> 32) as usize
}

#[inline]
fn prefetch<T>(data: &[T], i: usize) {
    #[cfg(target_arch = "x86_64")]
    {
        let p = data.as_ptr().wrapping_add(i) as *const i8;
        // SAFETY: prefetch is a hint and never faults, even out of bounds.
        unsafe { std::arch::x86_64::_mm_prefetch(p, std::arch::x86_64::_MM_HINT_T0) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (data, i);
}

/// Frozen sparse weights: feature key -> (class, weight) pairs.
pub struct SparseWeights {
    n_classes: usize,
    buckets: Vec<Bucket>,
    entries: Vec<Entry>,
    dense: Vec<f32>,
    /// Exact rows in file order: (key, start, len) into `classes`/`weights`.
    rows: Vec<(u64, u32, u32)>,
    classes: Vec<u8>,
    weights: Vec<f32>,
}

impl std::fmt::Debug for SparseWeights {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SparseWeights")
            .field("n_classes", &self.n_classes)
            .field("n_features", &self.rows.len())
            .field("n_weights", &self.weights.len())
            .field("buckets", &self.buckets.len())
            .field("entries", &self.entries.len())
            .field("dense_rows", &(self.dense.len() / self.n_classes.max(1)))
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
        if n_classes == 0 || n_classes > 255 || classes.len() != weights.len() {
            return Err("bad weight block");
        }
        if classes.iter().any(|&c| c as usize >= n_classes) {
            return Err("class id out of range");
        }
        let n_buckets = (rows.len() * 10 / (6 * BUCKET)).max(1) + 1;
        let mut buckets = vec![Bucket::default(); n_buckets];
        // Full keys of the occupied slots, to tell duplicates from collisions.
        let mut keys = vec![[0u64; BUCKET]; n_buckets];
        let mut used = vec![0u8; n_buckets];
        let mut entries = Vec::new();
        let mut dense = Vec::new();
        for &(key, start, len) in &rows {
            let (a, b) = (start as usize, start as usize + len as usize);
            if key == 0 || len as usize > n_classes || b > weights.len() {
                return Err("bad feature row");
            }
            if len == 0 {
                continue;
            }
            let (cs, ws) = (&classes[a..b], &weights[a..b]);
            let val = if len == 1 {
                INLINE | pack(u32::from(cs[0]), ws[0])
            } else if n_classes >= 8 && (len as usize) * 4 >= n_classes {
                let at = dense.len();
                if at + n_classes > INDEX as usize {
                    return Err("model too large");
                }
                dense.resize(at + n_classes, 0.0);
                for (c, w) in cs.iter().zip(ws) {
                    dense[at + *c as usize] += *w;
                }
                DENSE | at as u32
            } else {
                let at = entries.len();
                if at + cs.len() > INDEX as usize {
                    return Err("model too large");
                }
                entries.extend(cs.iter().zip(ws).map(|(c, w)| pack(u32::from(*c), *w)));
                if let Some(last) = entries.last_mut() {
                    *last |= LAST;
                }
                at as u32
            };
            let tag = fingerprint(key);
            let mut b = bucket_of(key, n_buckets);
            let mut collision = false;
            while used[b] as usize == BUCKET {
                for (k, t) in keys[b].iter().zip(&buckets[b].tags) {
                    if *k == key {
                        return Err("duplicate feature key");
                    }
                    collision |= *t == tag;
                }
                b = if b + 1 == n_buckets { 0 } else { b + 1 };
            }
            let u = used[b] as usize;
            for (k, t) in keys[b][..u].iter().zip(&buckets[b].tags) {
                if *k == key {
                    return Err("duplicate feature key");
                }
                collision |= *t == tag;
            }
            if !collision {
                buckets[b].tags[u] = tag;
                buckets[b].vals[u] = val;
                keys[b][u] = key;
                used[b] += 1;
            }
        }
        Ok(SparseWeights {
            n_classes,
            buckets,
            entries,
            dense,
            rows,
            classes,
            weights,
        })
    }

    /// Builds from (key, [(class, weight)]) rows.
    pub(crate) fn from_rows(n_classes: usize, rows: Vec<(u64, Vec<(u8, f32)>)>) -> Self {
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

    pub fn n_weights(&self) -> usize {
        self.weights.len()
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

    #[inline]
    fn find(&self, key: u64) -> Option<u32> {
        let tag = fingerprint(key);
        let n = self.buckets.len();
        let mut b = bucket_of(key, n);
        for _ in 0..n {
            let bucket = self.buckets.get(b)?;
            for (t, v) in bucket.tags.iter().zip(&bucket.vals) {
                if *t == tag {
                    return Some(*v);
                }
            }
            if bucket.tags[BUCKET - 1] == 0 {
                return None;
            }
            b = if b + 1 == n { 0 } else { b + 1 };
        }
        None
    }

    /// Hints the CPU to fetch the table slots of `keys` (no effect on
    /// results; a block of zero keys is harmless).
    #[inline]
    pub fn prefetch(&self, keys: &[u64]) {
        for &k in keys {
            prefetch(&self.buckets, bucket_of(k, self.buckets.len()));
        }
    }

    /// Adds the weights of every feature in `keys` to `scores`.
    #[inline]
    pub fn score(&self, keys: &[u64], scores: &mut Scores) {
        for chunk in keys.chunks(BATCH) {
            self.score_batch(chunk, scores);
        }
    }

    #[inline]
    fn score_batch(&self, keys: &[u64], scores: &mut Scores) {
        for &k in keys {
            prefetch(&self.buckets, bucket_of(k, self.buckets.len()));
        }
        let mut pending = [0u32; BATCH];
        let mut n_pending = 0;
        for &k in keys {
            let Some(val) = self.find(k) else { continue };
            if val & INLINE != 0 {
                scores[unpack_class(val)] += unpack_weight(val);
                continue;
            }
            let at = (val & INDEX) as usize;
            if val & DENSE != 0 {
                let mut off = 0;
                while off < self.n_classes {
                    prefetch(&self.dense, at + off);
                    off += 16;
                }
            } else {
                prefetch(&self.entries, at);
            }
            if let Some(p) = pending.get_mut(n_pending) {
                *p = val;
                n_pending += 1;
            }
        }
        let n = self.n_classes;
        for &val in &pending[..n_pending] {
            let at = (val & INDEX) as usize;
            if val & DENSE != 0 {
                if let Some(row) = self.dense.get(at..at + n) {
                    for (sc, w) in scores[..n].iter_mut().zip(row) {
                        *sc += *w;
                    }
                }
            } else {
                for &e in self.entries.get(at..).unwrap_or_default() {
                    scores[unpack_class(e)] += unpack_weight(e);
                    if e & LAST != 0 {
                        break;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_weights_keep_class_and_value() {
        for (c, w) in [(0u32, 1.0f32), (254, -3.25), (90, 1234.567), (7, -0.05)] {
            let v = INLINE | pack(c, w);
            assert_eq!((v >> 23) & 0xff, c);
            let back = unpack_weight(v);
            assert!((back - w).abs() <= w.abs() * 1e-4, "{w} -> {back}");
        }
    }

    #[test]
    fn rows_of_every_kind_score_like_plain_sums() {
        // 10 classes: a 1-weight row (inline), a 2-weight row (entries) and a
        // 6-weight row (dense); key 4 is absent.
        let rows = vec![
            (1u64 << 40 | 3, vec![(2u8, 1.5f32)]),
            (2u64 << 40 | 3, vec![(0, -1.0), (9, 2.0)]),
            (
                3u64 << 40 | 3,
                vec![(1, 1.0), (2, 2.0), (3, 3.0), (4, 4.0), (5, 5.0), (6, 6.0)],
            ),
        ];
        let w = SparseWeights::from_rows(10, rows);
        let mut s = [0f32; 256];
        w.score(
            &[1 << 40 | 3, 2 << 40 | 3, 3 << 40 | 3, 4 << 40 | 3],
            &mut s,
        );
        assert_eq!(
            &s[..10],
            &[-1.0, 1.0, 3.5, 3.0, 4.0, 5.0, 6.0, 0.0, 0.0, 2.0]
        );
    }
}
