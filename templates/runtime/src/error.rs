//! Errors, the error body JD Cloud services return, and the response envelope.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use crate::transport::{TransportError, TransportErrorKind};

/// How many characters of an unexpected response body an error keeps.
const BODY_SNIPPET_CHARS: usize = 512;

/// Everything that can go wrong when calling a JD Cloud API.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The request could not be sent or the response could not be read
    /// (DNS, connection refused, TLS, connection reset, an answer that is not
    /// HTTP, ...); [`TransportError::kind`] says which.
    #[error("transport error: {0}")]
    Transport(#[source] TransportError),
    /// No complete response arrived within the time allowed: the attempt's
    /// [`Config::timeout`](crate::Config::timeout), or what was left of the
    /// call's [`Config::total_timeout`](crate::Config::total_timeout).
    #[error("request timed out: no complete response within the attempt's time limit")]
    Timeout,
    /// The response body stopped arriving: no byte came for `timeout`
    /// ([`Config::stall_timeout`](crate::Config::stall_timeout)).
    #[error("the response stalled: no data for {timeout:?} after {received} bytes of the body")]
    Stalled {
        /// The stall timeout that ran out.
        timeout: std::time::Duration,
        /// Bytes of the body received before the stall.
        received: u64,
    },
    /// The response body is longer than
    /// [`Config::max_response_bytes`](crate::Config::max_response_bytes); it
    /// was not read further.
    #[error("{}", too_large_message(*limit, *length))]
    ResponseTooLarge {
        /// The limit, in bytes.
        limit: u64,
        /// The length the response declared (`Content-Length`), when it did.
        length: Option<u64>,
    },
    /// A profile file (`~/.jdc/config`, `~/.jdc/current`) is missing, cannot be
    /// read, or holds something unusable. The message never quotes a secret.
    #[error("{}", profile_message(path, *line, message))]
    Profile {
        /// The file.
        path: std::path::PathBuf,
        /// The line (1-based) the problem is on, when it is on one.
        line: Option<usize>,
        /// What is wrong.
        message: String,
    },
    /// The request could not be serialised to JSON.
    #[error("could not serialise the request: {0}")]
    Serialize(#[source] serde_json::Error),
    /// The response body was not what the operation documents.
    #[error("could not read the response (HTTP {http_status}): {message}; body: {body}")]
    Deserialize {
        /// HTTP status of the response.
        http_status: u16,
        /// What the JSON parser said.
        message: String,
        /// The start of the response body.
        body: String,
    },
    /// The configuration, or a value given for the request, cannot be used
    /// (missing credentials, invalid endpoint, a path parameter missing, ...).
    #[error("invalid configuration or request: {0}")]
    Config(String),
    /// The service answered with an error.
    #[error(transparent)]
    Service(#[from] ServiceError),
}

impl Error {
    /// The service error, when the service answered with one.
    pub fn as_service(&self) -> Option<&ServiceError> {
        match self {
            Error::Service(err) => Some(err),
            _ => None,
        }
    }

    /// The request ID of the failed call, when the service answered.
    pub fn request_id(&self) -> Option<&str> {
        self.as_service().and_then(|e| e.request_id.as_deref())
    }

    /// Whether the failure is transient: another attempt of a request that is
    /// safe to repeat may succeed (a timeout, a stall, a lost connection, no
    /// connection, HTTP 429 other than `QUOTA_EXCEEDED`, a 5xx other than 501
    /// and 505). [`send`](crate::send) retries exactly these (and, for
    /// requests that are not safe to repeat, only failures to connect).
    pub fn is_transient(&self) -> bool {
        crate::retry::is_retryable(&crate::retry::Outcome::of(self), true)
    }

    /// The transport failure, when the error is one.
    pub fn as_transport(&self) -> Option<&TransportError> {
        match self {
            Error::Transport(err) => Some(err),
            _ => None,
        }
    }

    pub(crate) fn deserialize(http_status: u16, err: &serde_json::Error, body: &[u8]) -> Self {
        Error::Deserialize {
            http_status,
            message: err.to_string(),
            body: body_snippet(body),
        }
    }
}

fn too_large_message(limit: u64, length: Option<u64>) -> String {
    match length {
        Some(length) => {
            format!("the response body is too large: {length} bytes declared, the limit is {limit}")
        }
        None => format!("the response body is too large: more than the limit of {limit} bytes"),
    }
}

fn profile_message(path: &std::path::Path, line: Option<usize>, message: &str) -> String {
    match line {
        Some(line) => format!("{}:{line}: {message}", path.display()),
        None => format!("{}: {message}", path.display()),
    }
}

/// The first characters of a response body, for error messages.
pub(crate) fn body_snippet(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut snippet: String = text.chars().take(BODY_SNIPPET_CHARS).collect();
    if text.chars().nth(BODY_SNIPPET_CHARS).is_some() {
        snippet.push('…');
    }
    snippet
}

/// An error answered by a JD Cloud service:
/// `{"requestId": "...", "error": {"code": 400, "status": "INVALID_ARGUMENT", "message": "..."}}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceError {
    /// HTTP status of the response.
    pub http_status: u16,
    /// `error.code`, usually equal to the HTTP status.
    pub code: Option<i64>,
    /// `error.status`, such as `INVALID_ARGUMENT`; see [`ServiceError::common_status`].
    pub status: Option<String>,
    /// `error.message`, or a description of the response when it had none.
    pub message: String,
    /// `requestId` of the body, else the `x-jdcloud-request-id` header.
    pub request_id: Option<String>,
}

impl ServiceError {
    /// Builds the error from a response. Never fails: a body that is empty, not
    /// JSON or not in the documented shape gives an error whose message is the
    /// start of the body (or the HTTP reason phrase).
    pub fn from_response(http_status: u16, body: &[u8], header_request_id: Option<&str>) -> Self {
        let parsed: Option<Envelope<serde_json::Value>> = serde_json::from_slice(body).ok();
        let (body_request_id, error) = match parsed {
            Some(envelope) => (envelope.request_id, envelope.error),
            None => (None, None),
        };
        let request_id = body_request_id
            .filter(|id| !id.is_empty())
            .or_else(|| header_request_id.map(str::to_string))
            .filter(|id| !id.is_empty());
        let error = error.unwrap_or_default();
        let message = match error.message {
            Some(message) if !message.is_empty() => message,
            _ if !body.iter().all(u8::is_ascii_whitespace) => body_snippet(body),
            _ => reason_phrase(http_status),
        };
        ServiceError {
            http_status,
            code: error.code,
            status: error.status.filter(|s| !s.is_empty()),
            message,
            request_id,
        }
    }

    /// The status as one of the statuses every JD Cloud service shares
    /// (`None` when the response had no status).
    pub fn common_status(&self) -> Option<CommonStatus> {
        self.status.as_deref().map(CommonStatus::from)
    }
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "service error (HTTP {}", self.http_status)?;
        if let Some(status) = &self.status {
            write!(f, ", {status}")?;
        }
        write!(f, "): {}", self.message)?;
        if let Some(id) = &self.request_id {
            write!(f, " [request id {id}]")?;
        }
        Ok(())
    }
}

