//! RSS and Atom feeds (RSS 0.9x/1.0/2.0, Atom 1.0), on `feed-rs`: one
//! document per item, with the item's title, link (as `url`), published (else
//! updated) date, and its content (else its description or summary) as
//! text, markup stripped with the HTML parser so paragraphs stay apart. The
//! feed's title is each document's `source`.

use scraper::{Html, Node};
use std::collections::HashSet;
use tacitus_core::{Document, Origin, RecordError};

/// True when a text looks like a feed: `<rss`, `<feed` or `<rdf:RDF` near
/// the start.
pub fn looks_like_feed(text: &str) -> bool {
    let head = text.get(..text.len().min(1024)).unwrap_or(text);
    head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF")
}

/// Block elements after which a line break keeps paragraphs apart.
const BLOCKS: [&str; 12] = [
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
];

/// The text of an HTML fragment: tags dropped, entities decoded, blocks
/// separated by blank lines, whitespace inside a block collapsed.
pub fn fragment_text(html: &str) -> String {
    if !html.contains(['<', '&']) {
        return html
            .split("\n\n")
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n");
    }
    let fragment = Html::parse_fragment(html);
    let mut raw = String::new();
    // a blank line before each block keeps paragraphs apart
    for node in fragment.root_element().descendants() {
        match node.value() {
            Node::Text(t) => {
                let hidden = node.ancestors().any(|a| {
                    a.value()
                        .as_element()
                        .is_some_and(|e| matches!(e.name(), "script" | "style"))
                });
                if !hidden {
                    raw.push_str(t);
                }
            }
            Node::Element(e) if BLOCKS.contains(&e.name()) => raw.push_str("\n\n"),
            _ => {}
        }
    }
    raw.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The documents of one feed file; errors name the file and the item.
pub(crate) fn read_feed(
    bytes: &[u8],
    file: &str,
    stem: &str,
    default_date: Option<chrono::NaiveDate>,
) -> Vec<Result<Document, RecordError>> {
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(feed) => feed,
        Err(e) => {
            return vec![Err(RecordError::new(
                file,
                None,
                None,
                format!("not a readable RSS or Atom feed: {e}"),
            ))];
        }
    };
    let outlet = feed
        .title
        .as_ref()
        .map(|t| fragment_text(&t.content))
        .filter(|t| !t.is_empty());
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (n, entry) in feed.entries.into_iter().enumerate() {
        let item = format!("item {}", n + 1);
        let title = entry
            .title
            .as_ref()
            .map(|t| fragment_text(&t.content))
            .filter(|t| !t.is_empty());
        let body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.as_deref())
            .map(fragment_text)
            .filter(|t| !t.is_empty())
            .or_else(|| {
                entry
                    .summary
                    .as_ref()
                    .map(|s| fragment_text(&s.content))
                    .filter(|t| !t.is_empty())
            });
        let text = match (body, &title) {
            (Some(body), _) => body,
            (None, Some(title)) => title.clone(),
            (None, None) => {
                out.push(Err(RecordError::new(
                    file,
                    None,
                    Some(item.as_str()),
                    "item has no title, description or content; skipped",
                )));
                continue;
            }
        };
        let url = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(entry.links.first())
            .map(|l| l.href.trim().to_string())
            .filter(|u| !u.is_empty());
        let date = entry
            .published
            .or(entry.updated)
            .map(|d| d.date_naive())
            .or(default_date);
        let id = if entry.id.trim().is_empty() {
            format!("{stem}#{}", n + 1)
        } else {
            entry.id.trim().to_string()
        };
        let id = if seen.insert(id.clone()) {
            id
        } else {
            let unique = format!("{id}#{}", n + 1);
            out.push(Err(RecordError::new(
                file,
                None,
                Some(item.as_str()),
                format!("duplicate id `{id}`; renamed `{unique}`"),
            )));
            seen.insert(unique.clone());
            unique
        };
        let source = outlet
            .clone()
            .or_else(|| url.as_deref().and_then(crate::record::outlet_from_url));
        out.push(Ok(Document {
            id,
            date,
            title,
            text,
            url,
            source,
            language: entry.language.or(feed.language.clone()),
            given_parse: None,
            origin: Origin {
                file: file.to_string(),
                line: None,
                record: Some(n as u64),
            },
        }));
    }
    out
}
