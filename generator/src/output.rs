//! Writing generated files: into a fresh temporary folder first, then swapped into place, so
//! a failure or an interruption never leaves a half-written output; and comparing a fresh
//! generation with what is checked in.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// A generated file, by path relative to the output folder.
pub type Files = BTreeMap<String, Vec<u8>>;

/// Rejects paths that would leave the output folder.
fn safe_relative(path: &str) -> Result<PathBuf, String> {
    let p = Path::new(path);
    let ok = !path.is_empty() && p.components().all(|c| matches!(c, Component::Normal(_)));
    if ok {
        Ok(p.to_path_buf())
    } else {
        Err(format!(
            "refusing to write `{path}`: not a plain relative path"
        ))
    }
}

/// Writes `files` as the new contents of `dir` (replacing it whole), atomically as far as the
/// file system allows: everything is written to a sibling temporary folder, which is then
/// renamed over `dir`.
pub fn replace_dir(dir: &Path, files: &Files) -> Result<(), String> {
    let parent = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)
        .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    recover(parent, &name, dir);
    let tmp = parent.join(format!(".{name}.tmp-{}", std::process::id()));
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let result = (|| {
        for (rel, bytes) in files {
            let target = tmp.join(safe_relative(rel)?);
            if let Some(p) = target.parent() {
                std::fs::create_dir_all(p)
                    .map_err(|e| format!("cannot create {}: {e}", p.display()))?;
            }
            if !link_unchanged(&dir.join(safe_relative(rel)?), &target, bytes) {
                std::fs::write(&target, bytes)
                    .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
            }
        }
        if dir.exists() {
            std::fs::rename(dir, &old)
                .map_err(|e| format!("cannot move {} aside: {e}", dir.display()))?;
        }
        if let Err(e) = std::fs::rename(&tmp, dir) {
            let _ = std::fs::rename(&old, dir);
            return Err(format!(
                "cannot move the new output into {}: {e}",
                dir.display()
            ));
        }
        let _ = std::fs::remove_dir_all(&old);
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    result
}

/// When the file being replaced already holds `bytes`, links it as `target` instead of writing
/// the bytes again (after a one-page edit, nearly every file is unchanged). Files are only
/// ever replaced whole, never changed in place, so the old and the new folder may share them.
/// Returns whether it did; a file that differs, or a link the file system refuses, is written.
fn link_unchanged(previous: &Path, target: &Path, bytes: &[u8]) -> bool {
    let same_size = std::fs::symlink_metadata(previous)
        .is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64);
    same_size
        && std::fs::read(previous).is_ok_and(|old| old == bytes)
        && std::fs::hard_link(previous, target).is_ok()
}

/// Cleans up after runs of [`replace_dir`] that were killed: their temporary folders
/// (`.{name}.tmp-{pid}`) are removed, and the previous output they had moved aside
/// (`.{name}.old-{pid}`) is put back when `dir` is missing (a kill between the two renames),
/// removed otherwise. Folders of processes that are still running are left alone.
fn recover(parent: &Path, name: &str, dir: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let prefix = format!(".{name}.");
    let mut leftovers: Vec<(PathBuf, bool)> = Vec::new();
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some((kind, pid)) = file.strip_prefix(&prefix).and_then(|r| r.split_once('-')) else {
            continue;
        };
        let Ok(pid) = pid.parse::<u32>() else {
            continue;
        };
        if !matches!(kind, "tmp" | "old") || (pid != std::process::id() && process_running(pid)) {
            continue;
        }
        leftovers.push((entry.path(), kind == "old"));
    }
    leftovers.sort();
    for (path, moved_aside) in leftovers {
        if moved_aside && !dir.exists() {
            let _ = std::fs::rename(&path, dir);
        } else {
            let _ = std::fs::remove_dir_all(&path);
        }
    }
}

/// Whether a process is running, where the system tells (`/proc`); elsewhere every other
/// process counts as running, so that its folders are never touched.
fn process_running(pid: u32) -> bool {
    let proc = Path::new("/proc");
    !proc.join("self").exists() || proc.join(pid.to_string()).exists()
}

