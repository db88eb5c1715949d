//! Generates clients from real JD Cloud API reference pages with `jdcloud_codegen::Builder`, for
//! the scenarios that need operations `specs/` lacks: a GET with `filters` and pagination, an
//! `:action` path, a DELETE, a second service from Chinese pages.
//!
//! `corpus-pages.txt` lists the pages of `../shared/corpus` (beside the project) and the module
//! each goes to; each module is a second `Builder` call with its own file and root path.
//! Without the corpus nothing is generated and the tests that need it say so; with `CI=true`
//! its absence is an error.

use std::collections::BTreeMap;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo::rustc-check-cfg=cfg(e2e_corpus)");
    println!("cargo::rerun-if-env-changed=CI");
    println!("cargo::rerun-if-changed=corpus-pages.txt");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?);
    let corpus = manifest.join("../../../shared/corpus");
    if !corpus.is_dir() {
        if std::env::var("CI").as_deref() == Ok("true") {
            return Err(format!("{} is missing but CI=true", corpus.display()).into());
        }
        println!(
            "cargo::warning=../shared/corpus is not beside the project: the scenarios that need \
             operations generated from it are skipped"
        );
        return Ok(());
    }

    let list = std::fs::read_to_string(manifest.join("corpus-pages.txt"))?;
    let mut modules: BTreeMap<&str, Vec<PathBuf>> = BTreeMap::new();
    for line in list.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (module, page) = line
            .split_once(' ')
            .ok_or_else(|| format!("corpus-pages.txt: not `<module> <page>`: {line}"))?;
        modules
            .entry(module)
            .or_default()
            .push(corpus.join(page.trim()));
    }
    for (module, pages) in &modules {
        let mut builder = jdcloud_codegen::Builder::new()
            .file_name(format!("jdcloud_{module}.rs"))
            .root_path(format!("crate::corpus::{module}"))
            .strict(true);
        for page in pages {
            builder = builder.specs(page);
        }
        builder.generate()?;
    }
    println!("cargo::rustc-cfg=e2e_corpus");
    Ok(())
}
