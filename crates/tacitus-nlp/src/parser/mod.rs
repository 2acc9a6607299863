//! Greedy labelled dependency parser: arc-hybrid transitions, averaged
//! perceptron over Zhang & Nivre (2011) style features, trained with a
//! dynamic oracle. Output labels are the ClearNLP/spaCy English set.

mod oracle;
pub mod state;
mod train;

pub use train::{ParserOptions, tag_atom, train};

use crate::linear::{KeyMap, Scores, SparseWeights};
use crate::modelfile::{self, Reader, Writer};
use crate::token::TokenInfo;
use state::{Move, State, move_of};
use tacitus_core::TacitusError;

const KIND: &[u8; 4] = b"PARS";
pub const ROOT_LABEL: &str = "ROOT";

/// A trained parser.
#[derive(Debug)]
pub struct Parser {
    labels: Vec<String>,
    root: u8,
    weights: SparseWeights,
    /// Lower-cased words frequent enough in training to be their own atom;
    /// other words are represented by their shape. Empty: every word is kept.
    vocab: KeyMap<()>,
}

/// Salt for the atom of out-of-vocabulary words.
const UNKNOWN_WORD: u64 = 0x554e_4b57_4f52_4421;

/// A parse: head per word (`None` for the root) and label ids.
#[derive(Debug, Clone, Default)]
pub struct Parse {
    pub heads: Vec<Option<usize>>,
    pub labels: Vec<u8>,
}

/// Reusable buffers for parsing.
pub struct ParseScratch {
    feats: Vec<u64>,
    scores: Box<Scores>,
}

impl Default for ParseScratch {
    fn default() -> Self {
        ParseScratch {
            feats: Vec::new(),
            scores: Box::new([0.0; 256]),
        }
    }
}

impl Parser {
    fn new(
        labels: Vec<String>,
        weights: SparseWeights,
        vocab: KeyMap<()>,
    ) -> Result<Parser, String> {
        let root = labels
            .iter()
            .position(|l| l == ROOT_LABEL)
            .ok_or("no ROOT label")?;
        if labels.len() > 127 || weights.n_classes() != 1 + 2 * labels.len() {
            return Err("label count does not match the weights".into());
        }
        Ok(Parser {
            labels,
            root: root as u8,
            weights,
            vocab,
        })
    }

    /// The word atom the parser's features use for a token.
    #[inline]
    pub fn word_atom(&self, info: &TokenInfo) -> u64 {
        word_atom_in(&self.vocab, info)
    }

    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    pub fn label_name(&self, id: u8) -> &str {
        self.labels.get(id as usize).map_or("dep", String::as_str)
    }

    pub fn n_weights(&self) -> usize {
        self.weights.n_weights()
    }

    /// A copy without weights of magnitude below `min_abs` (smaller, faster).
    pub fn pruned(&self, min_abs: f32) -> Parser {
        Parser {
            labels: self.labels.clone(),
            root: self.root,
            weights: self.weights.pruned(min_abs),
            vocab: self.vocab.clone(),
        }
    }

    /// Parses a sentence given hashed word and tag atoms (one per word).
    pub fn parse(&self, words: &[u64], tags: &[u64], scratch: &mut ParseScratch) -> Parse {
        let n = words.len();
        let n_labels = self.labels.len();
        let mut st = State::new(n);
        while !st.is_terminal() {
            let m = if st.stack.is_empty() {
                Move::Shift
            } else if st.b == n {
                if st.stack.len() == 1 {
                    Move::Left(self.root)
                } else {
                    self.best_right(&st, words, tags, scratch)
                }
            } else {
                st.features(words, tags, &mut scratch.feats);
                let scores = &mut *scratch.scores;
                scores.fill(0.0);
                self.weights.score(&scratch.feats, scores);
                let mut best = Move::Shift;
                let mut best_score = f32::NEG_INFINITY;
                for (c, &s) in scores[..self.weights.n_classes()].iter().enumerate() {
                    if s > best_score {
                        let m = move_of(c, n_labels);
                        if st.is_valid(m, self.root) {
                            best = m;
                            best_score = s;
                        }
                    }
                }
                best
            };
            st.apply(m);
        }
        let heads = (0..n).map(|d| {
            let h = st.heads[d] as usize;
            (h < n).then_some(h)
        });
        Parse {
            heads: heads.collect(),
            labels: st.labels[..n].to_vec(),
        }
    }

    fn best_right(
        &self,
        st: &State,
        words: &[u64],
        tags: &[u64],
        scratch: &mut ParseScratch,
    ) -> Move {
        st.features(words, tags, &mut scratch.feats);
        let scores = &mut *scratch.scores;
        scores.fill(0.0);
        self.weights.score(&scratch.feats, scores);
        let n_labels = self.labels.len();
        let mut best = (f32::NEG_INFINITY, 0u8);
        for l in 0..n_labels as u8 {
            if l != self.root {
                let s = scores[1 + n_labels + l as usize];
                if s > best.0 {
                    best = (s, l);
                }
            }
        }
        Move::Right(best.1)
    }

    pub fn to_bytes(&self) -> Result<Vec<u8>, TacitusError> {
        let mut w = Writer::default();
        w.strs(&self.labels);
        self.weights.write(&mut w);
        let mut vocab: Vec<u64> = self.vocab.keys().copied().collect();
        vocab.sort_unstable();
        w.u32(vocab.len() as u32);
        for k in vocab {
            w.u64(k);
        }
        modelfile::encode(KIND, &w.buf, 19)
    }

    pub fn from_bytes(name: &str, file: &[u8]) -> Result<Parser, TacitusError> {
        let body = modelfile::decode(name, KIND, file)?;
        let mut r = Reader::new(name, body.body());
        let labels = r.strs(127)?;
        let weights = SparseWeights::read(&mut r)?;
        let mut vocab = KeyMap::default();
        if r.remaining() > 0 {
            let n = r.count(1 << 24)?;
            for _ in 0..n {
                vocab.insert(r.u64()?, ());
            }
        }
        r.finish()?;
        Parser::new(labels, weights, vocab).map_err(|m| r.error(m))
    }
}

/// Word atom given a vocabulary (empty: keep every word).
#[inline]
pub(crate) fn word_atom_in(vocab: &KeyMap<()>, info: &TokenInfo) -> u64 {
    if vocab.is_empty() || vocab.contains_key(&info.lower) {
        info.lower
    } else {
        crate::hash::finalize(info.shape ^ UNKNOWN_WORD)
    }
}
