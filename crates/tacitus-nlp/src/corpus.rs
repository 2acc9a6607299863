//! Training and evaluation sentences, read from CoNLL-U (FORM, LEMMA, XPOS,
//! HEAD, DEPREL are used), and CoNLL-U output of analyzed sentences.
//!
//! This small reader is for our own silver training data; the general reader
//! for gold treebanks lives in [`crate::gold`].

use std::fmt::Write as _;
use tacitus_core::{AnalyzedSentence, CharOffsets, RecordError};

/// One annotated sentence.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrainSentence {
    pub words: Vec<String>,
    pub lemmas: Vec<String>,
    pub tags: Vec<String>,
    /// Head index in the sentence, `None` for the root.
    pub heads: Vec<Option<usize>>,
    pub labels: Vec<String>,
}

impl TrainSentence {
    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Exactly one root and no cycles.
    pub fn is_tree(&self) -> bool {
        let n = self.len();
        if self.heads.iter().filter(|h| h.is_none()).count() != 1 {
            return false;
        }
        (0..n).all(|start| {
            let mut cur = start;
            for _ in 0..=n {
                match self.heads[cur] {
                    None => return true,
                    Some(h) if h < n => cur = h,
                    Some(_) => return false,
                }
            }
            false
        })
    }

    /// No two arcs cross (arc-hybrid can only build projective trees).
    pub fn is_projective(&self) -> bool {
        let n = self.len();
        let arcs: Vec<(usize, usize)> = (0..n)
            .map(|d| {
                let h = self.heads[d].unwrap_or(n);
                (d.min(h), d.max(h))
            })
            .collect();
        for &(a, b) in &arcs {
            for &(c, d) in &arcs {
                if a < c && c < b && b < d {
                    return false;
                }
            }
        }
        true
    }
}

/// Parses CoNLL-U text. Malformed sentences are reported and skipped.
pub fn read_conllu(file: &str, text: &str) -> (Vec<TrainSentence>, Vec<RecordError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut cur = TrainSentence::default();
    let mut bad: Option<RecordError> = None;
    let mut flush = |cur: &mut TrainSentence, bad: &mut Option<RecordError>| {
        let s = std::mem::take(cur);
        if let Some(e) = bad.take() {
            errors.push(e);
        } else if !s.is_empty() {
            out.push(s);
        }
    };
    for (no, line) in text.lines().enumerate() {
        let line_no = Some(no as u64 + 1);
        if line.trim().is_empty() {
            flush(&mut cur, &mut bad);
            continue;
        }
        if line.starts_with('#') || bad.is_some() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            bad = Some(RecordError::new(
                file,
                line_no,
                None,
                format!("expected 10 columns, found {}", cols.len()),
            ));
            continue;
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue; // multiword token or empty node
        }
        let id: usize = match cols[0].parse() {
            Ok(v) if v == cur.len() + 1 => v,
            _ => {
                bad = Some(RecordError::new(
                    file,
                    line_no,
                    Some("ID"),
                    format!("unexpected id `{}`", cols[0]),
                ));
                continue;
            }
        };
        let head = match cols[6].parse::<usize>() {
            Ok(0) => None,
            Ok(h) => Some(h - 1),
            Err(_) => {
                bad = Some(RecordError::new(
                    file,
                    line_no,
                    Some("HEAD"),
                    format!("bad head `{}`", cols[6]),
                ));
                continue;
            }
        };
        let _ = id;
        cur.words.push(cols[1].to_string());
        cur.lemmas.push(cols[2].to_string());
        cur.tags
            .push(if cols[4] == "_" { cols[3] } else { cols[4] }.to_string());
        cur.heads.push(head);
        cur.labels.push(cols[7].to_string());
    }
    flush(&mut cur, &mut bad);
    // Heads must point inside their sentence.
    let (mut good, mut bad_heads) = (Vec::with_capacity(out.len()), 0usize);
    for s in out {
        if s.heads.iter().all(|h| h.is_none_or(|h| h < s.len())) {
            good.push(s);
        } else {
            bad_heads += 1;
        }
    }
    if bad_heads > 0 {
        errors.push(RecordError::new(
            file,
            None,
            Some("HEAD"),
            format!("{bad_heads} sentences with heads out of range"),
        ));
    }
    (good, errors)
}

fn clean_field(s: &str) -> String {
    if s.is_empty() {
        return "_".to_string();
    }
    s.chars()
        .map(|c| if c.is_whitespace() { '_' } else { c })
        .collect()
}

/// Writes one analyzed sentence as CoNLL-U with `# doc_id`, `# sent_id` and
/// `# text` comments. MISC carries character offsets (`start=..|end=..`).
pub fn write_conllu(
    out: &mut String,
    doc_id: &str,
    text: &str,
    offsets: &CharOffsets,
    s: &AnalyzedSentence,
) {
    let _ = writeln!(out, "# doc_id = {doc_id}");
    let _ = writeln!(out, "# sent_id = {doc_id}#{}", s.index);
    let sentence_text = s.span.slice(text).unwrap_or_default();
    let one_line: String = sentence_text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let _ = writeln!(out, "# text = {one_line}");
    for (i, t) in s.tokens.iter().enumerate() {
        let head = t.head.map_or(0, |h| h + 1);
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\tstart={}|end={}",
            i + 1,
            clean_field(&t.text),
            clean_field(&t.lemma),
            crate::tagset::upos(&t.tag),
            clean_field(&t.tag),
            head,
            clean_field(&t.dep),
            offsets.char_offset(t.span.start),
            offsets.char_offset(t.span.end),
        );
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sent_id = 1\n\
1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n\
2\tfled\tflee\tVERB\tVBD\t_\t0\tROOT\t_\t_\n\
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\
\n\
1\tbad\tbad\tX\n\
\n\
1\tYes\tyes\tINTJ\tUH\t_\t0\tROOT\t_\t_\n";

    #[test]
    fn reads_sentences_and_reports_bad_ones() {
        let (sents, errors) = read_conllu("t.conllu", SAMPLE);
        assert_eq!(sents.len(), 2);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, Some(6));
        assert_eq!(sents[0].words, ["Police", "fled", "."]);
        assert_eq!(sents[0].heads, [Some(1), None, Some(1)]);
        assert_eq!(sents[0].labels[0], "nsubj");
        assert!(sents[0].is_tree() && sents[0].is_projective());
    }

    #[test]
    fn detects_crossing_arcs() {
        let s = TrainSentence {
            words: vec!["a".into(); 4],
            heads: vec![Some(1), None, Some(3), Some(1)],
            ..Default::default()
        };
        assert!(s.is_projective());
        // word 0 hangs from word 2 across the root word 1
        let s = TrainSentence {
            heads: vec![Some(2), None, Some(1), Some(1)],
            ..s
        };
        assert!(!s.is_projective());
    }
}
