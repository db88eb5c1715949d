//! The servers `run.sh` starts, found through environment variables, and HTTP clients that
//! reach them.
//!
//! | variable | what |
//! |---|---|
//! | `E2E_PRISM_<DOC>` | `http://127.0.0.1:PORT` of the Prism mock serving `<doc>.json` (`VM`, `COC_VM`, `EDCPS`, `JDFUSION`, and `CORPUS_VM` for the pages `build.rs` reads) |
//! | `E2E_OPENAPI_DIR` | the folder of the documents Prism serves (before their base path is moved into their paths) |
//! | `E2E_REFERENCE_PORT` | port of `server/reference_server.py` on 127.0.0.1 |
//! | `E2E_REQUIRE_SERVERS` | `1`: a missing variable fails the test instead of skipping it |
//!
//! `run.sh` always sets `E2E_REQUIRE_SERVERS=1`, so a server it could not start fails the suite.
//! A plain `cargo test` (no servers) skips the scenarios that need them, with a `SKIP` line.

use std::net::SocketAddr;
use std::path::PathBuf;

use crate::report;

/// Access key of the long-term test credentials the reference server knows.
pub const ACCESS_KEY: &str = "e2e-access-key";
/// Its secret key.
pub const SECRET_KEY: &str = "e2e-secret-key";
/// Access key of the temporary test credentials the reference server knows.
pub const TEMPORARY_ACCESS_KEY: &str = "e2e-temporary-key";
/// Its secret key.
pub const TEMPORARY_SECRET_KEY: &str = "e2e-temporary-secret";
/// Its session token.
pub const SESSION_TOKEN: &str = "e2e-session-token/Zm9v+YmFy==";

/// Domain of the host names the tests give services: `vm.e2e.invalid` and so on. `.invalid`
/// never resolves; the clients of [`loopback_client`] map these names to 127.0.0.1.
pub const DOMAIN: &str = "e2e.invalid";

/// Every service the tests call, for [`loopback_client`].
pub const SERVICES: [&str; 5] = ["vm", "coc-vm", "edcps", "jdfusion", "disk"];

/// Set to `1` by `run.sh`.
pub const REQUIRE_VAR: &str = "E2E_REQUIRE_SERVERS";

/// Whether a missing server fails the test (as under `run.sh`) instead of skipping it.
pub fn required() -> bool {
    std::env::var(REQUIRE_VAR).as_deref() == Ok("1")
}

/// The value of `var`, or, when it is not set: a panic when servers are [`required`], else a
/// `SKIP` line for `what` of `suite` and `None`.
pub fn lookup(var: &str, suite: &str, what: &str) -> Option<String> {
    match std::env::var(var) {
        Ok(value) if !value.is_empty() => Some(value),
        _ if required() => {
            let why =
                format!("{var} is not set, but {REQUIRE_VAR}=1: run.sh did not start the server");
            report::line("FAIL", suite, &format!("{what} — {why}"));
            panic!("{why}");
        }
        _ => {
            report::skip(
                suite,
                what,
                format!("{var} is not set (tests/e2e/run.sh starts the servers)"),
            );
            None
        }
    }
}

/// The variable holding the address of the Prism serving `document` (`coc-vm` →
/// `E2E_PRISM_COC_VM`).
pub fn prism_var(document: &str) -> String {
    format!(
        "E2E_PRISM_{}",
        document.to_ascii_uppercase().replace(['-', '.'], "_")
    )
}

/// The address of the Prism serving `document`; see [`lookup`].
pub fn prism(document: &str, suite: &str, what: &str) -> Option<String> {
    lookup(&prism_var(document), suite, what)
}

/// The folder of the OpenAPI documents Prism serves; see [`lookup`].
pub fn openapi_dir(suite: &str, what: &str) -> Option<PathBuf> {
    lookup("E2E_OPENAPI_DIR", suite, what).map(PathBuf::from)
}

/// The port of the reference server; see [`lookup`].
pub fn reference_port(suite: &str, what: &str) -> Option<u16> {
    lookup("E2E_REFERENCE_PORT", suite, what)
        .map(|p| p.parse().expect("E2E_REFERENCE_PORT is a port number"))
}

/// The endpoint that sends each service to its own name on the reference server:
/// `http://{service}.e2e.invalid:PORT`, so that the `Host` header, and the service in the
/// signature's scope, are the service's as on the real API.
pub fn named_endpoint(port: u16) -> String {
    format!("http://{{service}}.{DOMAIN}:{port}")
}

/// An HTTP client for the generated runtime (no redirects, as the runtime's own) that resolves
/// `<service>.e2e.invalid` for every service of [`SERVICES`] to 127.0.0.1, and sends `headers`
/// on every request besides what the runtime sends.
pub fn loopback_client(headers: &[(&str, &str)]) -> reqwest::Client {
    let mut builder = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .no_proxy();
    for service in SERVICES {
        // The port of the URL is used; the one given here is ignored.
        builder = builder.resolve(
            &format!("{service}.{DOMAIN}"),
            SocketAddr::from(([127, 0, 0, 1], 0)),
        );
    }
    let mut default_headers = reqwest::header::HeaderMap::new();
    for (name, value) in headers {
        default_headers.insert(
            reqwest::header::HeaderName::from_bytes(name.as_bytes()).expect("a header name"),
            reqwest::header::HeaderValue::from_str(value).expect("a header value"),
        );
    }
    builder
        .default_headers(default_headers)
        .build()
        .expect("an HTTP client")
}

/// What the reference server recorded about a request: verdict, reason, method, raw path,
/// headers, body (base64) and the official signer's canonical request.
pub async fn reference_record(port: u16, request_id: &str) -> serde_json::Value {
    let url = format!("http://127.0.0.1:{port}/__e2e/requests/{request_id}");
    let response = reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("an HTTP client")
        .get(&url)
        .send()
        .await
        .unwrap_or_else(|e| panic!("GET {url}: {e}"));
    assert_eq!(response.status(), 200, "no record for request {request_id}");
    response.json().await.expect("a JSON record")
}

/// The value of the first header `name` in a record of [`reference_record`].
pub fn record_header<'a>(record: &'a serde_json::Value, name: &str) -> Option<&'a str> {
    record["headers"]
        .as_array()?
        .iter()
        .find(|pair| pair[0].as_str() == Some(name))
        .and_then(|pair| pair[1].as_str())
}

/// The body of a record of [`reference_record`], decoded.
pub fn record_body(record: &serde_json::Value) -> Vec<u8> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD
        .decode(record["body"].as_str().unwrap_or(""))
        .expect("base64 body")
}
