//! Verb and pattern matching over the dependency tree.
//!
//! PETRARCH patterns are written against Penn Treebank phrase structure
//! (`- PRE * POST [code]` with `{noun phrases}`, `(prepositional phrases)`,
//! `$` source and `+` target). Here the verb is found by lemma or form (with
//! the words of multi-word verbs near it), and the pattern's words are matched
//! in order over the verb's subtree: words after `*` among the subtree tokens
//! after the verb (outside the subject and outside a finite clause the verb
//! reports, which is an event of its own), words before `*` among the
//! subject's tokens; a `(PREP ...)` group needs a preposition whose object's
//! subtree holds the group's other words; a `{NOUN PHRASE}` group's words
//! stand together in one phrase. The pattern matching most words wins; ties
//! go to the first written.

use crate::tree::Tree;
use tacitus_dict::{
    CodePair, CompiledDictionaries, DepArg, PatternBody, PatternItem, TriggerRef, VerbBlock,
    VerbPattern,
};

/// The verb found at a token.
#[derive(Debug, Clone)]
pub struct VerbMatch {
    pub token: usize,
    pub trigger: TriggerRef,
    /// Tokens used by a multi-word trigger (besides the verb).
    pub extra_tokens: Vec<usize>,
}

/// The pattern chosen for a verb.
#[derive(Debug, Clone)]
pub struct PatternMatch<'d> {
    pub pattern: Option<&'d VerbPattern>,
    pub code: CodePair,
    /// Token after which the pattern's `+` target is looked for, and the
    /// tokens allowed (a prepositional group), if the pattern names one.
    pub target_at: Option<Anchor>,
    pub source_at: Option<Anchor>,
    pub score: usize,
}

#[derive(Debug, Clone)]
pub struct Anchor {
    /// Candidate tokens, in order.
    pub tokens: Vec<usize>,
}

