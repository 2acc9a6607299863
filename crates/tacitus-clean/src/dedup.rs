//! Exact and near-exact repeat detection for paragraphs.
//!
//! Paragraphs are compared on their words: runs of letters and digits,
//! lower-cased (apostrophes join: `Russia's` = `Russias`), so case,
//! punctuation and whitespace do not matter. Exact repeats are found by a
//! 64-bit hash of that word sequence, computed without building a string.
//! Near repeats (word 3-gram Jaccard similarity >= [`NEAR_THRESHOLD`], for
//! paragraphs of at least [`NEAR_MIN_WORDS`] words) are found with prefix
//! filtering: with all shingle sets sorted in one global order, two sets that
//! similar must share a shingle among their first `n - ceil(t*n) + 1`, so
//! only paragraphs sharing such a shingle are compared. Shingles are only
//! computed for paragraphs whose length another paragraph comes close to.
//! Cost stays near linear in the text.

use crate::words::for_each_word_hash;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Hasher for keys that are already 64-bit hashes (word and shingle
/// hashes): the std default, SipHash, would only hash them again.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

type PrehashedMap<V> = HashMap<u64, V, BuildHasherDefault<Prehashed>>;

/// Jaccard similarity of word 3-gram sets above which two paragraphs are one.
pub const NEAR_THRESHOLD: f64 = 0.9;
/// Paragraphs shorter than this are only compared exactly.
pub const NEAR_MIN_WORDS: usize = 8;

/// What a paragraph is compared on: a hash of its normalized words, their
/// number, and hashes of its first and last two words (anchors that near
/// repeats nearly always share).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    pub hash: u64,
    pub words: usize,
    head: u64,
    tail: u64,
}

impl Fingerprint {
    pub fn of(text: &str) -> Self {
        let mut hash = 0xcbf2_9ce4_8422_2325u64;
        let mut words = 0;
        let (mut head, mut last, mut before_last) = (0u64, 0u64, 0u64);
        for_each_word_hash(text, |w| {
            hash = (hash ^ w).wrapping_mul(0x0100_0000_01b3).rotate_left(5);
            if words < 2 {
                head = head.rotate_left(21) ^ w;
            }
            before_last = last;
            last = w;
            words += 1;
        });
        let tail = before_last.rotate_left(21) ^ last;
        Fingerprint {
            hash,
            words,
            head,
            tail,
        }
    }

