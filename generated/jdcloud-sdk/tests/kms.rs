//! Checks of the generated service module.
#![cfg(feature = "kms")]
#![allow(clippy::all)]
use jdcloud_sdk::kms::*;
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
fn cancel_key_deletion_builds_its_request() {
    let request = Client::new(&config())
        .cancel_key_deletion("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "PATCH");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("cancelKeyDeletion")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/key/"), "{}", request.path);
}
#[test]
fn create_key_builds_its_request() {
    let request = Client::new(&config())
        .create_key(<KeyCfg as ::std::default::Default>::default())
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.operation, ::std::option::Option::Some("createKey"));
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/key:create"), "{}", request.path);
}
#[test]
fn create_secret_builds_its_request() {
    let request = Client::new(&config())
        .create_secret(<SecretCfg as ::std::default::Default>::default())
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("createSecret")
    );
    assert_eq!(request.version, "v1");
    assert!(
        request.path.starts_with("/secret:create"),
        "{}",
        request.path
    );
}
#[test]
fn decrypt_builds_its_request() {
    let request = Client::new(&config())
        .decrypt("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.operation, ::std::option::Option::Some("decrypt"));
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/key/"), "{}", request.path);
}
#[test]
fn describe_key_detail_builds_its_request() {
    let request = Client::new(&config())
        .describe_key_detail("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeKeyDetail")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/key/"), "{}", request.path);
}
#[test]
fn describe_key_list_builds_its_request() {
    let request = Client::new(&config())
        .describe_key_list()
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeKeyList")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/key"), "{}", request.path);
}
#[test]
fn describe_secret_version_list_builds_its_request() {
    let request = Client::new(&config())
        .describe_secret_version_list("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeSecretVersionList")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/secret/"), "{}", request.path);
}
#[test]
fn generate_data_key_builds_its_request() {
    let request = Client::new(&config())
        .generate_data_key("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("generateDataKey")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/key/"), "{}", request.path);
}
#[test]
fn import_secret_builds_its_request() {
    let request = Client::new(&config())
        .import_secret()
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("importSecret")
    );
    assert_eq!(request.version, "v1");
    assert!(
        request.path.starts_with("/secret:import"),
        "{}",
        request.path
    );
}
#[test]
fn key_rotation_builds_its_request() {
    let request = Client::new(&config())
        .key_rotation("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "PATCH");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("keyRotation")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/key/"), "{}", request.path);
}
#[test]
fn schedule_key_deletion_builds_its_request() {
    let request = Client::new(&config())
        .schedule_key_deletion("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "DELETE");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("scheduleKeyDeletion")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/key/"), "{}", request.path);
}
#[test]
fn debug_output_hides_secrets() {
    let value = SecretInfo::new().with_secret_desc("s3cr3t-Value");
    let shown = format!("{value:?}");
    assert!(!shown.contains("s3cr3t-Value"), "{shown}");
    assert!(shown.contains("***"), "{shown}");
}
