//! Constituency to dependency conversion (ClearNLP/spaCy English labels).
//!
//! The tree is normalised (empty elements and their emptied phrases dropped,
//! PETRARCH's `AUXD`-style tags mapped back to PTB, function tags split off),
//! then walked bottom-up: each phrase picks its head child by
//! [`super::headrules`], every other child's lexical head depends on the head
//! child's lexical head with a label chosen by [`super::labels`] from the
//! configuration. Coordination is chained as in spaCy (each conjunct depends
//! on the previous one, `cc` and commas on the conjunct before them). A final
//! pass fixes what depends on the whole verb group: passives (`auxpass`,
//! `nsubjpass`, `agent`) and negation (`neg`).

use super::headrules::{head_child, is_copula_word};
use super::labels::{dependent_label, is_punct_tag};
use super::ptb::{PtbTree, category_of};

/// One word of a converted tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DepToken {
    /// The word as in the tree (PTB escapes such as `-LRB-` kept).
    pub word: String,
    /// Penn Treebank tag (PETRARCH's `AUXD`, `AUXZ`, ... mapped to `VBD`, `VBZ`, ...).
    pub tag: String,
    /// Index of the head word; `None` for the root.
    pub head: Option<usize>,
    /// ClearNLP/spaCy dependency label; `ROOT` for the root.
    pub label: String,
}

/// Words and tags of the tree being converted.
pub(super) struct Tokens {
    pub words: Vec<String>,
    pub tags: Vec<String>,
}

impl Tokens {
    pub fn lower(&self, i: usize) -> String {
        self.words
            .get(i)
            .map(|w| w.to_lowercase())
            .unwrap_or_default()
    }

    pub fn tag(&self, i: usize) -> &str {
        self.tags.get(i).map_or("", String::as_str)
    }
}

/// A normalised tree node. Preterminals have `token: Some(..)` and `cat` is
/// their (normalised) tag.
#[derive(Debug, Clone)]
pub(super) struct Node {
    pub cat: String,
    pub func: Vec<String>,
    pub children: Vec<Node>,
    pub token: Option<usize>,
    /// Lexical head token, filled by the walk.
    pub lex: usize,
}

impl Node {
    pub fn is_punct(&self) -> bool {
        self.token.is_some() && is_punct_tag(&self.cat)
    }

    pub fn has_func(&self, tag: &str) -> bool {
        self.func.iter().any(|f| f == tag)
    }

    /// True for an NP that ends in a possessive `'s` (`(NP (NNP Russia) (POS 's))`).
    pub fn is_possessive(&self) -> bool {
        self.children.last().is_some_and(|c| c.cat == "POS")
    }

    /// The first preterminal of this subtree.
    pub fn first_token(&self) -> Option<usize> {
        match self.token {
            Some(t) => Some(t),
            None => self.children.first().and_then(Node::first_token),
        }
    }
}

/// Maps PETRARCH's auxiliary tags back to PTB (`AUXD` -> `VBD`).
fn normalize_tag(tag: &str, word: &str) -> String {
    let tag = category_of(tag);
    match tag {
        "AUXD" => "VBD".into(),
        "AUXZ" => "VBZ".into(),
        "AUXP" => "VBP".into(),
        "AUXG" => "VBG".into(),
        "AUXB" => "VB".into(),
        "AUXN" => "VBN".into(),
        "AUX" => match word.to_lowercase().as_str() {
            "is" | "has" | "does" | "'s" => "VBZ".into(),
            "was" | "were" | "had" | "did" => "VBD".into(),
            "been" => "VBN".into(),
            "being" | "having" => "VBG".into(),
            "be" | "have" | "do" => "VB".into(),
            _ => "VBP".into(),
        },
        "" => "XX".into(),
        t => t.to_string(),
    }
}

