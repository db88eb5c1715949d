//! The one place that talks HTTP: builds, signs and sends a request, retries
//! it when that is safe, and reads the JD Cloud envelope of the response.

use std::borrow::Cow;
use std::time::{Duration, Instant, SystemTime};

use base64::Engine as _;
use http::header::{HeaderValue, LOCATION, RETRY_AFTER};
use http::Method;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use tracing::Instrument as _;

use crate::config::Config;
use crate::credentials::{redact, redact_headers, redact_json};
use crate::datetime::format_jdcloud_date;
use crate::error::{Error, ServiceError};
use crate::query::push_query_string;
use crate::response::{read_success, Response};
use crate::retry::{new_client_token, parse_retry_after, Outcome};
use crate::signer::{
    self, Query, SignableRequest, DATE_HEADER, DEFAULT_SIGNING_REGION, NONCE_HEADER,
    SECURITY_TOKEN_HEADER,
};
use crate::transport::{send_with_reqwest, Attempt, Body, Limits};

/// Header carrying the request ID on responses without a body.
pub const REQUEST_ID_HEADER: &str = "x-jdcloud-request-id";

/// Prefix of the headers whose values travel base64-encoded.
pub const BASE64_HEADER_PREFIX: &str = "x-jdcloud-";

/// One API call, as generated operations describe it.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// HTTP method.
    pub method: Method,
    /// Service name: host prefix and signing name (`vm`).
    pub service: &'static str,
    /// API version, the first path segment (`v1`).
    pub version: &'static str,
    /// The operation's name as the API reference spells it
    /// (`describeInstances`), when known: it names the call in traces and lets
    /// a stub transport answer by operation. See [`Request::with_operation`].
    pub operation: Option<&'static str>,
    /// The filled path without the version (`/regions/cn-north-1/instances`),
    /// see [`crate::query::fill_path`].
    pub path: String,
    /// Query parameters, not yet percent-encoded, see
    /// [`crate::query::push_query`].
    pub query: Vec<(String, String)>,
    /// Extra headers, values as sent (see [`header_value`]).
    pub headers: Vec<(String, String)>,
    /// The JSON body, serialized: every attempt sends (and signs) exactly these
    /// bytes. Set it with [`Request::with_body`], [`Request::with_json_body`] or a
    /// [`JsonObject`]. POST, PUT and PATCH requests without a body send `{}`.
    pub body: Option<Vec<u8>>,
    /// The request's `regionId`, signed in the credential scope
    /// (`jdcloud-api` when `None`).
    pub region: Option<String>,
    /// Whether sending the request twice is harmless: true for GET and HEAD
    /// and for requests that carry a `clientToken`. Only such requests are
    /// retried after the service may have seen them.
    pub idempotent: bool,
}

impl Request {
    /// A request without parameters; `idempotent` is true for GET and HEAD.
    pub fn new(
        method: Method,
        service: &'static str,
        version: &'static str,
        path: impl Into<String>,
    ) -> Self {
        let idempotent = method == Method::GET || method == Method::HEAD;
        Request {
            method,
            service,
            version,
            operation: None,
            path: path.into(),
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
            region: None,
            idempotent,
        }
    }

    /// Names the operation (`describeInstances`), for traces and stubs.
    pub fn with_operation(mut self, operation: &'static str) -> Self {
        self.operation = Some(operation);
        self
    }

    /// Sets the query parameters.
    pub fn with_query(mut self, query: Vec<(String, String)>) -> Self {
        self.query = query;
        self
    }

    /// Adds a header whose value is sent as given.
    pub fn with_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Adds a documented header parameter, encoding it with [`header_value`].
    pub fn with_header_param(mut self, name: &str, value: &str) -> Self {
        self.headers
            .push((name.to_string(), header_value(name, value)));
        self
    }

    /// Sets the JSON body to a document, without its `null` members (at any
    /// depth; `null` items of arrays stay, as removing them would shift
    /// positions). A `null`
    /// document leaves the request without a body.
    pub fn with_body(mut self, body: Value) -> Self {
        // Writing a `Value` to memory cannot fail: its keys are strings and its
        // numbers finite.
        self.body = if body.is_null() {
            None
        } else {
            serde_json::to_vec(&WithoutNulls(&body)).ok()
        };
        self
    }

