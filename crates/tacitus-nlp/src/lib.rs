//! # tacitus-nlp
//!
//! English analysis in pure Rust: part-of-speech tagger, dependency parser and
//! lemmatizer, their training and model files; readers for Penn Treebank
//! bracketed trees and CoNLL-U, with head rules, so gold or external parses
//! enter the same [`AnalyzedSentence`] type as ours.
//!
//! The tagger is a greedy averaged perceptron; the parser a greedy arc-hybrid
//! transition parser with an averaged perceptron trained by a dynamic oracle
//! (both written here rather than taken from a crate: they are our core, and
//! the feature hashing and flat weight tables are what make them fast).
//! Models are trained from silver data by `tools/train-models.sh`, stored in
//! `data/models/` (format in `data/models/README.md`) and embedded in the
//! binary.
//!
//! **Must never**: care where a tree came from (ours, gold and external trees
//! meet one type), or know about dictionaries and events. Models are immutable
//! and `Sync`; analysis is a pure function of (text, models).

pub mod corpus;
pub mod gold;
mod hash;
pub mod lemma;
mod linear;
pub mod modelfile;
pub mod parser;
mod sparse;
pub mod tagger;
pub mod tagset;
mod token;
pub mod train;

use parser::{ParseScratch, Parser};
use std::cell::RefCell;
use std::path::Path;
use std::sync::{Arc, OnceLock};
use tacitus_core::{
    AnalyzedDocument, AnalyzedSentence, AnalyzedToken, Document, SentenceSpan, TacitusError,
    TokenSpan,
};
use tagger::Tagger;
use token::{Scratch, TokenInfo};

pub use corpus::{TrainSentence, read_conllu, write_conllu};
pub use train::{Scores, TrainOptions, evaluate, train_models};

/// File names of the models inside a models directory.
pub const TAGGER_FILE: &str = "tagger.bin.zst";
pub const PARSER_FILE: &str = "parser.bin.zst";
/// Environment variable naming a directory that overrides the embedded models.
pub const MODELS_ENV: &str = "TACITUS_MODELS";

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded_models.rs"));
}

struct Models {
    tagger: Tagger,
    parser: Parser,
    /// Parser atom of each tagger tag id.
    tag_atoms: Vec<u64>,
}

/// The analyzer: tags, parses and lemmatizes segmented text. Cheap to clone
/// (the models are shared) and `Send + Sync`.
#[derive(Clone)]
pub struct Analyzer {
    models: Arc<Models>,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer")
            .field("tags", &self.models.tagger.tags().len())
            .field("labels", &self.models.parser.labels().len())
            .finish()
    }
}

#[derive(Default)]
struct Buffers {
    scratch: Scratch,
    infos: Vec<TokenInfo>,
    feats: Vec<u64>,
    tag_ids: Vec<u8>,
    words: Vec<u64>,
    tags: Vec<u64>,
    parse: ParseScratch,
}

thread_local! {
    static BUFFERS: RefCell<Buffers> = RefCell::new(Buffers::default());
}

/// The form the models see for a token: its normalised form when the
/// tokenizer gives one, else the covered text.
pub fn token_form<'a>(text: &'a str, token: &'a TokenSpan) -> &'a str {
    token.span.slice(text).unwrap_or_default()
}

impl Analyzer {
    /// The models embedded in the binary, or those in `$TACITUS_MODELS` when
    /// set. Loaded once per process; later calls share them.
    pub fn builtin() -> Result<Self, TacitusError> {
        static BUILTIN: OnceLock<Result<Analyzer, (String, String)>> = OnceLock::new();
        let loaded = BUILTIN.get_or_init(|| {
            let result = match std::env::var_os(MODELS_ENV) {
                Some(dir) if !dir.is_empty() => Analyzer::from_dir(Path::new(&dir)),
                _ => Analyzer::embedded(),
            };
            result.map_err(|e| match e {
                TacitusError::Model { name, message } => (name, message),
                other => ("builtin".to_string(), other.to_string()),
            })
        });
        match loaded {
            Ok(a) => Ok(a.clone()),
            Err((name, message)) => Err(TacitusError::Model {
                name: name.clone(),
                message: message.clone(),
            }),
        }
    }

    /// The models compiled into the binary (no environment lookup, no caching).
    pub fn embedded() -> Result<Self, TacitusError> {
        if embedded::TAGGER.is_empty() || embedded::PARSER.is_empty() {
            return Err(TacitusError::Model {
                name: "builtin".into(),
                message: "this build has no embedded models (data/models/*.zst were missing at build time); \
                          set TACITUS_MODELS=DIR or pass --models DIR"
                    .into(),
            });
        }
        Self::from_bytes(embedded::TAGGER, embedded::PARSER)
    }

