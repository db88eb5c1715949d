//! A server on 127.0.0.1 that answers each connection the way a test scripts it: properly, or
//! with one of the faults of real networks and proxies (a reset, a truncated or stalled body,
//! garbage, ...). It counts the connections and the requests it received, and keeps the
//! requests' bodies.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the server does with each connection, after reading the request (if any).
#[derive(Debug, Clone)]
pub enum Behavior {
    /// A complete response, then the connection is closed.
    Respond {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// Resets the connection (RST) before writing anything.
    ResetBeforeStatus,
    /// Writes the status line and headers (announcing `length` bytes of body), then resets.
    ResetAfterHeaders { length: usize },
    /// Writes the headers and the first bytes of `body`, then resets.
    ResetMidBody { body: Vec<u8>, sent: usize },
    /// Writes the headers and the first bytes of `body`, then sends nothing more.
    StallMidBody { body: Vec<u8>, sent: usize },
    /// Writes the headers, then the body one byte every `every`.
    Trickle { body: Vec<u8>, every: Duration },
    /// Writes the headers, announcing `length` bytes of body, then sends nothing more.
    DeclareOnly { length: usize },
    /// A chunked body that never ends.
    Endless,
    /// Bytes that are not HTTP, then closes.
    Garbage,
    /// Never answers.
    Hang,
}

/// A running server. Dropping it does not stop it; the test's runtime does.
pub struct Server {
    pub addr: SocketAddr,
    connections: Arc<AtomicUsize>,
    requests: Arc<Mutex<Vec<Received>>>,
}

/// A request as the server read it.
#[derive(Debug, Clone)]
pub struct Received {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Received {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

impl Server {
    /// Starts a server that treats every connection with `behavior`.
    pub async fn start(behavior: Behavior) -> Server {
        Server::start_with(move |_| behavior.clone()).await
    }

    /// Starts a server that treats connection number `n` (0-based) with `script(n)`.
    pub async fn start_with<F>(script: F) -> Server
    where
        F: Fn(usize) -> Behavior + Send + Sync + 'static,
    {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("address");
        let connections = Arc::new(AtomicUsize::new(0));
        let requests: Arc<Mutex<Vec<Received>>> = Arc::default();
        let script = Arc::new(script);
        let (count, log) = (connections.clone(), requests.clone());
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let n = count.fetch_add(1, Ordering::SeqCst);
                let behavior = script(n);
                let log = log.clone();
                tokio::spawn(async move {
                    handle(stream, behavior, addr, log).await;
                });
            }
        });
        Server {
            addr,
            connections,
            requests,
        }
    }

    /// Connections accepted so far.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }

    /// HTTP requests received so far (a TLS handshake or garbage is not one).
    pub fn requests(&self) -> Vec<Received> {
        self.requests.lock().unwrap().clone()
    }

    /// `http://127.0.0.1:port`.
    pub fn http_url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

/// An address on which nothing listens (a port just released).
pub async fn refused_addr() -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    listener.local_addr().expect("address")
}

/// An address whose listener never accepts and whose queue of connections waiting to be accepted
/// is full, so that a new connection is never established: connecting times out. Keep the
/// returned value alive for as long as the address is used.
pub async fn unaccepting_addr() -> (SocketAddr, Held) {
    let socket = tokio::net::TcpSocket::new_v4().expect("socket");
    socket.bind("127.0.0.1:0".parse().unwrap()).expect("bind");
    let addr = socket.local_addr().expect("address");
    let listener = socket.listen(0).expect("listen");
    // Fill the queue: connections the listener never accepts.
    let mut fillers = Vec::new();
    for _ in 0..4 {
        match tokio::time::timeout(Duration::from_millis(200), TcpStream::connect(addr)).await {
            Ok(Ok(stream)) => fillers.push(stream),
            _ => break,
        }
    }
    (addr, Held(listener, fillers))
}

/// Keeps a listener and its unaccepted connections open until dropped.
pub struct Held(TcpListener, Vec<TcpStream>);

