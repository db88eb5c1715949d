fn main() -> Result<(), Box<dyn std::error::Error>> {
    jdcloud_codegen::Builder::new()
        .specs("../../specs/vm/zh/seed")
        .root_path("crate::jdcloud")
        .generate()?;
    Ok(())
}
