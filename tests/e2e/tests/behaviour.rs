//! Behaviour of the generated client against scripted servers (`wiremock`): retries and what
//! is never retried, the automatic `clientToken`, `Retry-After`, typed service errors,
//! pagination and timeouts. Every server here runs in the test on 127.0.0.1.

use std::time::{Duration, Instant};

use e2e::fixtures::{self, REGION};
use e2e::report::Scenario;
use jdcloud_sdk::vm::{self, CreateInstancesErrorKind};
use jdcloud_sdk::{CommonStatus, Config, Error, RetryPolicy};
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const SUITE: &str = "behaviour";
const INSTANCES: &str = "/v1/regions/cn-north-1/instances";

/// Retries with short waits, so that the tests are quick.
fn quick_retries() -> RetryPolicy {
    RetryPolicy::default()
        .with_initial_backoff(Duration::from_millis(10))
        .with_max_backoff(Duration::from_secs(5))
}

fn config(server: &MockServer, retry: RetryPolicy) -> Config {
    e2e::config(&server.uri()).with_retry(retry)
}

fn ok_instances(request_id: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({
        "requestId": request_id,
        "result": {"instanceIds": ["i-e2e0001", "i-e2e0002"]}
    }))
}

fn jd_error(status: u16, jd_status: &str, message: &str, request_id: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_json(json!({
        "requestId": request_id,
        "error": {"code": status, "status": jd_status, "message": message}
    }))
}

/// Mounts `first` for the first `times` matching requests, then `then`.
async fn script(
    server: &MockServer,
    verb: &str,
    at: &str,
    first: ResponseTemplate,
    times: u64,
    then: ResponseTemplate,
) {
    Mock::given(method(verb))
        .and(path(at))
        .respond_with(first)
        .up_to_n_times(times)
        .with_priority(1)
        .mount(server)
        .await;
    Mock::given(method(verb))
        .and(path(at))
        .respond_with(then)
        .with_priority(2)
        .mount(server)
        .await;
}

async fn bodies(server: &MockServer) -> Vec<Value> {
    server
        .received_requests()
        .await
        .expect("requests are recorded")
        .iter()
        .map(|r| serde_json::from_slice(&r.body).unwrap_or(Value::Null))
        .collect()
}

fn header_values(requests: &[wiremock::Request], name: &str) -> Vec<String> {
    requests
        .iter()
        .map(|r| {
            r.headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string()
        })
        .collect()
}

#[tokio::test]
async fn retries_after_503_and_reuses_the_client_token() {
    let scenario = Scenario::new(
        SUITE,
        "retry on 503 then success, same clientToken in every attempt",
    );
    let server = MockServer::start().await;
    let unavailable = jd_error(503, "UNAVAILABLE", "try again", "req-503");
    script(
        &server,
        "POST",
        INSTANCES,
        unavailable,
        2,
        ok_instances("req-ok"),
    )
    .await;

    let response = vm::Client::new(&config(&server, quick_retries()))
        .create_instances(REGION, fixtures::vm_instance_spec())
        .send()
        .await
        .expect("the third attempt succeeds");
    assert_eq!(response.request_id.as_deref(), Some("req-ok"));
    assert_eq!(
        response.result.instance_ids,
        Some(vec!["i-e2e0001".to_string(), "i-e2e0002".to_string()])
    );
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 3, "two 503s, then the success");
    let tokens: Vec<Value> = bodies(&server)
        .await
        .iter()
        .map(|b| b["clientToken"].clone())
        .collect();
    let token = tokens[0].as_str().expect("an automatic clientToken");
    assert!(
        tokens.iter().all(|t| t == &tokens[0]),
        "one token for every attempt: {tokens:?}"
    );
    assert_eq!(token.len(), 36);
    assert_eq!(&token[14..15], "4", "a UUID v4: {token}");
    let nonces = header_values(&requests, "x-jdcloud-nonce");
    let signatures = header_values(&requests, "authorization");
    for list in [&nonces, &signatures] {
        let mut unique = list.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(
            unique.len(),
            3,
            "a fresh nonce and signature per attempt: {list:?}"
        );
    }
    scenario.pass(format!(
        "3 attempts (503, 503, 200), result decoded; clientToken {token} in all 3 bodies; each \
         attempt re-signed with its own nonce"
    ));

    let scenario = Scenario::new(SUITE, "explicit clientToken kept across retries");
    let server = MockServer::start().await;
    script(
        &server,
        "POST",
        INSTANCES,
        jd_error(502, "", "bad gateway", "r"),
        1,
        ok_instances("r2"),
    )
    .await;
    vm::Client::new(&config(&server, quick_retries()))
        .create_instances(REGION, fixtures::vm_instance_spec())
        .client_token("order-2024-0001")
        .send()
        .await
        .expect("the retry succeeds");
    let tokens: Vec<Value> = bodies(&server)
        .await
        .iter()
        .map(|b| b["clientToken"].clone())
        .collect();
    assert_eq!(tokens, vec![json!("order-2024-0001"); 2]);
    scenario.pass("2 attempts (502, 200), both with clientToken \"order-2024-0001\"");

    let scenario = Scenario::new(SUITE, "retries give up after max_attempts");
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(jd_error(503, "UNAVAILABLE", "down", "req-down"))
        .mount(&server)
        .await;
    let err = vm::Client::new(&config(&server, quick_retries().with_max_attempts(4)))
        .create_instances(REGION, fixtures::vm_instance_spec())
        .send()
        .await
        .expect_err("always 503");
    let attempts = server.received_requests().await.unwrap().len();
    assert_eq!(attempts, 4);
    assert_eq!(err.as_service().map(|s| s.http_status), Some(503));
    scenario.pass("4 attempts with with_max_attempts(4), then the last 503 as a ServiceError");
}

