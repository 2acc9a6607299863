//! Greedy left-to-right part-of-speech tagger: averaged perceptron over word,
//! shape, prefix/suffix and neighbour features plus the two previous tags,
//! with a dictionary of frequent unambiguous words that skips scoring.

use crate::corpus::TrainSentence;
use crate::hash::{f1, f2, f3, hash_str};
use crate::linear::{KeyMap, Perceptron, SparseWeights};
use crate::modelfile::{self, Reader, Writer};
use crate::token::{END, START, TokenInfo};
use crate::train::Rng;
use tacitus_core::TacitusError;

const KIND: &[u8; 4] = b"TAGR";
/// Atom used for "no previous tag".
const NO_TAG: u64 = 0xffff;

/// A trained tagger.
#[derive(Debug)]
pub struct Tagger {
    tags: Vec<String>,
    weights: SparseWeights,
    /// Exact word hash -> tag id, for frequent words with one dominant tag.
    tagdict: KeyMap<u8>,
}

#[inline]
fn ctx(infos: &[TokenInfo], i: isize) -> &TokenInfo {
    if i < 0 {
        &START
    } else {
        infos.get(i as usize).unwrap_or(&END)
    }
}

/// Number of features that do not depend on previous tags.
const N_STATIC: usize = 22;

/// Features of token `i` that do not depend on the predicted tags: computed
/// for a whole sentence ahead of tagging, so their table slots can be
/// fetched from memory while earlier tokens are scored.
fn static_features(infos: &[TokenInfo], i: usize, out: &mut [u64; N_STATIC]) {
    let ii = i as isize;
    let w = &infos[i];
    let (m1, m2, n1, n2) = (
        ctx(infos, ii - 1),
        ctx(infos, ii - 2),
        ctx(infos, ii + 1),
        ctx(infos, ii + 2),
    );
    let first = u64::from(i == 0);
    *out = [
        f1(0, 0),
        f1(1, w.word),
        f1(2, w.lower),
        f1(3, w.suffix1),
        f1(4, w.suffix2),
        f1(5, w.suffix3),
        f1(6, w.suffix4),
        f1(7, w.prefix1),
        f1(8, w.prefix2),
        f1(9, w.prefix3),
        f1(10, w.shape),
        f2(11, w.flags, first),
        f1(15, m1.lower),
        f1(16, m1.suffix3),
        f1(17, m2.lower),
        f1(18, n1.lower),
        f1(19, n1.suffix3),
        f1(20, n1.shape),
        f1(21, n2.lower),
        f2(22, m1.lower, w.lower),
        f2(23, w.lower, n1.lower),
        f1(27, n2.suffix3),
    ];
}

/// Number of features that depend on the previous tags `p1`, `p2`.
const N_DYNAMIC: usize = 7;

fn dynamic_features(infos: &[TokenInfo], i: usize, p1: u64, p2: u64) -> [u64; N_DYNAMIC] {
    let w = &infos[i];
    let n1 = ctx(infos, i as isize + 1);
    let first = u64::from(i == 0);
    [
        f1(12, p1),
        f2(13, p1, p2),
        f2(14, p1, w.lower),
        f2(24, p1, n1.lower),
        f2(25, p1, w.suffix3),
        f3(26, p1, w.shape, first),
        f1(28, p2),
    ]
}

/// Features of token `i` given the two previous predicted tags.
pub fn features(infos: &[TokenInfo], i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    out.clear();
    let mut fixed = [0u64; N_STATIC];
    static_features(infos, i, &mut fixed);
    out.extend_from_slice(&fixed);
    out.extend_from_slice(&dynamic_features(infos, i, p1, p2));
}

/// Tokens ahead whose feature slots are prefetched while tagging.
const LOOKAHEAD: usize = 2;

impl Tagger {
    pub fn tags(&self) -> &[String] {
        &self.tags
    }

