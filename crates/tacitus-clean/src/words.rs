//! Word hashes for repeat detection: a paragraph's words are the runs of
//! letters, digits and apostrophes (`’` counts as `'`), lower-cased, and each
//! is hashed without building a string.
//!
//! ASCII stretches are scanned eight bytes at a time (SWAR: bit tricks on a
//! `u64`, no table and no branch per byte), since this runs over every byte
//! of every document; a word holding non-ASCII characters is assembled in a
//! small buffer (lower-cased, `’` as `'`) and hashed from there.

use tacitus_core::swar::{HIGH_BITS, LOW_BITS, at_least, splat};

/// The high bit of each byte of `v` set where the byte is an ASCII word
/// byte: a letter, a digit or `'`.
#[inline(always)]
const fn word_mask(v: u64) -> u64 {
    let x = v & LOW_BITS;
    let digit = at_least(x, b'0') & !at_least(x, b'9' + 1);
    // `| 0x20` maps `A`-`Z` onto `a`-`z` and nothing else onto them
    let folded = x | splat(0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    let apostrophe = !at_least(x ^ splat(b'\''), 1);
    (digit | letter | apostrophe) & !v & HIGH_BITS
}

#[inline(always)]
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'\''
}

#[inline(always)]
fn load(bytes: &[u8], i: usize) -> Option<u64> {
    let eight: [u8; 8] = bytes.get(i..i + 8)?.try_into().ok()?;
    Some(u64::from_le_bytes(eight))
}

/// The first position at or after `i` holding an ASCII word byte or a
/// non-ASCII byte (the end of a run of ASCII separators).
#[inline]
fn separators_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(v) = load(bytes, i) {
        let stop = word_mask(v) | (v & HIGH_BITS);
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && bytes[i] < 0x80 && !is_word_byte(bytes[i]) {
        i += 1;
    }
    i
}