    /// Sets the JSON body to text sent as it is, for example the result of
    /// [`JsonObject::finish`] or `serde_json::to_vec`.
    pub fn with_json_body(mut self, json: Vec<u8>) -> Self {
        self.body = Some(json);
        self
    }

    /// Sets the region to sign for.
    pub fn with_region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Marks the request as safe (or not) to send more than once.
    pub fn with_idempotent(mut self, idempotent: bool) -> Self {
        self.idempotent = idempotent;
        self
    }

    /// The JSON body as a document, for inspection and logging: `None` without a
    /// body, or when a body set with [`Request::with_json_body`] is not JSON.
    pub fn body_json(&self) -> Option<Value> {
        serde_json::from_slice(self.body.as_deref()?).ok()
    }
}

/// A JSON object written member by member, straight to its text: how generated
/// operations serialize their body parameters.
///
/// ```text
/// let mut body = JsonObject::new();
/// body.member("instanceSpec", &spec)?;
/// body.member("maxCount", &2)?;
/// let request = Request::new(Method::POST, "vm", "v1", path).with_json_body(body.finish());
/// ```
///
/// As with [`Request::with_body`], `null` members do not reach the wire: they
/// are left out, at any depth.
#[derive(Debug, Clone)]
pub struct JsonObject {
    json: Vec<u8>,
}

impl Default for JsonObject {
    fn default() -> Self {
        JsonObject::new()
    }
}

impl JsonObject {
    /// An empty object.
    pub fn new() -> Self {
        let mut json = Vec::with_capacity(512);
        json.push(b'{');
        JsonObject { json }
    }

    /// Appends the member `name`, serializing `value`. A value that is `null`
    /// adds nothing, and `null` members inside it are left out, at any depth.
    /// Fails with [`Error::Serialize`] when `value` cannot be written as JSON (a
    /// map with keys that are not strings, for example).
    pub fn member<T>(&mut self, name: &str, value: &T) -> Result<(), Error>
    where
        T: Serialize + ?Sized,
    {
        let start = self.json.len();
        let written = self.write_member(name, value);
        if written.is_err() {
            self.json.truncate(start);
        }
        written
    }

    fn write_member<T>(&mut self, name: &str, value: &T) -> Result<(), Error>
    where
        T: Serialize + ?Sized,
    {
        let start = self.json.len();
        if start > 1 {
            self.json.push(b',');
        }
        serde_json::to_writer(&mut self.json, name).map_err(Error::Serialize)?;
        self.json.push(b':');
        let value_start = self.json.len();
        serde_json::to_writer(&mut self.json, value).map_err(Error::Serialize)?;
        let text = &self.json[value_start..];
        if text == b"null" {
            self.json.truncate(start);
        } else if may_have_null_member(text) {
            // Written again from its JSON document, without the `null` members.
            self.json.truncate(value_start);
            let document = serde_json::to_value(value).map_err(Error::Serialize)?;
            serde_json::to_writer(&mut self.json, &WithoutNulls(&document))
                .map_err(Error::Serialize)?;
        }
        Ok(())
    }

    /// The object's JSON text.
    pub fn finish(mut self) -> Vec<u8> {
        self.json.push(b'}');
        self.json
    }
}

/// Whether compact JSON text may have a member whose value is `null`: whether
/// it has a `:` followed by `n`, which is how such a member starts (the pair
/// can also occur inside a string). Most values have none and are sent as
/// written.
fn may_have_null_member(json: &[u8]) -> bool {
    let Some(last) = json.len().checked_sub(1) else {
        return false;
    };
    // Every pair is looked at, without stopping early, so that the loop is vectorized.
    json[..last]
        .iter()
        .zip(&json[1..])
        .fold(false, |found, (&a, &b)| found | ((a == b':') & (b == b'n')))
}