#[tokio::test]
async fn honours_retry_after_on_429() {
    let scenario = Scenario::new(SUITE, "429 with Retry-After: 1");
    let server = MockServer::start().await;
    let limited =
        jd_error(429, "RATE_LIMIT", "slow down", "req-429").insert_header("Retry-After", "1");
    script(
        &server,
        "POST",
        INSTANCES,
        limited,
        1,
        ok_instances("req-ok"),
    )
    .await;
    // Backoff of at most 1 ms: a wait of a second can only come from Retry-After.
    let retry = RetryPolicy::default()
        .with_initial_backoff(Duration::from_millis(1))
        .with_max_backoff(Duration::from_secs(5));
    let started = Instant::now();
    vm::Client::new(&config(&server, retry))
        .create_instances(REGION, fixtures::vm_instance_spec())
        .send()
        .await
        .expect("the retry succeeds");
    let waited = started.elapsed();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert!(waited >= Duration::from_secs(1), "waited {waited:?}");
    assert!(waited < Duration::from_secs(3), "waited {waited:?}");
    scenario.pass(format!(
        "2 attempts, {:.2} s apart (backoff ceiling 1 ms: the wait is the server's)",
        waited.as_secs_f64()
    ));

    let scenario = Scenario::new(SUITE, "Retry-After longer than max_backoff");
    let server = MockServer::start().await;
    let limited =
        jd_error(429, "RATE_LIMIT", "slow down", "req-429").insert_header("Retry-After", "120");
    script(
        &server,
        "POST",
        INSTANCES,
        limited,
        1,
        ok_instances("req-ok"),
    )
    .await;
    let started = Instant::now();
    let err = vm::Client::new(&config(&server, retry))
        .create_instances(REGION, fixtures::vm_instance_spec())
        .send()
        .await
        .expect_err("gives up");
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
    let service = err.as_service().expect("a service error");
    assert_eq!(service.common_status(), Some(CommonStatus::RateLimit));
    scenario.pass(
        "gave up at once (Retry-After 120 s > max_backoff 5 s) with the 429 RATE_LIMIT error",
    );

    let scenario = Scenario::new(SUITE, "429 QUOTA_EXCEEDED is not retried");
    let server = MockServer::start().await;
    let quota = jd_error(
        429,
        "QUOTA_EXCEEDED",
        "Instance quota limit exceeded",
        "req-quota",
    );
    script(&server, "POST", INSTANCES, quota, 1, ok_instances("req-ok")).await;
    let err = vm::Client::new(&config(&server, quick_retries()))
        .create_instances(REGION, fixtures::vm_instance_spec())
        .send()
        .await
        .expect_err("not retried");
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
    let kind = CreateInstancesErrorKind::of(err.as_service().unwrap());
    assert_eq!(kind, CreateInstancesErrorKind::QuotaExceeded);
    scenario.pass("1 attempt; CreateInstancesErrorKind::QuotaExceeded");
}

