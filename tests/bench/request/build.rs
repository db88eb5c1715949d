//! Generates the client from the pages the benchmark sends: `createInstances` (the seed page of `specs/vm`) and
//! `describeInstances` with its `filters` (the English corpus page, when `../shared` is there).

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let describe = "../../../../shared/corpus/jdcloud-en/Virtual-Machines/VM/describeInstances.md";
    let mut builder = jdcloud_codegen::Builder::new()
        .specs("../../../specs/vm/zh/seed")
        .root_path("crate::jdcloud");
    if std::path::Path::new(describe).is_file() {
        builder = builder.specs(describe);
        println!("cargo:rustc-cfg=describe_instances");
    } else {
        println!("cargo:warning=no {describe}: the describeInstances benchmark is left out");
    }
    println!("cargo:rustc-check-cfg=cfg(describe_instances)");
    builder.generate()?;
    Ok(())
}
