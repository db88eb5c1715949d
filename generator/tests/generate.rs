//! Generation is deterministic and the checked-in `generated/` matches `specs/`.

mod common;

use jdcloud_codegen::{generate_files, load_sources, output};

fn spec_sources() -> Vec<(String, Vec<u8>)> {
    let root = common::workspace_root();
    common::read_tree(&root.join("specs"), &root)
}

#[test]
fn same_input_same_bytes_whatever_the_order() {
    let sources = spec_sources();
    let first = generate_files(&load_sources(&sources).api()).expect("generates");
    let mut reversed = sources.clone();
    reversed.reverse();
    let second = generate_files(&load_sources(&reversed).api()).expect("generates");
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    assert!(first == second, "generation depends on input order");
    let mut rotated = sources.clone();
    rotated.rotate_left(2);
    let third = generate_files(&load_sources(&rotated).api()).expect("generates");
    assert!(first == third);
}

#[test]
fn generated_folder_is_up_to_date() {
    let root = common::workspace_root();
    let options = jdcloud_codegen::rust::CrateOptions {
        runtime: jdcloud_codegen::rust::RuntimeDependency::for_crate_at(
            &root.join("generated/jdcloud-sdk"),
        ),
        ..Default::default()
    };
    // As `check` does: with `specs/corrections.toml`, and the version and changelog that
    // follow the crate on disk.
    let corrections: Vec<(String, Vec<u8>)> = std::fs::read(root.join("specs/corrections.toml"))
        .map(|bytes| vec![("specs/corrections.toml".to_string(), bytes)])
        .unwrap_or_default();
    let api = jdcloud_codegen::load_sources_with(&spec_sources(), &corrections).api();
    let (mut expected, _) =
        jdcloud_codegen::release::generate_files(&api, &options, &root.join("generated"))
            .expect("generates");
    output::format_rust(&mut expected).expect("rustfmt formats the generated crate");
    let mut stale = Vec::new();
    let tops: std::collections::BTreeSet<&str> = expected
        .keys()
        .filter_map(|k| k.split('/').next())
        .collect();
    for top in tops {
        let on_disk = output::read_dir(&root.join("generated").join(top));
        let wanted: output::Files = expected
            .iter()
            .filter_map(|(k, v)| {
                k.strip_prefix(&format!("{top}/"))
                    .map(|rest| (rest.to_string(), v.clone()))
            })
            .collect();
        stale.extend(output::differences(&wanted, &on_disk));
    }
    assert!(
        stale.is_empty(),
        "generated/ is stale; run `cargo run -p jdcloud-codegen -- generate specs --out generated`: {stale:#?}"
    );
}

#[test]
fn every_service_is_a_feature_and_a_module() {
    let files = generate_files(&load_sources(&spec_sources()).api()).expect("generates");
    let cargo = String::from_utf8(files["jdcloud-sdk/Cargo.toml"].clone()).expect("utf-8");
    let lib = String::from_utf8(files["jdcloud-sdk/src/lib.rs"].clone()).expect("utf-8");
    for (feature, module) in [
        ("vm", "vm"),
        ("coc-vm", "coc_vm"),
        ("edcps", "edcps"),
        ("jdfusion", "jdfusion"),
    ] {
        assert!(
            cargo.contains(&format!("\n{feature} = []")),
            "feature {feature}"
        );
        assert!(
            lib.contains(&format!(
                "#[cfg(feature = \"{feature}\")]\npub mod {module};"
            )),
            "module {module}"
        );
        assert!(files.contains_key(&format!("jdcloud-sdk/src/{module}/models.rs")));
    }
}

/// The README's table of the services the SDK covers, as the model of `specs/` gives it.
fn services_table() -> String {
    let loaded = load_sources(&spec_sources());
    let mut out = String::from(
        "| service | operations | pages in English | pages in Chinese |\n|---|---|---|---|\n",
    );
    for svc in &loaded.services {
        let mut en = std::collections::BTreeSet::new();
        let mut zh = std::collections::BTreeSet::new();
        for op in &svc.operations {
            let files = std::iter::once(&op.source).chain(&op.duplicates);
            for src in files {
                match src.file.split('/').nth(2) {
                    Some("en") => en.insert(src.file.clone()),
                    Some("zh") => zh.insert(src.file.clone()),
                    _ => false,
                };
            }
        }
        let title = svc
            .title
            .as_deref()
            .map(|t| format!(" {}", t.lines().next().unwrap_or("").replace('|', "\\|")))
            .unwrap_or_default();
        out.push_str(&format!(
            "| `{}`{} | {} | {} | {} |\n",
            svc.name,
            title,
            svc.operations.len(),
            en.len(),
            zh.len()
        ));
    }
    out
}

#[test]
fn readme_lists_every_service_with_its_operations() {
    let readme =
        std::fs::read_to_string(common::workspace_root().join("README.md")).expect("README.md");
    let (start, end) = ("<!-- services -->\n", "<!-- /services -->");
    let table = readme
        .split_once(start)
        .and_then(|(_, rest)| rest.split_once(end))
        .map(|(table, _)| table)
        .expect("README.md has the services table between its markers");
    let expected = services_table();
    assert!(
        table == expected,
        "README.md's services table is stale; replace it with:\n{expected}"
    );
}
