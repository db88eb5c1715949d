//! What carries a signed request to the service and brings the response back.
//!
//! [`send`](crate::send) prepares each attempt (URL, headers, signature) and
//! hands it to a transport. The default transport is the configuration's
//! `reqwest` client; [`Config::with_transport`](crate::Config::with_transport)
//! puts another [`Transport`] in its place: a stub that answers from memory in
//! tests (feature `test-util`, see `test_util::StubTransport`), or a wrapper that
//! records or rewrites what goes over the wire.
//!
//! Whatever the transport, [`send`](crate::send) bounds each attempt by
//! [`Config::timeout`](crate::Config::timeout) and the whole call by
//! [`Config::total_timeout`](crate::Config::total_timeout), and refuses a body
//! longer than [`Config::max_response_bytes`](crate::Config::max_response_bytes).
//! The default transport also stops reading a body that stalls for
//! [`Config::stall_timeout`](crate::Config::stall_timeout), and stops at the
//! size limit instead of reading on.

use std::error::Error as StdError;
use std::fmt;
use std::time::Duration;

use futures_core::future::BoxFuture;
use http::header::{HeaderMap, HeaderName, HeaderValue};

use crate::credentials::{redact, redact_headers};
use crate::error::Error;
use crate::http::{Request, SignedRequest};

/// One attempt of a request, signed, as a [`Transport`] receives it. Its
/// `Debug` shows the headers with the signature and the session token
/// redacted.
#[non_exhaustive]
pub struct Attempt<'a> {
    /// The request as the operation built it: service, operation name, path,
    /// query and body before signing.
    pub request: &'a Request,
    /// What goes on the wire: URL, every header (signature included) and body.
    pub signed: SignedRequest<'a>,
    /// 1 for the first attempt, 2 for the first retry, ...
    pub number: u32,
    /// The time this attempt may take, from sending to the end of the body:
    /// [`Config::timeout`](crate::Config::timeout), or less when the call's
    /// [`Config::total_timeout`](crate::Config::total_timeout) is nearer.
    pub timeout: Duration,
    /// The longest pause allowed while the body arrives.
    pub stall_timeout: Duration,
    /// The largest body accepted, in bytes.
    pub max_response_bytes: u64,
}

impl fmt::Debug for Attempt<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Attempt")
            .field("service", &self.request.service)
            .field("operation", &self.request.operation)
            .field("method", &self.request.method)
            .field("url", &self.signed.url.as_str())
            .field("headers", &redact_headers(&self.signed.headers))
            .field("body_bytes", &self.signed.body.len())
            .field("number", &self.number)
            .field("timeout", &self.timeout)
            .field("stall_timeout", &self.stall_timeout)
            .field("max_response_bytes", &self.max_response_bytes)
            .finish()
    }
}

/// A response as a [`Transport`] returns it: status, headers and the whole body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HttpResponse {
    /// HTTP status.
    pub status: u16,
    /// Response headers (`x-jdcloud-request-id`, `retry-after`, `location`, ...).
    pub headers: HeaderMap,
    /// The body.
    pub body: Vec<u8>,
}

impl HttpResponse {
    /// A response with a status and a body, without headers.
    pub fn new(status: u16, body: impl Into<Vec<u8>>) -> Self {
        HttpResponse {
            status,
            headers: HeaderMap::new(),
            body: body.into(),
        }
    }

    /// Adds a header. An invalid name or value is left out.
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        if let (Ok(name), Ok(value)) = (
            HeaderName::from_bytes(name.as_bytes()),
            HeaderValue::from_str(value),
        ) {
            self.headers.append(name, value);
        }
        self
    }

    /// A header's value, when it is present and text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// Sends one attempt and returns the response, whatever its status.
///
/// Fail with [`Error::Transport`] (a [`TransportError`] whose
/// [`kind`](TransportError::kind) tells whether the request may have reached
/// the service: that decides whether it is retried), [`Error::Timeout`],
/// [`Error::Stalled`] or [`Error::ResponseTooLarge`]. A non-2xx status is a
/// response, not an error: [`send`](crate::send) reads the service error
/// from it.
///
/// ```
/// use jdcloud_sdk_runtime::transport::{Attempt, HttpResponse, Transport};
/// use jdcloud_sdk_runtime::Error;
/// use futures_core::future::BoxFuture;
///
/// /// Answers every request with an empty result.
/// #[derive(Debug)]
/// struct Canned;
///
/// impl Transport for Canned {
///     fn send<'a>(&'a self, _attempt: &'a Attempt<'a>) -> BoxFuture<'a, Result<HttpResponse, Error>> {
///         Box::pin(async { Ok(HttpResponse::new(200, r#"{"requestId":"canned","result":{}}"#)) })
///     }
/// }
/// ```
pub trait Transport: fmt::Debug + Send + Sync + 'static {
    /// Sends `attempt` and reads the whole response.
    fn send<'a>(&'a self, attempt: &'a Attempt<'a>) -> BoxFuture<'a, Result<HttpResponse, Error>>;
}

