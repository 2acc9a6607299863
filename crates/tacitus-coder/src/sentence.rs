//! Coding one analyzed sentence: verbs, patterns, roles, flags.

use crate::actors::ActorFinder;
use crate::codes::{combine, is_event_code, opposite};
use crate::tac_rules::{
    inherit_governed_targets, is_purpose_infinitive, is_tacdict, nearest_subject, only_in_place,
    reported_demands, sources_located_by_place, threats_with_unless,
};
use crate::transform::{self, Node};
use crate::tree::Tree;
use crate::verbs::{Anchor, PatternMatch, choose_pattern, find_verbs};
use crate::{CoderOptions, NegationPolicy};
use tacitus_core::{ActorMention, DictionaryEntryRef, EventFlags, Span};
use tacitus_dict::CompiledDictionaries;

/// An event found in one sentence, before it becomes a [`tacitus_core::Event`].
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceEvent {
    pub source: ActorMention,
    pub target: Option<ActorMention>,
    pub cameo: String,
    pub flags: EventFlags,
    pub trigger_span: Span,
    pub pattern: Option<DictionaryEntryRef>,
    pub notes: Vec<String>,
}

/// What the coder saw at one verb (for `tacitus explain`).
#[derive(Debug, Clone, PartialEq)]
pub struct VerbTrace {
    pub token: usize,
    pub verb: String,
    pub block: String,
    pub pattern: Option<DictionaryEntryRef>,
    pub code: Option<String>,
    pub sources: Vec<String>,
    pub targets: Vec<String>,
    pub note: String,
}

/// Lemmas of verbs that report speech: events under them are `reported`.
const SAY_VERBS: &[&str] = &[
    "say", "tell", "report", "announce", "claim", "state", "add", "declare", "insist", "note",
];

pub(crate) struct Candidate<'d> {
    pub(crate) v: usize,
    pub(crate) pm: PatternMatch<'d>,
    pub(crate) block_name: String,
    pub(crate) sources: Vec<ActorMention>,
    pub(crate) targets: Vec<ActorMention>,
    pub(crate) passive: bool,
    /// The verb's block comes from a tacdict file (dependency patterns).
    pub(crate) tacdict_block: bool,
}

