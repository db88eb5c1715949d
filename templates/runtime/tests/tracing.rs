//! What `send` records through `tracing`: one span per call with its service, operation,
//! attempt, request ID, HTTP status and elapsed time; an event per retry; never a secret key,
//! a session token, a signature or a sensitive body member.

mod support;

use std::time::Duration;

use jdcloud_sdk_runtime::{
    send, Config, Credentials, Endpoint, Error, Method, Request, RetryPolicy,
};
use serde_json::Value;

use support::capture::Capture;
use support::server::{Behavior, Server};

const SECRET_KEY: &str = "tracing-secret-key-0123456789";
const SESSION_TOKEN: &str = "tracing-session-token-abcdef";
const PASSWORD: &str = "Pa55-w0rd-in-the-body";

fn json(status: u16, body: &str) -> Behavior {
    Behavior::Respond {
        status,
        headers: vec![("x-jdcloud-request-id".into(), format!("hdr-{status}"))],
        body: body.as_bytes().to_vec(),
    }
}

fn config(server: &Server) -> Config {
    Config::new(Credentials::new("AKIDTRACING0001", SECRET_KEY).with_session_token(SESSION_TOKEN))
        .with_endpoint(Endpoint::parse(&server.http_url()).unwrap())
        .with_retry(
            RetryPolicy::default()
                .with_initial_backoff(Duration::from_millis(1))
                .with_max_backoff(Duration::from_millis(2)),
        )
}

fn create_instances() -> Request {
    let body = format!(
        r#"{{"instanceSpec":{{"name":"web-1","password":"{PASSWORD}"}},"clientToken":"tok-1"}}"#
    );
    Request::new(Method::POST, "vm", "v1", "/regions/cn-north-1/instances")
        .with_region("cn-north-1")
        .with_operation("createInstances")
        .with_json_body(body.into_bytes())
        .with_idempotent(true)
}

/// The signatures the server received (the hex after `Signature=`).
fn signatures(server: &Server) -> Vec<String> {
    server
        .requests()
        .iter()
        .filter_map(|r| r.header("authorization"))
        .filter_map(|a| a.split("Signature=").nth(1))
        .map(str::to_string)
        .collect()
}

fn assert_no_secrets(capture: &Capture, server: &Server) {
    let text = capture.get().text();
    for secret in [SECRET_KEY, SESSION_TOKEN, PASSWORD] {
        assert!(!text.contains(secret), "{secret} was recorded:\n{text}");
    }
    let signatures = signatures(server);
    assert!(!signatures.is_empty());
    for signature in signatures {
        assert!(
            !text.contains(&signature),
            "a signature was recorded:\n{text}"
        );
    }
    assert!(!text.contains("Signature="), "{text}");
}

#[tokio::test]
async fn one_span_per_call_and_an_event_per_retry() {
    let (capture, subscriber) = Capture::subscriber();
    let _guard = tracing::subscriber::set_default(subscriber);
    let server = Server::start_with(|n| match n {
        0 => json(
            503,
            r#"{"requestId":"r-busy","error":{"code":503,"status":"UNAVAILABLE","message":"busy"}}"#,
        ),
        _ => json(200, r#"{"requestId":"r-ok","result":{"instanceIds":["i-1"]}}"#),
    })
    .await;
    let response = send::<Value>(&config(&server), create_instances())
        .await
        .unwrap();
    assert_eq!(response.request_id.as_deref(), Some("r-ok"));

    let captured = capture.get();
    let spans = captured.spans_named("jdcloud_call");
    assert_eq!(spans.len(), 1, "{:?}", captured.spans);
    let span = &spans[0];
    for (field, value) in [
        ("service", "vm"),
        ("operation", "createInstances"),
        ("method", "POST"),
        ("attempt", "2"),
        ("http_status", "200"),
        ("request_id", "r-ok"),
    ] {
        assert_eq!(
            span.fields.get(field).map(String::as_str),
            Some(value),
            "{field}: {span:?}"
        );
    }
    let elapsed: u64 = span.fields["elapsed_ms"].parse().unwrap();
    assert!(elapsed < 5_000);
    assert!(!span.fields.contains_key("error"));
    // The attempt field went 1, then 2.
    let attempts: Vec<&str> = span
        .history
        .iter()
        .filter(|(n, _)| n == "attempt")
        .map(|(_, v)| v.as_str())
        .collect();
    assert_eq!(attempts, ["1", "2"]);

    let retries = captured.events_with("retrying JD Cloud request");
    assert_eq!(retries.len(), 1, "{:?}", captured.events);
    let retry = retries[0];
    assert_eq!(retry.level, "INFO");
    assert_eq!(retry.span.as_deref(), Some("jdcloud_call"));
    assert_eq!(retry.fields["attempt"], "1");
    assert!(retry.fields["error"].contains("UNAVAILABLE"), "{retry:?}");
    assert!(retry.fields.contains_key("delay_ms"));
    assert_eq!(captured.events_with("sending JD Cloud request").len(), 2);
    // The request body is traced, its sensitive members redacted.
    let bodies = captured.events_with("request body");
    assert_eq!(bodies.len(), 2);
    assert!(bodies[0].fields["body"].contains("web-1"));
    drop(captured);
    assert_no_secrets(&capture, &server);
}

#[tokio::test]
async fn a_failed_call_records_its_error() {
    let (capture, subscriber) = Capture::subscriber();
    let _guard = tracing::subscriber::set_default(subscriber);
    let server = Server::start(json(
        400,
        r#"{"requestId":"r-bad","error":{"code":400,"status":"INVALID_ARGUMENT","message":"bad spec"}}"#,
    ))
    .await;
    let err = send::<Value>(&config(&server), create_instances())
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Service(_)));
    let captured = capture.get();
    let span = captured.spans_named("jdcloud_call")[0];
    assert_eq!(span.fields["http_status"], "400");
    assert_eq!(span.fields["request_id"], "r-bad");
    assert_eq!(span.fields["attempt"], "1");
    assert!(
        span.fields["error"].contains("INVALID_ARGUMENT"),
        "{span:?}"
    );
    assert!(captured.events_with("retrying JD Cloud request").is_empty());
    drop(captured);
    assert_no_secrets(&capture, &server);
}

#[tokio::test]
async fn calls_without_an_operation_name_still_have_their_span() {
    let (capture, subscriber) = Capture::subscriber();
    let _guard = tracing::subscriber::set_default(subscriber);
    let server = Server::start(json(200, r#"{"requestId":"r"}"#)).await;
    let request = Request::new(Method::GET, "vpc", "v1", "/regions/cn-north-1/vpcs");
    send::<()>(&config(&server), request).await.unwrap();
    let captured = capture.get();
    let span = captured.spans_named("jdcloud_call")[0];
    assert_eq!(span.fields["service"], "vpc");
    assert_eq!(span.fields["operation"], "");
    assert_eq!(span.fields["method"], "GET");
}