    pub fn tag_name(&self, id: usize) -> &str {
        self.tags.get(id).map_or("XX", String::as_str)
    }

    pub fn tag_id(&self, name: &str) -> Option<usize> {
        self.tags.iter().position(|t| t == name)
    }

    pub fn n_weights(&self) -> usize {
        self.weights.n_weights()
    }

    /// A copy without weights of magnitude below `min_abs` (smaller, faster).
    pub fn pruned(&self, min_abs: f32) -> Tagger {
        Tagger {
            tags: self.tags.clone(),
            weights: self.weights.pruned(min_abs),
            tagdict: self.tagdict.clone(),
        }
    }

    /// Tags a sentence; returns tag ids.
    pub fn tag(&self, infos: &[TokenInfo], feats: &mut Vec<u64>, out: &mut Vec<u8>) {
        out.clear();
        let n_tags = self.tags.len();
        let n = infos.len();
        // Static features of every token that needs scoring, N_STATIC each
        // (a tag-dictionary word keeps an unused block).
        feats.clear();
        feats.resize(n * N_STATIC, 0);
        let mut scored = 0usize;
        for (i, block) in feats.chunks_exact_mut(N_STATIC).enumerate() {
            if !self.tagdict.contains_key(&infos[i].word) {
                let mut fixed = [0u64; N_STATIC];
                static_features(infos, i, &mut fixed);
                block.copy_from_slice(&fixed);
                scored += 1;
            }
        }
        let block =
            |i: usize| -> &[u64] { feats.get(i * N_STATIC..(i + 1) * N_STATIC).unwrap_or(&[]) };
        if scored > 0 {
            for i in 0..LOOKAHEAD.min(n) {
                self.weights.prefetch(block(i));
            }
        }
        let mut scores = [0f32; 256];
        let mut keys = [0u64; N_STATIC + N_DYNAMIC];
        let in_id = self.tag_id("IN");
        let rb_id = self.tag_id("RB");
        let is_verb_tag: Vec<bool> = self.tags.iter().map(|t| t.starts_with("VB")).collect();
        let (mut p1, mut p2) = (NO_TAG, NO_TAG);
        for i in 0..n {
            let best = match self.tagdict.get(&infos[i].word) {
                Some(&t) => t,
                None => {
                    if i + LOOKAHEAD < n {
                        self.weights.prefetch(block(i + LOOKAHEAD));
                    }
                    keys[..N_STATIC].copy_from_slice(block(i));
                    keys[N_STATIC..].copy_from_slice(&dynamic_features(infos, i, p1, p2));
                    scores[..n_tags].fill(0.0);
                    self.weights.score(&keys, &mut scores);
                    let mut best = argmax(&scores[..n_tags]);
                    if Some(best) == in_id && !may_be_preposition(&infos[i]) {
                        scores[best] = f32::NEG_INFINITY;
                        best = argmax(&scores[..n_tags]);
                    }
                    if Some(best) == rb_id && !may_be_adverb(&infos[i]) {
                        scores[best] = f32::NEG_INFINITY;
                        best = argmax(&scores[..n_tags]);
                    }
                    if infos[i].name_compound && is_verb_tag[best] {
                        for (score, _) in scores.iter_mut().zip(&is_verb_tag).filter(|x| *x.1) {
                            *score = f32::NEG_INFINITY;
                        }
                        best = argmax(&scores[..n_tags]);
                    }
                    best as u8
                }
            };
            out.push(best);
            p2 = p1;
            p1 = u64::from(best);
        }
    }

    pub fn to_bytes(&self) -> Result<Vec<u8>, TacitusError> {
        let mut w = Writer::default();
        w.strs(&self.tags);
        let mut dict: Vec<(&u64, &u8)> = self.tagdict.iter().collect();
        dict.sort();
        w.u32(dict.len() as u32);
        for (k, t) in dict {
            w.u64(*k);
            w.u8(*t);
        }
        self.weights.write(&mut w);
        modelfile::encode(KIND, &w.buf, 19)
    }

