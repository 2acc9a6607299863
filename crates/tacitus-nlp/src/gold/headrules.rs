//! Head rules: which child of a constituent is its head.
//!
//! Collins/Magerman rules (as in Collins 1999 and Stanford's
//! ModCollinsHeadFinder) changed to the ClearNLP/spaCy conventions our parser
//! is trained on: the main verb heads a verb group (auxiliaries, modals and
//! infinitival `to` are its dependents) except that a copula with a nominal or
//! adjectival predicate heads its clause; a clause heads its SBAR (the
//! complementizer becomes `mark`); a preposition heads its PP; a possessive
//! `'s` never heads its NP.

use super::convert::{Node, Tokens};

#[derive(Clone, Copy)]
enum Dir {
    LeftToRight,
    RightToLeft,
}

/// Searches `among` (child indexes) in `dir` for the first child whose
/// category is in `cats`; with `by_category_first`, every child is tried for
/// the first category before the next category (Collins' per-category scan).
fn search(children: &[Node], among: &[usize], dir: Dir, cats: &[&str]) -> Option<usize> {
    let ordered: Vec<usize> = match dir {
        Dir::LeftToRight => among.to_vec(),
        Dir::RightToLeft => among.iter().rev().copied().collect(),
    };
    for cat in cats {
        if let Some(&i) = ordered.iter().find(|&&i| children[i].cat == *cat) {
            return Some(i);
        }
    }
    None
}

/// Like [`search`] but takes the first child (in `dir`) whose category is any
/// of `cats` (Collins' NP noun scan).
fn search_any(children: &[Node], among: &[usize], dir: Dir, cats: &[&str]) -> Option<usize> {
    let pick = |&&i: &&usize| cats.contains(&children[i].cat.as_str());
    match dir {
        Dir::LeftToRight => among.iter().find(pick).copied(),
        Dir::RightToLeft => among.iter().rev().find(pick).copied(),
    }
}

fn first_non_punct(children: &[Node], among: &[usize], dir: Dir) -> usize {
    let pick = |&&i: &&usize| !children[i].is_punct();
    let found = match dir {
        Dir::LeftToRight => among.iter().find(pick),
        Dir::RightToLeft => among.iter().rev().find(pick),
    };
    found.or(among.first()).copied().unwrap_or(0)
}

