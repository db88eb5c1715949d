//! `send` against a small local HTTP/1.1 server: what goes on the wire, the
//! signature the server can recompute from it, retries and error mapping.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Deserialize;
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::signer::{self, Query, SignableRequest};
use crate::{send, Config, Credentials, Endpoint, Error, Method, Request, Response, RetryPolicy};

/// What the server answers to one request.
enum Reply {
    Json {
        status: u16,
        headers: &'static [(&'static str, &'static str)],
        body: String,
    },
    /// Never answers (until the client gives up).
    Hang,
}

fn reply(status: u16, body: serde_json::Value) -> Reply {
    Reply::Json {
        status,
        headers: &[],
        body: body.to_string(),
    }
}

/// A request as the server saw it.
#[derive(Debug, Clone)]
struct Seen {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

type Log = Arc<Mutex<Vec<Seen>>>;

/// Starts a server answering one connection per reply, in order.
async fn serve(replies: Vec<Reply>) -> (SocketAddr, Log) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let log: Log = Arc::default();
    let seen = log.clone();
    tokio::spawn(async move {
        for reply in replies {
            let Ok((mut stream, _)) = listener.accept().await else {
                return;
            };
            let Some(request) = read_request(&mut stream).await else {
                return;
            };
            seen.lock().unwrap().push(request);
            match reply {
                Reply::Hang => {
                    tokio::time::sleep(Duration::from_secs(5)).await;
                }
                Reply::Json {
                    status,
                    headers,
                    body,
                } => {
                    let mut head = format!(
                        "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n",
                        body.len()
                    );
                    for (name, value) in headers {
                        head.push_str(&format!("{name}: {value}\r\n"));
                    }
                    head.push_str("\r\n");
                    let _ = stream.write_all(head.as_bytes()).await;
                    let _ = stream.write_all(body.as_bytes()).await;
                    let _ = stream.shutdown().await;
                }
            }
        }
    });
    (addr, log)
}

