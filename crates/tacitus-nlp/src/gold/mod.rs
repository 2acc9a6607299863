//! Gold and external trees enter the pipeline here: Penn Treebank bracketed
//! parses ([`ptb`]), converted to ClearNLP/spaCy-style dependencies by head
//! rules ([`to_dependencies`]) and aligned onto the document text
//! ([`analyze_given_parse`], [`analyze_given_document`]); and CoNLL-U files
//! ([`conllu`], UD trees restructured by [`ud`]). Everything ends up as
//! [`tacitus_core::AnalyzedSentence`], the same type our own parser produces.
//!
//! Conversion conventions (those of spaCy's English models, which our parser
//! learns from): the main verb heads its clause, with auxiliaries, modals and
//! infinitival `to` as `aux`/`auxpass`; a copula with a nominal or adjectival
//! predicate heads (`attr`, `acomp`); prepositions head their objects
//! (`prep` -> `pobj`, clausal objects `pcomp`), passive `by` is `agent`;
//! possessive `'s` is `case` under the possessor, itself `poss` of the noun;
//! complementizers are `mark` under the clause's verb; coordination chains
//! (each conjunct `conj` of the one before, `cc` and commas under the
//! conjunct before them). Every tree converts to one projective tree.
//!
//! Known weaknesses: flat NPs get a flat analysis (every premodifier a
//! `compound` or `amod` of the last noun; only title words such as `Deputy
//! Prime Minister` are grouped, under their last word); `dative` is only found for two bare NP objects;
//! `oprd`, `csubj`, `parataxis` and `intj` are rarely or never produced;
//! label choices between `ccomp`/`xcomp`/`advcl` and `relcl`/`acl` follow
//! simple configuration tests (subject present, comma before, gap in the
//! clause) rather than lexical knowledge. CoNLL-U input with Universal
//! Dependencies labels is restructured to the same style ([`ud`]), but
//! multiword expressions (`fixed`) and other UD-only relations become `dep`.

mod align;
pub mod conllu;
mod convert;
mod given;
mod headrules;
mod labels;
pub mod ptb;
pub mod ud;

use std::fmt;

pub use align::{align_words, analyze_tree};
pub use convert::{DepToken, to_dependencies};
pub use given::{analyze_given_document, analyze_given_parse};
pub use ptb::PtbTree;

/// A problem with one gold record: a malformed tree or CoNLL-U line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldError {
    /// Byte offset into the input where the problem was found, if known.
    pub offset: Option<usize>,
    /// 1-based line in the input, if known.
    pub line: Option<usize>,
    /// 1-based column (characters) in the input, if known.
    pub column: Option<usize>,
    pub message: String,
}

impl GoldError {
    pub fn new(message: impl Into<String>) -> Self {
        GoldError {
            offset: None,
            line: None,
            column: None,
            message: message.into(),
        }
    }

    pub fn at(offset: usize, line: usize, column: usize, message: impl Into<String>) -> Self {
        GoldError {
            offset: Some(offset),
            line: Some(line),
            column: Some(column),
            message: message.into(),
        }
    }

    pub fn at_line(line: usize, message: impl Into<String>) -> Self {
        GoldError {
            offset: None,
            line: Some(line),
            column: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for GoldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.column) {
            (Some(line), Some(column)) => {
                write!(f, "line {line}, column {column}: {}", self.message)
            }
            (Some(line), None) => write!(f, "line {line}: {}", self.message),
            _ => write!(f, "{}", self.message),
        }
    }
}

impl std::error::Error for GoldError {}