fn build(tree: &PtbTree, tokens: &mut Tokens) -> Option<Node> {
    if let Some(word) = &tree.word {
        if tree.label == "-NONE-" {
            return None;
        }
        let index = tokens.words.len();
        let tag = normalize_tag(&tree.label, word);
        tokens.words.push(word.clone());
        tokens.tags.push(tag.clone());
        return Some(Node {
            cat: tag,
            func: Vec::new(),
            children: Vec::new(),
            token: Some(index),
            lex: index,
        });
    }
    let children: Vec<Node> = tree
        .children
        .iter()
        .filter_map(|c| build(c, tokens))
        .collect();
    if children.is_empty() {
        return None;
    }
    let cat = match tree.category() {
        "" | "TOP" => "ROOT".to_string(),
        c => c.to_string(),
    };
    let func = tree
        .function_tags()
        .into_iter()
        .map(str::to_string)
        .collect();
    Some(Node {
        cat,
        func,
        children,
        token: None,
        lex: 0,
    })
}

struct Converter<'a> {
    tokens: &'a Tokens,
    heads: Vec<Option<usize>>,
    labels: Vec<String>,
}

impl Converter<'_> {
    fn attach(&mut self, dep: usize, head: usize, label: &str) {
        if dep != head {
            self.heads[dep] = Some(head);
            self.labels[dep] = label.to_string();
        }
    }

    /// Converts the subtree, returning its lexical head.
    fn walk(&mut self, node: &mut Node) -> usize {
        if let Some(t) = node.token {
            return t;
        }
        for child in &mut node.children {
            child.lex = self.walk(child);
        }
        let all: Vec<usize> = (0..node.children.len()).collect();
        if let Some(coord) = coordination(node, self.tokens) {
            return self.attach_coordination(node, &coord);
        }
        let head = head_child(&node.cat, &node.children, &all, self.tokens);
        self.attach_plain(node, head, &all);
        self.fix_modifier_coordination(node, head);
        if node.cat == "VP" {
            self.fix_object_control(node, head);
        }
        node.children[head].lex
    }

    fn attach_plain(&mut self, node: &Node, head: usize, among: &[usize]) {
        let head_lex = node.children[head].lex;
        let kids = &node.children;
        for (k, &i) in among.iter().enumerate() {
            if i == head {
                continue;
            }
            let label = dependent_label(node, head, i, self.tokens);
            // `almost five years`, `a million dollars`: an adverb or `a`
            // before a number in a flat NP modifies the number.
            let next = among.get(k + 1).map(|&j| &kids[j]);
            let number =
                next.filter(|n| matches!(n.cat.as_str(), "CD" | "QP") && n.lex != head_lex);
            let flat_np = matches!(node.cat.as_str(), "NP" | "NML" | "ADJP");
            let article = matches!(self.tokens.lower(kids[i].lex).as_str(), "a" | "an");
            match number {
                Some(n) if flat_np && label == "advmod" => self.attach(kids[i].lex, n.lex, label),
                Some(n) if flat_np && label == "det" && article => {
                    self.attach(kids[i].lex, n.lex, "quantmod")
                }
                // `Deputy Prime Minister Telemar`: the words of a title
                // depend on its last word, which modifies the name.
                _ if label == "compound" && self.is_title_token(&kids[i]) => {
                    let title_end = among[k + 1..]
                        .iter()
                        .take_while(|&&j| kids[j].lex != head_lex && self.is_title_token(&kids[j]))
                        .last()
                        .map_or(head_lex, |&j| kids[j].lex);
                    self.attach(kids[i].lex, title_end, label)
                }
                _ => self.attach(kids[i].lex, head_lex, label),
            }
        }
    }

    /// `urged Eriador to respond`: the subject of an infinitival clause
    /// after the verb is the verb's `dobj` and the clause its `xcomp`, as in
    /// spaCy (not for `want`-type verbs, where it stays `nsubj` of a `ccomp`).
    fn fix_object_control(&mut self, node: &Node, head: usize) {
        let verb = node.children[head].lex;
        let verb_word = self.tokens.lower(verb);
        if node.children[head].token.is_none()
            || matches!(
                crate::lemma::lemmatize(&verb_word, self.tokens.tag(verb)).as_str(),
                "want"
                    | "like"
                    | "wish"
                    | "prefer"
                    | "need"
                    | "hate"
                    | "love"
                    | "expect"
                    | "mean"
                    | "intend"
            )
        {
            return;
        }
        for clause in node.children.iter().skip(head + 1).filter(|c| c.cat == "S") {
            let Some(subject) = clause.children.first().filter(|c| c.cat == "NP") else {
                continue;
            };
            let infinitival = clause.children.get(1).is_some_and(|vp| {
                vp.cat == "VP" && vp.children.first().is_some_and(|to| to.cat == "TO")
            });
            if infinitival
                && self.heads[subject.lex] == Some(clause.lex)
                && self.labels[subject.lex] == "nsubj"
            {
                self.attach(subject.lex, verb, "dobj");
                self.attach(clause.lex, verb, "xcomp");
            }
        }
    }

    fn is_title_token(&self, node: &Node) -> bool {
        node.token.is_some() && is_title_word(&self.tokens.lower(node.lex))
    }

    /// `American and British officials`: a coordination of modifiers inside a
    /// phrase whose head is elsewhere. The right conjunct and the `cc` go under
    /// the left conjunct.
    fn fix_modifier_coordination(&mut self, node: &Node, head: usize) {
        let kids = &node.children;
        for i in 1..kids.len().saturating_sub(1) {
            if !matches!(kids[i].cat.as_str(), "CC" | "CONJP")
                || i == head
                || i - 1 == head
                || i + 1 == head
            {
                continue;
            }
            let (left, right) = (kids[i - 1].lex, kids[i + 1].lex);
            if kids[i - 1].is_punct() || kids[i + 1].is_punct() {
                continue;
            }
            self.attach(kids[i].lex, left, "cc");
            self.attach(right, left, "conj");
        }
    }

    fn attach_coordination(&mut self, node: &Node, coord: &Coordination) -> usize {
        let mut conjunct_heads = Vec::new();
        let mut first_head_child = 0;
        for (k, segment) in coord.segments.iter().enumerate() {
            let head = head_child(&node.cat, &node.children, segment, self.tokens);
            self.attach_plain(node, head, segment);
            conjunct_heads.push(node.children[head].lex);
            if k == 0 {
                first_head_child = head;
            }
        }
        let first = conjunct_heads[0];
        for (k, seps) in coord.separators.iter().enumerate() {
            // separators[k] lie between conjunct k and k + 1
            let left = conjunct_heads[k];
            for &s in seps {
                let child = &node.children[s];
                let label = if child.is_punct() { "punct" } else { "cc" };
                self.attach(child.lex, left, label);
            }
            if let Some(&right) = conjunct_heads.get(k + 1) {
                self.attach(right, left, "conj");
            }
        }
        for &i in &coord.leading {
            let child = &node.children[i];
            let lower = self.tokens.lower(child.lex);
            let label = if child.token.is_some()
                && matches!(lower.as_str(), "both" | "either" | "neither" | "whether")
            {
                "preconj"
            } else if child.is_punct() {
                "punct"
            } else if child.cat == "CC" {
                "cc"
            } else {
                dependent_label(node, first_head_child, i, self.tokens)
            };
            self.attach(child.lex, first, label);
        }
        for &i in &coord.trailing {
            let child = &node.children[i];
            let label = if child.is_punct() {
                "punct"
            } else {
                dependent_label(node, first_head_child, i, self.tokens)
            };
            self.attach(child.lex, first, label);
        }
        first
    }
}

