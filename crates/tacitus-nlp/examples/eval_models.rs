//! Scores models on a CoNLL-U file and reports CPU time of tag + parse:
//! `cargo run --release -p tacitus-nlp --example eval_models -- MODELS_DIR FILE.conllu`.

use std::time::Instant;
use tacitus_nlp::Analyzer;

fn cpu_secs() -> f64 {
    std::fs::read_to_string("/proc/self/schedstat")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .next()
                .and_then(|v| v.parse::<f64>().ok())
        })
        .map_or(0.0, |ns| ns / 1e9)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (t, c) = (Instant::now(), cpu_secs());
    let analyzer = Analyzer::from_dir(std::path::Path::new(&args[0]))?;
    println!(
        "load {:.1} ms (cpu {:.1} ms)",
        t.elapsed().as_secs_f64() * 1e3,
        (cpu_secs() - c) * 1e3
    );
    let text = std::fs::read_to_string(&args[1])?;
    let (data, _) = tacitus_nlp::read_conllu(&args[1], &text);
    let c = cpu_secs();
    let scores = tacitus_nlp::evaluate(analyzer.tagger(), analyzer.parser(), &data);
    let cpu = cpu_secs() - c;
    println!("{}", scores.summary());
    println!(
        "tag+parse: {} tokens in {cpu:.2} cpu s: {:.0} tokens per cpu second",
        scores.tokens,
        scores.tokens as f64 / cpu
    );
    Ok(())
}
