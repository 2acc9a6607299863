//! Compiled dictionaries: phrase tries and verb indexes built once from
//! [`Dictionaries`], serialisable (bincode + zstd) for the on-disk cache.

use crate::model::{
    ActorEntry, AgentEntry, Dictionaries, DiscardEntry, DiscardScope, FileSummary, IssueEntry,
    PatternBody, PatternItem, PloverRule, TransformEvent, TransformTarget, TransformVerb,
    Transformation, VerbBlock,
};
use crate::trie::PhraseTrie;
use ahash::AHashMap;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;
use tacitus_core::RecordError;

/// A trigger reference: block index and trigger index within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TriggerRef {
    pub block: u32,
    pub trigger: u32,
}

/// Dictionaries ready for coding. Immutable and `Sync`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CompiledDictionaries {
    pub actors: Vec<ActorEntry>,
    pub agents: Vec<AgentEntry>,
    pub verbs: Vec<VerbBlock>,
    /// Verb transformations, their verbs resolved to codes.
    pub transformations: Vec<Transformation>,
    pub discards: Vec<DiscardEntry>,
    /// Issue lines; `issue_trie` maps each of their word sequences to its index.
    pub issues: Vec<IssueEntry>,
    pub plover: Vec<PloverRule>,
    pub actor_trie: PhraseTrie,
    pub agent_trie: PhraseTrie,
    pub discard_trie: PhraseTrie,
    pub issue_trie: PhraseTrie,
    /// Verb word (base, explicit and regular inflected forms) -> triggers.
    pub verb_index: AHashMap<String, Vec<TriggerRef>>,
    /// Event noun lemma -> triggers (`n:talks`).
    pub noun_index: AHashMap<String, Vec<TriggerRef>>,
    /// Synonym sets with nested sets expanded.
    pub synsets: AHashMap<String, Vec<Vec<String>>>,
    pub files: Vec<FileSummary>,
    pub warnings: Vec<RecordError>,
    /// What each word can start or trigger, for the coder's sentence
    /// pre-check; built on first use (cheap), never written to the cache.
    #[serde(skip)]
    word_roles: OnceLock<WordRoles>,
}

/// The roles a word plays in the dictionaries, as bit flags: one hash
/// lookup per word tells the pre-check whether a token can matter.
#[derive(Debug, Clone, Default)]
pub struct WordRoles {
    roles: AHashMap<Box<str>, u8>,
}

impl WordRoles {
    /// A key of the verb or noun trigger index.
    pub const TRIGGER: u8 = 1;
    /// The first word of an actor phrase.
    pub const ACTOR_START: u8 = 2;
    /// The first word of an agent phrase.
    pub const AGENT_START: u8 = 4;
    /// The first word of a story-scope discard phrase.
    pub const STORY_DISCARD_START: u8 = 8;

    fn build(c: &CompiledDictionaries) -> Self {
        let mut roles: AHashMap<Box<str>, u8> = AHashMap::new();
        let mut add = |w: &str, role: u8| {
            match roles.get_mut(w) {
                Some(r) => *r |= role,
                None => {
                    roles.insert(w.into(), role);
                }
            };
        };
        for w in c.verb_index.keys().chain(c.noun_index.keys()) {
            add(w, Self::TRIGGER);
        }
        for w in c.actor_trie.first_words() {
            add(w, Self::ACTOR_START);
        }
        for w in c.agent_trie.first_words() {
            add(w, Self::AGENT_START);
        }
        for d in &c.discards {
            if d.scope == DiscardScope::Story
                && let Some(w) = d.phrase.first()
            {
                add(w, Self::STORY_DISCARD_START);
            }
        }
        WordRoles { roles }
    }

    /// The roles of `word` (0: none).
    pub fn get(&self, word: &str) -> u8 {
        self.roles.get(word).copied().unwrap_or(0)
    }
}

