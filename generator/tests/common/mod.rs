//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The workspace root (the folder holding `specs/` and `generator/`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the generator crate sits inside the workspace")
        .to_path_buf()
}

/// `../shared` beside the workspace, when it is there. Outside CI a missing folder skips the
/// calling test with a printed reason; with `CI=true` it fails the test.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = workspace_root().join("../shared");
    if dir.join("corpus").is_dir() {
        return Some(dir);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("../shared is missing but CI=true: the corpus checks cannot be skipped in CI");
    }
    eprintln!(
        "skipped: ../shared is not beside the project (a fresh clone); corpus checks need it"
    );
    None
}

/// Reads every `*.md` file below `dir` as (path relative to `base`, bytes), sorted by path.
pub fn read_tree(dir: &Path, base: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("readable folder") {
            let path = entry.expect("folder entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "md") {
                let rel = path
                    .strip_prefix(base)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((rel, std::fs::read(&path).expect("readable file")));
            }
        }
    }
    out.sort();
    out
}

/// The seed pages of `specs/` (`specs/<service>/<lang>/seed/`): the small set of good pages
/// that tests compile into a whole crate, as (path relative to the workspace root, bytes).
pub fn seed_pages() -> Vec<(String, Vec<u8>)> {
    let root = workspace_root();
    let mut pages = read_tree(&root.join("specs"), &root);
    pages.retain(|(path, _)| path.contains("/seed/"));
    assert!(!pages.is_empty(), "specs/ holds the seed pages");
    pages
}
