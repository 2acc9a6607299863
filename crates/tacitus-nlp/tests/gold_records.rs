//! Test support: the `<Sentence>` records of PETRARCH validation XML files
//! (id, `<Text>`, `<Parse>`, line). Included by the other `gold_*` tests with
//! `#[path]`.
//!
//! Hand-written rather than quick-xml: these files carry comments that are
//! not well-formed XML (`--` inside), and tests need only three fields.
#![allow(dead_code)]

use std::path::Path;

#[derive(Debug, Clone)]
pub struct Record {
    pub id: String,
    /// 1-based line of the `<Sentence` tag.
    pub line: usize,
    pub text: String,
    pub parse: String,
}

fn decode_entities(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Blanks out `<!-- ... -->` comments, keeping newlines so lines still count.
fn blank_comments(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = after.find("-->").map_or(after.len(), |e| e + 3);
        out.extend(
            after[..end]
                .chars()
                .map(|c| if c == '\n' { '\n' } else { ' ' }),
        );
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

fn element<'a>(body: &'a str, name: &str) -> Option<&'a str> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let start = body.find(&open)? + open.len();
    let end = body[start..].find(&close)? + start;
    Some(&body[start..end])
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let pos = tag
        .find(&format!("{name} "))
        .or_else(|| tag.find(&format!("{name}=")))?;
    let rest = &tag[pos + name.len()..];
    let q = rest.find('"')?;
    let rest = &rest[q + 1..];
    let e = rest.find('"')?;
    Some(rest[..e].to_string())
}

pub fn read_records(path: &Path) -> Vec<Record> {
    let raw = std::fs::read_to_string(path).unwrap();
    let xml = blank_comments(&raw);
    let mut out = Vec::new();
    let mut offset = 0;
    while let Some(found) = xml[offset..].find("<Sentence ") {
        let start = offset + found;
        let end = xml[start..]
            .find("</Sentence>")
            .map_or(xml.len(), |e| start + e);
        let body = &xml[start..end];
        let tag_end = body.find('>').unwrap_or(body.len());
        let id = attribute(&body[..tag_end], "id").unwrap_or_default();
        let line = xml[..start].matches('\n').count() + 1;
        let text = element(body, "Text")
            .map(decode_entities)
            .unwrap_or_default();
        let parse = element(body, "Parse")
            .map(decode_entities)
            .unwrap_or_default();
        out.push(Record {
            id,
            line,
            text,
            parse,
        });
        offset = end.max(start + 1);
    }
    out
}

/// The dependency labels of spaCy's English parser (en_core_web_sm 3.8),
/// written out here as the reference every converted tree is checked against.
pub const SPACY_LABELS: &[&str] = &[
    "ROOT",
    "acl",
    "acomp",
    "advcl",
    "advmod",
    "agent",
    "amod",
    "appos",
    "attr",
    "aux",
    "auxpass",
    "case",
    "cc",
    "ccomp",
    "compound",
    "conj",
    "csubj",
    "csubjpass",
    "dative",
    "dep",
    "det",
    "dobj",
    "expl",
    "intj",
    "mark",
    "meta",
    "neg",
    "nmod",
    "npadvmod",
    "nsubj",
    "nsubjpass",
    "nummod",
    "oprd",
    "parataxis",
    "pcomp",
    "pobj",
    "poss",
    "preconj",
    "predet",
    "prep",
    "prt",
    "punct",
    "quantmod",
    "relcl",
    "xcomp",
];
