//! Verb and pattern matching over the dependency tree.
//!
//! PETRARCH patterns are written against Penn Treebank phrase structure
//! (`- PRE * POST [code]` with `{noun phrases}`, `(prepositional phrases)`,
//! `$` source and `+` target). Here the verb is found by lemma or form (with
//! the words of multi-word verbs near it), and the pattern's words are matched
//! in order over the verb's subtree: words after `*` among the subtree tokens
//! after the verb (outside the subject), words before `*` among the tokens
//! before it; a `(PREP ...)` group needs a preposition whose object's subtree
//! holds the group's other words. The pattern matching most words wins; ties
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
    let mut best: Vec<(usize, VerbMatch)> = Vec::new();
    let candidates = index
        .get(lemma)
        .into_iter()
        .chain(index.get(form).filter(|_| form != lemma))
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
        best.push((
            n,
            VerbMatch {
                token: v,
                trigger: *r,
                extra_tokens: extra,
            },
        ));
    }
    let most = best.iter().map(|(n, _)| *n).max().unwrap_or(0);
    best.into_iter()
        .filter(|(n, _)| *n == most)
        .map(|(_, m)| m)
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
    let post: Vec<usize> = subtree
        .iter()
        .copied()
        .filter(|&t| t > v && !subject_tokens.contains(&t) && !vm.extra_tokens.contains(&t))
        .collect();
    let pre: Vec<usize> = (0..v).filter(|t| !vm.extra_tokens.contains(t)).collect();
    let mut best: Option<PatternMatch<'d>> = None;
    for p in &block.patterns {
        let result = match &p.body {
            PatternBody::Petrarch {
                pre: pre_items,
                post: post_items,
            } => {
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
    let mut expect_prep = false;
    let mut i = 0;
    while i < items.len() {
        match &items[i] {
            PatternItem::Skip | PatternItem::OpenNp | PatternItem::CloseNp => {}
            PatternItem::OpenPp => expect_prep = true,
            PatternItem::ClosePp => {
                // Whatever the group held (`^` skipped words) is behind us.
                if let Some(g) = group.take()
                    && let Some(&last) = g.last()
                {
                    while cursor < seq.len() && seq[cursor] <= last {
                        cursor += 1;
                    }
                }
                expect_prep = false;
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

/// tacdict dependency patterns: every slot must exist and fit its lemma set.
/// A `prep:X` slot is the object of preposition X under the verb or, failing
/// that, under the verb's direct object (one level only).
fn match_dep_args(tree: &Tree, v: usize, args: &[DepArg]) -> Option<(usize, Option<Anchor>)> {
    let mut target = None;
    for a in args {
        let slot = if let Some(prep) = a.rel.strip_prefix("prep:") {
            let of = |head: usize| {
                tree.preps(head)
                    .into_iter()
                    .find(|&(p, _)| tree.lower[p] == prep)
                    .map(|(_, o)| o)
            };
            // Fallback: parsers often attach the verb's prepositional phrase
            // to its direct object ("communicated [the decision to X]"), so
            // a `prep:X` slot missing under the verb is also looked for one
            // level down, under the direct object.
            of(v).or_else(|| tree.children_with(v, &["dobj", "obj"]).next().and_then(of))
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
        if !a.lemmas.is_empty()
            && !a
                .lemmas
                .iter()
                .any(|l| tree.lemma(slot) == l || tree.lower[slot] == *l)
        {
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
