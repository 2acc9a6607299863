//! The loaded (not yet compiled) dictionary model, shared by the PETRARCH and
//! tacdict readers.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use tacitus_core::{DictionaryEntryRef, RecordError};

/// A code valid over a date range: `from` inclusive, `until` exclusive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatedCode {
    pub code: String,
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

impl DatedCode {
    pub fn plain(code: impl Into<String>) -> Self {
        DatedCode {
            code: code.into(),
            from: None,
            until: None,
        }
    }

    /// True when `date` falls in `[from, until)`.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|f| date >= f) && self.until.is_none_or(|u| date < u)
    }

    pub fn is_dated(&self) -> bool {
        self.from.is_some() || self.until.is_some()
    }
}

/// Picks the code valid at `date`: the first listed dated code whose range
/// contains it, else the first undated code (PETRARCH's default), else none.
/// Without a date, the code valid today, else the undated default, else the
/// last listed.
pub fn code_at(codes: &[DatedCode], date: Option<NaiveDate>) -> Option<&DatedCode> {
    let day = date.unwrap_or_else(|| chrono::Utc::now().date_naive());
    codes
        .iter()
        .find(|c| c.is_dated() && c.contains(day))
        .or_else(|| codes.iter().find(|c| !c.is_dated()))
        .or_else(|| if date.is_none() { codes.last() } else { None })
}

/// An actor: one or more dated codes and the phrases that name it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorEntry {
    pub codes: Vec<DatedCode>,
    /// Phrases as word lists (lower-case).
    pub phrases: Vec<Vec<String>>,
    pub entry: DictionaryEntryRef,
}

/// Where an agent's code goes relative to the actor's code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AgentPosition {
    /// `[~GOV]`: appended (`RUS` + `GOV` = `RUSGOV`).
    Suffix,
    /// `[NGO~]`: prepended.
    Prefix,
}

/// An agent (a role such as "minister" or "troops").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgentEntry {
    pub codes: Vec<DatedCode>,
    pub position: AgentPosition,
    pub phrases: Vec<Vec<String>>,
    pub entry: DictionaryEntryRef,
}

/// What a discard phrase throws away.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum DiscardScope {
    Sentence,
    Story,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiscardEntry {
    pub scope: DiscardScope,
    pub phrase: Vec<String>,
    pub entry: DictionaryEntryRef,
}

/// What an issue line does when its phrase is found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum IssueKind {
    /// `phrase [CODE]`: the sentence is about `code`.
    Tag,
    /// `~phrase`: these words do not count for the section's category
    /// ("olive oil" is not OIL); the longest phrase at a word wins.
    Exclude,
    /// `~~phrase`: a sentence holding the phrase gets no tag of the
    /// section's category at all (an acronym spelled out as something else).
    Veto,
}

/// An issue line (PETRARCH issue coding) with its phrase expanded into the
/// word sequences it matches (`n:` nouns singular and plural, `v:` verb
/// forms, `+` joined by a space or a hyphen).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IssueEntry {
    /// The `<ISSUE CATEGORY="...">` section (the code when outside any).
    pub category: String,
    /// The issue code (the category when the line names none).
    pub code: String,
    pub kind: IssueKind,
    /// Lower-case word sequences, each matched as consecutive tokens.
    pub phrases: Vec<Vec<String>>,
    pub entry: DictionaryEntryRef,
}

/// A CAMEO event code pair: the event of the source on the target, and
/// optionally the paired event of the target on the source (`[032:033]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct CodePair {
    /// `None` for `---` (recognised but not coded).
    pub primary: Option<String>,
    pub paired: Option<String>,
}

/// One item of a PETRARCH verb pattern.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PatternItem {
    /// A literal word (lower-case). `exact` when written with a trailing `_`.
    Word {
        word: String,
        exact: bool,
    },
    /// A synonym set `&NAME` (resolved at compile time).
    Synset(String),
    /// `$`: the source is here.
    Source,
    /// `+`: the target is here.
    Target,
    /// `^`, `%` and other markers we accept but do not use.
    Skip,
    /// `{` ... `}`: a noun phrase group.
    OpenNp,
    CloseNp,
    /// `(` ... `)`: a prepositional phrase group; its first word is the preposition.
    OpenPp,
    ClosePp,
    /// `^`: one noun phrase passed over ("(AT) ^ +": the target is the
    /// phrase after the one following "at").
    SkipPhrase,
}