impl std::error::Error for ServiceError {}

fn reason_phrase(http_status: u16) -> String {
    match http::StatusCode::from_u16(http_status)
        .ok()
        .and_then(|s| s.canonical_reason())
    {
        Some(reason) => format!("HTTP {http_status} {reason}"),
        None => format!("HTTP {http_status}"),
    }
}

/// The body of every JD Cloud response: `{"requestId": ..., "result": ...}` or
/// `{"requestId": ..., "error": {...}}`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(bound(deserialize = "T: Deserialize<'de>"))]
pub struct Envelope<T> {
    /// ID of the request, for support tickets.
    #[serde(rename = "requestId", default, deserialize_with = "lenient_string")]
    pub request_id: Option<String>,
    /// The operation's result.
    #[serde(default = "none")]
    pub result: Option<T>,
    /// The error, when the call failed.
    #[serde(default, deserialize_with = "lenient_error")]
    pub error: Option<ErrorBody>,
}

fn none<T>() -> Option<T> {
    None
}

/// The `error` member of a response body. Every field is optional because
/// gateways and services do not all fill them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct ErrorBody {
    /// Usually the HTTP status; accepted as a number or a numeric string.
    #[serde(default, deserialize_with = "lenient_i64")]
    pub code: Option<i64>,
    /// Such as `INVALID_ARGUMENT`.
    #[serde(default, deserialize_with = "lenient_string")]
    pub status: Option<String>,
    /// Human-readable message.
    #[serde(default, deserialize_with = "lenient_string")]
    pub message: Option<String>,
}

fn lenient_i64<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<i64>, D::Error> {
    Ok(match serde_json::Value::deserialize(deserializer)? {
        serde_json::Value::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f as i64)),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    })
}

fn lenient_string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(match serde_json::Value::deserialize(deserializer)? {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Null => None,
        other => Some(other.to_string()),
    })
}

