//! Dependency labels from the configuration: the parent's category, the head
//! child, the dependent child and which side of the head it stands on.
//! Labels are the ClearNLP/spaCy English set (`nsubj`, `dobj`, `prep`, ...).
//! Passive and negation labels are set afterwards by the converter, once the
//! whole verb group is known.

use super::convert::{Node, Tokens};
use super::headrules::is_copula_word;

/// Punctuation tags of the Penn Treebank (and CoreNLP's extras).
pub(super) fn is_punct_tag(tag: &str) -> bool {
    matches!(
        tag,
        "," | "." | ":" | "``" | "''" | "-LRB-" | "-RRB-" | "HYPH" | "NFP" | "(" | ")" | "\"" | "#"
    )
}

fn is_verb_tag(tag: &str) -> bool {
    matches!(
        tag,
        "VB" | "VBD" | "VBG" | "VBN" | "VBP" | "VBZ" | "MD" | "TO"
    )
}

fn is_nominal(cat: &str) -> bool {
    matches!(
        cat,
        "NP" | "NML"
            | "NX"
            | "NAC"
            | "WHNP"
            | "NN"
            | "NNS"
            | "NNP"
            | "NNPS"
            | "PRP"
            | "EX"
            | "WP"
            | "FW"
    )
}

fn is_np_parent(cat: &str) -> bool {
    matches!(cat, "NP" | "NML" | "NX" | "NAC" | "WHNP")
}

fn is_clause_parent(cat: &str) -> bool {
    matches!(cat, "S" | "SINV" | "SQ" | "SBARQ" | "ROOT" | "RRC")
}

/// Nouns that make a bare NP a temporal modifier (`said Wednesday`).
fn is_temporal_noun(lower: &str) -> bool {
    matches!(
        lower,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "tonight"
            | "weekend"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "week"
            | "month"
            | "year"
            | "years"
            | "months"
            | "weeks"
            | "days"
            | "day"
            | "time"
            | "times"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "ago"
            | "hours"
            | "minutes"
    )
}

/// A temporal NP used as an adverb (`said Wednesday`, `left last week`), not
/// an object (`halted his march`, `celebrate May Day`).
fn is_bare_temporal(np: &Node, tokens: &Tokens) -> bool {
    let word = tokens.lower(np.lex);
    if !is_temporal_noun(&word) {
        return false;
    }
    let tag = tokens.tag(np.lex);
    let proper_ok = !tag.starts_with("NNP")
        || matches!(
            word.as_str(),
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        );
    let possessed = np
        .children
        .iter()
        .any(|c| matches!(c.cat.as_str(), "PRP$" | "WP$") || c.is_possessive());
    tag.starts_with("NN") && proper_ok && !possessed
}

/// True when a clause (`S`) has its own subject before its verb phrase.
fn has_subject(clause: &Node) -> bool {
    let Some(vp) = clause.children.iter().position(|c| c.cat == "VP") else {
        return clause.children.iter().any(|c| c.cat == "NP");
    };
    clause.children[..vp]
        .iter()
        .any(|c| is_nominal(&c.cat) && !c.has_func("TMP") && !c.has_func("ADV"))
}

/// True when a clause lacks its subject or its verb's object (`that Russia
/// sent`), as a relative clause does; false for a complete clause (`the claim
/// that it played a role`).
fn has_gap(clause: &Node) -> bool {
    if !has_subject(clause) {
        return true;
    }
    let Some(mut vp) = clause.children.iter().find(|c| c.cat == "VP") else {
        return true;
    };
    // Go down the verb group (`had (VP played ...)`) to the main verb's VP.
    while let Some(inner) = vp.children.iter().find(|c| c.cat == "VP") {
        vp = inner;
    }
    let complete = vp
        .children
        .iter()
        .any(|c| matches!(c.cat.as_str(), "NP" | "S" | "SBAR" | "ADJP") && !c.has_func("TMP"));
    !complete
}

