//! PETRARCH pattern semantics over hand-built trees (ClearNLP labels):
//! negation as the opposite act, `{}` noun-phrase groups, words before the
//! verb, passives without a `by` agent, written forms before lemmas, and
//! `(PREP) ^ +`.

mod common;

use common::{Triple, Word, doc, petrarch_coder, t, triples};
use tacitus_coder::{Coder, CoderOptions, NegationPolicy};
use tacitus_dict::DictKind;

const VERBS: &str = "\
&TIES
+ECONOMIC
+CULTURAL

--- CRITICIZE [111] ---
CRITICIZE
- RECENTLY * [025]
- {DEATH TOLL} * [190]

--- ATTACK [190] ---
ATTACK

--- ABANDON [345] ---
ABANDON
- * {NEW &TIES RELATIONS} [080]

--- LEAVE [012] ---
LEAVE

--- LEFT [040:040] ---
LEFT [040:040]

--- WARN [130] ---
WARN
- * (AT) ^ + [138]
";
const ACTORS: &str = "ARNOR [ARN]\nGONDOR [GON]\nMORDOR [MOR]\n";

fn coder(negation: NegationPolicy) -> Coder {
    petrarch_coder(
        &[(DictKind::Verbs, VERBS), (DictKind::Actors, ACTORS)],
        CoderOptions {
            negation,
            ..Default::default()
        },
    )
}

fn code(c: &Coder, words: &[Word]) -> Vec<Triple> {
    triples(c, &doc(words, None))
}

#[test]
fn negated_criticism_is_cooperation_and_negated_force_is_nothing() {
    let criticize = [
        ("Arnor", "NNP", "arnor", 4, "nsubj"),
        ("did", "VBD", "do", 4, "aux"),
        ("not", "RB", "not", 4, "neg"),
        ("criticize", "VB", "criticize", 0, "ROOT"),
        ("Gondor", "NNP", "gondor", 4, "dobj"),
    ];
    let opposite = coder(NegationPolicy::Opposite);
    assert_eq!(code(&opposite, &criticize), vec![t("ARN", "GON", "050")]);
    assert!(code(&coder(NegationPolicy::Skip), &criticize).is_empty());
    let attack = [
        ("Arnor", "NNP", "arnor", 4, "nsubj"),
        ("did", "VBD", "do", 4, "aux"),
        ("not", "RB", "not", 4, "neg"),
        ("attack", "VB", "attack", 0, "ROOT"),
        ("Gondor", "NNP", "gondor", 4, "dobj"),
    ];
    assert!(code(&opposite, &attack).is_empty());
}

#[test]
fn noun_phrase_group_allows_one_word_between() {
    // "Arnor abandoned new global economic relations with Gondor"
    let one_between = [
        ("Arnor", "NNP", "arnor", 2, "nsubj"),
        ("abandoned", "VBD", "abandon", 0, "ROOT"),
        ("new", "JJ", "new", 6, "amod"),
        ("global", "JJ", "global", 6, "amod"),
        ("economic", "JJ", "economic", 6, "amod"),
        ("relations", "NNS", "relation", 2, "dobj"),
        ("with", "IN", "with", 6, "prep"),
        ("Gondor", "NNP", "gondor", 7, "pobj"),
    ];
    let c = coder(NegationPolicy::Skip);
    assert_eq!(code(&c, &one_between), vec![t("ARN", "GON", "080")]);
    // "... new global economic trade relations ...": two words between.
    let two_between = [
        ("Arnor", "NNP", "arnor", 2, "nsubj"),
        ("abandoned", "VBD", "abandon", 0, "ROOT"),
        ("new", "JJ", "new", 7, "amod"),
        ("global", "JJ", "global", 7, "amod"),
        ("economic", "JJ", "economic", 7, "amod"),
        ("trade", "NN", "trade", 7, "compound"),
        ("relations", "NNS", "relation", 2, "dobj"),
        ("with", "IN", "with", 7, "prep"),
        ("Gondor", "NNP", "gondor", 8, "pobj"),
    ];
    assert_eq!(code(&c, &two_between), vec![t("ARN", "GON", "345")]);
}

#[test]
fn words_before_the_verb_are_looked_for_in_the_subject() {
    let c = coder(NegationPolicy::Skip);
    // An adverb in front of the verb is not the subject: the block's code.
    let adverb = [
        ("Arnor", "NNP", "arnor", 3, "nsubj"),
        ("recently", "RB", "recently", 3, "advmod"),
        ("criticized", "VBD", "criticize", 0, "ROOT"),
        ("Gondor", "NNP", "gondor", 3, "dobj"),
    ];
    assert_eq!(code(&c, &adverb), vec![t("ARN", "GON", "111")]);
    // "Arnor's death toll criticized Gondor": the subject holds the words.
    let subject = [
        ("Arnor", "NNP", "arnor", 4, "poss"),
        ("'s", "POS", "'s", 1, "case"),
        ("death", "NN", "death", 4, "compound"),
        ("toll", "NN", "toll", 5, "nsubj"),
        ("criticized", "VBD", "criticize", 0, "ROOT"),
        ("Gondor", "NNP", "gondor", 5, "dobj"),
    ];
    assert_eq!(code(&c, &subject), vec![t("ARN", "GON", "190")]);
}

#[test]
fn passive_without_by_agent_takes_the_actor_of_the_verb_phrase() {
    // "Gondor was criticized over its dispute with Arnor"
    let words = [
        ("Gondor", "NNP", "gondor", 3, "nsubjpass"),
        ("was", "VBD", "be", 3, "auxpass"),
        ("criticized", "VBN", "criticize", 0, "ROOT"),
        ("over", "IN", "over", 3, "prep"),
        ("its", "PRP$", "its", 6, "poss"),
        ("dispute", "NN", "dispute", 4, "pobj"),
        ("with", "IN", "with", 6, "prep"),
        ("Arnor", "NNP", "arnor", 7, "pobj"),
    ];
    assert_eq!(
        code(&coder(NegationPolicy::Skip), &words),
        vec![t("ARN", "GON", "111")]
    );
}

#[test]
fn a_verb_listed_under_the_written_form_beats_the_lemma() {
    // "Arnor left for Gondor": LEFT [040:040], not LEAVE [012].
    let words = [
        ("Arnor", "NNP", "arnor", 2, "nsubj"),
        ("left", "VBD", "leave", 0, "ROOT"),
        ("for", "IN", "for", 2, "prep"),
        ("Gondor", "NNP", "gondor", 3, "pobj"),
    ];
    assert_eq!(
        code(&coder(NegationPolicy::Skip), &words),
        vec![t("ARN", "GON", "040"), t("GON", "ARN", "040")]
    );
}

#[test]
fn a_preposition_alone_then_a_skipped_phrase_then_the_target() {
    // "Arnor warned at the Gondor of Mordor": `(AT) ^ +` skips "the Gondor".
    let words = [
        ("Arnor", "NNP", "arnor", 2, "nsubj"),
        ("warned", "VBD", "warn", 0, "ROOT"),
        ("at", "IN", "at", 2, "prep"),
        ("the", "DT", "the", 5, "det"),
        ("Gondor", "NNP", "gondor", 3, "pobj"),
        ("of", "IN", "of", 5, "prep"),
        ("Mordor", "NNP", "mordor", 6, "pobj"),
    ];
    assert_eq!(
        code(&coder(NegationPolicy::Skip), &words),
        vec![t("ARN", "MOR", "138")]
    );
}
