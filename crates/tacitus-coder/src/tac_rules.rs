//! Reading rules for our own tacdict (`.tac`) dictionaries: how a careful
//! human coder reads clauses that PETRARCH-style coding leaves uncoded
//! (targets inside governed and purpose clauses, demands reported with
//! "must", threats made with "unless", roles located by place) and repairs
//! for common parser slips. Every rule here applies only to tacdict
//! patterns, so coding with PETRARCH-format dictionaries is unchanged.

use crate::actors::ActorFinder;
use crate::codes::combine;
use crate::sentence::{Candidate, default_targets};
use crate::tree::Tree;
use crate::verbs::PatternMatch;
use tacitus_core::ActorMention;

/// The target of a governing verb is in the clause it governs: "threatened
/// to break relations with Russia", "offered to hand over to Britain two
/// suspects", "promised to democratize Serbia". A coded verb of a tacdict
/// pattern (`.tac` dictionaries only: PETRARCH patterns keep PETRARCH's
/// roles) with no target of its own takes the targets of its `xcomp` verb
/// (else of its infinitive of purpose): that verb's own targets when it is a
/// candidate, else the first actor of its clause after it.
pub(crate) fn inherit_governed_targets(
    candidates: &mut [Candidate],
    tree: &Tree,
    finder: &ActorFinder,
) {
    for i in 0..candidates.len() {
        let up = &candidates[i];
        let tacdict = up
            .pm
            .pattern
            .is_some_and(|p| matches!(p.body, tacitus_dict::PatternBody::Dependency { .. }));
        // A pattern whose target slot is a noun phrase (`dobj=$target`)
        // found no actor there: "shunned work to protest at X" does not
        // shun X. A clausal slot ("agreed to allow access to X") still
        // passes its clause's targets up.
        let noun_slot = up
            .pm
            .target_at
            .as_ref()
            .is_some_and(|a| !a.tokens.iter().any(|&t| tree.is_verb(t)));
        if !tacdict
            || up.passive
            || !up.targets.is_empty()
            || up.pm.code.primary.is_none()
            || noun_slot
        {
            continue;
        }
        // The governed verb, else the infinitive of purpose of the verb (or
        // of the verb governing an event noun): "blocked a road to show
        // their anger at X", "began a hunger strike to protest X".
        let governing = if tree.is_verb(up.v) {
            Some(up.v)
        } else {
            tree.head(up.v).filter(|&h| tree.is_verb(h))
        };
        let Some(x) = tree
            .children_with(up.v, &["xcomp"])
            .next()
            .filter(|&x| tree.is_verb(x))
            .or_else(|| {
                governing.and_then(|g| {
                    tree.children_with(g, &["advcl"])
                        .find(|&a| tree.is_verb(a) && is_purpose_infinitive(tree, a))
                })
            })
        else {
            continue;
        };
        let from_candidate = candidates
            .iter()
            .find(|c| c.v == x && !c.passive)
            .map(|c| c.targets.clone())
            .unwrap_or_default();
        let sources = up.sources.clone();
        // Not a pronoun naming the sources again under another sector
        // ("NATO leaders agreed to raise their spending": `IGOWSTNATGOV`,
        // `IGOWSTNAT`); a name is kept ("promised to democratize Serbia").
        let related = |a: &str, b: &str| a.starts_with(b) || b.starts_with(a);
        let pronoun = |t: &ActorMention| {
            matches!(
                t.text.to_lowercase().as_str(),
                "it" | "its" | "they" | "their" | "them" | "he" | "she" | "his" | "her" | "him"
            )
        };
        let keep = |list: Vec<ActorMention>| -> Vec<ActorMention> {
            list.into_iter()
                .filter(|t| !(pronoun(t) && sources.iter().any(|s| related(&s.code, &t.code))))
                .collect()
        };
        let mut targets = keep(from_candidate);
        if targets.is_empty() {
            targets = keep(default_targets(
                finder,
                tree,
                x,
                tree.subject(x).map(|(s, _)| s),
                &sources,
            ));
        }
        // A threat is aimed at whoever must meet its condition: "threatened
        // to stop the talks if the United States goes ahead".
        let threat = up
            .pm
            .code
            .primary
            .as_deref()
            .is_some_and(|c| c.starts_with("13"));
        if targets.is_empty() && threat {
            let condition = [up.v, x]
                .into_iter()
                .flat_map(|h| tree.children_with(h, &["advcl"]).collect::<Vec<_>>())
                .find(|&a| {
                    tree.children[a].iter().any(|&m| {
                        tree.dep(m) == "mark" && matches!(tree.lower[m].as_str(), "if" | "unless")
                    })
                });
            if let Some((subj, _)) = condition.and_then(|a| tree.subject(a)) {
                targets = keep(finder.mentions(subj));
            }
        }
        if !targets.is_empty() {
            candidates[i].targets = targets;
        }
    }
}

