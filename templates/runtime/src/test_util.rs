//! Testing code that calls JD Cloud without a server (feature `test-util`).
//!
//! A [`StubTransport`] takes the place of the HTTP client
//! ([`Config::with_transport`]): it answers each request from [`Rule`]s, with a
//! result, a service error, any HTTP response or a transport failure, and keeps
//! every request it was sent, signed as it would have gone on the wire. The
//! rest of the runtime runs as in production: signing, retries, time limits and
//! reading the JD Cloud envelope into the operation's typed result or
//! [`Error`].
//!
//! ```
//! use jdcloud_sdk_runtime::test_util::{Rule, StubTransport};
//! use jdcloud_sdk_runtime::{send, Error, Method, Request};
//! use serde::Deserialize;
//! use serde_json::json;
//!
//! #[derive(Debug, Deserialize)]
//! #[serde(rename_all = "camelCase")]
//! struct CreateInstancesResult {
//!     instance_ids: Vec<String>,
//! }
//!
//! # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
//! let stub = StubTransport::new()
//!     .with_rule(
//!         Rule::operation("createInstances")
//!             .service_error(503, "UNAVAILABLE", "try again")
//!             .result(json!({"instanceIds": ["i-1"]})),
//!     )
//!     .with_rule(Rule::operation("deleteInstance").service_error(
//!         404,
//!         "NOT_FOUND",
//!         "Instance 'i-9' not found",
//!     ));
//! let config = stub.config();
//!
//! // What a generated `vm::Client::create_instances(..).send()` does:
//! let request = Request::new(Method::POST, "vm", "v1", "/regions/cn-north-1/instances")
//!     .with_operation("createInstances")
//!     .with_region("cn-north-1")
//!     .with_json_body(br#"{"clientToken":"t-1"}"#.to_vec())
//!     .with_idempotent(true);
//! let created = send::<CreateInstancesResult>(&config, request).await?;
//! assert_eq!(created.result.instance_ids, ["i-1"]);
//!
//! // The 503 was retried, with the same clientToken.
//! let sent = stub.requests();
//! assert_eq!(sent.len(), 2);
//! assert_eq!(sent[1].body_json().unwrap()["clientToken"], "t-1");
//! assert!(sent[1].header("authorization").is_some());
//!
//! let request = Request::new(Method::DELETE, "vm", "v1", "/regions/cn-north-1/instances/i-9")
//!     .with_operation("deleteInstance");
//! let err = send::<()>(&config, request).await.unwrap_err();
//! assert_eq!(err.as_service().unwrap().status.as_deref(), Some("NOT_FOUND"));
//! # Ok::<(), Error>(())
//! # }).unwrap();
//! ```
//!
//! Generated operations name themselves on their [`Request`] so that
//! [`Rule::operation`] finds them; [`Rule::request`] matches on anything else
//! (method, path, query, body).

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use futures_core::future::BoxFuture;
use http::Method;
use serde::Serialize;
use serde_json::{json, Value};

use crate::config::{Config, Endpoint, Scheme};
use crate::credentials::{redact_headers, Credentials};
use crate::error::Error;
use crate::http::Request;
use crate::retry::RetryPolicy;
use crate::transport::{Attempt, HttpResponse, Transport, TransportError, TransportErrorKind};

/// A transport that answers from [`Rule`]s and keeps what it was sent.
/// Clones share the rules and the requests, so a test keeps one and gives the
/// other to the configuration.
#[derive(Clone, Default)]
pub struct StubTransport {
    state: Arc<Mutex<State>>,
}

#[derive(Default)]
struct State {
    rules: Vec<Rule>,
    requests: Vec<StubRequest>,
}

impl StubTransport {
    /// A stub without rules: every request fails until rules are added.
    pub fn new() -> Self {
        StubTransport::default()
    }

    /// Adds a rule (builder style). Rules are tried in the order they were added.
    pub fn with_rule(self, rule: Rule) -> Self {
        self.add_rule(rule);
        self
    }