/// The clause inside an SBAR (or the node itself when it is a clause).
fn inner_clause(node: &Node) -> Option<&Node> {
    match node.cat.as_str() {
        "S" | "SQ" | "SINV" => Some(node),
        "SBAR" => node
            .children
            .iter()
            .find(|c| matches!(c.cat.as_str(), "S" | "SQ" | "SINV")),
        _ => None,
    }
}

/// The complementizer of an SBAR, lower-cased (`that`, `because`, `what`), or
/// empty when there is none.
fn complementizer(sbar: &Node, tokens: &Tokens) -> String {
    sbar.children
        .iter()
        .find(|c| !matches!(c.cat.as_str(), "S" | "SQ" | "SINV") && !c.is_punct())
        .and_then(Node::first_token)
        .map(|t| tokens.lower(t))
        .unwrap_or_default()
}

fn starts_with_wh(sbar: &Node) -> bool {
    sbar.children
        .first()
        .is_some_and(|c| c.cat.starts_with("WH"))
}

/// Label of an NP (or noun) dependent.
fn nominal_label(parent: &Node, head: usize, dep: usize, tokens: &Tokens) -> &'static str {
    let kids = &parent.children;
    let d = &kids[dep];
    let before = dep < head;
    let dep_word = tokens.lower(d.lex);
    if d.has_func("TMP") || d.has_func("ADV") || d.has_func("EXT") {
        return "npadvmod";
    }
    let pcat = parent.cat.as_str();
    if is_np_parent(pcat) {
        if d.is_possessive() {
            return "poss";
        }
        if before {
            return if d.cat == "PRP" { "poss" } else { "compound" };
        }
        let comma_between = kids
            .get(head + 1..dep)
            .unwrap_or_default()
            .iter()
            .any(|c| c.is_punct() || c.cat == "PRN");
        if comma_between || d.cat == "NP" && kids[head].cat == "NP" {
            return if is_temporal_noun(&dep_word) && !comma_between {
                "npadvmod"
            } else {
                "appos"
            };
        }
        return "compound";
    }
    if is_clause_parent(pcat) {
        if d.cat == "EX" || tokens.tag(d.lex) == "EX" {
            return "expl";
        }
        // The subject is the nominal nearest before the head (after it in SINV).
        let subject = if pcat == "SINV" {
            (head + 1..kids.len()).find(|&i| is_nominal(&kids[i].cat))
        } else {
            (0..head).rev().find(|&i| {
                is_nominal(&kids[i].cat) && !kids[i].has_func("TMP") && !kids[i].has_func("ADV")
            })
        };
        if subject == Some(dep) {
            return if is_temporal_noun(&dep_word)
                && kids.len() > 2
                && dep == 0
                && has_comma_after(kids, dep)
            {
                "npadvmod"
            } else {
                "nsubj"
            };
        }
        return "npadvmod";
    }
    match pcat {
        "VP" => {
            if before {
                return "npadvmod";
            }
            let head_word = tokens.lower(kids[head].lex);
            if kids[head].token.is_some() && is_copula_word(&head_word) {
                return "attr";
            }
            if is_bare_temporal(d, tokens) {
                return "npadvmod";
            }
            let objects: Vec<usize> = (head + 1..kids.len())
                .filter(|&i| {
                    is_nominal(&kids[i].cat) && !kids[i].has_func("TMP") && !kids[i].has_func("ADV")
                })
                .collect();
            if objects.len() >= 2 && objects[0] == dep {
                "dative"
            } else {
                "dobj"
            }
        }
        "PP" | "WHPP" => {
            if before {
                "npadvmod"
            } else {
                "pobj"
            }
        }
        "ADJP" | "ADVP" | "WHADJP" | "WHADVP" | "SBAR" => {
            if before {
                "npadvmod"
            } else {
                "pobj"
            }
        }
        "QP" => "quantmod",
        "PRN" => "appos",
        _ => "dep",
    }
}

