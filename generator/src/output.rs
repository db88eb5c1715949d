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
            std::fs::write(&target, bytes)
                .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
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
/// generated crate reads as `cargo fmt` would leave it. rustfmt's stable style does not change
/// between versions, so the bytes stay the same on any machine that has it. Returns the number
/// of files formatted, or why formatting was skipped.
///
/// The files are formatted in a few rustfmt runs, one per core, each given many files (see
/// `format_in_batches`); should a run fail, every file is formatted again on its own, through
/// standard input, which also names the file rustfmt rejected.
///
/// Files that are a runtime source as it is (`templates/runtime/`, copied verbatim into every
/// crate) are left alone: those sources are kept in rustfmt's layout, which the test
/// `runtime_sources_are_in_rustfmt_layout` checks.
pub fn format_rust(files: &mut Files) -> Result<usize, String> {
    let rust: Vec<(&String, &Vec<u8>)> = files.iter().filter(|(p, _)| p.ends_with(".rs")).collect();
    let done = rust.iter().filter(|(_, b)| is_runtime_source(b)).count();
    let paths: Vec<String> = rust
        .into_iter()
        .filter(|(_, b)| !is_runtime_source(b))
        .map(|(p, _)| p.clone())
        .collect();
    if paths.is_empty() {
        return Ok(done);
    }
    match format_in_batches(files, &paths) {
        Ok(()) => Ok(done + paths.len()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(format!(
            "rustfmt is not available ({e}); the files keep prettyplease's layout"
        )),
        Err(_) => format_each(files),
    }
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

/// [`format_rust`] one file at a time, through rustfmt's standard input.
fn format_each(files: &mut Files) -> Result<usize, String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut formatted = 0;
    for (path, bytes) in files.iter_mut() {
        if !path.ends_with(".rs") {
            continue;
        }
        if is_runtime_source(bytes) {
            formatted += 1;
            continue;
        }
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
        assert_eq!(format_each(&mut each), Ok(4));
        assert_eq!(batched, each);
        assert_ne!(batched, rust_files(), "the files were formatted");
        assert_eq!(batched["c/README.md"], rust_files()["c/README.md"]);
        assert_eq!(format_rust(&mut rust_files()), Ok(4));
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
        assert_eq!(format_rust(&mut files), Ok(files.len()));
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
        let why = format_rust(&mut files).expect_err("rustfmt rejects the file");
        assert!(why.contains("c/src/vm/broken.rs"), "{why}");
        // Files declared in ways the batches do not follow are formatted one at a time.
        let mut files = rust_files();
        files.insert(
            "c/src/x.rs".into(),
            b"#[path = \"y.rs\"]\nmod  z;\n".to_vec(),
        );
        assert_eq!(format_rust(&mut files), Ok(5));
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
