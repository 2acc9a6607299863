//! Article extraction from HTML pages, on `scraper` (html5ever's parser,
//! which repairs broken markup the way browsers do).
//!
//! - Title: `og:title`, else the first `<h1>`, else `<title>`.
//! - Date: `article:published_time` (and the usual `date`/`pubdate`/
//!   `datePublished` metas), else the first `<time datetime>`.
//! - Body: paragraphs (`<p>`, and headings, list items, quotes and `<pre>`
//!   beside them) of the container with the most paragraph text, counting a
//!   paragraph fully for its parent and half for its grandparent, as
//!   readability does; an `<article>` holding at least as much text wins.
//!   Navigation, headers, footers, asides, forms, scripts and styles never
//!   count, and link-heavy paragraphs (menus, "read more" lists) are dropped.
//!   Paragraphs are joined by blank lines.

use scraper::{ElementRef, Html, Node, Selector};
use std::collections::HashMap;
use tacitus_core::{Document, Origin, parse_date};

/// What a page yields: the article's fields.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExtractedArticle {
    pub title: Option<String>,
    pub date: Option<chrono::NaiveDate>,
    /// Paragraphs joined by blank lines.
    pub text: String,
    /// `link rel=canonical` or `og:url`.
    pub url: Option<String>,
    /// `og:site_name`.
    pub site: Option<String>,
    /// `<html lang>`, its primary subtag.
    pub language: Option<String>,
}

/// Elements whose content is never article text.
const EXCLUDED: [&str; 14] = [
    "nav", "header", "footer", "aside", "script", "style", "form", "noscript", "template",
    "button", "select", "svg", "iframe", "textarea",
];

/// Elements that are paragraphs of the body.
const PARAGRAPHS: [&str; 9] = ["p", "h2", "h3", "h4", "li", "blockquote", "pre", "dd", "td"];

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

/// Whitespace collapsed and trimmed.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The `content` of the first `<meta>` matching one of `selectors`.
fn meta(page: &Html, selectors: &[&str]) -> Option<String> {
    selectors.iter().find_map(|css| {
        let sel = selector(css)?;
        page.select(&sel)
            .filter_map(|e| e.value().attr("content"))
            .map(collapse)
            .find(|c| !c.is_empty())
    })
}

/// True for an element whose content is never article text. A `<form>`
/// holding an `<article>` or several paragraphs wraps the whole page (as on
/// ASP.NET sites) and is not excluded.
fn excluded_tag(element: &ElementRef) -> bool {
    let name = element.value().name();
    if name == "form" {
        let mut paragraphs = 0;
        for d in element.descendants().filter_map(ElementRef::wrap) {
            match d.value().name() {
                "article" | "main" => return false,
                "p" => paragraphs += 1,
                _ => {}
            }
            if paragraphs >= 3 {
                return false;
            }
        }
        return true;
    }
    EXCLUDED.contains(&name)
}

/// The excluded elements of a page, found once (see [`excluded_tag`]).
type Excluded<'a> = dyn Fn(&ElementRef) -> bool + 'a;

/// True when the element or an ancestor is excluded.
fn inside_excluded(element: &ElementRef, is_excluded: &Excluded) -> bool {
    is_excluded(element)
        || element
            .ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| is_excluded(&a))
}

/// Text of an element without excluded descendants; also the length of the
/// part inside links.
fn element_text(element: &ElementRef, is_excluded: &Excluded) -> (String, usize) {
    let mut text = String::new();
    let mut link_chars = 0;
    for node in element.descendants() {
        if let Node::Text(t) = node.value() {
            let excluded = node
                .ancestors()
                .take_while(|a| a.id() != element.id())
                .filter_map(ElementRef::wrap)
                .any(|a| is_excluded(&a));
            if excluded {
                continue;
            }
            let in_link = node
                .ancestors()
                .take_while(|a| a.id() != element.id())
                .filter_map(ElementRef::wrap)
                .any(|a| a.value().name() == "a");
            if in_link {
                link_chars += t.trim().chars().count();
            }
            text.push_str(t);
            text.push(' ');
        } else if let Node::Element(e) = node.value()
            && e.name() == "br"
        {
            text.push(' ');
        }
    }
    (collapse(&text), link_chars)
}