async fn handle(
    mut stream: TcpStream,
    behavior: Behavior,
    addr: SocketAddr,
    log: Arc<Mutex<Vec<Received>>>,
) {
    match tokio::time::timeout(Duration::from_secs(2), read_request(&mut stream)).await {
        Ok(Some(request)) => log.lock().unwrap().push(request),
        // Not HTTP (a TLS client hello, say): answer in plain HTTP, which a TLS client
        // cannot read.
        _ => {
            let _ = stream
                .write_all(
                    b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\nconnection: close\r\n\r\n",
                )
                .await;
            return;
        }
    }
    match behavior {
        Behavior::Respond {
            status,
            headers,
            body,
        } => {
            let mut head = format!(
                "HTTP/1.1 {status} Status\r\ncontent-length: {}\r\nconnection: close\r\n",
                body.len()
            );
            for (name, value) in headers {
                let value = value.replace("{self}", &format!("http://{addr}"));
                head.push_str(&format!("{name}: {value}\r\n"));
            }
            head.push_str("\r\n");
            let _ = stream.write_all(head.as_bytes()).await;
            let _ = stream.write_all(&body).await;
            let _ = stream.shutdown().await;
        }
        Behavior::ResetBeforeStatus => reset(stream),
        Behavior::ResetAfterHeaders { length } => {
            let _ = stream.write_all(json_head(200, length).as_bytes()).await;
            let _ = stream.flush().await;
            tokio::time::sleep(Duration::from_millis(20)).await;
            reset(stream);
        }
        Behavior::ResetMidBody { body, sent } => {
            let _ = stream
                .write_all(json_head(200, body.len()).as_bytes())
                .await;
            let _ = stream.write_all(&body[..sent]).await;
            let _ = stream.flush().await;
            tokio::time::sleep(Duration::from_millis(20)).await;
            reset(stream);
        }
        Behavior::StallMidBody { body, sent } => {
            let _ = stream
                .write_all(json_head(200, body.len()).as_bytes())
                .await;
            let _ = stream.write_all(&body[..sent]).await;
            let _ = stream.flush().await;
            tokio::time::sleep(Duration::from_secs(30)).await;
        }
        Behavior::Trickle { body, every } => {
            let _ = stream
                .write_all(json_head(200, body.len()).as_bytes())
                .await;
            for byte in body {
                tokio::time::sleep(every).await;
                if stream.write_all(&[byte]).await.is_err() {
                    return;
                }
            }
        }
        Behavior::DeclareOnly { length } => {
            let _ = stream.write_all(json_head(200, length).as_bytes()).await;
            tokio::time::sleep(Duration::from_secs(30)).await;
        }
        Behavior::Endless => {
            let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
            if stream.write_all(head.as_bytes()).await.is_err() {
                return;
            }
            let chunk = vec![b' '; 64 * 1024];
            let mut frame = format!("{:x}\r\n", chunk.len()).into_bytes();
            frame.extend_from_slice(&chunk);
            frame.extend_from_slice(b"\r\n");
            while stream.write_all(&frame).await.is_ok() {}
        }
        Behavior::Garbage => {
            let _ = stream
                .write_all(b"\x16\x03\x01 this is not HTTP \x00\xff\r\n\r\n")
                .await;
            let _ = stream.shutdown().await;
        }
        Behavior::Hang => {
            tokio::time::sleep(Duration::from_secs(30)).await;
        }
    }
}

fn json_head(status: u16, length: usize) -> String {
    format!(
        "HTTP/1.1 {status} OK\r\ncontent-type: application/json\r\ncontent-length: {length}\r\nconnection: close\r\n\r\n"
    )
}

/// Closes with a TCP reset rather than an orderly close.
fn reset(stream: TcpStream) {
    let _ = stream.set_zero_linger();
    drop(stream);
}

async fn read_request(stream: &mut TcpStream) -> Option<Received> {
    let mut data: Vec<u8> = Vec::new();
    let mut chunk = [0_u8; 4096];
    let head_end = loop {
        if let Some(i) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        // A request line starts with a method; a TLS client hello starts with 0x16.
        if data.first().is_some_and(|b| !b.is_ascii_uppercase()) {
            return None;
        }
        if data.len() > 64 * 1024 {
            return None;
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
    if !request_line.next()?.starts_with("HTTP/") {
        return None;
    }
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
    Some(Received {
        method,
        target,
        headers,
        body,
    })
}
