//! The model file container: a zstd frame whose content is
//!
//! ```text
//! magic    8 bytes  "TACNLPM\n"
//! version  u32 LE   FORMAT_VERSION
//! kind     4 bytes  "TAGR" (tagger) or "PARS" (parser)
//! length   u64 LE   byte length of the body
//! checksum 32 bytes BLAKE3 of the body
//! body     length bytes, read with [`Reader`]
//! ```
//!
//! The version changes whenever a file written by an older build would be
//! misread, including a change of feature templates (the keys are hashes of
//! template ids and atoms): version 2 dropped nine sparse word-pair parser
//! templates, so version 1 files are refused rather than silently misparsed.
//!
//! Every read is bounds-checked, so a truncated or corrupted file yields a
//! [`TacitusError::Model`] and never a panic.

use tacitus_core::TacitusError;

pub const MAGIC: &[u8; 8] = b"TACNLPM\n";
pub const FORMAT_VERSION: u32 = 2;
const HEADER_LEN: usize = 8 + 4 + 4 + 8 + 32;
/// Refuse to decompress beyond this (a corrupt length must not exhaust memory).
const MAX_BODY: usize = 1 << 30;

fn model_err(name: &str, message: impl Into<String>) -> TacitusError {
    TacitusError::Model {
        name: name.to_string(),
        message: message.into(),
    }
}

/// Wraps `body` in the header and compresses it.
pub fn encode(kind: &[u8; 4], body: &[u8], level: i32) -> Result<Vec<u8>, TacitusError> {
    let mut raw = Vec::with_capacity(HEADER_LEN + body.len());
    raw.extend_from_slice(MAGIC);
    raw.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    raw.extend_from_slice(kind);
    raw.extend_from_slice(&(body.len() as u64).to_le_bytes());
    raw.extend_from_slice(blake3::hash(body).as_bytes());
    raw.extend_from_slice(body);
    zstd::bulk::compress(&raw, level).map_err(|e| model_err("(encode)", e.to_string()))
}

/// A decompressed, checked model file.
pub struct Decoded {
    raw: Vec<u8>,
}

impl Decoded {
    /// The body after the header.
    pub fn body(&self) -> &[u8] {
        &self.raw[HEADER_LEN..]
    }
}

/// Decompresses and checks a model file.
pub fn decode(name: &str, kind: &[u8; 4], file: &[u8]) -> Result<Decoded, TacitusError> {
    // The frame header carries the content size (we always write it), so the
    // output is allocated once; other frames are streamed with a size cap.
    let raw = match zstd::zstd_safe::get_frame_content_size(file) {
        Ok(Some(size)) if size as usize <= MAX_BODY + HEADER_LEN => {
            zstd::bulk::decompress(file, size as usize).map_err(|e| {
                model_err(
                    name,
                    format!("cannot decompress (truncated or corrupt): {e}"),
                )
            })?
        }
        _ => {
            use std::io::Read;
            let mut raw = Vec::new();
            let decoder = zstd::stream::read::Decoder::new(file)
                .map_err(|e| model_err(name, format!("not a zstd stream: {e}")))?;
            decoder
                .take((MAX_BODY + HEADER_LEN) as u64)
                .read_to_end(&mut raw)
                .map_err(|e| {
                    model_err(
                        name,
                        format!("cannot decompress (truncated or corrupt): {e}"),
                    )
                })?;
            raw
        }
    };
    if raw.len() < HEADER_LEN {
        return Err(model_err(name, "file too short for a model header"));
    }
    if &raw[..8] != MAGIC {
        return Err(model_err(name, "bad magic: not a Tacitus model file"));
    }
    let version = u32::from_le_bytes([raw[8], raw[9], raw[10], raw[11]]);
    if version != FORMAT_VERSION {
        return Err(model_err(
            name,
            format!("format version {version}, this build reads version {FORMAT_VERSION}"),
        ));
    }
    if &raw[12..16] != kind {
        return Err(model_err(
            name,
            format!(
                "model kind {:?}, expected {:?}",
                String::from_utf8_lossy(&raw[12..16]),
                String::from_utf8_lossy(kind)
            ),
        ));
    }
    let mut len_bytes = [0u8; 8];
    len_bytes.copy_from_slice(&raw[16..24]);
    let len = u64::from_le_bytes(len_bytes) as usize;
    let body = &raw[HEADER_LEN..];
    if body.len() != len {
        return Err(model_err(
            name,
            format!("body is {} bytes, header says {len}", body.len()),
        ));
    }
    if blake3::hash(body).as_bytes() != &raw[24..56] {
        return Err(model_err(name, "checksum mismatch (corrupt file)"));
    }
    Ok(Decoded { raw })
}

