//! Calls one generated operation against a local server and checks what was sent and read.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;

use build_rs_example::jdcloud::runtime::{Config, Credentials, Endpoint};
use build_rs_example::jdcloud::vm::{Client, InstanceSpec};

/// Answers one request with a JD envelope and hands back the request line, headers and body.
fn serve_once(listener: TcpListener) -> std::thread::JoinHandle<(String, Vec<String>, String)> {
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().expect("a connection");
        let mut reader = BufReader::new(stream.try_clone().expect("clone"));
        let mut request_line = String::new();
        reader.read_line(&mut request_line).expect("request line");
        let mut headers = Vec::new();
        let mut length = 0usize;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).expect("header");
            let line = line.trim_end().to_string();
            if line.is_empty() {
                break;
            }
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().expect("length");
            }
            headers.push(line);
        }
        let mut body = vec![0u8; length];
        reader.read_exact(&mut body).expect("body");
        let answer = r#"{"requestId":"req-1","result":{"instanceIds":["i-1","i-2"]}}"#;
        let mut stream = stream;
        write!(
            stream,
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{}",
            answer.len(),
            answer
        )
        .expect("answer");
        (
            request_line,
            headers,
            String::from_utf8(body).expect("utf-8"),
        )
    })
}

#[tokio::test]
async fn create_instances_is_signed_sent_and_read() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let server = serve_once(listener);

    let endpoint = Endpoint::parse(&format!("http://127.0.0.1:{port}")).expect("endpoint");
    let config = Config::new(Credentials::new("ak", "sk")).with_endpoint(endpoint);
    let vm = Client::new(&config);
    let spec = InstanceSpec::new("instance-1");
    let response = vm
        .create_instances("cn-north-1", spec)
        .max_count(2)
        .send()
        .await
        .expect("the call succeeds");

    assert_eq!(response.request_id.as_deref(), Some("req-1"));
    let ids = response.result.instance_ids.expect("instance ids");
    assert_eq!(ids, vec!["i-1".to_string(), "i-2".to_string()]);

    let (line, headers, body) = server.join().expect("server thread");
    assert!(
        line.starts_with("POST /v1/regions/cn-north-1/instances "),
        "{line}"
    );
    let auth = headers
        .iter()
        .find(|h| h.to_ascii_lowercase().starts_with("authorization:"))
        .expect("signed");
    assert!(
        auth.contains("JDCLOUD3-HMAC-SHA256 Credential=ak/"),
        "{auth}"
    );
    assert!(auth.contains("/cn-north-1/vm/jdcloud3_request"), "{auth}");
    let body: serde_json::Value = serde_json::from_str(&body).expect("JSON body");
    assert_eq!(body["maxCount"], 2);
    assert_eq!(body["instanceSpec"]["name"], "instance-1");
    assert!(body["clientToken"].as_str().is_some_and(|t| !t.is_empty()));
    assert!(
        body.get("regionId").is_none(),
        "path parameters stay out of the body"
    );
}
