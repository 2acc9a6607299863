//! Penn Treebank bracketed trees: `(ROOT (S (NP (NNP Russia)) (VP ...)))`.
//!
//! Hand-written because the format is tiny and we need tolerant, position-aware
//! error messages rather than a grammar crate. Accepts CoreNLP output (`ROOT`),
//! the classic `( (S ...))` wrapper with an empty root label, several trees in
//! one string, and any whitespace between tokens. A malformed tree yields a
//! [`GoldError`] naming its line and column; later trees in the same string are
//! still read when the damage is local.

use super::GoldError;

/// A node of a bracketed tree. A preterminal has `word: Some(..)` and no
/// children; a phrase has children and no word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PtbTree {
    /// The label as written (`NP-TMP`, `VBD`, `-LRB-`); empty for the
    /// anonymous root of `( (S ...))`.
    pub label: String,
    pub children: Vec<PtbTree>,
    /// The word of a preterminal, as written (escapes such as `-LRB-` kept).
    pub word: Option<String>,
}

impl PtbTree {
    /// A preterminal: `(tag word)`.
    pub fn leaf(tag: impl Into<String>, word: impl Into<String>) -> Self {
        PtbTree {
            label: tag.into(),
            children: Vec::new(),
            word: Some(word.into()),
        }
    }

    /// A phrase node.
    pub fn phrase(label: impl Into<String>, children: Vec<PtbTree>) -> Self {
        PtbTree {
            label: label.into(),
            children,
            word: None,
        }
    }

    pub fn is_preterminal(&self) -> bool {
        self.word.is_some()
    }

    /// The syntactic category without function tags or indices:
    /// `NP-TMP` -> `NP`, `NP-SBJ-1` -> `NP`, `PP=2` -> `PP`; `-LRB-` and
    /// `-NONE-` stay as they are.
    pub fn category(&self) -> &str {
        category_of(&self.label)
    }

    /// The function tags of the label (`NP-TMP-1` -> `["TMP"]`; numeric
    /// indices dropped).
    pub fn function_tags(&self) -> Vec<&str> {
        let label = self.label.as_str();
        if label.starts_with('-') {
            return Vec::new();
        }
        let cat = category_of(label);
        label[cat.len()..]
            .split(['-', '='])
            .map(|t| t.trim_matches(|c: char| !c.is_ascii_alphanumeric()))
            .filter(|t| !t.is_empty() && !t.chars().all(|c| c.is_ascii_digit()))
            .collect()
    }

    /// The words of the tree, left to right.
    pub fn leaves(&self) -> Vec<&str> {
        self.preterminals()
            .into_iter()
            .map(|t| t.word.as_deref().unwrap_or(""))
            .collect()
    }

    /// The preterminal nodes (tag plus word), left to right.
    pub fn preterminals(&self) -> Vec<&PtbTree> {
        let mut out = Vec::new();
        collect_preterminals(self, &mut out);
        out
    }

    /// Writes the tree back in bracketed form on one line.
    pub fn to_bracketed(&self) -> String {
        let mut out = String::new();
        write_bracketed(self, &mut out);
        out
    }
}

fn collect_preterminals<'a>(node: &'a PtbTree, out: &mut Vec<&'a PtbTree>) {
    if node.is_preterminal() {
        out.push(node);
    }
    for child in &node.children {
        collect_preterminals(child, out);
    }
}

fn write_bracketed(node: &PtbTree, out: &mut String) {
    out.push('(');
    out.push_str(&node.label);
    if let Some(word) = &node.word {
        out.push(' ');
        out.push_str(word);
    }
    for child in &node.children {
        out.push(' ');
        write_bracketed(child, out);
    }
    out.push(')');
}

/// The category part of a label (see [`PtbTree::category`]).
pub fn category_of(label: &str) -> &str {
    if label.starts_with('-') {
        return label;
    }
    let end = label.find(['-', '=']).unwrap_or(label.len());
    let cat = &label[..end];
    // Stray trailing punctuation on a phrase label (`NP.`) is noise.
    let trimmed = cat.trim_end_matches(['.', ',']);
    if trimmed.is_empty() { cat } else { trimmed }
}

/// Deeper trees are refused: conversion walks trees recursively.
const MAX_DEPTH: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok<'a> {
    Open,
    Close,
    Atom(&'a str),
}

