//! The hand-written runtime (`templates/runtime/`), compiled into the generator so it works
//! from any folder (including a downstream build script).

use std::sync::LazyLock;

use regex::Regex;

/// Every runtime source file, by name. A test checks this list against the folder.
pub const FILES: [(&str, &str); 14] = [
    (
        "blocking.rs",
        include_str!("../../../templates/runtime/blocking.rs"),
    ),
    (
        "config.rs",
        include_str!("../../../templates/runtime/config.rs"),
    ),
    (
        "credentials.rs",
        include_str!("../../../templates/runtime/credentials.rs"),
    ),
    (
        "datetime.rs",
        include_str!("../../../templates/runtime/datetime.rs"),
    ),
    (
        "error.rs",
        include_str!("../../../templates/runtime/error.rs"),
    ),
    (
        "http.rs",
        include_str!("../../../templates/runtime/http.rs"),
    ),
    (
        "http_tests.rs",
        include_str!("../../../templates/runtime/http_tests.rs"),
    ),
    ("mod.rs", include_str!("../../../templates/runtime/mod.rs")),
    (
        "paginate.rs",
        include_str!("../../../templates/runtime/paginate.rs"),
    ),
    (
        "query.rs",
        include_str!("../../../templates/runtime/query.rs"),
    ),
    (
        "response.rs",
        include_str!("../../../templates/runtime/response.rs"),
    ),
    (
        "retry.rs",
        include_str!("../../../templates/runtime/retry.rs"),
    ),
    (
        "signer.rs",
        include_str!("../../../templates/runtime/signer.rs"),
    ),
    (
        "signer_vectors.rs",
        include_str!("../../../templates/runtime/signer_vectors.rs"),
    ),
];

/// Runtime files that only hold tests; left out of single-file output, whose includer may
/// not have the runtime's dev-dependencies.
const TEST_ONLY: [&str; 2] = ["http_tests", "signer_vectors"];

/// The `[dependencies]`, `[dev-dependencies]` and `[features]` tables the runtime needs.
pub const DEPENDENCIES: &str = include_str!("../../../templates/runtime/deps.toml");

static MOD_DECL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^(#\[cfg\([^\n]*\)\]\n)?(pub )?mod ([a-z_]+);\n").expect("valid regex")
});

/// The runtime's `mod.rs` with every `mod x;` replaced by the file's contents inline.
pub fn inline_module() -> String {
    let root = FILES
        .iter()
        .find(|(n, _)| *n == "mod.rs")
        .map_or("", |(_, t)| *t);
    MOD_DECL
        .replace_all(root, |c: &regex::Captures<'_>| {
            let cfg = c.get(1).map_or("", |m| m.as_str());
            let vis = c.get(2).map_or("", |m| m.as_str());
            let name = c.get(3).map_or("", |m| m.as_str());
            if TEST_ONLY.contains(&name) {
                return String::new();
            }
            let file = format!("{name}.rs");
            let text = FILES
                .iter()
                .find(|(n, _)| *n == file)
                .map_or("", |(_, t)| *t);
            format!("{cfg}{vis}mod {name} {{\n{text}\n}}\n")
        })
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_list_matches_the_folder() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates/runtime");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .expect("templates/runtime exists")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".rs"))
            .collect();
        on_disk.sort();
        let listed: Vec<String> = FILES.iter().map(|(n, _)| n.to_string()).collect();
        assert_eq!(listed, on_disk, "update runtime_sources::FILES");
    }

    #[test]
    fn inline_module_has_no_file_modules_left() {
        let text = inline_module();
        assert!(!MOD_DECL.is_match(&text));
        assert!(text.contains("mod signer {"));
        assert!(!text.contains("mod signer_vectors"));
    }
}
