//! Signatures of the generated client verified by the official signer.
//!
//! `server/reference_server.py` recomputes the `JDCLOUD3-HMAC-SHA256` signature of every
//! request with the signer of the official Python SDK and answers 401 on any mismatch. Each
//! service is reached under its own host name (`vm.e2e.invalid:PORT`, mapped to 127.0.0.1), so
//! the `Host` and the scope's service are as on the real API. Covered: POST with a Chinese body,
//! PUT, a base64 header parameter, GET with arrays and `filters`/`tags` (arrays of objects),
//! `:action` paths, path values full of reserved characters, DELETE, a session token; and the
//! refusals that show the check can fail: a wrong key, a missing token, and requests replayed
//! with a plain client after one part was changed.

use base64::Engine as _;
use e2e::fixtures::{self, REGION};
use e2e::report::Scenario;
use e2e::servers::{self, record_body, record_header};
use jdcloud_sdk::{coc_vm, edcps, jdfusion, vm, Config, Credentials, RetryPolicy};
use serde_json::Value;

const SUITE: &str = "signature";

fn config(port: u16, credentials: Credentials) -> Config {
    e2e::config(&servers::named_endpoint(port))
        .with_http_client(servers::loopback_client(&[]))
        .with_retry(RetryPolicy::none())
        .with_credentials(credentials)
}

fn long_term() -> Credentials {
    Credentials::new(servers::ACCESS_KEY, servers::SECRET_KEY)
}

/// The record of a request the server verified (panics, with the reason, if it did not).
async fn verified(port: u16, request_id: Option<&str>) -> Value {
    let id = request_id.expect("the response carries a request id");
    let record = servers::reference_record(port, id).await;
    assert_eq!(
        record["verdict"], "verified",
        "refused: {}",
        record["reason"]
    );
    record
}

/// The names in `SignedHeaders=` of the request's `Authorization`.
fn signed_headers(record: &Value) -> Vec<String> {
    let auth = record_header(record, "authorization").expect("an Authorization header");
    let list = auth
        .split("SignedHeaders=")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .expect("SignedHeaders");
    list.split(';').map(str::to_string).collect()
}

/// `scope region/service` of the request's `Authorization`.
fn scope(record: &Value) -> String {
    let auth = record_header(record, "authorization").expect("an Authorization header");
    let credential = auth
        .split("Credential=")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .expect("Credential");
    let parts: Vec<&str> = credential.split('/').collect();
    format!("{}/{}", parts[2], parts[3])
}

/// The canonical query the official signer built (third line of the canonical request).
fn canonical_query(record: &Value) -> String {
    record["canonicalRequest"]
        .as_str()
        .and_then(|c| c.lines().nth(2))
        .unwrap_or("")
        .to_string()
}

/// Checks what every request of our client has: date and nonce signed, the scope expected.
fn check_common(record: &Value, expected_scope: &str) -> String {
    let signed = signed_headers(record);
    for name in ["content-type", "host", "x-jdcloud-date", "x-jdcloud-nonce"] {
        assert!(
            signed.iter().any(|s| s == name),
            "{name} is not signed: {signed:?}"
        );
    }
    assert_eq!(scope(record), expected_scope);
    format!("scope {expected_scope}, signed {}", signed.join(";"))
}

fn raw_path(record: &Value) -> &str {
    record["path"].as_str().unwrap_or("")
}

