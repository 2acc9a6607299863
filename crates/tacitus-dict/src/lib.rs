//! # tacitus-dict
//!
//! Dictionaries for event coding: readers for the PETRARCH-2 formats (CAMEO
//! 2.0 verbs with synonym sets and patterns, actors with date-restricted codes,
//! agents, discards, issues) and for our own tacdict format, the built-in
//! dictionaries embedded from `data/dict/`, compilation into phrase tries and
//! verb indexes, and an on-disk cache of the compiled form (bincode + zstd,
//! keyed by a blake3 hash of the inputs) so a second load takes milliseconds.
//!
//! **Must never**: know about sentences, trees or events (that is the coder),
//! or print. A bad entry is a [`RecordError`] naming file and line; the rest
//! of the file loads.

pub mod compile;
pub mod model;
pub mod petrarch;
pub mod tacdict;
pub mod trie;

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_dicts.rs"));
}

pub use compile::{CompiledDictionaries, TriggerRef, WordRoles};
pub use model::{
    ActorEntry, AgentEntry, AgentPosition, CodePair, DatedCode, DepArg, DictKind, Dictionaries,
    DiscardEntry, DiscardScope, FileSummary, IssueEntry, IssueKind, PatternBody, PatternItem,
    PloverRule, TransformActor, TransformEvent, TransformTarget, TransformVerb, Transformation,
    VerbBlock, VerbPattern, VerbTrigger, code_at,
};
pub use trie::{PhraseTrie, TrieMatch};

use std::path::{Path, PathBuf};
use tacitus_core::{RecordError, TacitusError};

/// How a source file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceFormat {
    /// One of the PETRARCH formats, of the given kind.
    Petrarch(DictKind),
    /// tacdict (the kind is in the file).
    Tacdict,
}

/// One dictionary input: a name for messages and provenance, its format and text.
#[derive(Debug, Clone)]
pub struct DictSource {
    pub name: String,
    pub format: SourceFormat,
    pub text: String,
    /// Directory for resolving `@include`, when read from disk.
    pub dir: Option<PathBuf>,
}

impl DictSource {
    /// Reads a file; `kind` forces a PETRARCH kind, otherwise it is guessed
    /// from the name (`*.tacdict` or an `@kind` header is tacdict).
    pub fn from_file(path: &Path, kind: Option<DictKind>) -> Result<Self, TacitusError> {
        let bytes = std::fs::read(path).map_err(|e| TacitusError::Io {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let format = match kind {
            Some(k) if !looks_like_tacdict(path, &text) => SourceFormat::Petrarch(k),
            _ if looks_like_tacdict(path, &text) => SourceFormat::Tacdict,
            _ => SourceFormat::Petrarch(guess_kind(path).ok_or_else(|| TacitusError::Io {
                path: path.display().to_string(),
                message: "cannot tell the dictionary kind from the name (want verbs/actors/agents/discards/issues \
                          in it, or a tacdict `@kind` header)"
                    .into(),
            })?),
        };
        Ok(DictSource {
            name: path.display().to_string(),
            format,
            text,
            dir: path.parent().map(Path::to_path_buf),
        })
    }

    /// All dictionary files of a directory (sorted by name; `README`,
    /// `LICENSE` and hidden files are ignored).
    pub fn from_dir(dir: &Path) -> Result<Vec<Self>, TacitusError> {
        // A tacdict tree with an `index.tac` (like data/dict): the index
        // includes everything else.
        let index = dir.join("index.tac");
        if index.is_file() {
            let text = std::fs::read_to_string(&index).map_err(|e| TacitusError::Io {
                path: index.display().to_string(),
                message: e.to_string(),
            })?;
            return Ok(vec![DictSource {
                name: index.display().to_string(),
                format: SourceFormat::Tacdict,
                text,
                dir: Some(dir.to_path_buf()),
            }]);
        }
        let rd = std::fs::read_dir(dir).map_err(|e| TacitusError::Io {
            path: dir.display().to_string(),
            message: e.to_string(),
        })?;
        let mut paths: Vec<PathBuf> = rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        // A tacdict tree with an entry point: the index includes the rest.
        if let Some(index) = paths
            .iter()
            .find(|p| p.file_name().is_some_and(|n| n == "index.tac"))
        {
            return Ok(vec![Self::from_file(index, None)?]);
        }
        paths.sort();
        let mut out = Vec::new();
        for p in paths {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().to_lowercase())
                .unwrap_or_default();
            if name.starts_with('.')
                || name.starts_with("readme")
                || name.starts_with("license")
                || name.ends_with(".md")
            {
                continue;
            }
            let text_head = std::fs::read(&p)
                .ok()
                .map(|b| String::from_utf8_lossy(&b[..b.len().min(4096)]).into_owned());
            if guess_kind(&p).is_none() && !text_head.is_some_and(|t| looks_like_tacdict(&p, &t)) {
                continue;
            }
            out.push(Self::from_file(&p, None)?);
        }
        Ok(out)
    }

    /// The built-in dictionaries embedded from `data/dict/` (possibly none):
    /// the entry point `index.tac` (which `@include`s the rest) when there is
    /// one, else every top-level file.
    pub fn builtin() -> Vec<Self> {
        let files = builtin::BUILTIN_FILES;
        let chosen: Vec<&(&str, &str)> = match files.iter().find(|(n, _)| *n == "index.tac") {
            Some(index) => vec![index],
            None => files.iter().filter(|(n, _)| !n.contains('/')).collect(),
        };
        chosen
            .into_iter()
            .map(|(name, text)| DictSource {
                name: format!("builtin:{name}"),
                format: SourceFormat::Tacdict,
                text: (*text).to_string(),
                dir: None,
            })
            .collect()
    }
}

fn looks_like_tacdict(path: &Path, text: &str) -> bool {
    path.extension()
        .is_some_and(|e| e == "tacdict" || e == "tac")
        || text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with('#'))
            .is_some_and(|l| l.starts_with("@kind"))
}