#[tokio::test]
async fn service_errors_are_typed() {
    let scenario = Scenario::new(SUITE, "service error body mapped to a typed error");
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(jd_error(
            400,
            "INVALID_ARGUMENT",
            "Parameter InstanceSpec.ImageId missing",
            "c2i8w4g6fiqocr2fetqf8ef59k1k4wir",
        ))
        .mount(&server)
        .await;
    let err = vm::Client::new(&config(&server, quick_retries()))
        .create_instances(REGION, fixtures::vm_instance_spec())
        .send()
        .await
        .expect_err("400");
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        1,
        "a 400 is not retried"
    );
    let Error::Service(service) = &err else {
        panic!("not a service error: {err:?}");
    };
    assert_eq!(service.http_status, 400);
    assert_eq!(service.code, Some(400));
    assert_eq!(service.status.as_deref(), Some("INVALID_ARGUMENT"));
    assert_eq!(service.message, "Parameter InstanceSpec.ImageId missing");
    assert_eq!(
        service.request_id.as_deref(),
        Some("c2i8w4g6fiqocr2fetqf8ef59k1k4wir")
    );
    assert_eq!(err.request_id(), Some("c2i8w4g6fiqocr2fetqf8ef59k1k4wir"));
    assert_eq!(service.common_status(), Some(CommonStatus::InvalidArgument));
    assert_eq!(
        CreateInstancesErrorKind::of(service),
        CreateInstancesErrorKind::InvalidArgument
    );
    scenario.pass(format!(
        "Error::Service {{ http_status: 400, code: 400, status: INVALID_ARGUMENT, message, \
         request_id }}, CreateInstancesErrorKind::InvalidArgument, not retried; shown as \"{err}\""
    ));

    let scenario = Scenario::new(
        SUITE,
        "every documented status of createInstances maps to its kind",
    );
    let cases = [
        (
            400,
            "FAILED_PRECONDITION",
            CreateInstancesErrorKind::FailedPrecondition,
        ),
        (400, "OUT_OF_RANGE", CreateInstancesErrorKind::OutOfRange),
        (409, "CONFLICT", CreateInstancesErrorKind::Conflict),
        (404, "NOT_FOUND", CreateInstancesErrorKind::NotFound),
        (
            429,
            "QUOTA_EXCEEDED",
            CreateInstancesErrorKind::QuotaExceeded,
        ),
        (500, "INTERNAL", CreateInstancesErrorKind::Internal),
        (500, "UNKNOWN", CreateInstancesErrorKind::Unknown),
        (403, "HTTP_FORBIDDEN", CreateInstancesErrorKind::Other),
    ];
    for (http, status, kind) in cases {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(jd_error(http, status, "m", "r"))
            .mount(&server)
            .await;
        let err = vm::Client::new(&config(&server, RetryPolicy::none()))
            .create_instances(REGION, fixtures::vm_instance_spec())
            .send()
            .await
            .expect_err("an error");
        assert_eq!(
            CreateInstancesErrorKind::of(err.as_service().unwrap()),
            kind,
            "{status}"
        );
    }
    scenario.pass(format!(
        "{} statuses, undocumented HTTP_FORBIDDEN as Other",
        cases.len()
    ));

    let scenario = Scenario::new(SUITE, "error without a JSON body");
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(502)
                .set_body_string("<html>Bad Gateway</html>")
                .insert_header("x-jdcloud-request-id", "hdr-502"),
        )
        .mount(&server)
        .await;
    let err = vm::Client::new(&config(&server, RetryPolicy::none()))
        .create_instances(REGION, fixtures::vm_instance_spec())
        .send()
        .await
        .expect_err("502");
    let service = err.as_service().unwrap();
    assert_eq!(service.request_id.as_deref(), Some("hdr-502"));
    assert_eq!(service.message, "<html>Bad Gateway</html>");
    assert_eq!(service.status, None);
    scenario.pass("request id from x-jdcloud-request-id, message from the body, no status");

    let scenario = Scenario::new(SUITE, "error inside a 200 body");
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(jd_error(200, "INTERNAL", "partial failure", "req-200"))
        .mount(&server)
        .await;
    let err = vm::Client::new(&config(&server, RetryPolicy::none()))
        .create_instances(REGION, fixtures::vm_instance_spec())
        .send()
        .await
        .expect_err("an error member is an error");
    assert_eq!(
        err.as_service().and_then(|s| s.status.as_deref()),
        Some("INTERNAL")
    );
    scenario.pass("a 2xx whose body has an `error` member is Error::Service");
}