fn lenient_error<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<ErrorBody>, D::Error> {
    Ok(match serde_json::Value::deserialize(deserializer)? {
        serde_json::Value::Null => None,
        value @ serde_json::Value::Object(_) => {
            Some(serde_json::from_value(value).unwrap_or_default())
        }
        serde_json::Value::String(message) => Some(ErrorBody {
            message: Some(message),
            ..ErrorBody::default()
        }),
        _ => Some(ErrorBody::default()),
    })
}

macro_rules! common_statuses {
    ($($variant:ident => $text:literal, $http:literal, $doc:literal;)*) => {
        /// The error statuses shared by every JD Cloud service (see the
        /// "Error codes" page of the common declarations). Services may return
        /// others; those are kept in [`CommonStatus::Unknown`].
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum CommonStatus {
            $(
                #[doc = concat!("`", $text, "` (HTTP ", $http, "): ", $doc)]
                $variant,
            )*
            /// A status not in the common list, kept verbatim.
            Unknown(String),
        }

        impl CommonStatus {
            /// The status as it appears on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(CommonStatus::$variant => $text,)*
                    CommonStatus::Unknown(text) => text,
                }
            }

            /// The HTTP status the common declarations give for this status
            /// (`None` for [`CommonStatus::Unknown`]).
            pub fn http_status(&self) -> Option<u16> {
                match self {
                    $(CommonStatus::$variant => Some($http),)*
                    CommonStatus::Unknown(_) => None,
                }
            }
        }

        impl From<&str> for CommonStatus {
            fn from(text: &str) -> Self {
                match text {
                    $($text => CommonStatus::$variant,)*
                    other => CommonStatus::Unknown(other.to_string()),
                }
            }
        }
    };
}

common_statuses! {
    InvalidArgument => "INVALID_ARGUMENT", 400, "参数错误 (invalid argument).";
    FailedPrecondition => "FAILED_PRECONDITION", 400, "此操作需要的预置条件不满足 (a precondition of the operation is not met).";
    OutOfRange => "OUT_OF_RANGE", 400, "参数超出范围 (an argument is out of range).";
    Unauthenticated => "UNAUTHENTICATED", 401, "验证失败 (authentication failed).";
    HttpForbidden => "HTTP_FORBIDDEN", 403, "没有权限 (permission denied).";
    NotFound => "NOT_FOUND", 404, "找不到对象 (the object does not exist).";
    Aborted => "ABORTED", 409, "操作终止 (the operation was aborted).";
    AlreadyExists => "ALREADY_EXISTS", 409, "对象已存在 (the object already exists).";
    QuotaExceeded => "QUOTA_EXCEEDED", 429, "配额不足 (quota exceeded).";
    RateLimit => "RATE_LIMIT", 429, "请求过频繁 (too many requests).";
    Cancelled => "CANCELLED", 499, "取消操作 (the operation was cancelled).";
    UnknownError => "UNKNOWN", 500, "未知错误 (unknown error).";
    Internal => "INTERNAL", 500, "内部错误 (internal error).";
    NotImplemented => "NOT_IMPLEMENTED", 501, "操作未实现 (the operation is not implemented).";
    SourceUnavailable => "SOURCE_UNAVAILABLE", 502, "源站不可用 (the origin is unavailable).";
    Unavailable => "UNAVAILABLE", 503, "服务不可用 (the service is unavailable).";
}

impl From<String> for CommonStatus {
    fn from(text: String) -> Self {
        CommonStatus::from(text.as_str())
    }
}

impl FromStr for CommonStatus {
    type Err = std::convert::Infallible;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(CommonStatus::from(text))
    }
}