    /// Loads `tagger.bin.zst` and `parser.bin.zst` from a directory.
    pub fn from_dir(dir: &Path) -> Result<Self, TacitusError> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read(&path).map_err(|e| TacitusError::Io {
                path: path.display().to_string(),
                message: e.to_string(),
            })
        };
        Self::from_bytes(&read(TAGGER_FILE)?, &read(PARSER_FILE)?)
    }

    /// Loads models from file contents (the two in parallel: decompressing
    /// and building the weight tables is most of the start-up time).
    pub fn from_bytes(tagger: &[u8], parser: &[u8]) -> Result<Self, TacitusError> {
        let (tagger, parser) = std::thread::scope(|scope| {
            let parser_job = scope.spawn(|| Parser::from_bytes(PARSER_FILE, parser));
            let tagger = Tagger::from_bytes(TAGGER_FILE, tagger);
            let parser = parser_job
                .join()
                .unwrap_or_else(|_| Parser::from_bytes(PARSER_FILE, parser));
            (tagger, parser)
        });
        Ok(Self::from_models(tagger?, parser?))
    }

    pub fn from_models(tagger: Tagger, parser: Parser) -> Self {
        let tag_atoms = tagger.tags().iter().map(|t| parser::tag_atom(t)).collect();
        Analyzer {
            models: Arc::new(Models {
                tagger,
                parser,
                tag_atoms,
            }),
        }
    }

    pub fn tagger(&self) -> &Tagger {
        &self.models.tagger
    }

    pub fn parser(&self) -> &Parser {
        &self.models.parser
    }

    /// Analyzes one document's text.
    pub fn analyze(&self, doc: &Document) -> AnalyzedDocument {
        let sentences = tacitus_text::segment(&doc.text)
            .iter()
            .enumerate()
            .map(|(i, s)| self.analyze_sentence(&doc.text, s, i))
            .collect();
        AnalyzedDocument {
            doc_id: doc.id.clone(),
            text: doc.text.clone(),
            sentences,
        }
    }

    /// Analyzes one segmented sentence of `text`.
    pub fn analyze_sentence(
        &self,
        text: &str,
        sentence: &SentenceSpan,
        index: usize,
    ) -> AnalyzedSentence {
        BUFFERS.with(|cell| match cell.try_borrow_mut() {
            Ok(mut b) => self.analyze_with(&mut b, text, sentence, index),
            Err(_) => self.analyze_with(&mut Buffers::default(), text, sentence, index),
        })
    }

    /// Tags and parses one segmented sentence of `text` without building
    /// the string-carrying [`AnalyzedSentence`]: tag ids (see
    /// [`Tagger::tag_name`]) and the tree (see [`Parser::label_name`]). The
    /// lean path for callers that need only the structure, and what `tacitus
    /// bench analyze` times as "tag + parse".
    pub fn tag_and_parse(&self, text: &str, sentence: &SentenceSpan) -> (Vec<u8>, parser::Parse) {
        BUFFERS.with(|cell| match cell.try_borrow_mut() {
            Ok(mut b) => {
                let tree = self.tag_parse_with(&mut b, text, sentence);
                (b.tag_ids.clone(), tree)
            }
            Err(_) => {
                let mut b = Buffers::default();
                let tree = self.tag_parse_with(&mut b, text, sentence);
                (b.tag_ids, tree)
            }
        })
    }

    /// Tags into `b.tag_ids` and returns the parse.
    fn tag_parse_with(
        &self,
        b: &mut Buffers,
        text: &str,
        sentence: &SentenceSpan,
    ) -> parser::Parse {
        let m = &*self.models;
        let Buffers {
            scratch,
            infos,
            feats,
            tag_ids,
            words,
            tags,
            parse,
        } = b;
        infos.clear();
        for t in &sentence.tokens {
            infos.push(TokenInfo::compute(token_form(text, t), scratch));
        }
        m.tagger.tag(infos, feats, tag_ids);
        words.clear();
        words.extend(infos.iter().map(|i| m.parser.word_atom(i)));
        tags.clear();
        tags.extend(
            tag_ids
                .iter()
                .map(|&t| m.tag_atoms.get(t as usize).copied().unwrap_or(0)),
        );
        m.parser.parse(words, tags, parse)
    }

    fn analyze_with(
        &self,
        b: &mut Buffers,
        text: &str,
        sentence: &SentenceSpan,
        index: usize,
    ) -> AnalyzedSentence {
        let m = &*self.models;
        let tree = self.tag_parse_with(b, text, sentence);
        let tag_ids = &b.tag_ids;
        let tokens = sentence
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let word = t.span.slice(text).unwrap_or_default();
                let tag = m.tagger.tag_name(tag_ids[i] as usize);
                let head = tree.heads[i];
                AnalyzedToken {
                    text: word.to_string(),
                    span: t.span,
                    tag: tag.to_string(),
                    lemma: lemma::lemmatize(t.norm.as_deref().unwrap_or(word), tag),
                    head,
                    dep: if head.is_none() {
                        parser::ROOT_LABEL.to_string()
                    } else {
                        m.parser.label_name(tree.labels[i]).to_string()
                    },
                }
            })
            .collect();
        AnalyzedSentence {
            index,
            span: sentence.span,
            tokens,
        }
    }
}
