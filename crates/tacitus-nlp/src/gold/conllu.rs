//! CoNLL-U reading, so external parses (UDPipe, Stanza, spaCy exports) can
//! enter the pipeline. Writing is [`crate::write_conllu`].
//!
//! Hand-written: the format is ten tab-separated columns and we need
//! per-line errors and tolerance (multiword token ranges `3-4` and empty
//! nodes `5.1` are skipped) more than a dependency. A sentence with
//! Universal Dependencies labels (UDPipe, Stanza) is restructured to the
//! ClearNLP/spaCy style of the pipeline by [`super::ud`]; ClearNLP-labelled
//! files (ours, spaCy's) are kept as they are. The tag is XPOS when given,
//! else UPOS.

use super::GoldError;
use super::align::align_words;
use tacitus_core::{AnalyzedSentence, AnalyzedToken, Span};

/// One sentence read from a CoNLL-U file.
#[derive(Debug, Clone, PartialEq)]
pub struct ConlluSentence {
    /// `# sent_id = ...`, when given.
    pub sent_id: Option<String>,
    /// `# text = ...` when given, else the forms joined (honouring
    /// `SpaceAfter=No`). The spans of `sentence` index this text.
    pub text: String,
    /// 1-based line of the sentence's first line in the input.
    pub line: usize,
    /// The analysis, spans into [`ConlluSentence::text`].
    pub sentence: AnalyzedSentence,
    /// True when the file had Universal Dependencies labels and the tree was
    /// restructured to ClearNLP/spaCy style by [`super::ud::to_clear_style`].
    pub from_ud: bool,
}

impl ConlluSentence {
    /// The same analysis with spans re-aligned onto `doc_text` from byte
    /// `start`; returns it and the cursor after it.
    pub fn align_to(
        &self,
        doc_text: &str,
        start: usize,
        index: usize,
    ) -> (AnalyzedSentence, usize) {
        let words: Vec<&str> = self
            .sentence
            .tokens
            .iter()
            .map(|t| t.text.as_str())
            .collect();
        let (spans, cursor) = align_words(doc_text, start, &words);
        let tokens: Vec<AnalyzedToken> = self
            .sentence
            .tokens
            .iter()
            .zip(&spans)
            .map(|(t, span)| AnalyzedToken {
                span: *span,
                ..t.clone()
            })
            .collect();
        let matched = spans.iter().filter(|s| !s.is_empty());
        let s = matched.clone().map(|s| s.start).min().unwrap_or(cursor);
        let e = matched.map(|s| s.end).max().unwrap_or(s).max(s);
        (
            AnalyzedSentence {
                index,
                span: Span::new(s, e),
                tokens,
            },
            cursor,
        )
    }
}

struct Row {
    form: String,
    lemma: String,
    tag: String,
    head: Option<usize>,
    deprel: String,
    space_after: bool,
}

/// Parses one word line (`id` already known to be a plain integer).
fn parse_row(cols: &[&str], line: usize) -> Result<Row, GoldError> {
    let head_col = cols[6];
    let head = if head_col == "_" {
        None
    } else {
        let h: usize = head_col
            .parse()
            .map_err(|_| GoldError::at_line(line, format!("HEAD `{head_col}` is not a number")))?;
        Some(h)
    };
    let tag = if cols[4] != "_" { cols[4] } else { cols[3] };
    let deprel = match cols[7] {
        "root" | "ROOT" => "ROOT".to_string(),
        "_" => "dep".to_string(),
        d => d.to_string(),
    };
    let form = cols[1].to_string();
    let lemma = if cols[2] == "_" && form != "_" {
        form.to_lowercase()
    } else {
        cols[2].to_lowercase()
    };
    let space_after = !cols[9].split('|').any(|m| m == "SpaceAfter=No");
    Ok(Row {
        form,
        lemma,
        tag: tag.to_string(),
        head,
        deprel,
        space_after,
    })
}

