//! Dynamic oracle for arc-hybrid (Goldberg & Nivre 2013): the number of gold
//! arcs a move makes unreachable, from any configuration. Used in training so
//! the parser learns to recover from its own mistakes.

use super::state::{Move, NONE, State};

/// Gold tree: `heads[d]` in `0..=n` (`n` is the root), `labels[d]` label ids.
pub struct Gold<'a> {
    pub heads: &'a [u32],
    pub labels: &'a [u8],
}

/// Unlabelled costs of (shift, left, right) in `st`; `u32::MAX` when invalid.
pub fn unlabelled_costs(st: &State, gold: &Gold) -> [u32; 3] {
    let n = st.n as u32;
    let b = st.b as u32;
    let in_buffer = |x: u32| x != NONE && x >= b && x <= n;
    let s0 = st.s(0);
    let s1 = st.s(1);
    let deps_in_buffer = |x: u32| -> u32 {
        // gold dependents of x still in the buffer (the root is never a dependent)
        (b..n)
            .filter(|&k| gold.heads[k as usize] == x && st.heads[k as usize] == NONE)
            .count() as u32
    };
    let mut costs = [u32::MAX; 3];
    if st.can_shift() {
        let b0 = b;
        let gh = gold.heads[b0 as usize];
        let mut c = 0;
        let len = st.stack.len();
        for (i, &k) in st.stack.iter().enumerate() {
            if gold.heads[k as usize] == b0 {
                c += 1;
            }
            if gh == k && i + 1 != len {
                c += 1;
            }
        }
        costs[0] = c;
    }
    if st.can_left() {
        let gh = gold.heads[s0 as usize];
        let mut c = deps_in_buffer(s0);
        if gh != b && ((s1 != NONE && gh == s1) || in_buffer(gh)) {
            c += 1;
        }
        costs[1] = c;
    }
    if st.can_right() {
        let gh = gold.heads[s0 as usize];
        let mut c = deps_in_buffer(s0);
        if in_buffer(gh) {
            c += 1;
        }
        costs[2] = c;
    }
    costs
}

/// Labelled cost of `m` given the unlabelled costs (a right head with a
/// wrong label loses one arc).
#[inline]
pub fn labelled_cost(st: &State, gold: &Gold, costs: &[u32; 3], m: Move) -> u32 {
    match m {
        Move::Shift => costs[0],
        Move::Left(l) => {
            let s0 = st.s(0) as usize;
            let wrong = gold.heads[s0] == st.b as u32 && gold.labels[s0] != l;
            costs[1].saturating_add(u32::from(wrong))
        }
        Move::Right(l) => {
            let s0 = st.s(0) as usize;
            let wrong = gold.heads[s0] == st.s(1) && gold.labels[s0] != l;
            costs[2].saturating_add(u32::from(wrong))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Following zero-cost moves from the start reproduces a projective gold tree.
    #[test]
    fn zero_cost_path_rebuilds_gold() {
        // "Police seized the weapons in Kabul ." : heads (root = 7)
        let heads = [1u32, 7, 3, 1, 1, 4, 1];
        let labels = [1u8, 0, 2, 3, 4, 5, 6];
        let gold = Gold {
            heads: &heads,
            labels: &labels,
        };
        let n = heads.len();
        let mut st = State::new(n);
        while !st.is_terminal() {
            let costs = unlabelled_costs(&st, &gold);
            let mut candidates = vec![Move::Shift];
            for l in 0..7u8 {
                candidates.push(Move::Left(l));
                candidates.push(Move::Right(l));
            }
            let m = candidates
                .into_iter()
                .filter(|&m| st.is_valid(m, 0))
                .min_by_key(|&m| labelled_cost(&st, &gold, &costs, m))
                .unwrap();
            assert_eq!(labelled_cost(&st, &gold, &costs, m), 0);
            st.apply(m);
        }
        assert_eq!(&st.heads[..n], &heads);
        assert_eq!(&st.labels[..n], &labels);
    }
}
