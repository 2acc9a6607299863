//! Parser slips the coder repairs (`src/repair.rs`), pattern slots that
//! look past a name to the role before it and never into a phrase fronted
//! before the subject (`src/verbs.rs`), on hand-built trees that reproduce
//! what our parser makes of newswire.

mod common;

use common::{Triple, doc, t, triples};
use tacitus_coder::{Coder, CoderOptions};
use tacitus_dict::{DictSource, SourceFormat};

// Arnor and Gondor are not states of our ontology: the state-actor rule
// leaves their codes bare.

fn coder() -> Coder {
    let tac = |name: &str, text: &str| DictSource {
        name: name.into(),
        format: SourceFormat::Tacdict,
        text: text.into(),
        dir: None,
    };
    let sources = vec![
        tac(
            "t.verbs.tac",
            "@kind verbs\n\
             V1 | 063 | extradite dobj=* prep:to=$target\n\
             V2 | 046 | hold dobj={talks} prep:with=$target\n\
             V3 | 114 | summon dobj={ambassador,envoy}\n\
             V4 | 120 | reject dobj=*\n\
             V5 | 019 | agree prep:with=$target\n",
        ),
        tac(
            "t.actors.tac",
            "@kind actors\nACT.ARN | ARN | Arnor\nACT.GON | GON | Gondor\n",
        ),
    ];
    let (dicts, _) = tacitus_dict::load_compiled(&sources, false);
    assert!(dicts.warnings.is_empty(), "{:?}", dicts.warnings);
    Coder::new(dicts, CoderOptions::default())
}

fn code(words: &[common::Word]) -> Vec<Triple> {
    triples(&coder(), &doc(words, None))
}

#[test]
fn a_sentence_opening_name_glued_to_the_object_is_the_subject() {
    // "Arnor extradited suspected smuggler Bob to Gondor", parsed as one noun
    // phrase headed by "Bob" with "extradited" as an adjective.
    let ev = code(&[
        ("Arnor", "NNP", "arnor", 5, "compound"),
        ("extradited", "VBD", "extradite", 5, "amod"),
        ("suspected", "VBN", "suspect", 5, "amod"),
        ("smuggler", "NN", "smuggler", 5, "compound"),
        ("Bob", "NNP", "bob", 0, "ROOT"),
        ("to", "IN", "to", 5, "prep"),
        ("Gondor", "NNP", "gondor", 6, "pobj"),
    ]);
    assert_eq!(ev, vec![t("ARN", "GON", "063")]);
}

#[test]
fn a_verb_read_as_an_auxiliary_gets_its_subject_and_object_back() {
    // "Arnor reject proposed Gondor changes", with "reject" an auxiliary of
    // "proposed".
    let ev = code(&[
        ("Arnor", "NNP", "arnor", 3, "nsubj"),
        ("reject", "VBP", "reject", 3, "aux"),
        ("proposed", "VBN", "propose", 0, "ROOT"),
        ("Gondor", "NNP", "gondor", 5, "compound"),
        ("changes", "NNS", "change", 3, "dobj"),
    ]);
    assert_eq!(ev, vec![t("ARN", "GON", "120")]);
}

#[test]
fn an_auxiliary_after_a_name_is_left_alone() {
    // "Arnor has held talks with Gondor", parsed right: nothing to repair,
    // and "has" is never taken for the main verb.
    let ev = code(&[
        ("Arnor", "NNP", "arnor", 3, "nsubj"),
        ("has", "VBZ", "have", 3, "aux"),
        ("held", "VBN", "hold", 0, "ROOT"),
        ("talks", "NNS", "talk", 3, "dobj"),
        ("with", "IN", "with", 3, "prep"),
        ("Gondor", "NNP", "gondor", 5, "pobj"),
    ]);
    assert_eq!(ev, vec![t("ARN", "GON", "046")]);
}

#[test]
fn a_verb_hung_under_a_noun_root_takes_the_root_as_subject() {
    // "Arnor and a group of envoys held talks with Gondor", parsed with no
    // main verb: "held" a participle of "envoys".
    let ev = code(&[
        ("Arnor", "NNP", "arnor", 0, "ROOT"),
        ("and", "CC", "and", 1, "cc"),
        ("a", "DT", "a", 4, "det"),
        ("group", "NN", "group", 1, "conj"),
        ("of", "IN", "of", 4, "prep"),
        ("envoys", "NNS", "envoy", 5, "pobj"),
        ("held", "VBN", "hold", 6, "acl"),
        ("talks", "NNS", "talk", 7, "dobj"),
        ("with", "IN", "with", 8, "prep"),
        ("Gondor", "NNP", "gondor", 9, "pobj"),
    ]);
    assert_eq!(ev, vec![t("ARN", "GON", "046")]);
}

#[test]
fn a_slot_word_may_be_the_role_before_a_name() {
    // "Arnor summoned Gondor 's ambassador Bob Smith": the object's head is
    // the name, the role word before it fills the pattern's slot.
    let ev = code(&[
        ("Arnor", "NNP", "arnor", 2, "nsubj"),
        ("summoned", "VBD", "summon", 0, "ROOT"),
        ("Gondor", "NNP", "gondor", 5, "poss"),
        ("'s", "POS", "'s", 3, "case"),
        ("ambassador", "NN", "ambassador", 7, "compound"),
        ("Bob", "NNP", "bob", 7, "compound"),
        ("Smith", "NNP", "smith", 2, "dobj"),
    ]);
    assert_eq!(ev, vec![t("ARN", "GON", "114")]);
}

#[test]
fn a_name_alone_does_not_fill_a_role_slot() {
    // "Arnor summoned Bob Smith": no role word, no event.
    let ev = code(&[
        ("Arnor", "NNP", "arnor", 2, "nsubj"),
        ("summoned", "VBD", "summon", 0, "ROOT"),
        ("Bob", "NNP", "bob", 4, "compound"),
        ("Smith", "NNP", "smith", 2, "dobj"),
    ]);
    assert_eq!(ev, Vec::<Triple>::new());
}

#[test]
fn a_phrase_fronted_before_the_subject_fills_no_slot() {
    // "With Gondor, Arnor agreed": the fronted phrase frames the clause.
    let fronted = code(&[
        ("With", "IN", "with", 4, "prep"),
        ("Gondor", "NNP", "gondor", 1, "pobj"),
        (",", ",", ",", 4, "punct"),
        ("Arnor", "NNP", "arnor", 5, "nsubj"),
        ("agreed", "VBD", "agree", 0, "ROOT"),
    ]);
    assert_eq!(fronted, Vec::<Triple>::new());
    // "Arnor with Gondor agreed", the phrase after the subject: it does.
    let after = code(&[
        ("Arnor", "NNP", "arnor", 4, "nsubj"),
        ("with", "IN", "with", 4, "prep"),
        ("Gondor", "NNP", "gondor", 2, "pobj"),
        ("agreed", "VBD", "agree", 0, "ROOT"),
    ]);
    assert_eq!(after, vec![t("ARN", "GON", "019")]);
}
