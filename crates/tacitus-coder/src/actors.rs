//! Actor recognition: longest phrase matches of actors and agents over the
//! tokens, then noun phrases of the tree turned into actor codes (agent
//! merging, possessives, titles and appositions, `of` phrases, compounds,
//! pronouns and "the country"/"the group").

use crate::tree::Tree;
use chrono::NaiveDate;
use tacitus_core::{ActorMention, DictionaryEntryRef, Span};
use tacitus_dict::{AgentPosition, CompiledDictionaries, code_at};

/// One phrase match in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchKind {
    Actor(u32),
    Agent(u32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseMatch {
    pub start: usize,
    pub end: usize,
    pub kind: MatchKind,
}

/// Longest, left-to-right, non-overlapping actor and agent matches. On equal
/// length an actor beats an agent.
pub fn find_matches(dicts: &CompiledDictionaries, tree: &Tree) -> Vec<PhraseMatch> {
    let n = tree.len();
    // `=US` in a dictionary matches only the token written `US`.
    let exact: Vec<String> = tree
        .s
        .tokens
        .iter()
        .map(|t| format!("={}", t.text))
        .collect();
    let alts = |i: usize| {
        [
            tree.lower[i].as_str(),
            tree.s.tokens[i].lemma.as_str(),
            exact[i].as_str(),
        ]
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let actor = dicts.actor_trie.longest_at(i, n, alts);
        let agent = dicts.agent_trie.longest_at(i, n, alts);
        let pick = match (actor, agent) {
            (Some(a), Some(g)) if g.len > a.len => Some((g.len, MatchKind::Agent(g.values[0]))),
            (Some(a), _) => Some((a.len, MatchKind::Actor(a.values[0]))),
            (None, Some(g)) => Some((g.len, MatchKind::Agent(g.values[0]))),
            (None, None) => None,
        };
        match pick {
            Some((len, kind)) => {
                out.push(PhraseMatch {
                    start: i,
                    end: i + len,
                    kind,
                });
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

/// Labels whose subtrees are not part of a noun phrase's core.
const OUTSIDE_NP: &[&str] = &[
    "prep",
    "nmod",
    "obl",
    "acl",
    "relcl",
    "conj",
    "cc",
    "punct",
    "appos",
    "advcl",
    "parataxis",
    "ccomp",
    "xcomp",
    "dep",
    "case",
    "mark",
    "list",
    "cop",
    "nsubj",
    "dobj",
    "obj",
    "aux",
    "advmod",
];

/// Places that stand for the people they house: "a camp for Congolese
/// refugees" is attacked, shelled or closed as those refugees are.
const SHELTER_NOUNS: &[&str] = &["camp", "shelter", "settlement", "centre", "center", "home"];

/// Recognises actors in the noun phrases of one sentence.
pub struct ActorFinder<'a> {
    pub dicts: &'a CompiledDictionaries,
    pub tree: &'a Tree<'a>,
    pub matches: Vec<PhraseMatch>,
    /// Match index covering each token.
    pub match_of: Vec<Option<usize>>,
    pub date: Option<NaiveDate>,
    pub text: &'a str,
    /// Actors of earlier sentences and tokens (for pronouns), most recent last.
    pub antecedents: &'a [ActorMention],
}

impl<'a> ActorFinder<'a> {
    pub fn new(
        dicts: &'a CompiledDictionaries,
        tree: &'a Tree<'a>,
        date: Option<NaiveDate>,
        text: &'a str,
        antecedents: &'a [ActorMention],
    ) -> Self {
        let matches = find_matches(dicts, tree);
        let mut match_of = vec![None; tree.len()];
        for (k, m) in matches.iter().enumerate() {
            for slot in &mut match_of[m.start..m.end.min(tree.len())] {
                *slot = Some(k);
            }
        }
        ActorFinder {
            dicts,
            tree,
            matches,
            match_of,
            date,
            text,
            antecedents,
        }
    }

    /// The core tokens of the noun phrase headed by `head`.
    fn core(&self, head: usize) -> Vec<usize> {
        let mut out = vec![head];
        let mut stack = vec![head];
        while let Some(x) = stack.pop() {
            for &c in &self.tree.children[x] {
                let dep = self.tree.dep(c);
                // Conjoined modifiers belong to the phrase ("Eriadori and
                // Calenardhon leaders"); conjuncts of the head do not.
                let conjoined_modifier = x != head && matches!(dep, "conj" | "cc");
                if !OUTSIDE_NP.contains(&dep)
                    || conjoined_modifier
                    || (x == head && dep == "case" && self.tree.lower[c] == "'s")
                {
                    out.push(c);
                    stack.push(c);
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// All actors of the phrase headed by `head`: one per conjunct
    /// ("Arnor, Osgiliath and Gondor"; "Danish media and government").
    pub fn mentions(&self, head: usize) -> Vec<ActorMention> {
        self.mentions_at(head, 0)
    }

    fn mentions_at(&self, head: usize, depth: usize) -> Vec<ActorMention> {
        let mut heads = vec![head];
        let mut k = 0;
        while k < heads.len() && heads.len() < 12 {
            let h = heads[k];
            // Conjuncts of the head, and of a word inside the name the head
            // belongs to ("the Democratic Republic of the Congo and Rwanda",
            // where "Rwanda" hangs on "Congo").
            let inside: Vec<usize> = match self.match_of.get(h).copied().flatten() {
                Some(mk) if self.is_tacdict_actor(&self.matches[mk]) => {
                    (self.matches[mk].start..self.matches[mk].end).collect()
                }
                _ => vec![h],
            };
            for t in inside {
                for &c in &self.tree.children[t] {
                    if self.tree.dep(c) == "conj" && !heads.contains(&c) {
                        heads.push(c);
                    }
                }
            }
            k += 1;
        }
        let mut out: Vec<ActorMention> = Vec::new();
        for &h in &heads {
            for mut m in self.mention_list(h, depth) {
                // An agent-only conjunct shares the first conjunct's country.
                if m.code.starts_with("---")
                    && let Some(country) = out.first().and_then(|f| f.country.clone())
                {
                    m.code = format!("{country}{}", &m.code[3..]);
                    m.country = Some(country);
                }
                if !out.iter().any(|o| o.code == m.code) {
                    out.push(m);
                }
            }
        }
        out
    }

    /// The first actor of the phrase headed by `head`, if any.
    pub fn mention(&self, head: usize, depth: usize) -> Option<ActorMention> {
        self.mention_list(head, depth).into_iter().next()
    }

    /// The actors of the phrase headed by `head` (no conjuncts of the head
    /// itself, but conjoined names inside it: "Eriadori and Calenardhon leaders").
    fn mention_list(&self, head: usize, depth: usize) -> Vec<ActorMention> {
        if depth > 3 || head >= self.tree.len() {
            return Vec::new();
        }
        let core = self.core(head);
        let in_core = |m: &PhraseMatch| core.contains(&m.start);
        let actor_ks: Vec<usize> = self
            .matches
            .iter()
            .enumerate()
            .filter(|(_, m)| in_core(m) && matches!(m.kind, MatchKind::Actor(_)))
            .map(|(k, _)| k)
            .collect();
        let agent_ks: Vec<usize> = self
            .matches
            .iter()
            .enumerate()
            .filter(|(_, m)| in_core(m) && matches!(m.kind, MatchKind::Agent(_)))
            .map(|(k, _)| k)
            .take(2)
            .collect();
        // (code, entries, span) of each actor.
        let mut actors: Vec<(String, Vec<DictionaryEntryRef>, Span)> = Vec::new();
        for (i, &k) in actor_ks.iter().enumerate() {
            let m = self.matches[k];
            if i > 0 {
                // Only names conjoined with an earlier one count as more actors.
                let h = self.match_head(&m);
                let linked = self.tree.dep(h) == "conj"
                    && self.tree.head(h).is_some_and(|hh| {
                        actor_ks[..i]
                            .iter()
                            .any(|&j| self.matches[j].start <= hh && hh < self.matches[j].end)
                    });
                if !linked {
                    continue;
                }
            }
            if let MatchKind::Actor(a) = m.kind
                && let Some(entry) = self.dicts.actors.get(a as usize)
                && let Some(code) = code_at(&entry.codes, self.date)
            {
                actors.push((
                    code.code.clone(),
                    vec![entry.entry.clone()],
                    self.span_of(m.start, m.end),
                ));
            }
        }
        if actors.is_empty() {
            // "the foreign minister of Afghanistan", "soldiers from Gondor",
            // "activists in Arnor", "Zhirnov, Russia's ambassador", "a camp
            // for Congolese refugees".
            for (p, obj) in self.tree.preps(head) {
                let word = self.tree.lower[p].as_str();
                let housing = word == "for" && SHELTER_NOUNS.contains(&self.tree.lemma(head));
                if word == "of"
                    || housing
                    || (!agent_ks.is_empty() && matches!(word, "from" | "in"))
                {
                    let ms = self.mentions_at(obj, depth + 1);
                    if !ms.is_empty() {
                        actors.extend(ms.into_iter().map(|m| (m.code, m.entries, m.span)));
                        break;
                    }
                }
            }
        }
        if actors.is_empty() && !agent_ks.is_empty() {
            // "Congo and United Nations experts": names modifying a role
            // noun (the parser's `nmod`), with their conjuncts (tacdict
            // actors only, as the two rules below).
            for c in self.tree.children_with(head, &["nmod"]) {
                if self.tree.full_dep(c) == "nmod:poss" {
                    continue;
                }
                let ms = self.mentions_at(c, depth + 1);
                if !ms.is_empty() && ms.iter().all(from_tacdict) {
                    actors.extend(ms.into_iter().map(|m| (m.code, m.entries, m.span)));
                    break;
                }
            }
        }
        if actors.is_empty() && !agent_ks.is_empty() {
            // "a group based in Trinidad", "a newspaper based in Beirut".
            'based: for c in self.tree.children_with(head, &["acl"]) {
                if !matches!(self.tree.lemma(c), "base" | "headquarter" | "station") {
                    continue;
                }
                for (p, obj) in self.tree.preps(c) {
                    if self.tree.lower[p] == "in" {
                        let ms = self.mentions_at(obj, depth + 1);
                        if !ms.is_empty() && ms.iter().all(from_tacdict) {
                            actors.extend(ms.into_iter().map(|m| (m.code, m.entries, m.span)));
                            break 'based;
                        }
                    }
                }
            }
        }
        if actors.is_empty() {
            for c in self
                .tree
                .children_with(head, &["appos", "compound", "poss"])
            {
                let ms = self.mention_list(c, depth + 1);
                if !ms.is_empty() {
                    actors.extend(ms.into_iter().map(|m| (m.code, m.entries, m.span)));
                    break;
                }
            }
        }
        if actors.is_empty()
            && depth < 3
            && let Some(m) = self.pronoun(head)
        {
            return vec![m];
        }
        if actors.is_empty() && agent_ks.is_empty() {
            return Vec::new();
        }
        if actors.is_empty() {
            actors.push((String::new(), Vec::new(), self.tree.s.tokens[head].span));
        }
        let mut out = Vec::new();
        for (mut code, mut entries, mut span) in actors {
            for &k in &agent_ks {
                let m = self.matches[k];
                if let MatchKind::Agent(g) = m.kind
                    && let Some(entry) = self.dicts.agents.get(g as usize)
                    && let Some(sector) = code_at(&entry.codes, self.date)
                {
                    // "Red Cross officials", "Hamas leaders", "military
                    // officials": an organisation or a role speaks through
                    // its officials; they add no government sector.
                    let officials_of_body = sector.code == "GOV"
                        && code.len() > 3
                        && entries
                            .first()
                            .is_some_and(|e| e.dictionary.ends_with(".tac"));
                    if !officials_of_body {
                        code = merge_agent(&code, &sector.code, entry.position);
                    }
                    entries.push(entry.entry.clone());
                    let s = self.span_of(m.start, m.end);
                    span = Span::new(span.start.min(s.start), span.end.max(s.end));
                }
            }
            // "ethnic Albanians": a people living in some state, not the
            // state named by the adjective; civilians unless a role says
            // otherwise. The span keeps the word "ethnic", by which the
            // document context (`crate::context`) finds their home.
            if let Some(ethnic) = self.ethnic_marker(span.start)
                && entries
                    .first()
                    .is_some_and(|e| e.dictionary.ends_with(".tac"))
                && code.len() >= 3
            {
                if code.len() == 3 {
                    code.push_str("CVL");
                }
                span = Span::new(ethnic.start, span.end);
            }
            if !code.is_empty() {
                out.push(make_mention(code, span, self.text, entries));
            }
        }
        out
    }

    /// The span of the word "ethnic" right before the token starting at
    /// byte `start`, if there is one.
    fn ethnic_marker(&self, start: usize) -> Option<Span> {
        let toks = &self.tree.s.tokens;
        let k = toks.iter().position(|t| t.span.start == start)?;
        let prev = k.checked_sub(1)?;
        (self.tree.lower[prev] == "ethnic").then_some(toks[prev].span)
    }

    /// True for an actor match from a tacdict (`.tac`) dictionary: rules
    /// written for our dictionaries leave PETRARCH-format coding unchanged.
    fn is_tacdict_actor(&self, m: &PhraseMatch) -> bool {
        match m.kind {
            MatchKind::Actor(a) => self
                .dicts
                .actors
                .get(a as usize)
                .is_some_and(|e| e.entry.dictionary.ends_with(".tac")),
            MatchKind::Agent(_) => false,
        }
    }

    /// The token of a match whose head lies outside it.
    fn match_head(&self, m: &PhraseMatch) -> usize {
        (m.start..m.end)
            .find(|&t| self.tree.head(t).is_none_or(|h| h < m.start || h >= m.end))
            .unwrap_or(m.start)
    }

    fn span_of(&self, start: usize, end: usize) -> Span {
        let toks = &self.tree.s.tokens;
        let a = toks[start].span.start;
        let b = toks[end.saturating_sub(1).max(start)].span.end.max(a);
        Span::new(a, b)
    }

    /// Pronouns and "the country"/"the group": the nearest earlier actor.
    fn pronoun(&self, head: usize) -> Option<ActorMention> {
        let lower = self.tree.lower[head].as_str();
        let tag = self.tree.tag(head);
        let is_pronoun = tag == "PRP" || tag == "PRP$";
        let is_anaphoric_noun = matches!(
            self.tree.lemma(head),
            "country" | "group" | "nation" | "movement"
        ) && self.tree.children[head]
            .iter()
            .any(|&c| self.tree.lower[c] == "the");
        if !(is_pronoun
            && matches!(
                lower,
                "it" | "its" | "they" | "their" | "them" | "he" | "she" | "his" | "her" | "him"
            )
            || is_anaphoric_noun)
        {
            return None;
        }
        let start = self.tree.s.tokens[head].span.start;
        // The nearest actor named earlier in this sentence, else in the document.
        let here = self
            .matches
            .iter()
            .rev()
            .filter(|m| m.end <= head && matches!(m.kind, MatchKind::Actor(_)))
            .find_map(|m| self.mention(self.match_head(m), 3));
        let prior = match here {
            Some(m) => m,
            None => self
                .antecedents
                .iter()
                .rev()
                .find(|m| m.span.end <= start)?
                .clone(),
        };
        let mut m = prior;
        m.span = self.tree.s.tokens[head].span;
        m.text = self.tree.s.tokens[head].text.clone();
        Some(m)
    }

    /// All actor mentions of the sentence in order (for pronoun antecedents).
    pub fn all_mentions(&self) -> Vec<ActorMention> {
        let mut out = Vec::new();
        for m in &self.matches {
            if let MatchKind::Actor(_) = m.kind
                && let Some(mention) = self.mention(self.match_head(m), 0)
            {
                out.push(mention);
            }
        }
        out
    }
}

/// True for a mention built from tacdict (`.tac`) entries only.
fn from_tacdict(m: &ActorMention) -> bool {
    !m.entries.is_empty() && m.entries.iter().all(|e| e.dictionary.ends_with(".tac"))
}

/// `RUS` + `GOV` = `RUSGOV`; a lone agent is `---GOV`; prefix agents
/// (`NGO~`) go first.
pub fn merge_agent(actor: &str, agent: &str, position: AgentPosition) -> String {
    if actor.is_empty() {
        return match position {
            AgentPosition::Suffix => format!("---{agent}"),
            AgentPosition::Prefix => agent.to_string(),
        };
    }
    if actor.ends_with(agent) || (actor.len() > 3 && actor[3..].contains(agent)) {
        return actor.to_string();
    }
    match position {
        AgentPosition::Suffix => format!("{actor}{agent}"),
        AgentPosition::Prefix => format!("{agent}{actor}"),
    }
}

/// Builds an [`ActorMention`] from a code (country = first three letters
/// when they are not `---`; sector = the next three).
pub fn make_mention(
    code: String,
    span: Span,
    text: &str,
    entries: Vec<DictionaryEntryRef>,
) -> ActorMention {
    let country = code
        .get(..3)
        .filter(|c| *c != "---" && c.len() == 3)
        .map(str::to_string);
    let sector = code.get(3..6).map(str::to_string);
    ActorMention {
        code,
        country,
        sector,
        text: span.slice(text).unwrap_or_default().to_string(),
        span,
        entries,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agent_merging() {
        assert_eq!(merge_agent("RUS", "GOV", AgentPosition::Suffix), "RUSGOV");
        assert_eq!(merge_agent("", "GOV", AgentPosition::Suffix), "---GOV");
        assert_eq!(merge_agent("USA", "NGO", AgentPosition::Prefix), "NGOUSA");
        assert_eq!(
            merge_agent("ISRMIL", "MIL", AgentPosition::Suffix),
            "ISRMIL"
        );
    }
}
