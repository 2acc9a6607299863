//! Repairs of two parser slips that leave a dictionary verb without its
//! subject, made on a copy of the sentence before it is coded:
//!
//! - **A noun at the root.** The parser found no main verb and hung the
//!   real one under the subject noun phrase ("Palestinians of the West Bank
//!   shunned work ...", with `shunned` an adjective of `work`; "Fabius and
//!   a group of deputies held talks ...", with `held` a participle of
//!   `deputies`). The verb becomes the root and the root noun its subject.
//! - **A sentence-initial name glued to the verb's object.** A finite verb
//!   right after a sentence-opening name was read as a modifier of the
//!   phrase that follows ("Zambia extradited ... Aswad", with `Zambia` and
//!   `extradited` inside the object's phrase; "The Palestinians reject
//!   proposed changes", with `reject` an auxiliary). The verb takes the
//!   place of that phrase, the name becomes its subject and the phrase its
//!   object.
//!
//! Only dictionary verbs with a finite tag (or a participle with an object
//! of its own under a noun root) and no subject are repaired, so a correct
//! parse is never touched.

use tacitus_core::AnalyzedSentence;
use tacitus_dict::CompiledDictionaries;

/// The repaired sentence, or `None` when nothing needed repair.
pub fn repair(dicts: &CompiledDictionaries, s: &AnalyzedSentence) -> Option<AnalyzedSentence> {
    let n = s.tokens.len();
    if n < 3 || dicts.verb_index.is_empty() {
        return None;
    }
    let tag = |i: usize| s.tokens[i].tag.as_str();
    let dep = |i: usize| tacitus_core_dep(&s.tokens[i].dep);
    let head = |i: usize| s.tokens[i].head.filter(|&h| h < n && h != i);
    // Finite, and not an auxiliary ("Libya has offered" is a good parse).
    let finite = |i: usize| {
        matches!(tag(i), "VBD" | "VBZ" | "VBP")
            && !matches!(s.tokens[i].lemma.as_str(), "be" | "have" | "do" | "get")
    };
    let has_child = |h: usize, labels: &[&str]| {
        s.tokens
            .iter()
            .enumerate()
            .any(|(k, t)| k != h && t.head == Some(h) && labels.contains(&dep(k)))
    };
    let in_dictionary = |i: usize| {
        let t = &s.tokens[i];
        dicts.verb_index.contains_key(t.lemma.as_str())
            || dicts
                .verb_index
                .contains_key(t.text.to_lowercase().as_str())
    };
    let subjectless = |v: usize| !has_child(v, &["nsubj", "nsubjpass", "csubj"]);
    let root = (0..n).find(|&i| head(i).is_none())?;
    let mut out = s.clone();

    // A noun at the root.
    let hung_verb = (root + 1..n).find(|&v| {
        let misread_finite = finite(v) && matches!(dep(v), "amod" | "acl" | "compound" | "conj");
        let participle_with_object = tag(v) == "VBN" && dep(v) == "acl" && has_child(v, &["dobj"]);
        (misread_finite || participle_with_object) && subjectless(v)
    });
    if tag(root).starts_with("NN")
        && let Some(v) = hung_verb
        // Within the subject's phrase: no comma or clause in between.
        && !(root..v).any(|k| matches!(tag(k), "," | ":" | "WDT" | "WP" | "VBD" | "VBZ" | "VBP"))
        && in_dictionary(v)
        && let Some(x) = head(v)
    {
        set(&mut out, v, None, "ROOT");
        set(&mut out, root, Some(v), "nsubj");
        if x > v && tag(x).starts_with("NN") {
            // "shunned work ... to protest": the noun is the object and its
            // clauses are the verb's.
            set(&mut out, x, Some(v), "dobj");
            for k in 0..n {
                if head(k) == Some(x) && matches!(dep(k), "advcl" | "xcomp" | "prep") && k > x {
                    out.tokens[k].head = Some(v);
                }
            }
        }
        // Punctuation and clauses after the verb hang on it, not the noun.
        for k in v + 1..n {
            if head(k) == Some(root) && matches!(dep(k), "punct" | "advcl" | "ccomp") {
                out.tokens[k].head = Some(v);
            }
        }
        if well_formed(&out) {
            return Some(out);
        }
        out = s.clone();
    }

    // A sentence-opening name glued to the phrase after the verb.
    let v = (1..n.min(6))
        .find(|&v| finite(v) && matches!(dep(v), "amod" | "aux" | "compound") && subjectless(v))?;
    let opening = (0..v).all(|k| matches!(tag(k), "DT" | "NNP" | "NNPS" | "JJ"));
    let name = v - 1;
    if !opening || !matches!(tag(name), "NNP" | "NNPS") || !in_dictionary(v) {
        return None;
    }
    let x = head(v).filter(|&x| x > v)?;
    let (x_head, x_dep) = (head(x), s.tokens[x].dep.clone());
    set(&mut out, v, x_head, &x_dep);
    set(&mut out, name, Some(v), "nsubj");
    for k in 0..name {
        if head(k).is_some_and(|h| h >= v) {
            out.tokens[k].head = Some(name);
        }
    }
    if tag(x).starts_with("NN") {
        set(&mut out, x, Some(v), "dobj");
    } else if let Some(o) = (x + 1..n).find(|&k| head(k) == Some(x) && dep(k) == "dobj") {
        // "reject proposed changes": the participle modifies the object.
        set(&mut out, o, Some(v), "dobj");
        set(&mut out, x, Some(o), "amod");
        for k in 0..n {
            if head(k) == Some(x) && k != o && k != v {
                out.tokens[k].head = Some(if k > o { o } else { v });
            }
        }
    } else {
        set(&mut out, x, Some(v), "dobj");
    }
    // Anything else that hung on the phrase head and on the other side of
    // the verb now hangs on the verb.
    for k in v + 1..n {
        if out.tokens[k].head == Some(name) {
            out.tokens[k].head = Some(v);
        }
    }
    well_formed(&out).then_some(out)
}

/// One root, and every token reaches it (a repair never makes a cycle).
fn well_formed(s: &AnalyzedSentence) -> bool {
    let n = s.tokens.len();
    let roots = s.tokens.iter().filter(|t| t.head.is_none()).count();
    roots == 1
        && (0..n).all(|i| {
            let mut cur = i;
            for _ in 0..=n {
                match s.tokens[cur].head {
                    None => return true,
                    Some(h) if h < n && h != cur => cur = h,
                    Some(_) => return false,
                }
            }
            false
        })
}

fn set(s: &mut AnalyzedSentence, i: usize, head: Option<usize>, dep: &str) {
    s.tokens[i].head = head;
    s.tokens[i].dep = dep.to_string();
}

fn tacitus_core_dep(dep: &str) -> &str {
    crate::tree::base_dep(dep)
}