/// Guesses a PETRARCH dictionary kind from a file name.
pub fn guess_kind(path: &Path) -> Option<DictKind> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    if name.contains("verb") || name.starts_with("cameo") {
        Some(DictKind::Verbs)
    } else if name.contains("actor") {
        Some(DictKind::Actors)
    } else if name.contains("agent") {
        Some(DictKind::Agents)
    } else if name.contains("discard") {
        Some(DictKind::Discards)
    } else if name.contains("issue") {
        Some(DictKind::Issues)
    } else {
        None
    }
}

struct FsAndBuiltinResolver<'a> {
    sources: &'a [DictSource],
}

impl tacdict::IncludeResolver for FsAndBuiltinResolver<'_> {
    fn resolve(&self, from: &str, include: &str) -> Result<(String, String), String> {
        let from_src = self.sources.iter().find(|s| s.name == from);
        let fs_dir = from_src.and_then(|s| s.dir.clone()).or_else(|| {
            (!from.starts_with("builtin:"))
                .then(|| Path::new(from).parent().map(Path::to_path_buf))
                .flatten()
        });
        if let Some(dir) = fs_dir.as_ref() {
            let p = dir.join(include);
            return std::fs::read_to_string(&p)
                .map(|t| (p.display().to_string(), t))
                .map_err(|e| format!("{}: {e}", p.display()));
        }
        // Built-in: relative to the including file's directory.
        let from_name = from.strip_prefix("builtin:").unwrap_or(from);
        let base = from_name.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
        let wanted = if base.is_empty() {
            include.to_string()
        } else {
            format!("{base}/{include}")
        };
        builtin::BUILTIN_FILES
            .iter()
            .find(|(n, _)| *n == wanted)
            .map(|(n, t)| (format!("builtin:{n}"), (*t).to_string()))
            .ok_or_else(|| format!("no built-in dictionary `{wanted}`"))
    }
}

/// Parses every source (bad entries become warnings).
pub fn load(sources: &[DictSource]) -> Dictionaries {
    let mut d = Dictionaries::default();
    let resolver = FsAndBuiltinResolver { sources };
    for s in sources {
        let mut w: Vec<RecordError> = Vec::new();
        match s.format {
            SourceFormat::Tacdict => tacdict::read_tacdict(&s.name, &s.text, &mut d, &resolver, 0),
            SourceFormat::Petrarch(kind) => {
                let entries = match kind {
                    DictKind::Verbs => {
                        let vf = petrarch::read_verbs(&s.name, &s.text, &mut w);
                        let n = vf
                            .blocks
                            .iter()
                            .map(|b| b.patterns.len() + b.triggers.len())
                            .sum();
                        d.verbs.extend(vf.blocks);
                        d.synsets.extend(vf.synsets);
                        d.transformations.extend(vf.transformations);
                        n
                    }
                    DictKind::Actors => {
                        let a = petrarch::read_actors(&s.name, &s.text, &mut w);
                        let n = a.len();
                        d.actors.extend(a);
                        n
                    }
                    DictKind::Agents => {
                        let a = petrarch::read_agents(&s.name, &s.text, &mut w);
                        let n = a.len();
                        d.agents.extend(a);
                        n
                    }
                    DictKind::Discards => {
                        let a = petrarch::read_discards(&s.name, &s.text, &mut w);
                        let n = a.len();
                        d.discards.extend(a);
                        n
                    }
                    DictKind::Issues => {
                        let a = petrarch::read_issues(&s.name, &s.text, &mut w);
                        let n = a.len();
                        d.issues.extend(a);
                        n
                    }
                    DictKind::Plover => 0,
                };
                d.files.push(FileSummary {
                    path: s.name.clone(),
                    kind,
                    entries,
                });
            }
        }
        d.warnings.extend(w);
    }
    d
}

const CACHE_VERSION: &str = concat!("tacitus-dict-cache-3-", env!("CARGO_PKG_VERSION"));

