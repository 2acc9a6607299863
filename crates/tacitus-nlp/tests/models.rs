//! Train-then-predict on hand-written sentences, serialization round trips,
//! corrupt model files, and tree well-formedness.

use tacitus_core::{Document, TacitusError};
use tacitus_nlp::{Analyzer, TrainOptions, read_conllu};

/// Hand-written sentences (our own), ClearNLP/spaCy labels.
const TINY: &str = "\
1	Police	police	NOUN	NNS	_	2	nsubj	_	_
2	seized	seize	VERB	VBD	_	0	ROOT	_	_
3	the	the	DET	DT	_	4	det	_	_
4	weapons	weapon	NOUN	NNS	_	2	dobj	_	_
5	in	in	ADP	IN	_	2	prep	_	_
6	Kabul	Kabul	PROPN	NNP	_	5	pobj	_	_
7	.	.	PUNCT	.	_	2	punct	_	_

1	The	the	DET	DT	_	2	det	_	_
2	minister	minister	NOUN	NN	_	3	nsubj	_	_
3	met	meet	VERB	VBD	_	0	ROOT	_	_
4	the	the	DET	DT	_	6	det	_	_
5	Russian	russian	ADJ	JJ	_	6	amod	_	_
6	envoy	envoy	NOUN	NN	_	3	dobj	_	_
7	on	on	ADP	IN	_	3	prep	_	_
8	Monday	Monday	PROPN	NNP	_	7	pobj	_	_
9	.	.	PUNCT	.	_	3	punct	_	_

1	Rebels	rebel	NOUN	NNS	_	2	nsubj	_	_
2	fled	flee	VERB	VBD	_	0	ROOT	_	_
3	to	to	ADP	IN	_	2	prep	_	_
4	the	the	DET	DT	_	5	det	_	_
5	mountains	mountain	NOUN	NNS	_	3	pobj	_	_
6	.	.	PUNCT	.	_	2	punct	_	_

1	Moscow	Moscow	PROPN	NNP	_	2	nsubj	_	_
2	recognized	recognize	VERB	VBD	_	0	ROOT	_	_
3	the	the	DET	DT	_	5	det	_	_
4	Taliban	Taliban	PROPN	NNP	_	5	compound	_	_
5	government	government	NOUN	NN	_	2	dobj	_	_
6	and	and	CCONJ	CC	_	2	cc	_	_
7	sent	send	VERB	VBD	_	2	conj	_	_
8	an	an	DET	DT	_	9	det	_	_
9	ambassador	ambassador	NOUN	NN	_	7	dobj	_	_
10	.	.	PUNCT	.	_	2	punct	_	_

1	He	he	PRON	PRP	_	3	nsubjpass	_	_
2	was	be	AUX	VBD	_	3	auxpass	_	_
3	arrested	arrest	VERB	VBN	_	0	ROOT	_	_
4	by	by	ADP	IN	_	3	agent	_	_
5	soldiers	soldier	NOUN	NNS	_	4	pobj	_	_
6	.	.	PUNCT	.	_	3	punct	_	_

";

fn tiny_models() -> (Vec<u8>, Vec<u8>, Vec<tacitus_nlp::TrainSentence>) {
    let (sentences, errors) = read_conllu("tiny", TINY);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(sentences.len(), 5);
    let mut opts = TrainOptions {
        jackknife: 0,
        ..TrainOptions::default()
    };
    opts.tagger.epochs = 20;
    opts.tagger.dict_min_count = 1000; // keep every word scored by the model
    opts.tagger.prune = 0.0;
    opts.parser.epochs = 30;
    opts.parser.prune = 0.0;
    let (tagger, parser) = tacitus_nlp::train_models(&sentences, &opts, &|_| {});
    (
        tagger.to_bytes().unwrap(),
        parser.to_bytes().unwrap(),
        sentences,
    )
}

#[test]
fn learns_tiny_treebank_and_round_trips() {
    let (tagger, parser, sentences) = tiny_models();
    let analyzer = Analyzer::from_bytes(&tagger, &parser).unwrap();
    let scores = tacitus_nlp::evaluate(analyzer.tagger(), analyzer.parser(), &sentences);
    assert_eq!(scores.tag_correct, scores.tokens, "{}", scores.summary());
    assert_eq!(scores.las_all, scores.tokens, "{}", scores.summary());
    // Serialization is deterministic: writing the loaded models gives the same bytes.
    assert_eq!(analyzer.tagger().to_bytes().unwrap(), tagger);
    assert_eq!(analyzer.parser().to_bytes().unwrap(), parser);
}

