//! Client configuration: credentials, region, endpoint, timeouts, limits,
//! retries and the transport.
//!
//! The time and size limits and their defaults:
//!
//! | setting | default | bounds |
//! |---|---|---|
//! | [`Config::connect_timeout`] | [`DEFAULT_CONNECT_TIMEOUT`], 10 s | making a connection |
//! | [`Config::timeout`] | [`DEFAULT_TIMEOUT`], 30 s | one attempt, from sending to the end of the body |
//! | [`Config::stall_timeout`] | [`DEFAULT_STALL_TIMEOUT`], 5 s | a pause in the middle of a body |
//! | [`Config::total_timeout`] | [`DEFAULT_TOTAL_TIMEOUT`], 60 s | a whole call: every attempt and every wait |
//! | [`Config::max_response_bytes`] | [`DEFAULT_MAX_RESPONSE_BYTES`], 16 MiB | the body of one response |

use std::fmt;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::Duration;

use crate::credentials::Credentials;
use crate::error::Error;
use crate::retry::RetryPolicy;
use crate::transport::Transport;

/// Domain of the public JD Cloud API endpoints: `<service>.jdcloud-api.com`.
pub const DEFAULT_DOMAIN: &str = "jdcloud-api.com";

/// Placeholder replaced by the service name in an [`Endpoint`] host.
pub const SERVICE_PLACEHOLDER: &str = "{service}";

/// Default time allowed to establish a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Default time allowed for one attempt, from sending to the end of the body.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Default longest pause in the middle of a response body: 5 s.
///
/// JD Cloud services write the whole body right after the status line, so a
/// body that pauses for seconds is held up by a broken connection or proxy,
/// not by the service. Five seconds leaves room for a congested or mobile link
/// (it is also aws-sdk-rust's grace period for stalled streams) and gives up
/// on a dead connection 25 s before [`DEFAULT_TIMEOUT`] would.
pub const DEFAULT_STALL_TIMEOUT: Duration = Duration::from_secs(5);

/// Default cap on the time of a whole call, retries and waits included: 60 s.
///
/// Long enough for one attempt that takes all of [`DEFAULT_TIMEOUT`] and a
/// retry after it; shorter than three attempts that each time out (90 s and
/// more), because a program waiting a minute for one API call is better served
/// by an error it can act on.
pub const DEFAULT_TOTAL_TIMEOUT: Duration = Duration::from_secs(60);

/// Default largest response body: 16 MiB.
///
/// JD Cloud answers are JSON documents; a list page of 100 instances, the
/// largest page most operations allow, is well under 1 MiB. Sixteen times that
/// leaves room for the wordiest answers (monitoring data, logs) while bounding
/// the memory a call can take: the body is read into memory, so without a
/// limit a broken or hostile endpoint could exhaust it.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 16 * 1024 * 1024;

/// HTTP or HTTPS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scheme {
    /// Plain HTTP, for local test servers and private gateways.
    Http,
    /// HTTPS, the default.
    Https,
}

impl Scheme {
    /// `http` or `https`.
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Http => "http",
            Scheme::Https => "https",
        }
    }
}

/// Where requests go instead of the public `https://<service>.jdcloud-api.com`.
///
/// A host containing `{service}` is a pattern: `{service}.internal.cn-north-1.jdcloud-api.com`
/// sends each service to its own internal host. Any other host receives every service.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Endpoint {
    /// HTTP or HTTPS.
    pub scheme: Scheme,
    /// Host name or IP address (IPv6 in brackets), possibly with `{service}`.
    pub host: String,
    /// Port, when not the scheme's default.
    pub port: Option<u16>,
}

impl Endpoint {
    /// An endpoint from its parts.
    pub fn new(scheme: Scheme, host: impl Into<String>, port: Option<u16>) -> Self {
        Endpoint {
            scheme,
            host: host.into(),
            port,
        }
    }

    /// The public endpoint of a service: `https://<service>.jdcloud-api.com`.
    pub fn for_service(service: &str) -> Self {
        Endpoint::new(Scheme::Https, format!("{service}.{DEFAULT_DOMAIN}"), None)
    }

