//! `diff`: every kind of change on purpose-built fixture pairs (`tests/fixtures/diff`, one
//! service per kind, written by its `make.py`), classified as `expected.tsv` says; real doc
//! changes (three generations of vm `createInstances`, English against Chinese); nothing on
//! identical inputs; the same bytes on every run; the command line's formats and `--fail-on`.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use jdcloud_codegen::diff::{self, render, Change, Class, Report};
use jdcloud_codegen::{corrections, load_with};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn pairs() -> (PathBuf, PathBuf) {
    let d = fixtures().join("diff");
    (d.join("old"), d.join("new"))
}

/// Loads pages the way the command line does (with the `corrections.toml` beside them).
fn api(paths: &[PathBuf]) -> jdcloud_codegen::ir::Api {
    load_with(paths, &corrections::files_for(paths, &[])).api()
}

fn diff_paths(old: &[PathBuf], new: &[PathBuf]) -> Report {
    diff::diff(&api(old), &api(new))
}

/// One letter per change: B breaking for Rust and on the wire, R Rust only, W wire only,
/// C compatible, D docs only; sorted.
fn letters<'a>(changes: impl Iterator<Item = &'a Change>) -> String {
    let mut v: Vec<char> = changes
        .map(|c| match (c.rust_breaking, c.wire_breaking, c.class) {
            (true, true, _) => 'B',
            (true, false, _) => 'R',
            (false, true, _) => 'W',
            (false, false, Class::DocsOnly) => 'D',
            (false, false, _) => 'C',
        })
        .collect();
    v.sort_unstable();
    v.into_iter().collect()
}

fn expected() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(fixtures().join("diff/expected.tsv")).expect("expected.tsv");
    text.lines()
        .skip(1)
        .filter_map(|l| {
            let (kind, classes) = l.split_once('\t')?;
            Some((kind.to_string(), classes.to_string()))
        })
        .collect()
}