/// Codes one sentence. `antecedents` are earlier actors of the document.
pub fn code_sentence(
    dicts: &CompiledDictionaries,
    options: &CoderOptions,
    tree: &Tree,
    finder: &ActorFinder,
    trace: &mut Vec<VerbTrace>,
) -> Vec<SentenceEvent> {
    let mut candidates: Vec<Candidate> = Vec::new();
    for v in 0..tree.len() {
        let is_verb = tree.is_verb(v);
        let is_noun = !is_verb && tree.tag(v).starts_with("NN");
        if !is_verb && !is_noun {
            continue;
        }
        let matches = find_verbs(dicts, tree, v, is_noun);
        if matches.is_empty() {
            continue;
        }
        // Verbs from tacdict files get the parse-repair rules below; PETRARCH
        // verb dictionaries keep PETRARCH's reading.
        let tac_verb = matches.iter().any(|vm| {
            dicts.verbs.get(vm.trigger.block as usize).is_some_and(|b| {
                !b.patterns.is_empty()
                    && b.patterns
                        .iter()
                        .all(|p| matches!(p.body, tacitus_dict::PatternBody::Dependency { .. }))
            })
        });
        let subject = if is_noun {
            noun_source(tree, v)
        } else {
            nearest_subject(tree, v)
                .filter(|&n| tac_verb && !finder.mentions(n).is_empty())
                .or_else(|| tree.subject(v).map(|(s, _)| s))
        };
        let passive = !is_noun && tree.is_passive(v);
        // The best pattern over every block the verb belongs to; ties go to
        // the first written.
        let mut chosen: Option<(PatternMatch, &tacitus_dict::VerbBlock)> = None;
        for vm in &matches {
            let Some(block) = dicts.verbs.get(vm.trigger.block as usize) else {
                continue;
            };
            let pm = choose_pattern(dicts, block, tree, vm, subject);
            let better = chosen.as_ref().is_none_or(|(b, _)| {
                pm.score > b.score || (b.code.primary.is_none() && pm.code.primary.is_some())
            });
            if better {
                chosen = Some((pm, block));
            }
        }
        let Some((pm, block)) = chosen else {
            continue;
        };
        // tacdict patterns: an infinitive of purpose has the subject of the
        // verb it modifies ("staged a hunger strike to protest against X").
        let subject = match subject {
            None if !is_noun && is_tacdict(&pm) && is_purpose_infinitive(tree, v) => {
                tree.head(v).and_then(|h| tree.subject(h)).map(|(s, _)| s)
            }
            s => s,
        };
        let mut subj_mentions = subject.map(|s| finder.mentions(s)).unwrap_or_default();
        // A country split off the subject phrase by the parser ("Thai F-16
        // jets" parsed as two subjects): the role takes its country.
        if tac_verb && !is_noun && subj_mentions.iter().all(|m| m.country.is_none()) {
            let country = tree.children[v]
                .iter()
                .filter(|&&c| Some(c) != subject && c < v && tree.dep(c) == "nsubj")
                .flat_map(|&c| finder.mentions(c))
                .find_map(|m| m.country.clone().filter(|_| m.code.len() == 3));
            if let Some(country) = country {
                for m in &mut subj_mentions {
                    if let Some(rest) = m.code.strip_prefix("---") {
                        m.code = format!("{country}{rest}");
                        m.country = Some(country.clone());
                    }
                }
            }
        }
        // "issued a declaration demanding that ...": a participle modifying
        // a statement noun speaks for whoever issued the statement.
        if subj_mentions.is_empty() && !is_noun && tree.dep(v) == "acl" && is_tacdict(&pm) {
            subj_mentions = tree
                .head(v)
                .and_then(|n| noun_source(tree, n))
                .map(|s| finder.mentions(s))
                .unwrap_or_default();
        }
        let (sources, targets) = if passive {
            // The `by` agent acts on the subject; without one, the actor
            // named in the verb's phrase is taken as the actor ("X was shot
            // dead in Y", "X was criticized over its dispute with Y"), as
            // PETRARCH does.
            let by = match tree.by_agent(v) {
                Some(a) => finder.mentions(a),
                None => phrase_actors(finder, tree, v, subject, &subj_mentions, false),
            };
            (by, subj_mentions)
        } else {
            let sources = match &pm.source_at {
                Some(a) => first_in(finder, tree, a),
                None => subj_mentions.clone(),
            };
            let targets = match &pm.target_at {
                Some(a) => first_in(finder, tree, a),
                // A pattern naming the source (`$`) leaves the subject as
                // the target ("X celebrated May Day with Y": Y on X).
                None if pm.source_at.is_some() => subj_mentions,
                None => {
                    // A participle modifying its subject noun ("youths
                    // resorted to ...", parsed as `acl`) lies inside that
                    // noun's subtree: only its own clause is searched.
                    let acl = tree.dep(v) == "acl" && is_tacdict(&pm);
                    let found =
                        default_targets(finder, tree, v, subject.filter(|_| !acl), &sources);
                    // "Congo and Rwanda signed an agreement in Washington":
                    // joint parties act on each other, not on the place.
                    // Nor on a role named without a country ("agreed to a
                    // ceasefire" with a stray `---GOV`).
                    let joint = sources.len() >= 2;
                    let bare_roles =
                        !found.is_empty() && found.iter().all(|t| t.code.starts_with("---"));
                    if joint && is_tacdict(&pm) && (bare_roles || only_in_place(tree, v, &found)) {
                        Vec::new()
                    } else {
                        found
                    }
                }
            };
            (sources, targets)
        };
        candidates.push(Candidate {
            v,
            pm,
            block_name: block.name.clone(),
            sources,
            targets,
            passive,
            tacdict_block: !block.patterns.is_empty()
                && block
                    .patterns
                    .iter()
                    .all(|p| matches!(p.body, tacitus_dict::PatternBody::Dependency { .. })),
        });
    }

    inherit_governed_targets(&mut candidates, tree, finder);
    sources_located_by_place(&mut candidates, tree, finder);
    reported_demands(&mut candidates, tree, finder);
    threats_with_unless(&mut candidates, tree);

    // A governing verb of the 03/12/13 families takes the code of the verb
    // it governs ("refuse to meet" -> 125); the governed verb is then not
    // coded on its own.
    let mut suppressed = vec![false; candidates.len()];
    let mut combined: Vec<Option<String>> = vec![None; candidates.len()];
    for (i, up) in candidates.iter().enumerate() {
        let Some(upper) = up.pm.code.primary.as_deref() else {
            continue;
        };
        for (j, low) in candidates.iter().enumerate() {
            if i == j || tree.head(low.v) != Some(up.v) || tree.dep(low.v) != "xcomp" {
                continue;
            }
            let Some(lower) = low.pm.code.primary.as_deref() else {
                continue;
            };
            if let Some(code) = combine(upper, lower) {
                combined[i] = Some(code);
                suppressed[j] = true;
            }
        }
    }

    // The nearest dictionary verb up the chain of infinitive complements
    // ("urged Bree to help win ...": `win` is governed by `urged`).
    let parents: Vec<Option<usize>> = candidates
        .iter()
        .map(|low| {
            let mut cur = low.v;
            for _ in 0..4 {
                if tree.dep(cur) != "xcomp" {
                    return None;
                }
                let h = tree.head(cur)?;
                if let Some(p) = candidates.iter().position(|up| up.v == h) {
                    return Some(p);
                }
                cur = h;
            }
            None
        })
        .collect();
    // What verb transformations need to know, before the candidates go.
    let mut nodes: Vec<Node> = if candidates.len() < 2 {
        Vec::new()
    } else {
        candidates
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let flags = flags_of(tree, c.v);
                Node {
                    v: c.v,
                    words: [tree.lemma(c.v).to_string(), tree.lower[c.v].clone()],
                    code: combined[i].clone().or_else(|| c.pm.code.primary.clone()),
                    sources: c.sources.clone(),
                    targets: c.targets.clone(),
                    inherited_source: tree.dep(c.v) == "xcomp"
                        && !tree.children[c.v].iter().any(|&k| {
                            tree.dep(k).starts_with("nsubj") || tree.dep(k).starts_with("csubj")
                        }),
                    negated: flags.negated,
                    petrarch: !c.tacdict_block,
                    flags,
                    pattern: c.pm.pattern.map(|p| p.entry.clone()),
                }
            })
            .collect()
    };
    let trace_start = trace.len();
    let mut per_candidate: Vec<Vec<SentenceEvent>> = Vec::new();
    for (i, c) in candidates.into_iter().enumerate() {
        let mut out = Vec::new();
        let code = combined[i].clone().or_else(|| c.pm.code.primary.clone());
        let verb_text = tree.s.tokens[c.v].text.clone();
        let mut vt = VerbTrace {
            token: c.v,
            verb: verb_text,
            block: c.block_name.clone(),
            pattern: c.pm.pattern.map(|p| p.entry.clone()),
            code: code.clone(),
            sources: c.sources.iter().map(|m| m.code.clone()).collect(),
            targets: c.targets.iter().map(|m| m.code.clone()).collect(),
            note: String::new(),
        };
        if suppressed[i] {
            vt.note = "governed by a verb that takes its code".into();
            trace.push(vt);
            per_candidate.push(out);
            continue;
        }
        let Some(code) = code.filter(|c| is_event_code(c)) else {
            vt.note = "no event code".into();
            trace.push(vt);
            per_candidate.push(out);
            continue;
        };
        let mut flags = flags_of(tree, c.v);
        let mut notes = Vec::new();
        let mut code = code;
        if flags.negated {
            let recoded = match options.negation {
                NegationPolicy::Flag => Some(code.clone()),
                NegationPolicy::Skip => None,
                NegationPolicy::Opposite => opposite(&code).map(|o| {
                    notes.push(format!("negated {code}: coded as its opposite {o}"));
                    flags.negated = false;
                    o.to_string()
                }),
            };
            match recoded {
                Some(c) => code = c,
                None => {
                    vt.note = "negated: not coded".into();
                    trace.push(vt);
                    per_candidate.push(out);
                    continue;
                }
            }
        }
        if c.passive {
            notes.push("passive: source from the `by` agent, target from the subject".to_string());
        }
        if let Some(cc) = &combined[i] {
            notes.push(format!("code {cc} from the governed verb's family"));
        }
        let pattern = c.pm.pattern.map(|p| p.entry.clone());
        let trigger_span = tree.s.tokens[c.v].span;
        let mk = |s: &ActorMention, t: Option<&ActorMention>, code: &str| SentenceEvent {
            source: s.clone(),
            target: t.cloned(),
            cameo: code.to_string(),
            flags,
            trigger_span,
            pattern: pattern.clone(),
            notes: notes.clone(),
        };
        let before = out.len();
        if c.targets.is_empty() {
            let joint = c.sources.len() >= 2;
            if joint {
                for a in &c.sources {
                    for b in &c.sources {
                        if a.code != b.code {
                            out.push(mk(a, Some(b), &code));
                        }
                    }
                }
            } else if !options.require_dyad {
                for s in &c.sources {
                    out.push(mk(s, None, &code));
                }
            }
        } else {
            for s in &c.sources {
                for t in &c.targets {
                    if s.code == t.code {
                        continue;
                    }
                    out.push(mk(s, Some(t), &code));
                    if let Some(paired) = c.pm.code.paired.as_deref().filter(|p| is_event_code(p)) {
                        out.push(mk(t, Some(s), paired));
                    }
                }
            }
        }
        if out.len() == before {
            vt.note = "no source/target pair".into();
        }
        trace.push(vt);
        per_candidate.push(out);
    }
    if !nodes.is_empty() {
        transform::apply(
            &dicts.transformations,
            tree,
            &mut nodes,
            &mut per_candidate,
            &mut trace[trace_start..],
        );
    }
    // A verb governed (xcomp) by a verb that was coded is part of that event
    // ("urged Eriador to respond" is one appeal), as in PETRARCH.
    let mut out = Vec::new();
    for (i, events) in per_candidate.iter().enumerate() {
        let governed = parents[i].is_some_and(|p| !per_candidate[p].is_empty());
        if !governed {
            out.extend(events.iter().cloned());
        }
    }
    for e in &mut out {
        apply_state_actor_rule(e);
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|e| {
        seen.insert((
            e.source.code.clone(),
            e.target.as_ref().map(|t| t.code.clone()),
            e.cameo.clone(),
        ))
    });
    out
}