#[tokio::test]
async fn times_out() {
    let scenario = Scenario::new(SUITE, "timeout (Config::with_timeout), idempotent POST");
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ok_instances("late").set_delay(Duration::from_secs(3)))
        .mount(&server)
        .await;
    let config = config(&server, quick_retries()).with_timeout(Duration::from_millis(300));
    let started = Instant::now();
    let err = vm::Client::new(&config)
        .create_instances(REGION, fixtures::vm_instance_spec())
        .send()
        .await
        .expect_err("times out");
    let took = started.elapsed();
    assert!(matches!(err, Error::Timeout), "{err:?}");
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        3,
        "retried: it has a clientToken"
    );
    assert!(took < Duration::from_secs(3), "took {took:?}");
    scenario.pass(format!(
        "Error::Timeout after 3 attempts of 300 ms ({:.2} s in all; the server answers after 3 s)",
        took.as_secs_f64()
    ));
}

#[cfg(e2e_corpus)]
mod corpus {
    use super::*;
    use e2e::corpus::en::runtime as rt;
    use e2e::corpus::en::vm as cvm;
    use futures_util::StreamExt;
    use wiremock::matchers::query_param;

    fn config(server: &MockServer, retry: rt::RetryPolicy) -> rt::Config {
        e2e::config(&server.uri()).with_retry(retry)
    }

    fn quick() -> rt::RetryPolicy {
        rt::RetryPolicy::default().with_initial_backoff(Duration::from_millis(10))
    }

    fn page(ids: &[&str], total: u32) -> ResponseTemplate {
        let instances: Vec<Value> = ids
            .iter()
            .map(|id| json!({"instanceId": id, "instanceName": format!("名称-{id}"), "status": "running"}))
            .collect();
        ResponseTemplate::new(200).set_body_json(json!({
            "requestId": format!("req-{}", ids.join("-")),
            "result": {"instances": instances, "totalCount": total}
        }))
    }

    #[tokio::test]
    async fn pagination_across_three_pages() {
        let scenario = Scenario::new(SUITE, "pagination across three pages via .items()");
        let server = MockServer::start().await;
        for (number, ids) in [
            ("1", &["i-1", "i-2"][..]),
            ("2", &["i-3", "i-4"]),
            ("3", &["i-5"]),
        ] {
            Mock::given(method("GET"))
                .and(path(INSTANCES))
                .and(query_param("pageNumber", number))
                .respond_with(page(ids, 5))
                .expect(1)
                .mount(&server)
                .await;
        }
        let items: Vec<cvm::Instance> = cvm::Client::new(&config(&server, quick()))
            .describe_instances(REGION)
            .filters(e2e::fixtures::corpus::vm_filters())
            .page_size(2)
            .items()
            .map(|item| item.expect("an instance"))
            .collect()
            .await;
        let ids: Vec<&str> = items
            .iter()
            .filter_map(|i| i.instance_id.as_deref())
            .collect();
        assert_eq!(ids, ["i-1", "i-2", "i-3", "i-4", "i-5"]);
        assert_eq!(items[4].instance_name.as_deref(), Some("名称-i-5"));
        let requests = server.received_requests().await.unwrap();
        assert_eq!(requests.len(), 3, "stops at totalCount");
        for (i, r) in requests.iter().enumerate() {
            let query = r.url.query().unwrap_or("");
            assert!(query.contains(&format!("pageNumber={}", i + 1)), "{query}");
            assert!(query.contains("pageSize=2"), "{query}");
            assert!(
                query.contains("filters.1.name=az"),
                "filters kept on every page: {query}"
            );
        }
        scenario.pass(
            "5 instances in order from pages 1, 2, 3 (2+2+1, totalCount 5), no 4th request; \
             pageSize and filters sent with every page",
        );
    }

