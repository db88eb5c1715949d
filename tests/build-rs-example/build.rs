fn main() -> Result<(), Box<dyn std::error::Error>> {
    jdcloud_codegen::Builder::new()
        .specs("../../specs/vm")
        .root_path("crate::jdcloud")
        .generate()?;
    Ok(())
}
