//! Checks of the generated service module.
#![cfg(feature = "cps")]
#![allow(clippy::all)]
use jdcloud_sdk::cps::*;
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
fn create_instances_builds_its_request() {
    let request = Client::new(&config())
        .create_instances(
            "sample",
            <InstanceSpec as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "PUT");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("createInstances")
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
fn describe_device_raids_builds_its_request() {
    let request = Client::new(&config())
        .describe_device_raids("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeDeviceRaids")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_device_types_builds_its_request() {
    let request = Client::new(&config())
        .describe_device_types("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeDeviceTypes")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_instance_builds_its_request() {
    let request = Client::new(&config())
        .describe_instance("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeInstance")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_instance_name_builds_its_request() {
    let request = Client::new(&config())
        .describe_instance_name("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeInstanceName")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_instance_raid_builds_its_request() {
    let request = Client::new(&config())
        .describe_instance_raid("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeInstanceRaid")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_instance_status_builds_its_request() {
    let request = Client::new(&config())
        .describe_instance_status("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeInstanceStatus")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_instances_builds_its_request() {
    let request = Client::new(&config())
        .describe_instances("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeInstances")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_os_builds_its_request() {
    let request = Client::new(&config())
        .describe_os("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(request.operation, ::std::option::Option::Some("describeOS"));
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_regiones_builds_its_request() {
    let request = Client::new(&config())
        .describe_regiones()
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeRegiones")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions"), "{}", request.path);
}
#[test]
fn describe_software_builds_its_request() {
    let request = Client::new(&config())
        .describe_software("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeSoftware")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_subnet_builds_its_request() {
    let request = Client::new(&config())
        .describe_subnet("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeSubnet")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn modify_bandwidth_builds_its_request() {
    let request = Client::new(&config())
        .modify_bandwidth("sample", "sample", 1)
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "PUT");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("modifyBandwidth")
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
fn modify_instance_builds_its_request() {
    let request = Client::new(&config())
        .modify_instance("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("modifyInstance")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn reinstall_instance_builds_its_request() {
    let request = Client::new(&config())
        .reinstall_instance(
            "sample",
            "sample",
            <ReinstallInstanceSpec as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "PUT");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("reinstallInstance")
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
fn restart_instance_builds_its_request() {
    let request = Client::new(&config())
        .restart_instance("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "PUT");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("restartInstance")
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
fn start_instance_builds_its_request() {
    let request = Client::new(&config())
        .start_instance("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "PUT");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("startInstance")
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
fn stop_instance_builds_its_request() {
    let request = Client::new(&config())
        .stop_instance("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "PUT");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("stopInstance")
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
