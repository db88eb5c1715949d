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

/// Formats every `.rs` file with `rustfmt` (edition 2021) when it is installed, so the
/// generated crate reads as `cargo fmt` would leave it. rustfmt's stable style does not change
/// between versions, so the bytes stay the same on any machine that has it. Returns the number
/// of files formatted, or why formatting was skipped.
pub fn format_rust(files: &mut Files) -> Result<usize, String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut formatted = 0;
    for (path, bytes) in files.iter_mut() {
        if !path.ends_with(".rs") {
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

    #[test]
    fn refuses_paths_leaving_the_folder() {
        assert!(safe_relative("../x").is_err());
        assert!(safe_relative("/etc/passwd").is_err());
        assert!(safe_relative("a/../../b").is_err());
        assert!(safe_relative("").is_err());
        assert!(safe_relative("src/vm/mod.rs").is_ok());
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