/// A paragraph kept in the body: enough text, not mostly links.
fn good_paragraph(text: &str, link_chars: usize) -> bool {
    let chars = text.chars().count();
    chars > 0 && (link_chars * 2 < chars || (chars > 120 && link_chars * 10 < chars * 7))
}

/// Extracts the article of an HTML page.
pub fn extract_article(html: &str) -> ExtractedArticle {
    let page = Html::parse_document(html);
    let first_text = |css: &str| -> Option<String> {
        let sel = selector(css)?;
        page.select(&sel)
            .map(|e| collapse(&e.text().collect::<String>()))
            .find(|t| !t.is_empty())
    };
    let title = meta(
        &page,
        &["meta[property='og:title']", "meta[name='twitter:title']"],
    )
    .or_else(|| first_text("h1"))
    .or_else(|| first_text("title"));
    let date_text = meta(
        &page,
        &[
            "meta[property='article:published_time']",
            "meta[name='article:published_time']",
            "meta[itemprop='datePublished']",
            "meta[name='date']",
            "meta[name='pubdate']",
            "meta[name='publishdate']",
            "meta[name='DC.date.issued']",
            "meta[name='parsely-pub-date']",
        ],
    )
    .or_else(|| {
        let sel = selector("time[datetime]")?;
        page.select(&sel)
            .find_map(|e| e.value().attr("datetime").map(str::to_string))
    });
    let date = date_text.as_deref().and_then(parse_date);
    let url = selector("link[rel='canonical']")
        .and_then(|sel| {
            page.select(&sel)
                .find_map(|e| e.value().attr("href").map(str::trim).map(str::to_string))
        })
        .filter(|u| !u.is_empty())
        .or_else(|| meta(&page, &["meta[property='og:url']"]));
    let site = meta(&page, &["meta[property='og:site_name']"]);
    let language = selector("html")
        .and_then(|sel| page.select(&sel).find_map(|e| e.value().attr("lang")))
        .and_then(|lang| lang.split(['-', '_']).next())
        .map(|l| l.trim().to_ascii_lowercase())
        .filter(|l| l.len() == 2);
    ExtractedArticle {
        title,
        date,
        text: body_text(&page),
        url,
        site,
        language,
    }
}

/// The article body (see the module docs).
fn body_text(page: &Html) -> String {
    let Some(p_selector) = selector("p") else {
        return String::new();
    };
    let excluded_ids: std::collections::HashSet<_> = page
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(excluded_tag)
        .map(|e| e.id())
        .collect();
    let is_excluded = |e: &ElementRef| excluded_ids.contains(&e.id());
    let is_excluded: &Excluded = &is_excluded;
    // score containers by the paragraph text they hold
    let mut scores = HashMap::new();
    let mut total = 0.0;
    for p in page.select(&p_selector) {
        if inside_excluded(&p, is_excluded) {
            continue;
        }
        let (text, links) = element_text(&p, is_excluded);
        if !good_paragraph(&text, links) {
            continue;
        }
        let weight = text.chars().count() as f64 + 25.0 * text.matches(", ").count() as f64;
        total += weight;
        let mut ancestors = p.ancestors().filter_map(ElementRef::wrap);
        if let Some(parent) = ancestors.next() {
            *scores.entry(parent.id()).or_insert(0.0) += weight;
            if let Some(grandparent) = ancestors.next() {
                *scores.entry(grandparent.id()).or_insert(0.0) += weight / 2.0;
            }
        }
    }
    let best = scores
        .iter()
        .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
        .and_then(|(&id, _)| page.tree.get(id))
        .and_then(ElementRef::wrap);
    let article = selector("article").and_then(|sel| {
        page.select(&sel)
            .filter(|a| !inside_excluded(a, is_excluded))
            .map(|a| {
                let text: usize = a
                    .select(&p_selector)
                    .map(|p| element_text(&p, is_excluded).0.chars().count())
                    .sum();
                (a, text)
            })
            .max_by_key(|(_, text)| *text)
    });
    let container = match (best, article) {
        (Some(best), Some((article, chars)))
            if chars as f64 >= 0.5 * total
                && (article.ancestors().all(|a| a.id() != best.id())) =>
        {
            article
        }
        (Some(best), _) => best,
        (None, Some((article, _))) => article,
        (None, None) => return fallback_text(page, is_excluded),
    };
    paragraphs_of(&container, is_excluded).join("\n\n")
}

