//! Checks of the generated service module.
#![cfg(feature = "ipanti")]
#![allow(clippy::all)]
use jdcloud_sdk::ipanti::*;
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
fn check_name_builds_its_request() {
    let request = Client::new(&config())
        .check_name("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(request.operation, ::std::option::Option::Some("checkName"));
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn create_forward_rule_builds_its_request() {
    let request = Client::new(&config())
        .create_forward_rule(
            "sample",
            "sample",
            <ForwardRuleSpec as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("createForwardRule")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn create_instance_builds_its_request() {
    let request = Client::new(&config())
        .create_instance(
            "sample",
            <InstanceSpec as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("createInstance")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn create_web_rule_builds_its_request() {
    let request = Client::new(&config())
        .create_web_rule(
            "sample",
            "sample",
            <WebRuleSpec as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("createWebRule")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn delete_forward_rule_builds_its_request() {
    let request = Client::new(&config())
        .delete_forward_rule("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "DELETE");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("deleteForwardRule")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn delete_web_rule_builds_its_request() {
    let request = Client::new(&config())
        .delete_web_rule("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "DELETE");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("deleteWebRule")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_alarm_config_builds_its_request() {
    let request = Client::new(&config())
        .describe_alarm_config("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeAlarmConfig")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_attack_statistics_builds_its_request() {
    let request = Client::new(&config())
        .describe_attack_statistics("sample", "sample", "sample", 1)
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeAttackStatistics")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_attack_type_count_builds_its_request() {
    let request = Client::new(&config())
        .describe_attack_type_count("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeAttackTypeCount")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_cc_attack_log_details_builds_its_request() {
    let request = Client::new(&config())
        .describe_cc_attack_log_details("sample", "sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeCCAttackLogDetails")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_cc_attack_logs_builds_its_request() {
    let request = Client::new(&config())
        .describe_cc_attack_logs("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeCCAttackLogs")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_cc_default_thresholds_builds_its_request() {
    let request = Client::new(&config())
        .describe_cc_default_thresholds("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeCCDefaultThresholds")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_cc_graph_builds_its_request() {
    let request = Client::new(&config())
        .describe_cc_graph("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeCCGraph")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_cert_info_builds_its_request() {
    let request = Client::new(&config())
        .describe_cert_info(
            "sample",
            "sample",
            <CertInfoDescribeSpec as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeCertInfo")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_d_do_s_attack_logs_builds_its_request() {
    let request = Client::new(&config())
        .describe_d_do_s_attack_logs("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeDDoSAttackLogs")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_d_do_s_graph_builds_its_request() {
    let request = Client::new(&config())
        .describe_d_do_s_graph("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeDDoSGraph")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_forward_rule_builds_its_request() {
    let request = Client::new(&config())
        .describe_forward_rule("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeForwardRule")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_forward_rules_builds_its_request() {
    let request = Client::new(&config())
        .describe_forward_rules("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeForwardRules")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_fwd_graph_builds_its_request() {
    let request = Client::new(&config())
        .describe_fwd_graph("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeFwdGraph")
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
fn describe_name_list_builds_its_request() {
    let request = Client::new(&config())
        .describe_name_list("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeNameList")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_protection_statistics_builds_its_request() {
    let request = Client::new(&config())
        .describe_protection_statistics("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeProtectionStatistics")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_vpc_ip_list_builds_its_request() {
    let request = Client::new(&config())
        .describe_vpc_ip_list("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeVpcIpList")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_web_rule_builds_its_request() {
    let request = Client::new(&config())
        .describe_web_rule("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeWebRule")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_web_rules_builds_its_request() {
    let request = Client::new(&config())
        .describe_web_rules("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeWebRules")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn disable_cc_ip_limit_builds_its_request() {
    let request = Client::new(&config())
        .disable_cc_ip_limit("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("disableCCIpLimit")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn disable_cc_observer_mode_builds_its_request() {
    let request = Client::new(&config())
        .disable_cc_observer_mode("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("disableCCObserverMode")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn disable_instance_cc_builds_its_request() {
    let request = Client::new(&config())
        .disable_instance_cc("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("disableInstanceCC")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn disable_instance_ip_black_list_builds_its_request() {
    let request = Client::new(&config())
        .disable_instance_ip_black_list("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("disableInstanceIpBlackList")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn disable_instance_ip_white_list_builds_its_request() {
    let request = Client::new(&config())
        .disable_instance_ip_white_list("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("disableInstanceIpWhiteList")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn disable_instance_url_white_list_builds_its_request() {
    let request = Client::new(&config())
        .disable_instance_url_white_list("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("disableInstanceUrlWhiteList")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn disable_web_rule_cc_builds_its_request() {
    let request = Client::new(&config())
        .disable_web_rule_cc("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("disableWebRuleCC")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn download_cc_attack_log_details_builds_its_request() {
    let request = Client::new(&config())
        .download_cc_attack_log_details("sample", "sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("downloadCCAttackLogDetails")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn download_cc_attack_logs_builds_its_request() {
    let request = Client::new(&config())
        .download_cc_attack_logs("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("downloadCCAttackLogs")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn download_d_do_s_attack_logs_builds_its_request() {
    let request = Client::new(&config())
        .download_d_do_s_attack_logs("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("downloadDDoSAttackLogs")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn enable_cc_ip_limit_builds_its_request() {
    let request = Client::new(&config())
        .enable_cc_ip_limit("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("enableCCIpLimit")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn enable_cc_observer_mode_builds_its_request() {
    let request = Client::new(&config())
        .enable_cc_observer_mode("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("enableCCObserverMode")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn enable_instance_cc_builds_its_request() {
    let request = Client::new(&config())
        .enable_instance_cc("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("enableInstanceCC")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn enable_instance_ip_black_list_builds_its_request() {
    let request = Client::new(&config())
        .enable_instance_ip_black_list("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("enableInstanceIpBlackList")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn enable_instance_ip_white_list_builds_its_request() {
    let request = Client::new(&config())
        .enable_instance_ip_white_list("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("enableInstanceIpWhiteList")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn enable_instance_url_white_list_builds_its_request() {
    let request = Client::new(&config())
        .enable_instance_url_white_list("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("enableInstanceUrlWhiteList")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn enable_web_rule_cc_builds_its_request() {
    let request = Client::new(&config())
        .enable_web_rule_cc("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("enableWebRuleCC")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn modify_alarm_config_builds_its_request() {
    let request = Client::new(&config())
        .modify_alarm_config(
            "sample",
            "sample",
            <AlarmConfigSpec as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("modifyAlarmConfig")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn modify_cert_info_builds_its_request() {
    let request = Client::new(&config())
        .modify_cert_info(
            "sample",
            "sample",
            "sample",
            <CertInfoModifySpec as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("modifyCertInfo")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn modify_epb_builds_its_request() {
    let request = Client::new(&config())
        .modify_epb(
            "sample",
            "sample",
            <EpbSpec as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.operation, ::std::option::Option::Some("modifyEPB"));
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn modify_forward_rule_builds_its_request() {
    let request = Client::new(&config())
        .modify_forward_rule(
            "sample",
            "sample",
            "sample",
            <ForwardRuleSpec as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "PATCH");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("modifyForwardRule")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn modify_instance_cc_builds_its_request() {
    let request = Client::new(&config())
        .modify_instance_cc(
            "sample",
            "sample",
            <CcSpec as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("modifyInstanceCC")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn modify_instance_ip_black_list_builds_its_request() {
    let request = Client::new(&config())
        .modify_instance_ip_black_list(
            "sample",
            "sample",
            <IpBwListSpec as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("modifyInstanceIpBlackList")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn modify_instance_ip_white_list_builds_its_request() {
    let request = Client::new(&config())
        .modify_instance_ip_white_list(
            "sample",
            "sample",
            <IpBwListSpec as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("modifyInstanceIpWhiteList")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn modify_instance_name_builds_its_request() {
    let request = Client::new(&config())
        .modify_instance_name(
            "sample",
            "sample",
            <InstanceSpec as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("modifyInstanceName")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn modify_instance_url_white_list_builds_its_request() {
    let request = Client::new(&config())
        .modify_instance_url_white_list(
            "sample",
            "sample",
            <::std::vec::Vec<::std::string::String> as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("modifyInstanceUrlWhiteList")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn modify_web_rule_builds_its_request() {
    let request = Client::new(&config())
        .modify_web_rule(
            "sample",
            "sample",
            "sample",
            <WebRuleSpec as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "PATCH");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("modifyWebRule")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn set_cc_ip_limit_builds_its_request() {
    let request = Client::new(&config())
        .set_cc_ip_limit(
            "sample",
            "sample",
            <CcIpLimitSpec as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("setCCIpLimit")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn switch_forward_rule_origin_builds_its_request() {
    let request = Client::new(&config())
        .switch_forward_rule_origin("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("switchForwardRuleOrigin")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn switch_forward_rule_protect_builds_its_request() {
    let request = Client::new(&config())
        .switch_forward_rule_protect("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("switchForwardRuleProtect")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn switch_web_rule_origin_builds_its_request() {
    let request = Client::new(&config())
        .switch_web_rule_origin("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("switchWebRuleOrigin")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn switch_web_rule_protect_builds_its_request() {
    let request = Client::new(&config())
        .switch_web_rule_protect("sample", "sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("switchWebRuleProtect")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
