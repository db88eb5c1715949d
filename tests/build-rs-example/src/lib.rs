//! A crate that generates its JD Cloud client at build time from the seed page of `specs/vm`.

/// The generated client: `jdcloud::vm::Client`, `jdcloud::runtime::Config`, …
#[allow(missing_docs, clippy::all, unreachable_pub)]
pub mod jdcloud {
    include!(concat!(env!("OUT_DIR"), "/jdcloud_sdk.rs"));
}
