//! # tacitus (binary)
//!
//! The command-line interface: argument parsing, wiring of the library crates
//! into pipelines, progress bars and output sinks. Each subcommand lives in its
//! own module under `cmd/`.
//!
//! **Must never**: hold logic that a library crate should own. Anything more
//! than wiring, argument checking or printing belongs in a library crate.

mod cmd;
mod input;
mod output;
mod pipeline;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Tacitus turns world news into political event data: who did what to whom,
/// when and where, coded in CAMEO and PLOVER, with the evidence for every event.
///
/// A typical session:
///
///   tacitus ingest --db events.db examples/news/     # read, analyze, code, store
///   tacitus query --db events.db --country AFG       # ask questions
///   tacitus serve --db events.db                     # browse the dashboard
///
/// Every subcommand has its own --help with examples.
#[derive(Parser)]
#[command(
    name = "tacitus",
    version,
    about,
    long_about,
    propagate_version = true,
    verbatim_doc_comment
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    #[command(about = "Clean articles: repair encoding, find the title, drop repeated paragraphs.")]
    Clean(cmd::clean::Args),
    #[command(about = "Split documents into sentences (with character offsets).")]
    Sentences(cmd::sentences::Args),
    #[command(about = "Split documents into sentences and Penn-Treebank-style tokens.")]
    Tokens(cmd::tokens::Args),
    #[command(about = "Look up CAMEO and PLOVER codes.")]
    Ontology(cmd::ontology::Args),
    #[command(about = "Tag, lemmatize and parse documents (CoNLL-U or JSON lines).")]
    Analyze(cmd::analyze::Args),
    #[command(about = "Code events (CAMEO and PLOVER) from documents.")]
    Code(cmd::code::Args),
    #[command(about = "Show step by step how one sentence is coded.")]
    Explain(cmd::explain::Args),
    #[command(about = "Run a PETRARCH/TABARI validation file and score the coder on it.")]
    Validate(cmd::validate::Args),
    #[command(about = "Inspect and check dictionaries.")]
    Dict(cmd::dict::Args),
    #[command(about = "Analyze, code and store documents in the event database.")]
    Ingest(cmd::ingest::Args),
    #[command(about = "Query events in the database.")]
    Query(cmd::query::Args),
    #[command(about = "Export all events of the database.")]
    Export(cmd::export::Args),
    #[command(about = "Show the relations ledger (recognition, diplomatic ties, sanctions).")]
    Relations(cmd::relations::Args),
    #[command(about = "Serve the HTTP API and the dashboard.")]
    Serve(cmd::serve::Args),
    #[command(about = "Train the tagger and parser from CoNLL-U files.")]
    Train(cmd::train::Args),
    #[command(about = "Measure throughput of the pipeline stages.")]
    Bench(cmd::bench::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Clean(a) => cmd::clean::run(a),
        Command::Sentences(a) => cmd::sentences::run(a),
        Command::Tokens(a) => cmd::tokens::run(a),
        Command::Ontology(a) => cmd::ontology::run(a),
        Command::Analyze(a) => cmd::analyze::run(a),
        Command::Code(a) => cmd::code::run(a),
        Command::Explain(a) => cmd::explain::run(a),
        Command::Validate(a) => cmd::validate::run(a),
        Command::Dict(a) => cmd::dict::run(a),
        Command::Ingest(a) => cmd::ingest::run(a),
        Command::Query(a) => cmd::query::run(a),
        Command::Export(a) => cmd::export::run(a),
        Command::Relations(a) => cmd::relations::run(a),
        Command::Serve(a) => cmd::serve::run(a),
        Command::Train(a) => cmd::train::run(a),
        Command::Bench(a) => cmd::bench::run(a),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("tacitus: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