/// Appends little-endian values to a body.
#[derive(Default)]
pub struct Writer {
    pub buf: Vec<u8>,
}

impl Writer {
    pub fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn f32(&mut self, v: f32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    pub fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.buf.extend_from_slice(s.as_bytes());
    }
    pub fn strs(&mut self, items: &[String]) {
        self.u32(items.len() as u32);
        for s in items {
            self.str(s);
        }
    }
}

/// Bounds-checked little-endian reads from a body.
pub struct Reader<'a> {
    name: &'a str,
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(name: &'a str, buf: &'a [u8]) -> Self {
        Reader { name, buf, pos: 0 }
    }

    pub fn error(&self, message: impl Into<String>) -> TacitusError {
        model_err(
            self.name,
            format!("at byte {}: {}", self.pos, message.into()),
        )
    }

    pub fn bytes(&mut self, n: usize) -> Result<&'a [u8], TacitusError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.buf.len());
        match end {
            Some(end) => {
                let out = &self.buf[self.pos..end];
                self.pos = end;
                Ok(out)
            }
            None => Err(self.error(format!("unexpected end of data (need {n} bytes)"))),
        }
    }

    pub fn u8(&mut self) -> Result<u8, TacitusError> {
        Ok(self.bytes(1)?[0])
    }
    pub fn u32(&mut self) -> Result<u32, TacitusError> {
        let b = self.bytes(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    pub fn u64(&mut self) -> Result<u64, TacitusError> {
        let b = self.bytes(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
    pub fn f32(&mut self) -> Result<f32, TacitusError> {
        let b = self.bytes(4)?;
        Ok(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    /// A count that must be at most `max` (guards allocations).
    pub fn count(&mut self, max: usize) -> Result<usize, TacitusError> {
        let n = self.u32()? as usize;
        if n > max {
            return Err(self.error(format!("count {n} exceeds limit {max}")));
        }
        Ok(n)
    }
    pub fn str(&mut self) -> Result<String, TacitusError> {
        let n = self.count(1 << 20)?;
        let b = self.bytes(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| self.error("invalid UTF-8 string"))
    }
    pub fn strs(&mut self, max: usize) -> Result<Vec<String>, TacitusError> {
        let n = self.count(max)?;
        (0..n).map(|_| self.str()).collect()
    }
    pub fn remaining(&self) -> usize {
        self.buf.len() - self.pos
    }
    pub fn finish(&self) -> Result<(), TacitusError> {
        if self.remaining() != 0 {
            return Err(self.error(format!("{} trailing bytes", self.remaining())));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_corruption() {
        let body: Vec<u8> = (0..5000u32).flat_map(|i| (i * 7).to_le_bytes()).collect();
        let file = encode(b"TAGR", &body, 3).unwrap();
        assert_eq!(decode("t", b"TAGR", &file).unwrap().body(), &body[..]);
        assert!(matches!(
            decode("t", b"PARS", &file),
            Err(TacitusError::Model { .. })
        ));
        // Truncations at many points never panic and always fail.
        for cut in [0, 1, 5, file.len() / 3, file.len() / 2, file.len() - 1] {
            assert!(decode("t", b"TAGR", &file[..cut]).is_err(), "cut at {cut}");
        }
        // Flipping any single byte is detected (zstd checks or our checksum).
        for pos in (0..file.len()).step_by(97) {
            let mut bad = file.clone();
            bad[pos] ^= 0x5a;
            assert!(decode("t", b"TAGR", &bad).is_err(), "flip at {pos}");
        }
    }

    #[test]
    fn reader_is_bounds_checked() {
        let mut r = Reader::new("t", &[1, 0, 0]);
        assert!(r.u32().is_err());
        let mut r = Reader::new("t", &[255, 255, 255, 255]);
        assert!(r.count(10).is_err());
    }
}