struct Pending {
    first_line: usize,
    sent_id: Option<String>,
    text: Option<String>,
    rows: Vec<Row>,
    error: Option<GoldError>,
    started: bool,
}

impl Pending {
    fn new(line: usize) -> Self {
        Pending {
            first_line: line,
            sent_id: None,
            text: None,
            rows: Vec::new(),
            error: None,
            started: false,
        }
    }

    fn is_empty(&self) -> bool {
        self.rows.is_empty() && self.error.is_none()
    }

    fn finish(self, index: usize) -> Result<ConlluSentence, GoldError> {
        if let Some(e) = self.error {
            return Err(e);
        }
        let n = self.rows.len();
        let joined = || {
            let mut s = String::new();
            for (i, r) in self.rows.iter().enumerate() {
                s.push_str(&r.form);
                if r.space_after && i + 1 < n {
                    s.push(' ');
                }
            }
            s
        };
        let text = self.text.clone().unwrap_or_else(joined);
        let words: Vec<&str> = self.rows.iter().map(|r| r.form.as_str()).collect();
        let (spans, _) = align_words(&text, 0, &words);
        let mut tokens = Vec::with_capacity(n);
        for (k, (row, span)) in self.rows.iter().zip(spans).enumerate() {
            let head = match row.head {
                None | Some(0) => None,
                Some(h) if h <= n => Some(h - 1),
                Some(h) => {
                    return Err(GoldError::at_line(
                        self.first_line,
                        format!("word {} has HEAD {h} but the sentence has {n} words", k + 1),
                    ));
                }
            };
            let dep = if head.is_none() {
                "ROOT".to_string()
            } else {
                row.deprel.clone()
            };
            tokens.push(AnalyzedToken {
                text: row.form.clone(),
                span,
                tag: row.tag.clone(),
                lemma: row.lemma.clone(),
                head,
                dep,
            });
        }
        let span = Span::new(0, text.len());
        let mut sentence = AnalyzedSentence {
            index,
            span,
            tokens,
        };
        if !sentence.is_well_formed() {
            return Err(GoldError::at_line(
                self.first_line,
                "the heads of this sentence do not form a single tree",
            ));
        }
        let from_ud = super::ud::looks_like_ud(&sentence.tokens);
        if from_ud {
            super::ud::to_clear_style(&mut sentence.tokens);
        }
        Ok(ConlluSentence {
            sent_id: self.sent_id,
            text,
            line: self.first_line,
            sentence,
            from_ud,
        })
    }
}

