//! The sources of the runtime crate (`templates/runtime/src/`), compiled into the generator
//! for the one output that needs them as text: a build-script module with the runtime pasted
//! in (`Builder::inline_runtime`). Everywhere else generated code depends on the
//! `jdcloud-sdk-runtime` crate.

use std::sync::LazyLock;

use regex::Regex;

// `FILES`: every runtime source file (`templates/runtime/src/*.rs`), by name, listed by the
// build script.
include!(concat!(env!("OUT_DIR"), "/runtime_sources.rs"));

static MOD_DECL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^(#\[cfg\([^\n]*\)\]\n)?(pub )?mod ([a-z_]+);\n").expect("valid regex")
});

/// The runtime's `lib.rs` with every `mod x;` replaced by the file's contents inline (but for
/// test modules, left out), and its
/// paths (`crate::…`) made relative to a `runtime` module at the crate root
/// (`crate::runtime::…`).
pub fn inline_module() -> String {
    let root = FILES
        .iter()
        .find(|(n, _)| *n == "lib.rs")
        .map_or("", |(_, t)| *t);
    let text = MOD_DECL
        .replace_all(root, |c: &regex::Captures<'_>| {
            let cfg = c.get(1).map_or("", |m| m.as_str());
            let vis = c.get(2).map_or("", |m| m.as_str());
            let name = c.get(3).map_or("", |m| m.as_str());
            // Test modules are never pasted: the includer may not have the runtime's
            // dev-dependencies.
            if cfg.trim() == "#[cfg(test)]" {
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
        // The runtime's tests are never compiled with the includer's: `cfg(any())` is false.
        .replace("#[cfg(test)]", "#[cfg(any())]");
    examples_as_text(&text)
}

/// The runtime's doc examples name the runtime crate; pasted, they would become doctests of the
/// includer that fail. Each code block of a doc comment is made a `text` block.
fn examples_as_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut inside = false;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let doc = trimmed
            .strip_prefix("///")
            .or_else(|| trimmed.strip_prefix("//!"));
        match doc.map(str::trim_start) {
            Some(rest) if rest.starts_with("```") => {
                if inside {
                    out.push_str(line);
                } else {
                    let indent = &line[..line.len() - trimmed.len()];
                    out.push_str(indent);
                    out.push_str(&trimmed[..3]);
                    out.push_str(" ```text\n");
                }
                inside = !inside;
            }
            _ => out.push_str(line),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_module_of_the_runtime_is_a_listed_file() {
        let root = FILES
            .iter()
            .find(|(n, _)| *n == "lib.rs")
            .expect("lib.rs")
            .1;
        for m in MOD_DECL.captures_iter(root) {
            let file = format!("{}.rs", &m[3]);
            assert!(
                FILES.iter().any(|(n, _)| *n == file),
                "{file} is not listed"
            );
        }
    }

    #[test]
    fn inline_module_has_no_file_modules_left() {
        let text = inline_module();
        assert!(!MOD_DECL.is_match(&text));
        assert!(text.contains("mod signer {"));
        assert!(!text.contains("mod signer_vectors"));
        assert!(text.contains("use crate::runtime::error::Error;"));
        assert!(!text.contains("#[cfg(test)]"), "no test is pasted");
        for line in text.lines().map(str::trim_start) {
            if let Some(rest) = line
                .strip_prefix("///")
                .or_else(|| line.strip_prefix("//!"))
            {
                let rest = rest.trim();
                assert!(
                    !rest.starts_with("```") || rest == "```" || rest == "```text",
                    "a doc example that would run as the includer's doctest: {line}"
                );
            }
        }
    }
}
