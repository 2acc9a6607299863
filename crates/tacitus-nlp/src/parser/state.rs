//! Arc-hybrid transition system (Kuhlmann et al. 2011) with the root token at
//! the end of the buffer (Ballesteros & Nivre 2013) and the single-root
//! restriction: the root token is never shifted and takes a left dependent
//! only when it is the last word on the stack. Every terminal state is
//! therefore a projective tree with exactly one root.

use crate::hash::{f1, f2, f3};

pub const NONE: u32 = u32::MAX;
const NONE_ATOM: u64 = 0x4e4f_4e45;
const ROOT_WORD: u64 = 0x0052_4f4f_5457;
const ROOT_TAG: u64 = 0x0052_4f4f_5450;

/// A move; labels are indexes into the parser's label list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Shift,
    /// s0 becomes a dependent of b0 and is popped.
    Left(u8),
    /// s0 becomes a dependent of s1 and is popped.
    Right(u8),
}

/// Class index layout: 0 = shift, 1..=L left arcs, L+1..=2L right arcs.
#[inline]
pub fn move_of(class: usize, n_labels: usize) -> Move {
    if class == 0 {
        Move::Shift
    } else if class <= n_labels {
        Move::Left((class - 1) as u8)
    } else {
        Move::Right((class - 1 - n_labels) as u8)
    }
}

#[inline]
pub fn class_of(m: Move, n_labels: usize) -> usize {
    match m {
        Move::Shift => 0,
        Move::Left(l) => 1 + l as usize,
        Move::Right(l) => 1 + n_labels + l as usize,
    }
}

/// Parser configuration over a sentence of `n` words; word `n` is the root.
pub struct State {
    pub n: usize,
    pub stack: Vec<u32>,
    /// Front of the buffer; the buffer is `b..=n`.
    pub b: usize,
    pub heads: Vec<u32>,
    pub labels: Vec<u8>,
    left1: Vec<u32>,
    left2: Vec<u32>,
    right1: Vec<u32>,
    right2: Vec<u32>,
    n_left: Vec<u8>,
    n_right: Vec<u8>,
    left_set: Vec<u64>,
    right_set: Vec<u64>,
}

impl State {
    pub fn new(n: usize) -> State {
        let m = n + 1;
        State {
            n,
            stack: Vec::with_capacity(m),
            b: 0,
            heads: vec![NONE; m],
            labels: vec![0; m],
            left1: vec![NONE; m],
            left2: vec![NONE; m],
            right1: vec![NONE; m],
            right2: vec![NONE; m],
            n_left: vec![0; m],
            n_right: vec![0; m],
            left_set: vec![0; m],
            right_set: vec![0; m],
        }
    }

    pub fn is_terminal(&self) -> bool {
        self.b == self.n && self.stack.is_empty()
    }

    #[inline]
    pub fn s(&self, i: usize) -> u32 {
        let len = self.stack.len();
        if i < len {
            self.stack[len - 1 - i]
        } else {
            NONE
        }
    }

    #[inline]
    pub fn can_shift(&self) -> bool {
        self.b < self.n
    }

    #[inline]
    pub fn can_left(&self) -> bool {
        !self.stack.is_empty() && (self.b < self.n || self.stack.len() == 1)
    }

    #[inline]
    pub fn can_right(&self) -> bool {
        self.stack.len() >= 2
    }

    /// Whether a labelled move is allowed; `root` is the ROOT label index.
    #[inline]
    pub fn is_valid(&self, m: Move, root: u8) -> bool {
        match m {
            Move::Shift => self.can_shift(),
            Move::Left(l) => self.can_left() && ((self.b == self.n) == (l == root)),
            Move::Right(l) => self.can_right() && l != root,
        }
    }

