//! Parser training: averaged perceptron, dynamic oracle, exploration of the
//! model's own (possibly wrong) moves after the first epoch.

use super::oracle::{Gold, labelled_cost, unlabelled_costs};
use super::state::{Move, NONE, State, move_of};
use super::word_atom_in;
use super::{Parser, ROOT_LABEL};
use crate::corpus::TrainSentence;
use crate::hash::hash_str;
use crate::linear::{KeyMap, Perceptron};
use crate::token::{Scratch, TokenInfo};
use crate::train::Rng;

/// Training options for the parser.
#[derive(Debug, Clone)]
pub struct ParserOptions {
    pub epochs: usize,
    /// Probability of following the model's move instead of the oracle's
    /// once exploration starts (epoch 2 on).
    pub explore: f64,
    pub prune: f32,
    pub seed: u64,
    /// Words seen fewer times are represented by their shape.
    pub min_word_count: usize,
}

impl Default for ParserOptions {
    fn default() -> Self {
        ParserOptions {
            epochs: 4,
            explore: 0.9,
            prune: 3.0,
            seed: 7,
            min_word_count: 5,
        }
    }
}

struct Prepared {
    words: Vec<u64>,
    tags: Vec<u64>,
    heads: Vec<u32>,
    labels: Vec<u8>,
}

/// The atom the parser sees for a tag.
pub fn tag_atom(tag: &str) -> u64 {
    hash_str(tag)
}

/// Trains a parser. `sentences[i].tags` are the tags used as features (best
/// predicted by a tagger, as at run time); heads and labels are the targets.
/// Sentences that are not projective trees are skipped and counted in the log.
pub fn train(
    sentences: &[TrainSentence],
    opts: &ParserOptions,
    mut log: impl FnMut(&str),
) -> Parser {
    let mut labels: Vec<String> = sentences
        .iter()
        .flat_map(|s| s.labels.iter().cloned())
        .collect();
    labels.push(ROOT_LABEL.to_string());
    labels.sort();
    labels.dedup();
    labels.truncate(127);
    let index = |l: &str| labels.iter().position(|x| x == l);
    let root = index(ROOT_LABEL).unwrap_or(0) as u8;
    let mut scratch = Scratch::default();
    let mut counts: KeyMap<usize> = KeyMap::default();
    for s in sentences {
        for w in &s.words {
            *counts
                .entry(TokenInfo::compute(w, &mut scratch).lower)
                .or_default() += 1;
        }
    }
    let vocab: KeyMap<()> = counts
        .into_iter()
        .filter(|(_, n)| *n >= opts.min_word_count.max(1))
        .map(|(k, _)| (k, ()))
        .collect();
    log(&format!(
        "parser: vocabulary of {} words (seen at least {} times)",
        vocab.len(),
        opts.min_word_count
    ));
    let mut skipped = 0usize;
    let prepared: Vec<Prepared> = sentences
        .iter()
        .filter(|s| {
            let ok = !s.is_empty() && s.is_tree() && s.is_projective();
            skipped += usize::from(!ok);
            ok
        })
        .map(|s| {
            let n = s.len();
            Prepared {
                words: s
                    .words
                    .iter()
                    .map(|w| word_atom_in(&vocab, &TokenInfo::compute(w, &mut scratch)))
                    .collect(),
                tags: s.tags.iter().map(|t| tag_atom(t)).collect(),
                heads: s
                    .heads
                    .iter()
                    .map(|h| h.map_or(n as u32, |h| h as u32))
                    .collect(),
                labels: s
                    .heads
                    .iter()
                    .zip(&s.labels)
                    .map(|(h, l)| {
                        if h.is_none() {
                            root
                        } else {
                            index(l).unwrap_or(0) as u8
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    log(&format!(
        "parser: {} training sentences, {} skipped (not a projective tree), {} labels",
        prepared.len(),
        skipped,
        labels.len()
    ));
    let n_labels = labels.len();
    let n_classes = 1 + 2 * n_labels;
    let mut model = Perceptron::new(n_classes);
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut rng = Rng::new(opts.seed);
    let mut feats = Vec::new();
    let mut scores = vec![0f32; n_classes];
    for epoch in 0..opts.epochs {
        rng.shuffle(&mut order);
        let (mut correct_heads, mut total) = (0usize, 0usize);
        for &si in &order {
            let s = &prepared[si];
            let gold = Gold {
                heads: &s.heads,
                labels: &s.labels,
            };
            let n = s.words.len();
            let mut st = State::new(n);
            while !st.is_terminal() {
                let valid_count = usize::from(st.can_shift())
                    + usize::from(st.can_left())
                    + usize::from(st.can_right());
                if st.stack.is_empty() || (st.b == n && st.stack.len() == 1) || valid_count == 0 {
                    let m = if st.stack.is_empty() {
                        Move::Shift
                    } else {
                        Move::Left(root)
                    };
                    st.apply(m);
                    continue;
                }
                st.features(&s.words, &s.tags, &mut feats);
                scores.fill(0.0);
                model.score(&feats, &mut scores);
                let costs = unlabelled_costs(&st, &gold);
                let (mut pred, mut pred_score) = (usize::MAX, f32::NEG_INFINITY);
                let (mut best, mut best_score, mut best_cost) =
                    (usize::MAX, f32::NEG_INFINITY, u32::MAX);
                for (c, &sc) in scores.iter().enumerate() {
                    let m = move_of(c, n_labels);
                    if !st.is_valid(m, root) {
                        continue;
                    }
                    if sc > pred_score || pred == usize::MAX {
                        pred = c;
                        pred_score = sc;
                    }
                    let cost = labelled_cost(&st, &gold, &costs, m);
                    if cost < best_cost || (cost == best_cost && sc > best_score) {
                        best = c;
                        best_score = sc;
                        best_cost = cost;
                    }
                }
                if pred == usize::MAX {
                    break;
                }
                let pred_cost = labelled_cost(&st, &gold, &costs, move_of(pred, n_labels));
                if pred_cost > best_cost {
                    model.update(&feats, best, pred);
                }
                model.tick();
                let follow = if epoch > 0 && rng.next_f64() < opts.explore {
                    pred
                } else {
                    best
                };
                st.apply(move_of(follow, n_labels));
            }
            for d in 0..n {
                correct_heads += usize::from(st.heads[d] == s.heads[d] && st.heads[d] != NONE);
            }
            total += n;
        }
        log(&format!(
            "parser epoch {}: train UAS (along explored paths) {:.2}%",
            epoch + 1,
            100.0 * correct_heads as f64 / total.max(1) as f64
        ));
    }
    let weights = model.freeze(opts.prune);
    match Parser::new(labels, weights, vocab) {
        Ok(p) => p,
        // new() only fails on a label/weight mismatch, which train constructs consistently.
        Err(e) => unreachable!("parser construction: {e}"),
    }
}
