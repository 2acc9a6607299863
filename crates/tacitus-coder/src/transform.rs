//! Verb transformations (PETRARCH-2's `~` lines): an event that reports or
//! governs another event is coded as one event.
//!
//! `~ a (b . ATTACK) SAY = a b 112` reads: `a` says (the outer verb, SAY's
//! code or its family) that `b` attacked anyone (the embedded verb,
//! ATTACK's family): code one event, `a` accuses `b` (112). The embedded
//! verb is a clausal or infinitive complement of the outer verb (`ccomp`,
//! `xcomp`, `parataxis`; through coordination and through verbs outside the
//! dictionary). Variables bind actors (the same variable is the same actor,
//! different variables different actors), `.` is any actor or none (the
//! coder drops a target that is the source itself: "Iraq attacked
//! themselves") and `_` none ("wants to attack B" has no subject of its
//! own).
//!
//! When a rule matches, the transformed events replace the events of both
//! verbs, carry the rule (file and line) as their pattern and a note naming
//! the two verbs; the outer verb's flags apply. An embedded verb matched by
//! no rule keeps its own event (flagged `reported` under a say-verb). Pairs
//! are transformed innermost first, so that "A said it wants to attack B"
//! can see the transformed "wants to attack".
//!
//! Rules with more named verbs are tried first (PETRARCH-2 tries the
//! verb's code before `Q`), then in file order; the first rule that yields
//! events for a pair wins.

use crate::sentence::{SentenceEvent, VerbTrace};
use crate::tree::Tree;
use tacitus_core::{ActorMention, DictionaryEntryRef, EventFlags};
use tacitus_dict::{
    TransformActor, TransformEvent, TransformTarget, TransformVerb, Transformation,
};

/// What a transformation needs to know about one coded verb of a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub v: usize,
    /// The verb's lemma and lower-case form.
    pub words: [String; 2],
    /// The verb's code (after "refuse to"-style combination); `None` for
    /// a verb coded `[---]`.
    pub code: Option<String>,
    pub sources: Vec<ActorMention>,
    pub targets: Vec<ActorMention>,
    /// The sources come from the governing verb ("wants to attack": an
    /// infinitive without a subject of its own), which `_` accepts.
    pub inherited_source: bool,
    /// Negated verbs take part in no transformation.
    pub negated: bool,
    /// The verb's block is PETRARCH's (not a tacdict one).
    pub petrarch: bool,
    pub flags: EventFlags,
    pub pattern: Option<DictionaryEntryRef>,
}

/// One match: who, on whom, what.
type Triple<'n> = (&'n ActorMention, &'n ActorMention, String);