/// A dependency slot in a tacdict verb pattern (`dobj=...`, `prep:with=...`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DepArg {
    /// `dobj`, `iobj`, `attr`, `xcomp`, `ccomp`, `acomp`, `prep:with`, ...
    pub rel: String,
    /// Lemmas the slot's head must be one of (empty: any).
    pub lemmas: Vec<String>,
    /// The actor in this slot is the target.
    pub target: bool,
}

/// How a pattern is written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PatternBody {
    /// PETRARCH: words before the verb and after it.
    Petrarch {
        pre: Vec<PatternItem>,
        post: Vec<PatternItem>,
    },
    /// tacdict: dependency slots.
    Dependency { args: Vec<DepArg> },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerbPattern {
    pub body: PatternBody,
    pub code: CodePair,
    pub entry: DictionaryEntryRef,
}

/// A trigger of a verb block: a verb (or event noun), possibly multi-word.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerbTrigger {
    /// Words of the trigger (lower-case); `verb_index` is the word that is the verb.
    pub words: Vec<String>,
    pub verb_index: usize,
    /// Inflected forms of the verb word given explicitly (`{BROKE BROKEN}`).
    pub forms: Vec<String>,
    /// A noun trigger (`n:talks`).
    pub noun: bool,
    /// A code of its own, overriding the block's default.
    pub code: Option<CodePair>,
    pub entry: DictionaryEntryRef,
}

/// A verb block: triggers sharing patterns and a default code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerbBlock {
    pub name: String,
    pub code: CodePair,
    pub triggers: Vec<VerbTrigger>,
    pub patterns: Vec<VerbPattern>,
    pub entry: DictionaryEntryRef,
}

/// An actor slot of a verb transformation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum TransformActor {
    /// A variable (`a`, `b`): binds an actor on first use and must be the
    /// same actor afterwards; distinct variables are distinct actors.
    Var(String),
    /// `.`: any actor, not bound.
    Any,
    /// `_`: no actor (an infinitive without a subject of its own).
    Absent,
}

/// The verb slot of a transformation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum TransformVerb {
    /// A verb of the dictionary (`SAY`, `ATTACK`): events coded with the
    /// verb's code or a more specific code of its family match (`ATTACK`
    /// [190] matches 193). `code` is filled when compiling; a verb without a
    /// code (`[---]`) matches that verb word itself.
    Verb {
        words: Vec<String>,
        code: Option<String>,
    },
    /// A CAMEO code written as digits: that code or its family.
    Code(String),
    /// `Q`: any code, bound for the result.
    Any,
}

/// What an event slot of a transformation holds as its target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum TransformTarget {
    Actor(TransformActor),
    /// `(...)`: the event the verb reports or governs.
    Event(Box<TransformEvent>),
}

/// `source target verb`, as transformations are written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TransformEvent {
    pub source: TransformActor,
    pub target: TransformTarget,
    pub verb: TransformVerb,
}

/// A verb transformation (`~ a (b . ATTACK) SAY = a b 112`): an event
/// embedding another event, both matching `pattern`, is coded as one event
/// from the variable `source` to the variable `target` with `code` (`None`:
/// the code bound by `Q`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transformation {
    pub pattern: TransformEvent,
    pub source: String,
    pub target: String,
    pub code: Option<String>,
    pub entry: DictionaryEntryRef,
}

/// A PLOVER mode/context rule (tacdict `@kind plover`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PloverRule {
    /// PLOVER type, CAMEO code prefix, or `*`.
    pub scope: String,
    /// `mode` or `context`.
    pub field: String,
    pub value: String,
    pub words: Vec<String>,
    pub entry: DictionaryEntryRef,
}

