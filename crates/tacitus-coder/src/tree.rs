//! Dependency-tree helpers that read both label sets we meet: ClearNLP/spaCy
//! (`dobj`, `prep` + `pobj`, `nsubjpass`, `agent`) and Universal Dependencies
//! (`obj`, `obl`/`nmod` + `case`, `nsubj:pass`).

use tacitus_core::AnalyzedSentence;

/// A sentence with precomputed children lists and lower-cased forms.
pub struct Tree<'a> {
    pub s: &'a AnalyzedSentence,
    pub children: Vec<Vec<usize>>,
    pub lower: Vec<String>,
}

impl<'a> Tree<'a> {
    pub fn new(s: &'a AnalyzedSentence) -> Self {
        let n = s.tokens.len();
        let mut children = vec![Vec::new(); n];
        for (i, t) in s.tokens.iter().enumerate() {
            if let Some(h) = t.head
                && h < n
                && h != i
            {
                children[h].push(i);
            }
        }
        let lower = s.tokens.iter().map(|t| t.text.to_lowercase()).collect();
        Tree { s, children, lower }
    }

    pub fn len(&self) -> usize {
        self.s.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.s.tokens.is_empty()
    }

    pub fn dep(&self, i: usize) -> &str {
        base_dep(&self.s.tokens[i].dep)
    }

    pub fn full_dep(&self, i: usize) -> &str {
        &self.s.tokens[i].dep
    }

    pub fn lemma(&self, i: usize) -> &str {
        &self.s.tokens[i].lemma
    }

    pub fn tag(&self, i: usize) -> &str {
        &self.s.tokens[i].tag
    }

    pub fn head(&self, i: usize) -> Option<usize> {
        self.s.tokens[i].head.filter(|&h| h < self.len() && h != i)
    }

    /// True when `word` equals the token's lower-cased form or lemma.
    pub fn is(&self, i: usize, word: &str) -> bool {
        self.lower[i] == word || self.s.tokens[i].lemma == word
    }

    pub fn is_verb(&self, i: usize) -> bool {
        self.tag(i).starts_with("VB")
    }

    pub fn is_noun(&self, i: usize) -> bool {
        let t = self.tag(i);
        t.starts_with("NN") || t.starts_with("PRP") || t == "CD" || t == "FW"
    }

    /// Children with one of the given (base) labels.
    pub fn children_with<'s>(
        &'s self,
        i: usize,
        labels: &'s [&'s str],
    ) -> impl Iterator<Item = usize> + 's {
        self.children[i]
            .iter()
            .copied()
            .filter(move |&c| labels.contains(&self.dep(c)) || labels.contains(&self.full_dep(c)))
    }

    /// All tokens of the subtree of `i` (including `i`), sorted.
    pub fn subtree(&self, i: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack = vec![i];
        let mut guard = 0;
        while let Some(x) = stack.pop() {
            guard += 1;
            if guard > self.len() * 2 + 2 {
                break;
            }
            out.push(x);
            stack.extend(self.children[x].iter().copied());
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The subject of a verb, inherited through `xcomp`, `conj` and relative
    /// clauses when the verb has none of its own. Returns (token, passive subject?).
    pub fn subject(&self, v: usize) -> Option<(usize, bool)> {
        let mut cur = v;
        for _ in 0..6 {
            for c in &self.children[cur] {
                match self.full_dep(*c) {
                    "nsubj" | "csubj" => return Some((*c, false)),
                    "nsubjpass" | "nsubj:pass" | "csubjpass" | "csubj:pass" => {
                        return Some((*c, true));
                    }
                    _ => {}
                }
            }
            let h = self.head(cur)?;
            match self.dep(cur) {
                "xcomp" | "conj" | "acomp" | "oprd" | "pcomp" => cur = h,
                "acl" | "relcl" => return Some((h, false)),
                _ => return None,
            }
        }
        None
    }

    /// True when the clause of `v` is passive. A participle of stance with
    /// no `by` agent ("Vietnam is committed to ...", "forces were engaged
    /// in ...", "he is prepared to ...") describes what its subject does:
    /// it is read as active.
    pub fn is_passive(&self, v: usize) -> bool {
        const STANCE: &[&str] = &["commit", "engage", "prepare", "determine", "resolve"];
        if self.tag(v) == "VBN" && STANCE.contains(&self.lemma(v)) && self.by_agent(v).is_none() {
            return false;
        }
        self.children[v].iter().any(|&c| {
            matches!(
                self.full_dep(c),
                "nsubjpass" | "nsubj:pass" | "auxpass" | "aux:pass" | "csubjpass"
            )
        })
    }

    /// The noun a preposition token governs: its `pobj` (ClearNLP), or its
    /// head when it is a UD `case` marker.
    pub fn prep_object(&self, p: usize) -> Option<usize> {
        match self.dep(p) {
            "case" | "mark" => self.head(p),
            // Infinitival "to": the group is the verb it marks ("(TO QUESTION)").
            "aux" if self.lower[p] == "to" => self.head(p),
            _ => self.children[p]
                .iter()
                .copied()
                .find(|&c| matches!(self.dep(c), "pobj" | "pcomp"))
                .or_else(|| self.children[p].first().copied()),
        }
    }

    /// Prepositional attachments of `i`: (preposition token, object token),
    /// in sentence order, in either label set.
    pub fn preps(&self, i: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for &c in &self.children[i] {
            match self.dep(c) {
                "prep" | "agent" | "dative" if self.children[c].is_empty() => {}
                "prep" | "agent" | "dative" => {
                    if let Some(o) = self.prep_object(c) {
                        out.push((c, o));
                    }
                }
                "obl" | "nmod" | "advcl" if self.full_dep(c) != "nmod:poss" => {
                    if let Some(case) = self.children[c]
                        .iter()
                        .copied()
                        .find(|&k| matches!(self.dep(k), "case"))
                    {
                        out.push((case, c));
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// The `by` agent of a passive verb.
    pub fn by_agent(&self, v: usize) -> Option<usize> {
        self.preps(v)
            .into_iter()
            .find(|&(p, _)| self.lower[p] == "by")
            .map(|(_, o)| o)
    }

    /// The direct object of `v`.
    pub fn object(&self, v: usize) -> Option<usize> {
        self.children[v]
            .iter()
            .copied()
            .find(|&c| matches!(self.dep(c), "dobj" | "obj" | "attr" | "oprd"))
    }

    /// True when `v` is negated (`not`, `n't`, `never`).
    pub fn is_negated(&self, v: usize) -> bool {
        self.children[v].iter().any(|&c| {
            self.dep(c) == "neg"
                || (self.dep(c) == "advmod"
                    && matches!(self.lower[c].as_str(), "not" | "n't" | "never"))
        })
    }

    /// Lower-cased auxiliaries of `v`.
    pub fn auxiliaries(&self, v: usize) -> impl Iterator<Item = &str> + '_ {
        self.children[v]
            .iter()
            .copied()
            .filter(|&c| self.dep(c) == "aux")
            .map(|c| self.lower[c].as_str())
    }
}

/// `nsubj:pass` -> `nsubj:pass`; `acl:relcl` -> `relcl`; `nmod:poss` -> `poss`;
/// other UD subtypes -> the base label.
pub fn base_dep(dep: &str) -> &str {
    match dep {
        "acl:relcl" => "relcl",
        "nmod:poss" => "poss",
        "obl:agent" => "obl",
        "compound:prt" => "prt",
        _ => dep.split(':').next().unwrap_or(dep),
    }
}
