//! Checks of the generated service module.
#![cfg(feature = "vm")]
#![allow(clippy::all)]
use jdcloud_sdk::vm::*;
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
fn associate_elastic_ip_builds_its_request() {
    let request = Client::new(&config())
        .associate_elastic_ip("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("associateElasticIp")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn attach_disk_builds_its_request() {
    let request = Client::new(&config())
        .attach_disk("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.operation, ::std::option::Option::Some("attachDisk"));
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn attach_network_interface_builds_its_request() {
    let request = Client::new(&config())
        .attach_network_interface("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("attachNetworkInterface")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn copy_images_builds_its_request() {
    let request = Client::new(&config())
        .copy_images(
            "sample",
            <::std::vec::Vec<::std::string::String> as ::std::default::Default>::default(),
            "sample",
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.operation, ::std::option::Option::Some("copyImages"));
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn create_image_builds_its_request() {
    let request = Client::new(&config())
        .create_image("sample", "sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("createImage")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn create_instance_template_builds_its_request() {
    let request = Client::new(&config())
        .create_instance_template(
            "sample",
            <InstanceTemplateSpec as ::std::default::Default>::default(),
            "sample",
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("createInstanceTemplate")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
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
    assert_eq!(request.method.as_str(), "POST");
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
fn create_instances_request_example_1_max_count_round_trips() {
    round_trip::<i32>("1");
}
#[test]
fn create_instances_response_example_2_round_trips() {
    round_trip::<CreateInstancesResult>("{\"instanceIds\":[\"i-eumm****d6\"]}");
}
#[test]
fn create_instances_request_example_3_max_count_round_trips() {
    round_trip::<i32>("1");
}
#[test]
fn create_instances_response_example_4_round_trips() {
    round_trip::<CreateInstancesResult>("{\"instanceIds\":[\"i-eumm****d6\"]}");
}
#[test]
fn create_instances_request_example_5_max_count_round_trips() {
    round_trip::<i32>("2");
}
#[test]
fn create_instances_response_example_6_round_trips() {
    round_trip::<CreateInstancesResult>("{\"instanceIds\":[\"i-eumm****d6\",\"i-y5nh****9w\"]}");
}
#[test]
fn create_keypair_builds_its_request() {
    let request = Client::new(&config())
        .create_keypair("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("createKeypair")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn delete_image_builds_its_request() {
    let request = Client::new(&config())
        .delete_image("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "DELETE");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("deleteImage")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn delete_instance_builds_its_request() {
    let request = Client::new(&config())
        .delete_instance("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "DELETE");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("deleteInstance")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn delete_keypair_builds_its_request() {
    let request = Client::new(&config())
        .delete_keypair("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "DELETE");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("deleteKeypair")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_image_builds_its_request() {
    let request = Client::new(&config())
        .describe_image("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeImage")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_image_constraints_builds_its_request() {
    let request = Client::new(&config())
        .describe_image_constraints("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeImageConstraints")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_image_constraints_batch_builds_its_request() {
    let request = Client::new(&config())
        .describe_image_constraints_batch("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeImageConstraintsBatch")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_image_members_builds_its_request() {
    let request = Client::new(&config())
        .describe_image_members("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeImageMembers")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_images_builds_its_request() {
    let request = Client::new(&config())
        .describe_images("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeImages")
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
fn describe_instance_private_ip_address_builds_its_request() {
    let request = Client::new(&config())
        .describe_instance_private_ip_address("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeInstancePrivateIpAddress")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_instance_status_builds_its_request() {
    let request = Client::new(&config())
        .describe_instance_status("sample")
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
fn describe_instance_types_builds_its_request() {
    let request = Client::new(&config())
        .describe_instance_types("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeInstanceTypes")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_instance_vnc_url_builds_its_request() {
    let request = Client::new(&config())
        .describe_instance_vnc_url("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeInstanceVncUrl")
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
fn describe_keypairs_builds_its_request() {
    let request = Client::new(&config())
        .describe_keypairs("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeKeypairs")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_quotas_builds_its_request() {
    let request = Client::new(&config())
        .describe_quotas("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeQuotas")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn detach_disk_builds_its_request() {
    let request = Client::new(&config())
        .detach_disk("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.operation, ::std::option::Option::Some("detachDisk"));
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn detach_network_interface_builds_its_request() {
    let request = Client::new(&config())
        .detach_network_interface("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("detachNetworkInterface")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn disassociate_elastic_ip_builds_its_request() {
    let request = Client::new(&config())
        .disassociate_elastic_ip("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("disassociateElasticIp")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn import_keypair_builds_its_request() {
    let request = Client::new(&config())
        .import_keypair("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("importKeypair")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn modify_image_attribute_builds_its_request() {
    let request = Client::new(&config())
        .modify_image_attribute("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("modifyImageAttribute")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn modify_instance_attribute_builds_its_request() {
    let request = Client::new(&config())
        .modify_instance_attribute("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("modifyInstanceAttribute")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn modify_instance_disk_attribute_builds_its_request() {
    let request = Client::new(&config())
        .modify_instance_disk_attribute("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("modifyInstanceDiskAttribute")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn modify_instance_network_attribute_builds_its_request() {
    let request = Client::new(&config())
        .modify_instance_network_attribute("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("modifyInstanceNetworkAttribute")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn modify_instance_password_builds_its_request() {
    let request = Client::new(&config())
        .modify_instance_password("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("modifyInstancePassword")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn reboot_instance_builds_its_request() {
    let request = Client::new(&config())
        .reboot_instance("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("rebootInstance")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn rebuild_instance_builds_its_request() {
    let request = Client::new(&config())
        .rebuild_instance("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("rebuildInstance")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn resize_instance_builds_its_request() {
    let request = Client::new(&config())
        .resize_instance("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("resizeInstance")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn share_image_builds_its_request() {
    let request = Client::new(&config())
        .share_image("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.operation, ::std::option::Option::Some("shareImage"));
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn start_instance_builds_its_request() {
    let request = Client::new(&config())
        .start_instance("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("startInstance")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn stop_instance_builds_its_request() {
    let request = Client::new(&config())
        .stop_instance("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("stopInstance")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn un_share_image_builds_its_request() {
    let request = Client::new(&config())
        .un_share_image("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("unShareImage")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn verify_instance_template_builds_its_request() {
    let request = Client::new(&config())
        .verify_instance_template("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("verifyInstanceTemplate")
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
#[test]
fn debug_output_hides_secrets() {
    let value = CreateKeypairResult::new().with_private_key("s3cr3t-Value");
    let shown = format!("{value:?}");
    assert!(!shown.contains("s3cr3t-Value"), "{shown}");
    assert!(shown.contains("***"), "{shown}");
}