/// Formats every `.rs` file with `rustfmt` (edition 2021) when it is installed, so the
/// generated crate reads as `cargo fmt` would leave it, reusing earlier results from the cache
/// [`FormatCache::from_env`] names. rustfmt's stable style does not change between versions,
/// so the bytes stay the same on any machine that has it. Returns the number of files
/// formatted, or why formatting was skipped.
pub fn format_rust(files: &mut Files) -> Result<usize, String> {
    format_rust_with(files, &FormatCache::from_env()).map(|f| f.files)
}

/// What [`format_rust_with`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Formatted {
    /// `.rs` files now in rustfmt's layout (runtime sources, which already are, included).
    pub files: usize,
    /// Of those, the ones taken from the cache.
    pub cached: usize,
    /// The ones rustfmt formatted in this run.
    pub by_rustfmt: usize,
    /// Cache entries found corrupt, truncated or written for another key (ignored, replaced).
    pub rejected: usize,
    /// Why the cache could not be read or written, when it could not (the run then formats
    /// what it could not take from it; it does not fail).
    pub cache_problem: Option<String>,
}

/// [`format_rust`] with a given cache.
///
/// The files the cache does not hold are formatted in a few rustfmt runs, one per core, each
/// given many files (see `format_in_batches`); should a run fail, each of them is formatted
/// again on its own, through standard input, which also names the file rustfmt rejected.
///
/// Files that are a runtime source as it is (`templates/runtime/`, copied verbatim into every
/// crate) are left alone: those sources are kept in rustfmt's layout, which the test
/// `runtime_sources_are_in_rustfmt_layout` checks.
pub fn format_rust_with(files: &mut Files, cache: &FormatCache) -> Result<Formatted, String> {
    let rust: Vec<(&String, &Vec<u8>)> = files.iter().filter(|(p, _)| p.ends_with(".rs")).collect();
    let done = rust.iter().filter(|(_, b)| is_runtime_source(b)).count();
    let paths: Vec<String> = rust
        .into_iter()
        .filter(|(_, b)| !is_runtime_source(b))
        .map(|(p, _)| p.clone())
        .collect();
    let mut report = Formatted {
        files: done,
        ..Formatted::default()
    };
    if paths.is_empty() {
        return Ok(report);
    }
    let not_available = |e: std::io::Error| {
        format!("rustfmt is not available ({e}); the files keep prettyplease's layout")
    };
    // The cache: rustfmt's version (asked while the files are hashed), its configuration,
    // and each file's text make the key of its formatted text.
    let mut keys: Vec<Option<[u8; 32]>> = vec![None; paths.len()];
    let mut hit = vec![false; paths.len()];
    if let Some(dir) = &cache.dir {
        let version = std::process::Command::new("rustfmt")
            .arg("--version")
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map_err(not_available)?;
        let digests = crate::par::map(&paths, |p| sha256(&[&files[p]]));
        let version = version.wait_with_output().map_err(not_available)?;
        if version.status.success() {
            let setting = sha256(&[
                CACHE_FORMAT.as_bytes(),
                &version.stdout,
                b"--edition 2021\0",
                &rustfmt_config_fingerprint(),
            ]);
            for (key, digest) in keys.iter_mut().zip(&digests) {
                *key = Some(sha256(&[&setting, digest]));
            }
            let found = crate::par::map(&keys, |key| key.as_ref().map(|k| cache_read(dir, k)));
            for (k, entry) in found.into_iter().enumerate() {
                match entry {
                    Some(Entry::Found(bytes)) => {
                        files.insert(paths[k].clone(), bytes);
                        hit[k] = true;
                        report.cached += 1;
                    }
                    Some(Entry::Rejected) => report.rejected += 1,
                    Some(Entry::Missing) | None => {}
                }
            }
        } else {
            report.cache_problem = Some("`rustfmt --version` failed: the cache is not used".into());
        }
    }
    // What the cache did not hold, formatted now, with the key to keep each under.
    let (misses, miss_keys): (Vec<String>, Vec<Option<[u8; 32]>>) = paths
        .iter()
        .zip(keys)
        .zip(&hit)
        .filter(|(_, &h)| !h)
        .map(|((p, k), _)| (p.clone(), k))
        .unzip();
    if !misses.is_empty() {
        match format_in_batches(files, &misses) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(not_available(e)),
            Err(_) => {
                format_each(files, &misses)?;
            }
        }
    }
    report.by_rustfmt = misses.len();
    report.files += report.cached + report.by_rustfmt;
    if let Some(dir) = &cache.dir {
        let stored: Vec<(&String, [u8; 32])> = misses
            .iter()
            .zip(miss_keys)
            .filter_map(|(p, k)| Some((p, k?)))
            .collect();
        let problems = crate::par::map(&stored, |(path, key)| {
            cache_write(dir, key, &files[*path]).err()
        });
        if let Some(p) = problems.into_iter().flatten().next() {
            report.cache_problem.get_or_insert(p);
        }
    }
    Ok(report)
}