/// Serializes a JSON document without the `null` members of its objects.
struct WithoutNulls<'a>(&'a Value);

impl Serialize for WithoutNulls<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self.0 {
            Value::Object(members) => {
                let mut map = serializer.serialize_map(None)?;
                for (name, member) in members {
                    if !member.is_null() {
                        map.serialize_entry(name, &WithoutNulls(member))?;
                    }
                }
                map.end()
            }
            Value::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(&WithoutNulls(item))?;
                }
                seq.end()
            }
            other => other.serialize(serializer),
        }
    }
}

/// The value to send for a documented header parameter: base64 (standard
/// alphabet, padded) for names starting with `x-jdcloud-`, as given otherwise.
pub fn header_value(name: &str, value: &str) -> String {
    let is_jdcloud = name.len() >= BASE64_HEADER_PREFIX.len()
        && name.is_char_boundary(BASE64_HEADER_PREFIX.len())
        && name[..BASE64_HEADER_PREFIX.len()].eq_ignore_ascii_case(BASE64_HEADER_PREFIX);
    if is_jdcloud {
        base64::engine::general_purpose::STANDARD.encode(value.as_bytes())
    } else {
        value.to_string()
    }
}

/// Sends a request and reads its result.
///
/// The URL is `<endpoint>/<version><path>?<query>`. Each attempt is prepared by
/// [`sign_request`]: a fresh `x-jdcloud-date` and `x-jdcloud-nonce`, signed
/// again; the body is serialized once, in the [`Request`], so a `clientToken`
/// in it is the same on every attempt. The attempt goes through the
/// configuration's [`Transport`](crate::transport::Transport) (the HTTP client
/// unless [`Config::with_transport`] set another).
///
/// Failed attempts are retried as [`crate::retry`] describes, within
/// [`Config::total_timeout`]; each attempt is bounded by [`Config::timeout`],
/// [`Config::stall_timeout`] and [`Config::max_response_bytes`].
///
/// A success whose body has no `result` (or `null`) is read as if the result
/// were `null`, then as `{}`: `T = ()`, `Option<_>` and structs whose fields
/// are all optional all work. Errors are [`Error::Service`] for error responses
/// (also a 2xx body with an `error`, and a redirect, which is not followed),
/// [`Error::Timeout`], [`Error::Stalled`], [`Error::ResponseTooLarge`],
/// [`Error::Transport`], [`Error::Deserialize`] for a body that does not fit
/// `T`, and [`Error::Config`] for a request that cannot be built.
///
/// # Tracing
///
/// Each call is one span, `jdcloud_call` (level INFO, target
/// `jdcloud_sdk_runtime::http`), with the fields `service`, `operation`,
/// `method`, `attempt` (the attempt under way, then the number made),
/// `http_status`, `request_id`, `elapsed_ms` and, when the call fails,
/// `error`. Inside it: a DEBUG event before each attempt (URL path, query and
/// headers, sensitive values redacted), a DEBUG event for each response, an
/// INFO event `retrying JD Cloud request` before each retry (attempt, wait,
/// the error), and a TRACE event with the request body, sensitive members
/// redacted. No secret key, session token or signature is ever recorded.
pub async fn send<T: DeserializeOwned>(
    config: &Config,
    request: Request,
) -> Result<Response<T>, Error> {
    let span = tracing::info_span!(
        "jdcloud_call",
        service = request.service,
        operation = request.operation.unwrap_or(""),
        method = %request.method,
        attempt = tracing::field::Empty,
        http_status = tracing::field::Empty,
        request_id = tracing::field::Empty,
        elapsed_ms = tracing::field::Empty,
        error = tracing::field::Empty,
    );
    let call = async {
        let started = Instant::now();
        let result = match send_with_retries(config, &request).await {
            Ok(success) => read_success(success.status, success.body.as_ref(), success.request_id),
            Err(error) => Err(error),
        };
        let span = tracing::Span::current();
        span.record("elapsed_ms", started.elapsed().as_millis() as u64);
        let request_id = match &result {
            Ok(response) => response.request_id.as_deref(),
            Err(error) => {
                span.record("error", tracing::field::display(error));
                error.request_id()
            }
        };
        if let Some(id) = request_id {
            span.record("request_id", id);
        }
        result
    };
    call.instrument(span).await
}