/// The cache key of a set of sources: blake3 of the cache version, names,
/// formats and contents.
pub fn cache_key(sources: &[DictSource]) -> String {
    let mut h = blake3::Hasher::new();
    h.update(CACHE_VERSION.as_bytes());
    h.update(builtin::BUILD_ID.as_bytes());
    for s in sources {
        h.update(s.name.as_bytes());
        h.update(format!("{:?}", s.format).as_bytes());
        h.update(&(s.text.len() as u64).to_le_bytes());
        h.update(s.text.as_bytes());
        hash_includes(&mut h, &s.text, s.dir.as_deref(), 0);
    }
    h.finalize().to_hex()[..32].to_string()
}

/// Adds the texts of the files a tacdict text `@include`s (recursively) to
/// the cache key, so that editing an included file invalidates the cache.
fn hash_includes(h: &mut blake3::Hasher, text: &str, dir: Option<&Path>, depth: usize) {
    if depth > 8 {
        return;
    }
    for line in text.lines() {
        let Some(include) = line
            .split('#')
            .next()
            .unwrap_or_default()
            .trim()
            .strip_prefix("@include")
        else {
            continue;
        };
        let include = include.trim();
        let (body, sub_dir) = match dir {
            Some(d) => {
                let p = d.join(include);
                (
                    std::fs::read_to_string(&p).unwrap_or_default(),
                    p.parent().map(Path::to_path_buf),
                )
            }
            None => (
                builtin::BUILTIN_FILES
                    .iter()
                    .find(|(n, _)| *n == include)
                    .map(|(_, t)| (*t).to_string())
                    .unwrap_or_default(),
                None,
            ),
        };
        h.update(include.as_bytes());
        h.update(&(body.len() as u64).to_le_bytes());
        h.update(body.as_bytes());
        hash_includes(h, &body, sub_dir.as_deref(), depth + 1);
    }
}

/// The cache directory: `$XDG_CACHE_HOME/tacitus` or `~/.cache/tacitus`.
pub fn cache_dir() -> Option<PathBuf> {
    if let Some(x) = std::env::var_os("XDG_CACHE_HOME").filter(|x| !x.is_empty()) {
        return Some(PathBuf::from(x).join("tacitus"));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache").join("tacitus"))
}

/// How a compiled dictionary set was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadOrigin {
    Cache,
    Compiled,
}

/// Loads and compiles `sources`, using the on-disk cache when `use_cache`.
/// Cache failures are not errors: the dictionaries are then compiled afresh.
pub fn load_compiled(
    sources: &[DictSource],
    use_cache: bool,
) -> (CompiledDictionaries, LoadOrigin) {
    let path = use_cache
        .then(|| cache_dir().map(|d| d.join(format!("dict-{}.bin.zst", cache_key(sources)))))
        .flatten();
    if let Some(p) = &path
        && let Some(c) = read_cache(p)
    {
        return (c, LoadOrigin::Cache);
    }
    let compiled = CompiledDictionaries::compile(load(sources));
    if let Some(p) = &path {
        write_cache(p, &compiled);
    }
    (compiled, LoadOrigin::Compiled)
}

fn read_cache(path: &Path) -> Option<CompiledDictionaries> {
    // Decompress in one go into a buffer of the exact size the frame
    // records: a streaming decoder (and bincode's many small reads through
    // it) grows and copies the buffer several times over.
    let compressed = std::fs::read(path).ok()?;
    let size = zstd::zstd_safe::get_frame_content_size(&compressed)
        .ok()
        .flatten()
        .and_then(|n| usize::try_from(n).ok())
        .filter(|&n| n <= 1 << 30);
    let bytes = match size {
        Some(n) => zstd::bulk::decompress(&compressed, n).ok()?,
        None => zstd::decode_all(compressed.as_slice()).ok()?,
    };
    bincode::deserialize(&bytes).ok()
}

fn write_cache(path: &Path, c: &CompiledDictionaries) {
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let ok = (|| -> Option<()> {
        let bytes = bincode::serialize(c).ok()?;
        // Bulk compression records the content size in the frame header.
        let compressed = zstd::bulk::compress(&bytes, 3).ok()?;
        std::fs::write(&tmp, compressed).ok()
    })();
    if ok.is_some() {
        let _ = std::fs::rename(&tmp, path);
    } else {
        let _ = std::fs::remove_file(&tmp);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        // SAFETY: tests in this crate do not read XDG_CACHE_HOME concurrently except this one.
        unsafe { std::env::set_var("XDG_CACHE_HOME", dir.path()) };
        let src = vec![DictSource {
            name: "a.actors.txt".into(),
            format: SourceFormat::Petrarch(DictKind::Actors),
            text: "RUSSIA [RUS]\n+MOSCOW\n".into(),
            dir: None,
        }];
        let (a, o1) = load_compiled(&src, true);
        let (b, o2) = load_compiled(&src, true);
        assert_eq!(o1, LoadOrigin::Compiled);
        assert_eq!(o2, LoadOrigin::Cache);
        assert_eq!(a.actors, b.actors);
        assert_eq!(b.actor_trie.len(), 2);
    }
}