async fn read_request(stream: &mut TcpStream) -> Option<Seen> {
    let mut data = Vec::new();
    let mut chunk = [0_u8; 4096];
    let head_end = loop {
        if let Some(i) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        data.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8(data[..head_end].to_vec()).ok()?;
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let method = request_line.next()?.to_string();
    let target = request_line.next()?.to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = data[head_end + 4..].to_vec();
    while body.len() < length {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Some(Seen {
        method,
        target,
        headers,
        body,
    })
}

fn config(addr: SocketAddr) -> Config {
    Config::new(Credentials::new("test-ak", "test-sk"))
        .with_endpoint(Endpoint::parse(&format!("http://{addr}")).unwrap())
        .with_retry(
            RetryPolicy::default()
                .with_initial_backoff(Duration::from_millis(1))
                .with_max_backoff(Duration::from_millis(5)),
        )
}

/// Recomputes the signature the way a gateway would: from the request line,
/// the headers named in `SignedHeaders` and the body.
fn verify_signature(seen: &Seen, service: &str, region: &str) {
    let authorization = seen.header("authorization").unwrap();
    let signed_names = authorization
        .split("SignedHeaders=")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .unwrap();
    let headers: Vec<(String, String)> = signed_names
        .split(';')
        .filter(|name| *name != "host")
        .map(|name| (name.to_string(), seen.header(name).unwrap().to_string()))
        .collect();
    let (path, query) = seen.target.split_once('?').unwrap_or((&seen.target, ""));
    let expected = signer::sign(
        &Credentials::new("test-ak", "test-sk"),
        &SignableRequest {
            method: &seen.method,
            host: seen.header("host").unwrap(),
            path,
            query: Query::Raw(query),
            headers: &headers,
            body: &seen.body,
            service,
            region,
        },
    )
    .unwrap();
    assert_eq!(authorization, expected.authorization);
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
struct ListResult {
    total_count: Option<u64>,
}

#[tokio::test]
async fn get_is_signed_and_parsed() {
    let (addr, log) = serve(vec![reply(
        200,
        json!({"requestId": "req-1", "result": {"totalCount": 2}}),
    )])
    .await;
    let config = config(addr)
        .with_credentials(Credentials::new("test-ak", "test-sk").with_session_token("session-tok"));
    let request = Request::new(Method::GET, "vm", "v1", "/regions/cn-north-1/instances")
        .with_region("cn-north-1")
        .with_query(vec![
            ("filters.1.name".into(), "name".into()),
            ("filters.1.values.1".into(), "云 主机+1/2".into()),
            ("pageSize".into(), "10".into()),
        ])
        .with_header_param("x-jdcloud-pin", "pin");
    let response: Response<ListResult> = send(&config, request).await.unwrap();
    assert_eq!(response.result.total_count, Some(2));
    assert_eq!(response.request_id.as_deref(), Some("req-1"));
    assert_eq!(response.http_status, 200);

    let seen = log.lock().unwrap()[0].clone();
    assert_eq!(seen.method, "GET");
    assert_eq!(
        seen.target,
        "/v1/regions/cn-north-1/instances?filters.1.name=name&filters.1.values.1=%E4%BA%91%20%E4%B8%BB%E6%9C%BA%2B1%2F2&pageSize=10"
    );
    assert_eq!(seen.header("content-type"), Some("application/json"));
    assert_eq!(seen.header("x-jdcloud-security-token"), Some("session-tok"));
    assert_eq!(seen.header("x-jdcloud-pin"), Some("cGlu"));
    assert_eq!(seen.header("x-jdcloud-date").map(str::len), Some(16));
    assert!(seen.header("x-jdcloud-nonce").is_some());
    assert!(seen.header("user-agent").unwrap().ends_with(" vm/v1"));
    assert!(seen.body.is_empty());
    let authorization = seen.header("authorization").unwrap();
    assert!(authorization.contains("/cn-north-1/vm/jdcloud3_request, SignedHeaders=content-type;host;x-jdcloud-date;x-jdcloud-nonce;x-jdcloud-pin;x-jdcloud-security-token, "), "{authorization}");
    verify_signature(&seen, "vm", "cn-north-1");
}

#[tokio::test]
async fn post_sends_the_body_without_nulls_and_signs_jdcloud_api() {
    let (addr, log) = serve(vec![reply(200, json!({"requestId": "r"}))]).await;
    let request = Request::new(Method::POST, "iam", "v1", "/subUser/{name}:x")
        .with_body(json!({"a": 1, "b": null, "c": {"d": null}}));
    let response: Response<()> = send(&config(addr), request).await.unwrap();
    assert_eq!(response.request_id.as_deref(), Some("r"));
    let seen = log.lock().unwrap()[0].clone();
    assert_eq!(seen.body, br#"{"a":1,"c":{}}"#);
    assert_eq!(seen.target, "/v1/subUser/%7Bname%7D:x");
    assert!(seen
        .header("authorization")
        .unwrap()
        .contains("/jdcloud-api/iam/jdcloud3_request"));
    verify_signature(&seen, "iam", "jdcloud-api");
}

#[tokio::test]
async fn retries_safe_requests_with_fresh_signatures() {
    let (addr, log) = serve(vec![
        Reply::Json {
            status: 503,
            headers: &[("retry-after", "0")],
            body: json!({"error": {"code": 503, "status": "UNAVAILABLE"}}).to_string(),
        },
        reply(500, json!({})),
        reply(200, json!({"requestId": "ok", "result": {"totalCount": 1}})),
    ])
    .await;
    let request = Request::new(Method::GET, "vm", "v1", "/regions/r/instances");
    let response: Response<ListResult> = send(&config(addr), request).await.unwrap();
    assert_eq!(response.request_id.as_deref(), Some("ok"));
    let seen = log.lock().unwrap().clone();
    assert_eq!(seen.len(), 3);
    let nonces: Vec<_> = seen.iter().map(|s| s.header("x-jdcloud-nonce")).collect();
    assert!(nonces[0] != nonces[1] && nonces[1] != nonces[2]);
}

#[tokio::test]
async fn gives_up_after_max_attempts() {
    let (addr, log) = serve(vec![
        reply(502, json!({})),
        reply(502, json!({})),
        reply(502, json!({})),
        reply(200, json!({})),
    ])
    .await;
    let request = Request::new(Method::GET, "vm", "v1", "/x");
    let err = send::<()>(&config(addr), request).await.unwrap_err();
    assert_eq!(err.as_service().map(|e| e.http_status), Some(502));
    assert_eq!(log.lock().unwrap().len(), 3);
}

#[tokio::test]
async fn unsafe_posts_are_not_retried_but_client_token_posts_are() {
    let (addr, log) = serve(vec![reply(503, json!({}))]).await;
    let request = Request::new(Method::POST, "vm", "v1", "/x").with_body(json!({"n": 1}));
    let err = send::<()>(&config(addr), request).await.unwrap_err();
    assert_eq!(err.as_service().map(|e| e.http_status), Some(503));
    assert_eq!(log.lock().unwrap().len(), 1);

    let (addr, log) = serve(vec![reply(500, json!({})), reply(200, json!({}))]).await;
    let token = crate::new_client_token();
    let request = Request::new(Method::POST, "vm", "v1", "/x")
        .with_body(json!({"clientToken": token}))
        .with_idempotent(true);
    send::<()>(&config(addr), request).await.unwrap();
    let seen = log.lock().unwrap().clone();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].body, seen[1].body);
    assert!(String::from_utf8_lossy(&seen[0].body).contains(&token));
}

#[tokio::test]
async fn service_errors_are_parsed() {
    let (addr, _) = serve(vec![Reply::Json {
        status: 400,
        headers: &[("x-jdcloud-request-id", "hdr-id")],
        body: json!({"requestId": "body-id", "error": {"code": 400, "status": "INVALID_ARGUMENT", "message": "bad instanceId"}}).to_string(),
    }])
    .await;
    let request = Request::new(Method::GET, "vm", "v1", "/x");
    let err = send::<()>(&config(addr), request).await.unwrap_err();
    let service = err.as_service().unwrap();
    assert_eq!(service.http_status, 400);
    assert_eq!(service.code, Some(400));
    assert_eq!(service.message, "bad instanceId");
    assert_eq!(service.request_id.as_deref(), Some("body-id"));
    assert_eq!(
        service.common_status(),
        Some(crate::CommonStatus::InvalidArgument)
    );
}

#[tokio::test]
async fn timeouts_map_to_timeout() {
    let (addr, _) = serve(vec![Reply::Hang]).await;
    let config = config(addr)
        .with_timeout(Duration::from_millis(100))
        .with_retry(RetryPolicy::none());
    let request = Request::new(Method::GET, "vm", "v1", "/x");
    let err = send::<()>(&config, request).await.unwrap_err();
    assert!(matches!(err, Error::Timeout), "{err:?}");
}

#[tokio::test]
async fn refused_connections_are_transport_errors() {
    let addr = {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        listener.local_addr().unwrap()
    };
    let request = Request::new(Method::POST, "vm", "v1", "/x");
    let err = send::<()>(&config(addr), request).await.unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
}

#[cfg(feature = "blocking")]
#[test]
fn blocking_calls_work_outside_a_runtime() {
    let server = tokio::runtime::Runtime::new().unwrap();
    let (addr, log) = server.block_on(serve(vec![reply(
        200,
        json!({"requestId": "b", "result": {"totalCount": 5}}),
    )]));
    let config = config(addr);
    let request = Request::new(Method::GET, "vm", "v1", "/x");
    let response: Response<ListResult> = crate::block_on(send(&config, request)).unwrap();
    assert_eq!(response.result.total_count, Some(5));
    assert_eq!(log.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn redirects_are_not_followed() {
    let (addr, log) = serve(vec![Reply::Json {
        status: 302,
        headers: &[("location", "http://127.0.0.1:9/elsewhere")],
        body: String::new(),
    }])
    .await;
    let request = Request::new(Method::GET, "vm", "v1", "/x");
    let err = send::<()>(&config(addr), request).await.unwrap_err();
    assert_eq!(err.as_service().map(|e| e.http_status), Some(302));
    assert_eq!(log.lock().unwrap().len(), 1);
}

#[test]
fn futures_and_types_are_thread_safe() {
    fn assert_send<T: Send>(_: &T) {}
    fn assert_send_sync<T: Send + Sync + 'static>() {}
    assert_send_sync::<Config>();
    assert_send_sync::<Error>();
    assert_send_sync::<Request>();
    let config = Config::new(Credentials::new("ak", "sk"));
    let future = send::<ListResult>(&config, Request::new(Method::GET, "vm", "v1", "/x"));
    assert_send(&future);
    let stream = crate::paginate(|page| {
        let config = config.clone();
        async move {
            let request = Request::new(Method::GET, "vm", "v1", "/x")
                .with_query(vec![("pageNumber".into(), page.to_string())]);
            let response: Response<ListResult> = send(&config, request).await?;
            Ok((Vec::<u8>::new(), response.result.total_count))
        }
    });
    assert_send(&stream);
}