    /// Adds a rule to a stub already in use.
    pub fn add_rule(&self, rule: Rule) {
        self.state().rules.push(rule);
    }

    /// Every request sent so far, in order, attempts of one call included.
    pub fn requests(&self) -> Vec<StubRequest> {
        self.state().requests.clone()
    }

    /// The requests sent so far for `operation`.
    pub fn requests_for(&self, operation: &str) -> Vec<StubRequest> {
        self.state()
            .requests
            .iter()
            .filter(|r| r.operation == Some(operation))
            .cloned()
            .collect()
    }

    /// A configuration that sends through this stub: test credentials, the
    /// region `cn-north-1`, and retries with waits of a millisecond at most, so
    /// that tests of retried calls stay fast.
    pub fn config(&self) -> Config {
        Config::new(Credentials::new("stub-access-key", "stub-secret-key"))
            .with_region("cn-north-1")
            .with_endpoint(Endpoint::new(
                Scheme::Https,
                "{service}.stub.jdcloud-api.com",
                None,
            ))
            .with_retry(
                RetryPolicy::default()
                    .with_initial_backoff(Duration::from_millis(1))
                    .with_max_backoff(Duration::from_millis(1)),
            )
            .with_transport(self.clone())
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn answer(&self, attempt: &Attempt<'_>) -> Result<HttpResponse, Error> {
        let mut state = self.state();
        let number = state.requests.len() + 1;
        state.requests.push(StubRequest::of(attempt));
        let Some(rule) = state
            .rules
            .iter_mut()
            .find(|r| (r.matcher)(attempt.request))
        else {
            let request = attempt.request;
            return Err(TransportError::new(
                TransportErrorKind::Other,
                format!(
                    "the stub transport has no rule for {} {} ({} {})",
                    request.service,
                    request.operation.unwrap_or("(no operation name)"),
                    request.method,
                    attempt.signed.url.path()
                ),
            )
            .into());
        };
        let index = rule.calls.min(rule.replies.len().saturating_sub(1));
        rule.calls += 1;
        match rule.replies.get(index) {
            Some(Reply::Http(response)) => {
                let mut response = response.clone();
                if let Some(body) = std::str::from_utf8(&response.body)
                    .ok()
                    .filter(|b| b.contains(REQUEST_ID_PLACEHOLDER))
                {
                    response.body = body
                        .replace(REQUEST_ID_PLACEHOLDER, &format!("stub-{number}"))
                        .into_bytes();
                }
                Ok(response)
            }
            Some(Reply::Fail(make)) => Err(make()),
            None => Err(TransportError::new(
                TransportErrorKind::Other,
                format!("the stub rule {:?} has no reply", rule.description),
            )
            .into()),
        }
    }
}

impl Transport for StubTransport {
    fn send<'a>(&'a self, attempt: &'a Attempt<'a>) -> BoxFuture<'a, Result<HttpResponse, Error>> {
        let answer = self.answer(attempt);
        Box::pin(std::future::ready(answer))
    }
}

impl fmt::Debug for StubTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.state();
        f.debug_struct("StubTransport")
            .field("rules", &state.rules)
            .field("requests", &state.requests.len())
            .finish()
    }
}

/// Replaced by `stub-<n>` (n: the request's number) in the bodies rules make.
const REQUEST_ID_PLACEHOLDER: &str = "{stub-request-id}";

/// Which requests a [`StubTransport`] answers, and how.
///
/// A rule answers with its replies in the order they were added; once they are
/// used up, the last one answers every further request. A rule without
/// replies fails every request it matches.
pub struct Rule {
    description: String,
    matcher: Box<dyn Fn(&Request) -> bool + Send + Sync>,
    replies: Vec<Reply>,
    calls: usize,
}

enum Reply {
    Http(HttpResponse),
    Fail(Box<dyn Fn() -> Error + Send + Sync>),
}

