//! Verb transformations and issue coding over hand-built trees, with rules,
//! issue lines and sentences written for these tests.

mod common;

use common::{doc, petrarch_coder, t, triples};
use tacitus_coder::{Coder, CoderOptions};
use tacitus_dict::DictKind;

/// Our own verbs and rules, in the PETRARCH-2 verb format. Line numbers
/// matter: the provenance test names the rule's line.
const VERBS: &str = "\
--- REPORT [010] ---
REPORT
SAY {SAID}
--- STRIKE [190] ---
STRIKE {STRUCK}
--- ASSIST [070] ---
ASSIST
--- WISH [---] ---
WISH

~ a (a b STRIKE) REPORT = a b 015
~ a (b . STRIKE) REPORT = a b 112
~ a (a b Q) REPORT = a b Q
~ a (_ b STRIKE) WISH = a b 138
~ a (b . STRIKE) WISH = a b 021
";
const ACTORS: &str = "ARNOR [ARN]\nGONDOR [GON]\nMORDOR [MOR]\n";
const ISSUES: &str = "\
<ISSUE CATEGORY=\"WATERWAYS\" TYPE=\"ALL\">
n:canal [CANALS]
~canal street
</ISSUE>
<ISSUE CATEGORY=\"MINING\" TYPE=\"ALL\">
n:mine [MINES]
</ISSUE>
";

fn coder() -> Coder {
    petrarch_coder(
        &[
            (DictKind::Verbs, VERBS),
            (DictKind::Actors, ACTORS),
            (DictKind::Issues, ISSUES),
        ],
        CoderOptions::default(),
    )
}

#[test]
fn a_report_that_another_struck_is_an_accusation() {
    let d = doc(
        &[
            ("Arnor", "NNP", "arnor", 2, "nsubj"),
            ("reported", "VBD", "report", 0, "ROOT"),
            ("Gondor", "NNP", "gondor", 4, "nsubj"),
            ("struck", "VBD", "strike", 2, "ccomp"),
            ("Mordor", "NNP", "mordor", 4, "dobj"),
        ],
        None,
    );
    // Neither the statement (010) nor the strike (190) stays on its own.
    assert_eq!(triples(&coder(), &d), vec![t("ARN", "GON", "112")]);
}

#[test]
fn a_report_of_ones_own_strike_claims_it() {
    let d = doc(
        &[
            ("Arnor", "NNP", "arnor", 2, "nsubj"),
            ("said", "VBD", "say", 0, "ROOT"),
            ("Arnor", "NNP", "arnor", 4, "nsubj"),
            ("struck", "VBD", "strike", 2, "ccomp"),
            ("Mordor", "NNP", "mordor", 4, "dobj"),
        ],
        None,
    );
    assert_eq!(triples(&coder(), &d), vec![t("ARN", "MOR", "015")]);
}

#[test]
fn each_reporter_gets_its_own_rule() {
    // "Arnor and Gondor reported Gondor struck Mordor": Arnor accuses
    // Gondor, Gondor claims the strike.
    let d = doc(
        &[
            ("Arnor", "NNP", "arnor", 4, "nsubj"),
            ("and", "CC", "and", 1, "cc"),
            ("Gondor", "NNP", "gondor", 1, "conj"),
            ("reported", "VBD", "report", 0, "ROOT"),
            ("Gondor", "NNP", "gondor", 6, "nsubj"),
            ("struck", "VBD", "strike", 4, "ccomp"),
            ("Mordor", "NNP", "mordor", 6, "dobj"),
        ],
        None,
    );
    assert_eq!(
        triples(&coder(), &d),
        vec![t("ARN", "GON", "112"), t("GON", "MOR", "015")]
    );
}

#[test]
fn a_report_of_ones_own_act_is_that_act() {
    // `Q`: the reported code itself.
    let d = doc(
        &[
            ("Arnor", "NNP", "arnor", 2, "nsubj"),
            ("said", "VBD", "say", 0, "ROOT"),
            ("Arnor", "NNP", "arnor", 4, "nsubj"),
            ("assisted", "VBD", "assist", 2, "ccomp"),
            ("Gondor", "NNP", "gondor", 4, "dobj"),
        ],
        None,
    );
    assert_eq!(triples(&coder(), &d), vec![t("ARN", "GON", "070")]);
}

#[test]
fn uncoded_verbs_match_by_word_and_infinitives_have_no_source() {
    // "Arnor wished to strike Gondor": `_` (the infinitive's subject is
    // Arnor's only through `wished`), WISH is coded `[---]`.
    let d = doc(
        &[
            ("Arnor", "NNP", "arnor", 2, "nsubj"),
            ("wished", "VBD", "wish", 0, "ROOT"),
            ("to", "TO", "to", 4, "aux"),
            ("strike", "VB", "strike", 2, "xcomp"),
            ("Gondor", "NNP", "gondor", 4, "dobj"),
        ],
        None,
    );
    assert_eq!(triples(&coder(), &d), vec![t("ARN", "GON", "138")]);
    // "Arnor wished Gondor to strike Mordor": an appeal to Gondor.
    let d = doc(
        &[
            ("Arnor", "NNP", "arnor", 2, "nsubj"),
            ("wished", "VBD", "wish", 0, "ROOT"),
            ("Gondor", "NNP", "gondor", 5, "nsubj"),
            ("to", "TO", "to", 5, "aux"),
            ("strike", "VB", "strike", 2, "ccomp"),
            ("Mordor", "NNP", "mordor", 5, "dobj"),
        ],
        None,
    );
    assert_eq!(triples(&coder(), &d), vec![t("ARN", "GON", "021")]);
}

