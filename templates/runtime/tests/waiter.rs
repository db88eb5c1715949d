//! The waiter against a scripted server on 127.0.0.1, the way a program waits for a vm
//! instance it created: one server moves the instance from `pending` to `running`, one keeps
//! it `pending` past the deadline, one lets creation fail.

mod support;

use std::time::{Duration, Instant};

use jdcloud_sdk_runtime::{
    send, Config, Credentials, Endpoint, Method, Request, Response, RetryPolicy, WaitOutcome,
    WaitState, Waiter,
};
use serde::Deserialize;

use support::server::{Behavior, Server};

#[derive(Debug, Deserialize)]
struct DescribeInstanceResult {
    instance: Instance,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Instance {
    instance_id: String,
    status: String,
}

fn instance(status: &str) -> Behavior {
    Behavior::Respond {
        status: 200,
        headers: vec![],
        body: format!(
            r#"{{"requestId":"r-{status}","result":{{"instance":{{"instanceId":"i-1","status":"{status}"}}}}}}"#
        )
        .into_bytes(),
    }
}

fn config(server: &Server) -> Config {
    Config::new(Credentials::new("ak", "sk"))
        .with_endpoint(Endpoint::parse(&server.http_url()).unwrap())
        .with_retry(RetryPolicy::default().with_initial_backoff(Duration::from_millis(1)))
}

/// Waits for instance `i-1` to run, as the documentation's example does.
async fn wait_running(
    config: &Config,
    timeout: Duration,
) -> WaitOutcome<Response<DescribeInstanceResult>> {
    let describe = || {
        let request = Request::new(Method::GET, "vm", "v1", "/regions/cn-north-1/instances/i-1")
            .with_region("cn-north-1")
            .with_operation("describeInstance");
        send::<DescribeInstanceResult>(config, request)
    };
    Waiter::new(timeout)
        .with_initial_delay(Duration::from_millis(20))
        .with_max_delay(Duration::from_millis(80))
        .wait(describe, |response| {
            match response.result.instance.status.as_str() {
                "running" => WaitState::Ready,
                "error" | "stopped" => WaitState::Terminal,
                _ => WaitState::Pending,
            }
        })
        .await
}

#[tokio::test]
async fn pending_then_running() {
    let server = Server::start_with(|n| instance(if n < 3 { "pending" } else { "running" })).await;
    let outcome = wait_running(&config(&server), Duration::from_secs(10)).await;
    let response = outcome.ready().expect("ready");
    assert_eq!(response.result.instance.instance_id, "i-1");
    assert_eq!(response.result.instance.status, "running");
    assert_eq!(response.request_id.as_deref(), Some("r-running"));
    assert_eq!(server.requests().len(), 4);
}

#[tokio::test]
async fn still_pending_at_the_deadline() {
    let server = Server::start(instance("pending")).await;
    let started = Instant::now();
    let outcome = wait_running(&config(&server), Duration::from_millis(400)).await;
    let elapsed = started.elapsed();
    match outcome {
        WaitOutcome::TimedOut {
            last: Some(last),
            last_error: None,
            polls,
        } => {
            assert_eq!(last.result.instance.status, "pending");
            assert_eq!(polls as usize, server.requests().len());
            assert!(polls >= 4, "{polls} polls");
        }
        other => panic!("{other:?}"),
    }
    assert!(
        elapsed <= Duration::from_millis(400) + Duration::from_millis(200),
        "{elapsed:?}"
    );
}

#[tokio::test]
async fn creation_fails() {
    let server = Server::start_with(|n| instance(if n < 1 { "pending" } else { "error" })).await;
    let outcome = wait_running(&config(&server), Duration::from_secs(10)).await;
    assert!(
        matches!(&outcome, WaitOutcome::Terminal(r) if r.result.instance.status == "error"),
        "{outcome:?}"
    );
}

#[tokio::test]
async fn a_service_that_goes_away_for_a_while() {
    // A 503 is retried by send; a second one in a row ends that poll, and the waiter goes on.
    let server = Server::start_with(|n| match n {
        0 => instance("pending"),
        1..=6 => Behavior::Respond {
            status: 503,
            headers: vec![],
            body: br#"{"error":{"code":503,"status":"UNAVAILABLE","message":"busy"}}"#.to_vec(),
        },
        _ => instance("running"),
    })
    .await;
    let outcome = wait_running(&config(&server), Duration::from_secs(10)).await;
    assert!(outcome.is_ready(), "{outcome:?}");
}