    /// Parses `http://127.0.0.1:8080`, `https://vm.internal.example.com`, or a
    /// bare host (HTTPS). A trailing `/` is allowed; any other path is not.
    pub fn parse(text: &str) -> Result<Self, Error> {
        let invalid = |why: &str| Error::Config(format!("invalid endpoint {text:?}: {why}"));
        let text = text.trim();
        let (scheme, rest) = match text.split_once("://") {
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("http") => (Scheme::Http, rest),
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("https") => (Scheme::Https, rest),
            Some(_) => return Err(invalid("the scheme must be http or https")),
            None => (Scheme::Https, text),
        };
        let authority = rest.strip_suffix('/').unwrap_or(rest);
        if authority.is_empty() {
            return Err(invalid("no host"));
        }
        if authority.contains(['/', '?', '#', '@', ' ']) {
            return Err(invalid("only scheme, host and port are allowed"));
        }
        // An IPv6 literal is bracketed; a port follows the last `:` outside brackets.
        let port_sep = match authority.rfind(']') {
            Some(end) => authority[end..].find(':').map(|i| end + i),
            None => authority.rfind(':'),
        };
        let (host, port) = match port_sep {
            Some(i) => {
                let port = authority[i + 1..]
                    .parse::<u16>()
                    .map_err(|_| invalid("the port must be a number from 0 to 65535"))?;
                (&authority[..i], Some(port))
            }
            None => (authority, None),
        };
        if host.is_empty() {
            return Err(invalid("no host"));
        }
        if host.starts_with('[') != host.ends_with(']')
            || (!host.starts_with('[') && host.contains(':'))
        {
            return Err(invalid("IPv6 addresses must be in brackets"));
        }
        Ok(Endpoint::new(scheme, host, port))
    }

    /// The base URL (`scheme://host[:port]`, no trailing slash) for a service.
    pub fn base_url(&self, service: &str) -> String {
        let mut url = String::with_capacity(self.host.len() + service.len() + 16);
        self.push_base_url(&mut url, service);
        url
    }

    /// Appends [`Endpoint::base_url`] to `out`.
    fn push_base_url(&self, out: &mut String, service: &str) {
        out.push_str(self.scheme.as_str());
        out.push_str("://");
        if self.host.contains(SERVICE_PLACEHOLDER) {
            out.push_str(&self.host.replace(SERVICE_PLACEHOLDER, service));
        } else {
            out.push_str(&self.host);
        }
        if let Some(port) = self.port {
            out.push(':');
            out.push_str(&port.to_string());
        }
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}://{}", self.scheme.as_str(), self.host)?;
        if let Some(port) = self.port {
            write!(f, ":{port}")?;
        }
        Ok(())
    }
}

impl std::str::FromStr for Endpoint {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        Endpoint::parse(text)
    }
}

/// Everything a client needs to call JD Cloud. Cheap to clone: clones share
/// the settings and one HTTP connection pool.
///
/// ```text
/// let config = Config::new(Credentials::new("ak", "sk"))
///     .with_region("cn-north-1")
///     .with_timeout(Duration::from_secs(10));
/// ```
#[derive(Clone)]
pub struct Config {
    inner: Arc<Inner>,
}

#[derive(Clone)]
struct Inner {
    credentials: Credentials,
    region: Option<String>,
    endpoint: Option<Endpoint>,
    connect_timeout: Duration,
    timeout: Duration,
    stall_timeout: Duration,
    total_timeout: Duration,
    max_response_bytes: u64,
    retry: RetryPolicy,
    user_agent: String,
    /// Sends instead of the HTTP client, when set.
    transport: Option<Arc<dyn Transport>>,
    /// Built on first use from the settings above, or given by the caller.
    client: OnceLock<reqwest::Client>,
    /// Whether `client` was given by the caller (and must be kept).
    custom_client: bool,
    /// The base URL of each service called so far, parsed.
    base_urls: BaseUrls,
}

/// Parsed base URLs by service name. Parsing a host costs more than the rest of
/// a URL, and the base URL of a service only changes with the configuration.
#[derive(Default)]
struct BaseUrls(Mutex<Vec<(String, reqwest::Url)>>);

impl Clone for BaseUrls {
    /// An empty cache: a changed configuration parses its base URLs again.
    fn clone(&self) -> Self {
        BaseUrls::default()
    }
}

