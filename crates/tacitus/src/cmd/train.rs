//! `tacitus train`: train the tagger and parser from CoNLL-U files, or
//! evaluate models on one (`--eval`).

use anyhow::Context;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;
use tacitus_nlp::{Analyzer, TrainOptions, TrainSentence};

/// Train the part-of-speech tagger and dependency parser from CoNLL-U files.
///
/// Columns used: FORM, XPOS (Penn Treebank tag; UPOS when XPOS is `_`),
/// HEAD and DEPREL (ClearNLP/spaCy labels). Writes `tagger.bin.zst` and
/// `parser.bin.zst` to --out and prints accuracy on --dev. With --eval,
/// trains nothing and scores the current models (embedded, $TACITUS_MODELS
/// or --models) on the file. `tools/train-models.sh` runs the whole recipe.
///
/// Examples:
///
///   tacitus train --train work/silver/train.conllu --dev work/silver/dev.conllu --out data/models
///   tacitus train --eval work/silver/dev.conllu
#[derive(clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Training data (CoNLL-U).
    #[arg(long, value_name = "FILE")]
    train: Option<PathBuf>,
    /// Held-out data (CoNLL-U) scored after training.
    #[arg(long, value_name = "FILE")]
    dev: Option<PathBuf>,
    /// Directory to write the model files to.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Train the tagger (default: both models when neither flag is given).
    #[arg(long)]
    tagger: bool,
    /// Train the parser (default: both models when neither flag is given).
    #[arg(long)]
    parser: bool,
    /// Score models on this CoNLL-U file instead of training.
    #[arg(long, value_name = "FILE", conflicts_with = "train")]
    eval: Option<PathBuf>,
    /// Models to evaluate, or to keep when training only one of them.
    #[arg(long, value_name = "DIR")]
    models: Option<PathBuf>,
    /// Tagger training epochs.
    #[arg(long, default_value_t = 5)]
    tagger_epochs: usize,
    /// Parser training epochs.
    #[arg(long, default_value_t = 4)]
    parser_epochs: usize,
    /// Folds for jackknifed parser training tags (0: use the reference tags).
    #[arg(long, default_value_t = 2)]
    jackknife: usize,
    /// Drop averaged tagger weights with smaller magnitude than this.
    #[arg(long, default_value_t = 1.5)]
    tagger_prune: f32,
    /// Drop averaged parser weights with smaller magnitude than this (size
    /// and speed against a little accuracy).
    #[arg(long, default_value_t = 3.0)]
    parser_prune: f32,
    /// Use at most this many training sentences (0: all).
    #[arg(long, default_value_t = 0)]
    limit: usize,
}

fn read_conllu(path: &Path) -> anyhow::Result<Vec<TrainSentence>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let (sentences, errors) = tacitus_nlp::read_conllu(&path.display().to_string(), &text);
    for e in errors.iter().take(10) {
        eprintln!("tacitus: warning: {e}");
    }
    if errors.len() > 10 {
        eprintln!(
            "tacitus: warning: ... {} more bad sentences skipped",
            errors.len() - 10
        );
    }
    Ok(sentences)
}

fn load_models(dir: Option<&Path>) -> anyhow::Result<Analyzer> {
    Ok(match dir {
        Some(d) => Analyzer::from_dir(d)?,
        None => Analyzer::builtin()?,
    })
}

fn print_scores(name: &str, analyzer: &Analyzer, data: &[TrainSentence]) {
    let start = Instant::now();
    let scores = tacitus_nlp::evaluate(analyzer.tagger(), analyzer.parser(), data);
    let secs = start.elapsed().as_secs_f64();
    println!("eval {name}: {}", scores.summary());
    println!(
        "eval {name}: tag_accuracy={:.2} uas={:.2} las={:.2} (no punct) uas_punct={:.2} las_punct={:.2} in {secs:.2}s",
        scores.tag_accuracy(),
        scores.uas(),
        scores.las(),
        scores.uas_with_punct(),
        scores.las_with_punct()
    );
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(eval) = &args.eval {
        let data = read_conllu(eval)?;
        let analyzer = load_models(args.models.as_deref())?;
        print_scores(&eval.display().to_string(), &analyzer, &data);
        return Ok(ExitCode::SUCCESS);
    }
    let Some(train_path) = &args.train else {
        anyhow::bail!("give --train FILE (and --out DIR), or --eval FILE");
    };
    let Some(out) = &args.out else {
        anyhow::bail!("give --out DIR for the trained models");
    };
    let (want_tagger, want_parser) = match (args.tagger, args.parser) {
        (false, false) => (true, true),
        pair => pair,
    };
    let mut train = read_conllu(train_path)?;
    if args.limit > 0 {
        train.truncate(args.limit);
    }
    let tokens: usize = train.iter().map(|s| s.len()).sum();
    eprintln!("training on {} sentences, {tokens} tokens", train.len());
    let mut opts = TrainOptions {
        jackknife: args.jackknife,
        ..TrainOptions::default()
    };
    opts.tagger.epochs = args.tagger_epochs;
    opts.tagger.prune = args.tagger_prune;
    opts.parser.epochs = args.parser_epochs;
    opts.parser.prune = args.parser_prune;
    let start = Instant::now();
    let log = |m: &str| eprintln!("[{:>6.1}s] {m}", start.elapsed().as_secs_f64());
    let (tagger, parser) = tacitus_nlp::train_models(&train, &opts, &log);
    let previous = if want_tagger && want_parser {
        None
    } else {
        Some(load_models(args.models.as_deref())?)
    };
    std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    let tagger_bytes = tagger.to_bytes()?;
    let parser_bytes = parser.to_bytes()?;
    let mut written = Vec::new();
    if want_tagger {
        written.push((
            tacitus_nlp::TAGGER_FILE,
            tagger_bytes.clone(),
            tagger.n_weights(),
        ));
    }
    if want_parser {
        written.push((
            tacitus_nlp::PARSER_FILE,
            parser_bytes.clone(),
            parser.n_weights(),
        ));
    }
    for (name, bytes, weights) in &written {
        let path = out.join(name);
        std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
        println!(
            "wrote {} ({:.1} MB, {weights} weights)",
            path.display(),
            bytes.len() as f64 / 1e6
        );
    }
    let analyzer = match previous {
        None => Analyzer::from_bytes(&tagger_bytes, &parser_bytes)?,
        Some(prev) if want_tagger => {
            Analyzer::from_bytes(&tagger_bytes, &prev.parser().to_bytes()?)?
        }
        Some(prev) => Analyzer::from_bytes(&prev.tagger().to_bytes()?, &parser_bytes)?,
    };
    println!("trained in {:.1}s", start.elapsed().as_secs_f64());
    if let Some(dev) = &args.dev {
        let data = read_conllu(dev)?;
        print_scores(&dev.display().to_string(), &analyzer, &data);
    }
    Ok(ExitCode::SUCCESS)
}
