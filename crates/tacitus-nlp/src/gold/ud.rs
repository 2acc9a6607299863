//! Universal Dependencies trees restructured to the ClearNLP/spaCy style the
//! rest of the pipeline expects (UDPipe and Stanza output UD).
//!
//! What changes: prepositions head their objects (UD `case` becomes `prep`
//! over a `pobj`; `by` under a passive becomes `agent`), the copula heads a
//! nominal or adjectival predicate (`attr`, `acomp`) and takes over the
//! subject, auxiliaries, marker and punctuation, infinitival `to` is `aux`,
//! a flat name (`flat`, `name`) is headed by its last word with `compound`
//! before it, and labels are renamed (`obj` -> `dobj`, `iobj` -> `dative`,
//! `nsubj:pass` -> `nsubjpass`, `nmod:poss` -> `poss`, `acl:relcl` ->
//! `relcl`, ...). A label with no spaCy counterpart becomes `dep`.

use tacitus_core::AnalyzedToken;

/// True when the labels are Universal Dependencies rather than ClearNLP
/// (`root` in lower case, or a label only UD uses).
pub fn looks_like_ud(tokens: &[AnalyzedToken]) -> bool {
    tokens.iter().any(|t| {
        t.dep.contains(':')
            || matches!(
                t.dep.as_str(),
                "root"
                    | "obj"
                    | "obl"
                    | "cop"
                    | "flat"
                    | "fixed"
                    | "name"
                    | "iobj"
                    | "nmod"
                    | "mwe"
                    | "compound:prt"
            )
    })
}

fn children(tokens: &[AnalyzedToken], head: usize) -> Vec<usize> {
    (0..tokens.len())
        .filter(|&i| tokens[i].head == Some(head))
        .collect()
}

fn is_adjectival_tag(tag: &str) -> bool {
    tag.starts_with("JJ") || matches!(tag, "ADJ" | "VBN")
}

fn is_preposition_tag(tag: &str) -> bool {
    matches!(tag, "IN" | "TO" | "RP" | "ADP")
}

/// Puts `new_head` in the place of `old` (same head and label) and hangs
/// `old` under it with `label`.
fn promote(tokens: &mut [AnalyzedToken], old: usize, new_head: usize, label: &str) {
    tokens[new_head].head = tokens[old].head;
    tokens[new_head].dep = tokens[old].dep.clone();
    tokens[old].head = Some(new_head);
    tokens[old].dep = label.to_string();
}

/// Copula as head: `Kabul is the capital` -> `is` heads `capital` (`attr`).
fn raise_copulas(tokens: &mut [AnalyzedToken]) {
    for cop in 0..tokens.len() {
        if tokens[cop].dep != "cop" {
            continue;
        }
        let Some(pred) = tokens[cop].head else {
            continue;
        };
        let label = if is_adjectival_tag(&tokens[pred].tag) {
            "acomp"
        } else {
            "attr"
        };
        promote(tokens, pred, cop, label);
        for child in children(tokens, pred) {
            let dep = tokens[child].dep.as_str();
            let base = dep.split(':').next().unwrap_or(dep);
            let moves = matches!(
                base,
                "nsubj"
                    | "csubj"
                    | "expl"
                    | "aux"
                    | "mark"
                    | "punct"
                    | "advcl"
                    | "parataxis"
                    | "discourse"
                    | "neg"
            ) || base == "advmod"
                && (child < cop
                    || matches!(
                        tokens[child].text.to_lowercase().as_str(),
                        "not" | "n't" | "never"
                    ));
            if moves {
                tokens[child].head = Some(cop);
            }
        }
    }
}

/// Prepositions as heads: `in Kabul` (`Kabul` obl, `in` case) -> `in` prep,
/// `Kabul` pobj; `by promoting` (mark + VBG) likewise with `pcomp`.
fn raise_prepositions(tokens: &mut [AnalyzedToken]) {
    for marker in 0..tokens.len() {
        let Some(object) = tokens[marker].head else {
            continue;
        };
        let tag = tokens[marker].tag.as_str();
        let is_case = tokens[marker].dep == "case" && is_preposition_tag(tag) && marker < object;
        let gerund = tokens[marker].dep == "mark"
            && tag == "IN"
            && tokens[object].tag == "VBG"
            && !children(tokens, object)
                .iter()
                .any(|&c| tokens[c].dep.starts_with("nsubj"));
        if !(is_case || gerund) || tokens[object].head.is_none() {
            continue;
        }
        // Only the first preposition of the object moves up (`out of`: `of`
        // stays a dependent of `out`'s object chain).
        let first = children(tokens, object)
            .into_iter()
            .find(|&c| tokens[c].dep == tokens[marker].dep && c < object);
        if first != Some(marker) {
            continue;
        }
        promote(
            tokens,
            object,
            marker,
            if gerund { "pcomp" } else { "pobj" },
        );
        tokens[marker].dep = "prep".into();
    }
}