impl Config {
    /// A configuration with default settings: no default region, the public
    /// endpoints, the default time and size limits (see the [module
    /// docs](self)), the default [`RetryPolicy`] and the HTTP client as
    /// transport.
    pub fn new(credentials: Credentials) -> Self {
        Config {
            inner: Arc::new(Inner {
                credentials,
                region: None,
                endpoint: None,
                connect_timeout: DEFAULT_CONNECT_TIMEOUT,
                timeout: DEFAULT_TIMEOUT,
                stall_timeout: DEFAULT_STALL_TIMEOUT,
                total_timeout: DEFAULT_TOTAL_TIMEOUT,
                max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
                retry: RetryPolicy::default(),
                user_agent: default_user_agent(),
                transport: None,
                client: OnceLock::new(),
                custom_client: false,
                base_urls: BaseUrls::default(),
            }),
        }
    }

    /// A configuration from the environment: the credentials as
    /// [`Credentials::from_env`] reads them, the default region from
    /// `JDCLOUD_REGION` and an endpoint override from `JDCLOUD_ENDPOINT` (both optional).
    pub fn from_env() -> Result<Self, Error> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Like [`Config::from_env`], with the variables read through `lookup`.
    pub fn from_lookup<F>(lookup: F) -> Result<Self, Error>
    where
        F: Fn(&str) -> Option<String>,
    {
        let mut config = Config::new(Credentials::from_lookup(&lookup)?);
        if let Some(region) = lookup("JDCLOUD_REGION").filter(|r| !r.is_empty()) {
            config = config.with_region(region);
        }
        if let Some(endpoint) = lookup("JDCLOUD_ENDPOINT").filter(|e| !e.is_empty()) {
            config = config.with_endpoint(Endpoint::parse(&endpoint)?);
        }
        Ok(config)
    }

    fn update(mut self, change: impl FnOnce(&mut Inner)) -> Self {
        let inner = Arc::make_mut(&mut self.inner);
        change(inner);
        inner.base_urls = BaseUrls::default();
        self
    }

    /// Replaces the credentials.
    pub fn with_credentials(self, credentials: Credentials) -> Self {
        self.update(|inner| inner.credentials = credentials)
    }

    /// Sets the region used for operations whose `regionId` the caller leaves unset.
    pub fn with_region(self, region: impl Into<String>) -> Self {
        let region = region.into();
        self.update(|inner| inner.region = Some(region).filter(|r| !r.is_empty()))
    }

    /// Sends every request to `endpoint` instead of the public endpoints.
    pub fn with_endpoint(self, endpoint: Endpoint) -> Self {
        self.update(|inner| inner.endpoint = Some(endpoint))
    }

    /// Sets the time allowed for one attempt, from sending to the end of the body.
    pub fn with_timeout(self, timeout: Duration) -> Self {
        self.update(|inner| inner.timeout = timeout)
    }

    /// Sets the longest pause allowed in the middle of a response body
    /// (default [`DEFAULT_STALL_TIMEOUT`]). A body that pauses longer ends the
    /// attempt with [`Error::Stalled`], retried like a lost connection.
    pub fn with_stall_timeout(self, timeout: Duration) -> Self {
        self.update(|inner| inner.stall_timeout = timeout)
    }

    /// Sets the cap on the time of a whole call: every attempt and every wait
    /// between attempts (default [`DEFAULT_TOTAL_TIMEOUT`]). No retry starts,
    /// and no wait is made, that would end after it; an attempt under way when
    /// it passes ends with [`Error::Timeout`].
    pub fn with_total_timeout(self, timeout: Duration) -> Self {
        self.update(|inner| inner.total_timeout = timeout)
    }

    /// Sets the largest response body accepted, in bytes (default
    /// [`DEFAULT_MAX_RESPONSE_BYTES`]). A response that declares a longer body
    /// is refused before it is read; one that sends more is cut off at the
    /// limit. Either ends with [`Error::ResponseTooLarge`], not retried.
    pub fn with_max_response_bytes(self, limit: u64) -> Self {
        self.update(|inner| inner.max_response_bytes = limit)
    }

