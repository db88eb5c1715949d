//! Checks of the generated service module.
#![cfg(feature = "monitor")]
#![allow(clippy::all)]
use jdcloud_sdk::monitor::*;
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
fn create_alarm_builds_its_request() {
    let request = Client::new(&config())
        .create_alarm(
            "sample",
            <CreateAlarmSpec as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("createAlarm")
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
fn delete_alarms_builds_its_request() {
    let request = Client::new(&config())
        .delete_alarms("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "DELETE");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("deleteAlarms")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn delete_alarms_cm_builds_its_request() {
    let request = Client::new(&config())
        .delete_alarms_cm("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "DELETE");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("deleteAlarmsCm")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_alarm_contacts_builds_its_request() {
    let request = Client::new(&config())
        .describe_alarm_contacts("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeAlarmContacts")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_alarm_history_builds_its_request() {
    let request = Client::new(&config())
        .describe_alarm_history("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeAlarmHistory")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_alarms_builds_its_request() {
    let request = Client::new(&config())
        .describe_alarms("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeAlarms")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_alarms_by_id_builds_its_request() {
    let request = Client::new(&config())
        .describe_alarms_by_id("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeAlarmsByID")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_metric_data_builds_its_request() {
    let request = Client::new(&config())
        .describe_metric_data("sample", "sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeMetricData")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_metrics_builds_its_request() {
    let request = Client::new(&config())
        .describe_metrics("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeMetrics")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/metrics"), "{}", request.path);
}
#[test]
fn describe_metrics_for_create_alarm_builds_its_request() {
    let request = Client::new(&config())
        .describe_metrics_for_create_alarm()
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeMetricsForCreateAlarm")
    );
    assert_eq!(request.version, "v1");
    assert!(
        request.path.starts_with("/metricsForCreateAlarm"),
        "{}",
        request.path
    );
}
#[test]
fn describe_services_builds_its_request() {
    let request = Client::new(&config())
        .describe_services()
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeServices")
    );
    assert_eq!(request.version, "v2");
    assert!(request.path.starts_with("/services"), "{}", request.path);
}
#[test]
fn disable_alarm_builds_its_request() {
    let request = Client::new(&config())
        .disable_alarm("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("disableAlarm")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn enable_alarm_builds_its_request() {
    let request = Client::new(&config())
        .enable_alarm("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("enableAlarm")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn enable_alarms_builds_its_request() {
    let request = Client::new(&config())
        .enable_alarms(
            <::std::vec::Vec<::std::string::String> as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("enableAlarms")
    );
    assert_eq!(request.version, "v2");
    assert!(
        request.path.starts_with("/groupAlarms:switch"),
        "{}",
        request.path
    );
}
#[test]
fn last_downsample_builds_its_request() {
    let request = Client::new(&config())
        .last_downsample("sample", "sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("lastDownsample")
    );
    assert_eq!(request.version, "v2");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn put_metric_data_builds_its_request() {
    let request = Client::new(&config())
        .put_metric_data()
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("putMetricData")
    );
    assert_eq!(request.version, "v1");
    assert!(
        request.path.starts_with("/customMetrics"),
        "{}",
        request.path
    );
}
#[test]
fn update_alarm_builds_its_request() {
    let request = Client::new(&config())
        .update_alarm(
            "sample", "sample", "sample", "sample", "sample", 1, "sample", 1.0, 1,
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "PATCH");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("updateAlarm")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn enums_keep_unknown_values() {
    let value: CreateAlarmSpecCalculation =
        serde_json::from_str("\"a value from the future\"").expect("decodes");
    assert_eq!(
        value,
        CreateAlarmSpecCalculation::Unknown("a value from the future".into())
    );
    assert_eq!(
        serde_json::to_string(&value).expect("encodes"),
        "\"a value from the future\""
    );
}
#[test]
fn enums_read_documented_values() {
    let value: CreateAlarmSpecCalculation =
        serde_json::from_value(serde_json::Value::String("avg".into())).expect("decodes");
    assert_eq!(value, CreateAlarmSpecCalculation::Avg);
    assert_eq!(value.as_str(), "avg");
}
