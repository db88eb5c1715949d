//! The one place that talks HTTP: builds, signs and sends a request, retries
//! it when that is safe, and reads the JD Cloud envelope of the response.

use std::time::{Instant, SystemTime};

use base64::Engine as _;
use http::header::{HeaderName, HeaderValue, RETRY_AFTER};
use http::Method;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::runtime::config::Config;
use crate::runtime::credentials::{redact, redact_headers, redact_json};
use crate::runtime::datetime::format_jdcloud_date;
use crate::runtime::error::{Error, ServiceError};
use crate::runtime::query::to_query_string;
use crate::runtime::response::{read_success, Response};
use crate::runtime::retry::{new_client_token, parse_retry_after, Outcome};
use crate::runtime::signer::{
    self, Query, SignableRequest, DATE_HEADER, DEFAULT_SIGNING_REGION, NONCE_HEADER,
    SECURITY_TOKEN_HEADER,
};

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
    /// The filled path without the version (`/regions/cn-north-1/instances`),
    /// see [`crate::runtime::query::fill_path`].
    pub path: String,
    /// Query parameters, not yet percent-encoded, see
    /// [`crate::runtime::query::push_query`].
    pub query: Vec<(String, String)>,
    /// Extra headers, values as sent (see [`header_value`]).
    pub headers: Vec<(String, String)>,
    /// JSON body. `null` members are removed before sending. POST, PUT and
    /// PATCH requests without a body send `{}`.
    pub body: Option<Value>,
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
            path: path.into(),
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
            region: None,
            idempotent,
        }
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

    /// Sets the JSON body.
    pub fn with_body(mut self, body: Value) -> Self {
        self.body = Some(body);
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

/// Removes every `null` member of every object, at any depth. `null` items of
/// arrays stay (removing them would shift positions).
pub fn strip_nulls(value: &mut Value) {
    match value {
        Value::Object(members) => {
            members.retain(|_, member| !member.is_null());
            members.values_mut().for_each(strip_nulls);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_nulls),
        _ => {}
    }
}

/// Sends a request and reads its result.
///
/// The URL is `<endpoint>/<version><path>?<query>`. Each attempt gets a fresh
/// `x-jdcloud-date` and `x-jdcloud-nonce` and is signed again; the body is
/// built once, so a `clientToken` in it is the same on every attempt.
///
/// A success whose body has no `result` (or `null`) is read as if the result
/// were `null`, then as `{}`: `T = ()`, `Option<_>` and structs whose fields
/// are all optional all work. Errors are [`Error::Service`] for error responses
/// (also a 2xx body with an `error`), [`Error::Timeout`], [`Error::Transport`],
/// [`Error::Deserialize`] for a body that does not fit `T`, and
/// [`Error::Config`] for a request that cannot be built.
pub async fn send<T: DeserializeOwned>(
    config: &Config,
    request: Request,
) -> Result<Response<T>, Error> {
    let prepared = prepare(config, &request)?;
    let policy = *config.retry();
    let mut attempt: u32 = 0;
    loop {
        attempt += 1;
        let failure = match send_once(config, &request, &prepared, attempt).await {
            Ok(response) => return Ok(response),
            Err(failure) => failure,
        };
        let delay = {
            let mut rng = rand::rng();
            policy.next_delay(attempt, &failure.outcome, request.idempotent, &mut rng)
        };
        match delay {
            Some(delay) => {
                tracing::debug!(
                    service = request.service,
                    attempt,
                    ?delay,
                    error = %failure.error,
                    "retrying JD Cloud request"
                );
                tokio::time::sleep(delay).await;
            }
            None => return Err(failure.error),
        }
    }
}

/// What stays the same across attempts.
struct Prepared {
    url: reqwest::Url,
    host: String,
    body: Vec<u8>,
    user_agent: String,
}

fn prepare(config: &Config, request: &Request) -> Result<Prepared, Error> {
    let version = request.version.trim_matches('/');
    let mut url = config.base_url(request.service);
    if !version.is_empty() {
        url.push('/');
        url.push_str(version);
    }
    if !request.path.starts_with('/') {
        url.push('/');
    }
    url.push_str(&request.path);
    if !request.query.is_empty() {
        url.push('?');
        url.push_str(&to_query_string(&request.query));
    }
    let url = reqwest::Url::parse(&url)
        .map_err(|e| Error::Config(format!("invalid request URL {url:?}: {e}")))?;
    let host = match (url.host_str(), url.port()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_string(),
        (None, _) => return Err(Error::Config(format!("the URL {url} has no host"))),
    };

    let body = match &request.body {
        Some(body) if !body.is_null() => {
            let mut body = body.clone();
            strip_nulls(&mut body);
            serde_json::to_vec(&body).map_err(Error::Serialize)?
        }
        _ if has_body(&request.method) => b"{}".to_vec(),
        _ => Vec::new(),
    };
    let user_agent = format!(
        "{} {}/{}",
        config.user_agent(),
        request.service,
        request.version
    );
    Ok(Prepared {
        url,
        host,
        body,
        user_agent,
    })
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

/// The headers of one attempt, signed, `authorization` and `user-agent` last.
fn signed_headers(
    config: &Config,
    request: &Request,
    prepared: &Prepared,
    date: String,
    nonce: String,
) -> Result<Vec<(String, String)>, Error> {
    let has = |name: &str| {
        request
            .headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case(name))
    };
    let mut headers: Vec<(String, String)> = Vec::with_capacity(request.headers.len() + 6);
    if !has("content-type") {
        headers.push(("content-type".into(), "application/json".into()));
    }
    headers.push((DATE_HEADER.into(), date));
    headers.push((NONCE_HEADER.into(), nonce));
    if let Some(token) = config.credentials().session_token() {
        if !has(SECURITY_TOKEN_HEADER) {
            headers.push((SECURITY_TOKEN_HEADER.into(), token.to_string()));
        }
    }
    headers.extend(
        request
            .headers
            .iter()
            .filter(|(name, _)| !RUNTIME_HEADERS.iter().any(|r| name.eq_ignore_ascii_case(r)))
            .cloned(),
    );

    let query = prepared.url.query().unwrap_or("");
    let signature = signer::sign(
        config.credentials(),
        &SignableRequest {
            method: request.method.as_str(),
            host: &prepared.host,
            path: prepared.url.path(),
            query: Query::Raw(query),
            headers: &headers,
            body: &prepared.body,
            service: request.service,
            region: request
                .region
                .as_deref()
                .filter(|r| !r.is_empty())
                .unwrap_or(DEFAULT_SIGNING_REGION),
        },
    )?;
    headers.push(("authorization".into(), signature.authorization));
    headers.push(("user-agent".into(), prepared.user_agent.clone()));
    Ok(headers)
}

/// A failed attempt: the error to report and what the retry policy needs to know.
struct Failure {
    error: Error,
    outcome: Outcome,
}

impl Failure {
    fn fatal(error: Error) -> Self {
        Failure {
            error,
            outcome: Outcome::Other,
        }
    }
}

async fn send_once<T: DeserializeOwned>(
    config: &Config,
    request: &Request,
    prepared: &Prepared,
    attempt: u32,
) -> Result<Response<T>, Failure> {
    let date = format_jdcloud_date(SystemTime::now());
    let headers = signed_headers(config, request, prepared, date, new_client_token())
        .map_err(Failure::fatal)?;
    let client = config.http_client().map_err(Failure::fatal)?;

    let mut builder = client
        .request(request.method.clone(), prepared.url.clone())
        .timeout(config.timeout());
    for (name, value) in &headers {
        let name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| Failure::fatal(Error::Config(format!("invalid header name {name:?}"))))?;
        let value = HeaderValue::from_str(value).map_err(|_| {
            Failure::fatal(Error::Config(format!(
                "invalid value for header `{name}`: {:?}",
                redact(name.as_str(), value)
            )))
        })?;
        builder = builder.header(name, value);
    }
    if !prepared.body.is_empty() {
        builder = builder.body(prepared.body.clone());
    }

    if tracing::enabled!(tracing::Level::DEBUG) {
        let query: Vec<(String, String)> = request
            .query
            .iter()
            .map(|(n, v)| (n.clone(), redact(n, v).into_owned()))
            .collect();
        tracing::debug!(
            method = %request.method,
            url = %format_args!("{}{}", config.base_url(request.service), prepared.url.path()),
            ?query,
            headers = ?redact_headers(&headers),
            attempt,
            "sending JD Cloud request"
        );
    }
    if tracing::enabled!(tracing::Level::TRACE) {
        if let Some(body) = &request.body {
            tracing::trace!(body = %redact_json(body), "request body");
        }
    }

    let started = Instant::now();
    let response = builder.send().await.map_err(transport_failure)?;
    let http_status = response.status().as_u16();
    let header_text = |name| {
        response
            .headers()
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
            .map(str::to_string)
    };
    let header_request_id = header_text(REQUEST_ID_HEADER);
    let retry_after =
        header_text(RETRY_AFTER.as_str()).and_then(|v| parse_retry_after(&v, SystemTime::now()));
    let body = response.bytes().await.map_err(transport_failure)?;
    tracing::debug!(
        http_status,
        request_id = header_request_id.as_deref().unwrap_or(""),
        elapsed_ms = started.elapsed().as_millis() as u64,
        body_bytes = body.len(),
        "JD Cloud response"
    );

    if (200..300).contains(&http_status) {
        return read_success(http_status, &body, header_request_id).map_err(Failure::fatal);
    }
    let error = ServiceError::from_response(http_status, &body, header_request_id.as_deref());
    Err(Failure {
        outcome: Outcome::Status {
            http_status,
            status: error.status.clone(),
            retry_after,
        },
        error: Error::Service(error),
    })
}

