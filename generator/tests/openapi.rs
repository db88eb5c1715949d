//! The OpenAPI exporter: snapshots of the seeds' documents, the checked-in documents kept
//! fresh, a round trip through the `openapiv3` crate, byte-identical re-export, the JD query
//! encoding on array query parameters, typed values and constraints, and per-operation servers.

mod common;

use std::collections::BTreeSet;

use jdcloud_codegen::diagnostics::Code;
use jdcloud_codegen::ir::{
    Constraint, ConstraintKind, Field, Operation, Param, ParamLocation, Response, Service, Shape,
    Source, TypeRef,
};
use jdcloud_codegen::openapi::{export, export_service, Document, Options, SpecVersion};
use jdcloud_codegen::{load_sources, Loaded};
use serde_json::{json, Value};

const SEEDS: [&str; 4] = ["coc-vm", "edcps", "jdfusion", "vm"];

/// The seed pages, as the checked-in documents are made: `specs/...` paths from the workspace
/// root.
fn load_specs() -> Loaded {
    load_sources(&common::seed_pages())
}

fn seed_docs(version: SpecVersion) -> Vec<Document> {
    export(&load_specs().services, &Options { version })
}

fn doc<'a>(docs: &'a [Document], service: &str) -> &'a Document {
    docs.iter()
        .find(|d| d.service == service)
        .unwrap_or_else(|| panic!("no document for {service}"))
}

/// Every operation object with its path and method.
fn operations(doc: &Value) -> Vec<(String, String, &Value)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("path item") {
            out.push((path.clone(), method.clone(), op));
        }
    }
    out
}

fn collect_refs<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x) {
                    ("$ref", Value::String(r)) => out.push(r),
                    // Example values are data, not schema.
                    ("example" | "examples" | "value", _) => {}
                    _ => collect_refs(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| collect_refs(x, out)),
        _ => {}
    }
}

/// Checks what every document must satisfy whatever its input.
fn assert_well_formed(d: &Document) {
    let j = &d.json;
    let schemas = j["components"]["schemas"].as_object().expect("schemas");
    let valid = |n: &str| {
        !n.is_empty()
            && n.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
    };
    let mut lower = BTreeSet::new();
    for name in schemas.keys() {
        assert!(valid(name), "{}: invalid component name {name}", d.service);
        assert!(
            lower.insert(name.to_ascii_lowercase()),
            "{}: component names clash ignoring case: {name}",
            d.service
        );
    }
    let mut refs = Vec::new();
    collect_refs(j, &mut refs);
    for r in refs {
        let name = r
            .strip_prefix("#/components/schemas/")
            .unwrap_or_else(|| panic!("{}: unexpected $ref {r}", d.service));
        assert!(
            schemas.contains_key(name),
            "{}: dangling $ref {r}",
            d.service
        );
    }
    let mut ids = BTreeSet::new();
    for (path, method, op) in operations(j) {
        let id = op["operationId"].as_str().expect("operationId");
        assert!(ids.insert(id.to_owned()), "duplicate operationId {id}");
        let responses = op["responses"].as_object().expect("responses");
        assert!(
            !responses.contains_key("default"),
            "{method} {path}: a default response"
        );
        let success: Vec<&String> = responses.keys().filter(|c| c.starts_with('2')).collect();
        assert_eq!(success.len(), 1, "{method} {path}: one success response");
        for (code, r) in responses {
            if code.starts_with('4') || code.starts_with('5') {
                assert_eq!(
                    r["content"]["application/json"]["schema"]["$ref"],
                    "#/components/schemas/ErrorResponse",
                    "{method} {path} {code}: errors share one schema"
                );
            }
        }
        assert!(op["x-jdcloud-source"].is_string());
        if let Some(body) = op.get("requestBody") {
            let schema = &body["content"]["application/json"]["schema"];
            let Some(r) = schema["$ref"].as_str() else {
                // Operations without body parameters still accept the `{}` clients send.
                assert_eq!(schema, &json!({"type": "object"}), "{method} {path}");
                assert_eq!(body["required"], false, "{method} {path}");
                continue;
            };
            let schema = &schemas[r.rsplit('/').next().unwrap()];
            if let Some(req) = schema.get("required") {
                assert!(
                    !req.as_array().unwrap().is_empty(),
                    "an empty required list"
                );
            }
        }
    }
    assert_eq!(
        j["components"]["securitySchemes"]["jdcloudSignature"]["type"],
        "apiKey"
    );
    assert_eq!(j["security"], json!([{ "jdcloudSignature": [] }]));
}

