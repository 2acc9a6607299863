//! Random trees over the whole label inventory: the conversion never panics
//! and always yields one projective tree with labels from spaCy's set.

#[path = "gold_records.rs"]
mod gold_records;

use gold_records::SPACY_LABELS;

use tacitus_nlp::TrainSentence;
use tacitus_nlp::gold::{PtbTree, to_dependencies};

const PHRASES: &[&str] = &[
    "S", "SBAR", "SINV", "SQ", "SBARQ", "VP", "NP", "NP-TMP", "NML", "PP", "ADJP", "ADVP", "QP",
    "PRN", "UCP", "FRAG", "WHNP", "WHADVP", "WHPP", "PRT", "CONJP", "X", "RRC", "INTJ", "LST",
    "NX", "NAC", "",
];
const TAGS: &[(&str, &str)] = &[
    ("NN", "deal"),
    ("NNS", "talks"),
    ("NNP", "Kabul"),
    ("NNP", "Prime"),
    ("NNP", "Minister"),
    ("NN", "president"),
    ("NNPS", "States"),
    ("VB", "sign"),
    ("VBD", "was"),
    ("VBN", "attacked"),
    ("VBG", "being"),
    ("VBZ", "is"),
    ("VBP", "have"),
    ("MD", "will"),
    ("TO", "to"),
    ("IN", "by"),
    ("IN", "that"),
    ("DT", "the"),
    ("DT", "a"),
    ("PDT", "all"),
    ("JJ", "new"),
    ("RB", "not"),
    ("RB", "almost"),
    ("CD", "five"),
    ("CC", "and"),
    ("CC", "both"),
    ("PRP", "it"),
    ("PRP$", "its"),
    ("POS", "'s"),
    ("EX", "there"),
    ("WDT", "which"),
    ("WP", "who"),
    ("WRB", "when"),
    ("RP", "up"),
    (",", ","),
    (".", "."),
    (":", "--"),
    ("-LRB-", "-LRB-"),
    ("-RRB-", "-RRB-"),
    ("``", "``"),
    ("''", "''"),
    ("$", "$"),
    ("UH", "yes"),
    ("AUXD", "did"),
    ("LS", "1"),
    ("FW", "etc"),
    ("SYM", "&"),
    ("-NONE-", "*T*"),
];

struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

fn random_tree(rng: &mut Rng, depth: usize) -> PtbTree {
    if depth == 0 || rng.below(3) == 0 {
        let (tag, word) = TAGS[rng.below(TAGS.len())];
        return PtbTree::leaf(tag, word);
    }
    let label = PHRASES[rng.below(PHRASES.len())];
    let n = 1 + rng.below(5);
    PtbTree::phrase(label, (0..n).map(|_| random_tree(rng, depth - 1)).collect())
}

#[test]
fn random_trees_convert_to_projective_trees() {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut converted = 0;
    for _ in 0..4_000 {
        let tree = random_tree(&mut rng, 5);
        let deps = to_dependencies(&tree);
        let words = tree
            .preterminals()
            .iter()
            .filter(|p| p.label != "-NONE-")
            .count();
        assert_eq!(deps.len(), words, "{}", tree.to_bracketed());
        if deps.is_empty() {
            continue;
        }
        converted += 1;
        let sentence = TrainSentence {
            words: deps.iter().map(|d| d.word.clone()).collect(),
            lemmas: deps.iter().map(|d| d.word.clone()).collect(),
            tags: deps.iter().map(|d| d.tag.clone()).collect(),
            heads: deps.iter().map(|d| d.head).collect(),
            labels: deps.iter().map(|d| d.label.clone()).collect(),
        };
        assert!(sentence.is_tree(), "not a tree: {}", tree.to_bracketed());
        assert!(
            sentence.is_projective(),
            "not projective: {}",
            tree.to_bracketed()
        );
        for d in &deps {
            assert!(
                SPACY_LABELS.contains(&d.label.as_str()),
                "label {} for {}",
                d.label,
                tree.to_bracketed()
            );
        }
    }
    assert!(converted > 2_000);
}

const UD_LABELS: &[&str] = &[
    "nsubj",
    "nsubj:pass",
    "obj",
    "iobj",
    "obl",
    "nmod",
    "nmod:poss",
    "case",
    "cop",
    "aux",
    "aux:pass",
    "mark",
    "flat",
    "name",
    "compound",
    "amod",
    "det",
    "advmod",
    "cc",
    "conj",
    "punct",
    "parataxis",
    "ccomp",
    "xcomp",
    "acl:relcl",
    "fixed",
    "appos",
    "nummod",
    "advcl",
    "expl",
    "dep",
];
const UD_WORDS: &[(&str, &str)] = &[
    ("said", "VBD"),
    ("is", "VBZ"),
    ("in", "IN"),
    ("by", "IN"),
    ("to", "TO"),
    ("Kabul", "NNP"),
    ("deal", "NN"),
    ("new", "JJ"),
    ("signing", "VBG"),
    ("not", "RB"),
    (",", ","),
    ("'s", "POS"),
    ("attacked", "VBN"),
    ("the", "DT"),
];

/// Random UD trees restructured to spaCy style stay trees.
#[test]
fn random_ud_trees_stay_trees() {
    use tacitus_core::{AnalyzedSentence, AnalyzedToken, Span};
    let mut rng = Rng(0x7f4a_7c15_9e37_79b9);
    for _ in 0..20_000 {
        let n = 1 + rng.below(12);
        // a random tree: visit the words in a random order, each hangs off
        // one visited before it
        let mut order: Vec<usize> = (0..n).collect();
        for i in (1..n).rev() {
            order.swap(i, rng.below(i + 1));
        }
        let mut tokens: Vec<AnalyzedToken> = (0..n)
            .map(|_| {
                let (w, t) = UD_WORDS[rng.below(UD_WORDS.len())];
                AnalyzedToken {
                    text: w.into(),
                    span: Span::default(),
                    tag: t.into(),
                    lemma: w.into(),
                    head: None,
                    dep: "root".into(),
                }
            })
            .collect();
        for k in 1..n {
            let head = order[rng.below(k)];
            tokens[order[k]].head = Some(head);
            tokens[order[k]].dep = UD_LABELS[rng.below(UD_LABELS.len())].into();
        }
        let before = tokens.clone();
        tacitus_nlp::gold::ud::to_clear_style(&mut tokens);
        let sentence = AnalyzedSentence {
            index: 0,
            span: Span::default(),
            tokens,
        };
        assert!(sentence.is_well_formed(), "{before:?}");
        assert!(
            sentence
                .tokens
                .iter()
                .all(|t| SPACY_LABELS.contains(&t.dep.as_str()))
        );
    }
}