#[test]
fn every_kind_of_change_is_classified_as_expected() {
    let (old, new) = pairs();
    let report = diff_paths(&[old], &[new]);
    let got: BTreeMap<String, String> = report
        .services
        .iter()
        .map(|s| (s.service.clone(), letters(s.changes.iter())))
        .collect();
    let mut wrong = Vec::new();
    for (kind, want) in expected() {
        let have = got.get(&kind).cloned().unwrap_or_default();
        if have != want {
            let detail = report
                .services
                .iter()
                .find(|s| s.service == kind)
                .map(|s| {
                    render::text(&Report {
                        services: vec![s.clone()],
                    })
                })
                .unwrap_or_default();
            wrong.push(format!("{kind}: expected {want:?}, got {have:?}\n{detail}"));
        }
    }
    for kind in got.keys() {
        if !expected().contains_key(kind) {
            wrong.push(format!("{kind}: not in expected.tsv"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn rust_breaks_name_the_items_and_wire_breaks_say_why() {
    let (old, new) = pairs();
    let report = diff_paths(&[old], &[new]);
    let find = |service: &str| -> Vec<&Change> {
        report
            .services
            .iter()
            .find(|s| s.service == service)
            .map(|s| s.changes.iter().collect())
            .unwrap_or_default()
    };
    for c in report.changes() {
        assert_eq!(c.rust_breaking, !c.rust.is_empty(), "{c:?}");
        assert_eq!(c.wire_breaking, c.wire.is_some(), "{c:?}");
    }
    let required = find("param-now-required");
    assert!(required[0].rust.iter().any(|r| r.contains(
        "`param_now_required::Client::create_widget`: argument `note: impl Into<String>` added"
    )));
    let removed = find("op-removed");
    assert_eq!(
        removed.len(),
        1,
        "one change, not one per item: {removed:?}"
    );
    assert!(removed[0]
        .rust
        .contains(&"`op_removed::DeleteWidget` removed".to_string()));
    let errors = find("error-removed");
    assert_eq!(
        errors[0].node.label(),
        "operation `createWidget`, error `404`"
    );
    let renamed = find("rust-name-corrected");
    assert!(renamed[0]
        .summary
        .contains("Rust name the derived one → `title`"));
}

#[test]
fn identical_inputs_report_nothing() {
    let (old, new) = pairs();
    assert!(diff_paths(std::slice::from_ref(&old), std::slice::from_ref(&old)).is_empty());
    assert!(diff_paths(std::slice::from_ref(&new), std::slice::from_ref(&new)).is_empty());
    // The same pages read from two places: sources differ, nothing else.
    let demo = fixtures().join("demo");
    let copy = std::env::temp_dir().join(format!("jdcloud-diff-same-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&copy);
    std::fs::create_dir_all(&copy).expect("folder");
    for entry in std::fs::read_dir(&demo).expect("demo") {
        let p = entry.expect("entry").path();
        std::fs::copy(&p, copy.join(p.file_name().expect("name"))).expect("copy");
    }
    assert!(diff_paths(&[demo], std::slice::from_ref(&copy)).is_empty());
    let _ = std::fs::remove_dir_all(&copy);
    if let Some(shared) = common::shared_dir() {
        let corpus = shared.join("corpus");
        assert!(
            diff_paths(std::slice::from_ref(&corpus), std::slice::from_ref(&corpus)).is_empty()
        );
    }
}

#[test]
fn the_report_is_the_same_bytes_every_time() {
    let (old, new) = pairs();
    let a = diff_paths(std::slice::from_ref(&old), std::slice::from_ref(&new));
    let b = diff_paths(&[old], &[new]);
    for format in [
        render::Format::Text,
        render::Format::Markdown,
        render::Format::Json,
    ] {
        assert_eq!(render::render(&a, format), render::render(&b, format));
    }
    let json: serde_json::Value =
        serde_json::from_str(&render::render(&a, render::Format::Json)).expect("JSON");
    assert!(json["counts"]["rust_breaking"]
        .as_u64()
        .is_some_and(|n| n > 0));
    assert!(json["services"][0]["changes"][0]["class"].is_string());
}

/// The three generations of vm `createInstances`: the English corpus page of the old `VM`
/// section, the English and Chinese pages of the `Virtual-Machines` section, and the seed (the
/// newest generator).
#[test]
fn real_doc_changes_across_generations_of_vm_create_instances() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let corpus = shared.join("corpus");
    let oldest = corpus.join("jdcloud-en/Virtual-Machines/VM/createInstances.md");
    let en = corpus.join("jdcloud-en/Virtual-Machines/Virtual-Machines/createInstances.md");
    let zh = corpus.join("jdcloud-cn/Virtual-Machines/Virtual-Machines/createInstances.md");
    let seed = shared.join("seeds/003_86e75c99b2d03144.txt");
    let find = |r: &Report, summary: &str| -> Change {
        r.changes()
            .find(|c| c.summary.contains(summary))
            .cloned()
            .unwrap_or_else(|| panic!("no change {summary:?} in\n{}", render::text(r)))
    };

    // The older English page has `multiAttachable`; the newer one dropped it.
    let r = diff_paths(std::slice::from_ref(&oldest), std::slice::from_ref(&en));
    let dropped = find(&r, "model `DiskSpec`, field `multiAttachable`: removed");
    assert!(dropped.rust_breaking && dropped.wire_breaking);
    let added = find(&r, "field `deviceName`: allowed values: added");
    assert_eq!(added.class, Class::Compatible);

    // To the seed: errors documented by JD status, new optional fields, fields made optional.
    let r = diff_paths(std::slice::from_ref(&zh), std::slice::from_ref(&seed));
    assert_eq!(
        find(&r, "error `INVALID_ARGUMENT`: documented").class,
        Class::Compatible
    );
    let gone = find(&r, "error `400`: no longer documented");
    assert!(gone.rust_breaking && !gone.wire_breaking, "{gone:?}");
    assert_eq!(find(&r, "field `iops`: added").class, Class::Compatible);
    let optional = find(&r, "model `DiskSpec`, field `name`: now optional");
    assert!(optional.rust_breaking && !optional.wire_breaking);
    let disk_type = find(&r, "model `DiskSpec`, field `diskType`: allowed values");
    assert!(disk_type.wire_breaking);
    for c in r.changes() {
        assert!(
            c.aspect != diff::Aspect::RustApi,
            "every Rust break is explained: {c:?}"
        );
    }

    // English against Chinese of one generation: mostly text, and what the languages' prose
    // let the parser read differently.
    let r = diff_paths(std::slice::from_ref(&en), std::slice::from_ref(&zh));
    let n = r.counts();
    assert!(n.docs_only > 2 * (n.rust_breaking + n.compatible), "{n:?}");
    assert!(
        find(&r, "operation `createInstances`: documentation changed").class == Class::DocsOnly
    );
    // The chain is consistent: the oldest page against itself through both routes.
    assert!(diff_paths(std::slice::from_ref(&seed), std::slice::from_ref(&seed)).is_empty());
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_jdcloud-codegen"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

#[test]
fn command_line_formats_and_fail_on() {
    let (old, new) = pairs();
    let kind = |k: &str| (old.join(k), new.join(k));
    let text = run(&["diff", s(&old), s(&new)]);
    assert_eq!(text.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&text.stdout);
    assert!(stdout.contains("breaking (Rust, wire)  operation `deleteWidget`: removed"));
    assert!(stdout
        .lines()
        .last()
        .is_some_and(|l| l.starts_with("total: ")));
    let md = run(&["diff", s(&old), s(&new), "--format", "markdown"]);
    let md = String::from_utf8_lossy(&md.stdout);
    assert!(md.contains("## `op-removed`\n") && md.contains("### Breaking for Rust code\n"));
    let json = run(&["diff", s(&old), s(&new), "--format", "json"]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert!(value["services"].as_array().is_some_and(|a| a.len() > 30));

    let (o, n) = kind("op-added");
    for fail_on in ["breaking", "rust", "wire"] {
        let out = run(&["diff", s(&o), s(&n), "--fail-on", fail_on]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "a compatible change with --fail-on {fail_on}"
        );
    }
    let (o, n) = kind("method-changed");
    assert_eq!(
        run(&["diff", s(&o), s(&n), "--fail-on", "rust"])
            .status
            .code(),
        Some(0)
    );
    assert_eq!(
        run(&["diff", s(&o), s(&n), "--fail-on", "wire"])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        run(&["diff", s(&o), s(&n), "--fail-on", "breaking"])
            .status
            .code(),
        Some(1)
    );
    let (o, n) = kind("param-type-widened");
    assert_eq!(
        run(&["diff", s(&o), s(&n), "--fail-on", "rust"])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        run(&["diff", s(&o), s(&n), "--fail-on", "wire"])
            .status
            .code(),
        Some(0)
    );
    let same = run(&["diff", s(&o), s(&o), "--fail-on", "breaking"]);
    assert_eq!(same.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&same.stdout), "no changes\n");
    let missing = run(&["diff", s(&o), "/no/such/pages"]);
    assert_eq!(missing.status.code(), Some(2));
}

/// `generate` versions the crate from the one it replaces and stacks the changelog; the same
/// pages again change nothing, and `check` then finds the output exact.
#[test]
fn generate_bumps_the_version_and_check_stays_exact() {
    let (old, new) = pairs();
    let out = std::env::temp_dir().join(format!("jdcloud-diff-release-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let generate = |pages: &Path| {
        let g = run(&["generate", s(pages), "--out", s(&out)]);
        assert_eq!(
            g.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&g.stderr)
        );
        String::from_utf8_lossy(&g.stderr).into_owned()
    };
    let read =
        |name: &str| std::fs::read_to_string(out.join("jdcloud-sdk").join(name)).expect(name);
    let version = || {
        read("Cargo.toml")
            .lines()
            .find_map(|l| {
                l.strip_prefix("version = ")
                    .map(|v| v.trim_matches('"').to_string())
            })
            .expect("a version")
    };

    assert!(generate(&old).contains("version 0.1.0 (no earlier model to compare with)"));
    assert_eq!(version(), "0.1.0");
    assert!(read("CHANGELOG.md").contains("## 0.1.0\n\nFirst recorded version: 37 service(s)"));
    let model = read("api-model.jsonl");
    assert!(model.starts_with("{\"header\":{\"format\":1,\"version\":\"0.1.0\"}}\n"));

    // Breaking changes: the minor version.
    assert!(generate(&new).contains("version 0.2.0: "));
    assert_eq!(version(), "0.2.0");
    let changelog = read("CHANGELOG.md");
    let (newer, older) = (
        changelog.find("## 0.2.0").expect("entry"),
        changelog.find("## 0.1.0").expect("entry"),
    );
    assert!(newer < older);
    assert!(
        changelog.contains("### `op-removed`") && changelog.contains("#### Breaking for Rust code")
    );

    // The same pages: nothing changes, and check agrees byte for byte.
    let before = jdcloud_codegen::output::read_dir(&out);
    assert!(generate(&new).contains("version 0.2.0 (no changes)"));
    assert!(before == jdcloud_codegen::output::read_dir(&out));
    let check = run(&["check", "--specs", s(&new), "--generated", s(&out)]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );

    // Only compatible changes (back to a page set that adds nothing breaking): the patch.
    let only_added = fixtures().join("diff/new/op-added");
    let first = fixtures().join("diff/old/op-added");
    let _ = std::fs::remove_dir_all(&out);
    generate(&first);
    assert!(generate(&only_added)
        .contains("version 0.1.1: 0 breaking for Rust code, 0 breaking on the wire, 1 compatible"));
    assert_eq!(version(), "0.1.1");
    let _ = std::fs::remove_dir_all(&out);
}
