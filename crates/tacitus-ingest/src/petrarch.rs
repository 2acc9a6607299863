//! PETRARCH/TABARI XML: `<Sentences><Sentence id date source sentence>` with
//! `<Text>`, an optional `<Parse>` and, in validation files, the expected
//! `<EventCoding sourcecode targetcode eventcode/>` (or `noevents="True"`, or
//! `error="..."`). `<Config option value/>` elements between records change
//! coder options for the records after them. `<Story>` wrappers, when
//! present, give their `date`/`source`/`id` to the sentences inside.
//!
//! The reader never panics on a malformed file: on an XML error it reports
//! the line and resumes at the next `<Sentence`.

use chrono::NaiveDate;
use quick_xml::events::{BytesStart, Event};
use std::borrow::Cow;
use std::path::Path;
use tacitus_core::{Document, Origin, RecordError, parse_date};

/// One expected event of a validation record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedCoding {
    /// Source actor code as written (may be a quoted new-actor phrase such as
    /// `"INJURY TOLL"`, quotes included).
    pub source: String,
    pub target: String,
    /// CAMEO event code, e.g. `064`.
    pub event: String,
}

/// What kind of parse a record carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseFormat {
    /// A Penn Treebank bracketed tree (`(ROOT (S ...`).
    PennTreebank,
    /// CoNLL-U lines (UniversalPetrarch files).
    Conllu,
    Unknown,
}

/// One `<Sentence>` (or text-bearing `<Story>`) record of a PETRARCH file.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationRecord {
    pub id: String,
    pub date: Option<NaiveDate>,
    /// The `date` attribute as written (`19950101`).
    pub date_text: Option<String>,
    pub source: Option<String>,
    pub category: Option<String>,
    /// The `sentence` attribute (`true` unless it says `false`).
    pub is_sentence: bool,
    /// The text with whitespace runs (including line breaks) collapsed.
    pub text: String,
    /// The parse as written, trimmed.
    pub parse: Option<String>,
    pub parse_format: Option<ParseFormat>,
    /// Expected events in file order (empty for `noevents` and error records).
    pub expected: Vec<ExpectedCoding>,
    /// `<EventCoding noevents="True">`: the coder must find nothing.
    pub noevents: bool,
    /// `<EventCoding error="...">`: the coder is expected to report this
    /// error (`dateline`, `bad_input_parse`, `storydiscard`, ...).
    pub expected_error: Option<String>,
    /// `<Config option value>` settings in effect for this record, in the
    /// order met (later entries override earlier ones with the same option).
    pub config: Vec<(String, String)>,
    /// 1-based line of the `<Sentence` tag.
    pub line: u64,
}

impl ValidationRecord {
    /// The last value of a config option in effect, e.g. `require_dyad`.
    pub fn config_value(&self, option: &str) -> Option<&str> {
        self.config
            .iter()
            .rev()
            .find(|(o, _)| o == option)
            .map(|(_, v)| v.as_str())
    }

    /// The record as a document (the parse kept in `given_parse` when it is
    /// a Penn Treebank tree).
    pub fn to_document(&self, file: &str, record: u64) -> Document {
        Document {
            id: self.id.clone(),
            date: self.date,
            title: None,
            text: self.text.clone(),
            url: None,
            source: self.source.clone(),
            language: None,
            given_parse: match self.parse_format {
                Some(ParseFormat::PennTreebank) => self.parse.clone(),
                _ => None,
            },
            origin: Origin {
                file: file.to_string(),
                line: Some(self.line),
                record: Some(record),
            },
        }
    }
}

/// Everything read from one PETRARCH file.
#[derive(Debug, Default)]
pub struct ValidationFile {
    pub records: Vec<ValidationRecord>,
    /// `<Environment>` children (`Verbfile`, `Actorfile`, `Include`, ...) as
    /// (element name, text).
    pub environment: Vec<(String, String)>,
    pub errors: Vec<RecordError>,
}

/// Reads a PETRARCH validation (or plain sentence) file from disk.
pub fn read_validation_records(path: &Path) -> ValidationFile {
    let file = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => {
            let mut errors = Vec::new();
            let text = crate::decode::decode_file(bytes, &file, &mut errors);
            let mut out = parse_petrarch_xml(&text, &file);
            errors.append(&mut out.errors);
            out.errors = errors;
            out
        }
        Err(e) => ValidationFile {
            errors: vec![RecordError::new(
                file,
                None,
                None,
                format!("cannot read: {e}"),
            )],
            ..Default::default()
        },
    }
}