/// Reads every sentence of a CoNLL-U text. A sentence with a bad line is
/// skipped and reported (the error names the line); the others are kept.
/// Sentence indexes count the sentences returned.
pub fn read(input: &str) -> (Vec<ConlluSentence>, Vec<GoldError>) {
    let mut sentences = Vec::new();
    let mut errors = Vec::new();
    let mut pending = Pending::new(1);
    let flush =
        |pending: Pending, sentences: &mut Vec<ConlluSentence>, errors: &mut Vec<GoldError>| {
            if pending.is_empty() {
                return;
            }
            match pending.finish(sentences.len()) {
                Ok(s) => sentences.push(s),
                Err(e) => errors.push(e),
            }
        };
    for (i, raw) in input.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            let done = std::mem::replace(&mut pending, Pending::new(line_no + 1));
            flush(done, &mut sentences, &mut errors);
            continue;
        }
        if pending.is_empty()
            && pending.sent_id.is_none()
            && pending.text.is_none()
            && !pending.started
        {
            pending.first_line = line_no;
            pending.started = true;
        }
        if let Some(comment) = line.strip_prefix('#') {
            if pending.rows.is_empty() {
                let comment = comment.trim();
                if let Some(id) = comment.strip_prefix("sent_id") {
                    pending.sent_id = Some(id.trim_start_matches([' ', '=']).trim().to_string());
                } else if let Some(text) = comment.strip_prefix("text ") {
                    pending.text =
                        Some(text.trim_start_matches([' ', '=']).trim_start().to_string());
                } else if let Some(text) = comment.strip_prefix("text=") {
                    pending.text = Some(text.trim_start().to_string());
                }
            }
            continue;
        }
        if pending.error.is_some() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            pending.error = Some(GoldError::at_line(
                line_no,
                format!("expected 10 tab-separated columns, found {}", cols.len()),
            ));
            continue;
        }
        let id = cols[0];
        if id.contains('-') || id.contains('.') {
            continue; // multiword token range or empty node
        }
        match id.parse::<usize>() {
            Ok(n) if n == pending.rows.len() + 1 => {}
            Ok(n) => {
                pending.error = Some(GoldError::at_line(
                    line_no,
                    format!(
                        "word ID {n} out of sequence (expected {})",
                        pending.rows.len() + 1
                    ),
                ));
                continue;
            }
            Err(_) => {
                pending.error = Some(GoldError::at_line(
                    line_no,
                    format!("word ID `{id}` is not a number"),
                ));
                continue;
            }
        }
        match parse_row(&cols, line_no) {
            Ok(row) => pending.rows.push(row),
            Err(e) => pending.error = Some(e),
        }
    }
    flush(pending, &mut sentences, &mut errors);
    (sentences, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# sent_id = s1\n# text = Russia recognized it.\n1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\trecognized\trecognize\tVERB\tVBD\t_\t0\troot\t_\t_\n3-4\tit.\t_\t_\t_\t_\t_\t_\t_\t_\n3\tit\tit\tPRON\tPRP\t_\t2\tobj\t_\tSpaceAfter=No\n3.1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

    #[test]
    fn reads_words_and_skips_ranges_and_empty_nodes() {
        let (sents, errors) = read(SAMPLE);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(sents.len(), 1);
        let s = &sents[0];
        assert_eq!(s.sent_id.as_deref(), Some("s1"));
        assert_eq!(s.text, "Russia recognized it.");
        let t = &s.sentence.tokens;
        assert_eq!(t.len(), 4);
        assert_eq!(t[1].dep, "ROOT");
        assert_eq!(t[1].head, None);
        assert_eq!(t[0].head, Some(1));
        assert_eq!(t[2].tag, "PRP");
        assert!(s.from_ud);
        assert_eq!(t[2].dep, "dobj");
        assert_eq!(t[1].lemma, "recognize");
        assert_eq!(t[3].span.slice(&s.text), Some("."));
        assert!(s.sentence.is_well_formed());
    }

    #[test]
    fn bad_lines_are_reported_and_the_rest_kept() {
        let input = format!("1\tA\t_\t_\tNN\t_\tx\tdep\t_\t_\n\n1\tonly three\tcols\n\n{SAMPLE}");
        let (sents, errors) = read(&input);
        assert_eq!(sents.len(), 1);
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].line, Some(1));
        assert_eq!(errors[1].line, Some(3));
        assert!(errors[1].message.contains("10 tab-separated"));
    }

    #[test]
    fn cycles_are_rejected() {
        let input = "1\ta\t_\t_\tNN\t_\t2\tdep\t_\t_\n2\tb\t_\t_\tNN\t_\t1\tdep\t_\t_\n";
        let (sents, errors) = read(input);
        assert!(sents.is_empty());
        assert_eq!(errors.len(), 1);
    }

    #[test]
    fn reads_what_the_analyzer_writes() {
        let (sents, _) = read(SAMPLE);
        let s = &sents[0];
        let mut written = String::new();
        let offsets = tacitus_core::CharOffsets::new(&s.text);
        crate::write_conllu(&mut written, "doc", &s.text, &offsets, &s.sentence);
        let (again, errors) = read(&written);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(again[0].sent_id.as_deref(), Some("doc#0"));
        assert_eq!(again[0].sentence.tokens, s.sentence.tokens);
    }
}
