//! Corrections (`corrections.toml`): every kind applies, says so in the rustdoc and the OpenAPI
//! descriptions with the file and line, and a correction that matches nothing or changes
//! nothing is a warning at its line; a malformed file is an error naming the line, and
//! `--strict` then writes nothing. Proven on a real typo of the corpus (`vmj` for `vdj`).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use jdcloud_codegen::diagnostics::{Code, Diagnostic, Severity};
use jdcloud_codegen::ir::{ConstraintKind, ParamLocation, Service, TypeRef};
use jdcloud_codegen::openapi::{self, Options};
use jdcloud_codegen::{generate_files, load_sources_with, load_with, Loaded};
use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn corrections(name: &str) -> PathBuf {
    fixtures().join("corrections").join(name)
}

fn demo(correction: &str) -> Loaded {
    load_with(&[fixtures().join("demo")], &[corrections(correction)])
}

fn service<'a>(l: &'a Loaded, name: &str) -> &'a Service {
    l.services
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| panic!("no service {name}"))
}

fn of_code(l: &Loaded, code: Code) -> Vec<&Diagnostic> {
    l.diagnostics.iter().filter(|d| d.code == code).collect()
}

fn allowed(cs: &[jdcloud_codegen::ir::Constraint]) -> Vec<String> {
    cs.iter()
        .find_map(|c| match &c.kind {
            ConstraintKind::AllowedValues { values } => Some(values.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

fn openapi_json(svc: &Service) -> Value {
    let doc = openapi::export_service(svc, &Options::default());
    serde_json::from_slice(&doc.to_bytes()).expect("JSON")
}

fn text(files: &jdcloud_codegen::output::Files, path: &str) -> String {
    String::from_utf8(files[path].clone()).expect("UTF-8")
}

/// The line of a corrections fixture holding `needle` (1-based).
fn line_of(file: &str, needle: &str) -> u32 {
    let text = std::fs::read_to_string(corrections(file)).expect("fixture");
    let i = text
        .lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle} not in {file}"));
    u32::try_from(i + 1).expect("small")
}

#[test]
fn the_vmj_typo_is_corrected_and_the_openapi_document_accepts_vdj() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let page = shared
        .join("corpus/jdcloud-en/Virtual-Machines/Instance-Template/createInstanceTemplate.md");
    let plain = jdcloud_codegen::load(std::slice::from_ref(&page));
    let field = |l: &Loaded| {
        service(l, "vm")
            .shapes
            .iter()
            .find(|s| s.name == "InstanceTemplateDiskAttachmentSpec")
            .and_then(|s| s.fields.iter().find(|f| f.name == "deviceName"))
            .cloned()
            .expect("deviceName")
    };
    assert!(allowed(&field(&plain).constraints).contains(&"vmj".to_string()));

    let fixed = load_with(std::slice::from_ref(&page), &[corrections("vmj.toml")]);
    let values = allowed(&field(&fixed).constraints);
    assert!(values.contains(&"vdj".to_string()) && !values.contains(&"vmj".to_string()));
    let corrected = of_code(&fixed, Code::Corrected);
    assert_eq!(corrected.len(), 1);
    assert_eq!(corrected[0].line, line_of("vmj.toml", "[[field]]"));
    assert!(of_code(&fixed, Code::StaleCorrection).is_empty());

    // The OpenAPI schema accepts `vdj` and no longer `vmj`, and says why.
    let doc = openapi_json(service(&fixed, "vm"));
    let schema = &doc["components"]["schemas"]["InstanceTemplateDiskAttachmentSpec"]["properties"]
        ["deviceName"];
    let accepted: Vec<&str> = schema["enum"]
        .as_array()
        .expect("an enum")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(accepted.contains(&"vdj"), "{accepted:?}");
    assert!(!accepted.contains(&"vmj"), "{accepted:?}");
    let description = schema["description"].as_str().expect("description");
    let at = format!("vmj.toml:{}", line_of("vmj.toml", "[[field]]"));
    assert!(
        description.contains("Corrected") && description.contains(&at),
        "{description}"
    );

    // The Rust enum has the real value, and its field's docs say what was corrected.
    let files = generate_files(&fixed.api()).expect("generates");
    let models = text(&files, "jdcloud-sdk/src/vm/models.rs");
    assert!(models.contains("Vdj,") && !models.contains("Vmj,"));
    assert!(models.contains(&at), "the rustdoc names the correction");

    // Once the page is fixed, the correction is reported as stale, at its line.
    let bytes = std::fs::read(&page).expect("page");
    let fixed_page = String::from_utf8_lossy(&bytes).replace("vmj", "vdj");
    let toml = std::fs::read(corrections("vmj.toml")).expect("fixture");
    let later = load_sources_with(
        &[("createInstanceTemplate.md".into(), fixed_page.into_bytes())],
        &[("specs/corrections.toml".into(), toml)],
    );
    let stale = of_code(&later, Code::StaleCorrection);
    assert_eq!(stale.len(), 1, "{:?}", later.diagnostics);
    assert_eq!(stale[0].severity, Severity::Warning);
    assert_eq!(stale[0].file, "specs/corrections.toml");
    assert_eq!(stale[0].line, line_of("vmj.toml", "[[field]]"));
    assert!(
        stale[0].message.contains("changes nothing"),
        "{}",
        stale[0].message
    );
}

#[test]
fn every_kind_of_correction_applies() {
    let l = demo("all-kinds.toml");
    let errors: Vec<_> = l
        .diagnostics
        .iter()
        .filter(|d| d.severity != Severity::Info)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(of_code(&l, Code::Corrected).len(), 8);
    let svc = service(&l, "demo");
    let op = |id: &str| svc.operations.iter().find(|o| o.id == id);
    assert!(op("deleteWidget").is_none(), "left out");
    assert!(svc
        .description
        .as_deref()
        .is_some_and(|d| d.contains("`deleteWidget` is left out") && d.contains("every region")));
    let create = op("createWidget").expect("createWidget");
    let param = |name: &str| create.params.iter().find(|p| p.name == name).expect(name);
    assert!(param("note").required);
    assert!(param("note").doc.contains("Why: the service refuses"));
    let at = format!(
        "all-kinds.toml:{}",
        line_of("all-kinds.toml", "name = \"note\"") - 3
    );
    assert!(param("note").doc.contains(&at), "{}", param("note").doc);
    assert!(create.description.contains("parameter `note`: required"));
    let count = param("count");
    assert_eq!(count.ty, TypeRef::Long);
    assert_eq!(count.default.as_deref(), Some("2"));
    assert_eq!(count.location, ParamLocation::Query);
    assert_eq!(
        allowed(&param("color").constraints),
        ["red", "green", "blue", "black"]
    );
    let shape = |name: &str| svc.shapes.iter().find(|s| s.name == name).expect(name);
    let spec = shape("WidgetSpec");
    let shape_field = spec
        .fields
        .iter()
        .find(|f| f.name == "shape")
        .expect("shape");
    assert_eq!(allowed(&shape_field.constraints), ["round", "cube"]);
    assert_eq!(shape_field.rust_name.as_deref(), Some("form"));
    let size = spec.fields.iter().find(|f| f.name == "size").expect("size");
    assert!(size.required && size.ty == TypeRef::Long);
    assert_eq!(shape("Widget").rust_name.as_deref(), Some("Gadget"));
    let total = shape("DescribeWidgetsResult")
        .fields
        .iter()
        .find(|f| f.name == "totalCount");
    assert_eq!(total.map(|f| &f.ty), Some(&TypeRef::Long));

    // The Rust crate follows: renamed type and field, a new argument, no deleteWidget.
    let files = generate_files(&l.api()).expect("generates");
    let module = text(&files, "jdcloud-sdk/src/demo/mod.rs");
    let models = text(&files, "jdcloud-sdk/src/demo/models.rs");
    assert!(models.contains("pub struct Gadget"), "renamed model");
    assert!(!models.contains("pub struct Widget "));
    assert!(models.contains("pub form:") && models.contains("fn with_form("));
    assert!(models.contains("Cube,"));
    assert!(module.contains("note: impl ::std::convert::Into<::std::string::String>"));
    assert!(!module.contains("fn delete_widget("));
    assert!(
        module.contains(&at),
        "the operation's docs name the correction"
    );

    // The OpenAPI document follows too: `note` required, `count` in the query.
    let doc = openapi_json(svc);
    let post = &doc["paths"]["/regions/{regionId}/widgets"]["post"];
    let in_query: Vec<&str> = post["parameters"]
        .as_array()
        .expect("parameters")
        .iter()
        .filter(|p| p["in"] == "query")
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert_eq!(in_query, ["count"]);
    let required: Vec<&str> = doc["components"]["schemas"]["CreateWidgetRequest"]["required"]
        .as_array()
        .expect("required members")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(required, ["spec", "note"]);
    let doc_text = serde_json::to_string(&doc).expect("JSON");
    assert!(
        doc_text.contains(&at),
        "the OpenAPI description names the correction"
    );
}

#[test]
fn stale_corrections_are_warnings_at_their_lines() {
    let l = demo("stale.toml");
    let stale = of_code(&l, Code::StaleCorrection);
    let lines: Vec<u32> = stale.iter().map(|d| d.line).collect();
    let header = |needle: &str| line_of("stale.toml", needle) - 3;
    assert_eq!(
        lines,
        vec![
            header("name = \"spec\""),
            header("name = \"shape\""),
            header("name = \"count\""),
            line_of("stale.toml", "name = \"nosuch\"") - 1,
            header("name = \"pageSize\""),
        ],
        "{stale:#?}"
    );
    assert!(stale.iter().all(|d| d.severity == Severity::Warning));
    assert!(stale
        .iter()
        .all(|d| d.file.ends_with("corrections/stale.toml")));
    assert!(
        stale[0].message.contains("already required"),
        "{}",
        stale[0].message
    );
    assert!(stale[1].message.contains("have `square` and no `sqare`"));
    assert!(
        stale[2].message.contains("did you mean `createWidget`?"),
        "{}",
        stale[2].message
    );
    assert!(
        stale[4].message.contains("`default`"),
        "only the stale key: {}",
        stale[4].message
    );
    // The part of an entry that still changes something applies.
    let svc = service(&l, "demo");
    let list = svc
        .operations
        .iter()
        .find(|o| o.id == "describeWidgets")
        .expect("op");
    assert!(list
        .params
        .iter()
        .any(|p| p.name == "pageSize" && p.required));
}

#[test]
fn values_that_cannot_apply_are_errors_at_their_entries() {
    let l = demo("bad-values.toml");
    let errors: Vec<(u32, &str)> = l
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| (d.line, d.message.as_str()))
        .collect();
    let at = |needle: &str, back: u32| line_of("bad-values.toml", needle) - back;
    let lines: Vec<u32> = errors.iter().map(|e| e.0).collect();
    assert_eq!(
        lines,
        vec![
            at("type = \"Widgett\"", 4),
            at("location = \"path\"", 4),
            at("rust_name = \"WidgetSpec\"", 3)
        ],
        "{errors:#?}"
    );
    assert!(errors[0].1.contains("`Widgett` is no model"));
    assert!(errors[1].1.contains("has no `{note}`"));
    assert!(errors[2].1.contains("another model"));
    // A replacement that finds nothing is a warning; the good entry applies.
    assert_eq!(of_code(&l, Code::StaleCorrection).len(), 1);
    let svc = service(&l, "demo");
    let create = svc
        .operations
        .iter()
        .find(|o| o.id == "createWidget")
        .expect("op");
    assert!(create
        .params
        .iter()
        .any(|p| p.name == "count" && p.required));
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_jdcloud-codegen"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "jdcloud-codegen-corrections-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

#[test]
fn a_malformed_file_is_an_error_naming_its_line_and_strict_writes_nothing() {
    let out = scratch("malformed");
    let pages = fixtures().join("demo");
    let bad = corrections("malformed.toml");
    let strict = run(&[
        "generate",
        s(&pages),
        "--corrections",
        s(&bad),
        "--out",
        s(&out.join("gen")),
        "--strict",
        "--no-rustfmt",
    ]);
    assert_eq!(strict.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&strict.stderr);
    let line = line_of("malformed.toml", "requred");
    assert!(
        stderr.contains(&format!(
            "malformed.toml:{line}: error[malformed-corrections]"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("requred"), "{stderr}");
    assert!(
        !out.join("gen").exists(),
        "nothing is written under --strict"
    );
    let openapi = run(&[
        "openapi",
        s(&pages),
        "--corrections",
        s(&bad),
        "--out",
        s(&out.join("oa")),
        "--strict",
    ]);
    assert_eq!(openapi.status.code(), Some(1));
    assert!(!out.join("oa").exists());
    let parse = run(&["parse", s(&pages), "--corrections", s(&bad), "--strict"]);
    assert_eq!(parse.status.code(), Some(1));
    // Lenient: the pages are generated without the file's corrections.
    let lenient = run(&["parse", s(&pages), "--corrections", s(&bad)]);
    assert_eq!(lenient.status.code(), Some(0));
    // A corrections file that does not exist is a usage error.
    let missing = run(&[
        "parse",
        s(&pages),
        "--corrections",
        "/no/such/corrections.toml",
    ]);
    assert_eq!(missing.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn the_command_line_finds_corrections_toml_at_the_root_of_a_pages_folder() {
    let dir = scratch("found");
    let specs = dir.join("specs");
    std::fs::create_dir_all(specs.join("demo")).expect("folder");
    for entry in std::fs::read_dir(fixtures().join("demo")).expect("fixtures") {
        let path = entry.expect("entry").path();
        std::fs::copy(
            &path,
            specs.join("demo").join(path.file_name().expect("name")),
        )
        .expect("copy");
    }
    std::fs::copy(
        corrections("all-kinds.toml"),
        specs.join("corrections.toml"),
    )
    .expect("copy");
    let json = |args: &[&str]| -> Value {
        let out = run(args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("JSON")
    };
    let found = json(&["parse", s(&specs), "--format", "json"]);
    let ops = |v: &Value| -> Vec<String> {
        v["services"][0]["operations"]
            .as_array()
            .expect("operations")
            .iter()
            .filter_map(|o| o["id"].as_str().map(str::to_string))
            .collect()
    };
    assert_eq!(ops(&found), ["createWidget", "describeWidgets"]);
    let corrected = found["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["code"] == "corrected")
        .count();
    assert_eq!(corrected, 8);
    let corrections_file = format!("{}/corrections.toml", s(&specs));
    assert!(found["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .any(|d| d["file"] == corrections_file.as_str()));
    // A file named on the command line replaces the one found.
    let other = json(&[
        "parse",
        s(&specs),
        "--format",
        "json",
        "--corrections",
        s(&corrections("stale.toml")),
    ]);
    assert_eq!(
        ops(&other),
        ["createWidget", "deleteWidget", "describeWidgets"]
    );
    // Pages given as files find no corrections.
    let page = specs.join("demo/deleteWidget.md");
    let single = json(&["parse", s(&page), "--format", "json"]);
    assert_eq!(ops(&single), ["deleteWidget"]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_builder_takes_a_corrections_file() {
    let out = scratch("builder");
    let written = jdcloud_codegen::Builder::new()
        .specs(fixtures().join("demo"))
        .corrections(corrections("all-kinds.toml"))
        .out_dir(&out)
        .generate()
        .expect("generates");
    let code = std::fs::read_to_string(written).expect("written");
    assert!(code.contains("pub struct Gadget"));
    assert!(!code.contains("fn delete_widget("));
    let missing = jdcloud_codegen::Builder::new()
        .specs(fixtures().join("demo"))
        .corrections(out.join("nope.toml"))
        .out_dir(&out)
        .generate();
    assert!(matches!(
        missing,
        Err(jdcloud_codegen::BuildError::MissingCorrections(_))
    ));
    let strict = jdcloud_codegen::Builder::new()
        .specs(fixtures().join("demo"))
        .corrections(corrections("malformed.toml"))
        .out_dir(&out)
        .strict(true)
        .generate();
    assert!(matches!(
        strict,
        Err(jdcloud_codegen::BuildError::Diagnostics(_))
    ));
    let _ = std::fs::remove_dir_all(&out);
}
