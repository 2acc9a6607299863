//! Markup remnants: HTML tags and character references.
//!
//! Hand-written rather than a full HTML parser: our inputs are article texts
//! with stray remnants, not pages (page extraction is another stage), and a
//! small scanner keeps the cleaner fast and dependency-light. Tags are only
//! removed when the text shows HTML (a closing tag, `<br>`, `<p>`, ...) and
//! only for HTML element names, so Reuters' ticker marks like `<IBM>` stay.

/// HTML elements whose tags end a paragraph.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "table",
    "tr",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "figure",
    "figcaption",
    "hr",
    "pre",
    "dl",
    "dt",
    "dd",
    "aside",
    "main",
    "nav",
    "title",
    "html",
    "body",
    "head",
];

/// Inline HTML elements removed without a break.
const INLINE_TAGS: &[&str] = &[
    "a", "b", "i", "u", "em", "strong", "span", "small", "sup", "sub", "font", "img", "abbr",
    "cite", "code", "time", "mark", "q", "s", "del", "ins", "td", "th", "tbody", "thead", "meta",
    "link", "source", "picture", "wbr", "label", "button", "input", "form", "svg", "path",
    "iframe", "video", "audio", "center", "big", "tt",
];

/// Elements whose content is dropped with the tags.
const DROPPED_CONTENT: &[&str] = &["script", "style", "noscript", "template"];

/// True when the text has something that only HTML has: `</`, `<br`,
/// `<BR`, `<p>`, `<P>` or `<!--` (one pass over the `<` of the text).
pub fn looks_like_html(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'<', bytes).any(|lt| {
        let after = &bytes[lt + 1..];
        after.starts_with(b"/")
            || after.starts_with(b"br")
            || after.starts_with(b"BR")
            || after.starts_with(b"p>")
            || after.starts_with(b"P>")
            || after.starts_with(b"!--")
    })
}