/// The layout of a coordinated phrase: conjunct segments (child indexes), the
/// separators between consecutive segments, and material before the first /
/// after the last segment.
struct Coordination {
    leading: Vec<usize>,
    segments: Vec<Vec<usize>>,
    separators: Vec<Vec<usize>>,
    trailing: Vec<usize>,
}

fn is_conj_word(node: &Node) -> bool {
    matches!(node.cat.as_str(), "CC" | "CONJP")
}

fn is_separator(node: &Node) -> bool {
    is_conj_word(node)
        || (node.is_punct() && !matches!(node.cat.as_str(), "-LRB-" | "-RRB-" | "``" | "''"))
}

/// Broad class of a conjunct, for telling `A and B` from `A and B C`.
fn conjunct_class(cat: &str) -> u8 {
    match cat {
        "NN" | "NNS" | "NNP" | "NNPS" | "NP" | "NML" | "NX" | "PRP" | "CD" | "QP" | "NAC"
        | "WHNP" | "EX" | "FW" | "$" => 0,
        "VB" | "VBD" | "VBG" | "VBN" | "VBP" | "VBZ" | "VP" | "MD" | "S" | "SBAR" | "SINV"
        | "SQ" | "SBARQ" | "FRAG" => 1,
        "JJ" | "JJR" | "JJS" | "ADJP" | "WHADJP" => 2,
        "RB" | "RBR" | "RBS" | "ADVP" | "WHADVP" => 3,
        "PP" | "IN" | "TO" | "WHPP" => 4,
        _ => 5,
    }
}

