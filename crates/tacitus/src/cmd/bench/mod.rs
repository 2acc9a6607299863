//! `tacitus bench`: throughput figures for each pipeline stage, printed as
//! plain lines (`stage: N docs, X MB/s, Y tokens/s`). Performance targets are
//! checked here, never by timed unit tests. Each stage has its own module.

pub mod analyze;
pub mod code;
pub mod html;
pub mod plover;
pub mod store;
pub mod text;

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    stage: Stage,
}

#[derive(clap::Subcommand)]
enum Stage {
    /// Segment + tag + parse + lemmatize throughput, model load time, peak RSS.
    Analyze(analyze::Args),
    /// Raw text -> events throughput, dictionary load times (cold, cached), peak RSS.
    Code(code::Args),
    /// HTML article extraction precision/recall/F1 on the shared extraction benchmark.
    Html(html::Args),
    /// Agreement with PLOVER's gold records (types, source countries, precision) and dictionary load time.
    Plover(plover::Args),
    /// Ingest throughput and storing vs coding time; --generate N writes synthetic events.
    Store(store::Args),
    /// Read + clean + split + tokenize throughput.
    Text(text::Args),
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.stage {
        Stage::Analyze(a) => analyze::run(a).map(|()| ExitCode::SUCCESS),
        Stage::Text(a) => text::run(a),
        Stage::Code(a) => code::run(a),
        Stage::Html(a) => html::run(a),
        Stage::Store(a) => store::run(a),
        Stage::Plover(a) => plover::run(a),
    }
}