fn has_comma_after(kids: &[Node], i: usize) -> bool {
    kids.get(i + 1).is_some_and(|c| c.cat == ",")
}

/// Label of a clausal dependent (S, SBAR, SINV, SQ, VP, FRAG).
fn clausal_label(parent: &Node, head: usize, dep: usize, tokens: &Tokens) -> &'static str {
    let kids = &parent.children;
    let d = &kids[dep];
    let before = dep < head;
    let pcat = parent.cat.as_str();
    match d.cat.as_str() {
        "SBAR" => {
            let comp = complementizer(d, tokens);
            let wh = starts_with_wh(d);
            if is_np_parent(pcat) {
                let gapped = inner_clause(d).is_none_or(has_gap);
                return if wh || (comp.is_empty() || comp == "that") && gapped {
                    "relcl"
                } else {
                    "acl"
                };
            }
            if matches!(pcat, "PP" | "WHPP") {
                return "pcomp";
            }
            let complement = comp.is_empty()
                || matches!(
                    comp.as_str(),
                    "that" | "whether" | "what" | "who" | "whom" | "which" | "how" | "why"
                );
            if matches!(pcat, "VP" | "ADJP") && !before && complement {
                return "ccomp";
            }
            if wh && matches!(comp.as_str(), "what" | "who" | "whom") {
                return "ccomp";
            }
            "advcl"
        }
        "VP" => match pcat {
            p if is_np_parent(p) => "acl",
            "PP" | "WHPP" => "pcomp",
            "VP" if is_verb_tag(tokens.tag(d.lex)) => "xcomp",
            "VP" => "acomp",
            _ => "advcl",
        },
        "FRAG" | "SQ" | "SBARQ" | "SINV" if pcat != "VP" => "dep",
        _ => {
            // S (and SINV/SQ under a VP)
            let subject = inner_clause(d).is_some_and(has_subject);
            match pcat {
                p if is_np_parent(p) => "acl",
                "PP" | "WHPP" => "pcomp",
                "ADJP" => "xcomp",
                "VP" => {
                    // `held talks ..., offering aid`: a subjectless clause set
                    // off by a comma is adverbial.
                    let comma_before = kids
                        .get(head + 1..dep)
                        .is_some_and(|between| between.iter().any(Node::is_punct));
                    if before || !subject && comma_before {
                        "advcl"
                    } else if subject {
                        "ccomp"
                    } else {
                        "xcomp"
                    }
                }
                _ => {
                    if subject {
                        "ccomp"
                    } else {
                        "advcl"
                    }
                }
            }
        }
    }
}

