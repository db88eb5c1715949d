//! The sources of the runtime crate (`templates/runtime/src/`), compiled into the generator
//! for the one output that needs them as text: a build-script module with the runtime pasted
//! in (`Builder::inline_runtime`). Everywhere else generated code depends on the
//! `jdcloud-sdk-runtime` crate.

use std::sync::LazyLock;

use regex::Regex;

/// Every runtime source file but the test-only ones, by name. A test checks this list against
/// the folder.
pub const FILES: [(&str, &str); 12] = [
    (
        "blocking.rs",
        include_str!("../../../templates/runtime/src/blocking.rs"),
    ),
    (
        "config.rs",
        include_str!("../../../templates/runtime/src/config.rs"),
    ),
    (
        "credentials.rs",
        include_str!("../../../templates/runtime/src/credentials.rs"),
    ),
    (
        "datetime.rs",
        include_str!("../../../templates/runtime/src/datetime.rs"),
    ),
    (
        "error.rs",
        include_str!("../../../templates/runtime/src/error.rs"),
    ),
    (
        "http.rs",
        include_str!("../../../templates/runtime/src/http.rs"),
    ),
    (
        "lib.rs",
        include_str!("../../../templates/runtime/src/lib.rs"),
    ),
    (
        "paginate.rs",
        include_str!("../../../templates/runtime/src/paginate.rs"),
    ),
    (
        "query.rs",
        include_str!("../../../templates/runtime/src/query.rs"),
    ),
    (
        "response.rs",
        include_str!("../../../templates/runtime/src/response.rs"),
    ),
    (
        "retry.rs",
        include_str!("../../../templates/runtime/src/retry.rs"),
    ),
    (
        "signer.rs",
        include_str!("../../../templates/runtime/src/signer.rs"),
    ),
];

/// Runtime files that only hold tests; never pasted, since the includer may not have the
/// runtime's dev-dependencies.
const TEST_ONLY: [&str; 2] = ["http_tests", "signer_vectors"];

static MOD_DECL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^(#\[cfg\([^\n]*\)\]\n)?(pub )?mod ([a-z_]+);\n").expect("valid regex")
});

/// The runtime's `lib.rs` with every `mod x;` replaced by the file's contents inline, and its
/// paths (`crate::…`) made relative to a `runtime` module at the crate root
/// (`crate::runtime::…`).
pub fn inline_module() -> String {
    let root = FILES
        .iter()
        .find(|(n, _)| *n == "lib.rs")
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
        .replace("crate::", "crate::runtime::")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_list_matches_the_folder() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates/runtime/src");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .expect("templates/runtime/src exists")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".rs"))
            .filter(|n| !TEST_ONLY.contains(&n.trim_end_matches(".rs")))
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
        assert!(text.contains("use crate::runtime::error::Error;"));
    }
}
