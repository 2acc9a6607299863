//! Byte-parallel helpers ("SIMD within a register") shared by the text
//! scans of `tacitus-text` and `tacitus-clean`: eight bytes in a `u64`,
//! classified with bit tricks, no table and no branch per byte.

/// Eight copies of a byte.
#[inline(always)]
pub const fn splat(b: u8) -> u64 {
    u64::from_ne_bytes([b; 8])
}

/// The high bit of every byte.
pub const HIGH_BITS: u64 = splat(0x80);
/// The low seven bits of every byte.
pub const LOW_BITS: u64 = splat(0x7F);

/// The high bit of each byte of `x` (all below 0x80) set where the byte is
/// at least `lo` (`lo` <= 0x80): adding `0x80 - lo` carries into bit 7
/// exactly then, and never into the next byte.
#[inline(always)]
pub const fn at_least(x: u64, lo: u8) -> u64 {
    x + splat(0x80 - lo)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_least_marks_exactly_the_bytes_at_or_above_the_bound() {
        let x = u64::from_le_bytes([0, b'/', b'0', b'5', b'9', b':', 0x7F, b'a']);
        let m = at_least(x, b'0') & HIGH_BITS;
        let marked: Vec<bool> = m.to_le_bytes().iter().map(|b| b & 0x80 != 0).collect();
        assert_eq!(marked, [false, false, true, true, true, true, true, true]);
    }
}
