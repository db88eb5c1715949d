//! Checks of the generated service module.
#![cfg(feature = "baseanti")]
#![allow(clippy::all)]
use jdcloud_sdk::baseanti::*;
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
fn describe_ip_resource_flow_builds_its_request() {
    let request = Client::new(&config())
        .describe_ip_resource_flow("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeIpResourceFlow")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_ip_resource_info_builds_its_request() {
    let request = Client::new(&config())
        .describe_ip_resource_info("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeIpResourceInfo")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_ip_resource_protect_info_builds_its_request() {
    let request = Client::new(&config())
        .describe_ip_resource_protect_info("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeIpResourceProtectInfo")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_ip_resources_builds_its_request() {
    let request = Client::new(&config())
        .describe_ip_resources("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeIpResources")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn set_clean_threshold_builds_its_request() {
    let request = Client::new(&config())
        .set_clean_threshold(
            "sample",
            "sample",
            <CleanThresholdSpec as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("setCleanThreshold")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
