//! The merge of the pages that document one operation or one model (`resolve`): precedence,
//! facts, docs per language, disagreements, candidates, the report, and independence from the
//! order the pages come in.

use std::path::PathBuf;

use jdcloud_codegen::diagnostics::{Code, Diagnostic, Diagnostics, Severity};
use jdcloud_codegen::ir::{Api, Operation, ParamLocation, TypeRef};
use jdcloud_codegen::resolve::report;
use jdcloud_codegen::{load_sources, Loaded};

const EN: &str = "describe-thing-en.md";
const ZH: &str = "describe-thing-zh.md";

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/merge")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn load(names: &[&str]) -> Loaded {
    let sources: Vec<(String, Vec<u8>)> =
        names.iter().map(|n| (n.to_string(), fixture(n))).collect();
    load_sources(&sources)
}

fn operation<'a>(l: &'a Loaded, id: &str) -> &'a Operation {
    l.services
        .iter()
        .flat_map(|s| &s.operations)
        .find(|o| o.id == id)
        .unwrap_or_else(|| panic!("no operation {id}"))
}

fn line_of(name: &str, needle: &str) -> u32 {
    let text = String::from_utf8(fixture(name)).expect("UTF-8");
    let i = text
        .lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{name}: no line with {needle:?}"));
    u32::try_from(i + 1).expect("small")
}

fn find<'a>(l: &'a Loaded, code: Code, file: &str, line: u32) -> Vec<&'a Diagnostic> {
    l.diagnostics
        .iter()
        .filter(|d| d.code == code && d.file == file && d.line == line)
        .collect()
}

#[test]
fn the_newer_generation_decides_and_every_parameter_is_kept() {
    let l = load(&[EN, ZH]);
    let op = operation(&l, "describeThing");
    // The Chinese page has the newest layout (an example column, 是/否 flags).
    assert_eq!(op.source.file, ZH);
    assert_eq!(op.duplicates.len(), 1);
    assert_eq!(op.duplicates[0].file, EN);
    let names: Vec<&str> = op.params.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["regionId", "pageSize", "tag", "name"]);

    let size = &op.params[1];
    assert_eq!(size.ty, TypeRef::Long, "the newer page's type");
    assert!(size.required, "the newer page's required flag");
    assert_eq!(
        size.default.as_deref(),
        Some("20"),
        "the page that states one"
    );
    assert_eq!(size.doc, "Page size. Value range: small, large");
    assert_eq!(size.doc_zh.as_deref(), Some("每页数量"));
    assert_eq!(size.source.file, ZH);
    assert_eq!(size.also_documented_at.len(), 1);
    assert_eq!(size.also_documented_at[0].file, EN);

    let name = &op.params[3];
    assert!(
        name.required,
        "a parameter only one page documents is kept as it says"
    );
    assert_eq!(name.location, ParamLocation::Query);
    assert_eq!(name.doc_zh, None);

    assert_eq!(op.description, "Query the things of a region.");
    assert_eq!(op.description_zh.as_deref(), Some("查询地域下的物品。"));
    assert_eq!(op.summary, "Query the things of a region.");
    let codes: Vec<Option<u16>> = op.errors.iter().map(|e| e.http_status).collect();
    assert_eq!(codes, [Some(200), Some(404)]);
}

#[test]
fn models_are_merged_field_by_field() {
    let l = load(&[EN, ZH]);
    let svc = &l.services[0];
    let thing = svc
        .shapes
        .iter()
        .find(|s| s.name == "Thing")
        .expect("Thing");
    let fields: Vec<&str> = thing.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(fields, ["id", "color", "size"]);
    assert_eq!(thing.fields[0].doc, "Thing ID");
    assert_eq!(thing.fields[0].doc_zh.as_deref(), Some("物品ID"));
    assert_eq!(thing.also_defined_at.len(), 1);
    // Each page leaves out a field the other has: reported, kept.
    for (file, field) in [(EN, "color"), (ZH, "size")] {
        let line = line_of(file, "### Thing");
        let found = find(&l, Code::IncompletePage, file, line);
        assert!(
            found
                .iter()
                .any(|d| d.message.contains(&format!("field `{field}`"))),
            "{found:?}"
        );
    }
}