/// Applies `rules` to the verbs of one sentence. `events[i]` and `trace[i]`
/// belong to `nodes[i]`.
pub(crate) fn apply(
    rules: &[Transformation],
    tree: &Tree,
    nodes: &mut [Node],
    events: &mut [Vec<SentenceEvent>],
    trace: &mut [VerbTrace],
) {
    if nodes.len() < 2 {
        return;
    }
    let parents: Vec<Option<usize>> = (0..nodes.len())
        .map(|i| embedding_parent(tree, nodes, i))
        .collect();
    if parents.iter().all(Option::is_none) {
        return;
    }
    let mut order: Vec<&Transformation> = rules.iter().collect();
    order.sort_by_key(|r| std::cmp::Reverse(named_verbs(&r.pattern)));
    // Innermost pairs first: the outer verbs by decreasing depth.
    let depth = |mut i: usize| {
        let mut d = 0;
        while let Some(p) = parents[i] {
            d += 1;
            i = p;
            if d > nodes.len() {
                break;
            }
        }
        d
    };
    let mut outers: Vec<usize> = (0..nodes.len())
        .filter(|&o| parents.contains(&Some(o)))
        .collect();
    outers.sort_by_key(|&o| std::cmp::Reverse(depth(o)));
    let mut consumed = vec![false; nodes.len()];
    for o in outers {
        if consumed[o] {
            continue;
        }
        let children: Vec<usize> = (0..nodes.len())
            .filter(|&c| parents[c] == Some(o) && !consumed[c])
            .collect();
        let mut replaced: Vec<SentenceEvent> = Vec::new();
        let mut notes_for_trace = Vec::new();
        // Each reporter on its own ("Obama and Putin said he will attack
        // Iraq" may claim for one and accuse for the other).
        let reporters: Vec<Option<&ActorMention>> = if nodes[o].sources.is_empty() {
            vec![None]
        } else {
            nodes[o].sources.iter().map(Some).collect()
        };
        let mut found_per_child: Vec<(usize, &Transformation, Vec<Found>)> = Vec::new();
        for &c in &children {
            for &reporter in &reporters {
                if let Some((rule, found)) = order.iter().find_map(|rule| {
                    let found = matches(rule, nodes, &parents, o, c, reporter);
                    (!found.is_empty()).then_some((*rule, found))
                }) {
                    found_per_child.push((c, rule, found));
                }
            }
        }
        for (c, rule, found) in found_per_child {
            let note = format!(
                "transformation {}:{} `{}`: {} with {} coded as one event",
                rule.entry.dictionary,
                rule.entry.line.unwrap_or(0),
                rule.entry.text,
                describe(tree, &nodes[o]),
                describe(tree, &nodes[c]),
            );
            for (s, t, code) in found {
                replaced.push(SentenceEvent {
                    source: s,
                    target: Some(t),
                    cameo: code,
                    flags: EventFlags {
                        negated: false,
                        ..nodes[o].flags
                    },
                    trigger_span: tree.s.tokens[nodes[o].v].span,
                    pattern: Some(rule.entry.clone()),
                    notes: vec![note.clone()],
                });
            }
            consumed[c] = true;
            events[c].clear();
            if let Some(t) = trace.get_mut(c) {
                t.note = format!(
                    "taken into a transformation at `{}`",
                    tree.s.tokens[nodes[o].v].text
                );
            }
            if !notes_for_trace.contains(&note) {
                notes_for_trace.push(note);
            }
        }
        if replaced.is_empty() {
            statement_about_an_event(tree, nodes, &parents, o, &mut events[o], trace.get_mut(o));
            continue;
        }
        if let Some(t) = trace.get_mut(o) {
            t.note = notes_for_trace.join("; ");
        }
        // The outer verb now stands for the transformed event, for a verb
        // that embeds it in turn.
        let first = &replaced[0];
        if replaced.iter().all(|e| e.cameo == first.cameo) {
            let n = &mut nodes[o];
            n.code = Some(first.cameo.clone());
            n.sources = unique(replaced.iter().map(|e| &e.source));
            n.targets = unique(replaced.iter().filter_map(|e| e.target.as_ref()));
        }
        events[o] = replaced;
    }
}

/// "`said` (010, CAMEO.2.0.txt:4502)": a verb, its code and pattern.
fn describe(tree: &Tree, n: &Node) -> String {
    let code = n.code.as_deref().unwrap_or("---");
    match &n.pattern {
        Some(p) => format!(
            "`{}` ({code}, {}:{})",
            tree.s.tokens[n.v].text,
            p.dictionary,
            p.line.unwrap_or(0)
        ),
        None => format!("`{}` ({code})", tree.s.tokens[n.v].text),
    }
}

/// A statement (a PETRARCH verb of CAMEO root 01) that reports a coded
/// event and no rule transformed: its target is that event, not an actor
/// inside it ("Obama said he would not help Israel" is no statement to
/// Israel), so its events with a target inside the reported clause go; the
/// reported event keeps its own.
fn statement_about_an_event(
    tree: &Tree,
    nodes: &[Node],
    parents: &[Option<usize>],
    o: usize,
    events: &mut Vec<SentenceEvent>,
    trace: Option<&mut VerbTrace>,
) {
    let outer = &nodes[o];
    if !outer.petrarch || !outer.code.as_deref().is_some_and(|c| c.starts_with("01")) {
        return;
    }
    let clauses: Vec<Vec<usize>> = (0..nodes.len())
        .filter(|&c| parents[c] == Some(o))
        .map(|c| tree.subtree(nodes[c].v))
        .collect();
    let inside = |m: &ActorMention| {
        clauses.iter().any(|sub| {
            sub.iter().any(|&t| {
                let s = tree.s.tokens[t].span;
                s.start < m.span.end && m.span.start < s.end
            })
        })
    };
    let before = events.len();
    events.retain(|e| !e.target.as_ref().is_some_and(inside));
    if events.len() < before
        && let Some(t) = trace
    {
        t.note = "a statement about the event it reports: no target inside it".into();
    }
}

fn unique<'a>(actors: impl Iterator<Item = &'a ActorMention>) -> Vec<ActorMention> {
    let mut out: Vec<ActorMention> = Vec::new();
    for a in actors {
        if !out.iter().any(|x| x.code == a.code) {
            out.push(a.clone());
        }
    }
    out
}