#[tokio::test]
async fn requests_of_the_specs_operations_are_verified() {
    let Some(port) = servers::reference_port(SUITE, "operations of specs/") else {
        return;
    };
    let config = config(port, long_term());

    let scenario = Scenario::new(SUITE, "vm createInstances (POST, Chinese body)");
    let r = vm::Client::new(&config)
        .create_instances(REGION, fixtures::vm_instance_spec())
        .max_count(2)
        .send()
        .await
        .expect("verified");
    let record = verified(port, r.request_id.as_deref()).await;
    let common = check_common(&record, "cn-north-1/vm");
    let body = String::from_utf8(record_body(&record)).expect("UTF-8");
    assert!(
        body.contains("京东云-e2e-[001]"),
        "Chinese sent as UTF-8, unescaped: {body}"
    );
    let body_json: Value = serde_json::from_str(&body).unwrap();
    assert!(
        body_json.get("regionId").is_none(),
        "path parameters stay out of the body"
    );
    scenario.pass(format!(
        "verified ({} bytes of UTF-8 JSON, Chinese unescaped); {common}",
        body.len()
    ));

    let scenario = Scenario::new(SUITE, "coc-vm createInstances (POST)");
    let r = coc_vm::Client::new(&config)
        .create_instances(REGION, fixtures::coc_vm_instance_spec())
        .send()
        .await
        .expect("verified");
    let record = verified(port, r.request_id.as_deref()).await;
    scenario.pass(format!(
        "verified; {}",
        check_common(&record, "cn-north-1/coc-vm")
    ));

    let scenario = Scenario::new(SUITE, "edcps createInstances (PUT)");
    let r = edcps::Client::new(&config)
        .create_instances(REGION, fixtures::edcps_instance_spec())
        .send()
        .await
        .expect("verified");
    let record = verified(port, r.request_id.as_deref()).await;
    assert_eq!(record["method"], "PUT");
    scenario.pass(format!(
        "verified; {}",
        check_common(&record, "cn-north-1/edcps")
    ));

    let scenario = Scenario::new(
        SUITE,
        "jdfusion createVmInstance (x-jdcloud- header parameter)",
    );
    let r = jdfusion::Client::new(&config)
        .create_vm_instance(
            REGION,
            fixtures::jdfusion_request(),
            fixtures::FUSION_CLOUD_ID,
        )
        .send()
        .await
        .expect("verified");
    let record = verified(port, r.request_id.as_deref()).await;
    let common = check_common(&record, "cn-north-1/jdfusion");
    let sent = record_header(&record, "x-jdcloud-fusion-cloudid").expect("the header");
    let expected = base64::engine::general_purpose::STANDARD.encode(fixtures::FUSION_CLOUD_ID);
    assert_eq!(
        sent, expected,
        "x-jdcloud-* header values travel base64-encoded"
    );
    assert!(signed_headers(&record)
        .iter()
        .any(|s| s == "x-jdcloud-fusion-cloudid"));
    scenario.pass(format!(
        "verified; x-jdcloud-fusion-cloudid sent as base64 ({sent}) and signed; {common}"
    ));
}

#[tokio::test]
async fn session_token_and_wrong_keys() {
    let Some(port) = servers::reference_port(SUITE, "session token") else {
        return;
    };
    let temporary = Credentials::new(servers::TEMPORARY_ACCESS_KEY, servers::TEMPORARY_SECRET_KEY)
        .with_session_token(servers::SESSION_TOKEN);

    let scenario = Scenario::new(SUITE, "session token");
    let r = vm::Client::new(&config(port, temporary))
        .create_instances(REGION, fixtures::vm_instance_spec())
        .send()
        .await
        .expect("verified");
    let record = verified(port, r.request_id.as_deref()).await;
    let common = check_common(&record, "cn-north-1/vm");
    assert_eq!(
        record_header(&record, "x-jdcloud-security-token"),
        Some(servers::SESSION_TOKEN)
    );
    assert!(signed_headers(&record)
        .iter()
        .any(|s| s == "x-jdcloud-security-token"));
    scenario.pass(format!(
        "verified; x-jdcloud-security-token sent as given and signed; {common}"
    ));

    let scenario = Scenario::new(SUITE, "temporary key without its session token refused");
    let err = vm::Client::new(&config(
        port,
        Credentials::new(servers::TEMPORARY_ACCESS_KEY, servers::TEMPORARY_SECRET_KEY),
    ))
    .create_instances(REGION, fixtures::vm_instance_spec())
    .send()
    .await
    .expect_err("refused");
    let service = err.as_service().expect("a service error");
    assert_eq!(service.http_status, 401);
    assert_eq!(service.status.as_deref(), Some("UNAUTHENTICATED"));
    assert!(
        service.message.contains("x-jdcloud-security-token"),
        "{}",
        service.message
    );
    assert!(service.request_id.is_some());
    scenario.pass(format!("401 UNAUTHENTICATED: {}", service.message));

    let scenario = Scenario::new(SUITE, "wrong secret key refused");
    let err = vm::Client::new(&config(
        port,
        Credentials::new(servers::ACCESS_KEY, "not-the-secret"),
    ))
    .create_instances(REGION, fixtures::vm_instance_spec())
    .send()
    .await
    .expect_err("refused");
    let service = err.as_service().expect("a service error");
    assert_eq!(service.http_status, 401);
    assert!(
        service.message.starts_with("signature mismatch"),
        "{}",
        service.message
    );
    scenario.pass(
        "401 UNAUTHENTICATED: signature mismatch, as a typed ServiceError with its request id",
    );
}