#[derive(Debug, Default)]
struct Frame {
    id: Option<String>,
    date: Option<String>,
    source: Option<String>,
    category: Option<String>,
    is_sentence: bool,
    is_story: bool,
    text: Option<String>,
    parse: Option<String>,
    expected: Vec<ExpectedCoding>,
    noevents: bool,
    expected_error: Option<String>,
    line: u64,
}

/// Which text-collecting element we are inside.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Collect {
    None,
    Text,
    Parse,
    Environment,
}

struct State<'f> {
    file: &'f str,
    out: ValidationFile,
    config: Vec<(String, String)>,
    frames: Vec<Frame>,
    collect: Collect,
    buffer: String,
    in_environment: bool,
    /// newline counting for line numbers
    counted_to: usize,
    line: u64,
}

impl State<'_> {
    fn line_at(&mut self, text: &str, offset: usize) -> u64 {
        let offset = offset.min(text.len());
        if offset >= self.counted_to {
            self.line += memchr::memchr_iter(b'\n', &text.as_bytes()[self.counted_to..offset])
                .count() as u64;
        } else {
            self.line = memchr::memchr_iter(b'\n', &text.as_bytes()[..offset]).count() as u64 + 1;
        }
        self.counted_to = offset;
        self.line
    }

    fn error(&mut self, line: u64, field: Option<&str>, message: impl Into<String>) {
        self.out
            .errors
            .push(RecordError::new(self.file, Some(line), field, message));
    }
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref().eq_ignore_ascii_case(name.as_bytes()))
        .map(|a| {
            a.unescape_value()
                .unwrap_or_else(|_| Cow::Owned(String::from_utf8_lossy(&a.value).into_owned()))
                .trim()
                .to_string()
        })
}

fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn parse_format(parse: &str) -> ParseFormat {
    let t = parse.trim_start();
    if t.starts_with('(') {
        ParseFormat::PennTreebank
    } else if t
        .split('\n')
        .next()
        .is_some_and(|l| l.starts_with(|c: char| c.is_ascii_digit()) && l.contains('\t'))
    {
        ParseFormat::Conllu
    } else {
        ParseFormat::Unknown
    }
}

/// Parses PETRARCH XML text; `file` names it in errors.
pub fn parse_petrarch_xml(text: &str, file: &str) -> ValidationFile {
    let mut st = State {
        file,
        out: ValidationFile::default(),
        config: Vec::new(),
        frames: Vec::new(),
        collect: Collect::None,
        buffer: String::new(),
        in_environment: false,
        counted_to: 0,
        line: 1,
    };
    let mut offset = 0usize;
    while offset < text.len() {
        match parse_from(text, offset, &mut st) {
            Ok(()) => break,
            Err((error_offset, message)) => {
                let line = st.line_at(text, error_offset);
                st.error(
                    line,
                    None,
                    format!("malformed XML: {message}; resuming at the next <Sentence>"),
                );
                st.frames.clear();
                st.collect = Collect::None;
                st.buffer.clear();
                let from = (error_offset + 1).min(text.len());
                match text
                    .get(from..)
                    .and_then(|rest| rest.find("<Sentence ").or_else(|| rest.find("<Sentence>")))
                {
                    Some(next) => offset = from + next,
                    None => break,
                }
            }
        }
    }
    st.out
}

/// Parses from `offset` to the end; on an XML error returns its offset.
fn parse_from(text: &str, offset: usize, st: &mut State<'_>) -> Result<(), (usize, String)> {
    let mut reader = quick_xml::Reader::from_str(&text[offset..]);
    reader.config_mut().check_end_names = false;
    loop {
        let position = offset + reader.buffer_position() as usize;
        let event = reader
            .read_event()
            .map_err(|e| (offset + reader.error_position() as usize, e.to_string()))?;
        match event {
            Event::Eof => return Ok(()),
            Event::Start(e) => start_element(&e, false, text, position, st),
            Event::Empty(e) => start_element(&e, true, text, position, st),
            Event::End(e) => end_element(e.name().as_ref(), st),
            Event::Text(t) if st.collect != Collect::None => match t.unescape() {
                Ok(s) => st.buffer.push_str(&s),
                Err(_) => st.buffer.push_str(&String::from_utf8_lossy(t.as_ref())),
            },
            Event::CData(t) if st.collect != Collect::None => {
                st.buffer.push_str(&String::from_utf8_lossy(t.as_ref()));
            }
            _ => {}
        }
    }
}

