//! Checks of the generated service module.
#![cfg(feature = "disk")]
#![allow(clippy::all)]
use jdcloud_sdk::disk::*;
fn config() -> jdcloud_sdk::Config {
    jdcloud_sdk::Config::new(jdcloud_sdk::Credentials::new(
        "test-access-key",
        "test-secret-key",
    ))
}
#[allow(dead_code)]
/// Every member the typed value writes back must be in the original (numbers compared
/// as numbers), or be an empty default of a field the original left out.
fn assert_subset(written: &serde_json::Value, original: &serde_json::Value, at: &str) {
    use serde_json::Value;
    match (written, original) {
        (Value::Object(w), Value::Object(o)) => {
            for (k, v) in w {
                match o.get(k) {
                    Some(ov) => assert_subset(v, ov, &format!("{at}.{k}")),
                    None => {
                        assert!(
                            matches!(v, Value::Null | Value::Bool(false))
                                || v.as_str() == Some("")
                                || v.as_f64() == Some(0.0)
                                || v.as_array().is_some_and(|a| a.is_empty())
                                || v.as_object().is_some_and(|m| m.is_empty()),
                            "{at}.{k} = {v} is not in the example"
                        )
                    }
                }
            }
        }
        (Value::Array(w), Value::Array(o)) => {
            assert_eq!(w.len(), o.len(), "{at}: array length");
            for (i, (a, b)) in w.iter().zip(o).enumerate() {
                assert_subset(a, b, &format!("{at}[{i}]"));
            }
        }
        (Value::Number(a), Value::Number(b)) => {
            assert_eq!(a.as_f64(), b.as_f64(), "{at}")
        }
        (a, b) => assert_eq!(a, b, "{at}"),
    }
}
#[allow(dead_code)]
fn round_trip<T>(json: &str)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let original: serde_json::Value = serde_json::from_str(json).expect("example is JSON");
    let typed: T =
        serde_json::from_value(original.clone()).expect("example decodes into the model");
    let written = serde_json::to_value(&typed).expect("model encodes");
    let again: T = serde_json::from_value(written.clone()).expect("encoded model decodes");
    assert_eq!(typed, again);
    assert_subset(&written, &original, "$");
}
#[test]
fn create_disks_builds_its_request() {
    let request = Client::new(&config())
        .create_disks(
            "sample",
            <DiskSpec as ::std::default::Default>::default(),
            1,
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("createDisks")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
    assert!(
        request.idempotent,
        "a clientToken makes the request safe to retry"
    );
    let body = request.body_json().expect("a JSON body");
    assert!(body
        .get("clientToken")
        .and_then(|t| t.as_str())
        .is_some_and(|t| !t.is_empty()));
}
#[test]
fn create_snapshot_builds_its_request() {
    let request = Client::new(&config())
        .create_snapshot(
            "sample",
            <SnapshotSpec as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("createSnapshot")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
    assert!(
        request.idempotent,
        "a clientToken makes the request safe to retry"
    );
    let body = request.body_json().expect("a JSON body");
    assert!(body
        .get("clientToken")
        .and_then(|t| t.as_str())
        .is_some_and(|t| !t.is_empty()));
}
#[test]
fn delete_disk_builds_its_request() {
    let request = Client::new(&config())
        .delete_disk("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "DELETE");
    assert_eq!(request.operation, ::std::option::Option::Some("deleteDisk"));
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn delete_snapshot_builds_its_request() {
    let request = Client::new(&config())
        .delete_snapshot("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "DELETE");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("deleteSnapshot")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_disk_builds_its_request() {
    let request = Client::new(&config())
        .describe_disk("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeDisk")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_disks_builds_its_request() {
    let request = Client::new(&config())
        .describe_disks("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeDisks")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_snapshot_builds_its_request() {
    let request = Client::new(&config())
        .describe_snapshot("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeSnapshot")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_snapshots_builds_its_request() {
    let request = Client::new(&config())
        .describe_snapshots("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeSnapshots")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn extend_disk_builds_its_request() {
    let request = Client::new(&config())
        .extend_disk("sample", "sample", 1)
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.operation, ::std::option::Option::Some("extendDisk"));
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn modify_disk_attribute_builds_its_request() {
    let request = Client::new(&config())
        .modify_disk_attribute("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "PATCH");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("modifyDiskAttribute")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn modify_snapshot_attribute_builds_its_request() {
    let request = Client::new(&config())
        .modify_snapshot_attribute("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "PATCH");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("modifySnapshotAttribute")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn restore_disk_builds_its_request() {
    let request = Client::new(&config())
        .restore_disk("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("restoreDisk")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn enums_keep_unknown_values() {
    let value: ChargeChargeMode =
        serde_json::from_str("\"a value from the future\"").expect("decodes");
    assert_eq!(
        value,
        ChargeChargeMode::Unknown("a value from the future".into())
    );
    assert_eq!(
        serde_json::to_string(&value).expect("encodes"),
        "\"a value from the future\""
    );
}
#[test]
fn enums_read_documented_values() {
    let value: ChargeChargeMode =
        serde_json::from_value(serde_json::Value::String("prepaid_by_duration".into()))
            .expect("decodes");
    assert_eq!(value, ChargeChargeMode::PrepaidByDuration);
    assert_eq!(value.as_str(), "prepaid_by_duration");
}