#[test]
fn seed_documents_snapshot() {
    for d in seed_docs(SpecVersion::V3_0) {
        assert_well_formed(&d);
        // The only findings: vm's createInstances page shows request examples written for
        // another version of the API (`InstanceSpec`, `ImageId`), left out of the document.
        for diagnostic in &d.diagnostics {
            assert_eq!(diagnostic.code, Code::ExampleMismatch, "{diagnostic}");
            assert_eq!(
                diagnostic.file, "specs/vm/zh/seed/createInstances.md",
                "{diagnostic}"
            );
            assert!(
                diagnostic.message.contains("`instanceSpec`"),
                "{diagnostic}"
            );
        }
        insta::assert_json_snapshot!(format!("openapi-{}", d.service), d.json);
    }
}

#[test]
fn seed_documents_3_1_are_well_formed() {
    for d in seed_docs(SpecVersion::V3_1) {
        assert_eq!(d.json["openapi"], "3.1.0");
        assert_well_formed(&d);
    }
}

#[test]
fn checked_in_documents_are_fresh() {
    let root = common::workspace_root();
    let dir = root.join("generated/openapi");
    // As `generate specs` makes them: with the corrections file of specs/.
    let corrections = vec![(
        "specs/corrections.toml".to_string(),
        std::fs::read(root.join("specs/corrections.toml")).expect("specs/corrections.toml"),
    )];
    let loaded = jdcloud_codegen::load_sources_with(
        &common::read_tree(&root.join("specs"), &root),
        &corrections,
    );
    let docs = export(&loaded.services, &Options::default());
    let names: Vec<String> = docs.iter().map(Document::file_name).collect();
    for seed in SEEDS {
        assert!(names.contains(&format!("{seed}.json")), "{names:?}");
    }
    for d in &docs {
        let path = dir.join(d.file_name());
        let on_disk = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            on_disk == d.to_bytes(),
            "{} is stale: run `cargo run -p jdcloud-codegen -- openapi specs --out generated/openapi`",
            path.display()
        );
    }
}

#[test]
fn export_is_byte_identical() {
    let a: Vec<Vec<u8>> = seed_docs(SpecVersion::V3_0)
        .iter()
        .map(Document::to_bytes)
        .collect();
    let b: Vec<Vec<u8>> = seed_docs(SpecVersion::V3_0)
        .iter()
        .map(Document::to_bytes)
        .collect();
    assert_eq!(a, b);
    assert!(a.iter().all(|bytes| bytes.ends_with(b"}\n")));
}

/// Operations and schemas as `openapiv3` reads them.
fn openapiv3_counts(api: &openapiv3::OpenAPI) -> (BTreeSet<String>, BTreeSet<String>) {
    let ops = api
        .operations()
        .map(|(path, method, op)| {
            format!(
                "{method} {path} {}",
                op.operation_id.as_deref().unwrap_or("")
            )
        })
        .collect();
    let schemas = api
        .components
        .as_ref()
        .map(|c| c.schemas.keys().cloned().collect())
        .unwrap_or_default();
    (ops, schemas)
}

