//! Lists the runtime crate's sources (`templates/runtime/src/*.rs`) for
//! `rust::runtime_sources`, which pastes them into a build script's output on request
//! (`Builder::inline_runtime`): every source file is there, with no list to keep by hand.

use std::path::Path;

fn main() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates/runtime/src");
    println!("cargo::rerun-if-changed={}", src.display());
    let mut names: Vec<String> = std::fs::read_dir(&src)
        .expect("templates/runtime/src is beside the generator")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".rs"))
        .collect();
    names.sort();
    let mut out = String::from("/// Every runtime source file, by name.\n");
    out.push_str(&format!(
        "pub const FILES: [(&str, &str); {}] = [\n",
        names.len()
    ));
    for n in &names {
        let path = src.join(n);
        println!("cargo::rerun-if-changed={}", path.display());
        out.push_str(&format!(
            "    ({n:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("runtime_sources.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
