//! Stand-alone trainer with the same library calls and defaults as
//! `tacitus train`, for building models without compiling the whole CLI:
//!
//!   cargo run --release -p tacitus-nlp --example train_models -- TRAIN.conllu DEV.conllu OUT_DIR [PARSER_EPOCHS] [TAGGER_EPOCHS]

use std::time::Instant;
use tacitus_nlp::{Analyzer, TrainOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        return Err(
            "usage: train_models TRAIN.conllu DEV.conllu OUT_DIR [PARSER_EPOCHS] [TAGGER_EPOCHS]"
                .into(),
        );
    }
    let read = |p: &str| -> Result<Vec<tacitus_nlp::TrainSentence>, Box<dyn std::error::Error>> {
        let text = std::fs::read_to_string(p)?;
        let (s, errors) = tacitus_nlp::read_conllu(p, &text);
        if !errors.is_empty() {
            eprintln!("{} bad sentences skipped in {p}", errors.len());
        }
        Ok(s)
    };
    let train = read(&args[0])?;
    let dev = read(&args[1])?;
    let mut opts = TrainOptions::default();
    if let Some(e) = args.get(3) {
        opts.parser.epochs = e.parse()?;
    }
    if let Some(e) = args.get(4) {
        opts.tagger.epochs = e.parse()?;
    }
    let start = Instant::now();
    let log = |m: &str| eprintln!("[{:>6.1}s] {m}", start.elapsed().as_secs_f64());
    eprintln!(
        "training on {} sentences, {} tokens",
        train.len(),
        train.iter().map(|s| s.len()).sum::<usize>()
    );
    let (tagger, parser) = tacitus_nlp::train_models(&train, &opts, &log);
    let out = std::path::Path::new(&args[2]);
    std::fs::create_dir_all(out)?;
    let (tb, pb) = (tagger.to_bytes()?, parser.to_bytes()?);
    std::fs::write(out.join(tacitus_nlp::TAGGER_FILE), &tb)?;
    std::fs::write(out.join(tacitus_nlp::PARSER_FILE), &pb)?;
    println!(
        "tagger {:.1} MB ({} weights), parser {:.1} MB ({} weights)",
        tb.len() as f64 / 1e6,
        tagger.n_weights(),
        pb.len() as f64 / 1e6,
        parser.n_weights()
    );
    let t = Instant::now();
    let analyzer = Analyzer::from_dir(out)?;
    println!("load {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let scores = tacitus_nlp::evaluate(analyzer.tagger(), analyzer.parser(), &dev);
    println!("eval {}: {}", args[1], scores.summary());
    Ok(())
}