impl Rule {
    /// Matches the requests of an operation, by the name generated operations
    /// give their [`Request`] (`describeInstances`; see [`Request::with_operation`]).
    pub fn operation(name: &'static str) -> Rule {
        Rule::new(format!("operation {name}"), move |r| {
            r.operation == Some(name)
        })
    }

    /// Matches the requests for which `predicate` holds.
    pub fn request(predicate: impl Fn(&Request) -> bool + Send + Sync + 'static) -> Rule {
        Rule::new("a request predicate".into(), predicate)
    }

    /// Matches every request.
    pub fn any() -> Rule {
        Rule::new("any request".into(), |_| true)
    }

    fn new(
        description: String,
        matcher: impl Fn(&Request) -> bool + Send + Sync + 'static,
    ) -> Rule {
        Rule {
            description,
            matcher: Box::new(matcher),
            replies: Vec::new(),
            calls: 0,
        }
    }

    /// Answers HTTP 200 with `result` as the envelope's `result` (and a request
    /// ID `stub-<n>`). Any `Serialize` value works: a generated result type, or
    /// `serde_json::json!` text.
    ///
    /// # Panics
    ///
    /// If `result` cannot be serialized to JSON.
    pub fn result(self, result: impl Serialize) -> Rule {
        let result = serde_json::to_value(result)
            .unwrap_or_else(|e| panic!("a stub result must serialize to JSON: {e}"));
        let body = json!({"requestId": REQUEST_ID_PLACEHOLDER, "result": result});
        self.reply(HttpResponse::new(200, body.to_string()))
    }

    /// Answers with the JD Cloud error envelope: `http_status`, and
    /// `{"error": {"code": http_status, "status": status, "message": message}}`,
    /// which [`send`](crate::send) returns as [`Error::Service`].
    pub fn service_error(self, http_status: u16, status: &str, message: &str) -> Rule {
        let body = json!({
            "requestId": REQUEST_ID_PLACEHOLDER,
            "error": {"code": http_status, "status": status, "message": message},
        });
        self.reply(HttpResponse::new(http_status, body.to_string()))
    }

    /// Answers with this response as it is (headers such as `retry-after`, a
    /// body that is not JSON, ...).
    pub fn http(self, response: HttpResponse) -> Rule {
        self.reply(response)
    }

    /// Fails with the error `make` returns, as a transport would: for example
    /// `|| Error::Timeout`, or a [`TransportError`] of kind
    /// [`ConnectionLost`](TransportErrorKind::ConnectionLost).
    pub fn fail(self, make: impl Fn() -> Error + Send + Sync + 'static) -> Rule {
        let mut rule = self;
        rule.replies.push(Reply::Fail(Box::new(make)));
        rule
    }

    fn reply(mut self, response: HttpResponse) -> Rule {
        self.replies.push(Reply::Http(response));
        self
    }
}

impl fmt::Debug for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rule")
            .field("matches", &self.description)
            .field("replies", &self.replies.len())
            .field("calls", &self.calls)
            .finish()
    }
}

/// A request a [`StubTransport`] was sent: what would have gone on the wire.
#[derive(Clone)]
pub struct StubRequest {
    /// Service name (`vm`).
    pub service: &'static str,
    /// Operation name, when the request carries one.
    pub operation: Option<&'static str>,
    /// HTTP method.
    pub method: Method,
    /// The full URL, query included.
    pub url: reqwest::Url,
    /// Every header sent, `authorization` included.
    pub headers: Vec<(String, String)>,
    /// The body sent.
    pub body: Vec<u8>,
    /// 1 for the first attempt of a call, 2 for its first retry, ...
    pub attempt: u32,
}

impl StubRequest {
    fn of(attempt: &Attempt<'_>) -> StubRequest {
        StubRequest {
            service: attempt.request.service,
            operation: attempt.request.operation,
            method: attempt.request.method.clone(),
            url: attempt.signed.url.clone(),
            headers: attempt
                .signed
                .headers
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
            body: attempt.signed.body.to_vec(),
            attempt: attempt.number,
        }
    }

