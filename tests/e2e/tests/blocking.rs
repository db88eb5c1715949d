//! The blocking client (`send_blocking`, feature `blocking`) through a subset of the other
//! suites: retry with `clientToken` reuse, typed errors, a timeout, no retry of a POST without
//! `clientToken`, Prism's validation and the official signer. Every test is a plain `#[test]`
//! on a thread without a runtime, as a synchronous program calls the SDK; one calls it from
//! inside a Tokio runtime, where it must not panic.

use std::time::{Duration, Instant};

use e2e::fixtures::{self, REGION};
use e2e::report::Scenario;
use e2e::servers;
use jdcloud_sdk::vm::{self, CreateInstancesErrorKind};
use jdcloud_sdk::{Config, Credentials, Error, RetryPolicy};
use serde_json::{json, Value};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const SUITE: &str = "blocking";

/// A scripted server, started on its own runtime (which the caller keeps alive).
fn start(mocks: Vec<Mock>) -> (tokio::runtime::Runtime, MockServer) {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime for the mock server");
    let server = runtime.block_on(async {
        let server = MockServer::start().await;
        for mock in mocks {
            mock.mount(&server).await;
        }
        server
    });
    (runtime, server)
}

fn received(runtime: &tokio::runtime::Runtime, server: &MockServer) -> Vec<wiremock::Request> {
    runtime
        .block_on(server.received_requests())
        .unwrap_or_default()
}

fn config(server: &MockServer, retry: RetryPolicy) -> Config {
    e2e::config(&server.uri()).with_retry(retry)
}

fn quick_retries() -> RetryPolicy {
    RetryPolicy::default().with_initial_backoff(Duration::from_millis(10))
}

fn ok_instances() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({
        "requestId": "req-ok",
        "result": {"instanceIds": ["i-e2e0001"]}
    }))
}

fn jd_error(status: u16, jd_status: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(json!({
        "requestId": format!("req-{status}"),
        "error": {"code": status, "status": jd_status, "message": "scripted"}
    }))
}

#[test]
fn retry_then_success_with_the_same_client_token() {
    let scenario = Scenario::new(SUITE, "retry on 503 then success, clientToken reused");
    let (runtime, server) = start(vec![
        Mock::given(method("POST"))
            .respond_with(jd_error(503, "UNAVAILABLE"))
            .up_to_n_times(1)
            .with_priority(1),
        Mock::given(method("POST"))
            .respond_with(ok_instances())
            .with_priority(2),
    ]);
    let response = vm::Client::new(&config(&server, quick_retries()))
        .create_instances(REGION, fixtures::vm_instance_spec())
        .send_blocking()
        .expect("the retry succeeds");
    assert_eq!(
        response.result.instance_ids,
        Some(vec!["i-e2e0001".to_string()])
    );
    let requests = received(&runtime, &server);
    assert_eq!(requests.len(), 2);
    let tokens: Vec<Value> = requests
        .iter()
        .map(|r| serde_json::from_slice::<Value>(&r.body).unwrap()["clientToken"].clone())
        .collect();
    assert!(
        tokens[0].is_string() && tokens[0] == tokens[1],
        "{tokens:?}"
    );
    scenario.pass(format!(
        "send_blocking: 2 attempts (503, 200), clientToken {} both times",
        tokens[0]
    ));
}