/// What went wrong below HTTP, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// No connection could be made (name resolution, connection refused,
    /// unreachable host, connect timeout): nothing was sent, so any request
    /// may be sent again.
    Connect,
    /// The TLS handshake failed (certificate, protocol mismatch, a server that
    /// does not speak TLS): nothing was sent, and trying again would fail the
    /// same way.
    Tls,
    /// The connection was closed or reset after the request may have been
    /// sent: before the status line, inside the headers or in the middle of
    /// the body. Only a request that is safe to repeat is sent again.
    ConnectionLost,
    /// The server's answer was not HTTP (garbage bytes, a malformed status
    /// line or header). The request may have been received.
    Protocol,
    /// Anything else: a redirect a custom client could not follow, a request
    /// the HTTP client could not build, an answer a stub transport lacks.
    Other,
}

impl TransportErrorKind {
    /// A short description, as used in messages.
    pub fn as_str(self) -> &'static str {
        match self {
            TransportErrorKind::Connect => "could not connect",
            TransportErrorKind::Tls => "TLS handshake failed",
            TransportErrorKind::ConnectionLost => "connection lost",
            TransportErrorKind::Protocol => "not an HTTP response",
            TransportErrorKind::Other => "transport failure",
        }
    }
}

impl fmt::Display for TransportErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A failure below HTTP: the request could not be sent or the response could
/// not be read. Its message says what happened, cause included.
#[derive(Debug)]
pub struct TransportError {
    kind: TransportErrorKind,
    message: String,
    source: Option<Box<dyn StdError + Send + Sync + 'static>>,
}

impl TransportError {
    /// An error of `kind`, described by `message`.
    pub fn new(kind: TransportErrorKind, message: impl Into<String>) -> Self {
        TransportError {
            kind,
            message: message.into(),
            source: None,
        }
    }

    /// Keeps `source` as the cause (see [`std::error::Error::source`]).
    pub fn with_source(mut self, source: impl Into<Box<dyn StdError + Send + Sync>>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }

    /// What happened, in words.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl StdError for TransportError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn StdError + 'static))
    }
}

impl From<TransportError> for Error {
    fn from(error: TransportError) -> Self {
        Error::Transport(error)
    }
}

/// The transport that sends through a `reqwest` client: what
/// [`send`](crate::send) uses unless [`Config::with_transport`](crate::Config::with_transport)
/// set another. Public so that a transport of one's own can wrap it.
#[derive(Debug, Clone)]
pub struct ReqwestTransport {
    client: reqwest::Client,
}

impl ReqwestTransport {
    /// A transport that sends with `client`. Build the client without automatic
    /// redirects: a signature is only valid for the URL it was made for.
    pub fn new(client: reqwest::Client) -> Self {
        ReqwestTransport { client }
    }
}

impl Transport for ReqwestTransport {
    fn send<'a>(&'a self, attempt: &'a Attempt<'a>) -> BoxFuture<'a, Result<HttpResponse, Error>> {
        Box::pin(async move {
            let limits = Limits::of(attempt);
            let signed = &attempt.signed;
            let (status, headers, body) = send_with_reqwest(
                &self.client,
                &attempt.request.method,
                signed.url.clone(),
                &signed.headers,
                signed.body,
                limits,
            )
            .await?;
            Ok(HttpResponse {
                status,
                headers,
                body: body.as_ref().to_vec(),
            })
        })
    }
}

/// The limits of one attempt.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    pub(crate) timeout: Duration,
    pub(crate) stall_timeout: Duration,
    pub(crate) max_response_bytes: u64,
}

impl Limits {
    fn of(attempt: &Attempt<'_>) -> Self {
        Limits {
            timeout: attempt.timeout,
            stall_timeout: attempt.stall_timeout,
            max_response_bytes: attempt.max_response_bytes,
        }
    }
}

/// A response body as the HTTP client delivered it: a single chunk kept as it
/// is (no copy, the common case), or the chunks joined.
pub(crate) enum Body<C> {
    /// The whole body, in the one chunk it arrived in (or none).
    Chunk(Option<C>),
    /// The chunks of a body that came in several, joined.
    Joined(Vec<u8>),
}

