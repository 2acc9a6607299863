//! Linear multi-class models over hashed sparse features: the averaged
//! [`Perceptron`] used in training, which freezes into the read-only
//! [`SparseWeights`] (see [`crate::sparse`]) used at analysis time, dropping
//! weights whose magnitude is below a threshold.

pub use crate::sparse::{Scores, SparseWeights};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

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
            let mut s = [0f32; 256];
            frozen.score(&[k, 99], &mut s);
            let best = (0..3).max_by(|&a, &b| s[a].total_cmp(&s[b])).unwrap();
            assert_eq!(best, c);
        }
        let mut w = Writer::default();
        frozen.write(&mut w);
        let back = SparseWeights::read(&mut Reader::new("t", &w.buf)).unwrap();
        assert_eq!(back.n_weights(), frozen.n_weights());
        let (mut a, mut b) = ([0f32; 256], [0f32; 256]);
        frozen.score(&[10, 20, 99], &mut a);
        back.score(&[10, 20, 99], &mut b);
        assert_eq!(a, b);
    }
}
