//! Repair of mojibake: UTF-8 text that was decoded as Windows-1252 (or
//! Latin-1) somewhere on its way, so that `’` shows as `â€™` and `é` as `Ã©`.
//!
//! The method is general, not a replacement table: every run of characters
//! that maps back to single Windows-1252 bytes and forms one well-formed
//! UTF-8 multi-byte sequence (a lead byte `C2`-`F4` followed by the right
//! number of continuation bytes `80`-`BF`) is re-decoded as UTF-8. Genuine
//! text almost never has such runs: `Ã` or `â` followed by a character from
//! the `€`-`¿` range is itself the signature of the damage. Double-encoded
//! text is repaired by a second pass.

use std::sync::OnceLock;

/// Windows-1252 characters of bytes 0x80-0x9F, as decoded by encoding_rs
/// (WHATWG: the five undefined bytes decode to the C1 controls).
fn high_table() -> &'static [char; 32] {
    static TABLE: OnceLock<[char; 32]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = ['\0'; 32];
        for (i, slot) in table.iter_mut().enumerate() {
            let byte = [0x80 + i as u8];
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
            *slot = text.chars().next().unwrap_or('\u{FFFD}');
        }
        table
    })
}

/// The Windows-1252 byte a character came from, if it has one.
fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x80 || (0xA0..=0xFF).contains(&u) {
        return Some(u as u8);
    }
    if (0x80..=0x9F).contains(&u) {
        // a C1 control: the undefined bytes, or Latin-1 decoding
        return Some(u as u8);
    }
    high_table()
        .iter()
        .position(|&t| t == c)
        .map(|i| 0x80 + i as u8)
}

fn continuation_count(lead: u8) -> Option<usize> {
    match lead {
        0xC2..=0xDF => Some(1),
        0xE0..=0xEF => Some(2),
        0xF0..=0xF4 => Some(3),
        _ => None,
    }
}

/// Two-byte sequences are accepted only when they decode to Latin, Greek or
/// Cyrillic letters and symbols: German `Straße»` (`ß` + `»`) would otherwise
/// turn into an N'Ko letter.
fn plausible(decoded: &str) -> bool {
    match decoded.chars().next() {
        Some(c) if decoded.len() == 2 => matches!(c as u32, 0x80..=0x24F | 0x370..=0x52F),
        Some(_) => true,
        None => false,
    }
}

/// True when the text may hold mojibake: every lead character (`Â`-`ô`,
/// U+00C2-U+00F4) is encoded in UTF-8 with a first byte `C3`.
pub fn may_have_mojibake(text: &str) -> bool {
    memchr::memchr(0xC3, text.as_bytes()).is_some()
}

/// Repairs mojibake (two passes at most); returns `None` when nothing changed.
pub fn repair(text: &str) -> Option<String> {
    if !may_have_mojibake(text) {
        return None;
    }
    let once = repair_pass(text)?;
    match may_have_mojibake(&once)
        .then(|| repair_pass(&once))
        .flatten()
    {
        Some(twice) => Some(twice),
        None => Some(once),
    }
}

fn repair_pass(text: &str) -> Option<String> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut copied_to = 0; // byte offset in `text` up to which `out` holds text
    let mut i = 0;
    while i < chars.len() {
        let (offset, c) = chars[i];
        let lead = match cp1252_byte(c) {
            Some(b) if ('\u{C2}'..='\u{F4}').contains(&c) => b,
            _ => {
                i += 1;
                continue;
            }
        };
        let Some(n) = continuation_count(lead) else {
            i += 1;
            continue;
        };
        let mut bytes = [lead, 0, 0, 0];
        let mut ok = true;
        for (k, slot) in bytes.iter_mut().enumerate().take(n + 1).skip(1) {
            match chars.get(i + k).and_then(|&(_, ch)| cp1252_byte(ch)) {
                Some(b @ 0x80..=0xBF) => *slot = b,
                _ => {
                    ok = false;
                    break;
                }
            }
        }
        let decoded = if ok {
            std::str::from_utf8(&bytes[..=n])
                .ok()
                .filter(|d| plausible(d))
        } else {
            None
        };
        match decoded {
            Some(fixed) => {
                out.push_str(&text[copied_to..offset]);
                out.push_str(fixed);
                copied_to = chars.get(i + n + 1).map_or(text.len(), |&(o, _)| o);
                changed = true;
                i += n + 1;
            }
            None if c == 'â' && chars.get(i + 1).is_some_and(|&(_, ch)| ch == '€') => {
                // `â€` whose third byte (0x9D of `”`) was dropped on the way
                out.push_str(&text[copied_to..offset]);
                out.push('”');
                copied_to = chars.get(i + 2).map_or(text.len(), |&(o, _)| o);
                changed = true;
                i += 2;
            }
            None => i += 1,
        }
    }
    if !changed {
        return None;
    }
    out.push_str(&text[copied_to..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Produces mojibake the way it happens: UTF-8 bytes decoded as Windows-1252.
    fn garble(s: &str) -> String {
        encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(s.as_bytes())
            .0
            .into_owned()
    }

    #[test]
    fn repairs_common_mojibake() {
        assert_eq!(
            repair("Russiaâ€™s decision").as_deref(),
            Some("Russia’s decision")
        );
        assert_eq!(
            repair("â€œQuoteâ€\u{9d} and cafÃ© in ZÃ¼rich").as_deref(),
            Some("“Quote” and café in Zürich")
        );
        assert_eq!(repair("Price:Â\u{a0}5").as_deref(), Some("Price:\u{a0}5"));
        assert_eq!(repair("left â€” right").as_deref(), Some("left — right"));
        for original in [
            "Muttaqi’s “talks” — in Kabul…",
            "São Paulo, Zürich, Łódź, naïve €5",
            "emoji 🎉 too",
        ] {
            assert_eq!(repair(&garble(original)).as_deref(), Some(original));
            // double encoding
            assert_eq!(
                repair(&garble(&garble(original))).as_deref(),
                Some(original)
            );
        }
    }

    #[test]
    fn leaves_real_text_alone() {
        for text in [
            "plain ASCII",
            "café, Zürich, São Paulo, Ångström",
            "Ã alone",
            "Âa",
            "die Straße»",
            "Ã.",
        ] {
            assert_eq!(repair(text), None, "{text}");
        }
        // a dropped third byte of `”`
        assert_eq!(repair("said â€ and").as_deref(), Some("said ” and"));
    }
}