/// Splits the input into parentheses and atoms, with byte offsets.
fn tokenize(input: &str) -> Vec<(usize, Tok<'_>)> {
    let mut out = Vec::new();
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_whitespace() {
            i += 1;
        } else if c == b'(' {
            out.push((i, Tok::Open));
            i += 1;
        } else if c == b')' {
            out.push((i, Tok::Close));
            i += 1;
        } else {
            let start = i;
            // Atoms end at whitespace or a parenthesis; non-ASCII bytes never
            // match those, so `start..i` stays on character boundaries.
            while i < bytes.len()
                && !bytes[i].is_ascii_whitespace()
                && bytes[i] != b'('
                && bytes[i] != b')'
            {
                i += 1;
            }
            out.push((start, Tok::Atom(&input[start..i])));
        }
    }
    out
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_col(input: &str, offset: usize) -> (usize, usize) {
    let before = input.get(..offset).unwrap_or(input);
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn error_at(input: &str, offset: usize, message: impl Into<String>) -> GoldError {
    let (line, column) = line_col(input, offset);
    GoldError::at(offset, line, column, message)
}

struct Reader<'a> {
    input: &'a str,
    toks: Vec<(usize, Tok<'a>)>,
    pos: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self, ahead: usize) -> Option<Tok<'a>> {
        self.toks.get(self.pos + ahead).map(|t| t.1)
    }

    fn offset(&self) -> usize {
        self.toks.get(self.pos).map_or(self.input.len(), |t| t.0)
    }

    /// Reads one node; the current token is its `(`. Iterative over depth so
    /// pathological nesting cannot overflow the stack.
    fn node(&mut self) -> Result<PtbTree, GoldError> {
        struct Frame {
            open_at: usize,
            label: String,
            children: Vec<PtbTree>,
        }
        let mut stack: Vec<Frame> = Vec::new();
        loop {
            match self.peek(0) {
                None => {
                    let open_at = stack.last().map_or(self.input.len(), |f| f.open_at);
                    return Err(error_at(
                        self.input,
                        open_at,
                        "unclosed '(': the tree ends before its closing ')'",
                    ));
                }
                Some(Tok::Open) => {
                    let open_at = self.offset();
                    self.pos += 1;
                    let label = match self.peek(0) {
                        Some(Tok::Atom(a)) => {
                            self.pos += 1;
                            a.to_string()
                        }
                        _ => String::new(),
                    };
                    // `(TAG word)` where the word may itself be a bare parenthesis
                    // written unescaped, as in `(-LRB- ()`.
                    match (self.peek(0), self.peek(1)) {
                        (Some(Tok::Atom(word)), Some(Tok::Close)) => {
                            if label.is_empty() {
                                return Err(error_at(
                                    self.input,
                                    open_at,
                                    format!("word `{word}` has no tag"),
                                ));
                            }
                            self.pos += 2;
                            let leaf = PtbTree::leaf(label, word);
                            match stack.last_mut() {
                                Some(parent) => parent.children.push(leaf),
                                None => return Ok(leaf),
                            }
                        }
                        (Some(Tok::Open), Some(Tok::Close))
                        | (Some(Tok::Close), Some(Tok::Close))
                            if is_bracket_tag(&label) =>
                        {
                            let word = if self.peek(0) == Some(Tok::Open) {
                                "("
                            } else {
                                ")"
                            };
                            self.pos += 2;
                            let leaf = PtbTree::leaf(label, word);
                            match stack.last_mut() {
                                Some(parent) => parent.children.push(leaf),
                                None => return Ok(leaf),
                            }
                        }
                        (Some(Tok::Atom(word)), Some(Tok::Atom(_))) => {
                            return Err(error_at(
                                self.input,
                                self.offset(),
                                format!("`({label} {word} ...`: a tag may have only one word"),
                            ));
                        }
                        _ if stack.len() >= MAX_DEPTH => {
                            return Err(error_at(
                                self.input,
                                open_at,
                                format!("tree nested deeper than {MAX_DEPTH} levels"),
                            ));
                        }
                        _ => stack.push(Frame {
                            open_at,
                            label,
                            children: Vec::new(),
                        }),
                    }
                }
                Some(Tok::Close) => {
                    let close_at = self.offset();
                    self.pos += 1;
                    let Some(frame) = stack.pop() else {
                        return Err(error_at(self.input, close_at, "unexpected ')'"));
                    };
                    if frame.children.is_empty() {
                        return Err(error_at(
                            self.input,
                            frame.open_at,
                            format!("empty constituent `({})`", frame.label),
                        ));
                    }
                    let node = PtbTree::phrase(frame.label, frame.children);
                    match stack.last_mut() {
                        Some(parent) => parent.children.push(node),
                        None => return Ok(node),
                    }
                }
                Some(Tok::Atom(a)) => {
                    return Err(error_at(
                        self.input,
                        self.offset(),
                        format!("unexpected word `{a}` among constituents"),
                    ));
                }
            }
        }
    }

    /// Skips to just after the `)` that closes the tree starting at the
    /// current `(` (or to the end), to resynchronize after an error.
    fn skip_tree(&mut self, start: usize) {
        self.pos = start;
        let mut depth = 0usize;
        while let Some(tok) = self.peek(0) {
            self.pos += 1;
            match tok {
                Tok::Open => depth += 1,
                Tok::Close => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return;
                    }
                }
                Tok::Atom(_) => {}
            }
        }
    }
}