/// Finds the dictionary verbs at token `v`: every trigger that fits, with
/// the most words (multi-word verbs beat their single-word parts).
pub fn find_verbs(
    dicts: &CompiledDictionaries,
    tree: &Tree,
    v: usize,
    nouns: bool,
) -> Vec<VerbMatch> {
    let index = if nouns {
        &dicts.noun_index
    } else {
        &dicts.verb_index
    };
    let lemma = tree.lemma(v);
    let form = tree.lower[v].as_str();
    let mut best: Vec<(usize, bool, VerbMatch)> = Vec::new();
    let by_form = index.get(form);
    let candidates = index
        .get(lemma)
        .into_iter()
        .chain(by_form.filter(|_| form != lemma))
        .flatten();
    for r in candidates {
        let Some(trig) = dicts
            .verbs
            .get(r.block as usize)
            .and_then(|b| b.triggers.get(r.trigger as usize))
        else {
            continue;
        };
        let mut extra = Vec::new();
        let mut ok = true;
        // Words before the verb word: immediately before it, in order.
        let mut pos = v;
        for w in trig.words[..trig.verb_index].iter().rev() {
            let found = (pos.saturating_sub(3)..pos).rev().find(|&i| tree.is(i, w));
            match found {
                Some(i) => {
                    extra.push(i);
                    pos = i;
                }
                None => {
                    ok = false;
                    break;
                }
            }
        }
        // Words after: particles or objects near the verb, in order.
        let mut pos = v;
        if ok {
            for w in &trig.words[trig.verb_index + 1..] {
                let found = (pos + 1..(pos + 6).min(tree.len())).find(|&i| tree.is(i, w));
                match found {
                    Some(i) => {
                        extra.push(i);
                        pos = i;
                    }
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
        }
        if !ok {
            continue;
        }
        let n = trig.words.len();
        let exact_form = by_form.is_some_and(|list| list.contains(r));
        best.push((
            n,
            exact_form,
            VerbMatch {
                token: v,
                trigger: *r,
                extra_tokens: extra,
            },
        ));
    }
    // The most words win; then a verb listed under the word as written
    // ("left" [040]) beats one reached through the lemma only ("leave"), as
    // PETRARCH, which matches written forms, would have it.
    let most = best.iter().map(|(n, _, _)| *n).max().unwrap_or(0);
    let any_form = best.iter().any(|(n, f, _)| *n == most && *f);
    best.into_iter()
        .filter(|(n, f, _)| *n == most && (*f || !any_form))
        .map(|(_, _, m)| m)
        .collect()
}

/// Chooses the pattern of `block` that fits the verb at `vm`.
pub fn choose_pattern<'d>(
    dicts: &'d CompiledDictionaries,
    block: &'d VerbBlock,
    tree: &Tree,
    vm: &VerbMatch,
    subject: Option<usize>,
) -> PatternMatch<'d> {
    let trig = &block.triggers[vm.trigger.trigger as usize];
    let default_code = trig.code.clone().unwrap_or_else(|| block.code.clone());
    let v = vm.token;
    let subject_tokens = subject.map(|s| tree.subtree(s)).unwrap_or_default();
    let subtree = tree.subtree(v);
    // A finite clause the verb reports ("said that they attacked Iraq") is
    // an event of its own, not words of the verb's pattern: PETRARCH matches
    // patterns against the verb's phrases, and the clause against its own
    // verb (a transformation may then join the two).
    // So is a relative clause with a subject of its own ("killing eight
    // people, state media reported").
    let reported: Vec<usize> = subtree
        .iter()
        .copied()
        .filter(|&c| {
            c > v
                && tree.is_verb(c)
                && ((tree.dep(c) == "ccomp" && tree.head(c) == Some(v)) || tree.dep(c) == "relcl")
                && tree
                    .subject(c)
                    .is_some_and(|(s, _)| tree.head(s) == Some(c))
        })
        .flat_map(|c| tree.subtree(c))
        .collect();
    let post: Vec<usize> = subtree
        .iter()
        .copied()
        .filter(|&t| {
            t > v
                && !subject_tokens.contains(&t)
                && !vm.extra_tokens.contains(&t)
                && !reported.contains(&t)
        })
        .collect();
    // Words before `*` are looked for in the subject's phrase ("{DEATH TOLL}
    // * [190]"), not among adverbs or auxiliaries in front of the verb, as
    // PETRARCH matches them against the source noun phrase.
    let pre: Vec<usize> = (0..v)
        .filter(|t| !vm.extra_tokens.contains(t) && subject_tokens.contains(t))
        .collect();
    // Every pattern word must be the form or lemma of a token of its side:
    // a pattern with a word absent from the sentence is passed over before
    // the (much slower) ordered match.
    let pre_words = WordMask::of(tree, &pre);
    let post_words = WordMask::of(tree, &post);
    let mut best: Option<PatternMatch<'d>> = None;
    for p in &block.patterns {
        let result = match &p.body {
            PatternBody::Petrarch {
                pre: pre_items,
                post: post_items,
            } => {
                if !post_words.may_hold_words(dicts, post_items)
                    || !pre_words.may_hold_words(dicts, pre_items)
                {
                    continue;
                }
                let Some(a) = match_items(dicts, tree, pre_items, &pre) else {
                    continue;
                };
                let Some(b) = match_items(dicts, tree, post_items, &post) else {
                    continue;
                };
                PatternMatch {
                    pattern: Some(p),
                    code: p.code.clone(),
                    target_at: b.target.or(a.target),
                    source_at: a.source.or(b.source),
                    score: a.score + b.score + 1,
                }
            }
            PatternBody::Dependency { args } => {
                let Some((score, target)) = match_dep_args(tree, v, args) else {
                    continue;
                };
                PatternMatch {
                    pattern: Some(p),
                    code: p.code.clone(),
                    target_at: target,
                    source_at: None,
                    score,
                }
            }
        };
        if best.as_ref().is_none_or(|b| result.score > b.score) {
            best = Some(result);
        }
    }
    // A tacdict entry codes only through its pattern; a PETRARCH block
    // falls back to its default code.
    let petrarch = block
        .patterns
        .iter()
        .all(|p| matches!(p.body, PatternBody::Petrarch { .. }));
    best.unwrap_or(PatternMatch {
        pattern: None,
        code: if petrarch {
            default_code
        } else {
            CodePair::default()
        },
        target_at: None,
        source_at: None,
        score: 0,
    })
}

