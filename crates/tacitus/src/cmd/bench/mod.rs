//! `tacitus bench`: throughput figures for each pipeline stage, printed as
//! plain lines (`stage: N docs, X MB/s, Y tokens/s`). Performance targets are
//! checked here, never by timed unit tests. Each stage has its own module.

use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    stage: Stage,
}

#[derive(clap::Subcommand)]
enum Stage {}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    match args.stage {}
}
