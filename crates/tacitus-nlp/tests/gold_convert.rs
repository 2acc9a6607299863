//! Head-rule conversion on hand-written trees, checked against hand-written
//! ClearNLP/spaCy-style analyses.

use tacitus_nlp::gold::{self, DepToken, analyze_given_parse, ptb};

/// Converts the single tree in `bracketed`.
fn convert(bracketed: &str) -> Vec<DepToken> {
    let trees = ptb::parse(bracketed).unwrap();
    assert_eq!(trees.len(), 1);
    gold::to_dependencies(&trees[0])
}

fn show(deps: &[DepToken]) -> String {
    deps.iter()
        .enumerate()
        .map(|(i, d)| {
            let head = d.head.map_or("ROOT".to_string(), |h| deps[h].word.clone());
            format!("{i}:{}/{} <-{}- {}", d.word, d.tag, d.label, head)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `expected`: per word, (word, head word or "" for the root, label).
fn check(bracketed: &str, expected: &[(&str, &str, &str)]) {
    let deps = convert(bracketed);
    assert_eq!(deps.len(), expected.len(), "{}", show(&deps));
    let roots = deps.iter().filter(|d| d.head.is_none()).count();
    assert_eq!(roots, 1, "{}", show(&deps));
    for (d, (word, head, label)) in deps.iter().zip(expected) {
        assert_eq!(d.word, *word, "{}", show(&deps));
        let actual_head = d.head.map_or("", |h| deps[h].word.as_str());
        assert_eq!(
            (actual_head, d.label.as_str()),
            (*head, *label),
            "word `{word}`:\n{}",
            show(&deps)
        );
    }
}

#[test]
fn transitive_clause() {
    check(
        "(ROOT (S (NP (NNP Russia)) (VP (VBD recognized) (NP (DT the) (NNP Taliban) (NN government))) (. .)))",
        &[
            ("Russia", "recognized", "nsubj"),
            ("recognized", "", "ROOT"),
            ("the", "government", "det"),
            ("Taliban", "government", "compound"),
            ("government", "recognized", "dobj"),
            (".", "recognized", "punct"),
        ],
    );
}

#[test]
fn passive_with_agent() {
    check(
        "(ROOT (S (NP (DT The) (NN embassy)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (NNS rebels))))) (. .)))",
        &[
            ("The", "embassy", "det"),
            ("embassy", "attacked", "nsubjpass"),
            ("was", "attacked", "auxpass"),
            ("attacked", "", "ROOT"),
            ("by", "attacked", "agent"),
            ("rebels", "by", "pobj"),
            (".", "attacked", "punct"),
        ],
    );
}

#[test]
fn petrarch_aux_tags_and_perfect_passive() {
    check(
        "( (S (NP (NNS Talks)) (VP (AUXZ has) (VP (AUXN been) (VP (VBN postponed)))) (. .)))",
        &[
            ("Talks", "postponed", "nsubjpass"),
            ("has", "postponed", "aux"),
            ("been", "postponed", "auxpass"),
            ("postponed", "", "ROOT"),
            (".", "postponed", "punct"),
        ],
    );
    let deps =
        convert("( (S (NP (NNS Talks)) (VP (AUXZ has) (VP (AUXN been) (VP (VBN postponed))))))");
    assert_eq!(deps[1].tag, "VBZ");
    assert_eq!(deps[2].tag, "VBN");
}

#[test]
fn prepositional_phrase_and_compound_name() {
    check(
        "(ROOT (S (NP (NNP Ambassador) (NNP Zhirnov)) (VP (VBD met) (NP (NNP Muttaqi)) (PP (IN in) (NP (NNP Kabul)))) (. .)))",
        &[
            ("Ambassador", "Zhirnov", "compound"),
            ("Zhirnov", "met", "nsubj"),
            ("met", "", "ROOT"),
            ("Muttaqi", "met", "dobj"),
            ("in", "met", "prep"),
            ("Kabul", "in", "pobj"),
            (".", "met", "punct"),
        ],
    );
}

#[test]
fn copula_heads_with_attr_and_acomp() {
    check(
        "(ROOT (S (NP (NNP Kabul)) (VP (VBZ is) (NP (DT the) (NN capital))) (. .)))",
        &[
            ("Kabul", "is", "nsubj"),
            ("is", "", "ROOT"),
            ("the", "capital", "det"),
            ("capital", "is", "attr"),
            (".", "is", "punct"),
        ],
    );
    check(
        "(ROOT (S (NP (DT The) (NNS talks)) (VP (VBD were) (RB not) (ADJP (JJ productive))) (. .)))",
        &[
            ("The", "talks", "det"),
            ("talks", "were", "nsubj"),
            ("were", "", "ROOT"),
            ("not", "were", "neg"),
            ("productive", "were", "acomp"),
            (".", "were", "punct"),
        ],
    );
}

#[test]
fn possessive() {
    check(
        "(ROOT (S (NP (NP (NNP Russia) (POS 's)) (JJ new) (NN envoy)) (VP (VBD arrived)) (. .)))",
        &[
            ("Russia", "envoy", "poss"),
            ("'s", "Russia", "case"),
            ("new", "envoy", "amod"),
            ("envoy", "arrived", "nsubj"),
            ("arrived", "", "ROOT"),
            (".", "arrived", "punct"),
        ],
    );
    check(
        "(ROOT (S (NP (PRP$ Its) (NN embassy)) (VP (VBD closed))))",
        &[
            ("Its", "embassy", "poss"),
            ("embassy", "closed", "nsubj"),
            ("closed", "", "ROOT"),
        ],
    );
}

#[test]
fn coordination_aux_and_xcomp() {
    check(
        "(ROOT (S (NP (NP (NNP Brazil)) (CC and) (NP (DT the) (NNP United) (NNPS States))) \
         (VP (VBP are) (VP (VBG seeking) (S (VP (TO to) (VP (VB deepen) (NP (NNS ties))))))) (. .)))",
        &[
            ("Brazil", "seeking", "nsubj"),
            ("and", "Brazil", "cc"),
            ("the", "States", "det"),
            ("United", "States", "compound"),
            ("States", "Brazil", "conj"),
            ("are", "seeking", "aux"),
            ("seeking", "", "ROOT"),
            ("to", "deepen", "aux"),
            ("deepen", "seeking", "xcomp"),
            ("ties", "deepen", "dobj"),
            (".", "seeking", "punct"),
        ],
    );
}

#[test]
fn three_way_coordination_chains() {
    check(
        "(ROOT (NP (NP (NNP Iran)) (, ,) (NP (NNP Iraq)) (CC and) (NP (NNP Syria))))",
        &[
            ("Iran", "", "ROOT"),
            (",", "Iran", "punct"),
            ("Iraq", "Iran", "conj"),
            ("and", "Iraq", "cc"),
            ("Syria", "Iraq", "conj"),
        ],
    );
}

#[test]
fn modifier_coordination_inside_np() {
    check(
        "(ROOT (NP (JJ American) (CC and) (JJ British) (NNS officials)))",
        &[
            ("American", "officials", "amod"),
            ("and", "American", "cc"),
            ("British", "American", "conj"),
            ("officials", "", "ROOT"),
        ],
    );
}

#[test]
fn modal_negation() {
    check(
        "(ROOT (S (NP (NNP Iran)) (VP (MD will) (RB not) (VP (VB sign) (NP (DT the) (NN deal)))) (. .)))",
        &[
            ("Iran", "sign", "nsubj"),
            ("will", "sign", "aux"),
            ("not", "sign", "neg"),
            ("sign", "", "ROOT"),
            ("the", "deal", "det"),
            ("deal", "sign", "dobj"),
            (".", "sign", "punct"),
        ],
    );
}

#[test]
fn complement_clause_with_that() {
    check(
        "(ROOT (S (NP (NNS Officials)) (VP (VBD said) (SBAR (IN that) (S (NP (DT the) (NNS talks)) (VP (VBD failed))))) (. .)))",
        &[
            ("Officials", "said", "nsubj"),
            ("said", "", "ROOT"),
            ("that", "failed", "mark"),
            ("the", "talks", "det"),
            ("talks", "failed", "nsubj"),
            ("failed", "said", "ccomp"),
            (".", "said", "punct"),
        ],
    );
}

#[test]
fn adverbial_clause_and_temporal_np() {
    check(
        "(ROOT (S (NP (NNS Troops)) (VP (VBD withdrew) (NP (NNP Monday)) (SBAR (IN after) (S (NP (NNS crowds)) (VP (VBD gathered))))) (. .)))",
        &[
            ("Troops", "withdrew", "nsubj"),
            ("withdrew", "", "ROOT"),
            ("Monday", "withdrew", "npadvmod"),
            ("after", "gathered", "mark"),
            ("crowds", "gathered", "nsubj"),
            ("gathered", "withdrew", "advcl"),
            (".", "withdrew", "punct"),
        ],
    );
}

#[test]
fn relative_clause_and_infinitival_acl() {
    check(
        "(ROOT (NP (NP (DT an) (NN event)) (SBAR (WHNP (WDT which)) (S (VP (MD will) (VP (VB test) (NP (PRP$ his) (NN vow) (S (VP (TO to) (VP (VB keep) (NP (NNS politics))))))))))))",
        &[
            ("an", "event", "det"),
            ("event", "", "ROOT"),
            ("which", "test", "nsubj"),
            ("will", "test", "aux"),
            ("test", "event", "relcl"),
            ("his", "vow", "poss"),
            ("vow", "test", "dobj"),
            ("to", "keep", "aux"),
            ("keep", "vow", "acl"),
            ("politics", "keep", "dobj"),
        ],
    );
}

#[test]
fn fronted_quote_is_ccomp_of_said() {
    check(
        "(ROOT (S (S (NP (NNS Talks)) (VP (VBD failed))) (, ,) (NP (NNS officials)) (VP (VBD said)) (. .)))",
        &[
            ("Talks", "failed", "nsubj"),
            ("failed", "said", "ccomp"),
            (",", "said", "punct"),
            ("officials", "said", "nsubj"),
            ("said", "", "ROOT"),
            (".", "said", "punct"),
        ],
    );
}

#[test]
fn dative_particle_and_numbers() {
    check(
        "(ROOT (S (NP (NNP Russia)) (VP (VBD gave) (NP (NNP Iran)) (NP (CD two) (NNS jets))) (. .)))",
        &[
            ("Russia", "gave", "nsubj"),
            ("gave", "", "ROOT"),
            ("Iran", "gave", "dative"),
            ("two", "jets", "nummod"),
            ("jets", "gave", "dobj"),
            (".", "gave", "punct"),
        ],
    );
    check(
        "(ROOT (S (NP (NNS Rebels)) (VP (VBD blew) (PRT (RP up)) (NP (DT the) (NN bridge)))))",
        &[
            ("Rebels", "blew", "nsubj"),
            ("blew", "", "ROOT"),
            ("up", "blew", "prt"),
            ("the", "bridge", "det"),
            ("bridge", "blew", "dobj"),
        ],
    );
}

#[test]
fn apposition_and_expletive() {
    check(
        "(ROOT (NP (NP (NNP Muttaqi)) (, ,) (NP (DT the) (NN minister)) (, ,)))",
        &[
            ("Muttaqi", "", "ROOT"),
            (",", "Muttaqi", "punct"),
            ("the", "minister", "det"),
            ("minister", "Muttaqi", "appos"),
            (",", "Muttaqi", "punct"),
        ],
    );
    check(
        "(ROOT (S (NP (EX There)) (VP (VBD were) (NP (NNS protests)))))",
        &[
            ("There", "were", "expl"),
            ("were", "", "ROOT"),
            ("protests", "were", "attr"),
        ],
    );
}

#[test]
fn empty_elements_are_dropped() {
    let deps = convert("(ROOT (S (NP-SBJ (-NONE- *)) (VP (VB go) (NP (-NONE- *T*)))))");
    assert_eq!(deps.len(), 1);
    assert_eq!(deps[0].label, "ROOT");
}

#[test]
fn alignment_undoes_escapes_and_tolerates_mismatch() {
    let text = "  The Philippines and the EU (EU) \u{201c}agree\u{201d} on U.S. talks.\nNext one.";
    let parse = "(ROOT (S (NP (NP (DT The) (NNPS Philippines)) (CC and) (NP (DT the) (NNP EU) (PRN (-LRB- -LRB-) (NNP EU) (-RRB- -RRB-)))) \
                 (VP (`` ``) (VBP agree) ('' '') (PP (IN on) (NP (NNP US) (NNS talks)))) (. .)))\n\
                 (ROOT (NP (JJ Next) (NN one) (. .)))";
    let sents = analyze_given_parse(text, parse, 7).unwrap();
    assert_eq!(sents.len(), 2);
    assert_eq!(sents[0].index, 7);
    assert_eq!(sents[1].index, 8);
    let words: Vec<&str> = sents[0]
        .tokens
        .iter()
        .map(|t| t.span.slice(text).unwrap())
        .collect();
    assert_eq!(
        words,
        vec![
            "The",
            "Philippines",
            "and",
            "the",
            "EU",
            "(",
            "EU",
            ")",
            "\u{201c}",
            "agree",
            "\u{201d}",
            "on",
            "U.S",
            "talks",
            "."
        ]
    );
    assert_eq!(
        sents[0].span.slice(text),
        Some("The Philippines and the EU (EU) \u{201c}agree\u{201d} on U.S. talks.")
    );
    assert_eq!(sents[1].span.slice(text), Some("Next one."));
    for s in &sents {
        assert!(s.is_well_formed());
    }
    assert_eq!(sents[0].tokens[9].lemma, "agree");
    assert_eq!(sents[0].tokens[9].dep, "ROOT");
}

#[test]
fn unmatched_words_get_empty_spans() {
    let text = "Russia acted.";
    let sents = analyze_given_parse(
        text,
        "(ROOT (S (NP (NNP Moscow)) (VP (VBD acted)) (. .)))",
        0,
    )
    .unwrap();
    let t = &sents[0].tokens;
    assert!(t[0].span.is_empty());
    assert_eq!(t[0].text, "Moscow");
    assert_eq!(t[1].span.slice(text), Some("acted"));
    assert_eq!(t[2].span.slice(text), Some("."));
}

#[test]
fn malformed_parse_is_an_error_not_a_panic() {
    let err = analyze_given_parse("x", "(ROOT (S (NP (NNP Russia))", 0).unwrap_err();
    assert_eq!(err.line, Some(1));
    assert!(err.to_string().contains("line 1"));
}

#[test]
fn reporting_clause_heads_a_sentence_of_clauses() {
    check(
        "(ROOT (S (S (NP (NNS Rebels)) (VP (VBD attacked))) (, ,) (S (NP (NNS officials)) (VP (VBD said))) (. .)))",
        &[
            ("Rebels", "attacked", "nsubj"),
            ("attacked", "said", "ccomp"),
            (",", "said", "punct"),
            ("officials", "said", "nsubj"),
            ("said", "", "ROOT"),
            (".", "said", "punct"),
        ],
    );
}

#[test]
fn participle_after_comma_is_advcl() {
    check(
        "(ROOT (S (NP (NNS Troops)) (VP (VBD withdrew) (, ,) (S (VP (VBG leaving) (NP (NNS bases))))) (. .)))",
        &[
            ("Troops", "withdrew", "nsubj"),
            ("withdrew", "", "ROOT"),
            (",", "withdrew", "punct"),
            ("leaving", "withdrew", "advcl"),
            ("bases", "leaving", "dobj"),
            (".", "withdrew", "punct"),
        ],
    );
}

#[test]
fn copula_with_non_verbal_vp_heads() {
    // The PETRARCH trees' `is about to`: `about` is a VP head there.
    check(
        "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (VP (IN about) (S (VP (TO to) (VP (VB act)))))) (. .)))",
        &[
            ("Arnor", "is", "nsubj"),
            ("is", "", "ROOT"),
            ("about", "is", "acomp"),
            ("to", "act", "aux"),
            ("act", "about", "xcomp"),
            (".", "is", "punct"),
        ],
    );
}

#[test]
fn adverb_before_number_modifies_the_number() {
    check(
        "(ROOT (NP (RB almost) (CD five) (NNS years)))",
        &[
            ("almost", "five", "advmod"),
            ("five", "years", "nummod"),
            ("years", "", "ROOT"),
        ],
    );
}

#[test]
fn flat_np_modifier_coordination() {
    check(
        "(ROOT (NP (NP (NNP Eriador) (POS 's)) (NN death) (CC and) (NN injury) (NN toll)))",
        &[
            ("Eriador", "toll", "poss"),
            ("'s", "Eriador", "case"),
            ("death", "toll", "compound"),
            ("and", "death", "cc"),
            ("injury", "death", "conj"),
            ("toll", "", "ROOT"),
        ],
    );
}

#[test]
fn relative_versus_content_clause() {
    check(
        "(ROOT (NP (NP (DT the) (NNS arms)) (SBAR (IN that) (S (NP (NNP Russia)) (VP (VBD sent))))))",
        &[
            ("the", "arms", "det"),
            ("arms", "", "ROOT"),
            ("that", "sent", "mark"),
            ("Russia", "sent", "nsubj"),
            ("sent", "arms", "relcl"),
        ],
    );
    check(
        "(ROOT (NP (NP (DT the) (NN claim)) (SBAR (IN that) (S (NP (PRP it)) (VP (VBD played) (NP (DT a) (NN role)))))))",
        &[
            ("the", "claim", "det"),
            ("claim", "", "ROOT"),
            ("that", "played", "mark"),
            ("it", "played", "nsubj"),
            ("played", "claim", "acl"),
            ("a", "role", "det"),
            ("role", "played", "dobj"),
        ],
    );
}

#[test]
fn article_before_number_is_quantmod() {
    check(
        "(ROOT (NP (DT a) (CD million) (NNS dollars)))",
        &[
            ("a", "million", "quantmod"),
            ("million", "dollars", "nummod"),
            ("dollars", "", "ROOT"),
        ],
    );
}

#[test]
fn clause_before_the_verb_inside_a_vp() {
    check(
        "(ROOT (S (NP (PRP He)) (VP (S (VP (VBG smiling))) (VBD left))))",
        &[
            ("He", "left", "nsubj"),
            ("smiling", "left", "advcl"),
            ("left", "", "ROOT"),
        ],
    );
}

#[test]
fn title_words_chain_before_a_name() {
    check(
        "(ROOT (NP (NNP Deputy) (NNP Prime) (NNP Minister) (NNP Nawaz) (NNP Sharif)))",
        &[
            ("Deputy", "Minister", "compound"),
            ("Prime", "Minister", "compound"),
            ("Minister", "Sharif", "compound"),
            ("Nawaz", "Sharif", "compound"),
            ("Sharif", "", "ROOT"),
        ],
    );
}

#[test]
fn possessed_temporal_noun_is_an_object() {
    check(
        "(ROOT (S (NP (NNP Sam)) (VP (VBD halted) (NP (PRP$ his) (NN march)))))",
        &[
            ("Sam", "halted", "nsubj"),
            ("halted", "", "ROOT"),
            ("his", "march", "poss"),
            ("march", "halted", "dobj"),
        ],
    );
}

#[test]
fn object_control_infinitive() {
    check(
        "(ROOT (S (NP (NNP Arnor)) (VP (VBD urged) (S (NP (NNP Eriador)) (VP (TO to) (VP (VB respond)))))))",
        &[
            ("Arnor", "urged", "nsubj"),
            ("urged", "", "ROOT"),
            ("Eriador", "urged", "dobj"),
            ("to", "respond", "aux"),
            ("respond", "urged", "xcomp"),
        ],
    );
    check(
        "(ROOT (S (NP (PRP We)) (VP (VBP want) (S (NP (PRP them)) (VP (TO to) (VP (VB leave)))))))",
        &[
            ("We", "want", "nsubj"),
            ("want", "", "ROOT"),
            ("them", "leave", "nsubj"),
            ("to", "leave", "aux"),
            ("leave", "want", "ccomp"),
        ],
    );
}