    #[tokio::test]
    async fn get_is_retried_post_without_client_token_is_not() {
        let scenario = Scenario::new(SUITE, "GET retried on 503 then success");
        let server = MockServer::start().await;
        script(
            &server,
            "GET",
            INSTANCES,
            jd_error(503, "UNAVAILABLE", "busy", "r"),
            1,
            page(&["i-1"], 1),
        )
        .await;
        let r = cvm::Client::new(&config(&server, quick()))
            .describe_instances(REGION)
            .send()
            .await
            .expect("the retry succeeds");
        assert_eq!(r.result.total_count.map(|t| t as i64), Some(1));
        assert_eq!(server.received_requests().await.unwrap().len(), 2);
        scenario.pass("2 attempts (503, 200), DescribeInstancesResult decoded");

        let scenario = Scenario::new(SUITE, "no retry of a POST without clientToken");
        let server = MockServer::start().await;
        let action = "/v1/regions/cn-north-1/instances/i-e2e0001:stopInstance";
        script(
            &server,
            "POST",
            action,
            jd_error(503, "UNAVAILABLE", "busy", "req-stop"),
            1,
            ResponseTemplate::new(200),
        )
        .await;
        let err = cvm::Client::new(&config(&server, quick()))
            .stop_instance(REGION, "i-e2e0001")
            .send()
            .await
            .expect_err("not retried");
        assert_eq!(server.received_requests().await.unwrap().len(), 1);
        let service = err.as_service().expect("a service error");
        assert_eq!(service.http_status, 503);
        assert_eq!(
            cvm::StopInstanceErrorKind::of(service),
            cvm::StopInstanceErrorKind::ServiceUnavailable
        );
        scenario.pass(
            "stopInstance answered 503 once: 1 attempt, the 503 returned \
             (StopInstanceErrorKind::ServiceUnavailable, by HTTP status)",
        );

        let scenario = Scenario::new(
            SUITE,
            "timeout of a POST without clientToken is not retried",
        );
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(3)))
            .mount(&server)
            .await;
        let started = Instant::now();
        let err =
            cvm::Client::new(&config(&server, quick()).with_timeout(Duration::from_millis(300)))
                .stop_instance(REGION, "i-e2e0001")
                .send()
                .await
                .expect_err("times out");
        assert!(matches!(err, rt::Error::Timeout), "{err:?}");
        assert_eq!(server.received_requests().await.unwrap().len(), 1);
        scenario.pass(format!(
            "Error::Timeout after 1 attempt ({:.2} s): the service may have acted on it",
            started.elapsed().as_secs_f64()
        ));

        let scenario = Scenario::new(SUITE, "status-only errors map to the documented kind");
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(404).set_body_json(json!({"requestId": "r404"})))
            .mount(&server)
            .await;
        let err = cvm::Client::new(&config(&server, quick()))
            .describe_instances(REGION)
            .send()
            .await
            .expect_err("404");
        let service = err.as_service().unwrap();
        assert_eq!(
            cvm::DescribeInstancesErrorKind::of(service),
            cvm::DescribeInstancesErrorKind::NotFound
        );
        assert_eq!(service.request_id.as_deref(), Some("r404"));
        scenario
            .pass("404 without a JD status: DescribeInstancesErrorKind::NotFound, request id r404");
    }
}

#[cfg(not(e2e_corpus))]
#[test]
fn corpus_scenarios() {
    e2e::report::skip(
        SUITE,
        "pagination, GET retry, POST without clientToken",
        "../shared/corpus is not beside the project, so build.rs generated nothing from it",
    );
}