#[test]
fn files_of_another_format_version_are_refused() {
    // A version 1 file (older feature templates) must not be misread: same
    // container and checksum, only the version field differs.
    let (tagger, parser, _) = tiny_models();
    let mut raw = zstd::decode_all(&parser[..]).unwrap();
    assert_eq!(
        &raw[8..12],
        &tacitus_nlp::modelfile::FORMAT_VERSION.to_le_bytes()
    );
    raw[8..12].copy_from_slice(&1u32.to_le_bytes());
    let old = zstd::encode_all(&raw[..], 3).unwrap();
    let err = Analyzer::from_bytes(&tagger, &old).unwrap_err().to_string();
    assert!(err.contains("version 1"), "{err}");
}

#[test]
fn corrupt_models_are_errors_not_panics() {
    let (tagger, parser, _) = tiny_models();
    for cut in [0, 10, tagger.len() / 2, tagger.len() - 1] {
        let r = Analyzer::from_bytes(&tagger[..cut], &parser);
        assert!(
            matches!(r, Err(TacitusError::Model { .. })),
            "truncated at {cut}"
        );
    }
    for pos in (0..parser.len()).step_by(7) {
        let mut bad = parser.clone();
        bad[pos] ^= 0xa5;
        assert!(
            Analyzer::from_bytes(&tagger, &bad).is_err(),
            "flip at {pos}"
        );
    }
    // Swapped files are recognised as the wrong kind.
    let err = Analyzer::from_bytes(&parser, &tagger)
        .unwrap_err()
        .to_string();
    assert!(err.contains("kind"), "{err}");
}

#[test]
fn every_parse_is_a_tree() {
    let (tagger, parser, _) = tiny_models();
    let analyzer = Analyzer::from_bytes(&tagger, &parser).unwrap();
    let text = "Police seized weapons. The envoy met rebels in the mountains on Monday and fled \
                to Kabul, officials said; \"We will respond,\" he added! x y z ( ) , , . \
                Moscow recognized the Taliban government and sent an ambassador to Kabul in July 2025.";
    let doc = analyzer.analyze(&Document::new("d", text));
    assert!(!doc.sentences.is_empty());
    for s in &doc.sentences {
        assert!(s.is_well_formed(), "{s:?}");
        assert_eq!(s.tokens.iter().filter(|t| t.dep == "ROOT").count(), 1);
    }
    let empty = analyzer.analyze(&Document::new("e", ""));
    assert!(empty.sentences.is_empty());
}

#[test]
fn analyzer_is_send_and_sync() {
    fn check<T: Send + Sync + Clone>() {}
    check::<Analyzer>();
}

#[test]
fn builtin_models_load_and_parse_when_present() {
    match Analyzer::embedded() {
        Ok(analyzer) => {
            let doc = analyzer.analyze(&Document::new(
                "d",
                "Police seized the weapons in Kabul on Monday.",
            ));
            let s = &doc.sentences[0];
            assert!(s.is_well_formed());
            let seized = s.tokens.iter().find(|t| t.text == "seized").unwrap();
            assert_eq!(seized.tag, "VBD");
            assert_eq!(seized.lemma, "seize");
            assert_eq!(seized.dep, "ROOT");
            let police = s.tokens.iter().find(|t| t.text == "Police").unwrap();
            assert_eq!(police.dep, "nsubj");
        }
        Err(e) => eprintln!("skipped: no embedded models ({e})"),
    }
}

#[test]
fn builtin_parses_of_real_news_are_trees() {
    let Some(path) = tacitus_testdata::shared_file("seed/000_959f818437682cf3.txt") else {
        return;
    };
    let Ok(analyzer) = Analyzer::embedded() else {
        eprintln!("skipped: no embedded models");
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    let doc = analyzer.analyze(&Document::new("seed", text));
    assert!(doc.sentences.len() > 10);
    for s in &doc.sentences {
        assert!(s.is_well_formed(), "sentence {} is not a tree", s.index);
        assert!(
            s.tokens
                .iter()
                .all(|t| !t.tag.is_empty() && !t.dep.is_empty() && !t.lemma.is_empty())
        );
    }
}