impl CompiledDictionaries {
    /// Compiles loaded dictionaries.
    pub fn compile(d: Dictionaries) -> Self {
        let mut c = CompiledDictionaries {
            files: d.files,
            warnings: d.warnings,
            plover: d.plover,
            ..Default::default()
        };
        for (i, a) in d.actors.iter().enumerate() {
            for p in &a.phrases {
                c.actor_trie.insert(p, i as u32);
            }
        }
        for (i, a) in d.agents.iter().enumerate() {
            for p in &a.phrases {
                c.agent_trie.insert(p, i as u32);
            }
        }
        for (i, e) in d.discards.iter().enumerate() {
            c.discard_trie.insert(&e.phrase, i as u32);
        }
        for (i, e) in d.issues.iter().enumerate() {
            for p in &e.phrases {
                c.issue_trie.insert(p, i as u32);
            }
        }
        c.synsets = expand_synsets(&d.synsets);
        for (bi, block) in d.verbs.iter().enumerate() {
            for (ti, trig) in block.triggers.iter().enumerate() {
                let r = TriggerRef {
                    block: bi as u32,
                    trigger: ti as u32,
                };
                let Some(verb) = trig.words.get(trig.verb_index) else {
                    continue;
                };
                let index = if trig.noun {
                    &mut c.noun_index
                } else {
                    &mut c.verb_index
                };
                let mut forms = vec![verb.clone()];
                forms.extend(trig.forms.iter().cloned());
                if !trig.noun {
                    forms.extend(regular_forms(verb));
                }
                forms.sort();
                forms.dedup();
                for f in forms {
                    let list = index.entry(f).or_default();
                    if !list.contains(&r) {
                        list.push(r);
                    }
                }
            }
        }
        c.transformations = d
            .transformations
            .into_iter()
            .filter_map(|mut t| match resolve_verbs(&mut t.pattern, &d.verbs) {
                Ok(()) => Some(t),
                Err(msg) => {
                    c.warnings.push(RecordError::new(
                        &t.entry.dictionary,
                        t.entry.line.map(u64::from),
                        Some("transformation"),
                        format!("{msg} in `{}`; transformation skipped", t.entry.text),
                    ));
                    None
                }
            })
            .collect();
        c.actors = d.actors;
        c.agents = d.agents;
        c.verbs = d.verbs;
        c.discards = d.discards;
        c.issues = d.issues;
        c
    }

    /// The roles of words (trigger, first word of an actor, agent or story
    /// discard phrase), built on first use.
    pub fn word_roles(&self) -> &WordRoles {
        self.word_roles.get_or_init(|| WordRoles::build(self))
    }

    /// Codes named in patterns and blocks that are not 3-4 digit CAMEO codes.
    pub fn unknown_codes(&self) -> Vec<(String, tacitus_core::DictionaryEntryRef)> {
        let mut out = Vec::new();
        let ok = |c: &str| (3..=4).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_digit());
        for b in &self.verbs {
            let pairs = std::iter::once((&b.code, &b.entry))
                .chain(
                    b.triggers
                        .iter()
                        .filter_map(|t| t.code.as_ref().map(|c| (c, &t.entry))),
                )
                .chain(b.patterns.iter().map(|p| (&p.code, &p.entry)));
            for (pair, entry) in pairs {
                for code in [&pair.primary, &pair.paired].into_iter().flatten() {
                    if !ok(code) {
                        out.push((code.clone(), entry.clone()));
                    }
                }
            }
        }
        out
    }

    /// Synonym sets named in patterns that are not defined.
    pub fn undefined_synsets(&self) -> Vec<(String, tacitus_core::DictionaryEntryRef)> {
        let mut out = Vec::new();
        for b in &self.verbs {
            for p in &b.patterns {
                if let PatternBody::Petrarch { pre, post } = &p.body {
                    for item in pre.iter().chain(post) {
                        if let PatternItem::Synset(name) = item
                            && !self.synsets.contains_key(name)
                        {
                            out.push((name.clone(), p.entry.clone()));
                        }
                    }
                }
            }
        }
        out
    }
}

/// Gives each dictionary verb of a transformation the code of that verb:
/// the code of its verb line, else its block's (as PETRARCH-2 looks the
/// verb up). `None` for a verb coded `[---]`; an error for a verb that no
/// block lists.
fn resolve_verbs(e: &mut TransformEvent, blocks: &[VerbBlock]) -> Result<(), String> {
    if let TransformVerb::Verb { words, code } = &mut e.verb {
        let found = blocks.iter().find_map(|b| {
            b.triggers
                .iter()
                .find(|t| !t.noun && t.words == *words)
                .map(|t| t.code.as_ref().unwrap_or(&b.code).primary.clone())
        });
        match found {
            Some(c) => *code = c,
            None => {
                return Err(format!(
                    "the verb `{}` is in no verb block",
                    words.join("_").to_uppercase()
                ));
            }
        }
    }
    match &mut e.target {
        TransformTarget::Event(inner) => resolve_verbs(inner, blocks),
        TransformTarget::Actor(_) => Ok(()),
    }
}

