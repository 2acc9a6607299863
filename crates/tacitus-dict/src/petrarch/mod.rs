//! Readers for the PETRARCH-2 dictionary formats (verbs, actors, agents,
//! discards, issues). Hand-written: these are line formats of our field with
//! no crate that reads them.

mod actors;
mod issues;
mod verbs;

pub use actors::{pluralize, read_actors, read_agents, read_discards};
pub use issues::read_issues;
pub use verbs::{ParsedTransformation, VerbFile, parse_transformation, read_verbs};

use crate::model::DatedCode;
use chrono::NaiveDate;

/// Iterates `(1-based line number, line without comments)`: `#` comments to
/// the end of the line and `<!-- ... -->` comments, which may span lines.
pub(crate) struct Lines<'a> {
    inner: std::iter::Enumerate<std::str::Lines<'a>>,
    in_xml_comment: bool,
}

impl<'a> Lines<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        Lines {
            inner: text.lines().enumerate(),
            in_xml_comment: false,
        }
    }
}

impl Iterator for Lines<'_> {
    type Item = (usize, String);

    fn next(&mut self) -> Option<Self::Item> {
        let (i, raw) = self.inner.next()?;
        let mut line = String::new();
        let mut rest = raw;
        loop {
            if self.in_xml_comment {
                match rest.find("-->") {
                    Some(end) => {
                        rest = &rest[end + 3..];
                        self.in_xml_comment = false;
                    }
                    None => break,
                }
            } else {
                match rest.find("<!--") {
                    Some(start) => {
                        line.push_str(&rest[..start]);
                        rest = &rest[start + 4..];
                        self.in_xml_comment = true;
                    }
                    None => {
                        line.push_str(rest);
                        break;
                    }
                }
            }
        }
        // A malformed comment such as `<! -- ... -->` on its own line.
        let t = line.trim();
        if t.starts_with("<!") && t.ends_with('>') {
            line.clear();
        }
        if let Some(hash) = line.find('#') {
            line.truncate(hash);
        }
        Some((i + 1, line))
    }
}

/// Parses a PETRARCH date: `YYMMDD` (years below 30 are 20xx) or `YYYYMMDD`.
pub fn parse_petrarch_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (year, rest) = match s.len() {
        6 => {
            let yy: i32 = s[..2].parse().ok()?;
            (if yy < 30 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        8 => (s[..4].parse().ok()?, &s[4..]),
        _ => return None,
    };
    let month: u32 = rest[..2].parse().ok()?;
    let day: u32 = rest[2..4].parse().ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// Parses one or more bracketed codes: `[RUSGOV]`, `[RUSGOV >20000507]`,
/// `[AFGELI 780101-000101]`, `[USAGOV <20090120]`. `>` is inclusive, `<`
/// strict, and ranges include both ends: the validation suite codes Sam
/// Gamgee `[ORCHOB 20100109-20100112]` as ORCHOB on 12 January 2010 and as
/// the next restriction on the 13th (records DATE-11 and DATE-12).
pub fn parse_codes(s: &str) -> Result<Vec<DatedCode>, String> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let Some(close_rel) = rest[open..].find(']') else {
            return Err(format!("unclosed `[` in `{}`", s.trim()));
        };
        let inner = rest[open + 1..open + close_rel].trim();
        rest = &rest[open + close_rel + 1..];
        let mut parts = inner.split_whitespace();
        let Some(code) = parts.next() else {
            return Err("empty code `[]`".into());
        };
        let mut dated = DatedCode::plain(code.to_uppercase());
        // `[HOB < 950601]`: the restriction may be written with spaces.
        let restriction: String = parts.collect();
        if !restriction.is_empty() {
            let restriction = restriction.as_str();
            let bad = || format!("bad date restriction `{restriction}` in `[{inner}]`");
            if let Some(d) = restriction.strip_prefix('>') {
                dated.from = Some(parse_petrarch_date(d).ok_or_else(bad)?);
            } else if let Some(d) = restriction.strip_prefix('<') {
                dated.until = Some(parse_petrarch_date(d).ok_or_else(bad)?);
            } else if let Some((a, b)) = restriction.split_once('-') {
                dated.from = Some(parse_petrarch_date(a).ok_or_else(bad)?);
                let last = parse_petrarch_date(b).ok_or_else(bad)?;
                dated.until = Some(last.succ_opt().unwrap_or(last));
            } else {
                return Err(bad());
            }
        }
        out.push(dated);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_codes() {
        assert_eq!(
            parse_petrarch_date("000507"),
            NaiveDate::from_ymd_opt(2000, 5, 7)
        );
        assert_eq!(
            parse_petrarch_date("780101"),
            NaiveDate::from_ymd_opt(1978, 1, 1)
        );
        assert_eq!(
            parse_petrarch_date("19270101"),
            NaiveDate::from_ymd_opt(1927, 1, 1)
        );
        assert_eq!(parse_petrarch_date("99x"), None);
        let c = parse_codes("[RUSGOV >20000507]").unwrap();
        assert_eq!(c[0].code, "RUSGOV");
        assert_eq!(c[0].from, NaiveDate::from_ymd_opt(2000, 5, 7));
        let r = parse_codes("[AFGELI 780101-000101]").unwrap();
        // Both ends included: valid through 1 January 2000.
        assert_eq!(r[0].until, NaiveDate::from_ymd_opt(2000, 1, 2));
        assert!(parse_codes("[X 12ab]").is_err());
    }

    #[test]
    fn comments_are_removed() {
        let text = "A # c\n<!-- x\ny -->B\nC<!-- z -->D";
        let lines: Vec<_> = Lines::new(text)
            .map(|(_, l)| l.trim().to_string())
            .collect();
        assert_eq!(lines, vec!["A", "", "B", "CD"]);
    }
}
