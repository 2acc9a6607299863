//! Facts about the Penn Treebank tag set (as spaCy's English models use it).

/// Universal POS tag for a Penn Treebank tag (the standard conversion table).
pub fn upos(tag: &str) -> &'static str {
    match tag {
        "NN" | "NNS" => "NOUN",
        "NNP" | "NNPS" => "PROPN",
        "VB" | "VBD" | "VBG" | "VBN" | "VBP" | "VBZ" => "VERB",
        "MD" => "AUX",
        "JJ" | "JJR" | "JJS" | "AFX" => "ADJ",
        "RB" | "RBR" | "RBS" | "WRB" => "ADV",
        "PRP" | "PRP$" | "WP" | "WP$" | "EX" => "PRON",
        "DT" | "PDT" | "WDT" => "DET",
        "IN" => "ADP",
        "CC" => "CCONJ",
        "CD" => "NUM",
        "RP" => "ADP",
        "TO" => "PART",
        "POS" => "PART",
        "UH" => "INTJ",
        "SYM" | "$" | "NFP" => "SYM",
        "ADD" | "FW" | "GW" | "XX" | "LS" => "X",
        "_SP" => "SPACE",
        "HYPH" | "," | "." | ":" | "``" | "''" | "-LRB-" | "-RRB-" => "PUNCT",
        _ => "X",
    }
}

/// True for punctuation tags (excluded from attachment scores by spaCy's convention
/// when the gold label is `punct`).
pub fn is_punct_tag(tag: &str) -> bool {
    upos(tag) == "PUNCT"
}
