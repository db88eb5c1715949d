//! Generates the snapshot pages twice: `widget_shared.rs` re-exports the runtime crate (the
//! default), `widget_inline.rs` has the runtime pasted in.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    jdcloud_codegen::Builder::new()
        .specs("../pages")
        .file_name("widget_shared.rs")
        .root_path("crate::shared")
        .strict(true)
        .generate()?;
    jdcloud_codegen::Builder::new()
        .specs("../pages")
        .file_name("widget_inline.rs")
        .root_path("crate::inline")
        .inline_runtime(true)
        .strict(true)
        .generate()?;
    Ok(())
}