/// Provenance note of the state-actor rule.
pub const STATE_ACTOR_NOTE: &str =
    "state actor: bare country name in a diplomatic event coded as its government";

/// The state-actor rule: in a diplomatic or verbal event (CAMEO roots 01-13
/// and 16: statements, appeals, intents, consultations, cooperation, aid,
/// yielding, investigations, demands, disapproval, rejection, threats,
/// reduced relations), a state named bare
/// ("Russia recognizes ...", "Moscow communicated ...") acts through its
/// government, as a careful human coder reads it: `RUS` becomes `RUSGOV`.
/// It applies only to an actor that is exactly a 3-letter code of a state
/// with no sector and matched by one dictionary entry (a country name,
/// adjective or capital/seat metonym). Protests, force and violence (roots
/// 14-15, 17-20) keep the bare country: who acted there is not implied.
///
/// The rule is a convention of our tacdict actor dictionaries (`.tac`
/// files): an actor matched in a PETRARCH-format dictionary keeps its bare
/// code, so that coding with PETRARCH's own dictionaries still reproduces
/// PETRARCH (which never infers the sector).
fn apply_state_actor_rule(e: &mut SentenceEvent) {
    let root: Option<u8> = e.cameo.get(..2).and_then(|r| r.parse().ok());
    if !root.is_some_and(|r| (1..=13).contains(&r) || r == 16) {
        return;
    }
    // An actor is not raised to the other party's own code: "Saudi Arabia"
    // and "the Saudi government" stay two parties (`SAU`, `SAUGOV`).
    let target_code = e.target.as_ref().map(|t| t.code.clone());
    let mut changed = false;
    if target_code.as_deref() != Some(format!("{}GOV", e.source.code).as_str()) {
        changed |= state_actor(&mut e.source);
    }
    let source_code = e.source.code.clone();
    if let Some(t) = e.target.as_mut()
        && source_code != format!("{}GOV", t.code)
    {
        changed |= state_actor(t);
    }
    if changed && !e.notes.iter().any(|n| n == STATE_ACTOR_NOTE) {
        e.notes.push(STATE_ACTOR_NOTE.to_string());
    }
}

