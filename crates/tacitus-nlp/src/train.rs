//! Training of the tagger and parser from annotated sentences, and their
//! evaluation against reference annotations.

use crate::corpus::TrainSentence;
use crate::parser::{self, Parser, ParserOptions};
use crate::tagger::{self, Tagger, TaggerOptions};
use crate::token::{Scratch, TokenInfo};

/// Small deterministic generator (xorshift64*) for shuffling and exploration,
/// so training is reproducible without an RNG dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// Options for [`train_models`].
#[derive(Debug, Clone)]
pub struct TrainOptions {
    pub tagger: TaggerOptions,
    pub parser: ParserOptions,
    /// Folds for jackknifed training tags for the parser (0 or 1: use the
    /// reference tags).
    pub jackknife: usize,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            tagger: TaggerOptions::default(),
            parser: ParserOptions::default(),
            jackknife: 2,
        }
    }
}

/// Tags sentences with `tagger`, returning copies with predicted tags.
pub fn retag(tagger: &Tagger, sentences: &[TrainSentence]) -> Vec<TrainSentence> {
    let mut scratch = Scratch::default();
    let (mut feats, mut ids) = (Vec::new(), Vec::new());
    sentences
        .iter()
        .map(|s| {
            let infos: Vec<TokenInfo> = s
                .words
                .iter()
                .map(|w| TokenInfo::compute(w, &mut scratch))
                .collect();
            tagger.tag(&infos, &mut feats, &mut ids);
            let mut out = s.clone();
            out.tags = ids
                .iter()
                .map(|&t| tagger.tag_name(t as usize).to_string())
                .collect();
            out
        })
        .collect()
}

/// Trains both models. Uses two threads: jackknife folds in parallel, then
/// the final tagger beside the parser.
pub fn train_models(
    train: &[TrainSentence],
    opts: &TrainOptions,
    log: &(dyn Fn(&str) + Sync),
) -> (Tagger, Parser) {
    let parser_input: Vec<TrainSentence> = if opts.jackknife >= 2 {
        let k = opts.jackknife;
        log(&format!(
            "tagging the training data by {k}-fold jackknifing for the parser"
        ));
        let folds: Vec<Vec<TrainSentence>> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..k)
                .map(|fold| {
                    scope.spawn(move || {
                        let rest: Vec<TrainSentence> = train
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| i % k != fold)
                            .map(|(_, s)| s.clone())
                            .collect();
                        let held: Vec<TrainSentence> = train
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| i % k == fold)
                            .map(|(_, s)| s.clone())
                            .collect();
                        let t = tagger::train(&rest, &opts.tagger, |m| {
                            log(&format!("[fold {fold}] {m}"))
                        });
                        retag(&t, &held)
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_default())
                .collect()
        });
        // Re-interleave folds back into the original order.
        let mut out = Vec::with_capacity(train.len());
        let mut iters: Vec<_> = folds.into_iter().map(|f| f.into_iter()).collect();
        for i in 0..train.len() {
            if let Some(s) = iters[i % k].next() {
                out.push(s);
            }
        }
        out
    } else {
        train.to_vec()
    };
    std::thread::scope(|scope| {
        let tagger_handle = scope.spawn(|| tagger::train(train, &opts.tagger, |m| log(m)));
        let parser = parser::train(&parser_input, &opts.parser, |m| log(m));
        let tagger = match tagger_handle.join() {
            Ok(t) => t,
            Err(_) => tagger::train(train, &opts.tagger, |m| log(m)),
        };
        (tagger, parser)
    })
}

/// Accuracy figures against reference annotations.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub sentences: usize,
    pub tokens: usize,
    pub tag_correct: usize,
    /// Tokens whose reference label is not `punct`.
    pub scored_no_punct: usize,
    pub uas_no_punct: usize,
    pub las_no_punct: usize,
    pub uas_all: usize,
    pub las_all: usize,
}

impl Scores {
    fn pct(a: usize, b: usize) -> f64 {
        100.0 * a as f64 / b.max(1) as f64
    }
    pub fn tag_accuracy(&self) -> f64 {
        Self::pct(self.tag_correct, self.tokens)
    }
    pub fn uas(&self) -> f64 {
        Self::pct(self.uas_no_punct, self.scored_no_punct)
    }
    pub fn las(&self) -> f64 {
        Self::pct(self.las_no_punct, self.scored_no_punct)
    }
    pub fn uas_with_punct(&self) -> f64 {
        Self::pct(self.uas_all, self.tokens)
    }
    pub fn las_with_punct(&self) -> f64 {
        Self::pct(self.las_all, self.tokens)
    }
    pub fn summary(&self) -> String {
        format!(
            "{} sentences, {} tokens: tag accuracy {:.2}%, UAS {:.2}%, LAS {:.2}% (punctuation excluded); \
             with punctuation UAS {:.2}%, LAS {:.2}%",
            self.sentences,
            self.tokens,
            self.tag_accuracy(),
            self.uas(),
            self.las(),
            self.uas_with_punct(),
            self.las_with_punct()
        )
    }
}

/// Tags and parses every sentence (predicted tags feed the parser, as at run
/// time) and compares with the reference.
pub fn evaluate(tagger: &Tagger, parser: &Parser, reference: &[TrainSentence]) -> Scores {
    let mut scores = Scores::default();
    let mut scratch = Scratch::default();
    let mut pscratch = parser::ParseScratch::default();
    let (mut feats, mut ids) = (Vec::new(), Vec::new());
    let tag_atoms: Vec<u64> = tagger.tags().iter().map(|t| parser::tag_atom(t)).collect();
    for s in reference.iter().filter(|s| !s.is_empty()) {
        let infos: Vec<TokenInfo> = s
            .words
            .iter()
            .map(|w| TokenInfo::compute(w, &mut scratch))
            .collect();
        tagger.tag(&infos, &mut feats, &mut ids);
        let words: Vec<u64> = infos.iter().map(|i| parser.word_atom(i)).collect();
        let tags: Vec<u64> = ids.iter().map(|&t| tag_atoms[t as usize]).collect();
        let parse = parser.parse(&words, &tags, &mut pscratch);
        scores.sentences += 1;
        for (i, &tag_id) in ids.iter().enumerate().take(s.len()) {
            scores.tokens += 1;
            let tag_ok = tagger.tag_name(tag_id as usize) == s.tags[i];
            scores.tag_correct += usize::from(tag_ok);
            let head_ok = parse.heads[i] == s.heads[i];
            let label = parser.label_name(parse.labels[i]);
            let label_ok = head_ok
                && (label == s.labels[i] || (s.heads[i].is_none() && label == parser::ROOT_LABEL));
            scores.uas_all += usize::from(head_ok);
            scores.las_all += usize::from(label_ok);
            if s.labels[i] != "punct" {
                scores.scored_no_punct += 1;
                scores.uas_no_punct += usize::from(head_ok);
                scores.las_no_punct += usize::from(label_ok);
            }
        }
    }
    scores
}