fn start_element(e: &BytesStart<'_>, empty: bool, text: &str, position: usize, st: &mut State<'_>) {
    let name = e.name();
    let name = name.as_ref();
    match name {
        b"Sentence" | b"Story" => {
            let line = st.line_at(text, position);
            let is_story = name == b"Story";
            let frame = Frame {
                id: attr(e, "id"),
                date: attr(e, "date"),
                source: attr(e, "source"),
                category: attr(e, "category"),
                is_sentence: attr(e, "sentence").is_none_or(|s| !s.eq_ignore_ascii_case("false")),
                is_story,
                line,
                ..Default::default()
            };
            st.frames.push(frame);
            if empty {
                end_element(name, st);
            }
        }
        b"EventCoding" => {
            let line = st.line_at(text, position);
            let Some(frame) = st.frames.last_mut() else {
                st.error(
                    line,
                    Some("EventCoding"),
                    "<EventCoding> outside a <Sentence>; ignored",
                );
                return;
            };
            if attr(e, "noevents").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
                frame.noevents = true;
            } else if let Some(err) = attr(e, "error") {
                frame.expected_error = Some(err);
            } else {
                let coding = (
                    attr(e, "sourcecode"),
                    attr(e, "targetcode"),
                    attr(e, "eventcode"),
                );
                match coding {
                    (Some(source), Some(target), Some(event)) => {
                        frame.expected.push(ExpectedCoding {
                            source,
                            target,
                            event,
                        })
                    }
                    _ => {
                        let id = frame.id.clone().unwrap_or_default();
                        st.error(line, Some("EventCoding"), format!("record `{id}`: coding lacks sourcecode, targetcode or eventcode; ignored"));
                    }
                }
            }
        }
        b"Text" | b"Parse" if !empty && !st.frames.is_empty() => {
            st.collect = if name == b"Text" {
                Collect::Text
            } else {
                Collect::Parse
            };
            st.buffer.clear();
        }
        b"Config" => {
            if let (Some(option), Some(value)) = (attr(e, "option"), attr(e, "value")) {
                st.config.push((option, value));
            }
        }
        b"Environment" if !empty => st.in_environment = true,
        _ if st.in_environment && !empty => {
            st.collect = Collect::Environment;
            st.buffer.clear();
        }
        _ => {}
    }
}

fn end_element(name: &[u8], st: &mut State<'_>) {
    match name {
        b"Text" | b"Parse" if matches!(st.collect, Collect::Text | Collect::Parse) => {
            let content = std::mem::take(&mut st.buffer);
            if let Some(frame) = st.frames.last_mut() {
                if st.collect == Collect::Text {
                    frame.text = Some(collapse_whitespace(&content));
                } else {
                    frame.parse = Some(content.trim().to_string());
                }
            }
            st.collect = Collect::None;
        }
        b"Sentence" | b"Story" => {
            let Some(frame) = st.frames.pop() else { return };
            finish_record(frame, st);
        }
        b"Environment" => st.in_environment = false,
        _ if st.collect == Collect::Environment => {
            let content = std::mem::take(&mut st.buffer);
            st.out.environment.push((
                String::from_utf8_lossy(name).into_owned(),
                content.trim().to_string(),
            ));
            st.collect = Collect::None;
        }
        _ => {}
    }
}