/// The end of the run of ASCII word bytes starting at `i`.
#[inline]
fn ascii_word_end(bytes: &[u8], mut i: usize) -> usize {
    while let Some(v) = load(bytes, i) {
        let stop = !word_mask(v) & HIGH_BITS;
        if stop != 0 {
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && is_word_byte(bytes[i]) {
        i += 1;
    }
    i
}

const K: u64 = 0x9E37_79B9_7F4A_7C15;

#[inline(always)]
fn mix(h: u64, v: u64) -> u64 {
    let h = (h ^ (v | splat(0x20))).wrapping_mul(K);
    h ^ (h >> 29)
}

/// Hash of one word, lower-cased on the fly (`| 0x20` lower-cases ASCII
/// letters and leaves digits and `'` alone), eight bytes at a time, the last
/// few bytes zero-padded.
pub(crate) fn hash_word(word: &[u8]) -> u64 {
    hash_range(word, 0, word.len())
}

/// [`hash_word`] of `bytes[start..end]`; a short tail is read as one
/// eight-byte load masked to its length when the bytes go on that far.
#[inline]
fn hash_range(bytes: &[u8], start: usize, end: usize) -> u64 {
    let mut h = ((end - start) as u64).wrapping_mul(K);
    let mut i = start;
    while i + 8 <= end {
        if let Some(v) = load(bytes, i) {
            h = mix(h, v);
        }
        i += 8;
    }
    let rest = end - i;
    if rest > 0 {
        let v = match load(bytes, i) {
            Some(v) => v & ((1u64 << (8 * rest)) - 1),
            None => bytes[i..end]
                .iter()
                .rev()
                .fold(0u64, |acc, &b| (acc << 8) | u64::from(b)),
        };
        h = mix(h, v);
    }
    h
}

/// Calls `f` with the hash of every normalized word of `text`: runs of
/// letters, digits and apostrophes (`’` counts as `'`), lower-cased.
pub(crate) fn for_each_word_hash(text: &str, f: impl FnMut(u64)) {
    if text.is_ascii() {
        ascii_word_hashes(text.as_bytes(), f);
    } else {
        mixed_word_hashes(text, f);
    }
}

/// [`for_each_word_hash`] of ASCII text: the word mask of each eight-byte
/// block is computed once, and the words' starts and ends are read off its
/// bits (a start is a word byte after a non-word byte, an end the reverse).
fn ascii_word_hashes(bytes: &[u8], mut f: impl FnMut(u64)) {
    let n = bytes.len();
    let mut start = 0;
    // bit 7 set when the byte before the block is a word byte
    let mut carry = 0u64;
    let mut i = 0;
    while i < n {
        let v = match load(bytes, i) {
            Some(v) => v,
            None => {
                // the last few bytes, padded with zeros (not word bytes, so
                // a word running to the end of the text ends at `n`)
                let mut last = [0u8; 8];
                last[..n - i].copy_from_slice(&bytes[i..]);
                u64::from_le_bytes(last)
            }
        };
        let words = word_mask(v);
        let before = (words << 8) | carry;
        let mut edges = (words ^ before) & HIGH_BITS;
        while edges != 0 {
            let at = i + (edges.trailing_zeros() / 8) as usize;
            // starts and ends alternate: an edge inside a word is its end
            if bytes.get(at).is_some_and(|&b| is_word_byte(b)) {
                start = at;
            } else {
                f(hash_range(bytes, start, at));
            }
            edges &= edges - 1;
        }
        carry = words >> 56;
        i += 8;
    }
    // a word running to a text end that falls on a block boundary
    if n.is_multiple_of(8) && carry != 0 {
        f(hash_range(bytes, start, n));
    }
}

/// [`for_each_word_hash`] of text with non-ASCII characters.
fn mixed_word_hashes(text: &str, mut f: impl FnMut(u64)) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut word: Vec<u8> = Vec::new();
    let mut buf = [0u8; 4];
    let mut i = 0;
    while i < n {
        i = separators_end(bytes, i);
        if i >= n {
            break;
        }
        let start = i;
        i = ascii_word_end(bytes, i);
        if i > start && (i >= n || bytes[i] < 0x80) {
            f(hash_range(bytes, start, i));
            continue;
        }
        // a non-ASCII character at `i` (a char boundary: only ASCII bytes
        // were passed): the word, if any, may go on through it
        word.clear();
        word.extend_from_slice(&bytes[start..i]);
        let mut end = n;
        for (offset, c) in text[i..].char_indices() {
            if c.is_ascii() {
                if is_word_byte(c as u8) {
                    word.push(c as u8);
                    continue;
                }
                end = i + offset;
                break;
            } else if c == '’' {
                word.push(b'\'');
            } else if c.is_alphanumeric() {
                for lower in c.to_lowercase() {
                    word.extend_from_slice(lower.encode_utf8(&mut buf).as_bytes());
                }
            } else {
                end = i + offset + c.len_utf8();
                break;
            }
        }
        if !word.is_empty() {
            f(hash_word(&word));
        }
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain definition: chars one by one into a word buffer.
    fn reference_hashes(text: &str) -> Vec<u64> {
        let mut out = Vec::new();
        let mut word: Vec<u8> = Vec::new();
        let mut buf = [0u8; 4];
        for c in text.chars() {
            if c.is_ascii() && is_word_byte(c as u8) {
                word.push(c as u8);
            } else if c == '’' {
                word.push(b'\'');
            } else if !c.is_ascii() && c.is_alphanumeric() {
                for lower in c.to_lowercase() {
                    word.extend_from_slice(lower.encode_utf8(&mut buf).as_bytes());
                }
            } else if !word.is_empty() {
                out.push(reference_hash(&word));
                word.clear();
            }
        }
        if !word.is_empty() {
            out.push(reference_hash(&word));
        }
        out
    }

    /// Byte-wise hashing in eight-byte chunks, the tail assembled by hand.
    fn reference_hash(word: &[u8]) -> u64 {
        let mut h = (word.len() as u64).wrapping_mul(K);
        for chunk in word.chunks(8) {
            let v = chunk
                .iter()
                .rev()
                .fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
            h = mix(h, v);
        }
        h
    }

    fn hashes(text: &str) -> Vec<u64> {
        let mut out = Vec::new();
        for_each_word_hash(text, |h| out.push(h));
        out
    }

    #[test]
    fn fast_scan_matches_the_plain_definition() {
        let texts = [
            "",
            " ",
            "a",
            "Russia's landmark recognition, announced on Thursday (July 3).",
            "  Muttaqi’s “talks” — in Kabul… Zürich—Genève ÉTÉ naïve 10:30 1,000 don't ",
            "internationalization counter-revolutionaries x",
            "Straße ß İstanbul ǅ",
            "abc\u{a0}def\u{200b}ghi’’’jkl—",
            "’s",
            "12345678901234567890 x’ y",
        ];
        for text in texts {
            assert_eq!(hashes(text), reference_hashes(text), "{text:?}");
            // every suffix and prefix too, to cross every eight-byte boundary
            for (k, _) in text.char_indices() {
                assert_eq!(hashes(&text[k..]), reference_hashes(&text[k..]), "{text:?}");
                assert_eq!(hashes(&text[..k]), reference_hashes(&text[..k]), "{text:?}");
            }
        }
    }

    #[test]
    fn words_ignore_case_and_punctuation() {
        assert_eq!(hashes("Kabul, KABUL kabul!"), vec![hashes("kabul")[0]; 3]);
        assert_ne!(hashes("ab"), hashes("a b")[..1]);
        assert_eq!(hashes("it’s"), hashes("it's"));
        assert_eq!(hashes("Zürich"), hashes("zürich"));
    }
}