/// Turns a bare state code into its government; true when it did.
fn state_actor(m: &mut ActorMention) -> bool {
    use tacitus_core::ontology::CountryKind;
    let bare = m.code.len() == 3
        && m.sector.is_none()
        && m.entries.len() <= 1
        && m.country.as_deref().is_none_or(|c| c == m.code)
        && m.entries
            .first()
            .is_some_and(|e| e.dictionary.ends_with(".tac"));
    let state = tacitus_core::ontology::actors::country(&m.code)
        .is_some_and(|c| matches!(c.kind, CountryKind::State | CountryKind::Special));
    if !bare || !state {
        return false;
    }
    m.code = format!("{}GOV", m.code);
    m.country = Some(m.code[..3].to_string());
    m.sector = Some("GOV".to_string());
    true
}

/// For an event noun: its possessor, or the subject of the verb governing it
/// (directly, or through `in`: "staged a strike in protest against"). A
/// trigger word that is a compound of its head noun ("hunger" in "hunger
/// strike") stands for that noun.
pub(crate) fn noun_source(tree: &Tree, n: usize) -> Option<usize> {
    let mut n = n;
    for _ in 0..3 {
        match tree.head(n) {
            Some(h) if tree.dep(n) == "compound" && tree.tag(h).starts_with("NN") => n = h,
            _ => break,
        }
    }
    if let Some(p) = tree.children_with(n, &["poss"]).next() {
        return Some(p);
    }
    let h = tree.head(n)?;
    if tree.is_verb(h) {
        return tree.subject(h).map(|(s, _)| s);
    }
    // Only "in" ("staged a strike in protest", "took part in talks"): with
    // other prepositions the subject is often not the noun's agent ("blamed
    // X for an attack"); nor a passive subject ("was killed in an attack").
    if tree.dep(n) == "pobj"
        && tree.lower[h] == "in"
        && let Some(v) = tree
            .head(h)
            .filter(|&v| tree.is_verb(v) && !tree.is_passive(v))
    {
        return tree.subject(v).map(|(s, _)| s);
    }
    None
}

