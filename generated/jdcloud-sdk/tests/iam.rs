//! Checks of the generated service module.
#![cfg(feature = "iam")]
#![allow(clippy::all)]
use jdcloud_sdk::iam::*;
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
fn add_permissions_to_sub_user_builds_its_request() {
    let request = Client::new(&config())
        .add_permissions_to_sub_user(
            "sample",
            "sample",
            <AddPermissionsInfo as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("addPermissionsToSubUser")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn add_sub_user_to_group_builds_its_request() {
    let request = Client::new(&config())
        .add_sub_user_to_group("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("addSubUserToGroup")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/group/"), "{}", request.path);
}
#[test]
fn create_permission_builds_its_request() {
    let request = Client::new(&config())
        .create_permission(
            "sample",
            <CreatePermissionInfo as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("createPermission")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn create_policy_builds_its_request() {
    let request = Client::new(&config())
        .create_policy(<CreatePolicyInfo as ::std::default::Default>::default())
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("createPolicy")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/policy"), "{}", request.path);
}
#[test]
fn create_role_builds_its_request() {
    let request = Client::new(&config())
        .create_role(<CreateRoleInfo as ::std::default::Default>::default())
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.operation, ::std::option::Option::Some("createRole"));
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/role"), "{}", request.path);
}
#[test]
fn create_sub_user_builds_its_request() {
    let request = Client::new(&config())
        .create_sub_user(<CreateSubUserInfo as ::std::default::Default>::default())
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("createSubUser")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/subUser"), "{}", request.path);
}
#[test]
fn create_user_access_key_builds_its_request() {
    let request = Client::new(&config())
        .create_user_access_key("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("createUserAccessKey")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn delete_user_access_key_builds_its_request() {
    let request = Client::new(&config())
        .delete_user_access_key("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "DELETE");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("deleteUserAccessKey")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_group_builds_its_request() {
    let request = Client::new(&config())
        .describe_group("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeGroup")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/group/"), "{}", request.path);
}
#[test]
fn describe_permission_detail_builds_its_request() {
    let request = Client::new(&config())
        .describe_permission_detail("sample", 1)
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describePermissionDetail")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_permissions_builds_its_request() {
    let request = Client::new(&config())
        .describe_permissions("sample", 1, 1, 1)
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describePermissions")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_sub_user_permissions_builds_its_request() {
    let request = Client::new(&config())
        .describe_sub_user_permissions("sample", "sample", 1, 1)
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeSubUserPermissions")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn describe_user_access_keys_builds_its_request() {
    let request = Client::new(&config())
        .describe_user_access_keys("sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("describeUserAccessKeys")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn disable_sub_user_access_key_builds_its_request() {
    let request = Client::new(&config())
        .disable_sub_user_access_key("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "PUT");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("disableSubUserAccessKey")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/subUser/"), "{}", request.path);
}
#[test]
fn disabled_user_access_key_builds_its_request() {
    let request = Client::new(&config())
        .disabled_user_access_key("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "PUT");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("disabledUserAccessKey")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn enabled_user_access_key_builds_its_request() {
    let request = Client::new(&config())
        .enabled_user_access_key("sample", "sample")
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "PUT");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("enabledUserAccessKey")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn remove_permission_of_sub_user_builds_its_request() {
    let request = Client::new(&config())
        .remove_permission_of_sub_user("sample", "sample", 1)
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "DELETE");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("removePermissionOfSubUser")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn update_assume_role_policy_builds_its_request() {
    let request = Client::new(&config())
        .update_assume_role_policy(
            "sample",
            <UpdateAssumeRolePolicyInfo as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "PUT");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("updateAssumeRolePolicy")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/role/"), "{}", request.path);
}
#[test]
fn update_permission_builds_its_request() {
    let request = Client::new(&config())
        .update_permission(
            "sample",
            1,
            <UpdatePermissionInfo as ::std::default::Default>::default(),
        )
        .into_request()
        .expect("request builds");
    assert_eq!(request.method.as_str(), "PUT");
    assert_eq!(
        request.operation,
        ::std::option::Option::Some("updatePermission")
    );
    assert_eq!(request.version, "v1");
    assert!(request.path.starts_with("/regions/"), "{}", request.path);
}
#[test]
fn debug_output_hides_secrets() {
    let value = CreateSubUserRes::new().with_password("s3cr3t-Value");
    let shown = format!("{value:?}");
    assert!(!shown.contains("s3cr3t-Value"), "{shown}");
    assert!(shown.contains("***"), "{shown}");
}