/// "Hundreds of thousands of people blocked streets in Hong Kong": a source
/// that is a non-state role with no country (`---CVL`) takes the country of the place
/// where its clause happens (`in` + a country or city name), as a careful
/// coder reads it. tacdict patterns only.
pub(crate) fn sources_located_by_place(
    candidates: &mut [Candidate],
    tree: &Tree,
    finder: &ActorFinder,
) {
    for c in candidates.iter_mut() {
        if !is_tacdict(&c.pm) || c.passive || !c.sources.iter().any(|s| s.country.is_none()) {
            continue;
        }
        // The verb's own `in` phrase, or its object's ("blocked streets in
        // Hong Kong").
        let object = tree.children_with(c.v, &["dobj", "obj"]).next();
        let place = std::iter::once(c.v)
            .chain(object)
            .flat_map(|h| tree.preps(h))
            .filter(|&(p, _)| tree.lower[p] == "in")
            .flat_map(|(_, o)| finder.mentions(o))
            .find(|m| m.code.len() == 3 && m.country.as_deref() == Some(m.code.as_str()));
        let Some(place) = place else { continue };
        // Not officials and soldiers: they often act abroad ("the minister
        // said in Kabul").
        let state_role = |rest: &str| {
            ["GOV", "MIL", "LEG", "JUD", "SPY", "COP"]
                .iter()
                .any(|r| rest.starts_with(r))
        };
        for s in c.sources.iter_mut().filter(|s| s.country.is_none()) {
            if let Some(rest) = s.code.strip_prefix("---").filter(|r| !state_role(r)) {
                s.code = format!("{}{rest}", place.code);
                s.country = Some(place.code.clone());
                s.entries.extend(place.entries.iter().cloned());
            }
        }
    }
}

/// Verbs that report what someone said or concluded.
const REPORT_VERBS: &[&str] = &[
    "say", "tell", "announce", "state", "declare", "insist", "conclude", "stress", "add",
];

/// "Russia said that Sudan must return the helicopter": a statement that
/// another party must or should act is a demand (CAMEO 100), its target the
/// subject of that clause. tacdict verbs only, when no pattern coded the
/// reporting verb beyond a plain statement (010).
pub(crate) fn reported_demands(candidates: &mut [Candidate], tree: &Tree, finder: &ActorFinder) {
    for c in candidates.iter_mut() {
        if !c.tacdict_block
            || c.passive
            || c.pm.code.primary.as_deref().is_some_and(|p| p != "010")
            || !REPORT_VERBS.contains(&tree.lemma(c.v))
        {
            continue;
        }
        let Some(clause) = tree.children_with(c.v, &["ccomp"]).next() else {
            continue;
        };
        let obliged = tree.children[clause]
            .iter()
            .any(|&a| tree.dep(a) == "aux" && matches!(tree.lower[a].as_str(), "must" | "should"));
        let Some((subj, _)) = tree.subject(clause).filter(|&(s, _)| s != clause) else {
            continue;
        };
        if !obliged || tree.head(subj) != Some(clause) {
            continue;
        }
        let targets: Vec<ActorMention> = finder
            .mentions(subj)
            .into_iter()
            .filter(|t| !c.sources.iter().any(|s| s.code == t.code))
            .collect();
        if targets.is_empty() {
            continue;
        }
        c.pm.code = tacitus_dict::CodePair {
            primary: Some("100".to_string()),
            paired: None,
        };
        c.targets = targets;
    }
}

/// "Nigeria will withdraw its force unless the president arranges a
/// ceasefire": an act announced on condition that another party acts is a
/// threat (CAMEO 13, combined with the act's family as for "threaten to").
/// tacdict patterns only.
pub(crate) fn threats_with_unless(candidates: &mut [Candidate], tree: &Tree) {
    for c in candidates.iter_mut() {
        let Some(code) = c.pm.code.primary.clone() else {
            continue;
        };
        if !is_tacdict(&c.pm) || code.starts_with("13") {
            continue;
        }
        let unless = tree.children_with(c.v, &["advcl"]).any(|a| {
            tree.children[a]
                .iter()
                .any(|&m| tree.dep(m) == "mark" && tree.lower[m] == "unless")
        });
        if let Some(threat) = unless.then(|| combine("130", &code)).flatten() {
            c.pm.code.primary = Some(threat);
        }
    }
}

/// When a parser gives a verb two subjects ("Thai acting Prime Minister X
/// and Cambodian Prime Minister Y agreed", with "Thai" split off), the one
/// nearest before the verb heads the real subject phrase (when it names an
/// actor or role at all).
pub(crate) fn nearest_subject(tree: &Tree, v: usize) -> Option<usize> {
    let subjects: Vec<usize> = tree.children[v]
        .iter()
        .copied()
        .filter(|&c| c < v && tree.dep(c) == "nsubj")
        .collect();
    (subjects.len() >= 2)
        .then(|| subjects.iter().copied().max())
        .flatten()
}

/// True when every actor found lies in an `in`/`at` phrase of the verb or
/// of its object (where the act happened: "signed an agreement in
/// Washington").
pub(crate) fn only_in_place(tree: &Tree, v: usize, found: &[ActorMention]) -> bool {
    if found.is_empty() {
        return false;
    }
    let object = tree.children_with(v, &["dobj", "obj"]).next();
    let place_tokens: Vec<usize> = std::iter::once(v)
        .chain(object)
        .flat_map(|h| tree.preps(h))
        .filter(|&(p, _)| matches!(tree.lower[p].as_str(), "in" | "at"))
        .flat_map(|(_, o)| tree.subtree(o))
        .collect();
    found.iter().all(|m| {
        place_tokens
            .iter()
            .any(|&t| tree.s.tokens[t].span.start == m.span.start)
    })
}

/// True when the chosen pattern is a tacdict dependency pattern.
pub(crate) fn is_tacdict(pm: &PatternMatch) -> bool {
    pm.pattern
        .is_some_and(|p| matches!(p.body, tacitus_dict::PatternBody::Dependency { .. }))
}

/// "to protest" attached as an adverbial clause: an infinitive of purpose.
pub(crate) fn is_purpose_infinitive(tree: &Tree, v: usize) -> bool {
    tree.dep(v) == "advcl"
        && tree.children[v]
            .iter()
            .any(|&c| tree.lower[c] == "to" && matches!(tree.dep(c), "aux" | "mark"))
}