/// The first actor among an anchor's tokens.
fn first_in(finder: &ActorFinder, tree: &Tree, anchor: &Anchor) -> Vec<ActorMention> {
    for &t in &anchor.tokens {
        if finder.match_of[t].is_none() && !matches!(tree.tag(t), "PRP" | "PRP$") {
            continue;
        }
        let h = phrase_head(tree, t);
        let m = finder.mentions(h);
        if !m.is_empty() {
            return m;
        }
    }
    Vec::new()
}

/// Climbs from a token inside a noun phrase to the phrase's head.
fn phrase_head(tree: &Tree, mut t: usize) -> usize {
    for _ in 0..6 {
        match (tree.dep(t), tree.head(t)) {
            ("compound" | "amod" | "nn" | "flat" | "name" | "det" | "nummod" | "poss", Some(h))
                if !tree.is_verb(h) =>
            {
                t = h
            }
            _ => break,
        }
    }
    t
}

/// Default targets: the direct object's actors, else the first actor in the
/// verb's own phrase after the verb (not in the subject or another clause),
/// else in a clausal complement ("allowed that Mordor isn't ..."). Phrases
/// naming only the sources themselves ("their meeting") are passed over.
pub(crate) fn default_targets(
    finder: &ActorFinder,
    tree: &Tree,
    v: usize,
    subject: Option<usize>,
    sources: &[ActorMention],
) -> Vec<ActorMention> {
    phrase_actors(finder, tree, v, subject, sources, true)
}