/// How many verbs of a pattern are named (not `Q`).
fn named_verbs(e: &TransformEvent) -> usize {
    let own = usize::from(e.verb != TransformVerb::Any);
    match &e.target {
        TransformTarget::Event(inner) => own + named_verbs(inner),
        TransformTarget::Actor(_) => own,
    }
}

/// The coded verb that node `i` is a complement of, if any: up through
/// `ccomp`, `xcomp` and `parataxis` (and `conj`, a verb coordinated with a
/// complement), passing verbs outside the dictionary, a few steps at most.
/// A complement before its verb ("X attacked Y, officials said") is not
/// embedded: the sentence reports it first, the attribution follows, and
/// PETRARCH codes it on its own.
fn embedding_parent(tree: &Tree, nodes: &[Node], i: usize) -> Option<usize> {
    let mut cur = nodes[i].v;
    for _ in 0..6 {
        let dep = tree.dep(cur);
        let h = tree.head(cur)?;
        if !matches!(dep, "ccomp" | "xcomp" | "parataxis" | "conj") {
            return None;
        }
        if dep != "conj" {
            if cur < h {
                return None;
            }
            if let Some(j) = nodes.iter().position(|n| n.v == h) {
                return Some(j);
            }
        }
        cur = h;
    }
    None
}

/// True when an event coded `code` falls under `rule`: the same code, or a
/// more specific one of its family ("190" covers "193" and "1931"; "186"
/// covers "1861").
fn in_family(rule: &str, code: &str) -> bool {
    if code == rule {
        return true;
    }
    match rule.len() {
        2 => code.starts_with(rule),
        3 if rule.ends_with('0') => code.len() > 2 && code.starts_with(&rule[..2]),
        3 => code.len() == 4 && code.starts_with(rule),
        _ => false,
    }
}

/// Actor bindings of a match in progress.
#[derive(Default)]
struct Bindings<'n> {
    vars: Vec<(&'n str, &'n ActorMention)>,
    code: Option<String>,
}

impl<'n> Bindings<'n> {
    fn get(&self, var: &str) -> Option<&'n ActorMention> {
        self.vars.iter().find(|(v, _)| *v == var).map(|(_, a)| *a)
    }

    /// Binds `actor` to the slot; true (and one binding pushed when the
    /// slot is a new variable) when it fits.
    fn bind(&mut self, slot: &'n TransformActor, actor: Option<&'n ActorMention>) -> (bool, bool) {
        match (slot, actor) {
            (TransformActor::Absent, None) | (TransformActor::Any, _) => (true, false),
            (TransformActor::Absent, Some(_)) | (TransformActor::Var(_), None) => (false, false),
            (TransformActor::Var(v), Some(a)) => match self.get(v) {
                Some(bound) => (bound.code == a.code, false),
                None => {
                    if self.vars.iter().any(|(_, b)| b.code == a.code) {
                        return (false, false);
                    }
                    self.vars.push((v.as_str(), a));
                    (true, true)
                }
            },
        }
    }
}

/// A transformed event: source, target, code.
type Found = (ActorMention, ActorMention, String);

/// The events `rule` gives for the outer verb `o` embedding verb `c`, with
/// `reporter` as the outer verb's source.
fn matches<'n>(
    rule: &'n Transformation,
    nodes: &'n [Node],
    parents: &[Option<usize>],
    o: usize,
    c: usize,
    reporter: Option<&'n ActorMention>,
) -> Vec<Found> {
    let mut found: Vec<Triple<'n>> = Vec::new();
    let mut b = Bindings::default();
    let top = Top {
        child: c,
        source: reporter,
    };
    walk(
        rule,
        &rule.pattern,
        nodes,
        parents,
        o,
        Some(top),
        &mut b,
        &mut found,
    );
    let mut out: Vec<Found> = Vec::new();
    for (s, t, code) in found {
        if s.code != t.code
            && !out
                .iter()
                .any(|(a, b, k)| a.code == s.code && b.code == t.code && *k == code)
        {
            out.push((s.clone(), t.clone(), code));
        }
    }
    out
}

/// At the top of a pattern: the one embedded verb and the one reporter
/// being tried.
#[derive(Clone, Copy)]
struct Top<'n> {
    child: usize,
    source: Option<&'n ActorMention>,
}