#[test]
fn every_disagreement_is_kept_and_reported_with_both_pages() {
    let l = load(&[EN, ZH]);
    let op = operation(&l, "describeThing");
    let facts: Vec<&str> = op.disagreements.iter().map(|d| d.fact.as_str()).collect();
    for fact in [
        "parameter `pageSize`: type",
        "parameter `pageSize`: required",
        "parameter `name`",
        "parameter `tag`",
        "return code `404`",
    ] {
        assert!(facts.contains(&fact), "{fact} not in {facts:?}");
    }
    let required = op
        .disagreements
        .iter()
        .find(|d| d.fact == "parameter `pageSize`: required")
        .expect("required");
    assert_eq!(required.claims[0].value, "required");
    assert_eq!(required.claims[0].source.file, ZH);
    assert_eq!(required.claims[1].value, "optional");

    let at = line_of(EN, "**pageSize**");
    let conflicts = find(&l, Code::OperationConflict, EN, at);
    assert_eq!(conflicts.len(), 2, "{conflicts:?}");
    for d in conflicts {
        assert_eq!(d.severity, Severity::Warning);
        assert!(d.message.contains(ZH), "names the page used: {}", d.message);
        assert!(d.message.contains("newer doc generation"), "{}", d.message);
    }
    let merged = find(&l, Code::DuplicateOperation, EN, 1);
    assert_eq!(merged.len(), 1);
    assert_eq!(merged[0].severity, Severity::Warning);
    let omitted = find(&l, Code::IncompletePage, ZH, 1);
    assert!(
        omitted
            .iter()
            .any(|d| d.message.contains("parameter `name`")),
        "{omitted:?}"
    );
}

#[test]
fn pages_that_cannot_be_one_operation_stay_candidates() {
    let l = load(&["create-thing-post.md", "create-thing-put.md"]);
    let ops: Vec<&Operation> = l.services.iter().flat_map(|s| &s.operations).collect();
    assert_eq!(ops.len(), 1);
    let op = ops[0];
    assert!(op.duplicates.is_empty());
    assert_eq!(op.candidates.len(), 1);
    let (kept, other) = if op.source.file == "create-thing-post.md" {
        ("create-thing-post.md", "create-thing-put.md")
    } else {
        ("create-thing-put.md", "create-thing-post.md")
    };
    assert_eq!(op.candidates[0].file, other);
    let d = find(&l, Code::OperationCandidate, other, 1);
    assert_eq!(d.len(), 1);
    assert!(d[0].message.contains(kept), "{}", d[0].message);
}

#[test]
fn the_report_lists_what_the_pages_disagree_on() {
    let l = load(&[EN, ZH, "create-thing-post.md", "create-thing-put.md"]);
    let r = report::build(&l.services, Some("thing"));
    assert_eq!(r.services.len(), 1);
    let s = &r.services[0];
    assert_eq!(s.merged_operations, 1);
    let op = s
        .nodes
        .iter()
        .find(|n| n.kind == "operation" && n.name == "describeThing")
        .expect("node");
    assert_eq!(op.pages.len(), 2);
    assert_eq!(op.pages[0].file, ZH, "the page used first");
    assert!(s.nodes.iter().any(|n| n.candidates.len() == 1));
    let text = r.to_text();
    assert!(
        text.contains("parameter `pageSize`: required: used `required`"),
        "{text}"
    );
    assert!(
        text.contains("parameter `name`: documented at describe-thing-en.md"),
        "{text}"
    );
    let json = serde_json::to_value(&r).expect("JSON");
    assert_eq!(json["services"][0]["name"], "thing");
    assert!(report::build(&l.services, Some("nothing"))
        .services
        .is_empty());
}

#[test]
fn both_languages_reach_the_openapi_descriptions() {
    let l = load(&[EN, ZH]);
    let docs = jdcloud_codegen::openapi::export(&l.services, &Default::default());
    let doc = &docs[0].json;
    let op = &doc["paths"]["/regions/{regionId}/things"]["get"];
    assert_eq!(
        op["description"],
        "Query the things of a region.\n\n**中文**\n\n查询地域下的物品。"
    );
    let size = op["parameters"]
        .as_array()
        .expect("parameters")
        .iter()
        .find(|p| p["name"] == "pageSize")
        .expect("pageSize");
    assert_eq!(
        size["description"],
        "Page size. Value range: small, large\n\n**中文**\n\n每页数量"
    );
    let name = op["parameters"]
        .as_array()
        .expect("parameters")
        .iter()
        .find(|p| p["name"] == "name")
        .expect("name");
    assert_eq!(name["description"], "Name of the thing, **exactly**");
}

/// A status the first page details by error code replaces another page's bare row for it; a
/// status only another page documents is kept.
#[test]
fn return_codes_are_united_by_status() {
    let page = |codes: &str| {
        format!(
            "# deleteThing\n\n## Description\nDelete a thing.\n\n## Request Method\nDELETE\n\n## Request Address\nhttps://thing.jdcloud-api.com/v1/things/{{id}}\n\n|Name|Type|Required or Not|Default Value|Description|\n|---|---|---|---|---|\n|**id**|String|True| |ID|\n\n## Return Code\n{codes}"
        )
        .into_bytes()
    };
    let coded = page(
        "|HTTP status|Error code|Description|\n|---|---|---|\n|**400**|INVALID_ARGUMENT|Bad id|\n|**400**|OUT_OF_RANGE|Too big|\n",
    );
    let bare = page(
        "|Return Code|Description|\n|---|---|\n|**400**|Invalid parameter|\n|**404**|Not found|\n",
    );
    let l = load_sources(&[("a.md".into(), bare), ("b.md".into(), coded)]);
    let op = operation(&l, "deleteThing");
    assert_eq!(
        op.source.file, "b.md",
        "the error-code column marks the newer page"
    );
    let codes: Vec<(Option<u16>, Option<&str>)> = op
        .errors
        .iter()
        .map(|e| (e.http_status, e.code.as_deref()))
        .collect();
    assert_eq!(
        codes,
        [
            (Some(400), Some("INVALID_ARGUMENT")),
            (Some(400), Some("OUT_OF_RANGE")),
            (Some(404), None)
        ]
    );
    let omitted = find(&l, Code::IncompletePage, "b.md", 1);
    assert!(
        omitted
            .iter()
            .any(|d| d.message.contains("return code `404`")),
        "{omitted:?}"
    );
    assert!(!l
        .diagnostics
        .iter()
        .any(|d| d.message.contains("return code `400`")));
}

