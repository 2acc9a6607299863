//! Word lists for news English: abbreviations that keep their period, and the
//! words that typically start a sentence (used to decide whether an
//! ambiguous abbreviation such as `U.S.` ends a sentence).
//!
//! Lookups lower-case the word into a stack buffer and `match` on it, so no
//! allocation happens per word.

/// What a word written before a period tells the splitter and tokenizer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordClass {
    /// An ordinary word or number: a following period is punctuation.
    Normal,
    /// A title (`Mr`, `Gen`, `Sen`): the period never ends a sentence.
    Title,
    /// A single capital letter (`J` in `J. R. R. Tolkien`): an initial.
    Initial,
    /// `No`, `Nos`, `Vol`, `Fig`: an abbreviation only before a number.
    NumberPrefix,
    /// A month abbreviation (`Jan`, `Sept`): ends a sentence only before a
    /// common sentence starter.
    Month,
    /// `U.S`, `Inc`, `Corp`, `Calif`, `Jr`: keeps its period, and ends a
    /// sentence only before a common sentence starter.
    Ambiguous,
    /// `vs`, `etc`, `approx`: keeps its period; `vs` never ends a sentence,
    /// the others end one like a normal word.
    Lowercase,
}

const MAX_ABBREV: usize = 8;

/// Lower-cases an ASCII word of at most [`MAX_ABBREV`] bytes into `buf`.
fn lower<'b>(word: &str, buf: &'b mut [u8; MAX_ABBREV]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_ABBREV || !bytes.iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    for (dst, src) in buf.iter_mut().zip(bytes) {
        *dst = src.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..bytes.len()]).ok()
}

/// True for dotted acronyms and abbreviations written without their final
/// period: `U.S`, `U.N`, `a.m`, `p.m`, `e.g`, `i.e`, `Ph.D`, `D.C`.
fn is_dotted(word: &str) -> bool {
    if !word.contains('.') {
        return false;
    }
    word.split('.').all(|seg| {
        !seg.is_empty() && seg.len() <= 2 && seg.bytes().all(|b| b.is_ascii_alphabetic())
    })
}

/// Classifies the word written right before a period (without the period).
///
/// `word` has its leading punctuation (quotes, brackets) already removed.
pub(crate) fn classify(word: &str) -> WordClass {
    // Only the last word counts in `choice,"?Sen` or `(Gen`.
    let word = if word.is_ascii() {
        // the same search by bytes (most words are ASCII)
        match word
            .bytes()
            .rposition(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'\'' | b'&')))
        {
            Some(i) => &word[i + 1..],
            None => word,
        }
    } else {
        match word.rfind(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '&'))) {
            Some(i) => &word[i + word[i..].chars().next().map_or(1, char::len_utf8)..],
            None => word,
        }
    };
    // `D-Mass`, `R-Calif` (party and state in AP style), `Japan-U.S`.
    // a byte search: words are short, a memrchr call would cost more
    let word = match word.bytes().rposition(|b| b == b'-') {
        Some(i) if i + 1 < word.len() => &word[i + 1..],
        _ => word,
    };
    let bytes = word.as_bytes();
    let Some(&first) = bytes.first() else {
        return WordClass::Normal;
    };
    if bytes.len() == 1 {
        return if first.is_ascii_uppercase() {
            WordClass::Initial
        } else {
            WordClass::Normal
        };
    }
    if is_dotted(word) {
        // `a.m. Tuesday`, `e.g. Russia`: like `U.S.`, final only before a starter.
        return WordClass::Ambiguous;
    }
    let mut buf = [0u8; MAX_ABBREV];
    let Some(low) = lower(word, &mut buf) else {
        return WordClass::Normal;
    };
    let capitalized = word.as_bytes()[0].is_ascii_uppercase();
    match low {
        "vs" | "etc" | "approx" | "cf" | "viz" => return WordClass::Lowercase,
        "no" | "nos" | "vol" | "fig" | "pp" | "art" | "ch" => return WordClass::NumberPrefix,
        _ => {}
    }
    if !capitalized {
        return WordClass::Normal;
    }
    match low {
        "mr" | "mrs" | "ms" | "messrs" | "mmes" | "dr" | "drs" | "prof" | "rev" | "hon" | "fr" | "sr" => {
            // `Sr` is senior (ambiguous), but `Sr.` as a title (Sister) is rarer
            // in news: treat like Jr.
            if low == "sr" { WordClass::Ambiguous } else { WordClass::Title }
        }
        "gen" | "gens" | "lt" | "col" | "cols" | "maj" | "capt" | "cpt" | "sgt" | "cpl" | "pvt" | "adm"
        | "cmdr" | "cdr" | "brig" | "lieut" | "cmdt" | "sen" | "sens" | "rep" | "reps" | "gov" | "govs"
        | "pres" | "supt" | "insp" | "det" | "amb" | "atty" | "st" | "ste" | "mt" | "ft" | "pt" => {
            WordClass::Title
        }
        "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec" => {
            WordClass::Month
        }
        "inc" | "corp" | "ltd" | "co" | "cos" | "bros" | "plc" | "llc" | "jr" | "dept" | "univ" | "assn"
        | "ave" | "blvd" | "rd" | "hwy"
        // US states in AP style
        | "ala" | "ariz" | "ark" | "calif" | "colo" | "conn" | "del" | "fla" | "ga" | "ill" | "ind"
        | "kan" | "kans" | "ky" | "la" | "md" | "mass" | "mich" | "minn" | "miss" | "mo" | "mont"
        | "neb" | "nev" | "okla" | "ore" | "pa" | "penn" | "tenn" | "tex" | "va" | "vt" | "wash"
        | "wis" | "wyo" => WordClass::Ambiguous,
        _ => WordClass::Normal,
    }
}

