//! Byte to character offset conversion for output.

/// Converts byte offsets of one text into character (Unicode scalar value)
/// offsets, which is what JSON consumers in Python or JavaScript expect.
///
/// Built once per text in O(n); each lookup is O(log n) for non-ASCII texts and
/// O(1) for ASCII ones.
#[derive(Debug, Clone)]
pub struct CharOffsets {
    /// Byte offsets of every non-ASCII character start; empty for ASCII text.
    multibyte_starts: Vec<(usize, usize)>,
}

impl CharOffsets {
    pub fn new(text: &str) -> Self {
        let mut multibyte_starts = Vec::new();
        if !text.is_ascii() {
            // (byte offset of char end, cumulative extra bytes up to and including it)
            let mut extra = 0usize;
            for (byte, ch) in text.char_indices() {
                let len = ch.len_utf8();
                if len > 1 {
                    extra += len - 1;
                    multibyte_starts.push((byte + len, extra));
                }
            }
        }
        CharOffsets { multibyte_starts }
    }

    /// The character offset of the given byte offset.
    pub fn char_offset(&self, byte: usize) -> usize {
        if self.multibyte_starts.is_empty() {
            return byte;
        }
        // number of extra bytes of multibyte chars that end at or before `byte`
        let idx = self
            .multibyte_starts
            .partition_point(|&(end, _)| end <= byte);
        if idx == 0 {
            byte
        } else {
            byte - self.multibyte_starts[idx - 1].1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_bytes_to_chars() {
        let text = "Kabul — Muttaqi met Zhirnov, café";
        let offsets = CharOffsets::new(text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(offsets.char_offset(byte), chars);
        }
        assert_eq!(offsets.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn ascii_is_identity() {
        let offsets = CharOffsets::new("plain");
        assert_eq!(offsets.char_offset(3), 3);
    }
}
