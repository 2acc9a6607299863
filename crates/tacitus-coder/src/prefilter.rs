//! The sentence pre-check: can this sentence yield an event at all? Run on
//! segmented (tokenized, not yet tagged or parsed) sentences, so the pipeline
//! tags and parses only the sentences that can matter. Most news sentences
//! name no two parties around a dictionary verb; skipping their analysis is
//! the largest saving of the raw-text pipeline.
//!
//! The check must never reject a sentence the coder would code: events with
//! and without it are identical (tested in `tests/prefilter_equivalence.rs`
//! of the `tacitus` crate). It is an over-approximation of what
//! [`Coder::code_document`] needs, and relies on these facts of the coder:
//!
//! - an event needs a token whose lower-cased form or lemma is a key of the
//!   verb or noun trigger index;
//! - actors and agents come from phrase matches (form or lemma) in the
//!   sentence, or from a pronoun / "the country" resolved to an earlier actor;
//!   with one phrase match and no such word every mention of the sentence has
//!   the same code, so no (source, target) pair with two codes exists;
//! - a story-scope discard phrase anywhere drops the whole document;
//! - earlier sentences matter only through their actor mentions (pronoun
//!   antecedents), which need an actor phrase match.
//!
//! The caller gives, for each token, every word the coder could see for it:
//! the lower-cased form and each lemma the analyzer could assign under any
//! tag (the tag is not known before analysis).

use crate::Coder;
use tacitus_dict::{DiscardScope, WordRoles};

/// What the pre-check found in one sentence. Each flag over-approximates:
/// `false` is a guarantee, `true` a possibility.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Precheck {
    /// The sentence may yield an event: it has a trigger word and enough
    /// actor/agent phrases (or a pronoun) for the events the options allow.
    pub may_code: bool,
    /// An actor phrase may match: the sentence may give pronoun antecedents.
    pub may_name_actor: bool,
    /// A pronoun or anaphoric noun: coding it may need earlier actors.
    pub has_anaphor: bool,
    /// A story-scope discard phrase may match (drops the whole document).
    pub may_discard_story: bool,
}

impl Precheck {
    /// True when the sentence must be analyzed for the events to be right,
    /// before considering pronoun antecedents.
    pub fn needs_analysis(&self) -> bool {
        self.may_code || self.may_discard_story
    }
}

/// The words the coder may match for a token, to give [`Coder::precheck`]:
/// the lower-cased text, the text as written behind `=` (dictionary entries
/// such as `=US` match the written form only), then each possible lemma.
/// Keep this in step with the words `actors::find_matches`, `verbs` and the
/// discard check compare.
pub fn token_words<I>(text: &str, lemmas: I) -> Vec<Box<str>>
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    let mut out: Vec<Box<str>> = vec![text.to_lowercase().into(), format!("={text}").into()];
    for l in lemmas {
        let l = l.as_ref();
        if !out.iter().any(|w| &**w == l) {
            out.push(l.into());
        }
    }
    out
}

impl Coder {
    /// Pre-checks a sentence of `n_tokens` tokens before analysis;
    /// `alternatives(i)` gives every word token `i` may show the coder
    /// ([`token_words`] of its text and possible lemmas).
    pub fn precheck<'s, F, I>(&'s self, n_tokens: usize, alternatives: F) -> Precheck
    where
        F: Fn(usize) -> I,
        I: IntoIterator<Item = &'s str>,
    {
        let d = &*self.dicts;
        let roles = d.word_roles();
        let mut all = 0u8;
        let mut has_anaphor = false;
        // Roles per token, on the stack for ordinary sentences.
        let mut per_token: smallvec::SmallVec<[u8; 64]> = smallvec::SmallVec::new();
        for i in 0..n_tokens {
            let mut r = 0u8;
            for w in alternatives(i) {
                r |= roles.get(w);
                has_anaphor = has_anaphor || is_anaphor(w);
            }
            all |= r;
            per_token.push(r);
        }
        let starts = WordRoles::ACTOR_START | WordRoles::AGENT_START;
        let mut positions = 0usize;
        let mut may_name_actor = false;
        let mut may_discard_story = false;
        if all & (starts | WordRoles::STORY_DISCARD_START) != 0 {
            let story = |values: &[u32]| {
                values.iter().any(|&v| {
                    d.discards
                        .get(v as usize)
                        .is_some_and(|e| e.scope == DiscardScope::Story)
                })
            };
            for (i, &r) in per_token.iter().enumerate() {
                if r & starts != 0 {
                    // Positions where an actor or agent phrase may start: at
                    // least as many as the coder's non-overlapping matches.
                    let actor = r & WordRoles::ACTOR_START != 0
                        && d.actor_trie.any_at(i, n_tokens, &alternatives, |_| true);
                    may_name_actor |= actor;
                    if actor
                        || (r & WordRoles::AGENT_START != 0
                            && d.agent_trie.any_at(i, n_tokens, &alternatives, |_| true))
                    {
                        positions += 1;
                    }
                }
                if r & WordRoles::STORY_DISCARD_START != 0 && !may_discard_story {
                    may_discard_story = d.discard_trie.any_at(i, n_tokens, &alternatives, story);
                }
            }
        }
        let parties = if self.options.require_dyad {
            positions >= 2 || (positions >= 1 && has_anaphor)
        } else {
            positions >= 1 || has_anaphor
        };
        Precheck {
            may_code: all & WordRoles::TRIGGER != 0 && parties,
            may_name_actor,
            has_anaphor,
            may_discard_story,
        }
    }
}