/// A two-hash Bloom filter of the forms and lemmas of some tokens: `false`
/// from [`WordMask::may_hold`] is a guarantee that no token has the word.
#[derive(Default)]
struct WordMask([u128; 2]);

impl WordMask {
    fn of(tree: &Tree, tokens: &[usize]) -> Self {
        let mut mask = WordMask::default();
        for &t in tokens {
            mask.insert(&tree.lower[t]);
            mask.insert(tree.lemma(t));
        }
        mask
    }

    fn bits(w: &str) -> (u32, u32) {
        let b = w.as_bytes();
        let mut h = (b.len() as u32).wrapping_mul(0x9E37_79B9);
        for &c in b.iter().take(4).chain(b.last()) {
            h = (h ^ u32::from(c)).wrapping_mul(0x0100_0193);
        }
        h ^= h >> 15;
        h = h.wrapping_mul(0x2C1B_3C6D);
        (h >> 25, (h >> 9) & 127)
    }

    fn insert(&mut self, w: &str) {
        let (a, b) = Self::bits(w);
        self.0[0] |= 1u128 << a;
        self.0[1] |= 1u128 << b;
    }

    fn may_hold(&self, w: &str) -> bool {
        let (a, b) = Self::bits(w);
        self.0[0] & (1u128 << a) != 0 && self.0[1] & (1u128 << b) != 0
    }

    /// Whether every literal word of `items`, and the first word of some
    /// phrase of every synonym set, may be among the tokens (`match_items`
    /// needs each on a token of its sequence, and fails on an unknown set).
    fn may_hold_words(&self, dicts: &CompiledDictionaries, items: &[PatternItem]) -> bool {
        let words_ok = items.iter().all(|it| match it {
            PatternItem::Word { word, .. } => self.may_hold(word),
            _ => true,
        });
        // Sets last, and by the first word of each phrase: they are long.
        words_ok
            && items.iter().all(|it| match it {
                PatternItem::Synset(name) => dicts.synsets.get(name).is_some_and(|phrases| {
                    phrases
                        .iter()
                        .any(|ph| ph.first().is_some_and(|w| self.may_hold(w)))
                }),
                _ => true,
            })
    }
}

struct ItemsMatch {
    score: usize,
    target: Option<Anchor>,
    source: Option<Anchor>,
}

