//! Embeds the built-in tacdict files of `data/dict/` (if any) into the crate.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let dir = manifest.join("../../data/dict");
    println!("cargo:rerun-if-changed={}", dir.display());
    // Files in data/dict and its subdirectories (actors/, agents/, verbs/),
    // named by their path relative to data/dict (`actors/people-europe.tac`)
    // so that `@include` lines of index.tac resolve to them.
    // Every file under data/dict (recursively), named by its path relative
    // to data/dict with `/` separators; `.md` and hidden files are skipped.
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    let mut stack = vec![(String::new(), dir.clone())];
    while let Some((prefix, d)) = stack.pop() {
        println!("cargo:rerun-if-changed={}", d.display());
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            let rel = if prefix.is_empty() {
                name.clone()
            } else {
                format!("{prefix}/{name}")
            };
            if p.is_dir() {
                stack.push((rel, p));
            } else if !name.ends_with(".md") {
                files.push((rel, p));
            }
        }
    }
    files.sort();
    let mut code = String::from(
        "/// Built-in tacdict files: (path relative to data/dict, contents).\npub static BUILTIN_FILES: &[(&str, &str)] = &[\n",
    );
    for (name, f) in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let abs = f.canonicalize().unwrap_or_else(|_| f.clone());
        let _ = writeln!(
            code,
            "    ({name:?}, include_str!({:?})),",
            abs.display().to_string()
        );
    }
    code.push_str("];\n");
    // The readers' own source is part of the cache key: a reader change
    // must not be served a stale compiled cache.
    let src = manifest.join("src");
    println!("cargo:rerun-if-changed={}", src.display());
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut stack = vec![src];
    let mut sources = Vec::new();
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                sources.push(p);
            }
        }
    }
    sources.sort();
    for p in sources {
        for b in std::fs::read(&p).unwrap_or_default() {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    let _ = writeln!(
        code,
        "/// Hash of the reader sources, part of the cache key.\npub const BUILD_ID: &str = \"{hash:016x}\";"
    );
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("builtin_dicts.rs");
    if let Err(e) = std::fs::write(&out, code) {
        panic!("cannot write {}: {e}", out.display());
    }
}
