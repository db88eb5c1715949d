//! Reading the JD Cloud envelope of a successful response.

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{body_snippet, Error, ServiceError};

/// A successful call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response<T> {
    /// `requestId` of the body, else the `x-jdcloud-request-id` header.
    pub request_id: Option<String>,
    /// The operation's result; see [`send`](crate::http::send) for
    /// absent results.
    pub result: T,
    /// HTTP status (2xx).
    pub http_status: u16,
}

impl<T> Response<T> {
    /// The result, dropping the request ID.
    pub fn into_result(self) -> T {
        self.result
    }

    /// Transforms the result, keeping the request ID and status.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            request_id: self.request_id,
            result: f(self.result),
            http_status: self.http_status,
        }
    }
}

/// Reads a 2xx response body: the `result` member as `T`, the request ID, or
/// the service error when the body carries an `error` member.
pub(crate) fn read_success<T: DeserializeOwned>(
    http_status: u16,
    body: &[u8],
    header_request_id: Option<String>,
) -> Result<Response<T>, Error> {
    let mut result = Value::Null;
    let mut request_id = None;
    if !body.iter().all(u8::is_ascii_whitespace) {
        let value: Value =
            serde_json::from_slice(body).map_err(|e| Error::deserialize(http_status, &e, body))?;
        let Value::Object(mut members) = value else {
            return Err(Error::Deserialize {
                http_status,
                message: "expected a JSON object".into(),
                body: body_snippet(body),
            });
        };
        if members.get("error").is_some_and(|e| !e.is_null()) {
            let error =
                ServiceError::from_response(http_status, body, header_request_id.as_deref());
            return Err(Error::Service(error));
        }
        request_id = match members.get("requestId") {
            Some(Value::String(id)) if !id.is_empty() => Some(id.clone()),
            _ => None,
        };
        result = members.remove("result").unwrap_or(Value::Null);
    }
    let result =
        deserialize_result(result).map_err(|e| Error::deserialize(http_status, &e, body))?;
    Ok(Response {
        request_id: request_id.or(header_request_id),
        result,
        http_status,
    })
}

/// Reads a result; an absent result is tried as `null`, then as `{}`.
fn deserialize_result<T: DeserializeOwned>(value: Value) -> Result<T, serde_json::Error> {
    if !value.is_null() {
        return serde_json::from_value(value);
    }
    match serde_json::from_value(Value::Null) {
        Ok(result) => Ok(result),
        Err(err) => serde_json::from_value(Value::Object(serde_json::Map::new())).map_err(|_| err),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Debug, Deserialize, PartialEq)]
    struct Optional {
        #[serde(rename = "totalCount")]
        total_count: Option<i64>,
    }

    #[test]
    fn reads_results() {
        let r: Response<Optional> = read_success(
            200,
            br#"{"requestId":"r1","result":{"totalCount":3}}"#,
            None,
        )
        .unwrap();
        assert_eq!(r.result.total_count, Some(3));
        assert_eq!(r.request_id.as_deref(), Some("r1"));

        let r: Response<()> = read_success(200, br#"{"requestId":"r2"}"#, None).unwrap();
        assert_eq!(r.request_id.as_deref(), Some("r2"));
        let r: Response<Option<Optional>> =
            read_success(200, br#"{"requestId":"r","result":null}"#, None).unwrap();
        assert_eq!(r.result, None);
        let r: Response<Optional> = read_success(200, br#"{"requestId":"r"}"#, None).unwrap();
        assert_eq!(r.result, Optional { total_count: None });
        let r: Response<()> = read_success(204, b"", Some("hdr".into())).unwrap();
        assert_eq!(r.request_id.as_deref(), Some("hdr"));
        let r: Response<Value> = read_success(200, br#"{"result":{"a":1}}"#, None).unwrap();
        assert_eq!(r.result, json!({"a": 1}));
    }

    #[test]
    fn reads_errors_in_success_bodies() {
        let err = read_success::<Value>(
            200,
            br#"{"requestId":"r","error":{"code":400,"status":"INVALID_ARGUMENT","message":"m"}}"#,
            None,
        )
        .unwrap_err();
        assert_eq!(err.as_service().map(|e| e.message.as_str()), Some("m"));
        let err = read_success::<Value>(200, b"<html>", None).unwrap_err();
        assert!(matches!(err, Error::Deserialize { ref body, .. } if body == "<html>"));
        let err = read_success::<Value>(200, b"[1]", None).unwrap_err();
        assert!(matches!(err, Error::Deserialize { .. }));

        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Required {
            id: String,
        }
        let err = read_success::<Required>(200, br#"{"result":{"id":1}}"#, None).unwrap_err();
        assert!(matches!(
            err,
            Error::Deserialize {
                http_status: 200,
                ..
            }
        ));
        let err = read_success::<Required>(200, br#"{"requestId":"r"}"#, None).unwrap_err();
        assert!(matches!(err, Error::Deserialize { .. }), "{err}");
    }
}