/// A 2xx response, read whole.
struct Success<B> {
    status: u16,
    request_id: Option<String>,
    body: B,
}

/// Sends attempts until one succeeds, the retry policy gives up, or the call's
/// time is up. Not generic, so that it is compiled once.
async fn send_with_retries(
    config: &Config,
    request: &Request,
) -> Result<Success<impl AsRef<[u8]> + Send>, Error> {
    let span = tracing::Span::current();
    let policy = *config.retry();
    let started = Instant::now();
    let deadline = started.checked_add(config.total_timeout());
    let mut attempt: u32 = 0;
    loop {
        attempt += 1;
        span.record("attempt", attempt);
        let now = Instant::now();
        let remaining = deadline.map_or(Duration::MAX, |d| d.saturating_duration_since(now));
        let timeout = config.timeout().min(remaining);
        let failure = match send_once(config, request, attempt, timeout).await {
            Ok(success) => return Ok(success),
            Err(failure) => failure,
        };
        let delay = {
            let mut rng = rand::rng();
            policy.next_delay(attempt, &failure.outcome, request.idempotent, &mut rng)
        };
        let Some(delay) = delay else {
            return Err(failure.error);
        };
        let retry_at = Instant::now().checked_add(delay);
        let in_time = match (retry_at, deadline) {
            (Some(at), Some(deadline)) => at < deadline,
            (None, _) => false,
            (Some(_), None) => true,
        };
        if !in_time {
            tracing::info!(
                attempt,
                delay_ms = delay.as_millis() as u64,
                error = %failure.error,
                "not retrying JD Cloud request: the call's total time would run out"
            );
            return Err(failure.error);
        }
        tracing::info!(
            attempt,
            delay_ms = delay.as_millis() as u64,
            error = %failure.error,
            "retrying JD Cloud request"
        );
        tokio::time::sleep(delay).await;
    }
}

/// One attempt of a request, signed and ready for the network: what [`send`]
/// hands to the HTTP client. Made by [`sign_request`].
#[derive(Debug, Clone, PartialEq)]
pub struct SignedRequest<'a> {
    /// `<endpoint>/<version><path>?<query>`, the query encoded the JD Cloud way
    /// (see [`crate::query`]).
    pub url: reqwest::Url,
    /// Every header to send, name and value, in order: `content-type` (unless
    /// the request has its own), `x-jdcloud-date`, `x-jdcloud-nonce`,
    /// `x-jdcloud-security-token` (with temporary credentials), the request's
    /// own headers, then `authorization` and `user-agent`.
    pub headers: Vec<(Cow<'a, str>, Cow<'a, str>)>,
    /// The body: the request's, `{}` for a POST, PUT or PATCH without one, else empty.
    pub body: &'a [u8],
}