impl fmt::Display for CommonStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CommonStatus {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CommonStatus {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(CommonStatus::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_well_formed_error() {
        let body = br#"{"requestId":"c2h0u8qk","error":{"code":400,"status":"INVALID_ARGUMENT","message":"instanceId is invalid"}}"#;
        let err = ServiceError::from_response(400, body, Some("from-header"));
        assert_eq!(err.http_status, 400);
        assert_eq!(err.code, Some(400));
        assert_eq!(err.status.as_deref(), Some("INVALID_ARGUMENT"));
        assert_eq!(err.message, "instanceId is invalid");
        assert_eq!(err.request_id.as_deref(), Some("c2h0u8qk"));
        assert_eq!(err.common_status(), Some(CommonStatus::InvalidArgument));
        let text = err.to_string();
        assert!(
            text.contains("INVALID_ARGUMENT") && text.contains("c2h0u8qk"),
            "{text}"
        );
    }

    #[test]
    fn tolerates_missing_fields() {
        let err = ServiceError::from_response(404, br#"{"error":{"message":"gone"}}"#, None);
        assert_eq!((err.code, err.status.clone()), (None, None));
        assert_eq!(err.message, "gone");
        assert_eq!(err.request_id, None);
        assert_eq!(err.common_status(), None);

        let err = ServiceError::from_response(500, br#"{"requestId":"r1"}"#, None);
        assert_eq!(err.request_id.as_deref(), Some("r1"));
        assert_eq!(err.message, r#"{"requestId":"r1"}"#);

        let err = ServiceError::from_response(
            403,
            br#"{"requestId":"r","error":{"code":"403","status":"HTTP_FORBIDDEN"}}"#,
            None,
        );
        assert_eq!(err.code, Some(403));
        assert_eq!(err.common_status(), Some(CommonStatus::HttpForbidden));
        assert!(err.message.contains("HTTP_FORBIDDEN"));
    }

    #[test]
    fn tolerates_odd_bodies() {
        let err = ServiceError::from_response(502, b"<html>Bad Gateway</html>", Some("hdr-id"));
        assert_eq!(err.message, "<html>Bad Gateway</html>");
        assert_eq!(err.request_id.as_deref(), Some("hdr-id"));
        assert_eq!(err.status, None);

        let err = ServiceError::from_response(503, b"", None);
        assert_eq!(err.message, "HTTP 503 Service Unavailable");

        let err = ServiceError::from_response(500, br#"{"error":"boom","requestId":7}"#, None);
        assert_eq!(err.message, "boom");
        assert_eq!(err.request_id.as_deref(), Some("7"));

        let err = ServiceError::from_response(500, br#"[1,2]"#, None);
        assert_eq!(err.message, "[1,2]");

        let long = vec![b'x'; 5000];
        let err = ServiceError::from_response(500, &long, None);
        assert!(err.message.chars().count() <= BODY_SNIPPET_CHARS + 1);

        let invalid_utf8 = [0xff, 0xfe, b'a'];
        let err = ServiceError::from_response(500, &invalid_utf8, None);
        assert!(err.message.ends_with('a'));
    }

    #[test]
    fn common_status_round_trips() {
        for text in ["INVALID_ARGUMENT", "UNKNOWN", "UNAVAILABLE", "RATE_LIMIT"] {
            let status = CommonStatus::from(text);
            assert!(!matches!(status, CommonStatus::Unknown(_)), "{text}");
            assert_eq!(status.as_str(), text);
        }
        let status: CommonStatus = "INSTANCE_NOT_STOPPED".parse().unwrap();
        assert_eq!(status, CommonStatus::Unknown("INSTANCE_NOT_STOPPED".into()));
        assert_eq!(status.to_string(), "INSTANCE_NOT_STOPPED");
        assert_eq!(status.http_status(), None);
        let json = serde_json::to_string(&status).unwrap();
        assert_eq!(json, "\"INSTANCE_NOT_STOPPED\"");
        let back: CommonStatus = serde_json::from_str(&json).unwrap();
        assert_eq!(back, status);
        assert_eq!(CommonStatus::UnknownError.as_str(), "UNKNOWN");
        assert_eq!(CommonStatus::QuotaExceeded.http_status(), Some(429));
    }

    #[test]
    fn envelope_shapes() {
        let e: Envelope<serde_json::Value> =
            serde_json::from_str(r#"{"requestId":"r","result":{"a":1}}"#).unwrap();
        assert_eq!(e.request_id.as_deref(), Some("r"));
        assert_eq!(e.result, Some(serde_json::json!({"a": 1})));
        assert!(e.error.is_none());

        let e: Envelope<()> = serde_json::from_str(r#"{"requestId":"r"}"#).unwrap();
        assert_eq!(e.result, None);

        let e: Envelope<serde_json::Value> =
            serde_json::from_str(r#"{"requestId":"r","result":null,"error":null}"#).unwrap();
        assert_eq!((e.result, e.error), (None, None));
    }

    #[test]
    fn error_accessors() {
        let err = Error::from(ServiceError::from_response(
            400,
            br#"{"requestId":"abc","error":{"code":400,"status":"OUT_OF_RANGE","message":"m"}}"#,
            None,
        ));
        assert_eq!(err.request_id(), Some("abc"));
        assert_eq!(
            err.as_service().and_then(ServiceError::common_status),
            Some(CommonStatus::OutOfRange)
        );
        assert!(Error::Timeout.as_service().is_none());
        let err = Error::deserialize(
            200,
            &serde_json::from_str::<u8>("x").unwrap_err(),
            b"not json",
        );
        assert!(err.to_string().contains("not json"));
    }
}
