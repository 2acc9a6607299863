//! Prunes trained models (drops small averaged weights) and scores them:
//! `cargo run --release -p tacitus-nlp --example prune_models -- IN_DIR OUT_DIR TAGGER_MIN PARSER_MIN DEV.conllu`.

use tacitus_nlp::Analyzer;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let analyzer = Analyzer::from_dir(std::path::Path::new(&args[0]))?;
    let tagger = analyzer.tagger().pruned(args[2].parse()?);
    let parser = analyzer.parser().pruned(args[3].parse()?);
    let out = std::path::Path::new(&args[1]);
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
    let text = std::fs::read_to_string(&args[4])?;
    let (dev, _) = tacitus_nlp::read_conllu(&args[4], &text);
    let pruned = Analyzer::from_models(tagger, parser);
    println!(
        "{}",
        tacitus_nlp::evaluate(pruned.tagger(), pruned.parser(), &dev).summary()
    );
    Ok(())
}
