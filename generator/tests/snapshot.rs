//! The snapshot crate (`tests/snapshot/generated/`): the crate and OpenAPI document generated
//! from the purpose-built pages of `tests/snapshot/pages/`, checked in so that
//! `cargo test --workspace` compiles every emitter path and runs the crate's generated tests
//! without `../shared`. Set `UPDATE_SNAPSHOTS=1` to rewrite it.

mod common;

use jdcloud_codegen::rust::{CrateOptions, RuntimeDependency};
use jdcloud_codegen::{generate_files_with, load_sources, output};

const CRATE: &str = "jdcloud-snapshot-sdk";

fn expected() -> output::Files {
    let root = common::workspace_root();
    let folder = root.join("tests/snapshot/generated");
    // Paths relative to the workspace, as the command line run from there would give them.
    let loaded = load_sources(&common::read_tree(
        &root.join("tests/snapshot/pages"),
        &root,
    ));
    let problems: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity != jdcloud_codegen::diagnostics::Severity::Info)
        .map(|d| d.to_string())
        .collect();
    assert!(
        problems.is_empty(),
        "the snapshot pages read cleanly: {problems:#?}"
    );
    let options = CrateOptions {
        crate_name: CRATE.into(),
        runtime: RuntimeDependency::for_crate_at(&folder.join(CRATE)),
        ..Default::default()
    };
    let mut files = generate_files_with(&loaded.api(), &options).expect("generates");
    output::format_rust(&mut files).expect("rustfmt formats the snapshot crate");
    files
}

#[test]
fn snapshot_crate_is_up_to_date() {
    let folder = common::workspace_root().join("tests/snapshot/generated");
    let files = expected();
    let mut tops: std::collections::BTreeMap<String, output::Files> = Default::default();
    for (path, bytes) in files {
        let (top, rest) = path.split_once('/').expect("a top folder");
        tops.entry(top.to_string())
            .or_default()
            .insert(rest.to_string(), bytes);
    }
    assert_eq!(
        tops.keys().map(String::as_str).collect::<Vec<_>>(),
        [CRATE, "openapi"]
    );
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        for (top, files) in &tops {
            output::replace_dir(&folder.join(top), files).expect("writes the snapshot");
        }
        return;
    }
    let mut stale = Vec::new();
    for (top, files) in &tops {
        let on_disk = output::read_dir(&folder.join(top));
        stale.extend(
            output::differences(files, &on_disk)
                .into_iter()
                .map(|d| format!("{top}/{d}")),
        );
    }
    assert!(
        stale.is_empty(),
        "tests/snapshot/generated is stale; review the change and run `UPDATE_SNAPSHOTS=1 cargo test -p jdcloud-codegen --test snapshot`: {stale:#?}"
    );
}

/// What the snapshot pages are for: each feature the crate must show is there.
#[test]
fn snapshot_crate_reaches_every_emitter_path() {
    let files = expected();
    let text =
        |path: &str| String::from_utf8(files[&format!("{CRATE}/{path}")].clone()).expect("UTF-8");
    let module = text("src/widget/mod.rs");
    let models = text("src/widget/models.rs");
    assert!(module.contains("pub fn items("), "a paginator");
    assert!(module.contains("new_client_token"), "an idempotency token");
    assert!(
        module.contains("headers.push((\"x-jdcloud-fusion-cloudid\""),
        "a header parameter"
    );
    assert!(
        module.contains("pub enum CreateWidgetErrorKind"),
        "error kinds"
    );
    assert!(
        module.contains("AlreadyExists"),
        "a documented error status"
    );
    assert!(
        models.contains("Box<Node>") || models.contains("Vec<Node>"),
        "a recursive model"
    );
    assert!(models.contains("Unknown("), "enums keep unknown values");
    assert!(models.contains("AB2"), "enum values whose names collide");
    assert!(module.contains("删除"), "the Chinese page's docs");
    let openapi = String::from_utf8(files["openapi/widget.json"].clone()).expect("UTF-8");
    assert!(openapi.contains("\"x-jdcloud-pagination\""));
    assert!(openapi.contains("\"x-jdcloud-idempotency-token\": \"clientToken\""));
}