    fn attach(&mut self, head: u32, dep: u32, label: u8) {
        let (h, d) = (head as usize, dep as usize);
        self.heads[d] = head;
        self.labels[d] = label;
        let bit = 1u64 << (label & 63);
        if dep < head {
            if self.left1[h] == NONE || dep < self.left1[h] {
                self.left2[h] = self.left1[h];
                self.left1[h] = dep;
            } else if self.left2[h] == NONE || dep < self.left2[h] {
                self.left2[h] = dep;
            }
            self.n_left[h] = self.n_left[h].saturating_add(1);
            self.left_set[h] |= bit;
        } else {
            if self.right1[h] == NONE || dep > self.right1[h] {
                self.right2[h] = self.right1[h];
                self.right1[h] = dep;
            } else if self.right2[h] == NONE || dep > self.right2[h] {
                self.right2[h] = dep;
            }
            self.n_right[h] = self.n_right[h].saturating_add(1);
            self.right_set[h] |= bit;
        }
    }

    /// Applies a move; the caller checks validity.
    pub fn apply(&mut self, m: Move) {
        match m {
            Move::Shift => {
                self.stack.push(self.b as u32);
                self.b += 1;
            }
            Move::Left(l) => {
                if let Some(s0) = self.stack.pop() {
                    self.attach(self.b as u32, s0, l);
                }
            }
            Move::Right(l) => {
                if let Some(s0) = self.stack.pop()
                    && let Some(&s1) = self.stack.last()
                {
                    self.attach(s1, s0, l);
                }
            }
        }
    }