/// Matches pattern items in order over `seq` (sorted token indexes).
fn match_items(
    dicts: &CompiledDictionaries,
    tree: &Tree,
    items: &[PatternItem],
    seq: &[usize],
) -> Option<ItemsMatch> {
    let mut cursor = 0usize; // index into seq
    let mut score = 0;
    let mut target = None;
    let mut source = None;
    let mut group: Option<Vec<usize>> = None; // allowed tokens inside a PP group
    let mut group_items = 0; // items of the PP group after its preposition
    let mut expect_prep = false;
    let mut i = 0;
    while i < items.len() {
        if group.is_some()
            && matches!(
                items[i],
                PatternItem::Word { .. }
                    | PatternItem::Synset(_)
                    | PatternItem::Target
                    | PatternItem::Source
                    | PatternItem::OpenNp
            )
        {
            group_items += 1;
        }
        match &items[i] {
            PatternItem::OpenNp => {
                // `{A B}`: the group's words stand together in one noun
                // phrase, in order, with at most one other word among them
                // ("{NEW &TIETYPES RELATIONS}" fits "new global economic
                // relations", not "new global economic trade relations").
                let close = items[i..]
                    .iter()
                    .position(|it| matches!(it, PatternItem::CloseNp))
                    .map_or(items.len(), |p| i + p);
                let group_items = &items[i + 1..close];
                let allowed = |t: usize| group.as_ref().is_none_or(|g| g.contains(&t));
                let (start, end) = (cursor..seq.len()).find_map(|k| {
                    match_adjacent(dicts, tree, group_items, seq, k, &allowed).map(|e| (k, e))
                })?;
                if expect_prep {
                    expect_prep = false;
                    let obj = tree.prep_object(seq[start]).filter(|&o| o != seq[start]);
                    group = Some(obj.map(|o| tree.subtree(o)).unwrap_or_default());
                }
                cursor = end;
                score += group_items.len();
                i = close + 1;
                continue;
            }
            PatternItem::Skip | PatternItem::CloseNp => {}
            PatternItem::OpenPp => {
                expect_prep = true;
                group_items = 0;
            }
            PatternItem::ClosePp => {
                // Whatever the group held (`^` skipped words) is behind us;
                // a group of the preposition alone ("(AT) ^ +") leaves its
                // object to the items that follow.
                if let Some(g) = group.take()
                    && let Some(&last) = g.last()
                    && group_items > 0
                {
                    while cursor < seq.len() && seq[cursor] <= last {
                        cursor += 1;
                    }
                }
                expect_prep = false;
            }
            PatternItem::SkipPhrase => {
                group_items += 1;
                // Past the head of the next noun phrase.
                if let Some(k) = (cursor..seq.len()).find(|&k| {
                    let t = seq[k];
                    tree.is_noun(t)
                        && !matches!(tree.dep(t), "compound" | "nn" | "amod" | "det" | "poss")
                        && group.as_ref().is_none_or(|g| g.contains(&t))
                }) {
                    cursor = k + 1;
                }
            }
            PatternItem::Target | PatternItem::Source => {
                let allowed: Vec<usize> = seq[cursor.min(seq.len())..]
                    .iter()
                    .copied()
                    .filter(|t| group.as_ref().is_none_or(|g| g.contains(t)))
                    .collect();
                let anchor = Some(Anchor { tokens: allowed });
                if matches!(items[i], PatternItem::Target) {
                    target = anchor;
                } else {
                    source = anchor;
                }
            }
            PatternItem::Word { word, exact } => {
                let pos = (cursor..seq.len()).find(|&k| {
                    let t = seq[k];
                    let word_ok = tree.lower[t] == *word || (!exact && tree.lemma(t) == word);
                    word_ok && group.as_ref().is_none_or(|g| g.contains(&t))
                })?;
                let t = seq[pos];
                if expect_prep {
                    expect_prep = false;
                    let obj = tree.prep_object(t).filter(|&o| o != t);
                    group = Some(obj.map(|o| tree.subtree(o)).unwrap_or_default());
                }
                cursor = pos + 1;
                score += 1;
            }
            PatternItem::Synset(name) => {
                let phrases = dicts.synsets.get(name)?;
                let mut found = None;
                'outer: for k in cursor..seq.len() {
                    for ph in phrases {
                        if ph.is_empty() || k + ph.len() > seq.len() {
                            continue;
                        }
                        let ok = ph.iter().enumerate().all(|(j, w)| {
                            let t = seq[k + j];
                            (tree.lower[t] == *w || tree.lemma(t) == w)
                                && group.as_ref().is_none_or(|g| g.contains(&t))
                        });
                        if ok {
                            found = Some(k + ph.len());
                            break 'outer;
                        }
                    }
                }
                let end = found?;
                if expect_prep {
                    expect_prep = false;
                    let obj = tree.prep_object(seq[end - 1]);
                    group = Some(obj.map(|o| tree.subtree(o)).unwrap_or_default());
                }
                cursor = end;
                score += 1;
            }
        }
        i += 1;
    }
    Some(ItemsMatch {
        score,
        target,
        source,
    })
}

