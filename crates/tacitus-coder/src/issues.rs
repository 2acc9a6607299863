//! Issue coding: the topics (PETRARCH issues) of the sentences that report
//! an event.
//!
//! Semantics of the issue lines (see `tacitus_dict::petrarch::read_issues`):
//! phrases are matched on the lower-case word forms of consecutive tokens
//! (the dictionary spells out plurals and verb forms itself); at each word
//! the longest phrase wins and its words are used up, so an exclusion
//! (`~olive oil`) hides the shorter tag inside it (`oil`) for its category;
//! a veto (`~~phrase`) anywhere in the sentence removes every tag of its
//! category. Each code is tagged once per sentence, at its first match.

use crate::tree::Tree;
use std::cell::RefCell;
use tacitus_core::{IssueTag, Span};
use tacitus_dict::{CompiledDictionaries, IssueKind};

/// The issues of one sentence; `text` is the document text its spans index.
pub fn sentence_issues(dicts: &CompiledDictionaries, tree: &Tree, text: &str) -> Vec<IssueTag> {
    let n = tree.len();
    if dicts.issues.is_empty() || n == 0 {
        return Vec::new();
    }
    let words = |k: usize| [tree.lower[k].as_str()];
    // Tags first, with their categories; the (rarer) vetoes only matter
    // when there is a tag.
    let mut tags: Vec<(&str, IssueTag)> = Vec::new();
    let mut i = 0;
    while i < n {
        let Some(m) = dicts.issue_trie.longest_at(i, n, words) else {
            i += 1;
            continue;
        };
        let entries = || {
            m.values
                .iter()
                .filter_map(|&v| dicts.issues.get(v as usize))
        };
        let excluded: Vec<&str> = entries()
            .filter(|e| e.kind == IssueKind::Exclude)
            .map(|e| e.category.as_str())
            .collect();
        let end = (i + m.len).min(n);
        for e in entries() {
            if e.kind != IssueKind::Tag
                || excluded.contains(&e.category.as_str())
                || tags.iter().any(|(_, t)| t.code == e.code)
            {
                continue;
            }
            let span = Span::new(tree.s.tokens[i].span.start, tree.s.tokens[end - 1].span.end);
            tags.push((
                e.category.as_str(),
                IssueTag {
                    code: e.code.clone(),
                    text: span.slice(text).unwrap_or_default().to_string(),
                    span,
                    entry: e.entry.clone(),
                },
            ));
        }
        i = end.max(i + 1);
    }
    if tags.is_empty() {
        return Vec::new();
    }
    // Vetoes: any phrase at any word, not only the longest.
    let vetoed: RefCell<Vec<&str>> = RefCell::new(Vec::new());
    for i in 0..n {
        dicts.issue_trie.any_at(i, n, words, |values| {
            for &v in values {
                if let Some(e) = dicts.issues.get(v as usize)
                    && e.kind == IssueKind::Veto
                {
                    vetoed.borrow_mut().push(e.category.as_str());
                }
            }
            false
        });
    }
    let vetoed = vetoed.into_inner();
    tags.into_iter()
        .filter(|(category, _)| !vetoed.contains(category))
        .map(|(_, t)| t)
        .collect()
}

/// Adds the tags of `more` whose code `into` lacks (story-level merging).
pub fn merge_issues(into: &mut Vec<IssueTag>, more: &[IssueTag]) {
    for t in more {
        if !into.iter().any(|x| x.code == t.code) {
            into.push(t.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tacitus_core::{AnalyzedSentence, AnalyzedToken};
    use tacitus_dict::{DictKind, DictSource, SourceFormat};

    fn sentence(text: &str) -> AnalyzedSentence {
        let mut tokens = Vec::new();
        let mut pos = 0;
        // A flat tree: every word hangs on the first.
        for (i, w) in text.split(' ').enumerate() {
            tokens.push(AnalyzedToken {
                text: w.to_string(),
                lemma: w.to_lowercase(),
                tag: "NN".into(),
                span: Span::new(pos, pos + w.len()),
                head: (i > 0).then_some(0),
                dep: if i == 0 { "ROOT" } else { "dep" }.into(),
            });
            pos += w.len() + 1;
        }
        AnalyzedSentence {
            index: 0,
            span: Span::new(0, text.len()),
            tokens,
        }
    }

    fn dicts() -> CompiledDictionaries {
        // A made-up issue file.
        let text = "<ISSUE CATEGORY=\"RIVERS\" TYPE=\"ALL\">\nn:canal [CANALS]\n\
                    river+n:barge [BARGES]\n~canal street\n~~canal casino\n</ISSUE>\n\
                    <ISSUE CATEGORY=\"TRADE\" TYPE=\"ALL\">\ncanal toll [TOLLS]\n</ISSUE>\n";
        let src = DictSource {
            name: "waters.issues.txt".into(),
            format: SourceFormat::Petrarch(DictKind::Issues),
            text: text.into(),
            dir: None,
        };
        CompiledDictionaries::compile(tacitus_dict::load(&[src]))
    }

    fn codes(text: &str) -> Vec<String> {
        let d = dicts();
        let s = sentence(text);
        let tree = Tree::new(&s);
        sentence_issues(&d, &tree, text)
            .into_iter()
            .map(|t| t.code)
            .collect()
    }

    #[test]
    fn tags_phrases_forms_and_longest_matches() {
        let d = dicts();
        let text = "Two Canals and a river-barges fleet";
        let s = sentence(text);
        let tags = sentence_issues(&d, &Tree::new(&s), text);
        assert_eq!(tags.len(), 2);
        assert_eq!(tags[0].code, "CANALS");
        assert_eq!(tags[0].text, "Canals");
        assert_eq!(tags[0].span, Span::new(4, 10));
        assert_eq!(tags[0].entry.line, Some(2));
        assert_eq!(tags[1].code, "BARGES");
        assert_eq!(tags[1].text, "river-barges");
        assert_eq!(
            codes("a river barge on the canal"),
            vec!["BARGES", "CANALS"]
        );
        // Once per code.
        assert_eq!(codes("canal after canal"), vec!["CANALS"]);
        // The longer phrase of another category wins the words.
        assert_eq!(codes("the canal toll rose"), vec!["TOLLS"]);
    }

    #[test]
    fn exclusions_and_vetoes() {
        // "canal street" is not about canals; a later canal still is.
        assert!(codes("on canal street today").is_empty());
        assert_eq!(codes("canal street by the canal"), vec!["CANALS"]);
        // A veto removes its category from the whole sentence, not others.
        assert!(codes("the canal casino near a canal").is_empty());
        assert_eq!(
            codes("a canal casino and river barges"),
            Vec::<String>::new()
        );
        assert_eq!(codes("a canal casino charging a canal toll"), vec!["TOLLS"]);
    }

    #[test]
    fn merging_keeps_one_tag_per_code() {
        let d = dicts();
        let a = "a canal";
        let b = "river barges in a canal";
        let sa = sentence(a);
        let sb = sentence(b);
        let mut tags = sentence_issues(&d, &Tree::new(&sa), a);
        merge_issues(&mut tags, &sentence_issues(&d, &Tree::new(&sb), b));
        let got: Vec<&str> = tags.iter().map(|t| t.code.as_str()).collect();
        assert_eq!(got, vec!["CANALS", "BARGES"]);
    }
}