/// `Minas Tirith` as `flat`/`name` headed by `Minas` -> `Tirith` heads.
fn last_word_heads_names(tokens: &mut [AnalyzedToken]) {
    for first in 0..tokens.len() {
        let parts: Vec<usize> = children(tokens, first)
            .into_iter()
            .filter(|&c| {
                c > first && matches!(tokens[c].dep.as_str(), "flat" | "flat:name" | "name")
            })
            .collect();
        let Some(&last) = parts.last() else { continue };
        let others = children(tokens, first);
        promote(tokens, first, last, "compound");
        for child in others {
            if child != last {
                let name_part = parts.contains(&child);
                tokens[child].head = Some(last);
                if name_part {
                    tokens[child].dep = "compound".into();
                }
            }
        }
    }
}

fn is_reporting_verb(lower: &str) -> bool {
    matches!(
        lower,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "reported"
            | "reports"
            | "added"
            | "adds"
            | "announced"
            | "stated"
            | "claimed"
            | "claims"
            | "insisted"
            | "warned"
            | "noted"
            | "confirmed"
            | "explained"
    )
}

/// `Arnor will act, an official said.`: UD makes `said` a `parataxis` of
/// `act`; spaCy makes `said` the root and `act` its `ccomp`.
fn reporting_clause_heads(tokens: &mut [AnalyzedToken]) {
    let Some(root) = tokens.iter().position(|t| t.head.is_none()) else {
        return;
    };
    let reporting = children(tokens, root).into_iter().find(|&p| {
        p > root
            && tokens[p].dep == "parataxis"
            && is_reporting_verb(&tokens[p].text.to_lowercase())
            && children(tokens, p)
                .iter()
                .any(|&c| tokens[c].dep.starts_with("nsubj"))
            && !children(tokens, p)
                .iter()
                .any(|&c| matches!(tokens[c].dep.as_str(), "ccomp" | "obj" | "dobj"))
    });
    let Some(said) = reporting else { return };
    tokens[said].head = None;
    tokens[said].dep = "root".into();
    tokens[root].head = Some(said);
    tokens[root].dep = "ccomp".into();
    // Punctuation after the reporting verb goes with it (keeps arcs from crossing).
    for child in children(tokens, root) {
        if child > said && tokens[child].dep == "punct" {
            tokens[child].head = Some(said);
        }
    }
}

fn rename(dep: &str, lower: &str) -> &'static str {
    match dep {
        "ROOT" | "root" => "ROOT",
        "obj" | "dobj" => "dobj",
        "iobj" => "dative",
        "nsubj" => "nsubj",
        "nsubj:pass" | "nsubjpass" => "nsubjpass",
        "csubj" => "csubj",
        "csubj:pass" | "csubjpass" => "csubjpass",
        "aux:pass" | "auxpass" => "auxpass",
        "aux" => "aux",
        "nmod:poss" | "poss" => "poss",
        "acl:relcl" | "relcl" => "relcl",
        "acl" => "acl",
        "compound:prt" | "prt" => "prt",
        "det:predet" | "predet" => "predet",
        "cc:preconj" | "preconj" => "preconj",
        "nmod:npmod" | "obl:npmod" | "nmod:tmod" | "obl:tmod" | "npadvmod" | "vocative" | "obl"
        | "nmod" => "npadvmod",
        "flat" | "flat:name" | "name" | "compound" => "compound",
        "discourse" | "intj" => "intj",
        "advmod" | "neg" if matches!(lower, "not" | "n't" | "never") => "neg",
        "neg" | "advmod" => "advmod",
        "nummod" => "nummod",
        "amod" => "amod",
        "det" => "det",
        "mark" => "mark",
        "cc" => "cc",
        "conj" => "conj",
        "punct" => "punct",
        "appos" => "appos",
        "expl" => "expl",
        "case" => "case",
        "advcl" => "advcl",
        "ccomp" => "ccomp",
        "xcomp" => "xcomp",
        "parataxis" => "parataxis",
        "prep" => "prep",
        "pobj" => "pobj",
        "pcomp" => "pcomp",
        "agent" => "agent",
        "attr" => "attr",
        "acomp" => "acomp",
        "dative" => "dative",
        "quantmod" => "quantmod",
        "oprd" => "oprd",
        "meta" => "meta",
        _ => "dep",
    }
}