/// Matches `items` (words and synonym sets) from `seq[k]` on, in order, with
/// at most one other token among them; returns the index in `seq` after the
/// last one.
fn match_adjacent(
    dicts: &CompiledDictionaries,
    tree: &Tree,
    items: &[PatternItem],
    seq: &[usize],
    k: usize,
    allowed: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let word_at = |pos: usize, w: &str, exact: bool| {
        pos < seq.len()
            && allowed(seq[pos])
            && (tree.lower[seq[pos]] == w || (!exact && tree.lemma(seq[pos]) == w))
    };
    // A phrase on consecutive tokens from seq[pos].
    let phrase_at = |pos: usize, words: &[String]| {
        words.iter().enumerate().all(|(j, w)| {
            word_at(pos + j, w, false) && (j == 0 || seq[pos + j] == seq[pos + j - 1] + 1)
        })
    };
    let mut next = k; // where the next item may start
    let mut first = true;
    let mut skipped = 0;
    for item in items {
        let starts: Vec<usize> = if first {
            vec![next]
        } else {
            // Right after the previous item, or one token later once.
            (next..(next + 2 - skipped).min(seq.len()))
                .filter(|&p| seq[p] <= seq[next - 1] + 2 - skipped)
                .collect()
        };
        let mut matched = None;
        for p in starts {
            let gap = !first && (p > next || seq[p] > seq[next - 1] + 1);
            matched = match item {
                PatternItem::Word { word, exact } => word_at(p, word, *exact).then_some(p + 1),
                PatternItem::Synset(name) => dicts.synsets.get(name).and_then(|phrases| {
                    phrases
                        .iter()
                        .find(|ph| !ph.is_empty() && phrase_at(p, ph))
                        .map(|ph| p + ph.len())
                }),
                _ => Some(p),
            };
            if matched.is_some() {
                if gap {
                    skipped = 1;
                }
                break;
            }
        }
        next = matched?;
        first = false;
    }
    // All in one noun phrase: one token of the group heads all the others.
    let tokens = &seq[k..next];
    let one_phrase = tokens.iter().any(|&h| {
        let sub = tree.subtree(h);
        tokens.iter().all(|t| sub.contains(t))
    });
    one_phrase.then_some(next)
}

/// tacdict dependency patterns: every slot must exist and fit its lemma set.
/// A `prep:X` slot is the object of preposition X under the verb or, failing
/// that, under the verb's direct object (one level only).
fn match_dep_args(tree: &Tree, v: usize, args: &[DepArg]) -> Option<(usize, Option<Anchor>)> {
    let mut target = None;
    for a in args {
        let slot = if let Some(prep) = a.rel.strip_prefix("prep:") {
            let of = |head: usize, after_verb: bool| {
                tree.preps(head)
                    .into_iter()
                    .find(|&(p, _)| tree.lower[p] == prep && (!after_verb || p > v))
                    .map(|(_, o)| o)
            };
            // Fallback: parsers often attach the verb's prepositional phrase
            // to its direct object ("communicated [the decision to X]"), so
            // a `prep:X` slot missing under the verb is also looked for one
            // level down, under the direct object. A phrase fronted before
            // the verb ("On 20 May, the EU lifted its sanctions on Syria")
            // is a frame of time or place: the one after the verb, or under
            // its object, comes first.
            let dobj_prep = || {
                tree.children_with(v, &["dobj", "obj"])
                    .next()
                    .and_then(|o| of(o, false))
            };
            // A phrase fronted before the subject ("With the signing of
            // the memorandum, the two sides agreed to ...") frames the
            // clause: it never fills a slot.
            let subject_start = tree
                .children_with(v, &["nsubj", "nsubjpass"])
                .map(|s| tree.subtree(s).first().copied().unwrap_or(s))
                .min();
            let not_fronted = |o: &usize| subject_start.is_none_or(|s| *o > s);
            of(v, true)
                .or_else(dobj_prep)
                .or_else(|| of(v, false).filter(not_fronted))
        } else {
            let labels: &[&str] = match a.rel.as_str() {
                "dobj" => &["dobj", "obj"],
                "iobj" => &["iobj", "dative"],
                "attr" => &["attr"],
                "xcomp" => &["xcomp"],
                "ccomp" => &["ccomp"],
                "acomp" => &["acomp"],
                _ => &[],
            };
            tree.children_with(v, labels).next()
        }?;
        // The slot's word is its head or, when the head is a name, the
        // common noun naming its role in front of it ("summoned Niger's
        // ambassador Brah Mohamane": the object's head is the name).
        let fits = |t: usize| {
            a.lemmas
                .iter()
                .any(|l| tree.lemma(t) == l || tree.lower[t] == *l)
        };
        let role_word = || {
            tree.tag(slot).starts_with("NNP")
                && tree.children[slot].iter().any(|&c| {
                    c < slot
                        && matches!(tree.dep(c), "compound" | "nn" | "appos")
                        && matches!(tree.tag(c), "NN" | "NNS")
                        && fits(c)
                })
        };
        if !a.lemmas.is_empty() && !fits(slot) && !role_word() {
            return None;
        }
        if a.target {
            target = Some(Anchor {
                tokens: tree.subtree(slot),
            });
        }
    }
    Some((args.len() + 1, target))
}