fn assert_round_trips(d: &Document) {
    let api: openapiv3::OpenAPI =
        serde_json::from_slice(&d.to_bytes()).unwrap_or_else(|e| panic!("{}: {e}", d.service));
    let (ops, schemas) = openapiv3_counts(&api);
    assert_eq!(ops.len(), d.operation_count(), "{}: operations", d.service);
    assert_eq!(schemas.len(), d.schema_count(), "{}: schemas", d.service);
    let again: openapiv3::OpenAPI =
        serde_json::from_value(serde_json::to_value(&api).expect("serialize")).expect("re-read");
    assert_eq!(openapiv3_counts(&again), (ops, schemas), "{}", d.service);
    assert_eq!(again.operations().count(), d.operation_count());
}

#[test]
fn documents_round_trip_through_openapiv3() {
    for d in seed_docs(SpecVersion::V3_0) {
        assert_round_trips(&d);
    }
}

#[test]
fn corpus_documents_round_trip_and_are_well_formed() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    for corpus in ["jdcloud-en", "jdcloud-cn"] {
        let dir = shared.join("corpus").join(corpus);
        let loaded = load_sources(&common::read_tree(&dir, &shared));
        let docs = export(&loaded.services, &Options::default());
        assert!(docs.len() > 10, "{corpus}: {} documents", docs.len());
        for d in &docs {
            assert_well_formed(d);
            assert_round_trips(d);
        }
    }
}

#[test]
fn seed_facts() {
    let docs = seed_docs(SpecVersion::V3_0);
    let vm = &doc(&docs, "vm").json;
    assert_eq!(vm["servers"][0]["url"], "https://vm.jdcloud-api.com/v1");
    assert_eq!(vm["info"]["title"], "VM");
    let op = &vm["paths"]["/regions/{regionId}/instances"]["post"];
    assert_eq!(op["operationId"], "createInstances");
    assert_eq!(
        op["x-jdcloud-source"],
        "specs/vm/zh/seed/createInstances.md:1"
    );
    let body = &vm["components"]["schemas"]["CreateInstancesRequest"];
    assert_eq!(body["required"], json!(["instanceSpec"]));
    let props: Vec<&String> = body["properties"].as_object().unwrap().keys().collect();
    assert_eq!(props, ["instanceSpec", "maxCount", "clientToken"]);
    assert_eq!(body["properties"]["maxCount"]["example"], json!(10));
    // The page's request examples use `InstanceSpec` for `instanceSpec`: left out, reported.
    assert!(op["requestBody"]["content"]["application/json"]["examples"].is_null());
    assert_eq!(doc(&docs, "vm").diagnostics.len(), 3);
    assert!(op["responses"]["200"]["content"]["application/json"]["examples"].is_object());
    let codes = op["x-jdcloud-error-codes"].as_array().unwrap();
    assert!(codes
        .iter()
        .any(|c| c["status"] == 400 && c["code"] == "INVALID_ARGUMENT"));
    let envelope = &vm["components"]["schemas"]["CreateInstancesResponse"]["properties"];
    assert_eq!(envelope["requestId"]["type"], "string");
    assert_eq!(
        envelope["result"]["allOf"][0]["$ref"],
        "#/components/schemas/CreateInstancesResult"
    );

    // jdfusion: a 201 success code and a header parameter.
    let jf = &doc(&docs, "jdfusion").json;
    let op = &jf["paths"]["/regions/{regionId}/vm_instances"]["post"];
    assert!(op["responses"]["201"].is_object());
    assert!(op["responses"].get("200").is_none());
    let header = op["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["in"] == "header")
        .expect("a header parameter");
    assert_eq!(header["name"], "x-jdcloud-fusion-cloudid");
    assert_eq!(header["required"], true);

    // edcps: the page's PUT is kept.
    let ed = &doc(&docs, "edcps").json;
    assert!(ed["paths"]["/regions/{regionId}/instances"]["put"].is_object());
}

/// A GET page with an array-of-objects and a scalar-array query parameter.
const QUERY_PAGE: &str = "# describeThings

## Description
Lists things.

## Request method
GET

## Request address
https://demo.jdcloud-api.com/v1/regions/{regionId}/things

|Name|Type|Required or not|Default value|Description|
|---|---|---|---|---|
|**regionId**|String|True||Region ID|

## Request parameter
|Name|Type|Required or not|Default value|Description|
|---|---|---|---|---|
|**filters**|Filter[]|False||Filters|
|**thingIds**|String[]|False||Thing IDs|
|**pageSize**|Integer|False|20|Page size|
|**verbose**|Boolean|False|True|Say more|

### Filter
|Name|Type|Required or not|Default value|Description|
|---|---|---|---|---|
|**name**|String|True||Filter name|
|**values**|String[]|True||Filter values|

## Return parameter
|Name|Type|Description|
|---|---|---|
|**requestId**|String|Request ID|
|**total**|Integer|How many|

## Return code
|Return code|Description|
|---|---|
|200|OK|
|404|Not found|
";

fn query_param<'a>(op: &'a Value, name: &str) -> &'a Value {
    op["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("no parameter {name}"))
}