/// The version of the layout of cache entries; part of every key.
const CACHE_FORMAT: &str = "jdcloud-codegen rustfmt cache 1";

/// Where formatted files are kept between runs: a folder of entries named by a SHA-256 key
/// of the unformatted text, rustfmt's version and the configuration rustfmt reads. Each entry
/// starts with a header line holding its key, its length and the SHA-256 of the formatted
/// text, checked on every read: an entry that is corrupt, truncated or written for another key
/// is not used (it is formatted again and replaced). Entries are written to a temporary file
/// in the same folder and renamed into place, so concurrent runs see whole entries or none; a
/// cache that cannot be written (read-only, full disk) only makes the run slower.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormatCache {
    dir: Option<PathBuf>,
}

impl FormatCache {
    /// The environment variable naming the cache's folder (`rustfmt/` is used below it), or
    /// `off` to use none.
    pub const ENV: &'static str = "JDCLOUD_CODEGEN_CACHE";

    /// `$JDCLOUD_CODEGEN_CACHE/rustfmt/` when that is set (`off`: no cache), else
    /// `$XDG_CACHE_HOME/jdcloud-codegen/rustfmt/`, else `~/.cache/jdcloud-codegen/rustfmt/`;
    /// no cache when none of those can be told.
    pub fn from_env() -> Self {
        Self::from_vars(|name| std::env::var_os(name))
    }

    /// [`FormatCache::from_env`] with the variables `var` gives.
    fn from_vars(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> Self {
        let var = |name: &str| var(name).filter(|v| !v.is_empty());
        let root = match var(Self::ENV) {
            Some(v) if v == "off" => None,
            Some(v) => Some(PathBuf::from(v)),
            None => var("XDG_CACHE_HOME")
                .map(PathBuf::from)
                .filter(|p| p.is_absolute())
                .or_else(|| var("HOME").map(|h| PathBuf::from(h).join(".cache")))
                .map(|c| c.join("jdcloud-codegen")),
        };
        FormatCache {
            dir: root.map(|r| r.join("rustfmt")),
        }
    }

    /// A cache in `dir` (entries directly below it).
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        FormatCache {
            dir: Some(dir.into()),
        }
    }

    /// No cache: every file is formatted by rustfmt.
    pub fn off() -> Self {
        FormatCache { dir: None }
    }

    /// The folder of the entries, when there is a cache.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }
}

/// SHA-256 of the parts, each preceded by its length (so that no two lists of parts collide
/// by moving bytes from one part to the next).
fn sha256(parts: &[&[u8]]) -> [u8; 32] {
    use sha2::Digest;
    let mut h = sha2::Sha256::new();
    for part in parts {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part);
    }
    h.finalize().into()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What the cache holds for a key.
enum Entry {
    Found(Vec<u8>),
    Missing,
    /// There is an entry, and it fails its checks.
    Rejected,
}

fn entry_path(dir: &Path, key: &[u8; 32]) -> PathBuf {
    let name = hex(key);
    dir.join(&name[..2]).join(&name[2..])
}

fn entry_header(key: &[u8; 32], formatted: &[u8]) -> String {
    format!(
        "{CACHE_FORMAT} {} {} {}\n",
        hex(key),
        formatted.len(),
        hex(&sha256(&[formatted]))
    )
}

fn cache_read(dir: &Path, key: &[u8; 32]) -> Entry {
    let Ok(bytes) = std::fs::read(entry_path(dir, key)) else {
        return Entry::Missing;
    };
    let Some(end) = bytes.iter().position(|&b| b == b'\n') else {
        return Entry::Rejected;
    };
    let body = &bytes[end + 1..];
    if bytes[..=end] == *entry_header(key, body).as_bytes() {
        Entry::Found(body.to_vec())
    } else {
        Entry::Rejected
    }
}