    /// Extracts the feature keys of this configuration.
    ///
    /// `words` and `tags` hold one hashed atom per word (length `n`).
    pub fn features(&self, words: &[u64], tags: &[u64], out: &mut Vec<u64>) {
        out.clear();
        let n = self.n;
        let w = |x: u32| -> u64 {
            let x = x as usize;
            if x < n {
                words[x]
            } else if x == n {
                ROOT_WORD
            } else {
                NONE_ATOM
            }
        };
        let p = |x: u32| -> u64 {
            let x = x as usize;
            if x < n {
                tags[x]
            } else if x == n {
                ROOT_TAG
            } else {
                NONE_ATOM
            }
        };
        let get = |v: &Vec<u32>, x: u32| -> u32 { if x == NONE { NONE } else { v[x as usize] } };
        let lab = |x: u32| -> u64 {
            if x == NONE {
                NONE_ATOM
            } else {
                u64::from(self.labels[x as usize])
            }
        };
        let (s0, s1, s2) = (self.s(0), self.s(1), self.s(2));
        let b0 = self.b as u32;
        let b1 = if self.b < n { b0 + 1 } else { NONE };
        let b2 = if self.b + 1 < n { b0 + 2 } else { NONE };
        let (s0l, s0l2, s0r, s0r2) = (
            get(&self.left1, s0),
            get(&self.left2, s0),
            get(&self.right1, s0),
            get(&self.right2, s0),
        );
        let (s1l, s1r) = (get(&self.left1, s1), get(&self.right1, s1));
        let (b0l, b0l2) = (get(&self.left1, b0), get(&self.left2, b0));
        let (s0w, s0p, s1w, s1p, s2p) = (w(s0), p(s0), w(s1), p(s1), p(s2));
        let (b0w, b0p, b1w, b1p, b2w, b2p) = (w(b0), p(b0), w(b1), p(b1), w(b2), p(b2));
        let dist = |a: u32, b: u32| -> u64 {
            if a == NONE || b == NONE {
                0
            } else {
                match b.abs_diff(a) {
                    d @ 0..=4 => u64::from(d),
                    5..=6 => 5,
                    7..=9 => 6,
                    _ => 7,
                }
            }
        };
        let d = dist(s0, b0) + if self.b == n { 8 } else { 0 };
        let d1 = dist(s1, s0);
        let (s0vl, s0vr, b0vl) = if s0 == NONE {
            (99, 99, u64::from(self.n_left[b0 as usize]))
        } else {
            (
                u64::from(self.n_left[s0 as usize]),
                u64::from(self.n_right[s0 as usize]),
                u64::from(self.n_left[b0 as usize]),
            )
        };
        let (s0sl, s0sr) = if s0 == NONE {
            (1 << 63, 1 << 63)
        } else {
            (self.left_set[s0 as usize], self.right_set[s0 as usize])
        };
        let b0sl = self.left_set[b0 as usize];
        let s1vr = if s1 == NONE {
            99
        } else {
            u64::from(self.n_right[s1 as usize])
        };
        out.extend_from_slice(&[
            // single words
            f2(100, s0w, s0p),
            f1(101, s0w),
            f1(102, s0p),
            f2(103, b0w, b0p),
            f1(104, b0w),
            f1(105, b0p),
            f2(106, b1w, b1p),
            f1(107, b1w),
            f1(108, b1p),
            f2(109, b2w, b2p),
            f1(110, b2p),
            f2(111, s1w, s1p),
            f1(112, s1w),
            f1(113, s1p),
            f1(114, s2p),
            // pairs
            f3(123, s0w, s0p, b0p),
            f3(124, s0p, b0w, b0p),
            f2(126, s0p, b0p),
            f2(127, b0p, b1p),
            f3(128, s1w, s1p, s0p),
            f3(129, s1p, s0w, s0p),
            f2(131, s1p, s0p),
            f2(134, s1p, b0p),
            // triples of tags
            f3(140, b0p, b1p, b2p),
            f3(141, s0p, b0p, b1p),
            f3(142, s1p, s0p, b0p),
            f3(143, s2p, s1p, s0p),
            f3(144, s0p, p(s0l), b0p),
            f3(145, s0p, p(s0r), b0p),
            f3(146, s0p, b0p, p(b0l)),
            f3(147, s1p, p(s1r), s0p),
            f3(148, s1p, s0p, p(s0l)),
            f3(149, s1p, p(s1l), s0p),
            f3(150, s1p, s0p, p(s0r)),
            // distance
            f2(160, s0w, d),
            f2(161, s0p, d),
            f2(162, b0w, d),
            f2(163, b0p, d),
            f3(165, s0p, b0p, d),
            f3(166, s1p, s0p, d1),
            // valency
            f2(170, s0w, s0vr),
            f2(171, s0p, s0vr),
            f2(172, s0w, s0vl),
            f2(173, s0p, s0vl),
            f2(174, b0w, b0vl),
            f2(175, b0p, b0vl),
            f2(176, s1p, s1vr),
            // children
            f1(180, w(s0l)),
            f1(181, p(s0l)),
            f1(182, lab(s0l)),
            f1(183, w(s0r)),
            f1(184, p(s0r)),
            f1(185, lab(s0r)),
            f1(186, w(b0l)),
            f1(187, p(b0l)),
            f1(188, lab(b0l)),
            f2(189, p(s1r), lab(s1r)),
            f2(190, p(s1l), lab(s1l)),
            // second children
            f1(191, w(s0l2)),
            f1(192, p(s0l2)),
            f1(193, lab(s0l2)),
            f1(194, w(s0r2)),
            f1(195, p(s0r2)),
            f1(196, lab(s0r2)),
            f1(197, p(b0l2)),
            f1(198, lab(b0l2)),
            f3(199, s0p, p(s0l), p(s0l2)),
            f3(200, s0p, p(s0r), p(s0r2)),
            f3(201, b0p, p(b0l), p(b0l2)),
            // label sets
            f2(210, s0w, s0sl),
            f2(211, s0p, s0sl),
            f2(212, s0w, s0sr),
            f2(213, s0p, s0sr),
            f2(214, b0w, b0sl),
            f2(215, b0p, b0sl),
            // words with labels of children
            f3(220, s0p, lab(s0l), b0p),
            f3(221, s0p, lab(s0r), b0p),
            f3(222, s1p, lab(s1r), s0p),
        ]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_states_are_single_rooted_trees() {
        // Any sequence of valid moves ends in a tree: always take the first valid move
        // in several fixed preference orders.
        let root = 0u8;
        for order in [[0usize, 1, 2], [2, 1, 0], [1, 2, 0], [2, 0, 1]] {
            for n in 1..8 {
                let mut st = State::new(n);
                while !st.is_terminal() {
                    let moves = [
                        Move::Shift,
                        Move::Left(if st.b == n { root } else { 1 }),
                        Move::Right(1),
                    ];
                    let m = order
                        .iter()
                        .map(|&i| moves[i])
                        .find(|&m| st.is_valid(m, root))
                        .unwrap();
                    st.apply(m);
                }
                let roots = (0..n).filter(|&i| st.heads[i] == n as u32).count();
                assert_eq!(roots, 1);
                assert!((0..n).all(|i| st.heads[i] != NONE));
            }
        }
    }
}