/// Prepares one attempt of `request` at `time`: the URL, the body and the
/// headers, dated `time`, with a fresh nonce and the `JDCLOUD3-HMAC-SHA256`
/// signature. [`send`] does this before each attempt; it is public for tests,
/// benchmarks and programs that send requests with an HTTP client of their own.
///
/// The request's own `host`, `authorization`, `user-agent`, `x-jdcloud-date`
/// and `x-jdcloud-nonce` headers are dropped. Fails with [`Error::Config`] when
/// the endpoint and path do not make a valid URL.
pub fn sign_request<'a>(
    config: &Config,
    request: &'a Request,
    time: SystemTime,
) -> Result<SignedRequest<'a>, Error> {
    let url = request_url(config, request)?;
    let host: Cow<'_, str> = match (url.host_str(), url.port()) {
        (Some(host), Some(port)) => format!("{host}:{port}").into(),
        (Some(host), None) => host.into(),
        (None, _) => return Err(Error::Config(format!("the URL {url} has no host"))),
    };
    let body: &[u8] = match &request.body {
        Some(body) => body,
        None if has_body(&request.method) => b"{}",
        None => b"",
    };

    let has = |name: &str| {
        request
            .headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case(name))
    };
    let mut headers: Vec<(Cow<'a, str>, Cow<'a, str>)> =
        Vec::with_capacity(request.headers.len() + 6);
    if !has("content-type") {
        headers.push(("content-type".into(), "application/json".into()));
    }
    headers.push((DATE_HEADER.into(), format_jdcloud_date(time).into()));
    headers.push((NONCE_HEADER.into(), new_client_token().into()));
    if let Some(token) = config.credentials().session_token() {
        if !has(SECURITY_TOKEN_HEADER) {
            headers.push((SECURITY_TOKEN_HEADER.into(), token.to_string().into()));
        }
    }
    headers.extend(
        request
            .headers
            .iter()
            .filter(|(name, _)| !RUNTIME_HEADERS.iter().any(|r| name.eq_ignore_ascii_case(r)))
            .map(|(name, value)| (name.as_str().into(), value.as_str().into())),
    );

    let authorization = signer::authorization(
        config.credentials(),
        &SignableRequest {
            method: request.method.as_str(),
            host: &host,
            path: url.path(),
            query: Query::Raw(url.query().unwrap_or("")),
            headers: &[],
            body,
            service: request.service,
            region: request
                .region
                .as_deref()
                .filter(|r| !r.is_empty())
                .unwrap_or(DEFAULT_SIGNING_REGION),
        },
        &headers,
    )?;
    headers.push(("authorization".into(), authorization.into()));
    let user_agent = config.user_agent();
    let mut agent =
        String::with_capacity(user_agent.len() + request.service.len() + request.version.len() + 2);
    for part in [user_agent, " ", request.service, "/", request.version] {
        agent.push_str(part);
    }
    headers.push(("user-agent".into(), agent.into()));
    Ok(SignedRequest { url, headers, body })
}

/// `<endpoint>/<version><path>?<query>`.
fn request_url(config: &Config, request: &Request) -> Result<reqwest::Url, Error> {
    let version = request.version.trim_matches('/');
    let query_len: usize = request
        .query
        .iter()
        .map(|(n, v)| n.len() + v.len() + 2)
        .sum();
    // `/<version><path>?<query>`, the query left out when there is none.
    let mut tail = String::with_capacity(version.len() + request.path.len() + query_len + 3);
    if !version.is_empty() {
        tail.push('/');
        tail.push_str(version);
    }
    if !request.path.starts_with('/') {
        tail.push('/');
    }
    tail.push_str(&request.path);
    let path_len = tail.len();
    if !request.query.is_empty() {
        tail.push('?');
        push_query_string(&mut tail, &request.query);
    }

    // A path of characters that the URL parser keeps as they are can be set on
    // the parsed base URL: the result is the URL that parsing the whole text
    // would give.
    let path = &tail[..path_len];
    if path.bytes().all(is_plain_path_byte) {
        if let Some(mut url) = config.parsed_base_url(request.service) {
            url.set_path(path);
            if let Some(query) = tail.get(path_len + 1..) {
                url.set_query(Some(query));
            }
            return Ok(url);
        }
    }
    let mut url = config.base_url(request.service);
    url.push_str(&tail);
    reqwest::Url::parse(&url)
        .map_err(|e| Error::Config(format!("invalid request URL {url:?}: {e}")))
}

/// Whether a byte of a path is one the URL parser keeps as it is and gives no
/// meaning beyond the path: unreserved characters, `/`, `%`, `:`, `@` and the
/// RFC 3986 sub-delimiters.
fn is_plain_path_byte(byte: u8) -> bool {
    signer::is_unreserved(byte) || b"/%:@!$&'()*+,;=".contains(&byte)
}

fn has_body(method: &Method) -> bool {
    *method == Method::POST || *method == Method::PUT || *method == Method::PATCH
}

/// Headers owned by the runtime; a request's own entries with these names are dropped.
const RUNTIME_HEADERS: [&str; 5] = [
    "host",
    "authorization",
    "user-agent",
    DATE_HEADER,
    NONCE_HEADER,
];