fn transport_failure(err: reqwest::Error) -> Failure {
    let outcome = if err.is_connect() {
        Outcome::ConnectFailed
    } else if err.is_timeout() {
        Outcome::TimedOut
    } else if err.is_builder() || err.is_redirect() {
        Outcome::Other
    } else {
        Outcome::ConnectionLost
    };
    let error = if err.is_timeout() {
        Error::Timeout
    } else if err.is_builder() {
        Error::Config(err.to_string())
    } else {
        Error::Transport(Box::new(err))
    };
    Failure { error, outcome }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::credentials::Credentials;
    use crate::runtime::Endpoint;
    use serde_json::json;

    #[test]
    fn header_values() {
        assert_eq!(header_value("x-jdcloud-pin", "京东"), "5Lqs5Lic");
        assert_eq!(header_value("X-JDCLOUD-ERP", "abc"), "YWJj");
        assert_eq!(header_value("x-jdcloud-security-token", ""), "");
        assert_eq!(header_value("x-request-id", "abc"), "abc");
        assert_eq!(header_value("x-jdcloud", "abc"), "abc");
    }

    #[test]
    fn strips_nulls_recursively() {
        let mut v = json!({
            "a": null,
            "b": {"c": null, "d": 1, "e": {"f": null}},
            "g": [null, {"h": null, "i": "x"}],
            "j": []
        });
        strip_nulls(&mut v);
        assert_eq!(
            v,
            json!({"b": {"d": 1, "e": {}}, "g": [null, {"i": "x"}], "j": []})
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
        let request = Request::new(Method::GET, "vm", "v1", "/regions/cn-north-1/instances")
            .with_query(vec![
                ("filters.1.name".into(), "name".into()),
                ("filters.1.values.1".into(), "a b/中".into()),
            ]);
        let p = prepare(&config(), &request).unwrap();
        assert_eq!(
            p.url.as_str(),
            "https://vm.jdcloud-api.com/v1/regions/cn-north-1/instances?filters.1.name=name&filters.1.values.1=a%20b%2F%E4%B8%AD"
        );
        assert_eq!(p.host, "vm.jdcloud-api.com");
        assert!(p.body.is_empty());

        let request = Request::new(Method::POST, "vm", "v2", "/x:y");
        let c = config().with_endpoint(Endpoint::parse("http://127.0.0.1:8080").unwrap());
        let p = prepare(&c, &request).unwrap();
        assert_eq!(p.url.as_str(), "http://127.0.0.1:8080/v2/x:y");
        assert_eq!(p.host, "127.0.0.1:8080");
        assert_eq!(p.body, b"{}");
        assert!(p.user_agent.ends_with(" vm/v2"));

        let request = request.with_body(json!({"a": null, "b": [1]}));
        assert_eq!(prepare(&c, &request).unwrap().body, br#"{"b":[1]}"#);
    }

    #[test]
    fn signs_what_is_sent() {
        let c = Config::new(Credentials::new("ak", "sk").with_session_token("tok"));
        let request = Request::new(Method::GET, "vm", "v1", "/regions/r/instances/i%2Fx:go")
            .with_query(vec![("q".into(), "a+b c".into())])
            .with_header("x-jdcloud-date", "spoofed")
            .with_header("x-custom", "v");
        let p = prepare(&c, &request).unwrap();
        let headers =
            signed_headers(&c, &request, &p, "20240102T030405Z".into(), "n-1".into()).unwrap();
        let names: Vec<&str> = headers.iter().map(|(n, _)| n.as_str()).collect();
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
        let auth = &headers[5].1;
        assert!(auth.contains(
            "Credential=ak/20240102/jdcloud-api/vm/jdcloud3_request, SignedHeaders=content-type;host;x-custom;x-jdcloud-date;x-jdcloud-nonce;x-jdcloud-security-token,"
        ), "{auth}");
        // The same inputs through the signer directly give the same header.
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
        assert_eq!(&direct.authorization, auth);
    }
}