impl<C: AsRef<[u8]>> AsRef<[u8]> for Body<C> {
    fn as_ref(&self) -> &[u8] {
        match self {
            Body::Chunk(Some(chunk)) => chunk.as_ref(),
            Body::Chunk(None) => &[],
            Body::Joined(bytes) => bytes,
        }
    }
}

/// Sends one attempt with a `reqwest` client and reads the body under the
/// attempt's limits: status, headers and body. [`send`](crate::send) calls it
/// directly (not through [`Transport`], so without boxing or copying) for the
/// default transport.
pub(crate) async fn send_with_reqwest(
    client: &reqwest::Client,
    method: &http::Method,
    url: reqwest::Url,
    headers: &[(std::borrow::Cow<'_, str>, std::borrow::Cow<'_, str>)],
    body: &[u8],
    limits: Limits,
) -> Result<(u16, HeaderMap, Body<impl AsRef<[u8]> + Send>), Error> {
    let mut builder = client.request(method.clone(), url).timeout(limits.timeout);
    for (name, value) in headers {
        let name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| Error::Config(format!("invalid header name {name:?}")))?;
        let value = HeaderValue::from_str(value).map_err(|_| {
            Error::Config(format!(
                "invalid value for header `{name}`: {:?}",
                redact(name.as_str(), value)
            ))
        })?;
        builder = builder.header(name, value);
    }
    if !body.is_empty() {
        builder = builder.body(body.to_vec());
    }
    let mut response = builder
        .send()
        .await
        .map_err(|e| reqwest_error(e, Stage::Head))?;
    let status = response.status().as_u16();
    let headers = std::mem::take(response.headers_mut());
    let limit = limits.max_response_bytes;
    if let Some(length) = response.content_length() {
        if length > limit {
            return Err(Error::ResponseTooLarge {
                limit,
                length: Some(length),
            });
        }
    }
    let mut received: usize = 0;
    let mut first = None;
    let mut joined: Option<Vec<u8>> = None;
    loop {
        let chunk = match tokio::time::timeout(limits.stall_timeout, response.chunk()).await {
            Ok(Ok(Some(chunk))) => chunk,
            Ok(Ok(None)) => break,
            Ok(Err(e)) => return Err(reqwest_error(e, Stage::Body(received))),
            Err(_) => {
                return Err(Error::Stalled {
                    timeout: limits.stall_timeout,
                    received: received as u64,
                })
            }
        };
        received += chunk.len();
        if received as u64 > limit {
            return Err(Error::ResponseTooLarge {
                limit,
                length: None,
            });
        }
        match (&mut joined, first.take()) {
            (Some(bytes), _) => bytes.extend_from_slice(&chunk),
            (None, None) => first = Some(chunk),
            (None, Some(previous)) => {
                let capacity = response.content_length().unwrap_or(0).min(limit);
                let mut bytes =
                    Vec::with_capacity(usize::try_from(capacity).unwrap_or(0).max(received));
                bytes.extend_from_slice(&previous);
                bytes.extend_from_slice(&chunk);
                joined = Some(bytes);
            }
        }
    }
    let body = match joined {
        Some(bytes) => Body::Joined(bytes),
        None => Body::Chunk(first),
    };
    Ok((status, headers, body))
}

/// Where in the exchange a `reqwest` error happened.
#[derive(Debug, Clone, Copy)]
enum Stage {
    /// Connecting, sending, or waiting for the status line and headers.
    Head,
    /// Reading the body, after this many bytes of it.
    Body(usize),
}

/// The error for a failure of the `reqwest` client: [`Error::Timeout`] for a
/// timeout of the attempt, else a [`TransportError`] whose kind and message say
/// what happened. The URL is left out of the cause (its query may hold values
/// that must not be logged).
fn reqwest_error(error: reqwest::Error, stage: Stage) -> Error {
    let error = error.without_url();
    let connect = error.is_connect();
    if error.is_timeout() && !connect {
        return Error::Timeout;
    }
    let cause = cause_text(&error);
    let (kind, what) = if connect {
        if is_tls_failure(&error) {
            (
                TransportErrorKind::Tls,
                "the TLS handshake failed".to_string(),
            )
        } else if error.is_timeout() {
            (
                TransportErrorKind::Connect,
                "could not connect in time".to_string(),
            )
        } else {
            (TransportErrorKind::Connect, "could not connect".to_string())
        }
    } else if error.is_redirect() {
        (
            TransportErrorKind::Other,
            "the redirect was not followed".to_string(),
        )
    } else if error.is_builder() {
        return Error::Config(format!("cannot build the HTTP request: {cause}"));
    } else if is_protocol_failure(&error) {
        (
            TransportErrorKind::Protocol,
            "the server's answer is not HTTP".to_string(),
        )
    } else {
        let what = match stage {
            Stage::Head => "the connection was lost before the response head arrived".to_string(),
            Stage::Body(0) => {
                "the connection was lost after the response head, before the body".to_string()
            }
            Stage::Body(n) => format!("the connection was lost after {n} bytes of the body"),
        };
        (TransportErrorKind::ConnectionLost, what)
    };
    let message = if cause.is_empty() {
        what
    } else {
        format!("{what}: {cause}")
    };
    TransportError::new(kind, message).with_source(error).into()
}