/// The label of child `dep` of `parent`, whose head child is `head`.
pub(super) fn dependent_label(
    parent: &Node,
    head: usize,
    dep: usize,
    tokens: &Tokens,
) -> &'static str {
    let kids = &parent.children;
    let d = &kids[dep];
    let pcat = parent.cat.as_str();
    let before = dep < head;
    let lower = tokens.lower(d.lex);
    if d.is_punct() {
        return "punct";
    }
    match d.cat.as_str() {
        "CC" => {
            if matches!(lower.as_str(), "both" | "either" | "neither") {
                "preconj"
            } else {
                "cc"
            }
        }
        "CONJP" => "cc",
        "DT" | "WDT" => {
            if pcat == "SBAR" {
                "mark"
            } else if pcat == "QP" {
                "quantmod"
            } else if matches!(lower.as_str(), "all" | "both" | "half" | "such")
                && kids
                    .get(dep + 1)
                    .is_some_and(|n| matches!(n.cat.as_str(), "DT" | "PRP$"))
            {
                "predet"
            } else if is_clause_parent(pcat) && before {
                "nsubj"
            } else if pcat == "VP" && !before {
                "dobj"
            } else {
                "det"
            }
        }
        "PDT" => "predet",
        "PRP$" | "WP$" => "poss",
        "POS" => "case",
        "JJ" | "JJR" | "JJS" | "ADJP" | "WHADJP" => match pcat {
            "VP" if !before => "acomp",
            "QP" => "quantmod",
            p if is_clause_parent(p) => {
                if before {
                    "advcl"
                } else {
                    "acomp"
                }
            }
            _ => "amod",
        },
        "CD" | "QP" => match pcat {
            "QP" => {
                if d.cat == "CD" && before {
                    "compound"
                } else {
                    "quantmod"
                }
            }
            "VP" if !before => "dobj",
            "PP" if !before => "pobj",
            _ => "nummod",
        },
        "RB" | "RBR" | "RBS" | "ADVP" | "WRB" | "WHADVP" => {
            if matches!(lower.as_str(), "not" | "n't" | "never") {
                "neg"
            } else if pcat == "QP" {
                "quantmod"
            } else {
                "advmod"
            }
        }
        "IN" => match pcat {
            "SBAR" => "mark",
            "QP" => "quantmod",
            p if is_clause_parent(p)
                && kids.get(dep + 1).is_some_and(|n| n.cat.starts_with('S')) =>
            {
                "mark"
            }
            "PP" if before => "advmod",
            _ => "prep",
        },
        "TO" => match pcat {
            "QP" => "quantmod",
            "VP" => "aux",
            _ => "prep",
        },
        "MD" => "aux",
        "VB" | "VBD" | "VBG" | "VBN" | "VBP" | "VBZ" => match pcat {
            "VP" | "SQ" | "SINV" if before => "aux",
            p if is_np_parent(p) => {
                if before {
                    "amod"
                } else {
                    "acl"
                }
            }
            "ADJP" => "amod",
            _ => "dep",
        },
        "RP" | "PRT" => "prt",
        "UH" | "INTJ" => "intj",
        "PP" | "WHPP" => "prep",
        "PRN" => prn_label(parent, head, dep, tokens),
        "UCP" => d
            .children
            .iter()
            .position(|c| !c.is_punct())
            .map_or("dep", |first| {
                conjunct_label(parent, head, dep, first, tokens)
            }),
        "S" | "SBAR" | "SINV" | "SQ" | "SBARQ" | "VP" | "FRAG" => {
            clausal_label(parent, head, dep, tokens)
        }
        "$" => {
            if is_np_parent(pcat) {
                "nmod"
            } else {
                "quantmod"
            }
        }
        "LS" | "LST" => "meta",
        c if is_nominal(c) || c == "WP" => {
            if pcat == "SBAR" && (d.cat.starts_with("WH") || c == "WP") {
                wh_label(parent, head)
            } else {
                nominal_label(parent, head, dep, tokens)
            }
        }
        _ => "dep",
    }
}

/// A WH word fronted in an SBAR: subject when the clause lacks one, else object.
fn wh_label(sbar: &Node, head: usize) -> &'static str {
    if has_subject(&sbar.children[head]) {
        "dobj"
    } else {
        "nsubj"
    }
}

/// A parenthetical takes the label its content would have (an NP in
/// parentheses after a noun is an apposition).
fn prn_label(parent: &Node, head: usize, dep: usize, tokens: &Tokens) -> &'static str {
    let d = &parent.children[dep];
    let Some(inner) = d.children.iter().position(|c| !c.is_punct()) else {
        return "punct";
    };
    if is_np_parent(&parent.cat) && is_nominal(&d.children[inner].cat) {
        return "appos";
    }
    conjunct_label(parent, head, dep, inner, tokens)
}

/// The label child `dep` would get if it were its own child `inner`.
fn conjunct_label(
    parent: &Node,
    head: usize,
    dep: usize,
    inner: usize,
    tokens: &Tokens,
) -> &'static str {
    let mut substitute = parent.clone();
    let mut replacement = parent.children[dep].children[inner].clone();
    replacement.lex = parent.children[dep].lex;
    substitute.children[dep] = replacement;
    dependent_label(&substitute, head, dep, tokens)
}