/// Restructures a UD-labelled sentence in place to ClearNLP/spaCy style.
/// The result is a tree whenever the input is one.
pub fn to_clear_style(tokens: &mut [AnalyzedToken]) {
    let original: Vec<AnalyzedToken> = tokens.to_vec();
    last_word_heads_names(tokens);
    reporting_clause_heads(tokens);
    raise_copulas(tokens);
    raise_prepositions(tokens);
    for t in tokens.iter_mut() {
        if t.dep == "mark" && t.tag == "TO" {
            t.dep = "aux".into();
        }
        let lower = t.text.to_lowercase();
        t.dep = if t.head.is_none() {
            "ROOT".into()
        } else {
            rename(&t.dep, &lower).into()
        };
    }
    // A preposition under a passive verb introducing its agent.
    for i in 0..tokens.len() {
        let Some(verb) = tokens[i].head else { continue };
        if tokens[i].dep == "prep" && tokens[i].text.eq_ignore_ascii_case("by") {
            let passive = children(tokens, verb)
                .iter()
                .any(|&c| matches!(tokens[c].dep.as_str(), "auxpass" | "nsubjpass"));
            if passive {
                tokens[i].dep = "agent".into();
            }
        }
    }
    let sentence = tacitus_core::AnalyzedSentence {
        index: 0,
        span: tacitus_core::Span::default(),
        tokens: tokens.to_vec(),
    };
    if !sentence.is_well_formed() {
        // Cannot happen for a tree input; keep the input's structure then.
        for (t, o) in tokens.iter_mut().zip(original) {
            let lower = o.text.to_lowercase();
            t.head = o.head;
            t.dep = if o.head.is_none() {
                "ROOT".into()
            } else {
                rename(&o.dep, &lower).into()
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tok(text: &str, tag: &str, head: Option<usize>, dep: &str) -> AnalyzedToken {
        AnalyzedToken {
            text: text.into(),
            span: tacitus_core::Span::default(),
            tag: tag.into(),
            lemma: text.to_lowercase(),
            head,
            dep: dep.into(),
        }
    }

    fn shape(tokens: &[AnalyzedToken]) -> Vec<(String, String, String)> {
        tokens
            .iter()
            .map(|t| {
                let head = t.head.map_or(String::new(), |h| tokens[h].text.clone());
                (t.text.clone(), head, t.dep.clone())
            })
            .collect()
    }

    fn expect(tokens: &[AnalyzedToken], expected: &[(&str, &str, &str)]) {
        let got = shape(tokens);
        let want: Vec<(String, String, String)> = expected
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn prepositions_copulas_and_passives() {
        // UD: "The embassy was attacked by rebels in Kabul"
        let mut t = vec![
            tok("The", "DT", Some(1), "det"),
            tok("embassy", "NN", Some(3), "nsubj:pass"),
            tok("was", "VBD", Some(3), "aux:pass"),
            tok("attacked", "VBN", None, "root"),
            tok("by", "IN", Some(5), "case"),
            tok("rebels", "NNS", Some(3), "obl"),
            tok("in", "IN", Some(7), "case"),
            tok("Kabul", "NNP", Some(3), "obl"),
        ];
        assert!(looks_like_ud(&t));
        to_clear_style(&mut t);
        expect(
            &t,
            &[
                ("The", "embassy", "det"),
                ("embassy", "attacked", "nsubjpass"),
                ("was", "attacked", "auxpass"),
                ("attacked", "", "ROOT"),
                ("by", "attacked", "agent"),
                ("rebels", "by", "pobj"),
                ("in", "attacked", "prep"),
                ("Kabul", "in", "pobj"),
            ],
        );

        // UD: "Kabul is not the capital ."
        let mut t = vec![
            tok("Kabul", "NNP", Some(4), "nsubj"),
            tok("is", "VBZ", Some(4), "cop"),
            tok("not", "RB", Some(4), "advmod"),
            tok("the", "DT", Some(4), "det"),
            tok("capital", "NN", None, "root"),
            tok(".", ".", Some(4), "punct"),
        ];
        to_clear_style(&mut t);
        expect(
            &t,
            &[
                ("Kabul", "is", "nsubj"),
                ("is", "", "ROOT"),
                ("not", "is", "neg"),
                ("the", "capital", "det"),
                ("capital", "is", "attr"),
                (".", "is", "punct"),
            ],
        );
    }

    #[test]
    fn reporting_verb_becomes_root() {
        // UD: "Arnor will act , officials said ."
        let mut t = vec![
            tok("Arnor", "NNP", Some(2), "nsubj"),
            tok("will", "MD", Some(2), "aux"),
            tok("act", "VB", None, "root"),
            tok(",", ",", Some(2), "punct"),
            tok("officials", "NNS", Some(5), "nsubj"),
            tok("said", "VBD", Some(2), "parataxis"),
            tok(".", ".", Some(2), "punct"),
        ];
        to_clear_style(&mut t);
        expect(
            &t,
            &[
                ("Arnor", "act", "nsubj"),
                ("will", "act", "aux"),
                ("act", "said", "ccomp"),
                (",", "act", "punct"),
                ("officials", "said", "nsubj"),
                ("said", "", "ROOT"),
                (".", "said", "punct"),
            ],
        );
    }

    #[test]
    fn names_infinitives_and_renames() {
        // UD v1 style: "Minas Tirith" with the first word as head, "to" as mark.
        let mut t = vec![
            tok("Elves", "NNS", Some(1), "nsubj"),
            tok("want", "VBP", None, "root"),
            tok("to", "TO", Some(3), "mark"),
            tok("see", "VB", Some(1), "xcomp"),
            tok("Minas", "NNP", Some(3), "obj"),
            tok("Tirith", "NNP", Some(4), "flat"),
        ];
        to_clear_style(&mut t);
        expect(
            &t,
            &[
                ("Elves", "want", "nsubj"),
                ("want", "", "ROOT"),
                ("to", "see", "aux"),
                ("see", "want", "xcomp"),
                ("Minas", "Tirith", "compound"),
                ("Tirith", "see", "dobj"),
            ],
        );
    }
}