    pub fn from_bytes(name: &str, file: &[u8]) -> Result<Tagger, TacitusError> {
        let body = modelfile::decode(name, KIND, file)?;
        let mut r = Reader::new(name, body.body());
        let tags = r.strs(255)?;
        if tags.is_empty() {
            return Err(r.error("tagger has no tags"));
        }
        let n = r.count(1 << 24)?;
        let mut tagdict = KeyMap::default();
        for _ in 0..n {
            let k = r.u64()?;
            let t = r.u8()?;
            if t as usize >= tags.len() {
                return Err(r.error("tag dictionary entry out of range"));
            }
            tagdict.insert(k, t);
        }
        let weights = SparseWeights::read(&mut r)?;
        if weights.n_classes() != tags.len() {
            return Err(r.error("weight classes do not match the tag list"));
        }
        r.finish()?;
        Ok(Tagger {
            tags,
            weights,
            tagdict,
        })
    }
}

/// Prepositions and subordinating conjunctions: the closed class of the
/// Penn tag `IN`. A capitalised word outside it is never tagged `IN` (the
/// perceptron otherwise reads a sentence-initial "Thai" or "Lao" as "That").
#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "aboard", "about", "above", "according", "across", "after", "against", "ahead", "albeit",
    "along", "alongside", "although", "amid", "amidst", "among", "amongst", "apart", "around",
    "as", "aside", "astride", "at", "atop", "away", "because", "before", "behind", "below",
    "beneath", "beside", "besides", "between", "beyond", "but", "by", "circa", "concerning",
    "considering", "depending", "despite", "down", "due", "during", "except", "excluding",
    "following", "for", "from", "given", "if", "in", "including", "inside", "instead", "into",
    "lest", "like", "minus", "near", "nearer", "nearest", "neath", "next", "notwithstanding", "of",
    "off", "on", "once", "onto", "opposite", "out", "outside", "over", "past", "pending", "per",
    "plus", "post", "pre", "pro", "regarding", "regardless", "round", "save", "since", "so",
    "than", "that", "though", "through", "throughout", "till", "to", "toward", "towards", "under",
    "underneath", "unless", "unlike", "until", "unto", "up", "upon", "versus", "via", "vs", "vs.",
    "whereas", "whether", "while", "whilst", "with", "within", "without", "worth", "de", "en",
    "du", "von", "van", "del", "la", "le", "des",
];

/// Hashes of [`PREPOSITIONS`], as [`TokenInfo::lower`] holds them.
static PREPOSITION_KEYS: std::sync::LazyLock<std::collections::HashSet<u64>> =
    std::sync::LazyLock::new(|| PREPOSITIONS.iter().map(|w| hash_str(w)).collect());

/// False for a capitalised word (title case) that is not a preposition:
/// such a word must not take the closed-class tag `IN`. Lower-case and
/// all-capital forms are left to the model.
fn may_be_preposition(w: &TokenInfo) -> bool {
    w.flags & 1 == 0 || PREPOSITION_KEYS.contains(&w.lower)
}

