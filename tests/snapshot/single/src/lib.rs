//! The snapshot pages as build-script modules.

/// Generated with the default options: the module's `runtime` is the runtime crate.
#[allow(
    missing_docs,
    clippy::all,
    unreachable_pub,
    rustdoc::broken_intra_doc_links
)]
pub mod shared {
    include!(concat!(env!("OUT_DIR"), "/widget_shared.rs"));
}

/// Generated with `inline_runtime(true)`: a self-contained module with its own runtime.
#[allow(
    missing_docs,
    clippy::all,
    unreachable_pub,
    rustdoc::broken_intra_doc_links
)]
pub mod inline {
    include!(concat!(env!("OUT_DIR"), "/widget_inline.rs"));
}
