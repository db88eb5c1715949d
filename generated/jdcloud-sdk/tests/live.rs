//! Checks of the generated service module.
#![cfg(feature = "live")]
#![allow(clippy::all)]
use jdcloud_sdk::live::*;
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
fn add_custom_live_stream_snapshot_template_builds_its_request() {
    let request = Client::new(&config())
        .add_custom_live_stream_snapshot_template(
            1, "sample", 1, "sample", "sample", 1, 1, "sample", 1,
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("addCustomLiveStreamSnapshotTemplate")
    );
    assert_eq!(request.version, "v1");
    assert!(
        request.path.starts_with("/snapshotCustoms:template"),
        "{}",
        request.path
    );
}
#[test]
fn add_live_domain_builds_its_request() {
    let request = Client::new(&config())
        .add_live_domain("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("addLiveDomain")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/domains"), "{}", request.path);
}
#[test]
fn add_live_domain_request_example_1_publish_domain_round_trips() {
    round_trip::<::std::string::String>("\"push.yourdomain.com\"");
}
#[test]
fn add_live_domain_request_example_1_play_domain_round_trips() {
    round_trip::<::std::string::String>("\"play.yourdomain.com\"");
}
#[test]
fn add_live_record_task_builds_its_request() {
    let request = Client::new(&config())
        .add_live_record_task(
            "sample",
            "sample",
            "sample",
            "sample",
            <::std::vec::Vec<RecordTime> as ::std::default::Default>::default(),
            "sample",
            "sample",
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("addLiveRecordTask")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/records/"), "{}", request.path);
}
#[test]
fn check_domain_icp_builds_its_request() {
    let request = Client::new(&config())
        .check_domain_icp("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("checkDomainIcp")
    );
    assert_eq!(request.version, "v1");
    assert!(
        request.path.starts_with("/domains:check"),
        "{}",
        request.path
    );
}
#[test]
fn delete_live_stream_app_watermark_builds_its_request() {
    let request = Client::new(&config())
        .delete_live_stream_app_watermark("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "DELETE");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("deleteLiveStreamAppWatermark")
    );
    assert_eq!(request.version, "v1");
    assert!(
        request.path.starts_with("/watermarkApps/"),
        "{}",
        request.path
    );
}
#[test]
fn describe_custom_live_stream_transcode_templates_builds_its_request() {
    let request = Client::new(&config())
        .describe_custom_live_stream_transcode_templates()
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeCustomLiveStreamTranscodeTemplates")
    );
    assert_eq!(request.version, "v1");
    assert!(
        request.path.starts_with("/transcodeCustoms"),
        "{}",
        request.path
    );
}
#[test]
fn describe_domain_online_stream_builds_its_request() {
    let request = Client::new(&config())
        .describe_domain_online_stream("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeDomainOnlineStream")
    );
    assert_eq!(request.version, "v1");
    assert!(
        request.path.starts_with("/describeDomainOnlineStream"),
        "{}",
        request.path
    );
}
#[test]
fn describe_domain_online_stream_response_example_2_round_trips() {
    round_trip::<
        DescribeDomainOnlineStreamResult,
    >(
        "{\"streamList\":[{\"appName\":\"live\",\"audioCodec\":10,\"clientIp\":\"111.202.36.10\",\"frameLossRate\":0.04,\"frameRate\":25,\"lastActive\":1561973235,\"realFps\":24,\"serverIp\":\"220.194.105.169\",\"streamName\":\"dance_0\",\"uploadSpeed\":1648,\"videoCodec\":7,\"videoDataRate\":1581},{\"appName\":\"live\",\"audioCodec\":10,\"clientIp\":\"\",\"frameLossRate\":0,\"frameRate\":25,\"lastActive\":1561973234,\"realFps\":25,\"serverIp\":\"\",\"streamName\":\"dance_0_1500\",\"uploadSpeed\":2015,\"videoCodec\":7,\"videoDataRate\":1950}],\"total\":2}",
    );
}
#[test]
fn forbid_live_stream_builds_its_request() {
    let request = Client::new(&config())
        .forbid_live_stream("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "PUT");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("forbidLiveStream")
    );
    assert_eq!(request.version, "v1");
    assert!(
        request.path.starts_with("/streams:forbid"),
        "{}",
        request.path
    );
}
#[test]
fn enums_keep_unknown_values() {
    let value: TranscodeInfoVideoFrameRate =
        serde_json::from_str("\"a value from the future\"").expect("decodes");
    assert_eq!(
        value,
        TranscodeInfoVideoFrameRate::Unknown("a value from the future".into())
    );
    assert_eq!(
        serde_json::to_string(&value).expect("encodes"),
        "\"a value from the future\""
    );
}
#[test]
fn enums_read_documented_values() {
    let value: TranscodeInfoVideoFrameRate =
        serde_json::from_value(serde_json::Value::String("15/1".into())).expect("decodes");
    assert_eq!(value, TranscodeInfoVideoFrameRate::V151);
    assert_eq!(value.as_str(), "15/1");
}