fn coordination(node: &Node, tokens: &Tokens) -> Option<Coordination> {
    let kids = &node.children;
    let n = kids.len();
    let content = |i: usize| !is_separator(&kids[i]);
    let first_content = (0..n).find(|&i| content(i))?;
    let last_content = (0..n).rev().find(|&i| content(i))?;
    let has_inner_cc = (first_content + 1..last_content).any(|i| is_conj_word(&kids[i]));
    let ucp = node.cat == "UCP" && first_content < last_content;
    if !has_inner_cc && !ucp {
        return None;
    }
    let mut segments: Vec<Vec<usize>> = Vec::new();
    let mut separators: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    let mut pending: Vec<usize> = Vec::new();
    for i in first_content..=last_content {
        if content(i) {
            if !pending.is_empty() && !current.is_empty() {
                segments.push(std::mem::take(&mut current));
                separators.push(std::mem::take(&mut pending));
            }
            current.push(i);
        } else {
            pending.push(i);
        }
    }
    segments.push(current);
    if segments.len() < 2 {
        return None;
    }
    // A flat NP `the US and Russia` coordinates; `American and British
    // officials` does not (the conjuncts are modifiers of `officials`).
    let class_of = |segment: &Vec<usize>| {
        let all: Vec<usize> = segment.clone();
        let h = head_child(&node.cat, kids, &all, tokens);
        conjunct_class(&kids[h].cat)
    };
    // In a flat NP, `death and injury toll` and `the oil and gas industry`
    // coordinate modifiers of the last noun; `Moscow and Beijing` does not.
    let flat = kids.iter().all(|k| k.token.is_some() || k.is_possessive());
    let last_segment_len = segments
        .last()
        .map_or(0, |s| s.iter().filter(|&&i| !kids[i].is_punct()).count());
    if matches!(node.cat.as_str(), "NP" | "NML" | "NX") && flat && last_segment_len >= 2 {
        return None;
    }
    let first_class = class_of(&segments[0]);
    let last_class = class_of(&segments[segments.len() - 1]);
    let compatible =
        first_class == last_class || (first_class == 1 && last_class == 1) || node.cat == "UCP";
    if !compatible {
        return None;
    }
    Some(Coordination {
        leading: (0..first_content).collect(),
        segments,
        separators,
        trailing: (last_content + 1..n).collect(),
    })
}

