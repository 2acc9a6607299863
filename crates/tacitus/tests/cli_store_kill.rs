//! Resumable ingest: SIGKILL `tacitus ingest` at random moments, run it again
//! to completion, and the database equals one clean run (sorted dumps of
//! documents, sentences, events, mentions and counts).

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tacitus_store::Store;

const KILLS: usize = 5;
const DOCUMENTS: usize = 240;

/// A small xorshift seeded from the clock: kill moments differ per run, and
/// the seed is printed so a failure can be replayed.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn ingest(db: &Path, corpus: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tacitus"));
    c.args(["ingest", "--quiet", "--batch", "8", "--db"])
        .arg(db)
        .arg(corpus);
    c.stdout(Stdio::null()).stderr(Stdio::null());
    c
}

#[test]
fn killed_ingest_resumes_without_loss_or_duplicates() {
    let source = tacitus_testdata::require_shared!("news/newsarticles-2017.jsonl");
    let dir = tempfile::tempdir().unwrap();
    // a temporary subset of the shared corpus (never stored in the project)
    let corpus = dir.path().join("corpus.jsonl");
    {
        let mut out = std::fs::File::create(&corpus).unwrap();
        for line in BufReader::new(std::fs::File::open(&source).unwrap())
            .lines()
            .take(DOCUMENTS)
        {
            writeln!(out, "{}", line.unwrap()).unwrap();
        }
    }

    let clean_db = dir.path().join("clean.db");
    let start = Instant::now();
    let status = ingest(&clean_db, &corpus).status().unwrap();
    let clean_time = start.elapsed();
    assert!(status.code() != Some(2), "clean run failed");
    let clean = Store::open_read_only(&clean_db).unwrap().dump().unwrap();
    assert_eq!(
        clean.iter().filter(|l| l.starts_with("doc|")).count(),
        DOCUMENTS
    );

    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(1)
        | 1;
    eprintln!("kill test: seed {seed}, clean run {clean_time:?}");
    let mut rng = Rng(seed);
    let db = dir.path().join("killed.db");
    let mut killed_mid_run = 0;
    let mut committed = 0u64;
    for i in 0..KILLS {
        let mut child = ingest(&db, &corpus).spawn().unwrap();
        // kill somewhere in the first 90% of the time the rest should take
        let remaining = (DOCUMENTS as u64).saturating_sub(committed).max(1);
        let budget = clean_time.as_millis() as u64 * remaining * 9 / 10 / DOCUMENTS as u64;
        let wait = Duration::from_millis(rng.next() % budget.max(20));
        std::thread::sleep(wait);
        let finished = child.try_wait().unwrap().is_some();
        child.kill().ok(); // SIGKILL on Unix
        child.wait().unwrap();
        if !finished {
            killed_mid_run += 1;
        }
        committed = Store::open_read_only(&db)
            .map(|s| s.summary().unwrap().documents)
            .unwrap_or(0);
        eprintln!("kill {i}: after {wait:?}, {committed} documents committed");
    }
    assert!(killed_mid_run >= 1, "no kill landed during a run");
    let status = ingest(&db, &corpus).status().unwrap();
    assert!(status.code() != Some(2), "resumed run failed");
    let resumed = Store::open_read_only(&db).unwrap().dump().unwrap();
    assert_eq!(resumed.len(), clean.len(), "row counts differ");
    assert!(
        resumed == clean,
        "the resumed database differs from a clean run"
    );
}
