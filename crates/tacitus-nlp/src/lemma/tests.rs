use super::lemmatize;

fn check(cases: &[(&str, &str, &str)]) {
    let mut wrong = Vec::new();
    for &(word, tag, want) in cases {
        let got = lemmatize(word, tag);
        if got != want {
            wrong.push(format!("{word}/{tag}: got {got}, want {want}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn irregular_verbs() {
    check(&[
        ("went", "VBD", "go"),
        ("gone", "VBN", "go"),
        ("was", "VBD", "be"),
        ("were", "VBD", "be"),
        ("is", "VBZ", "be"),
        ("'s", "VBZ", "be"),
        ("met", "VBD", "meet"),
        ("led", "VBD", "lead"),
        ("fled", "VBD", "flee"),
        ("struck", "VBD", "strike"),
        ("stricken", "VBN", "strike"),
        ("Said", "VBD", "say"),
        ("held", "VBN", "hold"),
        ("sought", "VBD", "seek"),
        ("withdrew", "VBD", "withdraw"),
        ("rebuilt", "VBN", "rebuild"),
        ("outgrew", "VBD", "outgrow"),
        ("has", "VBZ", "have"),
        ("n't", "RB", "not"),
        ("n’t", "RB", "not"),
        ("wo", "MD", "will"),
        ("ca", "MD", "can"),
    ]);
}

#[test]
fn regular_verbs() {
    check(&[
        ("seized", "VBD", "seize"),
        ("attacked", "VBD", "attack"),
        ("killed", "VBN", "kill"),
        ("stopped", "VBD", "stop"),
        ("committed", "VBN", "commit"),
        ("occurred", "VBD", "occur"),
        ("added", "VBD", "add"),
        ("visited", "VBD", "visit"),
        ("developed", "VBN", "develop"),
        ("opened", "VBD", "open"),
        ("offered", "VBD", "offer"),
        ("created", "VBN", "create"),
        ("competed", "VBD", "compete"),
        ("united", "VBN", "unite"),
        ("voted", "VBD", "vote"),
        ("executed", "VBN", "execute"),
        ("decided", "VBD", "decide"),
        ("included", "VBD", "include"),
        ("needed", "VBD", "need"),
        ("treated", "VBN", "treat"),
        ("required", "VBN", "require"),
        ("acquired", "VBD", "acquire"),
        ("declared", "VBD", "declare"),
        ("secured", "VBD", "secure"),
        ("ignored", "VBD", "ignore"),
        ("monitored", "VBD", "monitor"),
        ("entered", "VBD", "enter"),
        ("appeared", "VBD", "appear"),
        ("agreed", "VBD", "agree"),
        ("guaranteed", "VBN", "guarantee"),
        ("carried", "VBD", "carry"),
        ("died", "VBD", "die"),
        ("continued", "VBD", "continue"),
        ("argued", "VBD", "argue"),
        ("forced", "VBD", "force"),
        ("announced", "VBD", "announce"),
        ("caused", "VBD", "cause"),
        ("used", "VBN", "use"),
        ("raised", "VBD", "raise"),
        ("focused", "VBD", "focus"),
        ("changed", "VBD", "change"),
        ("arranged", "VBD", "arrange"),
        ("belonged", "VBD", "belong"),
        ("merged", "VBD", "merge"),
        ("judged", "VBD", "judge"),
        ("engaged", "VBD", "engage"),
        ("handled", "VBD", "handle"),
        ("settled", "VBD", "settle"),
        ("cancelled", "VBD", "cancel"),
        ("controlled", "VBN", "control"),
        ("called", "VBD", "call"),
        ("installed", "VBD", "install"),
        ("named", "VBN", "name"),
        ("claimed", "VBD", "claim"),
        ("formed", "VBD", "form"),
        ("assumed", "VBD", "assume"),
        ("welcomed", "VBD", "welcome"),
        ("liked", "VBD", "like"),
        ("invoked", "VBD", "invoke"),
        ("asked", "VBD", "ask"),
        ("hoped", "VBD", "hope"),
        ("escaped", "VBD", "escape"),
        ("helped", "VBD", "help"),
        ("described", "VBD", "describe"),
        ("defined", "VBN", "define"),
        ("determined", "VBN", "determine"),
        ("gained", "VBD", "gain"),
        ("turned", "VBD", "turn"),
        ("happened", "VBD", "happen"),
        ("mentioned", "VBD", "mention"),
        ("breathed", "VBD", "breathe"),
        ("played", "VBD", "play"),
        ("allowed", "VBD", "allow"),
        ("fixed", "VBD", "fix"),
        ("pledged", "VBD", "pledge"),
        ("wasted", "VBD", "waste"),
        ("started", "VBD", "start"),
        ("quoted", "VBD", "quote"),
        ("governed", "VBD", "govern"),
        ("believed", "VBD", "believe"),
        ("released", "VBD", "release"),
        ("sanctioned", "VBD", "sanction"),
        ("threatened", "VBD", "threaten"),
    ]);
}

#[test]
fn gerunds_and_third_person() {
    check(&[
        ("making", "VBG", "make"),
        ("coming", "VBG", "come"),
        ("giving", "VBG", "give"),
        ("getting", "VBG", "get"),
        ("running", "VBG", "run"),
        ("beginning", "VBG", "begin"),
        ("visiting", "VBG", "visit"),
        ("writing", "VBG", "write"),
        ("seeing", "VBG", "see"),
        ("fleeing", "VBG", "flee"),
        ("dying", "VBG", "die"),
        ("going", "VBG", "go"),
        ("saying", "VBG", "say"),
        ("using", "VBG", "use"),
        ("killing", "VBG", "kill"),
        ("leading", "VBG", "lead"),
        ("being", "VBG", "be"),
        ("goes", "VBZ", "go"),
        ("carries", "VBZ", "carry"),
        ("watches", "VBZ", "watch"),
        ("pushes", "VBZ", "push"),
        ("fixes", "VBZ", "fix"),
        ("causes", "VBZ", "cause"),
        ("seizes", "VBZ", "seize"),
        ("says", "VBZ", "say"),
        ("meets", "VBZ", "meet"),
        ("dies", "VBZ", "die"),
        ("focuses", "VBZ", "focus"),
        ("meeting", "NN", "meeting"),
    ]);
}

#[test]
fn nouns() {
    check(&[
        ("men", "NNS", "man"),
        ("women", "NNS", "woman"),
        ("children", "NNS", "child"),
        ("policemen", "NNS", "policeman"),
        ("countries", "NNS", "country"),
        ("ties", "NNS", "tie"),
        ("classes", "NNS", "class"),
        ("boxes", "NNS", "box"),
        ("churches", "NNS", "church"),
        ("buses", "NNS", "bus"),
        ("viruses", "NNS", "virus"),
        ("cases", "NNS", "case"),
        ("houses", "NNS", "house"),
        ("heroes", "NNS", "hero"),
        ("shoes", "NNS", "shoe"),
        ("wives", "NNS", "wife"),
        ("archives", "NNS", "archive"),
        ("crises", "NNS", "crisis"),
        ("criteria", "NNS", "criterion"),
        ("troops", "NNS", "troop"),
        ("Talks", "NNS", "talk"),
        ("people", "NNS", "people"),
        ("series", "NNS", "series"),
        ("news", "NN", "news"),
        ("sizes", "NNS", "size"),
        ("Americans", "NNPS", "american"),
        ("status", "NN", "status"),
    ]);
}

#[test]
fn adjectives_adverbs_pronouns() {
    check(&[
        ("better", "JJR", "good"),
        ("best", "JJS", "good"),
        ("better", "RBR", "well"),
        ("worse", "JJR", "bad"),
        ("bigger", "JJR", "big"),
        ("largest", "JJS", "large"),
        ("later", "RBR", "late"),
        ("earlier", "RBR", "early"),
        ("heaviest", "JJS", "heavy"),
        ("stronger", "JJR", "strong"),
        ("simpler", "JJR", "simple"),
        ("smaller", "JJR", "small"),
        ("wider", "JJR", "wide"),
        ("newer", "JJR", "new"),
        ("greatest", "JJS", "great"),
        ("younger", "JJR", "young"),
        ("stranger", "JJR", "strange"),
        ("freer", "JJR", "free"),
        ("more", "JJR", "more"),
        ("them", "PRP", "they"),
        ("him", "PRP", "he"),
        ("Kabul", "NNP", "kabul"),
    ]);
}

/// Checks our exception lists against WordNet's (Debian `wordnet-base`), when
/// installed: for every irregular verb past form WordNet lists whose lemma we
/// also list as a base, we must agree.
#[test]
fn agrees_with_wordnet_exceptions_when_available() {
    let path = std::path::Path::new("/usr/share/wordnet/verb.exc");
    let Ok(text) = std::fs::read_to_string(path) else {
        eprintln!(
            "skipped: {} is missing (apt-get install wordnet-base)",
            path.display()
        );
        return;
    };
    let ours: std::collections::HashSet<&str> =
        super::IRREGULAR_VERBS.iter().map(|v| v.0).collect();
    let (mut checked, mut wrong) = (0, Vec::new());
    for line in text.lines() {
        let mut parts = line.split_whitespace();
        let (Some(form), Some(lemma)) = (parts.next(), parts.next()) else {
            continue;
        };
        if !ours.contains(lemma) || form.contains('_') {
            continue;
        }
        let alternatives: Vec<&str> = std::iter::once(lemma).chain(parts).collect();
        let tag = if form.ends_with("ing") { "VBG" } else { "VBD" };
        let got = lemmatize(form, tag);
        checked += 1;
        if !alternatives.contains(&got.as_str()) {
            wrong.push(format!("{form}: got {got}, WordNet {alternatives:?}"));
        }
    }
    assert!(checked > 100, "only {checked} entries checked");
    // A few disagreements are legitimate (WordNet lists rare forms); most must agree.
    assert!(
        wrong.len() * 20 < checked,
        "{} of {checked} disagree:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