fn is_bracket_tag(label: &str) -> bool {
    matches!(
        label,
        "-LRB-" | "-RRB-" | "(" | ")" | "-LSB-" | "-RSB-" | "-LCB-" | "-RCB-"
    )
}

/// Reads every tree in `input`. Fails on the first malformed tree, with its
/// line and column; use [`parse_lenient`] to keep the good trees.
pub fn parse(input: &str) -> Result<Vec<PtbTree>, GoldError> {
    let (trees, mut errors) = parse_lenient(input);
    if errors.is_empty() {
        Ok(trees)
    } else {
        Err(errors.swap_remove(0))
    }
}

/// Reads every tree in `input`, returning the good trees and one error per
/// malformed one. An input without any tree is an error.
pub fn parse_lenient(input: &str) -> (Vec<PtbTree>, Vec<GoldError>) {
    let mut reader = Reader {
        input,
        toks: tokenize(input),
        pos: 0,
    };
    let mut trees = Vec::new();
    let mut errors = Vec::new();
    while let Some(tok) = reader.peek(0) {
        match tok {
            Tok::Open => {
                let start = reader.pos;
                match reader.node() {
                    Ok(tree) => trees.push(tree),
                    Err(e) => {
                        errors.push(e);
                        reader.skip_tree(start);
                    }
                }
            }
            Tok::Close => {
                errors.push(error_at(
                    input,
                    reader.offset(),
                    "unexpected ')' outside any tree",
                ));
                reader.pos += 1;
            }
            Tok::Atom(a) => {
                errors.push(error_at(
                    input,
                    reader.offset(),
                    format!("unexpected text `{a}` outside any tree"),
                ));
                reader.pos += 1;
            }
        }
    }
    if trees.is_empty() && errors.is_empty() {
        errors.push(GoldError::new("no tree found"));
    }
    (trees, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_corenlp_and_anonymous_roots() {
        let trees = parse("(ROOT (S (NP (NNP Russia)) (VP (VBD acted)) (. .)))\n( (S (NP (PRP It)) (VP (VBZ is))))").unwrap();
        assert_eq!(trees.len(), 2);
        assert_eq!(trees[0].label, "ROOT");
        assert_eq!(trees[0].leaves(), vec!["Russia", "acted", "."]);
        assert_eq!(trees[1].label, "");
        assert_eq!(trees[1].children[0].label, "S");
        assert_eq!(trees[1].preterminals()[1].label, "VBZ");
    }

    #[test]
    fn categories_and_function_tags() {
        let t = PtbTree::phrase("NP-TMP-2", vec![PtbTree::leaf("NNP", "Monday")]);
        assert_eq!(t.category(), "NP");
        assert_eq!(t.function_tags(), vec!["TMP"]);
        assert_eq!(category_of("-LRB-"), "-LRB-");
        assert_eq!(category_of("NP-TMP."), "NP");
        assert_eq!(category_of("PP=3"), "PP");
        assert_eq!(category_of("."), ".");
    }

    #[test]
    fn unescaped_bracket_words() {
        let trees = parse("(NP (-LRB- () (NNP EU) (-RRB- )))").unwrap();
        assert_eq!(trees[0].leaves(), vec!["(", "EU", ")"]);
    }

    #[test]
    fn errors_name_line_and_column() {
        let err = parse("(ROOT (S (NP (NNP Russia))\n  (VP (VBD acted))").unwrap_err();
        assert_eq!(err.line, Some(1));
        assert!(err.message.contains("unclosed"), "{err}");

        let err = parse("(S (NP (NNP A)))\n(S (NP (NNP B))))").unwrap_err();
        assert_eq!((err.line, err.column), (Some(2), Some(17)));

        let err = parse("(S (NP (NNP two words)))").unwrap_err();
        assert!(err.to_string().contains("only one word"), "{err}");

        assert!(parse("   ").is_err());
        assert!(parse("(S (NP ))").is_err());
        assert!(parse("(S (NP (NN a)) stray)").is_err());
    }

    #[test]
    fn refuses_absurd_depth() {
        let deep = format!("{}(NN x){}", "(NP ".repeat(2000), ")".repeat(2000));
        let err = parse(&deep).unwrap_err();
        assert!(err.message.contains("deeper"), "{err}");
    }

    #[test]
    fn lenient_keeps_good_trees() {
        let (trees, errors) = parse_lenient("(S (NP (NN a)) x) (S (NP (NN b)))");
        assert_eq!(trees.len(), 1);
        assert_eq!(trees[0].leaves(), vec!["b"]);
        assert_eq!(errors.len(), 1);
    }
}
