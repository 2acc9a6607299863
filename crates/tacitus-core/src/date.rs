//! Flexible date parsing for news metadata.
//!
//! Accepts the forms news data actually carries: ISO dates and timestamps
//! (`2025-07-03`, `2025-07-03T10:15:00Z`), compact `20250703`, slashed
//! `2017/2/7` (year first) and `7/3/2025` (US month first), day-month-year
//! words (`3 July 2025`, `3 Jul. 2025`), month-day-year words
//! (`July 3, 2025`, also hyphenated as in Reuters' `26-FEB-1987 15:01:01.79`),
//! and RFC 2822 (`Thu, 03 Jul 2025 10:00:00 +0000`).

use chrono::NaiveDate;

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn month_from_word(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let prefix = &w[..3];
    let idx = MONTHS.iter().position(|m| *m == prefix)?;
    // "sept" is also common; anything longer must be a prefix of the full name
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if FULL[idx].starts_with(&w) || w == "sept" {
        Some(idx as u32 + 1)
    } else {
        None
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Parses a date in any common form; `None` when the text is not a date.
pub fn parse_date(input: &str) -> Option<NaiveDate> {
    let s = input.trim();
    if s.is_empty() {
        return None;
    }
    // ISO date, possibly followed by a time: take the first 10 chars.
    if s.len() >= 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-' {
        let head = s.get(..10)?;
        if let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d") {
            return Some(d);
        }
    }
    let digits_only = s.bytes().all(|b| b.is_ascii_digit());
    if digits_only && s.len() == 8 {
        let y = s[..4].parse().ok()?;
        let m = s[4..6].parse().ok()?;
        let d = s[6..8].parse().ok()?;
        return ymd(y, m, d);
    }
    if digits_only && s.len() == 6 {
        // TABARI-style YYMMDD
        let yy: i32 = s[..2].parse().ok()?;
        let y = if yy < 50 { 2000 + yy } else { 1900 + yy };
        return ymd(y, s[2..4].parse().ok()?, s[4..6].parse().ok()?);
    }
    // Slashed or dotted numeric dates, possibly followed by a time.
    let numeric = s.split_whitespace().next().unwrap_or(s);
    for sep in ['/', '.', '-'] {
        let parts: Vec<&str> = numeric.split(sep).collect();
        if parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        {
            let nums: Vec<i64> = parts.iter().filter_map(|p| p.parse().ok()).collect();
            if nums.len() != 3 {
                return None;
            }
            if parts[0].len() == 4 {
                return ymd(nums[0] as i32, nums[1] as u32, nums[2] as u32);
            }
            if parts[2].len() == 4 {
                let y = nums[2] as i32;
                // dots are European day-first; slashes are US month-first
                // unless the first number cannot be a month.
                let (m, d) = if sep == '.' || nums[0] > 12 {
                    (nums[1], nums[0])
                } else {
                    (nums[0], nums[1])
                };
                return ymd(y, m as u32, d as u32);
            }
            return None;
        }
    }
    // Word forms: strip weekday and time zone noise, keep alphanumerics.
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    let mut day = None;
    let mut month = None;
    let mut year = None;
    for w in &words {
        let w = w.trim_end_matches(['.', ',']);
        let w = w
            .trim_end_matches("st")
            .trim_end_matches("nd")
            .trim_end_matches("rd")
            .trim_end_matches("th");
        if let Some(m) = month_from_word(w) {
            if month.is_none() {
                month = Some(m);
            }
            continue;
        }
        if w.bytes().all(|b| b.is_ascii_digit()) && !w.is_empty() {
            let n: i64 = w.parse().ok()?;
            if w.len() == 4 && year.is_none() {
                year = Some(n as i32);
            } else if w.len() <= 2 && day.is_none() && (1..=31).contains(&n) {
                day = Some(n as u32);
            }
        }
    }
    match (year, month, day) {
        (Some(y), Some(m), Some(d)) => ymd(y, m, d),
        (Some(y), Some(m), None) => ymd(y, m, 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn parses_common_forms() {
        assert_eq!(parse_date("2025-07-03"), d(2025, 7, 3));
        assert_eq!(parse_date("2025-07-03T10:15:00Z"), d(2025, 7, 3));
        assert_eq!(parse_date("2025-07-03 10:15:00"), d(2025, 7, 3));
        assert_eq!(parse_date("20250703"), d(2025, 7, 3));
        assert_eq!(parse_date("3 July 2025"), d(2025, 7, 3));
        assert_eq!(parse_date("3 Jul. 2025"), d(2025, 7, 3));
        assert_eq!(parse_date("July 3, 2025"), d(2025, 7, 3));
        assert_eq!(parse_date("2017/2/7"), d(2017, 2, 7));
        assert_eq!(parse_date("7/3/2025"), d(2025, 7, 3));
        assert_eq!(parse_date("25/12/2024"), d(2024, 12, 25));
        assert_eq!(parse_date("03.07.2025"), d(2025, 7, 3));
        assert_eq!(parse_date("Thu, 03 Jul 2025 10:00:00 +0000"), d(2025, 7, 3));
        assert_eq!(parse_date("September 21st, 2024"), d(2024, 9, 21));
        assert_eq!(parse_date("010101"), d(2001, 1, 1));
    }

    #[test]
    fn parses_reuters_hyphenated_and_timed_dates() {
        assert_eq!(parse_date("26-FEB-1987 15:01:01.79"), d(1987, 2, 26));
        assert_eq!(parse_date(" 3-MAR-1987 09:18:21.26"), d(1987, 3, 3));
        assert_eq!(parse_date("03-Jul-2025"), d(2025, 7, 3));
        assert_eq!(parse_date("          2016/12/30 7:11"), d(2016, 12, 30));
        assert_eq!(parse_date("7/3/2025 10:00 PM"), d(2025, 7, 3));
    }

    #[test]
    fn rejects_non_dates() {
        assert_eq!(parse_date(""), None);
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date("2025-13-45"), None);
        assert_eq!(parse_date("20251345"), None);
        assert_eq!(parse_date("Marchers 2025"), None);
    }
}