    /// Sends every attempt through `transport` instead of the HTTP client: a
    /// stub in tests (`test_util::StubTransport`, feature `test-util`) or a wrapper of
    /// [`ReqwestTransport`](crate::transport::ReqwestTransport). Signing,
    /// retries, time limits and reading the response stay the runtime's.
    pub fn with_transport(self, transport: impl Transport) -> Self {
        let transport: Arc<dyn Transport> = Arc::new(transport);
        self.update(|inner| inner.transport = Some(transport))
    }

    /// Sets the time allowed to establish a connection.
    pub fn with_connect_timeout(self, timeout: Duration) -> Self {
        self.update(|inner| {
            inner.connect_timeout = timeout;
            if !inner.custom_client {
                inner.client = OnceLock::new();
            }
        })
    }

    /// Sets the retry policy.
    pub fn with_retry(self, retry: RetryPolicy) -> Self {
        self.update(|inner| inner.retry = retry)
    }

    /// Sets the `User-Agent` prefix; the service and API version are appended.
    pub fn with_user_agent(self, user_agent: impl Into<String>) -> Self {
        let user_agent = user_agent.into();
        self.update(|inner| inner.user_agent = user_agent)
    }

    /// Uses the given HTTP client (proxies, custom TLS, ...). Its own settings
    /// apply besides the time and size limits of this configuration;
    /// [`Config::connect_timeout`] is not used. Build it without automatic
    /// redirects, as the default client is: a signed request is only valid for
    /// the URL it was signed for. A transport set with
    /// [`Config::with_transport`] is used instead of any HTTP client.
    pub fn with_http_client(self, client: reqwest::Client) -> Self {
        self.update(|inner| {
            inner.client = OnceLock::from(client);
            inner.custom_client = true;
        })
    }

    /// The credentials.
    pub fn credentials(&self) -> &Credentials {
        &self.inner.credentials
    }

    /// The default region, if set.
    pub fn region(&self) -> Option<&str> {
        self.inner.region.as_deref()
    }

    /// The region for an operation: the one given, else the default region.
    /// Fails with [`Error::Config`] when neither is set.
    pub fn resolve_region(&self, explicit: Option<&str>) -> Result<String, Error> {
        explicit
            .filter(|r| !r.is_empty())
            .or(self.region())
            .map(str::to_string)
            .ok_or_else(|| {
                Error::Config(
                    "no region: set `regionId` on the request or a default region in the Config"
                        .into(),
                )
            })
    }

    /// The endpoint override, if set.
    pub fn endpoint(&self) -> Option<&Endpoint> {
        self.inner.endpoint.as_ref()
    }

    /// `scheme://host[:port]` for a service: the override, or the public endpoint.
    pub fn base_url(&self, service: &str) -> String {
        let mut url = String::with_capacity(service.len() + 32);
        self.push_base_url(&mut url, service);
        url
    }

    /// [`Config::base_url`] of `service`, parsed, with the path `/`. `None` when
    /// the base URL does not parse, or only to another text (upper-case letters
    /// in the host, a default port given, ...): then only the whole URL of a
    /// request, parsed at once, is sure to be the right one.
    pub(crate) fn parsed_base_url(&self, service: &str) -> Option<reqwest::Url> {
        let cache = &self.inner.base_urls.0;
        let found = cache
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .find(|(name, _)| name == service)
            .map(|(_, url)| url.clone());
        if found.is_some() {
            return found;
        }
        let mut base = self.base_url(service);
        base.push('/');
        let url = reqwest::Url::parse(&base)
            .ok()
            .filter(|url| url.as_str() == base)?;
        cache
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((service.to_string(), url.clone()));
        Some(url)
    }

    /// Appends [`Config::base_url`] to `out`.
    pub(crate) fn push_base_url(&self, out: &mut String, service: &str) {
        match &self.inner.endpoint {
            Some(endpoint) => endpoint.push_base_url(out, service),
            None => {
                out.push_str(Scheme::Https.as_str());
                out.push_str("://");
                out.push_str(service);
                out.push('.');
                out.push_str(DEFAULT_DOMAIN);
            }
        }
    }

    /// Time allowed for one attempt.
    pub fn timeout(&self) -> Duration {
        self.inner.timeout
    }

    /// Time allowed to connect.
    pub fn connect_timeout(&self) -> Duration {
        self.inner.connect_timeout
    }

    /// Longest pause allowed in the middle of a response body.
    pub fn stall_timeout(&self) -> Duration {
        self.inner.stall_timeout
    }