#[test]
fn array_query_parameters_carry_the_jd_encoding() {
    let loaded = load_sources(&[(
        "pages/demo/describeThings.md".to_owned(),
        QUERY_PAGE.as_bytes().to_vec(),
    )]);
    let docs = export(&loaded.services, &Options::default());
    let d = doc(&docs, "demo");
    assert_well_formed(d);
    let op = &d.json["paths"]["/regions/{regionId}/things"]["get"];
    let filters = query_param(op, "filters");
    assert_eq!(filters["in"], "query");
    assert_eq!(filters["x-jdcloud-query-encoding"], "indexed");
    assert_eq!(filters["style"], "form");
    assert_eq!(filters["explode"], true);
    assert_eq!(filters["schema"]["type"], "array");
    assert_eq!(
        filters["schema"]["items"]["$ref"],
        "#/components/schemas/Filter"
    );
    let ids = query_param(op, "thingIds");
    assert_eq!(ids["x-jdcloud-query-encoding"], "indexed");
    assert_eq!(ids["schema"]["items"]["type"], "string");
    let size = query_param(op, "pageSize");
    assert!(size.get("x-jdcloud-query-encoding").is_none());
    assert_eq!(size["schema"]["default"], json!(20));
    assert_eq!(query_param(op, "verbose")["schema"]["default"], json!(true));
    assert!(op.get("requestBody").is_none());
    // The members of `result` listed at the top level become a result component.
    let result = &d.json["components"]["schemas"]["DescribeThingsResult"];
    assert_eq!(result["properties"]["total"]["type"], "integer");
    assert!(op["responses"]["404"].is_object());
}

#[test]
fn corpus_describe_instances_filters() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let page = shared.join("corpus/jdcloud-en/Virtual-Machines/VM/describeInstances.md");
    let bytes = std::fs::read(&page).expect("describeInstances.md");
    let loaded = load_sources(&[("describeInstances.md".to_owned(), bytes)]);
    let docs = export(&loaded.services, &Options::default());
    let op = &doc(&docs, "vm").json["paths"]["/regions/{regionId}/instances"]["get"];
    assert_eq!(op["operationId"], "describeInstances");
    let filters = query_param(op, "filters");
    assert_eq!(filters["x-jdcloud-query-encoding"], "indexed");
    assert_eq!(
        filters["schema"]["items"]["$ref"],
        "#/components/schemas/Filter"
    );
}

// ---- typed values, constraints and servers, on a model built by hand -------------------

fn src() -> Source {
    Source::new("hand.md", 1)
}