fn finish_record(frame: Frame, st: &mut State<'_>) {
    // a story without its own text only wraps sentences
    if frame.is_story && frame.text.is_none() {
        return;
    }
    let story = st.frames.iter().rev().find(|f| f.is_story);
    let date_text = frame
        .date
        .clone()
        .or_else(|| story.and_then(|s| s.date.clone()));
    let source = frame
        .source
        .clone()
        .or_else(|| story.and_then(|s| s.source.clone()));
    let index = st.out.records.len();
    let id = match (&frame.id, story.and_then(|s| s.id.as_ref())) {
        (Some(id), _) if !id.is_empty() => id.clone(),
        (_, Some(story_id)) => format!("{story_id}-{}", index + 1),
        _ => format!(
            "{}#{}",
            Path::new(st.file)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            index + 1
        ),
    };
    let parse = frame.parse.filter(|p| !p.is_empty());
    let text = match frame.text.filter(|t| !t.is_empty()) {
        Some(text) => text,
        None => match parse
            .as_deref()
            .filter(|p| parse_format(p) == ParseFormat::PennTreebank)
            .and_then(text_from_tree)
        {
            Some(text) => {
                st.error(
                    frame.line,
                    Some("Text"),
                    format!("record `{id}` has an empty <Text>; text rebuilt from its <Parse>"),
                );
                text
            }
            None => {
                st.error(
                    frame.line,
                    Some("Text"),
                    format!("record `{id}` has no <Text>; skipped"),
                );
                return;
            }
        },
    };
    let date = date_text.as_deref().and_then(parse_date);
    if date.is_none()
        && let Some(d) = &date_text
    {
        let message = format!("record `{id}`: cannot read date `{d}`; left empty");
        st.error(frame.line, Some("date"), message);
    }
    let record = ValidationRecord {
        id,
        date,
        date_text,
        source,
        category: frame.category,
        is_sentence: frame.is_sentence,
        text,
        parse_format: parse.as_deref().map(parse_format),
        parse,
        expected: frame.expected,
        noevents: frame.noevents,
        expected_error: frame.expected_error,
        config: st.config.clone(),
        line: frame.line,
    };
    st.out.records.push(record);
}