/// The pages' order, and which file name sorts first, change nothing but the file names.
#[test]
fn the_merge_does_not_depend_on_the_order_of_the_pages() {
    let parse = |names: &[(&str, &str)]| -> (Api, Vec<Diagnostic>) {
        let mut diags = Diagnostics::default();
        let pages = names
            .iter()
            .map(|(shown, fixture_name)| {
                jdcloud_codegen::parse::parse_bytes(shown, &fixture(fixture_name), &mut diags)
            })
            .collect();
        let api = jdcloud_codegen::resolve::resolve(pages, &mut diags);
        (api, diags.into_sorted())
    };
    let forward = parse(&[("a.md", EN), ("b.md", ZH)]);
    let backward = parse(&[("b.md", ZH), ("a.md", EN)]);
    assert_eq!(forward, backward);
    // Path order is the last tie-break: the newer layout wins wherever its file sorts.
    let swapped = parse(&[("b.md", EN), ("a.md", ZH)]);
    let lead = |api: &Api| api.services[0].operations[0].params[1].ty.clone();
    assert_eq!(lead(&forward.0), TypeRef::Long);
    assert_eq!(lead(&swapped.0), TypeRef::Long);
    let rename = |s: String| {
        s.replace("a.md", "X")
            .replace("b.md", "a.md")
            .replace('X', "b.md")
    };
    let json = |api: &Api| serde_json::to_string(api).expect("JSON");
    assert_eq!(rename(json(&forward.0)), json(&swapped.0));
}

/// Merging stays linear in what is merged: two pages of one operation with many parameters,
/// and many pages defining one model differently (10x the input, at most ~30x the time; a
/// quadratic pass would take 100x).
#[test]
fn merging_scales_linearly() {
    fn twin_pages(params: usize) -> Vec<(String, Vec<u8>)> {
        (0..2)
            .map(|p| {
                let mut page = String::from(
                    "# describeMany\n\n## Request Method\nGET\n\n## Request Address\nhttps://many.jdcloud-api.com/v1/many\n\n## Request Parameter\n|Name|Type|Required or Not|Default Value|Description|\n|---|---|---|---|---|\n",
                );
                for i in 0..params {
                    // Every other parameter only on one page; the rest differ in type.
                    if i % 2 == 0 || p == 0 {
                        let ty = if p == 0 { "String" } else { "Integer" };
                        page.push_str(&format!("|**p{i}**|{ty}|False| |p {i}|\n"));
                    }
                }
                (format!("many-{p}.md"), page.into_bytes())
            })
            .collect()
    }
    fn model_pages(pages: usize) -> Vec<(String, Vec<u8>)> {
        (0..pages)
            .map(|p| {
                let ty = if p % 2 == 0 { "String" } else { "Integer" };
                let page = format!(
                    "# op{p}\n\n## Request Method\nPOST\n\n## Request Address\nhttps://many.jdcloud-api.com/v1/op{p}\n\n## Request Parameter\n|Name|Type|Required or Not|Default Value|Description|\n|---|---|---|---|---|\n|**spec**|Spec|True| |spec|\n\n### Spec\n|Name|Type|Required or Not|Description|\n|---|---|---|---|\n|**a**|{ty}|True|a|\n|**f{p}**|String|False|only here|\n"
                );
                (format!("op{p}.md"), page.into_bytes())
            })
            .collect()
    }
    let time = |sources: Vec<(String, Vec<u8>)>| {
        let start = std::time::Instant::now();
        let loaded = load_sources(&sources);
        assert!(!loaded.services.is_empty());
        start.elapsed()
    };
    for (what, small, big) in [
        (
            "2 pages of 1,000 → 10,000 parameters",
            time(twin_pages(1_000)),
            time(twin_pages(10_000)),
        ),
        (
            "100 → 1,000 pages of one model",
            time(model_pages(100)),
            time(model_pages(1_000)),
        ),
    ] {
        eprintln!("{what}: {small:.2?} → {big:.2?}");
        assert!(
            big < small * 30 + std::time::Duration::from_millis(300),
            "{what} is not linear: {small:?} → {big:?}"
        );
    }
}