/// Everything loaded from a set of dictionary files, before compilation.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Dictionaries {
    pub actors: Vec<ActorEntry>,
    pub agents: Vec<AgentEntry>,
    pub verbs: Vec<VerbBlock>,
    /// Verb transformations (`~` lines of a verb file).
    pub transformations: Vec<Transformation>,
    /// Synonym sets: name (without `&`) -> phrases.
    pub synsets: Vec<(String, Vec<Vec<String>>)>,
    pub discards: Vec<DiscardEntry>,
    pub issues: Vec<IssueEntry>,
    pub plover: Vec<PloverRule>,
    /// Per file: path, kind and number of entries read.
    pub files: Vec<FileSummary>,
    /// Problems met while reading (the entry was skipped).
    pub warnings: Vec<RecordError>,
}

/// What one dictionary file contributed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileSummary {
    pub path: String,
    pub kind: DictKind,
    pub entries: usize,
}

/// The kinds of dictionary files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DictKind {
    Verbs,
    Actors,
    Agents,
    Discards,
    Issues,
    Plover,
}

impl std::fmt::Display for DictKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = match self {
            DictKind::Verbs => "verbs",
            DictKind::Actors => "actors",
            DictKind::Agents => "agents",
            DictKind::Discards => "discards",
            DictKind::Issues => "issues",
            DictKind::Plover => "plover",
        };
        f.write_str(s)
    }
}

impl Dictionaries {
    /// Appends everything from `other`.
    pub fn extend(&mut self, other: Dictionaries) {
        self.actors.extend(other.actors);
        self.agents.extend(other.agents);
        self.verbs.extend(other.verbs);
        self.transformations.extend(other.transformations);
        self.synsets.extend(other.synsets);
        self.discards.extend(other.discards);
        self.issues.extend(other.issues);
        self.plover.extend(other.plover);
        self.files.extend(other.files);
        self.warnings.extend(other.warnings);
    }
}

/// Makes a [`DictionaryEntryRef`].
pub fn entry_ref(file: &str, line: usize, id: Option<String>, text: &str) -> DictionaryEntryRef {
    DictionaryEntryRef {
        dictionary: file.to_string(),
        line: u32::try_from(line).ok(),
        id,
        text: text.trim().to_string(),
    }
}

/// Splits a dictionary phrase (`AFGHAN_NATIONAL_ARMY`, `CARAS GALADHON`) into
/// lower-case words; trailing `_` markers are dropped.
/// Words are lowercased (matching is case-insensitive), except a word
/// written `=WORD` (tacdict: `=US`), kept as written: it matches only a token
/// spelled exactly so (an acronym that is also an English word).
pub fn phrase_words(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.len() > 1 && w.starts_with('=') {
                w.to_string()
            } else {
                w.to_lowercase()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::petrarch::parse_codes;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn date_restricted_codes() {
        // An undated default, then restrictions checked first, in order.
        let codes = parse_codes(
            "[HOB] [HOBCIV <20080120] [ORCHOB 20100109-20100112] [HOBMIL 20080120-20121109] [HOBELI >20130119]",
        )
        .unwrap();
        let at = |date| code_at(&codes, date).map(|c| c.code.as_str());
        assert_eq!(at(d(2008, 1, 19)), Some("HOBCIV"));
        // `<` is strict, ranges include both ends (as the validation
        // suite's DATE-11 and DATE-12 records have it), `>` inclusive.
        assert_eq!(at(d(2008, 1, 20)), Some("HOBMIL"));
        assert_eq!(
            at(d(2010, 1, 10)),
            Some("ORCHOB"),
            "the first listed restriction wins"
        );
        assert_eq!(at(d(2010, 1, 12)), Some("ORCHOB"));
        assert_eq!(at(d(2010, 1, 13)), Some("HOBMIL"));
        assert_eq!(at(d(2012, 11, 9)), Some("HOBMIL"));
        assert_eq!(
            at(d(2012, 11, 10)),
            Some("HOB"),
            "no restriction covers it: the default"
        );
        assert_eq!(at(d(2013, 1, 19)), Some("HOBELI"));
        // Without a default, nothing outside the ranges.
        let only = parse_codes("[RUSGOV >20000507]").unwrap();
        assert_eq!(code_at(&only, d(2000, 5, 6)), None);
        assert_eq!(
            code_at(&only, d(2000, 5, 7)).map(|c| c.code.as_str()),
            Some("RUSGOV")
        );
    }
}