/// Regular English verb forms: `-s`/`-es`, `-ed`/`-d`, `-ing` (dropping a
/// final `e`), with consonant doubling for short CVC verbs.
pub fn regular_forms(verb: &str) -> Vec<String> {
    let mut out = Vec::new();
    if verb.is_empty() || !verb.is_ascii() {
        return out;
    }
    let b = verb.as_bytes();
    let last = b[b.len() - 1];
    let vowel = |c: u8| b"aeiou".contains(&c);
    if verb.ends_with('s')
        || verb.ends_with('x')
        || verb.ends_with("ch")
        || verb.ends_with("sh")
        || verb.ends_with('z')
    {
        out.push(format!("{verb}es"));
    } else if last == b'y' && b.len() > 1 && !vowel(b[b.len() - 2]) {
        out.push(format!("{}ies", &verb[..verb.len() - 1]));
    } else {
        out.push(format!("{verb}s"));
    }
    if last == b'e' {
        out.push(format!("{verb}d"));
        out.push(format!("{}ing", &verb[..verb.len() - 1]));
    } else if last == b'y' && b.len() > 1 && !vowel(b[b.len() - 2]) {
        out.push(format!("{}ied", &verb[..verb.len() - 1]));
        out.push(format!("{verb}ing"));
    } else {
        out.push(format!("{verb}ed"));
        out.push(format!("{verb}ing"));
        let n = b.len();
        if n >= 3 && !vowel(last) && vowel(b[n - 2]) && !vowel(b[n - 3]) && !b"wxy".contains(&last)
        {
            out.push(format!("{verb}{}ed", last as char));
            out.push(format!("{verb}{}ing", last as char));
        }
    }
    out
}

fn expand_synsets(raw: &[(String, Vec<Vec<String>>)]) -> AHashMap<String, Vec<Vec<String>>> {
    let mut map: AHashMap<String, Vec<Vec<String>>> = AHashMap::new();
    for (name, members) in raw {
        map.entry(name.trim_end_matches('_').to_string())
            .or_default()
            .extend(members.iter().cloned());
    }
    // Nested sets: a member `&NAME` is one word starting with `&` after
    // phrase splitting; expand up to a few levels.
    for _ in 0..4 {
        let snapshot = map.clone();
        for members in map.values_mut() {
            let mut expanded = Vec::new();
            for m in members.drain(..) {
                match m.first().and_then(|w| w.strip_prefix('&')) {
                    Some(inner) if m.len() == 1 => {
                        if let Some(sub) = snapshot.get(&inner.to_uppercase()) {
                            expanded.extend(sub.iter().cloned());
                        }
                    }
                    _ => expanded.push(m),
                }
            }
            *members = expanded;
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert!(regular_forms("meet").contains(&"meeting".to_string()));
        assert!(regular_forms("accuse").contains(&"accused".to_string()));
        assert!(regular_forms("deny").contains(&"denied".to_string()));
        assert!(regular_forms("ban").contains(&"banned".to_string()));
        assert!(regular_forms("push").contains(&"pushes".to_string()));
    }

    #[test]
    fn transformation_verbs_take_their_codes() {
        let text = "--- TALK [040] ---\nCONFER\nGAB [012]\n--- HALT [---] ---\nPAUSE\n\n\
                    ~ a (a b CONFER) GAB = a b 041\n~ a (_ b CONFER) PAUSE = a b 125\n\
                    ~ a (b . CHAT) GAB = a b 040\n";
        let mut w = Vec::new();
        let vf = crate::petrarch::read_verbs("v.txt", text, &mut w);
        assert!(w.is_empty(), "{w:?}");
        let d = Dictionaries {
            verbs: vf.blocks,
            transformations: vf.transformations,
            ..Default::default()
        };
        let c = CompiledDictionaries::compile(d);
        assert_eq!(c.transformations.len(), 2, "CHAT is in no block");
        assert_eq!(c.warnings.len(), 1);
        assert_eq!(c.warnings[0].line, Some(9));
        let code = |v: &TransformVerb| match v {
            TransformVerb::Verb { code, .. } => code.clone(),
            _ => panic!("a verb"),
        };
        let t = &c.transformations[0];
        assert_eq!(
            code(&t.pattern.verb).as_deref(),
            Some("012"),
            "the line's own code"
        );
        let TransformTarget::Event(inner) = &t.pattern.target else {
            panic!("nested")
        };
        assert_eq!(
            code(&inner.verb).as_deref(),
            Some("040"),
            "the block's code"
        );
        assert_eq!(code(&c.transformations[1].pattern.verb), None, "`[---]`");
    }

    #[test]
    fn nested_synsets() {
        let raw = vec![
            (
                "A".to_string(),
                vec![vec!["x".to_string()], vec!["&b".to_string()]],
            ),
            (
                "B_".to_string(),
                vec![vec!["y".to_string(), "z".to_string()]],
            ),
        ];
        let m = expand_synsets(&raw);
        assert_eq!(
            m["A"],
            vec![
                vec!["x".to_string()],
                vec!["y".to_string(), "z".to_string()]
            ]
        );
    }
}