/// Adverbs not ending in "-ly" that may open a sentence capitalised. A
/// capitalised word neither in this list nor ending in "-ly" is never tagged
/// `RB` (the model otherwise reads "Beirut again rejected ..." as an adverb
/// followed by another).
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "about", "abroad", "across", "afterward", "afterwards", "again", "ahead", "alike", "almost",
    "alone", "along", "already", "also", "altogether", "always", "anew", "anyhow", "anymore",
    "anyway", "anywhere", "apart", "around", "as", "aside", "away", "back", "before", "behind",
    "below", "besides", "beyond", "by", "down", "earlier", "else", "elsewhere", "enough", "even",
    "ever", "everywhere", "far", "farther", "first", "forever", "forth", "further", "furthermore",
    "halfway", "hence", "henceforth", "here", "hereby", "however", "in", "indeed", "inside",
    "instead", "just", "later", "least", "less", "likewise", "long", "maybe", "meantime",
    "meanwhile", "more", "moreover", "most", "much", "near", "nearby", "neither", "never",
    "nevertheless", "next", "no", "nonetheless", "not", "now", "nowadays", "nowhere", "n't", "off",
    "often", "on", "once", "only", "otherwise", "out", "outside", "over", "overall", "overseas",
    "perhaps", "please", "prior", "quite", "rather", "right", "second", "since", "sideways", "so",
    "somehow", "sometime", "sometimes", "somewhat", "somewhere", "soon", "sooner", "still",
    "straight", "then", "thence", "there", "thereafter", "thereby", "therefore", "third", "though",
    "thus", "today", "together", "tomorrow", "tonight", "too", "twice", "underway", "up",
    "upstairs", "very", "well", "whatsoever", "when", "where", "whereby", "why", "worldwide",
    "yesterday", "yet", "all", "ago", "at", "after", "of", "regardless", "thereof", "hereafter",
    "downstairs", "indoors", "outdoors", "online", "offline", "home", "upward", "upwards",
    "downward", "downwards", "forward", "forwards", "backward", "backwards", "onward", "onwards",
    "notwithstanding", "late", "little", "someday", "pretty", "overnight", "fourth", "fifth",
    "easy", "best", "alright", "okay", "above", "alongside", "hard", "fast", "high", "low", "deep",
    "close", "early", "double", "live", "free", "short", "full", "plenty", "kind", "sort",
    "anytime", "nonstop", "upfront", "beforehand", "hitherto", "last", "better", "worse", "wide",
    "clear",
];

/// Hashes of [`ADVERBS`] and of the suffix "ly", as [`TokenInfo`] holds them.
static ADVERB_KEYS: std::sync::LazyLock<(std::collections::HashSet<u64>, u64)> =
    std::sync::LazyLock::new(|| {
        let ly = TokenInfo::compute("ly", &mut crate::token::Scratch::default()).suffix2;
        (ADVERBS.iter().map(|w| hash_str(w)).collect(), ly)
    });

/// False for a capitalised word (title case) that is neither a known adverb
/// nor ends in "-ly": it must not take `RB`.
fn may_be_adverb(w: &TokenInfo) -> bool {
    let (known, ly) = &*ADVERB_KEYS;
    w.flags & 1 == 0 || w.suffix2 == *ly || known.contains(&w.lower)
}

#[inline]
pub fn argmax(s: &[f32]) -> usize {
    let mut best = 0;
    for i in 1..s.len() {
        if s[i] > s[best] {
            best = i;
        }
    }
    best
}

/// Training options for the tagger.
#[derive(Debug, Clone)]
pub struct TaggerOptions {
    pub epochs: usize,
    /// Words seen at least this often...
    pub dict_min_count: usize,
    /// ...with this share of one tag go to the tag dictionary.
    pub dict_min_share: f64,
    pub prune: f32,
    pub seed: u64,
}

impl Default for TaggerOptions {
    fn default() -> Self {
        TaggerOptions {
            epochs: 5,
            dict_min_count: 20,
            dict_min_share: 0.995,
            prune: 1.5,
            seed: 1,
        }
    }
}