    /// A stand-in for a text compared with nothing: only says whether it
    /// has a word at all.
    pub fn presence(text: &str) -> Self {
        let words = usize::from(text.chars().any(char::is_alphanumeric));
        Fingerprint {
            hash: 0,
            words,
            head: 0,
            tail: 0,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words == 0
    }
}

/// Sorted, deduplicated hashes of the word 3-grams of a text.
fn shingles(text: &str) -> Vec<u64> {
    let mut words = Vec::new();
    for_each_word_hash(text, |w| words.push(w));
    let mut out: Vec<u64> = words
        .windows(3)
        .map(|w| {
            w[0].rotate_left(1)
                ^ w[1].rotate_left(17).wrapping_mul(0x9E37_79B9_7F4A_7C15)
                ^ w[2].rotate_left(33)
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn prefix_len(n: usize) -> usize {
    n - (NEAR_THRESHOLD * n as f64).ceil() as usize + 1
}

fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - common;
    if union == 0 {
        1.0
    } else {
        common as f64 / union as f64
    }
}

/// How a text matched an earlier one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    Exact(usize),
    Near(usize),
}

/// An index of kept texts, identified by the caller's ids.
#[derive(Default)]
pub struct RepeatIndex {
    exact: PrehashedMap<usize>,
    shingles: Vec<(usize, Vec<u64>)>,
    /// shingle hash -> positions in `shingles`
    prefixes: PrehashedMap<Vec<usize>>,
}

impl RepeatIndex {
    /// Finds the kept text that `text` repeats; if none, keeps it under `id`.
    /// With `near` false only exact repeats are looked for (see
    /// [`near_candidates`]).
    pub fn check_or_insert(
        &mut self,
        text: &str,
        fingerprint: Fingerprint,
        id: usize,
        near: bool,
    ) -> Option<Match> {
        if let Some(&kept) = self.exact.get(&fingerprint.hash) {
            return Some(Match::Exact(kept));
        }
        self.exact.insert(fingerprint.hash, id);
        if !near || fingerprint.words < NEAR_MIN_WORDS {
            return None;
        }
        let set = shingles(text);
        if let Some(found) = self.near(&set) {
            self.exact.remove(&fingerprint.hash);
            return Some(Match::Near(found));
        }
        let pos = self.shingles.len();
        for h in &set[..prefix_len(set.len()).min(set.len())] {
            self.prefixes.entry(*h).or_default().push(pos);
        }
        self.shingles.push((id, set));
        None
    }

    /// The most similar kept text with Jaccard >= the threshold.
    fn near(&self, set: &[u64]) -> Option<usize> {
        let n = set.len();
        let mut best: Option<(f64, usize)> = None;
        let mut tried = Vec::new();
        for h in &set[..prefix_len(n).min(n)] {
            for &pos in self.prefixes.get(h).into_iter().flatten() {
                if tried.contains(&pos) {
                    continue;
                }
                tried.push(pos);
                let (id, other) = &self.shingles[pos];
                let (small, large) = (n.min(other.len()) as f64, n.max(other.len()) as f64);
                if small < NEAR_THRESHOLD * large {
                    continue;
                }
                let sim = jaccard(set, other);
                if sim >= NEAR_THRESHOLD && best.is_none_or(|(s, _)| sim > s) {
                    best = Some((sim, *id));
                }
            }
        }
        best.map(|(_, id)| id)
    }
}

/// True when two texts are the same or nearly the same (used for the title).
pub fn same_or_near(a: &str, fa: Fingerprint, b: &str, fb: Fingerprint) -> bool {
    if fa.hash == fb.hash {
        return true;
    }
    if fa.words < NEAR_MIN_WORDS || fb.words < NEAR_MIN_WORDS || !close(fa.words, fb.words) {
        return false;
    }
    jaccard(&shingles(a), &shingles(b)) >= NEAR_THRESHOLD
}

/// Whether two word counts allow a 3-gram Jaccard >= the threshold (with a
/// little slack for repeated shingles).
fn close(a: usize, b: usize) -> bool {
    let (a, b) = (a.saturating_sub(2) as f64, b.saturating_sub(2) as f64);
    a.min(b) >= NEAR_THRESHOLD * a.max(b) - 1.0
}

/// Which texts could have a near repeat among the others: two word-3-gram
/// sets with Jaccard >= t have sizes within a factor t, and in practice
/// near repeats (a word changed, a phrase added) share their first or last
/// two words. Other texts are compared exactly only and their shingles are
/// never computed.
pub fn near_candidates(prints: &[Fingerprint]) -> Vec<bool> {
    let mut order: Vec<usize> = (0..prints.len())
        .filter(|&i| prints[i].words >= NEAR_MIN_WORDS)
        .collect();
    order.sort_by_key(|&i| prints[i].words);
    let mut out = vec![false; prints.len()];
    for (k, &i) in order.iter().enumerate() {
        for &j in &order[k + 1..] {
            if !close(prints[i].words, prints[j].words) {
                break;
            }
            if prints[i].head == prints[j].head || prints[i].tail == prints[j].tail {
                out[i] = true;
                out[j] = true;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fp(s: &str) -> Fingerprint {
        Fingerprint::of(s)
    }

    #[test]
    fn fingerprints_ignore_case_punctuation_and_space() {
        assert_eq!(
            fp("  Russia's  LANDMARK, recognition!"),
            fp("russia's landmark recognition")
        );
        assert_eq!(
            fp("Russia’s landmark recognition"),
            fp("Russia's landmark recognition")
        );
        assert_eq!(fp("Zürich—Genève").words, 2);
        assert_eq!(fp("ZÜRICH genève"), fp("Zürich—Genève"));
        assert_ne!(fp("a b"), fp("ab"));
        assert!(fp(" * * * ").is_empty());
    }

    #[test]
    fn finds_exact_and_near_repeats_only() {
        let a = "During a meeting in Kabul the Russian ambassador informed the Afghan foreign minister of the decision taken in Moscow on Thursday after months of talks";
        let near = "During a meeting in Kabul the Russian ambassador informed the Afghan foreign minister of the decision taken in Moscow on Thursday after months of talks too";
        let other = "The Taliban government welcomed the decision and called it a brave step that other countries should follow soon according to officials";
        let mut index = RepeatIndex::default();
        assert_eq!(index.check_or_insert(a, fp(a), 0, true), None);
        assert_eq!(index.check_or_insert(other, fp(other), 1, true), None);
        let upper = a.to_uppercase();
        assert_eq!(
            index.check_or_insert(&upper, fp(&upper), 2, true),
            Some(Match::Exact(0))
        );
        assert_eq!(
            index.check_or_insert(near, fp(near), 3, true),
            Some(Match::Near(0))
        );
        assert_eq!(
            index.check_or_insert(near, fp(near), 4, false),
            None,
            "near check off: kept"
        );
        let different = "During a meeting in Kabul the ambassador spoke about trade and water and many other things entirely";
        assert_eq!(
            index.check_or_insert(different, fp(different), 5, true),
            None
        );
        // short texts only match exactly
        assert_eq!(
            index.check_or_insert("Reuters reports", fp("Reuters reports"), 6, true),
            None
        );
        assert_eq!(
            index.check_or_insert("Reuters reports.", fp("Reuters reports."), 7, true),
            Some(Match::Exact(6))
        );
        assert_eq!(
            index.check_or_insert("Reuters report", fp("Reuters report"), 8, true),
            None
        );
        assert!(same_or_near(a, fp(a), near, fp(near)));
        assert!(!same_or_near(a, fp(a), other, fp(other)));
    }

    #[test]
    fn near_candidates_need_a_similar_length_and_an_anchor() {
        let words = |n: usize, first: &str, last: &str| {
            fp(&format!("{first} {} {last}", "w ".repeat(n - 2)))
        };
        let prints = [
            words(100, "alpha", "omega"),
            words(5, "alpha", "omega"),
            words(95, "alpha", "zeta"),
            words(40, "alpha", "omega"),
            words(96, "beta", "gamma"),
            words(200, "alpha", "omega"),
        ];
        assert_eq!(
            near_candidates(&prints),
            [true, false, true, false, false, false]
        );
        assert_eq!(near_candidates(&[]), Vec::<bool>::new());
    }

    #[test]
    fn prefix_length_matches_threshold() {
        assert_eq!(prefix_len(10), 2);
        assert_eq!(prefix_len(100), 11);
        assert_eq!(prefix_len(1), 1);
    }
}