/// The first actors of the verb's own phrase after the verb (see
/// [`default_targets`]); `into_clauses`: also look in a clausal complement.
fn phrase_actors(
    finder: &ActorFinder,
    tree: &Tree,
    v: usize,
    subject: Option<usize>,
    sources: &[ActorMention],
    into_clauses: bool,
) -> Vec<ActorMention> {
    // A phrase naming only the sources, or a pronoun standing for one of
    // them ("presented their credentials"), is not a target.
    let fresh = |m: &Vec<ActorMention>| {
        !m.is_empty()
            && !m.iter().all(|t| {
                sources.iter().any(|s| {
                    s.code == t.code
                        || (is_pronoun_mention(tree, t)
                            && s.country.is_some()
                            && s.country == t.country)
                })
            })
    };
    if let Some(o) = tree.object(v) {
        let m = finder.mentions(o);
        if fresh(&m) {
            return m;
        }
    }
    let subject_tokens = subject.map(|s| tree.subtree(s)).unwrap_or_default();
    let mut excluded = subject_tokens.clone();
    let mut clauses = Vec::new();
    for &c in &tree.children[v] {
        if matches!(
            tree.dep(c),
            "ccomp" | "xcomp" | "advcl" | "parataxis" | "conj" | "relcl" | "csubj" | "nsubj"
        ) {
            excluded.extend(tree.subtree(c));
            // A clausal complement ("allowed that Mordor isn't ...") or an
            // infinitive one ("vowed to wage war on the Rohans") names the
            // target when the verb's own phrase does not.
            if into_clauses && matches!(tree.dep(c), "ccomp" | "xcomp") && c > v {
                clauses.push(c);
            }
        }
    }
    let tokens: Vec<usize> = tree
        .subtree(v)
        .into_iter()
        .filter(|&t| t > v && !excluded.contains(&t))
        .collect();
    for &t in &tokens {
        if finder.match_of[t].is_none() && !matches!(tree.tag(t), "PRP" | "PRP$") {
            continue;
        }
        let m = finder.mentions(phrase_head(tree, t));
        if fresh(&m) {
            return m;
        }
    }
    for c in clauses {
        let tokens: Vec<usize> = tree
            .subtree(c)
            .into_iter()
            .filter(|t| !subject_tokens.contains(t))
            .collect();
        for &t in &tokens {
            if finder.match_of[t].is_none() {
                continue;
            }
            let m = finder.mentions(phrase_head(tree, t));
            if fresh(&m) {
                return m;
            }
        }
    }
    Vec::new()
}

/// True when the mention stands on a personal or possessive pronoun.
fn is_pronoun_mention(tree: &Tree, m: &ActorMention) -> bool {
    tree.s
        .tokens
        .iter()
        .any(|t| t.span == m.span && matches!(t.tag.as_str(), "PRP" | "PRP$"))
}

/// Negation, modality and reporting of the clause of `v`.
pub fn flags_of(tree: &Tree, v: usize) -> EventFlags {
    let mut f = EventFlags {
        negated: tree.is_negated(v),
        ..Default::default()
    };
    for aux in tree.auxiliaries(v) {
        match aux {
            "will" | "shall" | "'ll" => f.future = true,
            "would" | "'d" => f.conditional = true,
            "could" | "might" | "may" => f.hypothetical = true,
            _ => {}
        }
    }
    if tree.children[v]
        .iter()
        .any(|&c| matches!(tree.dep(c), "mark") && tree.lower[c] == "if")
    {
        f.conditional = true;
    }
    // Reported: under a say-verb's clausal complement.
    let mut cur = v;
    for _ in 0..6 {
        let Some(h) = tree.head(cur) else { break };
        if matches!(tree.dep(cur), "ccomp" | "parataxis") && SAY_VERBS.contains(&tree.lemma(h)) {
            f.reported = true;
            break;
        }
        if !matches!(tree.dep(cur), "conj" | "xcomp") {
            break;
        }
        cur = h;
    }
    // "the parties did not meet": negation on the governing verb of an xcomp.
    if !f.negated
        && tree.dep(v) == "xcomp"
        && let Some(h) = tree.head(v)
    {
        f.negated = tree.is_negated(h);
    }
    f
}