/// The paragraphs under `container`, in document order (a paragraph inside
/// another, such as a `<p>` in an `<li>`, counts once, as the outer one).
fn paragraphs_of(container: &ElementRef, is_excluded: &Excluded) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut taken = Vec::new();
    for node in container.descendants() {
        let Some(element) = ElementRef::wrap(node) else {
            continue;
        };
        if !PARAGRAPHS.contains(&element.value().name()) {
            continue;
        }
        if element
            .ancestors()
            .take_while(|a| a.id() != container.id())
            .any(|a| taken.contains(&a.id()))
        {
            continue;
        }
        if element
            .ancestors()
            .take_while(|a| a.id() != container.id())
            .filter_map(ElementRef::wrap)
            .any(|a| is_excluded(&a))
            || is_excluded(&element)
        {
            continue;
        }
        let (text, links) = element_text(&element, is_excluded);
        let is_heading = matches!(element.value().name(), "h2" | "h3" | "h4");
        if good_paragraph(&text, links) && (is_heading || text.chars().count() >= 2) {
            taken.push(element.id());
            if out.last() != Some(&text) {
                out.push(text);
            }
        }
    }
    out
}

/// A page without paragraphs: the text of `<body>` without excluded parts.
fn fallback_text(page: &Html, is_excluded: &Excluded) -> String {
    selector("body")
        .and_then(|sel| {
            page.select(&sel)
                .next()
                .map(|b| element_text(&b, is_excluded).0)
        })
        .unwrap_or_default()
}

/// True when a text looks like an HTML page (a doctype or `<html` first).
pub fn looks_like_html_page(text: &str) -> bool {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    let head = head.get(..head.len().min(256)).unwrap_or(head);
    let lower = head.to_ascii_lowercase();
    lower.starts_with("<!doctype html") || lower.starts_with("<html")
}

/// The document of one HTML page; `stem` is its id.
pub(crate) fn read_html(
    html: &str,
    file: &str,
    stem: &str,
    default_date: Option<chrono::NaiveDate>,
) -> Result<Document, String> {
    let article = extract_article(html);
    if article.text.trim().is_empty() && article.title.is_none() {
        return Err("no article text found in the page; skipped".to_string());
    }
    let text = if article.text.trim().is_empty() {
        article.title.clone().unwrap_or_default()
    } else {
        article.text
    };
    let source = article.site.or_else(|| {
        article
            .url
            .as_deref()
            .and_then(crate::record::outlet_from_url)
    });
    Ok(Document {
        id: stem.to_string(),
        date: article.date.or(default_date),
        title: article.title,
        text,
        url: article.url,
        source,
        language: article.language,
        given_parse: None,
        origin: Origin {
            file: file.to_string(),
            line: None,
            record: Some(0),
        },
    })
}

/// Lower-cased words: runs of letters and digits.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Multiset of word 4-grams (a text of fewer words is one shingle).
fn shingles(text: &str) -> HashMap<Vec<String>, usize> {
    let words = words(text);
    let mut out = HashMap::new();
    if words.is_empty() {
        return out;
    }
    if words.len() < 4 {
        out.insert(words, 1);
        return out;
    }
    for window in words.windows(4) {
        *out.entry(window.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Precision and recall of an extracted text against the gold article
/// body, over word 4-gram shingles (the scoring of the article extraction
/// benchmark): shared shingles over the extracted ones, and over the gold
/// ones. Two empty texts agree fully; an empty side scores 0 otherwise.
pub fn shingle_precision_recall(extracted: &str, gold: &str) -> (f64, f64) {
    let (predicted, expected) = (shingles(extracted), shingles(gold));
    let (n_predicted, n_expected): (usize, usize) =
        (predicted.values().sum(), expected.values().sum());
    if n_predicted == 0 && n_expected == 0 {
        return (1.0, 1.0);
    }
    let common: usize = predicted
        .iter()
        .map(|(s, &n)| n.min(expected.get(s).copied().unwrap_or(0)))
        .sum();
    let ratio = |n: usize| {
        if n == 0 {
            0.0
        } else {
            common as f64 / n as f64
        }
    };
    (ratio(n_predicted), ratio(n_expected))
}