fn cache_write(dir: &Path, key: &[u8; 32], formatted: &[u8]) -> Result<(), String> {
    use std::io::Write;
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let path = entry_path(dir, key);
    let folder = path.parent().unwrap_or(dir);
    let tmp = folder.join(format!(
        ".tmp-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        std::fs::create_dir_all(folder)?;
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(entry_header(key, formatted).as_bytes())?;
        file.write_all(formatted)?;
        drop(file);
        std::fs::rename(&tmp, &path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("cannot write to the rustfmt cache {}: {e}", dir.display())
    })
}

/// What decides rustfmt's configuration, for the cache key: the file passed with
/// `--config-path` (see [`format_rust`]), or else every file rustfmt could read instead (in
/// the temporary folder's ancestors and the user's folders), by path and contents.
fn rustfmt_config_fingerprint() -> Vec<u8> {
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(config) = rustfmt_config_from_current_dir() {
        candidates.push(config);
    } else {
        let names = ["rustfmt.toml", ".rustfmt.toml"];
        let mut dirs: Vec<PathBuf> = std::env::temp_dir()
            .ancestors()
            .map(Path::to_path_buf)
            .collect();
        let home = std::env::var_os("HOME").map(PathBuf::from);
        let config = std::env::var_os("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .or_else(|| home.as_ref().map(|h| h.join(".config")));
        dirs.extend(config.map(|c| c.join("rustfmt")));
        dirs.extend(home);
        candidates.extend(dirs.iter().flat_map(|d| names.map(|n| d.join(n))));
    }
    let mut out = Vec::new();
    for path in candidates {
        if let Ok(text) = std::fs::read(&path) {
            out.extend_from_slice(path.to_string_lossy().as_bytes());
            out.push(0);
            out.extend_from_slice(&sha256(&[&text]));
        }
    }
    out
}

/// Whether a file is one of the runtime sources as it is, which need no formatting.
fn is_runtime_source(bytes: &[u8]) -> bool {
    crate::rust::runtime_sources::FILES
        .iter()
        .any(|(_, text)| text.as_bytes() == bytes)
}

/// The input file of a batch: each file to format is written, under this name, into a folder
/// of its own, where rustfmt reads it as a crate root.
const BATCH_INPUT: &str = "__jdcloud_codegen_rustfmt_input.rs";

/// Formats `paths` of `files` with one rustfmt process per core, each given a share of the
/// files (by size) on its command line, which saves starting a process per file. Each file
/// sits alone in a temporary folder, with an empty file for each module it declares
/// (`mod models;`), so that rustfmt formats it exactly once and as it would through standard
/// input; the configuration rustfmt would find from the current folder is passed on. Files are
/// changed only when every run succeeds.
fn format_in_batches(files: &mut Files, paths: &[String]) -> std::io::Result<()> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::LazyLock;
    static RUN: AtomicUsize = AtomicUsize::new(0);
    static MOD_DECL: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"(?m)^[ \t]*(?:#\[[^\]\n]*\][ \t]*)*(?:pub(?:\([^)\n]*\))?[ \t]+)?mod[ \t]+(?:r#)?([A-Za-z_][A-Za-z0-9_]*)[ \t]*;",
        )
        .expect("valid regex")
    });
    let dir = std::env::temp_dir().join(format!(
        "jdcloud-codegen-rustfmt-{}-{}",
        std::process::id(),
        RUN.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut inputs = Vec::with_capacity(paths.len());
        for (k, path) in paths.iter().enumerate() {
            let folder = dir.join(k.to_string());
            std::fs::create_dir_all(&folder)?;
            let bytes = &files[path];
            for m in MOD_DECL.captures_iter(&String::from_utf8_lossy(bytes)) {
                std::fs::write(folder.join(format!("{}.rs", &m[1])), b"")?;
            }
            let input = folder.join(BATCH_INPUT);
            std::fs::write(&input, bytes)?;
            inputs.push((input, bytes.len()));
        }
        // Largest first, each to the least loaded run.
        inputs.sort_by_key(|input| std::cmp::Reverse(input.1));
        let runs = crate::par::threads().clamp(1, inputs.len());
        let mut shares: Vec<(usize, Vec<&PathBuf>)> = vec![(0, Vec::new()); runs];
        for (input, size) in &inputs {
            if let Some(share) = shares.iter_mut().min_by_key(|s| s.0) {
                share.0 += size;
                share.1.push(input);
            }
        }
        let config = rustfmt_config_from_current_dir();
        let mut children = Vec::new();
        for (_, share) in shares.iter().filter(|s| !s.1.is_empty()) {
            let mut command = std::process::Command::new("rustfmt");
            command.args(["--edition", "2021", "--quiet"]);
            if let Some(config) = &config {
                command.arg("--config-path").arg(config);
            }
            let child = command
                .args(share)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn();
            match child {
                Ok(child) => children.push(child),
                Err(e) => {
                    for mut c in children {
                        let _ = c.wait();
                    }
                    return Err(e);
                }
            }
        }
        let mut failed = false;
        for mut child in children {
            failed |= !child.wait()?.success();
        }
        if failed {
            return Err(std::io::Error::other("a rustfmt run failed"));
        }
        let mut formatted = Vec::with_capacity(paths.len());
        for k in 0..paths.len() {
            formatted.push(std::fs::read(dir.join(k.to_string()).join(BATCH_INPUT))?);
        }
        for (path, bytes) in paths.iter().zip(formatted) {
            if let Some(slot) = files.get_mut(path) {
                *slot = bytes;
            }
        }
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// The configuration file rustfmt reads when it formats standard input in the current folder:
/// `rustfmt.toml` or `.rustfmt.toml` there or in a folder above. `None` when there is none,
/// and rustfmt then looks where it would for standard input too (the user's folders).
fn rustfmt_config_from_current_dir() -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok()?;
    cwd.ancestors()
        .flat_map(|d| [d.join("rustfmt.toml"), d.join(".rustfmt.toml")])
        .find(|f| f.is_file())
}

/// Formats `paths` of `files` one file at a time, through rustfmt's standard input.
fn format_each(files: &mut Files, paths: &[String]) -> Result<usize, String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut formatted = 0;
    for path in paths {
        let Some(bytes) = files.get_mut(path) else {
            continue;
        };
        let mut child = Command::new("rustfmt")
            .args(["--edition", "2021", "--emit", "stdout", "--quiet"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| {
                format!("rustfmt is not available ({e}); the files keep prettyplease's layout")
            })?;
        if let Some(mut stdin) = child.stdin.take() {
            stdin
                .write_all(bytes)
                .map_err(|e| format!("cannot feed rustfmt: {e}"))?;
        }
        let out = child
            .wait_with_output()
            .map_err(|e| format!("rustfmt failed: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "rustfmt rejected {path}: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        *bytes = out.stdout;
        formatted += 1;
    }
    Ok(formatted)
}

/// Reads every file below `dir` as (relative path, bytes).
pub fn read_dir(dir: &Path) -> Files {
    let mut out = Files::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let (Ok(rel), Ok(bytes)) = (p.strip_prefix(dir), std::fs::read(&p)) {
                out.insert(rel.to_string_lossy().replace('\\', "/"), bytes);
            }
        }
    }
    out
}

/// Paths that differ between two sets of files (missing, extra or changed), sorted.
pub fn differences(expected: &Files, actual: &Files) -> Vec<String> {
    let mut out = Vec::new();
    for (path, bytes) in expected {
        match actual.get(path) {
            None => out.push(format!("{path} (missing)")),
            Some(b) if b != bytes => out.push(format!("{path} (stale)")),
            _ => {}
        }
    }
    for path in actual.keys() {
        if !expected.contains_key(path) {
            out.push(format!("{path} (not generated any more)"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether rustfmt can be run; tests of formatting are skipped (with a note) without it.
    fn has_rustfmt() -> bool {
        let found = std::process::Command::new("rustfmt")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        if !found {
            eprintln!("skipped: rustfmt is not installed");
        }
        found
    }

    fn rust_files() -> Files {
        let mut files = Files::new();
        let lib = "//! Docs.\n#![forbid(unsafe_code)]\npub mod runtime;\n#[cfg(feature = \"vm\")]\npub mod vm;\nfn  f( a:u8)->u8{a}\n";
        files.insert("c/src/lib.rs".into(), lib.as_bytes().to_vec());
        let vm = "pub mod models;\npub use self::models::*;\n#[cfg(test)] mod tests;\npub struct Client{config:u8}\n";
        files.insert("c/src/vm/mod.rs".into(), vm.as_bytes().to_vec());
        let long = format!(
            "/// A long line.\npub fn g() -> Vec<&'static str> {{ vec![{}] }}\n",
            (0..30)
                .map(|i| format!("\"item{i}\""))
                .collect::<Vec<_>>()
                .join(",")
        );
        files.insert("c/src/vm/models.rs".into(), long.into_bytes());
        files.insert(
            "c/src/runtime/mod.rs".into(),
            b"pub(crate) mod http;\nmod r#type;\n".to_vec(),
        );
        files.insert("c/README.md".into(), b"fn  not_rust( ){}\n".to_vec());
        files
    }

    #[test]
    fn formats_in_batches_as_one_file_at_a_time() {
        if !has_rustfmt() {
            return;
        }
        let (mut batched, mut each) = (rust_files(), rust_files());
        let paths: Vec<String> = batched
            .keys()
            .filter(|p| p.ends_with(".rs"))
            .cloned()
            .collect();
        format_in_batches(&mut batched, &paths).expect("batches format");
        assert_eq!(format_each(&mut each, &paths), Ok(4));
        assert_eq!(batched, each);
        assert_ne!(batched, rust_files(), "the files were formatted");
        assert_eq!(batched["c/README.md"], rust_files()["c/README.md"]);
        let mut off = rust_files();
        let report = format_rust_with(&mut off, &FormatCache::off()).expect("formats");
        assert_eq!((report.files, report.by_rustfmt, report.cached), (4, 4, 0));
        assert_eq!(off, batched);
    }

    fn temp(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("jdcloud-codegen-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    /// Every entry file below a cache folder.
    fn entries(dir: &Path) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = read_dir(dir).keys().map(|k| dir.join(k)).collect();
        out.sort();
        out
    }

    #[test]
    fn the_cache_gives_the_bytes_rustfmt_gives() {
        if !has_rustfmt() {
            return;
        }
        let dir = temp("cache");
        let cache = FormatCache::at(&dir);
        let mut expected = rust_files();
        format_rust_with(&mut expected, &FormatCache::off()).expect("formats");
        let mut cold = rust_files();
        let report = format_rust_with(&mut cold, &cache).expect("formats");
        assert_eq!((report.cached, report.by_rustfmt, report.files), (0, 4, 4));
        assert_eq!(report.cache_problem, None);
        assert_eq!(cold, expected);
        assert_eq!(entries(&dir).len(), 4);
        let mut warm = rust_files();
        let report = format_rust_with(&mut warm, &cache).expect("formats");
        assert_eq!((report.cached, report.by_rustfmt, report.files), (4, 0, 4));
        assert_eq!(warm, expected);
        // One changed file: only it goes to rustfmt.
        let mut edited = rust_files();
        edited.insert("c/src/extra.rs".into(), b"fn  h( ){}\n".to_vec());
        let report = format_rust_with(&mut edited, &cache).expect("formats");
        assert_eq!((report.cached, report.by_rustfmt), (4, 1));
        assert_eq!(edited["c/src/extra.rs"], b"fn h() {}\n");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn corrupt_truncated_or_foreign_entries_are_not_used() {
        if !has_rustfmt() {
            return;
        }
        let dir = temp("cache-bad");
        let cache = FormatCache::at(&dir);
        let mut expected = rust_files();
        format_rust_with(&mut expected, &cache).expect("fills the cache");
        let found = entries(&dir);
        assert_eq!(found.len(), 4);
        // A flipped byte in the text, a truncated entry, another key's entry, a lone header.
        let mut flipped = std::fs::read(&found[0]).expect("entry");
        *flipped.last_mut().expect("not empty") ^= 1;
        std::fs::write(&found[0], flipped).expect("write");
        let whole = std::fs::read(&found[1]).expect("entry");
        std::fs::write(&found[1], &whole[..whole.len() - 3]).expect("write");
        let other = std::fs::read(&found[3]).expect("entry");
        std::fs::write(&found[2], &other).expect("foreign");
        std::fs::write(&found[3], b"garbage without a header").expect("write");
        let mut files = rust_files();
        let report = format_rust_with(&mut files, &cache).expect("formats");
        assert_eq!(
            (report.rejected, report.by_rustfmt, report.cached),
            (4, 4, 0)
        );
        assert_eq!(files, expected);
        // Replaced: the next run finds every entry sound.
        let mut again = rust_files();
        let report = format_rust_with(&mut again, &cache).expect("formats");
        assert_eq!((report.rejected, report.cached), (0, 4));
        assert_eq!(again, expected);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn an_unwritable_cache_only_slows_the_run() {
        if !has_rustfmt() {
            return;
        }
        let base = temp("cache-unwritable");
        std::fs::create_dir_all(&base).expect("base");
        // A file where the cache's folder should be: nothing can be created below it.
        let blocked = base.join("file");
        std::fs::write(&blocked, b"not a folder").expect("write");
        let mut expected = rust_files();
        format_rust_with(&mut expected, &FormatCache::off()).expect("formats");
        for _ in 0..2 {
            let mut files = rust_files();
            let report = format_rust_with(&mut files, &FormatCache::at(&blocked)).expect("formats");
            assert_eq!((report.by_rustfmt, report.cached), (4, 0));
            assert!(report.cache_problem.is_some());
            assert_eq!(files, expected);
        }
        let _ = std::fs::remove_dir_all(&base);
    }

    #[test]
    fn finds_the_cache_where_cargo_users_expect_it() {
        let vars = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| std::ffi::OsString::from(v))
            }
        };
        let dir = |c: FormatCache| c.dir().map(Path::to_path_buf);
        assert_eq!(
            dir(FormatCache::from_vars(vars(&[("HOME", "/home/u")]))),
            Some(PathBuf::from("/home/u/.cache/jdcloud-codegen/rustfmt"))
        );
        assert_eq!(
            dir(FormatCache::from_vars(vars(&[
                ("HOME", "/home/u"),
                ("XDG_CACHE_HOME", "/c")
            ]))),
            Some(PathBuf::from("/c/jdcloud-codegen/rustfmt"))
        );
        assert_eq!(
            dir(FormatCache::from_vars(vars(&[
                ("XDG_CACHE_HOME", "/c"),
                ("JDCLOUD_CODEGEN_CACHE", "/x")
            ]))),
            Some(PathBuf::from("/x/rustfmt"))
        );
        assert_eq!(
            dir(FormatCache::from_vars(vars(&[
                ("HOME", "/home/u"),
                ("JDCLOUD_CODEGEN_CACHE", "off")
            ]))),
            None
        );
        assert_eq!(dir(FormatCache::from_vars(vars(&[]))), None);
    }

    #[test]
    fn runtime_sources_are_in_rustfmt_layout() {
        if !has_rustfmt() {
            return;
        }
        let mut files = Files::new();
        for (name, text) in crate::rust::runtime_sources::FILES {
            // Not the sources as they are, which format_rust leaves alone.
            files.insert(name.to_string(), format!("{text}\n\n").into_bytes());
        }
        let report = format_rust_with(&mut files, &FormatCache::off()).expect("formats");
        assert_eq!(report.files, files.len());
        for (name, text) in crate::rust::runtime_sources::FILES {
            assert!(
                files[name] == text.as_bytes(),
                "templates/runtime/{name} is not in rustfmt's layout: run rustfmt --edition 2021 on it"
            );
        }
    }

    #[test]
    fn names_the_file_rustfmt_rejects() {
        if !has_rustfmt() {
            return;
        }
        let mut files = rust_files();
        files.insert("c/src/vm/broken.rs".into(), b"fn (\n".to_vec());
        let why = format_rust_with(&mut files, &FormatCache::off()).expect_err("rustfmt rejects");
        assert!(why.contains("c/src/vm/broken.rs"), "{why}");
        // Files declared in ways the batches do not follow are formatted one at a time.
        let mut files = rust_files();
        files.insert(
            "c/src/x.rs".into(),
            b"#[path = \"y.rs\"]\nmod  z;\n".to_vec(),
        );
        let report = format_rust_with(&mut files, &FormatCache::off()).expect("formats");
        assert_eq!(report.files, 5);
        assert_eq!(files["c/src/x.rs"], b"#[path = \"y.rs\"]\nmod z;\n");
    }

    #[test]
    fn refuses_paths_leaving_the_folder() {
        assert!(safe_relative("../x").is_err());
        assert!(safe_relative("/etc/passwd").is_err());
        assert!(safe_relative("a/../../b").is_err());
        assert!(safe_relative("").is_err());
        assert!(safe_relative("src/vm/mod.rs").is_ok());
    }

    #[test]
    fn recovers_from_a_killed_run() {
        let base =
            std::env::temp_dir().join(format!("jdcloud-codegen-recover-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let dir = base.join("crate");
        // A run (of a process that is gone) killed between its two renames: the previous
        // output moved aside, the new one complete but not in place.
        let dead = 4_000_000_000u32;
        let old = base.join(format!(".crate.old-{dead}"));
        let tmp = base.join(format!(".crate.tmp-{dead}"));
        std::fs::create_dir_all(&old).expect("old");
        std::fs::write(old.join("a.txt"), b"previous").expect("write");
        std::fs::create_dir_all(&tmp).expect("tmp");
        std::fs::write(tmp.join("a.txt"), b"half").expect("write");
        recover(&base, "crate", &dir);
        assert_eq!(
            std::fs::read(dir.join("a.txt")).expect("restored"),
            b"previous"
        );
        assert!(!old.exists() && !tmp.exists());
        // Leftovers of a run killed earlier, with the output in place: removed.
        std::fs::create_dir_all(&old).expect("old");
        std::fs::create_dir_all(&tmp).expect("tmp");
        let mine = base.join(format!(".crate.old-{}", std::process::id()));
        std::fs::create_dir_all(&mine).expect("own pid reused");
        let mut files = Files::new();
        files.insert("b.txt".into(), b"new".to_vec());
        replace_dir(&dir, &files).expect("writes over the leftovers");
        assert_eq!(read_dir(&dir), files);
        let left: Vec<_> = std::fs::read_dir(&base)
            .expect("base")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(left, vec![std::ffi::OsString::from("crate")]);
        let _ = std::fs::remove_dir_all(&base);
    }

    #[test]
    fn links_unchanged_files_and_writes_changed_ones() {
        let base = temp("out-link");
        let dir = base.join("crate");
        let mut files = Files::new();
        files.insert("same.txt".into(), b"unchanged".to_vec());
        files.insert("sub/edit.txt".into(), b"before".to_vec());
        replace_dir(&dir, &files).expect("first write");
        #[cfg(unix)]
        let inode = |p: &str| {
            use std::os::unix::fs::MetadataExt;
            std::fs::metadata(dir.join(p)).expect("file").ino()
        };
        #[cfg(unix)]
        let (same, edit) = (inode("same.txt"), inode("sub/edit.txt"));
        files.insert("sub/edit.txt".into(), b"after!".to_vec());
        files.insert("new.txt".into(), b"unchanged".to_vec());
        replace_dir(&dir, &files).expect("second write");
        assert_eq!(read_dir(&dir), files);
        #[cfg(unix)]
        {
            assert_eq!(inode("same.txt"), same, "linked, not written again");
            assert_ne!(inode("sub/edit.txt"), edit);
            let links = |p: &str| {
                use std::os::unix::fs::MetadataExt;
                std::fs::metadata(dir.join(p)).expect("file").nlink()
            };
            assert_eq!(links("same.txt"), 1, "the previous folder is gone");
        }
        let _ = std::fs::remove_dir_all(&base);
    }

    #[test]
    fn replaces_a_folder_whole() {
        let base = std::env::temp_dir().join(format!("jdcloud-codegen-out-{}", std::process::id()));
        let dir = base.join("crate");
        let mut files = Files::new();
        files.insert("a.txt".into(), b"one".to_vec());
        files.insert("sub/b.txt".into(), b"two".to_vec());
        replace_dir(&dir, &files).expect("first write");
        let mut second = Files::new();
        second.insert("c.txt".into(), b"three".to_vec());
        replace_dir(&dir, &second).expect("second write");
        assert_eq!(read_dir(&dir), second);
        let mut bad = Files::new();
        bad.insert("../escape.txt".into(), b"x".to_vec());
        assert!(replace_dir(&dir, &bad).is_err());
        assert_eq!(
            read_dir(&dir),
            second,
            "a failed write leaves the previous output"
        );
        assert!(!base.join("escape.txt").exists());
        let _ = std::fs::remove_dir_all(&base);
    }
}