#[test]
fn attribution_after_the_report_and_negation_are_not_transformed() {
    // "Gondor struck Mordor, Arnor reported": the strike is told first.
    let d = doc(
        &[
            ("Gondor", "NNP", "gondor", 2, "nsubj"),
            ("struck", "VBD", "strike", 5, "ccomp"),
            ("Mordor", "NNP", "mordor", 2, "dobj"),
            ("Arnor", "NNP", "arnor", 5, "nsubj"),
            ("reported", "VBD", "report", 0, "ROOT"),
        ],
        None,
    );
    assert_eq!(triples(&coder(), &d), vec![t("GON", "MOR", "190")]);
    // "Arnor said Gondor did not strike Mordor": no accusation.
    let d = doc(
        &[
            ("Arnor", "NNP", "arnor", 2, "nsubj"),
            ("said", "VBD", "say", 0, "ROOT"),
            ("Gondor", "NNP", "gondor", 6, "nsubj"),
            ("did", "VBD", "do", 6, "aux"),
            ("not", "RB", "not", 6, "neg"),
            ("strike", "VB", "strike", 2, "ccomp"),
            ("Mordor", "NNP", "mordor", 6, "dobj"),
        ],
        None,
    );
    let got = triples(&coder(), &d);
    assert!(
        got.iter()
            .all(|(_, _, code)| code != "112" && code != "190"),
        "{got:?}"
    );
}

#[test]
fn transformed_events_name_the_rule_and_both_verbs() {
    let d = doc(
        &[
            ("Arnor", "NNP", "arnor", 2, "nsubj"),
            ("reported", "VBD", "report", 0, "ROOT"),
            ("Gondor", "NNP", "gondor", 4, "nsubj"),
            ("struck", "VBD", "strike", 2, "ccomp"),
            ("Mordor", "NNP", "mordor", 4, "dobj"),
        ],
        None,
    );
    let (events, traces) = coder().code_document_traced(&d.0, &d.1);
    assert_eq!(events.len(), 1);
    let e = &events[0];
    let rule = e.provenance.pattern.as_ref().expect("the rule as pattern");
    assert_eq!(rule.line, Some(12));
    assert!(rule.text.contains("a (b . STRIKE) REPORT"), "{rule:?}");
    let note = e.provenance.notes.join(" ");
    assert!(note.contains("transformation") && note.contains("`reported` (010)"));
    assert!(note.contains("`struck` (190)"), "{note}");
    // The event is the reporter's act, at the reporting verb.
    assert_eq!(e.provenance.trigger_span.start, 6);
    assert!(!e.flags.reported);
    let verbs = &traces[0].verbs;
    assert!(verbs.iter().any(|v| v.note.contains("transformation")));
    assert!(verbs.iter().any(|v| v.note.contains("taken into")));
}

#[test]
fn events_carry_the_issues_of_their_sentences_merged_once() {
    let c = coder();
    // "Arnor struck Gondor mines near the canal": both issues.
    let d = doc(
        &[
            ("Arnor", "NNP", "arnor", 2, "nsubj"),
            ("struck", "VBD", "strike", 0, "ROOT"),
            ("Gondor", "NNP", "gondor", 4, "compound"),
            ("mines", "NNS", "mine", 2, "dobj"),
            ("near", "IN", "near", 4, "prep"),
            ("the", "DT", "the", 7, "det"),
            ("canal", "NN", "canal", 5, "pobj"),
        ],
        None,
    );
    let events = c.code_document(&d.0, &d.1);
    assert_eq!(events.len(), 1);
    let codes: Vec<&str> = events[0].issues.iter().map(|i| i.code.as_str()).collect();
    assert_eq!(codes, vec!["MINES", "CANALS"]);
    let mines = &events[0].issues[0];
    assert_eq!(mines.text, "mines");
    assert_eq!(&d.1.text[mines.span.start..mines.span.end], "mines");
    assert_eq!(mines.entry.line, Some(6));
    // An excluded phrase is no issue.
    let d = doc(
        &[
            ("Arnor", "NNP", "arnor", 2, "nsubj"),
            ("struck", "VBD", "strike", 0, "ROOT"),
            ("Gondor", "NNP", "gondor", 2, "dobj"),
            ("on", "IN", "on", 2, "prep"),
            ("canal", "NN", "canal", 6, "compound"),
            ("street", "NN", "street", 4, "pobj"),
        ],
        None,
    );
    let events = c.code_document(&d.0, &d.1);
    assert_eq!(events.len(), 1);
    assert!(events[0].issues.is_empty(), "{:?}", events[0].issues);
}
