//! Parses given with a document (PETRARCH XML `<Parse>`, `--parses given`)
//! turned into analyzed sentences over the document text.

use super::GoldError;
use super::align::analyze_tree;
use super::{conllu, ptb};
use tacitus_core::{AnalyzedDocument, AnalyzedSentence, Document};

/// True when `parse` looks like CoNLL-U (tab-separated word lines) rather
/// than bracketed trees.
fn looks_like_conllu(parse: &str) -> bool {
    let first = parse.trim_start();
    !first.starts_with('(') && parse.lines().any(|l| l.split('\t').count() >= 10)
}

/// One [`AnalyzedSentence`] per tree of `parse`, spans into `doc_text`,
/// indexes from `first_index`. `parse` holds Penn Treebank bracketed trees
/// (converted by head rules to ClearNLP/spaCy labels); CoNLL-U is accepted
/// too and kept with its own labels. Fails on a malformed parse (the error
/// names line and column within `parse`).
pub fn analyze_given_parse(
    doc_text: &str,
    parse: &str,
    first_index: usize,
) -> Result<Vec<AnalyzedSentence>, GoldError> {
    let mut cursor = 0;
    if looks_like_conllu(parse) {
        let (sentences, mut errors) = conllu::read(parse);
        if !errors.is_empty() {
            return Err(errors.swap_remove(0));
        }
        let mut out = Vec::with_capacity(sentences.len());
        for (k, s) in sentences.iter().enumerate() {
            let (sentence, next) = s.align_to(doc_text, cursor, first_index + k);
            cursor = next;
            out.push(sentence);
        }
        return Ok(out);
    }
    let trees = ptb::parse(parse)?;
    let mut out = Vec::with_capacity(trees.len());
    for (k, tree) in trees.iter().enumerate() {
        let (sentence, next) = analyze_tree(doc_text, cursor, tree, first_index + k);
        cursor = next;
        out.push(sentence);
    }
    Ok(out)
}

/// The document analyzed from its given parse, or `None` when it has none.
pub fn analyze_given_document(doc: &Document) -> Option<Result<AnalyzedDocument, GoldError>> {
    let parse = doc.given_parse.as_deref()?;
    Some(
        analyze_given_parse(&doc.text, parse, 0).map(|sentences| AnalyzedDocument {
            doc_id: doc.id.clone(),
            text: doc.text.clone(),
            sentences,
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_conllu_is_accepted() {
        let parse = "1\tRussia\t_\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tacted\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n";
        let sents = analyze_given_parse("  Russia acted", parse, 3).unwrap();
        assert_eq!(sents.len(), 1);
        assert_eq!(sents[0].index, 3);
        assert_eq!(sents[0].tokens[1].span.start, 9);
        assert_eq!(sents[0].tokens[1].dep, "ROOT");
    }

    #[test]
    fn document_with_and_without_parse() {
        let mut doc = Document::new("d1", "Russia acted.");
        assert!(analyze_given_document(&doc).is_none());
        doc.given_parse = Some("(ROOT (S (NP (NNP Russia)) (VP (VBD acted)) (. .)))".into());
        let analyzed = analyze_given_document(&doc).unwrap().unwrap();
        assert_eq!(analyzed.doc_id, "d1");
        assert_eq!(analyzed.sentences[0].tokens.len(), 3);
        doc.given_parse = Some("(ROOT (S".into());
        assert!(analyze_given_document(&doc).unwrap().is_err());
    }
}