/// Sends what `record` describes again with a plain HTTP client, after `change`; returns the
/// status and the server's reason.
async fn replay(
    record: &Value,
    change: impl FnOnce(&mut String, &mut Vec<(String, String)>, &mut Vec<u8>),
) -> (u16, String) {
    let mut path = raw_path(record).to_string();
    let mut headers: Vec<(String, String)> = record["headers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p[0].as_str().unwrap().to_string(),
                p[1].as_str().unwrap().to_string(),
            )
        })
        .filter(|(n, _)| n != "content-length" && n != "host")
        .collect();
    let host = record_header(record, "host").expect("host").to_string();
    let mut body = record_body(record);
    change(&mut path, &mut headers, &mut body);
    let client = servers::loopback_client(&[]);
    let method: reqwest::Method = record["method"].as_str().unwrap().parse().unwrap();
    let mut request = client.request(method, format!("http://{host}{path}"));
    for (name, value) in &headers {
        request = request.header(name, value);
    }
    let response = request.body(body).send().await.expect("the server answers");
    let status = response.status().as_u16();
    let json: Value = response.json().await.expect("JSON");
    (
        status,
        json["error"]["message"].as_str().unwrap_or("").to_string(),
    )
}

/// Replays a verified request with one part changed: it must be refused for a mismatch.
async fn expect_tamper_refused(
    record: &Value,
    what: &str,
    change: impl FnOnce(&mut String, &mut Vec<(String, String)>, &mut Vec<u8>),
) {
    let scenario = Scenario::new(SUITE, format!("tampered {what} refused"));
    let (status, reason) = replay(record, change).await;
    assert_eq!(status, 401, "{what}: {reason}");
    assert!(reason.starts_with("signature mismatch"), "{what}: {reason}");
    scenario.pass("401 signature mismatch");
}

fn replace_bytes(body: &mut Vec<u8>, from: &str, to: &str) {
    let text = String::from_utf8(std::mem::take(body)).unwrap();
    assert!(text.contains(from), "{from:?} not in {text}");
    *body = text.replacen(from, to, 1).into_bytes();
}

fn set_header(headers: &mut [(String, String)], name: &str, value: &str) {
    let entry = headers.iter_mut().find(|(n, _)| n == name).expect(name);
    entry.1 = value.to_string();
}

