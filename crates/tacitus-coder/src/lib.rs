//! # tacitus-coder
//!
//! Actor recognition, event coding over dependency trees, PLOVER mode and
//! context rules, PETRARCH-2 verb transformations (`transform.rs`: "A says
//! B attacked C" coded as one event, A accuses B), issue coding
//! (`issues.rs`: the topics of the sentences that report an event, merged
//! once per code across mentions), story-level de-duplication and
//! explanations.
//!
//! **Must never**: read files or print; it sees [`AnalyzedSentence`]s and
//! compiled dictionaries only, and does not know where a tree came from.

pub mod actors;
pub mod codes;
pub mod context;
pub mod issues;
pub mod prefilter;
mod repair;
pub mod sentence;
mod tac_rules;
mod transform;
pub mod tree;
pub mod verbs;

use actors::ActorFinder;
use sentence::{SentenceEvent, VerbTrace, code_sentence};
use std::collections::HashMap;
use std::sync::Arc;
use tacitus_core::{
    ActorMention, AnalyzedDocument, AnalyzedSentence, Document, Event, IssueTag, PloverCoding,
    Provenance, TacitusError,
};
use tacitus_dict::{CompiledDictionaries, DiscardScope};
use tree::Tree;

/// What to do with a negated event ("did not attack").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NegationPolicy {
    /// Not coded (PETRARCH's behaviour).
    #[default]
    Skip,
    /// Coded with `flags.negated` set.
    Flag,
    /// Coded as the opposite act where CAMEO has one ("did not criticize"
    /// -> diplomatic cooperation, see [`codes::opposite`]), else not coded:
    /// how the PETRARCH validation suites code negation.
    Opposite,
}

/// Coder settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoderOptions {
    pub negation: NegationPolicy,
    /// Drop events without a target (PETRARCH's `require_dyad`).
    pub require_dyad: bool,
    /// One event per mention instead of one per (source, target, code) and document.
    pub per_sentence: bool,
}

impl Default for CoderOptions {
    fn default() -> Self {
        CoderOptions {
            negation: NegationPolicy::Skip,
            require_dyad: true,
            per_sentence: false,
        }
    }
}

/// The event coder. Immutable and `Sync`: share one across rayon workers.
#[derive(Debug, Clone, Default)]
pub struct Coder {
    dicts: Arc<CompiledDictionaries>,
    options: CoderOptions,
}

/// How one sentence was coded (for `tacitus explain`).
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceTrace {
    pub index: usize,
    /// Actor mentions found in the sentence.
    pub actors: Vec<ActorMention>,
    pub verbs: Vec<VerbTrace>,
    /// Issues (topics) of the sentence, when an issues dictionary is loaded.
    pub issues: Vec<IssueTag>,
    /// Why the sentence was skipped, if it was.
    pub skipped: Option<String>,
}

impl Coder {
    /// The coder with the built-in dictionaries (none yet is fine: it then
    /// codes no events).
    pub fn builtin() -> Result<Self, TacitusError> {
        let (dicts, _) = tacitus_dict::load_compiled(&tacitus_dict::DictSource::builtin(), true);
        Ok(Coder::new(dicts, CoderOptions::default()))
    }

    pub fn new(dicts: CompiledDictionaries, options: CoderOptions) -> Self {
        Coder {
            dicts: Arc::new(dicts),
            options,
        }
    }

    pub fn with_options(&self, options: CoderOptions) -> Self {
        Coder {
            dicts: Arc::clone(&self.dicts),
            options,
        }
    }

    pub fn dictionaries(&self) -> &CompiledDictionaries {
        &self.dicts
    }

    pub fn options(&self) -> &CoderOptions {
        &self.options
    }

    /// True when the dictionaries can code anything (verbs and actors loaded).
    pub fn can_code(&self) -> bool {
        !self.dicts.verbs.is_empty() && !self.dicts.actors.is_empty()
    }

    /// Codes one analyzed document; `doc` supplies the date and metadata.
    /// Returns story-level de-duplicated events (or one per mention with
    /// `per_sentence`).
    pub fn code_document(&self, doc: &Document, analyzed: &AnalyzedDocument) -> Vec<Event> {
        self.code_document_traced(doc, analyzed).0
    }