fn param(name: &str, ty: TypeRef, constraints: Vec<ConstraintKind>) -> Param {
    Param {
        name: name.into(),
        location: ParamLocation::Body,
        ty,
        type_text: String::new(),
        required: false,
        default: None,
        example: None,
        constraints: constraints
            .into_iter()
            .map(|kind| Constraint {
                kind,
                text: "as the page says".into(),
            })
            .collect(),
        doc: String::new(),
        doc_zh: None,
        source: src(),
        also_documented_at: Vec::new(),
    }
}

fn operation(id: &str, method: &str, path: &str, version: &str, params: Vec<Param>) -> Operation {
    Operation {
        id: id.into(),
        method: jdcloud_codegen::ir::HttpMethod::parse(method).expect("an HTTP method"),
        host: "demo.jdcloud-api.com".into(),
        version: version.into(),
        path: path.into(),
        summary: String::new(),
        description: String::new(),
        description_zh: None,
        params,
        response: Response::default(),
        errors: Vec::new(),
        examples: Vec::new(),
        source: src(),
        traits: Default::default(),
        duplicates: Vec::new(),
        candidates: Vec::new(),
        disagreements: Vec::new(),
    }
}

fn service(operations: Vec<Operation>, shapes: Vec<Shape>) -> Service {
    Service {
        name: "demo".into(),
        host: "demo.jdcloud-api.com".into(),
        version: "v1".into(),
        title: None,
        description: None,
        catalog: Vec::new(),
        operations,
        shapes,
        source: None,
    }
}

fn hand_made() -> Service {
    let mut enabled = param("enabled", TypeRef::Boolean, vec![]);
    enabled.default = Some("True".into());
    enabled.example = Some("maybe".into());
    let mut count = param(
        "count",
        TypeRef::Integer,
        vec![ConstraintKind::Range {
            min: Some(0.0),
            max: Some(100.0),
            exclusive_min: true,
            exclusive_max: false,
        }],
    );
    count.default = Some("10".into());
    count.required = true;
    let mode = param(
        "mode",
        TypeRef::String,
        vec![
            ConstraintKind::AllowedValues {
                values: vec!["fast".into(), "slow".into()],
            },
            ConstraintKind::MaxLength { value: 8 },
            ConstraintKind::Default {
                value: "fast".into(),
            },
        ],
    );
    let mut mode = mode;
    mode.example = Some("medium".into());
    let mut limit = param(
        "limit",
        TypeRef::Integer,
        vec![ConstraintKind::Range {
            min: Some(1.0),
            max: Some(10.0),
            exclusive_min: false,
            exclusive_max: false,
        }],
    );
    limit.default = Some("20".into());
    limit.example = Some("5".into());
    let sizes = param(
        "sizes",
        TypeRef::Array(Box::new(TypeRef::Integer)),
        vec![
            ConstraintKind::MaxItems { value: 5 },
            ConstraintKind::AllowedValues {
                values: vec!["1".into(), "two".into(), "3".into()],
            },
        ],
    );
    let weird = param(
        "weird",
        TypeRef::Long,
        vec![ConstraintKind::AllowedValues {
            values: vec!["x".into()],
        }],
    );
    let shape = Shape {
        name: "Thing".into(),
        fields: vec![Field {
            name: "size".into(),
            ty: TypeRef::Double,
            type_text: "Double".into(),
            required: true,
            default: Some("1.5".into()),
            example: Some("2.5".into()),
            constraints: Vec::new(),
            doc: "Size".into(),
            doc_zh: None,
            source: src(),
            also_documented_at: Vec::new(),
            rust_name: None,
        }],
        doc: String::new(),
        source: src(),
        also_defined_at: Vec::new(),
        disagreements: Vec::new(),
        rust_name: None,
    };
    let thing = param("thing", TypeRef::Named("Thing".into()), vec![]);
    let ops = vec![
        operation(
            "setThings",
            "POST",
            "/things",
            "v1",
            vec![enabled, count, mode, limit, sizes, weird, thing],
        ),
        // Another version on the same path and method: moved to a versioned path.
        operation("setThingsV2", "POST", "/things", "v2", vec![]),
        // Another version on a free path: its own server.
        operation("getStats", "GET", "/stats", "v2", vec![]),
    ];
    service(ops, vec![shape])
}