/// Trains a tagger on sentences (their `words` and `tags`).
pub fn train(
    sentences: &[TrainSentence],
    opts: &TaggerOptions,
    mut log: impl FnMut(&str),
) -> Tagger {
    let mut tags: Vec<String> = sentences
        .iter()
        .flat_map(|s| s.tags.iter().cloned())
        .collect();
    tags.sort();
    tags.dedup();
    tags.truncate(255);
    let tag_index: std::collections::HashMap<&str, usize> = tags
        .iter()
        .enumerate()
        .map(|(i, t)| (t.as_str(), i))
        .collect();
    // Tag dictionary.
    let mut counts: KeyMap<KeyMap<usize>> = KeyMap::default();
    let mut scratch = crate::token::Scratch::default();
    let prepared: Vec<(Vec<TokenInfo>, Vec<usize>)> = sentences
        .iter()
        .map(|s| {
            let infos: Vec<TokenInfo> = s
                .words
                .iter()
                .map(|w| TokenInfo::compute(w, &mut scratch))
                .collect();
            let gold: Vec<usize> = s
                .tags
                .iter()
                .map(|t| tag_index.get(t.as_str()).copied().unwrap_or(0))
                .collect();
            for (info, &g) in infos.iter().zip(&gold) {
                *counts
                    .entry(info.word)
                    .or_default()
                    .entry(g as u64)
                    .or_default() += 1;
            }
            (infos, gold)
        })
        .collect();
    let mut tagdict = KeyMap::default();
    for (word, by_tag) in &counts {
        let total: usize = by_tag.values().sum();
        if let Some((&tag, &n)) = by_tag.iter().max_by_key(|(_, n)| **n)
            && total >= opts.dict_min_count
            && n as f64 / total as f64 >= opts.dict_min_share
        {
            tagdict.insert(*word, tag as u8);
        }
    }
    let mut model = Perceptron::new(tags.len());
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut rng = Rng::new(opts.seed);
    let mut feats = Vec::new();
    let mut scores = vec![0f32; tags.len()];
    for epoch in 0..opts.epochs {
        rng.shuffle(&mut order);
        let (mut correct, mut total) = (0usize, 0usize);
        for &si in &order {
            let (infos, gold) = &prepared[si];
            let (mut p1, mut p2) = (NO_TAG, NO_TAG);
            for i in 0..infos.len() {
                let guess = match tagdict.get(&infos[i].word) {
                    Some(&t) => t as usize,
                    None => {
                        features(infos, i, p1, p2, &mut feats);
                        scores.fill(0.0);
                        model.score(&feats, &mut scores);
                        let guess = argmax(&scores);
                        model.update(&feats, gold[i], guess);
                        model.tick();
                        guess
                    }
                };
                correct += usize::from(guess == gold[i]);
                total += 1;
                p2 = p1;
                p1 = guess as u64;
            }
        }
        log(&format!(
            "tagger epoch {}: train accuracy {:.2}%",
            epoch + 1,
            100.0 * correct as f64 / total.max(1) as f64
        ));
    }
    Tagger {
        tags,
        weights: model.freeze(opts.prune),
        tagdict,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::Scratch;

    fn info(word: &str) -> TokenInfo {
        TokenInfo::compute(word, &mut Scratch::default())
    }

    #[test]
    fn capitalised_non_prepositions_never_take_in() {
        // Nationality adjectives and names read as "That"/"Than" by the model.
        for w in ["Thai", "Lao", "Thailand", "Tamil", "Tha"] {
            assert!(!may_be_preposition(&info(w)), "{w}");
        }
        // Real prepositions and subordinators, any case, keep IN.
        for w in ["That", "After", "In", "Despite", "Whether", "that", "in"] {
            assert!(may_be_preposition(&info(w)), "{w}");
        }
        // Lower-case and all-capital forms are left to the model.
        assert!(may_be_preposition(&info("thai")));
        assert!(may_be_preposition(&info("THAI")));
    }

    #[test]
    fn capitalised_names_never_take_rb() {
        for w in ["Beirut", "Kabul", "Erdogan"] {
            assert!(!may_be_adverb(&info(w)), "{w}");
        }
        for w in [
            "However",
            "Meanwhile",
            "Unsurprisingly",
            "Nowadays",
            "again",
            "BEIRUT",
        ] {
            assert!(may_be_adverb(&info(w)), "{w}");
        }
    }
}