/// Words of multi-word titles (`Deputy Prime Minister`, `Foreign Secretary`).
fn is_title_word(lower: &str) -> bool {
    matches!(
        lower,
        "deputy"
            | "prime"
            | "minister"
            | "foreign"
            | "defence"
            | "defense"
            | "interior"
            | "finance"
            | "secretary"
            | "general"
            | "vice"
            | "president"
            | "chief"
            | "executive"
            | "state"
            | "assistant"
            | "under"
            | "attorney"
            | "first"
            | "high"
            | "commissioner"
            | "justice"
            | "army"
            | "lieutenant"
            | "major"
            | "colonel"
            | "commander"
            | "supreme"
            | "leader"
            | "crown"
            | "prince"
            | "ambassador"
            | "special"
            | "envoy"
            | "senior"
            | "acting"
            | "chairman"
            | "director"
            | "spokesman"
            | "spokeswoman"
            | "premier"
            | "governor"
            | "mayor"
    )
}

/// Marks passives and negation once the whole tree is attached.
fn fix_verb_groups(tokens: &Tokens, heads: &[Option<usize>], labels: &mut [String]) {
    let n = tokens.words.len();
    for verb in 0..n {
        if tokens.tag(verb) != "VBN" {
            continue;
        }
        let deps: Vec<usize> = (0..n).filter(|&d| heads[d] == Some(verb)).collect();
        let passive_aux = deps
            .iter()
            .rev()
            .copied()
            .filter(|&d| d < verb && labels[d] == "aux")
            .find(|&d| {
                let w = tokens.lower(d);
                is_copula_word(&w)
                    || matches!(w.as_str(), "get" | "gets" | "got" | "gotten" | "getting")
            });
        let reduced = matches!(labels[verb].as_str(), "acl" | "amod")
            && !deps.iter().any(|&d| labels[d] == "aux");
        if let Some(aux) = passive_aux {
            labels[aux] = "auxpass".into();
            for &d in &deps {
                match labels[d].as_str() {
                    "nsubj" => labels[d] = "nsubjpass".into(),
                    "csubj" => labels[d] = "csubjpass".into(),
                    _ => {}
                }
            }
        }
        if passive_aux.is_some() || reduced {
            for &d in &deps {
                if d > verb && labels[d] == "prep" && tokens.lower(d) == "by" {
                    labels[d] = "agent".into();
                }
            }
        }
    }
    for (i, label) in labels.iter_mut().enumerate() {
        let w = tokens.lower(i);
        if matches!(w.as_str(), "not" | "n't" | "never")
            && matches!(label.as_str(), "advmod" | "dep" | "aux")
        {
            *label = "neg".into();
        }
    }
}

/// Converts one tree to dependencies. The result has one [`DepToken`] per
/// word (empty elements dropped) and exactly one root; a tree without words
/// gives an empty vector.
pub fn to_dependencies(tree: &PtbTree) -> Vec<DepToken> {
    let mut tokens = Tokens {
        words: Vec::new(),
        tags: Vec::new(),
    };
    let Some(mut root) = build(tree, &mut tokens) else {
        return Vec::new();
    };
    let n = tokens.words.len();
    let mut conv = Converter {
        tokens: &tokens,
        heads: vec![None; n],
        labels: vec!["dep".to_string(); n],
    };
    let root_lex = conv.walk(&mut root);
    root.lex = root_lex;
    let Converter {
        mut heads,
        mut labels,
        ..
    } = conv;
    heads[root_lex] = None;
    labels[root_lex] = "ROOT".into();
    // Safety net: anything left unattached (cannot happen for a walked tree,
    // but a tree is input) hangs off the root.
    for (i, head) in heads.iter_mut().enumerate() {
        if i != root_lex && head.is_none() {
            *head = Some(root_lex);
        }
    }
    fix_verb_groups(&tokens, &heads, &mut labels);
    (0..n)
        .map(|i| DepToken {
            word: tokens.words[i].clone(),
            tag: tokens.tags[i].clone(),
            head: heads[i],
            label: labels[i].clone(),
        })
        .collect()
}