#[test]
fn values_are_typed_and_constraints_mapped() {
    let d = export_service(&hand_made(), &Options::default());
    assert_well_formed(&d);
    let body = &d.json["components"]["schemas"]["SetThingsRequest"];
    let p = &body["properties"];
    assert_eq!(p["enabled"]["default"], json!(true));
    assert!(
        p["enabled"].get("example").is_none(),
        "`maybe` is no boolean"
    );
    assert_eq!(p["count"]["default"], json!(10));
    assert_eq!(p["count"]["minimum"], json!(0));
    assert_eq!(p["count"]["exclusiveMinimum"], json!(true));
    assert_eq!(p["count"]["maximum"], json!(100));
    assert_eq!(p["mode"]["enum"], json!(["fast", "slow"]));
    assert_eq!(p["mode"]["maxLength"], json!(8));
    assert_eq!(p["mode"]["default"], json!("fast"));
    assert!(
        p["mode"].get("example").is_none(),
        "`medium` is not allowed"
    );
    assert!(p["limit"].get("default").is_none(), "20 is out of range");
    assert_eq!(p["limit"]["example"], json!(5));
    assert_eq!(p["sizes"]["maxItems"], json!(5));
    assert_eq!(p["sizes"]["items"]["enum"], json!([1, 3]));
    assert!(p["weird"].get("enum").is_none());
    assert_eq!(p["weird"]["format"], "int64");
    assert_eq!(body["required"], json!(["count"]));
    assert_eq!(p["thing"]["$ref"], "#/components/schemas/Thing");
    let thing = &d.json["components"]["schemas"]["Thing"];
    assert_eq!(thing["properties"]["size"]["default"], json!(1.5));
    assert_eq!(thing["properties"]["size"]["example"], json!(2.5));
    assert_eq!(thing["required"], json!(["size"]));
    assert_eq!(thing["x-jdcloud-source"], "hand.md:1");

    let d31 = export_service(
        &hand_made(),
        &Options {
            version: SpecVersion::V3_1,
        },
    );
    let p = &d31.json["components"]["schemas"]["SetThingsRequest"]["properties"];
    assert_eq!(p["count"]["exclusiveMinimum"], json!(0));
    assert!(p["count"].get("minimum").is_none());
    let size = &d31.json["components"]["schemas"]["Thing"]["properties"]["size"];
    assert_eq!(size["examples"], json!([2.5]));
}

#[test]
fn other_versions_get_their_own_server() {
    let d = export_service(&hand_made(), &Options::default());
    let paths = &d.json["paths"];
    assert_eq!(
        d.json["servers"][0]["url"],
        "https://demo.jdcloud-api.com/v1"
    );
    assert!(paths["/things"]["post"]["servers"].is_null());
    let stats = &paths["/stats"]["get"];
    assert_eq!(
        stats["servers"][0]["url"],
        "https://demo.jdcloud-api.com/v2"
    );
    let moved = &paths["/v2/things"]["post"];
    assert_eq!(moved["operationId"], "setThingsV2");
    assert_eq!(moved["servers"][0]["url"], "https://demo.jdcloud-api.com");
}

#[test]
fn region_in_the_host_is_a_server_variable() {
    let mut svc = service(
        vec![operation("putData", "POST", "/data", "v1", vec![])],
        vec![],
    );
    svc.host = "demo.{regionId}.jdcloud-api.com".into();
    svc.operations[0].host = svc.host.clone();
    let d = export_service(&svc, &Options::default());
    let server = &d.json["servers"][0];
    assert_eq!(server["url"], "https://demo.{regionId}.jdcloud-api.com/v1");
    assert_eq!(server["variables"]["regionId"]["default"], "cn-north-1");
}
