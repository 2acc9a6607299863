//! Bytes to text: UTF-8 (a leading BOM dropped), or Windows-1252 with a
//! warning when the bytes are not valid UTF-8 (old news archives often are).

use std::borrow::Cow;
use tacitus_core::RecordError;

/// Decodes bytes, pushing a warning naming `file` and `line` when they had to
/// be read as Windows-1252.
pub(crate) fn decode_line<'a>(
    bytes: &'a [u8],
    file: &str,
    line: Option<u64>,
    errors: &mut Vec<RecordError>,
) -> Cow<'a, str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(e) => {
            errors.push(RecordError::new(
                file,
                line,
                None,
                format!(
                    "not valid UTF-8 (byte {}); decoded as Windows-1252",
                    e.valid_up_to()
                ),
            ));
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            text
        }
    }
}

/// Decodes a whole file's bytes (see [`decode_line`]).
pub(crate) fn decode_file(bytes: Vec<u8>, file: &str, errors: &mut Vec<RecordError>) -> String {
    match String::from_utf8(bytes) {
        Ok(mut s) => {
            if s.starts_with('\u{feff}') {
                s.drain(..3);
            }
            s
        }
        Err(e) => decode_line(e.as_bytes(), file, None, errors).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_windows_1252_with_a_warning() {
        let mut errors = Vec::new();
        let text = decode_line(b"caf\xe9 \x93quoted\x94", "f.txt", Some(3), &mut errors);
        assert_eq!(text, "café “quoted”");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, Some(3));
        assert!(errors[0].message.contains("Windows-1252"));
    }

    #[test]
    fn utf8_is_borrowed_and_bom_dropped() {
        let mut errors = Vec::new();
        assert_eq!(
            decode_line("\u{feff}Kabul".as_bytes(), "f", None, &mut errors),
            "Kabul"
        );
        assert_eq!(
            decode_file("\u{feff}Kabul".as_bytes().to_vec(), "f", &mut errors),
            "Kabul"
        );
        assert!(errors.is_empty());
    }
}