    /// A header's value (names compared ignoring case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The query parameters, decoded (`filters.1.name`, ...).
    pub fn query(&self) -> Vec<(String, String)> {
        self.url
            .query_pairs()
            .map(|(n, v)| (n.into_owned(), v.into_owned()))
            .collect()
    }

    /// The body as a JSON document (`None` when empty or not JSON).
    pub fn body_json(&self) -> Option<Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

impl fmt::Debug for StubRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StubRequest")
            .field("service", &self.service)
            .field("operation", &self.operation)
            .field("method", &self.method)
            .field("url", &self.url.as_str())
            .field("headers", &redact_headers(&self.headers))
            .field("body", &String::from_utf8_lossy(&self.body))
            .field("attempt", &self.attempt)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{send, Response};

    fn block<F: std::future::Future>(future: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(future)
    }

    fn describe(id: &str) -> Request {
        Request::new(
            Method::GET,
            "vm",
            "v1",
            format!("/regions/cn-north-1/instances/{id}"),
        )
        .with_operation("describeInstance")
        .with_query(vec![("filters.1.name".into(), "a b".into())])
    }

    #[test]
    fn replies_in_order_then_repeats_the_last() {
        let stub = StubTransport::new().with_rule(
            Rule::operation("describeInstance")
                .result(json!({"status": "pending"}))
                .result(json!({"status": "running"})),
        );
        let config = stub.config();
        let statuses: Vec<String> = block(async {
            let mut out = Vec::new();
            for _ in 0..3 {
                let r: Response<Value> = send(&config, describe("i-1")).await.unwrap();
                out.push(r.result["status"].as_str().unwrap().to_string());
                assert!(r.request_id.unwrap().starts_with("stub-"));
            }
            out
        });
        assert_eq!(statuses, ["pending", "running", "running"]);
        let sent = stub.requests_for("describeInstance");
        assert_eq!(sent.len(), 3);
        assert_eq!(sent[0].query(), [("filters.1.name".into(), "a b".into())]);
        assert_eq!(sent[0].url.host_str(), Some("vm.stub.jdcloud-api.com"));
        let debug = format!("{:?}", sent[0]);
        assert!(!debug.contains("Signature="), "{debug}");
    }

    #[test]
    fn errors_failures_and_missing_rules() {
        let stub = StubTransport::new()
            .with_rule(Rule::request(|r| r.method == Method::DELETE).fail(|| Error::Timeout))
            .with_rule(Rule::operation("describeInstance").service_error(404, "NOT_FOUND", "gone"));
        let config = stub.config();
        block(async {
            let err = send::<Value>(&config, describe("i-1")).await.unwrap_err();
            let service = err.as_service().unwrap();
            assert_eq!(
                (service.http_status, service.message.as_str()),
                (404, "gone")
            );
            assert_eq!(service.request_id.as_deref(), Some("stub-1"));

            let delete = Request::new(Method::DELETE, "vm", "v1", "/x");
            let err = send::<()>(&config, delete).await.unwrap_err();
            assert!(matches!(err, Error::Timeout));
            // A DELETE is not marked safe to repeat: one attempt only.
            assert_eq!(stub.requests().len(), 2);

            let other = Request::new(Method::GET, "vpc", "v1", "/y").with_operation("describeVpcs");
            let err = send::<()>(&config, other).await.unwrap_err();
            assert!(
                err.to_string().contains("no rule for vpc describeVpcs"),
                "{err}"
            );
        });
    }

    #[test]
    fn raw_responses_and_limits() {
        let stub = StubTransport::new().with_rule(
            Rule::any().http(HttpResponse::new(200, vec![b' '; 100]).with_header("x-a", "b")),
        );
        let config = stub.config().with_max_response_bytes(10);
        block(async {
            let err = send::<()>(&config, describe("i-1")).await.unwrap_err();
            assert!(
                matches!(err, Error::ResponseTooLarge { limit: 10, .. }),
                "{err}"
            );
        });
        let debug = format!("{stub:?}");
        assert!(debug.contains("any request"), "{debug}");
    }
}
