//! `tacitus export --format parquet`: with the `parquet` feature the file
//! holds every event with the same values as the JSON lines export; without
//! it the command says how to enable it.

use std::path::Path;
use std::process::{Command, Output};

fn tacitus(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tacitus"))
        .args(args)
        .output()
        .expect("run tacitus")
}

/// Ingests three short items written for this test; returns the database path.
fn small_db(dir: &Path) -> std::path::PathBuf {
    let news = dir.join("news");
    std::fs::create_dir_all(&news).unwrap();
    std::fs::write(
        news.join("kabul.txt"),
        "Moscow grants recognition\n\nRussia formally recognized the government of Afghanistan on Thursday.",
    )
    .unwrap();
    std::fs::write(
        news.join("caracas.txt"),
        "New sanctions\n\nThe United States imposed sanctions on Venezuela's state oil company. Caracas condemned the decision.",
    )
    .unwrap();
    std::fs::write(
        news.join("ankara.txt"),
        "Talks\n\nTurkish and Greek diplomats met in Ankara on Monday to discuss maritime borders.",
    )
    .unwrap();
    let db = dir.join("events.db");
    let o = tacitus(&[
        "ingest",
        "--db",
        db.to_str().unwrap(),
        "--date",
        "2025-07-04",
        news.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    db
}

#[cfg(not(feature = "parquet"))]
#[test]
fn parquet_without_the_feature_says_how_to_enable_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = small_db(dir.path());
    let out = dir.path().join("events.parquet");
    let o = tacitus(&[
        "export",
        "--db",
        db.to_str().unwrap(),
        "--format",
        "parquet",
        "--output",
        out.to_str().unwrap(),
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(err.contains("--features parquet"), "{err}");
    assert!(!out.exists());
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_export_holds_every_event_like_jsonl() {
    use arrow_array::{Array, Date32Array, Int64Array, StringArray, UInt8Array};
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

    let dir = tempfile::tempdir().unwrap();
    let db = small_db(dir.path());
    let db_s = db.to_str().unwrap();
    let out = dir.path().join("events.parquet");
    let o = tacitus(&[
        "export",
        "--db",
        db_s,
        "--format",
        "parquet",
        "--output",
        out.to_str().unwrap(),
    ]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("as parquet"), "{err}");
    // without --output there is nowhere sensible to put binary data
    let o = tacitus(&["export", "--db", db_s, "--format", "parquet"]);
    assert!(!o.status.success());

    let o = tacitus(&["export", "--db", db_s, "--format", "jsonl"]);
    assert!(o.status.success());
    let expected: Vec<serde_json::Value> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        expected.len() >= 2,
        "the corpus should give at least the recognition and the sanctions events"
    );

    let file = std::fs::File::open(&out).unwrap();
    let reader = ParquetRecordBatchReaderBuilder::try_new(file)
        .unwrap()
        .build()
        .unwrap();
    let mut rows = 0;
    let mut seen = Vec::new();
    for batch in reader {
        let batch = batch.unwrap();
        let col = |name: &str| batch.column_by_name(name).unwrap().clone();
        let ids = col("event_id");
        let ids = ids.as_any().downcast_ref::<Int64Array>().unwrap();
        let stable = col("id");
        let stable = stable.as_any().downcast_ref::<StringArray>().unwrap();
        let cameo = col("cameo");
        let cameo = cameo.as_any().downcast_ref::<StringArray>().unwrap();
        let source = col("source_code");
        let source = source.as_any().downcast_ref::<StringArray>().unwrap();
        let quad = col("quad_class");
        let quad = quad.as_any().downcast_ref::<UInt8Array>().unwrap();
        let date = col("date");
        let date = date.as_any().downcast_ref::<Date32Array>().unwrap();
        for i in 0..batch.num_rows() {
            assert!(ids.value(i) > 0);
            // 2025-07-04 is day 20273 after 1970-01-01
            assert_eq!(date.value(i), 20273);
            assert!((1..=4).contains(&quad.value(i)));
            seen.push((
                stable.value(i).to_string(),
                cameo.value(i).to_string(),
                source.value(i).to_string(),
            ));
        }
        rows += batch.num_rows();
    }
    assert_eq!(rows, expected.len());
    for e in &expected {
        let key = (
            e["id"].as_str().unwrap().to_string(),
            e["cameo"].as_str().unwrap().to_string(),
            e["source"]["code"].as_str().unwrap().to_string(),
        );
        assert!(seen.contains(&key), "{key:?} missing from {seen:?}");
    }
    assert!(
        seen.iter()
            .any(|(_, cameo, src)| cameo.starts_with("16") && src.starts_with("USA")),
        "the US sanctions event should be exported: {seen:?}"
    );
}