    /// [`Coder::code_document`] plus what happened in each sentence.
    pub fn code_document_traced(
        &self,
        doc: &Document,
        analyzed: &AnalyzedDocument,
    ) -> (Vec<Event>, Vec<SentenceTrace>) {
        let mut traces = Vec::new();
        let mut raw: Vec<(usize, SentenceEvent)> = Vec::new();
        let mut antecedents: Vec<ActorMention> = Vec::new();
        let mut issues: HashMap<usize, Vec<IssueTag>> = HashMap::new();
        for s in &analyzed.sentences {
            let mut trace = SentenceTrace {
                index: s.index,
                actors: Vec::new(),
                verbs: Vec::new(),
                issues: Vec::new(),
                skipped: None,
            };
            if !sentence_is_sane(s, analyzed.text.len()) {
                trace.skipped =
                    Some("malformed analysis (heads or spans out of range); skipped".into());
                traces.push(trace);
                continue;
            }
            // A copy with a parser slip around a dictionary verb repaired.
            let repaired = repair::repair(&self.dicts, s);
            let tree = Tree::new(repaired.as_ref().unwrap_or(s));
            if let Some((scope, phrase)) = self.discard(&tree) {
                trace.skipped = Some(format!("discard phrase `{phrase}`"));
                traces.push(trace);
                if scope == DiscardScope::Story {
                    return (Vec::new(), traces);
                }
                continue;
            }
            let finder =
                ActorFinder::new(&self.dicts, &tree, doc.date, &analyzed.text, &antecedents);
            let events =
                code_sentence(&self.dicts, &self.options, &tree, &finder, &mut trace.verbs);
            trace.actors = finder.all_mentions();
            // Issues of the sentences that report an event (the only ones
            // that reach the output; `explain` shows them per sentence).
            if !events.is_empty() {
                trace.issues = issues::sentence_issues(&self.dicts, &tree, &analyzed.text);
                if !trace.issues.is_empty() {
                    issues.insert(s.index, trace.issues.clone());
                }
            }
            antecedents.extend(trace.actors.iter().cloned());
            raw.extend(events.into_iter().map(|e| (s.index, e)));
            traces.push(trace);
        }
        // Role-only actors ("the minister") take the document's country.
        let by_sentence: Vec<(usize, &[ActorMention])> = traces
            .iter()
            .map(|t| (t.index, t.actors.as_slice()))
            .collect();
        let names = context::text_mentions(&self.dicts, &analyzed.text, doc.date);
        context::complete_actors(&mut raw, &by_sentence, &names);
        (self.finish(doc, analyzed, raw, &issues), traces)
    }

    fn discard(&self, tree: &Tree) -> Option<(DiscardScope, String)> {
        if self.dicts.discards.is_empty() {
            return None;
        }
        let n = tree.len();
        for i in 0..n {
            if let Some(m) = self.dicts.discard_trie.longest_at(i, n, |k| {
                [tree.lower[k].as_str(), tree.s.tokens[k].lemma.as_str()]
            }) && let Some(d) = self.dicts.discards.get(m.values[0] as usize)
            {
                return Some((d.scope, d.phrase.join(" ")));
            }
        }
        None
    }

    /// Turns sentence events into [`Event`]s, de-duplicated per document.
    fn finish(
        &self,
        doc: &Document,
        analyzed: &AnalyzedDocument,
        raw: Vec<(usize, SentenceEvent)>,
        issues: &HashMap<usize, Vec<IssueTag>>,
    ) -> Vec<Event> {
        let issues_of = |sentence: usize| issues.get(&sentence).map_or(&[][..], Vec::as_slice);
        let mut out: Vec<Event> = Vec::new();
        let mut index: std::collections::HashMap<(String, Option<String>, String), usize> =
            Default::default();
        for (sentence, e) in raw {
            let key = (
                e.source.code.clone(),
                e.target.as_ref().map(|t| t.code.clone()),
                e.cameo.clone(),
            );
            if !self.options.per_sentence
                && let Some(&k) = index.get(&key)
            {
                let ev = &mut out[k];
                ev.mentions += 1;
                if !ev.provenance.sentences.contains(&sentence) {
                    ev.provenance.sentences.push(sentence);
                }
                issues::merge_issues(&mut ev.issues, issues_of(sentence));
                continue;
            }
            let s = analyzed.sentences.iter().find(|x| x.index == sentence);
            let sentence_span = s.map(|x| x.span).unwrap_or_default();
            let sentence_text = sentence_span
                .slice(&analyzed.text)
                .unwrap_or_default()
                .to_string();
            let info = codes::code_info(&e.cameo);
            let mut plover = info.plover;
            codes::apply_plover_tense(&mut plover, &e.flags);
            self.apply_plover_rules(&mut plover, &e.cameo, s);
            index.insert(key, out.len());
            out.push(Event {
                doc_id: doc.id.clone(),
                date: doc.date,
                source: e.source,
                target: e.target,
                root: info.root,
                quad_class: info.quad_class,
                goldstein: info.goldstein,
                plover,
                flags: e.flags,
                issues: issues_of(sentence).to_vec(),
                mentions: 1,
                sentence_text,
                provenance: Provenance {
                    doc_id: doc.id.clone(),
                    sentence,
                    sentences: vec![sentence],
                    sentence_span,
                    trigger_span: e.trigger_span,
                    pattern: e.pattern,
                    notes: e.notes,
                },
                cameo: e.cameo,
            });
        }
        out
    }

    /// tacdict PLOVER rules: the first matching mode rule, all matching contexts.
    fn apply_plover_rules(
        &self,
        plover: &mut PloverCoding,
        cameo: &str,
        s: Option<&AnalyzedSentence>,
    ) {
        let Some(s) = s else { return };
        let mut mode_set = false;
        for rule in &self.dicts.plover {
            let applies = rule.scope == "*"
                || rule.scope == plover.event_type
                || cameo.starts_with(&rule.scope);
            if !applies || !s.tokens.iter().any(|t| rule.words.contains(&t.lemma)) {
                continue;
            }
            if rule.field == "mode" && !mode_set {
                plover.mode = Some(rule.value.clone());
                mode_set = true;
            } else if rule.field == "context" && !plover.context.contains(&rule.value) {
                plover.context.push(rule.value.clone());
            }
        }
    }
}

/// Heads and spans in range (the analyzer promises this; given parses may not).
fn sentence_is_sane(s: &AnalyzedSentence, text_len: usize) -> bool {
    let n = s.tokens.len();
    n < 2000
        && s.tokens.iter().all(|t| {
            t.head.is_none_or(|h| h < n) && t.span.start <= t.span.end && t.span.end <= text_len
        })
}