/// The words of a Penn Treebank tree joined back into text (`(NP (NNP US))
/// (, ,)` -> `US,`): used when a record's `<Text>` is empty.
pub fn text_from_tree(tree: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    // a leaf is `(TAG word)`: an atom right after an atom that follows `(`
    let mut prev_open = false;
    let mut tag_seen = false;
    let bytes = tree.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'(' => {
                prev_open = true;
                tag_seen = false;
                i += 1;
            }
            b')' => {
                prev_open = false;
                tag_seen = false;
                i += 1;
            }
            b if b.is_ascii_whitespace() => i += 1,
            _ => {
                let start = i;
                while i < bytes.len()
                    && !bytes[i].is_ascii_whitespace()
                    && bytes[i] != b'('
                    && bytes[i] != b')'
                {
                    i += 1;
                }
                let atom = &tree[start..i];
                if prev_open && !tag_seen {
                    tag_seen = true;
                } else if tag_seen {
                    words.push(atom);
                }
                prev_open = false;
            }
        }
    }
    if words.is_empty() {
        return None;
    }
    let mut text = String::new();
    for word in words {
        let word = match word {
            "-LRB-" => "(",
            "-RRB-" => ")",
            "``" | "''" => "\"",
            w => w,
        };
        let attach_left = matches!(
            word,
            "," | "."
                | ";"
                | ":"
                | "!"
                | "?"
                | ")"
                | "%"
                | "n't"
                | "'s"
                | "'re"
                | "'ve"
                | "'ll"
                | "'d"
                | "'m"
        ) || text.ends_with('(')
            || text.ends_with('$');
        if !text.is_empty() && !attach_left {
            text.push(' ');
        }
        text.push_str(word);
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"<Validation>
<!-- a comment with <Sentence id="fake"> inside -->
<Environment>
    <Verbfile>verbs.txt</Verbfile>
    <Config option="stop_on_error" value="True"></Config>
</Environment>
<Sentences>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"/>
<Text>
Arnor is about to restore full &amp; diplomatic ties
with Gondor.
</Text>
<Parse>
(ROOT (S (NP (NNP Arnor)) (VP (VBZ is))))
</Parse>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date="19950102" id="DEMO-01" sentence="false">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="19950103" id="BROKEN" sentence="true">
<Text>Broken <b>record</Text>
<Parse>( (S </wrong> </Parse>
</Sentence>
<Sentence date="notadate" id="ERR-01">
<EventCoding error="dateline"/>
<Text>CEBU CITY: -- A mayor filed a suit.</Text>
</Sentence>
</Sentences>
</Validation>"#;

    #[test]
    fn reads_records_codings_and_config() {
        let out = parse_petrarch_xml(SAMPLE, "sample.xml");
        let ids: Vec<&str> = out.records.iter().map(|r| r.id.as_str()).collect();
        assert!(
            ids.contains(&"DEMO-00") && ids.contains(&"DEMO-01") && ids.contains(&"ERR-01"),
            "{ids:?}"
        );
        let demo = &out.records[0];
        assert_eq!(
            demo.text,
            "Arnor is about to restore full & diplomatic ties with Gondor."
        );
        assert_eq!(demo.date, NaiveDate::from_ymd_opt(1995, 1, 1));
        assert_eq!(demo.category.as_deref(), Some("DEMO"));
        assert_eq!(demo.parse_format, Some(ParseFormat::PennTreebank));
        assert!(demo.parse.as_deref().unwrap().starts_with("(ROOT"));
        assert_eq!(demo.expected.len(), 2);
        assert_eq!(
            demo.expected[0],
            ExpectedCoding {
                source: "ARN".into(),
                target: "GON".into(),
                event: "064".into()
            }
        );
        assert_eq!(demo.expected[1].source, "\"INJURY TOLL\"");
        assert_eq!(demo.config_value("require_dyad"), None);
        assert_eq!(demo.line, 8);
        let none = &out.records[1];
        assert!(none.noevents && none.expected.is_empty() && !none.is_sentence);
        assert_eq!(none.config_value("require_dyad"), Some("false"));
        let err = out.records.iter().find(|r| r.id == "ERR-01").unwrap();
        assert_eq!(err.expected_error.as_deref(), Some("dateline"));
        assert_eq!(err.date, None);
        assert!(
            out.errors
                .iter()
                .any(|e| e.field.as_deref() == Some("date"))
        );
        assert_eq!(
            out.environment,
            vec![("Verbfile".to_string(), "verbs.txt".to_string())]
        );
        let doc = demo.to_document("sample.xml", 0);
        assert_eq!(doc.given_parse, demo.parse);
        assert_eq!(doc.id, "DEMO-00");
    }

    #[test]
    fn text_is_rebuilt_from_a_tree() {
        let tree = "(ROOT (S (NP (DT The) (NNP US)) (VP (VBD fired) (PP (IN at) (NP (NNP Russia))) (NP-TMP (DT this) (NN week))) (. .)))";
        assert_eq!(
            text_from_tree(tree).as_deref(),
            Some("The US fired at Russia this week.")
        );
        assert_eq!(text_from_tree("( (S (NP (PRP He)) (VP (VBD did) (RB n't)) (, ,) (-LRB- -LRB-) (NN x) (-RRB- -RRB-)))").as_deref(), Some("He didn't, (x)"));
        assert_eq!(text_from_tree("()"), None);
    }

    #[test]
    fn story_wrappers_give_defaults() {
        let xml = r#"<Stories>
<Story id="AFP01" date="20250703" source="AFP">
<Sentences>
<Sentence id="AFP01-1"><Text>Russia recognized the Taliban.</Text></Sentence>
<Sentence date="20250704"><Text>Kabul welcomed it.</Text></Sentence>
</Sentences>
</Story>
<Story id="AFP02" date="20250705"><Text>A whole story as one text.</Text></Story>
</Stories>"#;
        let out = parse_petrarch_xml(xml, "stories.xml");
        assert!(out.errors.is_empty(), "{:?}", out.errors);
        let got: Vec<(&str, Option<NaiveDate>, Option<&str>)> = out
            .records
            .iter()
            .map(|r| (r.id.as_str(), r.date, r.source.as_deref()))
            .collect();
        let d = |day| NaiveDate::from_ymd_opt(2025, 7, day);
        assert_eq!(
            got,
            [
                ("AFP01-1", d(3), Some("AFP")),
                ("AFP01-2", d(4), Some("AFP")),
                ("AFP02", d(5), None)
            ]
        );
    }

    #[test]
    fn truncated_file_does_not_panic() {
        for cut in (0..SAMPLE.len()).step_by(7) {
            if SAMPLE.is_char_boundary(cut) {
                let _ = parse_petrarch_xml(&SAMPLE[..cut], "cut.xml");
            }
        }
        let out = parse_petrarch_xml(
            "<Sentences><Sentence id=\"a\" <Text>x</Text></Sentence><Sentence id=\"b\"><Text>ok</Text></Sentence>",
            "bad.xml",
        );
        assert!(!out.errors.is_empty());
        assert!(out.records.iter().any(|r| r.id == "b"));
    }
}