#[allow(clippy::too_many_arguments)]
fn walk<'n>(
    rule: &'n Transformation,
    pat: &'n TransformEvent,
    nodes: &'n [Node],
    parents: &[Option<usize>],
    n: usize,
    top: Option<Top<'n>>,
    b: &mut Bindings<'n>,
    found: &mut Vec<Triple<'n>>,
) {
    let node = &nodes[n];
    if node.negated {
        return;
    }
    let saved_code = b.code.clone();
    let verb_ok = match &pat.verb {
        TransformVerb::Any => match &node.code {
            Some(c) => {
                b.code = Some(c.clone());
                true
            }
            None => false,
        },
        TransformVerb::Code(rc) => node.code.as_deref().is_some_and(|c| in_family(rc, c)),
        TransformVerb::Verb { code: Some(rc), .. } => {
            node.code.as_deref().is_some_and(|c| in_family(rc, c))
        }
        // A verb coded `[---]` in the dictionary: the verb word itself.
        TransformVerb::Verb { words, code: None } => {
            node.code.is_none() && words.len() == 1 && node.words.contains(&words[0])
        }
    };
    if !verb_ok {
        b.code = saved_code;
        return;
    }
    let no_source =
        node.sources.is_empty() || (node.inherited_source && pat.source == TransformActor::Absent);
    let sources: Vec<Option<&ActorMention>> = match top {
        Some(t) => vec![t.source],
        None if no_source => vec![None],
        None => node.sources.iter().map(Some).collect(),
    };
    for s in sources {
        let (ok, pushed) = b.bind(&pat.source, s);
        if ok {
            match &pat.target {
                TransformTarget::Actor(slot) => {
                    let targets: Vec<Option<&ActorMention>> = if node.targets.is_empty() {
                        vec![None]
                    } else {
                        node.targets.iter().map(Some).collect()
                    };
                    for t in targets {
                        let (ok, pushed) = b.bind(slot, t);
                        if ok {
                            finish(rule, b, found);
                        }
                        if pushed {
                            b.vars.pop();
                        }
                    }
                }
                TransformTarget::Event(inner) => {
                    for c in 0..nodes.len() {
                        let wanted = match top {
                            Some(t) => c == t.child,
                            None => parents[c] == Some(n),
                        };
                        if wanted {
                            walk(rule, inner, nodes, parents, c, None, b, found);
                        }
                    }
                }
            }
        }
        if pushed {
            b.vars.pop();
        }
    }
    b.code = saved_code;
}

fn finish<'n>(rule: &Transformation, b: &Bindings<'n>, found: &mut Vec<Triple<'n>>) {
    let (Some(s), Some(t)) = (b.get(&rule.source), b.get(&rule.target)) else {
        return;
    };
    let Some(code) = rule.code.clone().or_else(|| b.code.clone()) else {
        return;
    };
    found.push((s, t, code));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_families() {
        assert!(in_family("190", "190"));
        assert!(in_family("190", "193"));
        assert!(in_family("190", "1931"));
        assert!(!in_family("190", "180"));
        assert!(in_family("186", "1861"));
        assert!(!in_family("186", "185"));
        assert!(in_family("010", "012"));
        assert!(!in_family("010", "110"));
        assert!(in_family("19", "195"));
        assert!(!in_family("0251", "025"));
    }

    #[test]
    fn variables_bind_distinct_actors() {
        let actor = |code: &str| ActorMention {
            code: code.into(),
            country: None,
            sector: None,
            text: code.into(),
            span: tacitus_core::Span::new(0, 0),
            entries: Vec::new(),
        };
        let (arn, gon) = (actor("ARN"), actor("GON"));
        let (a, b) = (
            TransformActor::Var("a".into()),
            TransformActor::Var("b".into()),
        );
        let mut bind = Bindings::default();
        assert_eq!(bind.bind(&a, Some(&arn)), (true, true));
        assert_eq!(
            bind.bind(&a, Some(&arn)),
            (true, false),
            "same variable, same actor"
        );
        assert_eq!(bind.bind(&a, Some(&gon)), (false, false));
        assert_eq!(
            bind.bind(&b, Some(&arn)),
            (false, false),
            "another variable, another actor"
        );
        assert_eq!(bind.bind(&b, Some(&gon)), (true, true));
        assert_eq!(bind.bind(&TransformActor::Absent, None), (true, false));
        assert_eq!(
            bind.bind(&TransformActor::Absent, Some(&arn)),
            (false, false)
        );
        assert_eq!(bind.bind(&TransformActor::Any, None), (true, false));
        assert_eq!(bind.bind(&b, None), (false, false));
    }
}