/// Words that the coder may resolve to an earlier actor: the pronouns and
/// anaphoric nouns ("the country") of `actors::ActorFinder::pronoun` and of
/// `sentence`'s pronoun checks. Keep in step with them: a word missing here
/// makes the pre-check skip sentences the coder would code (the equivalence
/// test in the `tacitus` crate catches it).
fn is_anaphor(w: &str) -> bool {
    matches!(
        w,
        "it" | "its"
            | "they"
            | "their"
            | "them"
            | "he"
            | "she"
            | "his"
            | "her"
            | "him"
            | "country"
            | "group"
            | "nation"
            | "movement"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CoderOptions;
    use tacitus_dict::{DictKind, DictSource, SourceFormat};

    fn coder(require_dyad: bool) -> Coder {
        let src = |name: &str, kind, text: &str| DictSource {
            name: name.into(),
            format: SourceFormat::Petrarch(kind),
            text: text.into(),
            dir: None,
        };
        let sources = vec![
            src(
                "t.verbs.txt",
                DictKind::Verbs,
                "--- MEET [040] ---\nMEET\n- * $ [036]\n",
            ),
            src(
                "t.actors.txt",
                DictKind::Actors,
                "GONDOR [GON]\nARNOR [ARN]\n",
            ),
            src("t.agents.txt", DictKind::Agents, "KING [~GOV]\n"),
            src(
                "t.discards.txt",
                DictKind::Discards,
                "+SOCCER_MATCH\nFOOTBALL\n",
            ),
        ];
        let (dicts, _) = tacitus_dict::load_compiled(&sources, false);
        Coder::new(
            dicts,
            CoderOptions {
                require_dyad,
                ..CoderOptions::default()
            },
        )
    }

    fn check(c: &Coder, alts: &[&[&str]]) -> Precheck {
        c.precheck(alts.len(), |i| alts[i].iter().copied())
    }

    #[test]
    fn needs_a_trigger_and_two_parties() {
        let c = coder(true);
        let two = check(&c, &[&["gondor"], &["met", "meet"], &["arnor"]]);
        assert!(two.may_code && two.may_name_actor && !two.has_anaphor);
        // The lemma alone reveals the trigger.
        assert!(check(&c, &[&["gondor"], &["meets", "meet"], &["king"]]).may_code);
        // No trigger word.
        assert!(!check(&c, &[&["gondor"], &["saw", "see"], &["arnor"]]).may_code);
        // One party only, no pronoun: no dyad is possible.
        let one = check(&c, &[&["gondor"], &["met"], &["meet"], &["nobody"]]);
        assert!(!one.may_code && one.may_name_actor);
        // One party and a pronoun that may resolve to another.
        let pron = check(&c, &[&["they"], &["met", "meet"], &["gondor"]]);
        assert!(pron.may_code && pron.has_anaphor);
        // An agent alone is a party but names no actor.
        let agent = check(&c, &[&["king"], &["meet"]]);
        assert!(!agent.may_code && !agent.may_name_actor);
    }

    #[test]
    fn monadic_events_need_one_party() {
        let c = coder(false);
        assert!(check(&c, &[&["gondor"], &["meet"]]).may_code);
        assert!(check(&c, &[&["they"], &["meet"]]).may_code);
        assert!(!check(&c, &[&["nobody"], &["meet"]]).may_code);
    }

    #[test]
    fn story_discards_are_seen_behind_longer_phrases() {
        let c = coder(true);
        let s = check(&c, &[&["the"], &["soccer"], &["match"], &["ended"]]);
        assert!(s.may_discard_story && s.needs_analysis());
        // A sentence-scope discard does not concern other sentences.
        assert!(!check(&c, &[&["football"], &["match"]]).may_discard_story);
        assert!(!check(&c, &[&["soccer"], &["game"]]).needs_analysis());
    }
}