    /// Cap on the time of a whole call, retries and waits included.
    pub fn total_timeout(&self) -> Duration {
        self.inner.total_timeout
    }

    /// Largest response body accepted, in bytes.
    pub fn max_response_bytes(&self) -> u64 {
        self.inner.max_response_bytes
    }

    /// The transport set with [`Config::with_transport`], if any.
    pub fn transport(&self) -> Option<&dyn Transport> {
        self.inner.transport.as_deref()
    }

    /// The retry policy.
    pub fn retry(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    /// The `User-Agent` prefix.
    pub fn user_agent(&self) -> &str {
        &self.inner.user_agent
    }

    /// The shared HTTP client, built on first use.
    pub fn http_client(&self) -> Result<&reqwest::Client, Error> {
        if let Some(client) = self.inner.client.get() {
            return Ok(client);
        }
        let client = reqwest::Client::builder()
            .connect_timeout(self.inner.connect_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?;
        // Another thread may have won the race; either client will do.
        Ok(self.inner.client.get_or_init(|| client))
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &self.inner;
        f.debug_struct("Config")
            .field("credentials", &inner.credentials)
            .field("region", &inner.region)
            .field(
                "endpoint",
                &inner.endpoint.as_ref().map(ToString::to_string),
            )
            .field("connect_timeout", &inner.connect_timeout)
            .field("timeout", &inner.timeout)
            .field("stall_timeout", &inner.stall_timeout)
            .field("total_timeout", &inner.total_timeout)
            .field("max_response_bytes", &inner.max_response_bytes)
            .field("retry", &inner.retry)
            .field("user_agent", &inner.user_agent)
            .field("transport", &inner.transport)
            .finish_non_exhaustive()
    }
}

fn default_user_agent() -> String {
    format!("jdcloud-sdk-rust/{}", env!("CARGO_PKG_VERSION"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        Config::new(Credentials::new("AKIDEXAMPLE1234", "top-secret").with_session_token("tok-123"))
    }

    #[test]
    fn parses_endpoints() {
        let e = Endpoint::parse("http://127.0.0.1:8080").unwrap();
        assert_eq!(e, Endpoint::new(Scheme::Http, "127.0.0.1", Some(8080)));
        assert_eq!(e.to_string(), "http://127.0.0.1:8080");
        let e = Endpoint::parse("https://vm.internal.example.com/").unwrap();
        assert_eq!(
            e,
            Endpoint::new(Scheme::Https, "vm.internal.example.com", None)
        );
        let e = Endpoint::parse("localhost:9000").unwrap();
        assert_eq!((e.scheme, e.port), (Scheme::Https, Some(9000)));
        let e: Endpoint = "HTTP://[::1]:80".parse().unwrap();
        assert_eq!((e.host.as_str(), e.port), ("[::1]", Some(80)));
        let e = Endpoint::parse("http://[::1]").unwrap();
        assert_eq!((e.host.as_str(), e.port), ("[::1]", None));
    }

    #[test]
    fn rejects_bad_endpoints() {
        for text in [
            "",
            "http://",
            "ftp://host",
            "http://host:port",
            "http://host:70000",
            "http://host/path",
            "http://user@host",
            "http://::1",
            "http://:80",
        ] {
            assert!(
                matches!(Endpoint::parse(text), Err(Error::Config(_))),
                "{text:?}"
            );
        }
    }

    #[test]
    fn base_urls() {
        assert_eq!(config().base_url("vm"), "https://vm.jdcloud-api.com");
        let c = config().with_endpoint(Endpoint::parse("http://127.0.0.1:8080").unwrap());
        assert_eq!(c.base_url("vm"), "http://127.0.0.1:8080");
        let c = config().with_endpoint(
            Endpoint::parse("https://{service}.internal.cn-north-1.jdcloud-api.com").unwrap(),
        );
        assert_eq!(
            c.base_url("vpc"),
            "https://vpc.internal.cn-north-1.jdcloud-api.com"
        );
    }

    #[test]
    fn parsed_base_urls() {
        let c = config();
        let url = c.parsed_base_url("vm").unwrap();
        assert_eq!(url.as_str(), "https://vm.jdcloud-api.com/");
        assert_eq!(c.parsed_base_url("vm"), Some(url));
        // A clone shares what was parsed; a changed configuration starts again.
        let changed = c
            .clone()
            .with_endpoint(Endpoint::parse("http://127.0.0.1:8080").unwrap());
        assert_eq!(
            changed.parsed_base_url("vm").unwrap().as_str(),
            "http://127.0.0.1:8080/"
        );
        assert_eq!(
            c.clone().parsed_base_url("vm").unwrap().as_str(),
            "https://vm.jdcloud-api.com/"
        );
        // Base URLs that parse to another text are not used.
        for endpoint in ["https://VM.example.com", "https://vm.example.com:443"] {
            let c = config().with_endpoint(Endpoint::parse(endpoint).unwrap());
            assert_eq!(c.parsed_base_url("vm"), None, "{endpoint}");
        }
    }

    #[test]
    fn builder_methods_do_not_touch_clones() {
        let base = config();
        let changed = base
            .clone()
            .with_region("cn-north-1")
            .with_timeout(Duration::from_secs(5))
            .with_connect_timeout(Duration::from_secs(1))
            .with_retry(RetryPolicy::none())
            .with_user_agent("my-app/1.0");
        assert_eq!(base.region(), None);
        assert_eq!(base.timeout(), DEFAULT_TIMEOUT);
        assert_eq!(changed.region(), Some("cn-north-1"));
        assert_eq!(changed.timeout(), Duration::from_secs(5));
        assert_eq!(changed.connect_timeout(), Duration::from_secs(1));
        assert_eq!(changed.retry().max_attempts, 1);
        assert_eq!(changed.user_agent(), "my-app/1.0");
        assert!(base.user_agent().starts_with("jdcloud-sdk-rust/"));
    }

    #[test]
    fn region_resolution() {
        let c = config();
        assert!(matches!(c.resolve_region(None), Err(Error::Config(_))));
        assert_eq!(c.resolve_region(Some("cn-east-2")).unwrap(), "cn-east-2");
        let c = c.with_region("cn-north-1");
        assert_eq!(c.resolve_region(None).unwrap(), "cn-north-1");
        assert_eq!(c.resolve_region(Some("")).unwrap(), "cn-north-1");
        assert_eq!(c.resolve_region(Some("cn-south-1")).unwrap(), "cn-south-1");
    }

    #[test]
    fn from_lookup_reads_region_and_endpoint() {
        let c = Config::from_lookup(|name| match name {
            "JDCLOUD_AK" => Some("ak".into()),
            "JDCLOUD_SK" => Some("sk".into()),
            "JDCLOUD_REGION" => Some("cn-north-1".into()),
            "JDCLOUD_ENDPOINT" => Some("http://localhost:1234".into()),
            _ => None,
        })
        .unwrap();
        assert_eq!(c.region(), Some("cn-north-1"));
        assert_eq!(c.base_url("vm"), "http://localhost:1234");
        let err = Config::from_lookup(|name| match name {
            "JDCLOUD_AK" | "JDCLOUD_SK" => Some("x".into()),
            "JDCLOUD_ENDPOINT" => Some("ftp://x".into()),
            _ => None,
        });
        assert!(err.is_err());
    }

    #[test]
    fn debug_never_shows_secrets() {
        let text = format!("{:?}", config());
        assert!(!text.contains("top-secret"), "{text}");
        assert!(!text.contains("tok-123"), "{text}");
        assert!(text.contains("AKID***"), "{text}");
        let text = format!("{:#?}", config());
        assert!(!text.contains("top-secret"), "{text}");
    }

    #[test]
    fn custom_http_client_is_kept() {
        let client = reqwest::Client::new();
        let c = config()
            .with_http_client(client)
            .with_connect_timeout(Duration::from_secs(1));
        assert!(c.inner.custom_client);
        assert!(c.inner.client.get().is_some());
        let c = config().with_connect_timeout(Duration::from_secs(1));
        assert!(c.inner.client.get().is_none());
    }

    #[test]
    fn http_client_is_shared_by_clones() {
        let a = config();
        let b = a.clone();
        let ca = a.http_client().unwrap() as *const reqwest::Client;
        let cb = b.http_client().unwrap() as *const reqwest::Client;
        assert_eq!(ca, cb);
    }
}