#[tokio::test]
async fn tampered_requests_are_refused() {
    let Some(port) = servers::reference_port(SUITE, "tampered requests") else {
        return;
    };
    let config = config(port, long_term());
    let r = vm::Client::new(&config)
        .create_instances(REGION, fixtures::vm_instance_spec())
        .send()
        .await
        .expect("verified");
    let post = verified(port, r.request_id.as_deref()).await;
    let r = jdfusion::Client::new(&config)
        .create_vm_instance(
            REGION,
            fixtures::jdfusion_request(),
            fixtures::FUSION_CLOUD_ID,
        )
        .send()
        .await
        .expect("verified");
    let fusion = verified(port, r.request_id.as_deref()).await;

    // Unchanged, the replay passes the signature check and is refused only for its nonce:
    // the plain client reproduces the request exactly, so the refusals below are the changes'.
    let scenario = Scenario::new(SUITE, "unchanged replay");
    let (status, reason) = replay(&post, |_, _, _| {}).await;
    assert_eq!(status, 401);
    assert!(reason.contains("already used"), "{reason}");
    scenario.pass(format!(
        "signature still valid, refused as a replay: {reason}"
    ));

    expect_tamper_refused(&post, "body (one Chinese character)", |_, _, body| {
        replace_bytes(body, "京东云", "京东去");
    })
    .await;
    expect_tamper_refused(&post, "x-jdcloud-date (its last digit)", |_, headers, _| {
        let date = headers
            .iter()
            .find(|(n, _)| n == "x-jdcloud-date")
            .unwrap()
            .1
            .clone();
        // YYYYMMDDTHHMMSSZ: change the last digit of the seconds.
        let mut bumped = date.into_bytes();
        bumped[14] = if bumped[14] == b'9' {
            b'0'
        } else {
            bumped[14] + 1
        };
        set_header(
            headers,
            "x-jdcloud-date",
            std::str::from_utf8(&bumped).unwrap(),
        );
    })
    .await;
    expect_tamper_refused(&post, "x-jdcloud-nonce", |_, headers, _| {
        set_header(
            headers,
            "x-jdcloud-nonce",
            "00000000-0000-4000-8000-000000000000",
        );
    })
    .await;
    expect_tamper_refused(
        &fusion,
        "x-jdcloud-fusion-cloudid header",
        |_, headers, _| {
            let other = base64::engine::general_purpose::STANDARD.encode("aliyun-京东-02");
            set_header(headers, "x-jdcloud-fusion-cloudid", &other);
        },
    )
    .await;

    #[cfg(e2e_corpus)]
    {
        use e2e::corpus::en::vm as cvm;
        let config = corpus_config(port);
        let client = cvm::Client::new(&config);
        let r = client
            .describe_instances(REGION)
            .filters(fixtures::corpus::vm_filters())
            .send()
            .await
            .expect("verified");
        let get = verified(port, r.request_id.as_deref()).await;
        expect_tamper_refused(&get, "query (a filter value)", |path, _, _| {
            assert!(path.contains("cn-north-1b"), "{path}");
            *path = path.replacen("cn-north-1b", "cn-north-1c", 1);
        })
        .await;
        let r = client
            .stop_instance(REGION, fixtures::RESERVED_ID)
            .send()
            .await
            .expect("verified");
        let action = verified(port, r.request_id.as_deref()).await;
        expect_tamper_refused(&action, "path (the instance ID)", |path, _, _| {
            *path = path.replacen("i-a", "i-b", 1);
        })
        .await;
    }
}

#[cfg(e2e_corpus)]
fn corpus_config(port: u16) -> e2e::corpus::en::runtime::Config {
    e2e::config(&servers::named_endpoint(port))
        .with_http_client(servers::loopback_client(&[]))
        .with_retry(e2e::corpus::en::runtime::RetryPolicy::none())
}