const VERB_TAGS: &[&str] = &["VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "TO"];
const NOUN_TAGS: &[&str] = &["NN", "NNP", "NNPS", "NNS", "NML", "NX", "JJR"];

/// Words that can be auxiliaries when followed by a VP complement.
pub(super) fn is_aux_word(lower: &str) -> bool {
    is_copula_word(lower)
        || matches!(
            lower,
            "have"
                | "has"
                | "had"
                | "having"
                | "'ve"
                | "'d"
                | "do"
                | "does"
                | "did"
                | "get"
                | "gets"
                | "got"
                | "gotten"
                | "getting"
                | "will"
                | "would"
                | "shall"
                | "should"
                | "can"
                | "could"
                | "may"
                | "might"
                | "must"
                | "'ll"
                | "wo"
                | "ca"
                | "to"
                | "ought"
        )
}

/// Forms of `be`.
pub(super) fn is_copula_word(lower: &str) -> bool {
    matches!(
        lower,
        "be" | "is" | "are" | "was" | "were" | "been" | "being" | "am" | "'s" | "'re" | "'m" | "ai"
    )
}

/// Index (into `children`) of the head among the children listed in `among`.
/// `cat` is the category of the parent. `among` is never empty.
pub(super) fn head_child(cat: &str, children: &[Node], among: &[usize], tokens: &Tokens) -> usize {
    use Dir::*;
    let found = match cat {
        "NP" | "NML" | "NX" | "NAC" | "WHNP" => np_head(children, among),
        "VP" => vp_head(children, among, tokens),
        "S" | "SQ" => reporting_clause(children, among)
            .or_else(|| {
                search(
                    children,
                    among,
                    LeftToRight,
                    &["VP", "S", "SQ", "SINV", "SBAR", "ADJP", "UCP", "NP", "FRAG"],
                )
            })
            .or_else(|| search(children, among, LeftToRight, VERB_TAGS)),
        "SINV" => search(
            children,
            among,
            LeftToRight,
            &[
                "VP", "VBZ", "VBD", "VBP", "VB", "MD", "S", "SINV", "ADJP", "NP",
            ],
        ),
        "SBAR" => search(
            children,
            among,
            LeftToRight,
            &["S", "SQ", "SINV", "SBAR", "FRAG", "VP"],
        ),
        "SBARQ" => search(
            children,
            among,
            LeftToRight,
            &["SQ", "S", "SINV", "SBARQ", "FRAG", "VP"],
        ),
        "PP" | "WHPP" => search_any(children, among, RightToLeft, &["IN", "TO"])
            .or_else(|| {
                search(
                    children,
                    among,
                    RightToLeft,
                    &["VBG", "VBN", "RP", "FW", "JJ"],
                )
            })
            .or_else(|| search(children, among, LeftToRight, &["PP"])),
        "ADJP" | "WHADJP" => search(
            children,
            among,
            LeftToRight,
            &[
                "NNS", "NN", "$", "JJ", "QP", "VBN", "VBG", "ADJP", "JJR", "JJS", "NP", "DT", "FW",
                "RBR", "RBS", "SBAR", "RB",
            ],
        ),
        "ADVP" | "WHADVP" => search(
            children,
            among,
            RightToLeft,
            &[
                "RB", "RBR", "RBS", "WRB", "FW", "ADVP", "TO", "CD", "JJR", "JJ", "IN", "NP",
                "JJS", "NN",
            ],
        ),
        "QP" => search_any(children, among, RightToLeft, &["CD"]).or_else(|| {
            search(
                children,
                among,
                RightToLeft,
                &["$", "NNS", "NN", "JJ", "QP"],
            )
        }),
        "PRT" => search(children, among, RightToLeft, &["RP"]),
        "CONJP" => search(children, among, RightToLeft, &["CC", "RB", "IN"]),
        "INTJ" | "PRN" | "FRAG" | "X" | "UCP" => None,
        "LST" => search(children, among, RightToLeft, &["LS", ":"]),
        "RRC" => search(
            children,
            among,
            RightToLeft,
            &["VP", "NP", "ADVP", "ADJP", "PP"],
        ),
        "ROOT" => search(
            children,
            among,
            LeftToRight,
            &["S", "SINV", "SQ", "SBARQ", "VP", "NP", "FRAG", "X"],
        ),
        _ => None,
    };
    found.unwrap_or_else(|| {
        first_non_punct(
            children,
            among,
            if cat == "FRAG" {
                RightToLeft
            } else {
                LeftToRight
            },
        )
    })
}

/// `(S (S Rebels attacked ...) (, ,) (S (NP officials) (VP said)) (. .))`: in
/// a clause made of clauses, a last clause whose verb has no complement of
/// its own is the reporting clause and heads (the first becomes its `ccomp`).
fn reporting_clause(children: &[Node], among: &[usize]) -> Option<usize> {
    if among.iter().any(|&i| children[i].cat == "VP") {
        return None;
    }
    let clauses: Vec<usize> = among
        .iter()
        .copied()
        .filter(|&i| children[i].cat == "S")
        .collect();
    let (&first, &last) = (clauses.first()?, clauses.last()?);
    if first == last {
        return None;
    }
    let vp = children[last].children.iter().find(|c| c.cat == "VP")?;
    let bare = vp.children.iter().all(|c| {
        VERB_TAGS.contains(&c.cat.as_str())
            || c.is_punct()
            || matches!(c.cat.as_str(), "PP" | "ADVP" | "RB")
            || (c.cat == "NP" && c.has_func("TMP"))
    });
    bare.then_some(last)
}

/// Collins' NP rule without the possessive `POS` as head.
fn np_head(children: &[Node], among: &[usize]) -> Option<usize> {
    use Dir::*;
    let content: Vec<usize> = among
        .iter()
        .copied()
        .filter(|&i| children[i].cat != "POS")
        .collect();
    let among = if content.is_empty() { among } else { &content };
    search_any(children, among, RightToLeft, NOUN_TAGS)
        .or_else(|| search(children, among, LeftToRight, &["NP", "WHNP"]))
        .or_else(|| search_any(children, among, RightToLeft, &["$", "ADJP", "PRN"]))
        .or_else(|| search(children, among, RightToLeft, &["CD"]))
        .or_else(|| {
            search_any(
                children,
                among,
                RightToLeft,
                &["PRP", "EX", "WP", "WDT", "FW"],
            )
        })
        .or_else(|| {
            search_any(
                children,
                among,
                RightToLeft,
                &["JJ", "JJS", "RB", "QP", "DT"],
            )
        })
        .or_else(|| {
            among
                .iter()
                .rev()
                .find(|&&i| !children[i].is_punct())
                .copied()
        })
}

/// The main verb heads a VP; an auxiliary (modal, `to`, a form of
/// be/have/do/get) followed by a VP complement does not.
fn vp_head(children: &[Node], among: &[usize], tokens: &Tokens) -> Option<usize> {
    use Dir::*;
    // The VP complement heads only when it is headed by a verb: in the
    // gold trees' `(VP (VBZ is) (VP (IN about) (S ...)))` the copula heads.
    let verbal_vp =
        |i: usize| children[i].cat == "VP" && VERB_TAGS.contains(&tokens.tag(children[i].lex));
    if let Some(pos) = among.iter().position(|&i| verbal_vp(i)) {
        let before = &among[..pos];
        let all_aux = before.iter().all(|&i| {
            let child = &children[i];
            !VERB_TAGS.contains(&child.cat.as_str()) || is_aux_word(&tokens.lower(child.lex))
        });
        if all_aux {
            return Some(among[pos]);
        }
    }
    search(
        children,
        among,
        LeftToRight,
        &["VBD", "VBN", "VBZ", "VB", "VBG", "VBP", "MD", "TO"],
    )
    .or_else(|| {
        search(
            children,
            among,
            LeftToRight,
            &["VP", "ADJP", "NN", "NNS", "NP", "JJ"],
        )
    })
}