/// Removes HTML tags (see the module docs); block tags become blank lines.
pub fn strip_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt..];
        if let Some(comment) = after.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        match parse_tag(after) {
            Some((name, closing, len)) => {
                let lname = name.to_ascii_lowercase();
                if !closing && DROPPED_CONTENT.contains(&lname.as_str()) {
                    let close = format!("</{lname}");
                    let lower_after = after.to_ascii_lowercase();
                    rest = match lower_after.find(&close) {
                        Some(pos) => after[pos..]
                            .find('>')
                            .map_or("", |gt| &after[pos + gt + 1..]),
                        None => "",
                    };
                    continue;
                }
                if lname == "br" {
                    out.push('\n');
                } else if BLOCK_TAGS.contains(&lname.as_str()) {
                    out.push_str("\n\n");
                } else if INLINE_TAGS.contains(&lname.as_str()) {
                    if matches!(lname.as_str(), "td" | "th") {
                        out.push(' ');
                    }
                } else {
                    // not HTML: keep it as text
                    out.push_str(&after[..len]);
                }
                rest = &after[len..];
            }
            None => {
                out.push('<');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Parses `<name ...>` or `</name>` at the start of `s`: (name, closing, length).
fn parse_tag(s: &str) -> Option<(&str, bool, usize)> {
    let bytes = s.as_bytes();
    let mut i = 1;
    let closing = bytes.get(1) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    if i == name_start || !bytes[name_start].is_ascii_alphabetic() {
        return None;
    }
    let name = &s[name_start..i];
    match bytes.get(i) {
        Some(b'>') => return Some((name, closing, i + 1)),
        Some(b'/' | b' ' | b'\t' | b'\n' | b'\r') => {}
        _ => return None,
    }
    // attributes: up to the next `>` not inside quotes, within reason
    let mut quote = None;
    while i < bytes.len() && i < 2000 {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return Some((name, closing, i + 1)),
            None if b == b'<' => return None,
            None => {}
        }
        i += 1;
    }
    None
}

/// Named references seen in news text (the full HTML5 table has 2,000+
/// names, nearly all unused in articles).
const NAMED: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "\u{a0}"),
    ("ndash", "–"),
    ("mdash", "—"),
    ("hellip", "…"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("sbquo", "‚"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("bdquo", "„"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("euro", "€"),
    ("pound", "£"),
    ("yen", "¥"),
    ("cent", "¢"),
    ("deg", "°"),
    ("middot", "·"),
    ("bull", "•"),
    ("shy", "\u{ad}"),
    ("times", "×"),
    ("divide", "÷"),
    ("plusmn", "±"),
    ("frac12", "½"),
    ("frac14", "¼"),
    ("frac34", "¾"),
    ("sect", "§"),
    ("para", "¶"),
    ("dagger", "†"),
    ("prime", "′"),
    ("Prime", "″"),
    ("thinsp", "\u{2009}"),
    ("ensp", "\u{2002}"),
    ("emsp", "\u{2003}"),
    ("zwj", "\u{200d}"),
    ("zwnj", "\u{200c}"),
    ("iexcl", "¡"),
    ("iquest", "¿"),
    ("szlig", "ß"),
    ("aacute", "á"),
    ("agrave", "à"),
    ("acirc", "â"),
    ("atilde", "ã"),
    ("auml", "ä"),
    ("aring", "å"),
    ("aelig", "æ"),
    ("ccedil", "ç"),
    ("eacute", "é"),
    ("egrave", "è"),
    ("ecirc", "ê"),
    ("euml", "ë"),
    ("iacute", "í"),
    ("igrave", "ì"),
    ("icirc", "î"),
    ("iuml", "ï"),
    ("ntilde", "ñ"),
    ("oacute", "ó"),
    ("ograve", "ò"),
    ("ocirc", "ô"),
    ("otilde", "õ"),
    ("ouml", "ö"),
    ("oslash", "ø"),
    ("uacute", "ú"),
    ("ugrave", "ù"),
    ("ucirc", "û"),
    ("uuml", "ü"),
    ("yacute", "ý"),
    ("yuml", "ÿ"),
    ("Aacute", "Á"),
    ("Eacute", "É"),
    ("Iacute", "Í"),
    ("Oacute", "Ó"),
    ("Uacute", "Ú"),
    ("Ntilde", "Ñ"),
    ("Auml", "Ä"),
    ("Ouml", "Ö"),
    ("Uuml", "Ü"),
    ("Ccedil", "Ç"),
];

/// Decodes `&name;`, `&#NNN;` and `&#xHH;` references; unknown ones stay.
pub fn decode_entities(text: &str) -> Option<String> {
    memchr::memchr(b'&', text.as_bytes())?;
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    let mut changed = false;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let semi = after.bytes().take(12).position(|b| b == b';');
        let decoded = semi.and_then(|end| {
            let name = &after[..end];
            let value = if let Some(num) = name.strip_prefix('#') {
                let code = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok(),
                    None => num.parse::<u32>().ok(),
                }?;
                let c =
                    char::from_u32(code).filter(|c| !c.is_control() || *c == '\n' || *c == '\t')?;
                c.to_string()
            } else {
                NAMED.iter().find(|(n, _)| *n == name)?.1.to_string()
            };
            Some((value, end + 1))
        });
        match decoded {
            Some((value, consumed)) => {
                out.push_str(&value);
                rest = &after[consumed..];
                changed = true;
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_references() {
        assert_eq!(
            decode_entities("Tom &amp; Jerry &quot;x&quot; it&#39;s &#x2019; &mdash;").as_deref(),
            Some("Tom & Jerry \"x\" it's ’ —")
        );
        assert_eq!(decode_entities("AT&T and R&D; &unknown; &#3;"), None);
        assert_eq!(decode_entities("no refs"), None);
    }

    #[test]
    fn strips_html_but_not_tickers() {
        let html = "<p>Russia <b>recognized</b> the <a href=\"/x?a=1&b=2\">Taliban</a>.</p><script>var x = '<p>';</script><p>Next<br/>line</p><!-- c -->";
        assert!(looks_like_html(html));
        assert_eq!(
            strip_tags(html),
            "\n\nRussia recognized the Taliban.\n\n\n\nNext\nline\n\n"
        );
        let reuters = "Texaco Inc <TX> said it sold shares of <A> and <IBM>.";
        assert!(!looks_like_html(reuters));
        assert_eq!(strip_tags("a < b and c > d </p>"), "a < b and c > d \n\n");
        assert_eq!(strip_tags("Texaco <TX> said</p>"), "Texaco <TX> said\n\n");
    }
}
