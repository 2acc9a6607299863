//! Embeds `data/models/*.bin.zst` when present; a build without them still
//! compiles, and `Analyzer::embedded` then reports the missing models.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let models = manifest.join("../../data/models");
    let out =
        PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("embedded_models.rs");
    let mut code = String::new();
    for (name, file) in [("TAGGER", "tagger.bin.zst"), ("PARSER", "parser.bin.zst")] {
        let path = models.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_file() {
            let abs = path.canonicalize().unwrap_or(path);
            code.push_str(&format!(
                "pub static {name}: &[u8] = include_bytes!({:?});\n",
                abs.display().to_string()
            ));
        } else {
            code.push_str(&format!("pub static {name}: &[u8] = &[];\n"));
        }
    }
    println!("cargo:rerun-if-changed={}", models.display());
    if let Err(e) = std::fs::write(&out, code) {
        panic!("cannot write {}: {e}", out.display());
    }
}