/// True when `word` commonly starts a sentence: after an ambiguous
/// abbreviation (`... in the U.S. The talks ...`) such a word means the
/// period also ends the sentence.
pub(crate) fn is_sentence_starter(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "You"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "But"
            | "And"
            | "Or"
            | "So"
            | "Yet"
            | "In"
            | "On"
            | "At"
            | "As"
            | "After"
            | "Before"
            | "When"
            | "While"
            | "If"
            | "However"
            | "Meanwhile"
            | "Some"
            | "Many"
            | "Most"
            | "Its"
            | "His"
            | "Her"
            | "Their"
            | "Our"
            | "My"
            | "Your"
            | "Another"
            | "Both"
            | "Earlier"
            | "Later"
            | "Now"
            | "Still"
            | "Also"
            | "Such"
            | "Since"
            | "Although"
            | "Though"
            | "Because"
            | "During"
            | "Despite"
            | "According"
            | "What"
            | "Who"
            | "Why"
            | "How"
            | "Where"
            | "Then"
            | "Here"
            | "Yesterday"
            | "Today"
            | "Instead"
            | "Moreover"
            | "Separately"
            | "Last"
            | "No"
            | "Not"
            | "Each"
            | "Every"
            | "All"
            | "Officials"
            | "Police"
            | "Analysts"
            | "Thus"
            | "Nevertheless"
            | "Furthermore"
            | "Until"
            | "Under"
            | "Over"
            | "By"
            | "With"
            | "From"
            | "For"
            | "To"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Dr"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_news_abbreviations() {
        assert_eq!(classify("Mr"), WordClass::Title);
        assert_eq!(classify("Gen"), WordClass::Title);
        assert_eq!(classify("ST"), WordClass::Title);
        assert_eq!(classify("U.S"), WordClass::Ambiguous);
        assert_eq!(classify("U.N"), WordClass::Ambiguous);
        assert_eq!(classify("a.m"), WordClass::Ambiguous);
        assert_eq!(classify("Inc"), WordClass::Ambiguous);
        assert_eq!(classify("D-Mass"), WordClass::Ambiguous);
        assert_eq!(classify("Japan-U.S"), WordClass::Ambiguous);
        assert_eq!(classify("choice,\"?Sen"), WordClass::Title);
        assert_eq!(classify("Sept"), WordClass::Month);
        assert_eq!(classify("No"), WordClass::NumberPrefix);
        assert_eq!(classify("W"), WordClass::Initial);
        assert_eq!(classify("etc"), WordClass::Lowercase);
        assert_eq!(classify("home"), WordClass::Normal);
        assert_eq!(classify("ill"), WordClass::Normal);
        assert_eq!(classify("may"), WordClass::Normal);
        assert_eq!(classify("2025"), WordClass::Normal);
        assert_eq!(classify("bbc.com"), WordClass::Normal);
    }
}