/// A failed attempt: the error to report and what the retry policy needs to know.
struct Failure {
    error: Error,
    outcome: Outcome,
}

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Failure {
            outcome: Outcome::of(&error),
            error,
        }
    }
}

async fn send_once(
    config: &Config,
    request: &Request,
    number: u32,
    timeout: Duration,
) -> Result<Success<impl AsRef<[u8]> + Send>, Failure> {
    let signed = sign_request(config, request, SystemTime::now())?;

    if tracing::enabled!(tracing::Level::DEBUG) {
        let query: Vec<(String, String)> = request
            .query
            .iter()
            .map(|(n, v)| (n.clone(), redact(n, v).into_owned()))
            .collect();
        tracing::debug!(
            method = %request.method,
            url = %format_args!("{}{}", config.base_url(request.service), signed.url.path()),
            ?query,
            headers = ?redact_headers(&signed.headers),
            attempt = number,
            "sending JD Cloud request"
        );
    }
    if tracing::enabled!(tracing::Level::TRACE) {
        if let Some(body) = request.body_json() {
            tracing::trace!(body = %redact_json(&body), "request body");
        }
    }

    let started = Instant::now();
    let (http_status, headers, body) = match config.transport() {
        None => {
            let limits = Limits {
                timeout,
                stall_timeout: config.stall_timeout(),
                max_response_bytes: config.max_response_bytes(),
            };
            send_with_reqwest(
                config.http_client()?,
                &request.method,
                signed.url,
                &signed.headers,
                signed.body,
                limits,
            )
            .await?
        }
        Some(transport) => {
            let attempt = Attempt {
                request,
                signed,
                number,
                timeout,
                stall_timeout: config.stall_timeout(),
                max_response_bytes: config.max_response_bytes(),
            };
            let response = tokio::time::timeout(timeout, transport.send(&attempt))
                .await
                .map_err(|_| Error::Timeout)??;
            if response.body.len() as u64 > attempt.max_response_bytes {
                return Err(Error::ResponseTooLarge {
                    limit: attempt.max_response_bytes,
                    length: Some(response.body.len() as u64),
                }
                .into());
            }
            (
                response.status,
                response.headers,
                Body::Joined(response.body),
            )
        }
    };
    let header_text = |name: &str| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
            .map(str::to_string)
    };
    let header_request_id = header_text(REQUEST_ID_HEADER);
    tracing::Span::current().record("http_status", http_status);
    tracing::debug!(
        http_status,
        request_id = header_request_id.as_deref().unwrap_or(""),
        elapsed_ms = started.elapsed().as_millis() as u64,
        body_bytes = body.as_ref().len(),
        "JD Cloud response"
    );

    if (200..300).contains(&http_status) {
        return Ok(Success {
            status: http_status,
            request_id: header_request_id,
            body,
        });
    }
    let body = body.as_ref();
    let mut error = ServiceError::from_response(http_status, body, header_request_id.as_deref());
    if (300..400).contains(&http_status) && body.iter().all(u8::is_ascii_whitespace) {
        if let Some(location) = header_text(LOCATION.as_str()) {
            error.message = format!(
                "{}: redirected to {location}, not followed (a signature is valid for one URL only)",
                error.message
            );
        }
    }
    let retry_after =
        header_text(RETRY_AFTER.as_str()).and_then(|v| parse_retry_after(&v, SystemTime::now()));
    Err(Failure {
        outcome: Outcome::Status {
            http_status,
            status: error.status.clone(),
            retry_after,
        },
        error: Error::Service(error),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::Credentials;
    use crate::Endpoint;
    use serde_json::json;
    use std::collections::HashMap;

    #[test]
    fn header_values() {
        assert_eq!(header_value("x-jdcloud-pin", "京东"), "5Lqs5Lic");
        assert_eq!(header_value("X-JDCLOUD-ERP", "abc"), "YWJj");
        assert_eq!(header_value("x-jdcloud-security-token", ""), "");
        assert_eq!(header_value("x-request-id", "abc"), "abc");
        assert_eq!(header_value("x-jdcloud", "abc"), "abc");
    }

    #[test]
    fn body_without_nulls_at_any_depth() {
        let v = json!({
            "a": null,
            "b": {"c": null, "d": 1, "e": {"f": null}},
            "g": [null, {"h": null, "i": "x"}],
            "j": []
        });
        let request = Request::new(Method::POST, "vm", "v1", "/x").with_body(v);
        assert_eq!(
            request.body_json(),
            Some(json!({"b": {"d": 1, "e": {}}, "g": [null, {"i": "x"}], "j": []}))
        );
    }

    #[test]
    fn request_defaults() {
        let get = Request::new(Method::GET, "vm", "v1", "/regions/r/instances");
        assert!(get.idempotent);
        let post = Request::new(Method::POST, "vm", "v1", "/x")
            .with_header_param("x-jdcloud-pin", "a")
            .with_header("x-other", "b")
            .with_region("cn-north-1");
        assert!(!post.idempotent);
        assert!(post.clone().with_idempotent(true).idempotent);
        assert_eq!(post.headers[0], ("x-jdcloud-pin".into(), "YQ==".into()));
        assert_eq!(post.headers[1], ("x-other".into(), "b".into()));
        assert_eq!(post.region.as_deref(), Some("cn-north-1"));
    }

    fn config() -> Config {
        Config::new(Credentials::new("ak", "sk"))
    }

    #[test]
    fn builds_urls_and_bodies() {
        let now = SystemTime::now();
        let request = Request::new(Method::GET, "vm", "v1", "/regions/cn-north-1/instances")
            .with_query(vec![
                ("filters.1.name".into(), "name".into()),
                ("filters.1.values.1".into(), "a b/中".into()),
            ]);
        let p = sign_request(&config(), &request, now).unwrap();
        assert_eq!(
            p.url.as_str(),
            "https://vm.jdcloud-api.com/v1/regions/cn-north-1/instances?filters.1.name=name&filters.1.values.1=a%20b%2F%E4%B8%AD"
        );
        assert!(p.body.is_empty());

        let request = Request::new(Method::POST, "vm", "v2", "/x:y");
        let c = config().with_endpoint(Endpoint::parse("http://127.0.0.1:8080").unwrap());
        let p = sign_request(&c, &request, now).unwrap();
        assert_eq!(p.url.as_str(), "http://127.0.0.1:8080/v2/x:y");
        assert_eq!(p.body, b"{}");
        let user_agent = &p.headers.last().unwrap();
        assert_eq!(user_agent.0, "user-agent");
        assert!(user_agent.1.ends_with(" vm/v2"));

        let request = request.with_body(json!({"a": null, "b": [1]}));
        assert_eq!(
            sign_request(&c, &request, now).unwrap().body,
            br#"{"b":[1]}"#
        );
        let request = request.with_body(Value::Null);
        assert_eq!(request.body, None);
        assert_eq!(sign_request(&c, &request, now).unwrap().body, b"{}");
    }

    #[test]
    fn urls_are_those_the_whole_text_parses_to() {
        let now = SystemTime::now();
        let endpoints = [
            None,
            Some("http://127.0.0.1:8080"),
            Some("https://{service}.internal.example.com"),
            Some("HTTPS://VM.Example.COM:443"),
            Some("http://[::1]:9"),
        ];
        let paths = [
            "/regions/cn-north-1/instances",
            "/x/i%2Fx:go",
            "x",
            "",
            "/a b/\\c/./d/../e",
            "/q?x=1#f",
            "/中 ",
            "/ok/(x)*'!,;=@$&+",
        ];
        for endpoint in endpoints {
            let mut c = config();
            if let Some(endpoint) = endpoint {
                c = c.with_endpoint(Endpoint::parse(endpoint).unwrap());
            }
            for path in paths {
                for query in [vec![], vec![("a b".to_string(), "c&d".to_string())]] {
                    let request = Request::new(Method::GET, "vm", "v1", path).with_query(query);
                    let mut text = c.base_url("vm");
                    text.push_str("/v1");
                    if !path.starts_with('/') {
                        text.push('/');
                    }
                    text.push_str(path);
                    if !request.query.is_empty() {
                        text.push('?');
                        text.push_str(&crate::query::to_query_string(&request.query));
                    }
                    let expected = reqwest::Url::parse(&text).unwrap();
                    // Twice: the base URL is parsed, then reused.
                    for _ in 0..2 {
                        let signed = sign_request(&c, &request, now).unwrap();
                        assert_eq!(signed.url, expected, "{endpoint:?} {path:?}");
                    }
                }
            }
        }
        let c = config().with_endpoint(Endpoint::new(crate::Scheme::Http, "a b", None));
        let request = Request::new(Method::GET, "vm", "v1", "/x");
        assert!(matches!(
            sign_request(&c, &request, now),
            Err(Error::Config(_))
        ));
    }

    #[test]
    fn json_objects() {
        let mut body = JsonObject::new();
        body.member("n", &None::<i32>).unwrap();
        body.member("b", &2).unwrap();
        body.member("a \"q\"", "x").unwrap();
        body.member("n", &None::<i32>).unwrap();
        assert!(body.member("bad", &HashMap::from([((1, 2), 3)])).is_err());
        body.member(
            "o",
            &json!({"d": [null, {"e": null}], "c": null, "s": "x:n"}),
        )
        .unwrap();
        body.member("s", "y:null").unwrap();
        assert_eq!(
            body.finish(),
            br#"{"b":2,"a \"q\"":"x","o":{"d":[null,{}],"s":"x:n"},"s":"y:null"}"#
        );
        assert_eq!(JsonObject::default().finish(), b"{}");

        let request = Request::new(Method::POST, "vm", "v1", "/x").with_json_body(b"[1]".to_vec());
        assert_eq!(request.body_json(), Some(json!([1])));
        assert_eq!(request.with_json_body(b"<".to_vec()).body_json(), None);
    }

    #[test]
    fn signs_what_is_sent() {
        let c = Config::new(Credentials::new("ak", "sk").with_session_token("tok"));
        let request = Request::new(Method::GET, "vm", "v1", "/regions/r/instances/i%2Fx:go")
            .with_query(vec![("q".into(), "a+b c".into())])
            .with_header("x-jdcloud-date", "spoofed")
            .with_header("x-custom", "v");
        let time = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_704_164_645);
        let signed = sign_request(&c, &request, time).unwrap();
        let headers = &signed.headers;
        let names: Vec<&str> = headers.iter().map(|(n, _)| n.as_ref()).collect();
        assert_eq!(
            names,
            [
                "content-type",
                "x-jdcloud-date",
                "x-jdcloud-nonce",
                "x-jdcloud-security-token",
                "x-custom",
                "authorization",
                "user-agent"
            ]
        );
        assert_eq!(headers[1].1, "20240102T030405Z");
        assert_eq!(headers[2].1.len(), 36);
        let auth = &headers[5].1;
        assert!(auth.contains(
            "Credential=ak/20240102/jdcloud-api/vm/jdcloud3_request, SignedHeaders=content-type;host;x-custom;x-jdcloud-date;x-jdcloud-nonce;x-jdcloud-security-token,"
        ), "{auth}");
        // The same inputs through the signer directly give the same header.
        let headers: Vec<(String, String)> = headers
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        let direct = signer::sign(
            c.credentials(),
            &SignableRequest {
                method: "GET",
                host: "vm.jdcloud-api.com",
                path: "/v1/regions/r/instances/i%2Fx:go",
                query: Query::Raw("q=a%2Bb%20c"),
                headers: &headers[..5],
                body: b"",
                service: "vm",
                region: "",
            },
        )
        .unwrap();
        assert_eq!(&direct.authorization, &headers[5].1);
        // Another nonce, another signature.
        let again = sign_request(&c, &request, time).unwrap();
        assert_ne!(again.headers[2], signed.headers[2]);
        assert_ne!(again.headers[5], signed.headers[5]);
    }
}