#[cfg(e2e_corpus)]
#[tokio::test]
async fn requests_of_corpus_operations_are_verified() {
    use e2e::corpus::cn::{disk, runtime as cn_rt};
    use e2e::corpus::en::vm as cvm;
    let Some(port) = servers::reference_port(SUITE, "corpus operations") else {
        return;
    };
    let client = cvm::Client::new(&corpus_config(port));

    let scenario = Scenario::new(
        SUITE,
        "describeInstances (GET, filters with reserved characters)",
    );
    let r = client
        .describe_instances(REGION)
        .filters(fixtures::corpus::vm_filters())
        .page_number(2)
        .page_size(10)
        .send()
        .await
        .expect("verified");
    let record = verified(port, r.request_id.as_deref()).await;
    let common = check_common(&record, "cn-north-1/vm");
    let path = raw_path(&record);
    for expected in [
        "filters.1.name=az",
        "filters.1.values.1=cn-north-1a",
        "filters.1.values.2=cn-north-1b",
        "filters.2.operator=like",
        "filters.2.values.1=a%26b%3Dc%20d%2Fe%2Bf%3Fg%23h%25i%3Bj%20%E4%BA%AC%E4%B8%9C",
        "pageNumber=2",
    ] {
        assert!(path.contains(expected), "{expected} not in {path}");
    }
    scenario.pass(format!(
        "verified; sent {path}; canonical query {}; {common}",
        canonical_query(&record)
    ));

    let scenario = Scenario::new(SUITE, "describeImages (GET, array)");
    let r = client
        .describe_images(REGION)
        .ids(vec![
            "img-m5s0lq4s29".to_string(),
            "img-y5nh8wq39w".to_string(),
        ])
        .image_source("public")
        .send()
        .await
        .expect("verified");
    let record = verified(port, r.request_id.as_deref()).await;
    let path = raw_path(&record);
    assert!(
        path.contains("ids.1=img-m5s0lq4s29&ids.2=img-y5nh8wq39w"),
        "{path}"
    );
    scenario.pass(format!("verified; sent {path}"));

    let scenario = Scenario::new(
        SUITE,
        "stopInstance (:action, reserved characters in the path)",
    );
    let r = client
        .stop_instance(REGION, fixtures::RESERVED_ID)
        .send()
        .await
        .expect("verified");
    let record = verified(port, r.request_id.as_deref()).await;
    let common = check_common(&record, "cn-north-1/vm");
    let path = raw_path(&record).to_string();
    assert!(path.ends_with(":stopInstance"), "{path}");
    assert!(
        path.starts_with("/v1/regions/cn-north-1/instances/i-a%2Fb%20c%3Fd%23e%25f%3Ag"),
        "{path}"
    );
    scenario.pass(format!("verified; sent POST {path}; {common}"));

    let scenario = Scenario::new(SUITE, "modifyInstanceAttribute (:action, Chinese body)");
    let r = client
        .modify_instance_attribute(REGION, "i-eumm8c0xd6")
        .name("京东云主机")
        .description("修改后的描述：签名覆盖每一个字节")
        .send()
        .await
        .expect("verified");
    let record = verified(port, r.request_id.as_deref()).await;
    let body = String::from_utf8(record_body(&record)).unwrap();
    assert!(body.contains("京东云主机"), "{body}");
    scenario.pass(format!("verified; body {body}"));

    let cn_config = e2e::config(&servers::named_endpoint(port))
        .with_http_client(servers::loopback_client(&[]))
        .with_retry(cn_rt::RetryPolicy::none());
    let disks = disk::Client::new(&cn_config);

    let scenario = Scenario::new(
        SUITE,
        "disk describeDisks (GET, filters and tags: objects holding arrays)",
    );
    let r = disks
        .describe_disks(REGION)
        .filters(fixtures::corpus::disk_filters())
        .tags(fixtures::corpus::disk_tags())
        .send()
        .await
        .expect("verified");
    let record = verified(port, r.request_id.as_deref()).await;
    let common = check_common(&record, "cn-north-1/disk");
    let path = raw_path(&record);
    for expected in [
        "filters.1.values.2=premium-hdd",
        "tags.1.key=%E7%8E%AF%E5%A2%83",
        "tags.1.values.2=%E7%94%9F%E4%BA%A7",
        "tags.2.values.1=a%26b",
    ] {
        assert!(path.contains(expected), "{expected} not in {path}");
    }
    scenario.pass(format!("verified; sent {path}; {common}"));

    let scenario = Scenario::new(
        SUITE,
        "disk createDisks (POST, Chinese, automatic clientToken)",
    );
    let r = disks
        .create_disks(REGION, fixtures::corpus::disk_spec(), 2)
        .send()
        .await
        .expect("verified");
    let record = verified(port, r.request_id.as_deref()).await;
    let body: Value = serde_json::from_slice(&record_body(&record)).unwrap();
    assert_eq!(body["diskSpec"]["name"], "数据盘-e2e");
    assert_eq!(body["clientToken"].as_str().map(str::len), Some(36));
    scenario.pass(format!(
        "verified; {}; clientToken {}",
        check_common(&record, "cn-north-1/disk"),
        body["clientToken"]
    ));

    let scenario = Scenario::new(
        SUITE,
        "disk deleteDisk (DELETE, reserved characters in the path)",
    );
    let r = disks
        .delete_disk(REGION, fixtures::RESERVED_ID)
        .send()
        .await
        .expect("verified");
    let record = verified(port, r.request_id.as_deref()).await;
    assert_eq!(record["method"], "DELETE");
    assert!(record_body(&record).is_empty(), "a DELETE has no body");
    scenario.pass(format!(
        "verified; sent DELETE {}; {}",
        raw_path(&record),
        check_common(&record, "cn-north-1/disk")
    ));
}

#[cfg(not(e2e_corpus))]
#[test]
fn requests_of_corpus_operations_are_verified() {
    e2e::report::skip(
        SUITE,
        "GET with filters, :action, DELETE",
        "../shared/corpus is not beside the project, so build.rs generated nothing from it",
    );
}