#[test]
fn typed_errors_and_timeouts() {
    let scenario = Scenario::new(SUITE, "service error mapped to the typed error");
    let (_runtime, server) = start(vec![
        Mock::given(method("POST")).respond_with(jd_error(400, "OUT_OF_RANGE"))
    ]);
    let err = vm::Client::new(&config(&server, quick_retries()))
        .create_instances(REGION, fixtures::vm_instance_spec())
        .max_count(1000)
        .send_blocking()
        .expect_err("400");
    let service = err.as_service().expect("a service error");
    assert_eq!(
        (
            service.http_status,
            service.code,
            service.request_id.as_deref()
        ),
        (400, Some(400), Some("req-400"))
    );
    assert_eq!(
        CreateInstancesErrorKind::of(service),
        CreateInstancesErrorKind::OutOfRange
    );
    scenario.pass("send_blocking: HTTP 400 OUT_OF_RANGE, code, message and request id; CreateInstancesErrorKind::OutOfRange");

    let scenario = Scenario::new(SUITE, "timeout");
    let (runtime, server) =
        start(vec![Mock::given(method("POST")).respond_with(
            ok_instances().set_delay(Duration::from_secs(3)),
        )]);
    let started = Instant::now();
    let err = vm::Client::new(
        &config(&server, RetryPolicy::none()).with_timeout(Duration::from_millis(300)),
    )
    .create_instances(REGION, fixtures::vm_instance_spec())
    .send_blocking()
    .expect_err("times out");
    assert!(matches!(err, Error::Timeout), "{err:?}");
    assert_eq!(received(&runtime, &server).len(), 1);
    scenario.pass(format!(
        "send_blocking: Error::Timeout after {:.2} s (timeout 300 ms, server answers after 3 s)",
        started.elapsed().as_secs_f64()
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inside_a_runtime() {
    let scenario = Scenario::new(SUITE, "send_blocking called inside a Tokio runtime");
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ok_instances())
        .mount(&server)
        .await;
    let config = config(&server, RetryPolicy::none());
    let response = tokio::task::spawn_blocking(move || {
        vm::Client::new(&config)
            .create_instances(REGION, fixtures::vm_instance_spec())
            .send_blocking()
    })
    .await
    .expect("no panic")
    .expect("the call succeeds");
    let direct = vm::Client::new(&e2e::config(&server.uri()))
        .create_instances(REGION, fixtures::vm_instance_spec())
        .send_blocking()
        .expect("no panic on a runtime thread either");
    assert_eq!(response.request_id, direct.request_id);
    scenario.pass("works from spawn_blocking and from a runtime worker thread itself, no panic");
}

#[test]
fn against_prism_and_the_official_signer() {
    if let Some(prism) = servers::prism("vm", SUITE, "send_blocking against Prism") {
        let scenario = Scenario::new(SUITE, "vm createInstances accepted by Prism");
        let config = e2e::config(&prism).with_retry(RetryPolicy::none());
        let response = vm::Client::new(&config)
            .create_instances(REGION, fixtures::vm_instance_spec())
            .max_count(2)
            .send_blocking()
            .expect("accepted");
        scenario.pass(format!(
            "send_blocking: accepted ({}), decoded as CreateInstancesResult",
            response.http_status
        ));
    }
    if let Some(port) = servers::reference_port(SUITE, "send_blocking against the reference server")
    {
        let scenario = Scenario::new(SUITE, "signed request verified by the official signer");
        let credentials =
            Credentials::new(servers::TEMPORARY_ACCESS_KEY, servers::TEMPORARY_SECRET_KEY)
                .with_session_token(servers::SESSION_TOKEN);
        let config = e2e::config(&servers::named_endpoint(port))
            .with_http_client(servers::loopback_client(&[]))
            .with_credentials(credentials);
        let response = vm::Client::new(&config)
            .create_instances(REGION, fixtures::vm_instance_spec())
            .send_blocking()
            .expect("verified");
        scenario.pass(format!(
            "send_blocking with a session token: 200, request {}",
            response.request_id.unwrap_or_default()
        ));
    }
}

#[cfg(e2e_corpus)]
#[test]
fn post_without_client_token_is_not_retried() {
    use e2e::corpus::en::runtime as rt;
    use e2e::corpus::en::vm as cvm;
    let scenario = Scenario::new(SUITE, "no retry of a POST without clientToken");
    let (runtime, server) = start(vec![
        Mock::given(method("POST")).respond_with(jd_error(503, "UNAVAILABLE"))
    ]);
    let config = e2e::config(&server.uri())
        .with_retry(rt::RetryPolicy::default().with_initial_backoff(Duration::from_millis(10)));
    let err = cvm::Client::new(&config)
        .stop_instance(REGION, "i-e2e0001")
        .send_blocking()
        .expect_err("503");
    assert_eq!(err.as_service().map(|s| s.http_status), Some(503));
    assert_eq!(received(&runtime, &server).len(), 1);
    scenario.pass("send_blocking: stopInstance answered 503, 1 attempt");
}