/// The causes of an error, most specific last, without the wrappers that only
/// say "error sending request" or "client error (Connect)".
fn cause_text(error: &(dyn StdError + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut next = error.source();
    while let Some(cause) = next {
        let text = cause.to_string();
        let noise = text.starts_with("client error (") || text.is_empty();
        if !noise && !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        next = cause.source();
    }
    if parts.is_empty() {
        let text = error.to_string();
        if !text.starts_with("error sending request") {
            parts.push(text);
        }
    }
    parts.join(": ")
}

/// Whether a connect failure comes from TLS: TLS libraries report handshake
/// failures as I/O errors of kind `InvalidData`, which the connector may wrap
/// in another I/O error.
fn is_tls_failure(error: &(dyn StdError + 'static)) -> bool {
    fn is_tls_io(io: &std::io::Error) -> bool {
        io.kind() == std::io::ErrorKind::InvalidData
            || io
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<std::io::Error>())
                .is_some_and(is_tls_io)
    }
    let mut next = error.source();
    while let Some(cause) = next {
        if cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(is_tls_io)
        {
            return true;
        }
        let text = cause.to_string().to_ascii_lowercase();
        if text.contains("tls") || text.contains("certificate") || text.contains("handshake") {
            return true;
        }
        next = cause.source();
    }
    false
}

/// Whether the HTTP client could not parse what the server sent.
fn is_protocol_failure(error: &(dyn StdError + 'static)) -> bool {
    let mut next = error.source();
    while let Some(cause) = next {
        let text = cause.to_string();
        if text.starts_with("invalid HTTP")
            || text.starts_with("message head is too large")
            || text.starts_with("received unexpected message")
            || text.starts_with("invalid URI")
            || text.starts_with("invalid chunk")
        {
            return true;
        }
        next = cause.source();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_messages() {
        let e = TransportError::new(TransportErrorKind::ConnectionLost, "lost")
            .with_source(std::io::Error::other("reset"));
        assert_eq!(e.kind(), TransportErrorKind::ConnectionLost);
        assert_eq!(e.to_string(), "lost");
        assert_eq!(e.source().unwrap().to_string(), "reset");
        let error: Error = e.into();
        assert!(error.to_string().contains("lost"), "{error}");
        assert_eq!(TransportErrorKind::Tls.to_string(), "TLS handshake failed");
    }

    #[test]
    fn attempts_debug_without_the_signature() {
        let config = crate::Config::new(
            crate::Credentials::new("AKIDEXAMPLE1234", "top-secret").with_session_token("tok-9"),
        );
        let request = Request::new(http::Method::GET, "vm", "v1", "/x");
        let signed = crate::sign_request(&config, &request, std::time::SystemTime::now()).unwrap();
        let authorization = signed
            .headers
            .iter()
            .find(|(n, _)| n == "authorization")
            .map(|(_, v)| v.to_string())
            .unwrap();
        let attempt = Attempt {
            request: &request,
            signed,
            number: 1,
            timeout: Duration::from_secs(1),
            stall_timeout: Duration::from_secs(1),
            max_response_bytes: 1,
        };
        let text = format!("{attempt:?}");
        assert!(!text.contains(&authorization), "{text}");
        assert!(!text.contains("Signature="), "{text}");
        assert!(
            !text.contains("tok-9") && !text.contains("top-secret"),
            "{text}"
        );
        assert!(text.contains("x-jdcloud-nonce"), "{text}");
    }

    #[test]
    fn responses() {
        let r = HttpResponse::new(200, "{}")
            .with_header("x-jdcloud-request-id", "r1")
            .with_header("bad name", "x");
        assert_eq!(r.header("x-jdcloud-request-id"), Some("r1"));
        assert_eq!(r.headers.len(), 1);
        assert_eq!(r.body, b"{}");
    }
}
