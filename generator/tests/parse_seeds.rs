//! Snapshots of the model read from each seed page in `specs/`, plus the facts about each
//! seed that matter most, asserted directly so a snapshot update cannot hide them.

mod common;

use jdcloud_codegen::ir::{ExampleKind, ParamLocation, TypeRef};
use jdcloud_codegen::{load_sources, Loaded};

/// The seed pages of one service (`specs/<service>/<lang>/seed/`).
fn load_spec(service: &str) -> Loaded {
    let mut sources = common::seed_pages();
    sources.retain(|(path, _)| path.starts_with(&format!("specs/{service}/")));
    load_sources(&sources)
}

fn snapshot(service: &str) -> Loaded {
    let loaded = load_spec(service);
    insta::assert_json_snapshot!(format!("ir-{service}"), loaded);
    loaded
}

#[test]
fn jdfusion_create_vm_instance() {
    let loaded = snapshot("jdfusion");
    let op = &loaded.services[0].operations[0];
    assert_eq!(op.id, "createVmInstance");
    assert_eq!(op.method.as_str(), "POST");
    assert_eq!(op.path, "/regions/{regionId}/vm_instances");
    let names: Vec<(&str, ParamLocation)> = op
        .params
        .iter()
        .map(|p| (p.name.as_str(), p.location))
        .collect();
    assert_eq!(
        names,
        vec![
            ("regionId", ParamLocation::Path),
            ("body", ParamLocation::Body),
            ("x-jdcloud-fusion-cloudid", ParamLocation::Header),
        ],
        "signature headers are the signer's, not parameters"
    );
    assert_eq!(op.params[1].ty, TypeRef::Named("CreateVmReq".into()));
    assert!(op.errors.iter().any(|e| e.http_status == Some(201)));
    assert_eq!(loaded.stats.rows_unaccounted, 0);
}

#[test]
fn coc_vm_create_instances() {
    let loaded = snapshot("coc-vm");
    let svc = &loaded.services[0];
    let op = &svc.operations[0];
    let spec = op
        .params
        .iter()
        .find(|p| p.name == "instanceSpec")
        .expect("instanceSpec");
    assert_eq!(spec.ty, TypeRef::Named("InstanceSpec".into()));
    assert!(spec.required);
    let e = op
        .errors
        .iter()
        .find(|e| e.code.as_deref() == Some("INVALID_ARGUMENT"))
        .expect("4-column error table");
    assert_eq!(e.http_status, Some(400));
    assert!(e.explanation.is_some());
    let req = op
        .examples
        .iter()
        .find(|e| e.kind == ExampleKind::Request)
        .expect("request example");
    assert!(
        req.json.is_none(),
        "the page's request JSON is invalid and stays text"
    );
    assert!(loaded
        .diagnostics
        .iter()
        .any(|d| d.code == jdcloud_codegen::diagnostics::Code::InvalidJsonExample));
}

#[test]
fn edcps_create_instances() {
    let loaded = snapshot("edcps");
    let op = &loaded.services[0].operations[0];
    assert_eq!(op.method.as_str(), "PUT");
    assert!(
        !op.description.contains("<br"),
        "cell HTML becomes markdown"
    );
    let spec = loaded.services[0]
        .shapes
        .iter()
        .find(|s| s.name == "InstanceSpec")
        .expect("InstanceSpec");
    let charge = spec
        .fields
        .iter()
        .find(|f| f.name == "charge")
        .map(|f| &f.ty);
    assert_eq!(charge, Some(&TypeRef::Named("ChargeSpec".into())));
}

#[test]
fn vm_create_instances_and_overview() {
    let loaded = snapshot("vm");
    let svc = &loaded.services[0];
    assert_eq!(svc.name, "vm");
    assert_eq!(svc.version, "v1");
    assert_eq!(svc.catalog.len(), 39, "the overview lists 39 operations");
    assert!(svc.title.is_some());
    let disk = svc
        .shapes
        .iter()
        .find(|s| s.name == "InstanceDiskAttachmentSpec")
        .expect("model heading inside <div id>");
    let cloud = disk
        .fields
        .iter()
        .find(|f| f.name == "cloudDiskSpec")
        .expect("field");
    assert_eq!(
        cloud.ty,
        TypeRef::Named("DiskSpec".into()),
        "link text `diskspec` resolves to the `DiskSpec` heading"
    );
    let spec = svc
        .shapes
        .iter()
        .find(|s| s.name == "InstanceSpec")
        .expect("spec");
    let name = spec.fields.iter().find(|f| f.name == "name").expect("name");
    assert!(name.required, "是 means required");
    assert_eq!(
        name.example.as_deref(),
        Some("instance-[001]-ops"),
        "escapes removed"
    );
    let op = &svc.operations[0];
    assert_eq!(
        op.examples.iter().filter(|e| e.json.is_some()).count(),
        op.examples.len() - op.examples.iter().filter(|e| e.json.is_none()).count()
    );
    assert!(
        op.examples.len() >= 6,
        "three scenarios, request and response each"
    );
    assert!(op
        .examples
        .iter()
        .any(|e| e.kind == ExampleKind::Response && e.json.is_some()));
    assert_eq!(
        op.response.result.as_ref().map(|f| &f.ty),
        Some(&TypeRef::Named("CreateInstancesResult".into()))
    );
}

#[test]
fn every_node_has_a_source_line() {
    for svc in ["jdfusion", "coc-vm", "edcps", "vm"] {
        let loaded = load_spec(svc);
        for s in &loaded.services {
            for op in &s.operations {
                assert!(op.source.line > 0 && op.source.file.starts_with("specs/"));
                for p in &op.params {
                    assert!(p.source.line > 0, "{}", p.name);
                }
            }
            for sh in &s.shapes {
                assert!(sh.source.line > 0);
                for f in &sh.fields {
                    assert!(f.source.line > 0, "{}.{}", sh.name, f.name);
                }
            }
        }
    }
}
