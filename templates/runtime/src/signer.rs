//! `JDCLOUD3-HMAC-SHA256` request signing.
//!
//! The canonical request is
//!
//! ```text
//! METHOD \n CanonicalURI \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n hex(sha256(body))
//! ```
//!
//! * CanonicalURI: the path percent-decoded (`+` counts as a space), runs of `/`
//!   collapsed into one, then percent-encoded again keeping only `A-Z a-z 0-9 - _ . ~ /`;
//!   `/` when empty.
//! * CanonicalQuery: every `name=value` pair decoded and encoded the same way
//!   (`/` is encoded too), pairs with an empty name or without `=` left out,
//!   sorted by name then value, joined with `&`.
//! * CanonicalHeaders: `host` plus every header given except `authorization` and
//!   `user-agent`; names lower-cased and sorted, values trimmed, repeated headers
//!   joined with `,`; one `name:value` line each, then an empty line.
//!
//! The string to sign is `JDCLOUD3-HMAC-SHA256 \n date \n scope \n hex(sha256(canonical request))`
//! with scope `YYYYMMDD/region/service/jdcloud3_request`, and the key is derived by
//! chaining HMAC-SHA256 over the scope's parts, starting from `"JDCLOUD3" + secret key`.
//! A derived key only changes with the day, the region and the service, so [`Credentials`]
//! keep the keys they have derived and [`sign`] reuses them.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::{Mutex, PoisonError};

use hmac::{Hmac, Mac};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use sha2::{Digest, Sha256};

use crate::credentials::Credentials;
use crate::error::Error;

type HmacSha256 = Hmac<Sha256>;

/// Name of the signing algorithm, first word of the `Authorization` header.
pub const ALGORITHM: &str = "JDCLOUD3-HMAC-SHA256";
/// The last element of the credential scope.
pub const SCOPE_TERMINATOR: &str = "jdcloud3_request";
/// Region signed for requests that have no `regionId`.
pub const DEFAULT_SIGNING_REGION: &str = "jdcloud-api";
/// Header holding the signing time, `YYYYMMDDTHHMMSSZ` in UTC.
pub const DATE_HEADER: &str = "x-jdcloud-date";
/// Header holding a random value, unique per request.
pub const NONCE_HEADER: &str = "x-jdcloud-nonce";
/// Header holding the session token of temporary credentials.
pub const SECURITY_TOKEN_HEADER: &str = "x-jdcloud-security-token";

/// Hex SHA-256 of nothing: the body hash of requests without a body.
const EMPTY_SHA256: &str = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/// Headers never signed.
const UNSIGNED_HEADERS: [&str; 2] = ["authorization", "user-agent"];

/// Characters kept as they are in canonical query names and values:
/// the RFC 3986 unreserved set.
const CANONICAL_QUERY_SET: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Characters kept in the canonical path: unreserved and `/`.
const CANONICAL_PATH_SET: &AsciiSet = &CANONICAL_QUERY_SET.remove(b'/');

/// The query of a request to sign.
#[derive(Debug, Clone, Copy)]
pub enum Query<'a> {
    /// The query string as sent, without the leading `?`.
    Raw(&'a str),
    /// Name/value pairs; they are decoded and encoded like a raw query.
    Pairs(&'a [(String, String)]),
}

/// Everything the signature covers.
#[derive(Debug, Clone, Copy)]
pub struct SignableRequest<'a> {
    /// HTTP method, upper case (`GET`).
    pub method: &'a str,
    /// `host[:port]` as sent in the `Host` header. A leading `http://` or
    /// `https://` is ignored.
    pub host: &'a str,
    /// The path as sent (percent-encoded or not).
    pub path: &'a str,
    /// The query as sent.
    pub query: Query<'a>,
    /// Headers to sign. Must include `x-jdcloud-date`, whose value fixes the
    /// signing time; include `x-jdcloud-nonce` and, with temporary credentials,
    /// `x-jdcloud-security-token` too. `host` is added by the signer and a `host`
    /// entry here is ignored.
    pub headers: &'a [(String, String)],
    /// The exact body bytes sent (empty for none).
    pub body: &'a [u8],
    /// Signing name of the service, the host prefix (`vm` for `vm.jdcloud-api.com`).
    pub service: &'a str,
    /// The request's `regionId`; empty means [`DEFAULT_SIGNING_REGION`].
    pub region: &'a str,
}

/// The result of signing, with the intermediate strings for debugging.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// The canonical request.
    pub canonical_request: String,
    /// The string to sign.
    pub string_to_sign: String,
    /// Semicolon-separated names of the signed headers.
    pub signed_headers: String,
    /// Hex HMAC-SHA256 signature.
    pub signature: String,
    /// The value of the `Authorization` header.
    pub authorization: String,
}

/// Signs a request.
///
/// Fails with [`Error::Config`] when the `x-jdcloud-date` header is missing or
/// shorter than a date.
pub fn sign(credentials: &Credentials, request: &SignableRequest<'_>) -> Result<Signature, Error> {
    let parts = sign_parts(credentials, request, request.headers)?;
    Ok(Signature {
        signed_headers: parts.canonical_request[parts.signed_headers.clone()].to_string(),
        signature: parts.authorization[parts.signature.clone()].to_string(),
        canonical_request: parts.canonical_request,
        string_to_sign: parts.string_to_sign,
        authorization: parts.authorization,
    })
}

/// The value of the `Authorization` header for `request` with `headers` in place
/// of `request.headers`: [`sign`] without the intermediate strings.
pub(crate) fn authorization<N, V>(
    credentials: &Credentials,
    request: &SignableRequest<'_>,
    headers: &[(N, V)],
) -> Result<String, Error>
where
    N: AsRef<str>,
    V: AsRef<str>,
{
    Ok(sign_parts(credentials, request, headers)?.authorization)
}

/// What [`sign`] computes, the signed header list and the signature as ranges of
/// the strings that hold them.
struct SignatureParts {
    canonical_request: String,
    signed_headers: Range<usize>,
    string_to_sign: String,
    authorization: String,
    signature: Range<usize>,
}

/// Signs `request` with `headers` in place of `request.headers`.
fn sign_parts<N, V>(
    credentials: &Credentials,
    request: &SignableRequest<'_>,
    headers: &[(N, V)],
) -> Result<SignatureParts, Error>
where
    N: AsRef<str>,
    V: AsRef<str>,
{
    let date = header_value(headers, DATE_HEADER)
        .map(str::trim)
        .filter(|d| d.len() >= 8 && d.is_char_boundary(8))
        .ok_or_else(|| {
            Error::Config(format!(
                "the `{DATE_HEADER}` header is required to sign a request"
            ))
        })?;
    let day = &date[..8];
    let region = if request.region.is_empty() {
        DEFAULT_SIGNING_REGION
    } else {
        request.region
    };

    let query_len = match request.query {
        Query::Raw(raw) => raw.len(),
        Query::Pairs(pairs) => pairs.iter().map(|(n, v)| n.len() + v.len() + 2).sum(),
    };
    let headers_len: usize = headers
        .iter()
        .map(|(n, v)| 2 * n.as_ref().len() + v.as_ref().len() + 3)
        .sum();
    let mut canonical_request = String::with_capacity(
        request.method.len()
            + request.path.len()
            + query_len
            + headers_len
            + request.host.len()
            + 96,
    );
    canonical_request.push_str(request.method);
    canonical_request.push('\n');
    push_canonical_path(&mut canonical_request, request.path);
    canonical_request.push('\n');
    push_canonical_query(&mut canonical_request, request.query);
    canonical_request.push('\n');
    let signed_headers = push_canonical_headers(&mut canonical_request, request.host, headers);
    canonical_request.push('\n');
    if request.body.is_empty() {
        canonical_request.push_str(EMPTY_SHA256);
    } else {
        push_hex(&mut canonical_request, &Sha256::digest(request.body));
    }

    let mut string_to_sign = String::with_capacity(
        ALGORITHM.len()
            + date.len()
            + day.len()
            + region.len()
            + request.service.len()
            + SCOPE_TERMINATOR.len()
            + 64
            + 6,
    );
    string_to_sign.push_str(ALGORITHM);
    string_to_sign.push('\n');
    string_to_sign.push_str(date);
    string_to_sign.push('\n');
    let scope_start = string_to_sign.len();
    for (i, part) in [day, region, request.service, SCOPE_TERMINATOR]
        .into_iter()
        .enumerate()
    {
        if i > 0 {
            string_to_sign.push('/');
        }
        string_to_sign.push_str(part);
    }
    let scope_end = string_to_sign.len();
    string_to_sign.push('\n');
    push_hex(
        &mut string_to_sign,
        &Sha256::digest(canonical_request.as_bytes()),
    );
    let scope = &string_to_sign[scope_start..scope_end];

    let mut mac =
        credentials
            .signing_keys()
            .get(credentials.secret_key(), day, region, request.service);
    mac.update(string_to_sign.as_bytes());

    let access_key = credentials.access_key();
    let names = &canonical_request[signed_headers.clone()];
    let mut authorization =
        String::with_capacity(ALGORITHM.len() + access_key.len() + scope.len() + names.len() + 128);
    for part in [
        ALGORITHM,
        " Credential=",
        access_key,
        "/",
        scope,
        ", SignedHeaders=",
        names,
        ", Signature=",
    ] {
        authorization.push_str(part);
    }
    let signature_start = authorization.len();
    push_hex(&mut authorization, &mac.finalize().into_bytes());
    let signature = signature_start..authorization.len();
    Ok(SignatureParts {
        canonical_request,
        signed_headers,
        string_to_sign,
        authorization,
        signature,
    })
}

/// Hex SHA-256 of `data`, lower case.
pub fn sha256_hex(data: &[u8]) -> String {
    let mut out = String::with_capacity(64);
    push_hex(&mut out, &Sha256::digest(data));
    out
}

/// Appends `bytes` in lower-case hex.
pub(crate) fn push_hex(out: &mut String, bytes: &[u8]) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut buffer = [0_u8; 64];
    for chunk in bytes.chunks(buffer.len() / 2) {
        let hex = &mut buffer[..chunk.len() * 2];
        for (pair, &byte) in hex.chunks_exact_mut(2).zip(chunk) {
            pair[0] = DIGITS[usize::from(byte >> 4)];
            pair[1] = DIGITS[usize::from(byte & 0x0f)];
        }
        // Hex digits are ASCII: the conversion cannot fail.
        out.push_str(std::str::from_utf8(hex).unwrap_or_default());
    }
}

fn new_mac(key: &[u8]) -> HmacSha256 {
    // HMAC accepts keys of any length, so `new_from_slice` cannot fail.
    match <HmacSha256 as Mac>::new_from_slice(key) {
        Ok(mac) => mac,
        Err(_) => unreachable!("HMAC-SHA256 accepts keys of any length"),
    }
}

fn hmac(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut mac = new_mac(key);
    mac.update(data);
    mac.finalize().into_bytes().into()
}

/// The signing key of a day, region and service, ready to sign a string.
fn derive_signing_key(secret_key: &str, day: &str, region: &str, service: &str) -> HmacSha256 {
    let mut key = hmac(format!("JDCLOUD3{secret_key}").as_bytes(), day.as_bytes());
    for part in [region, service, SCOPE_TERMINATOR] {
        key = hmac(&key, part.as_bytes());
    }
    new_mac(&key)
}

/// How many derived keys [`SigningKeys`] keeps: enough for the regions and services one
/// program calls in a day.
const SIGNING_KEYS_KEPT: usize = 32;

/// The signing keys one secret key has derived, by day, region and service. Keys of an
/// earlier day are dropped when a new day starts.
#[derive(Default)]
pub(crate) struct SigningKeys {
    keys: Mutex<Vec<SigningKey>>,
}

struct SigningKey {
    day: String,
    region: String,
    service: String,
    mac: HmacSha256,
}

impl SigningKeys {
    /// The key for `day` (`YYYYMMDD`), `region` and `service`, derived from `secret_key`
    /// the first time.
    fn get(&self, secret_key: &str, day: &str, region: &str, service: &str) -> HmacSha256 {
        let found = self
            .keys
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .find(|k| k.day == day && k.region == region && k.service == service)
            .map(|k| k.mac.clone());
        if let Some(mac) = found {
            return mac;
        }
        let mac = derive_signing_key(secret_key, day, region, service);
        let mut keys = self.keys.lock().unwrap_or_else(PoisonError::into_inner);
        keys.retain(|k| k.day.as_str() >= day);
        if keys.len() >= SIGNING_KEYS_KEPT {
            keys.remove(0);
        }
        keys.push(SigningKey {
            day: day.to_string(),
            region: region.to_string(),
            service: service.to_string(),
            mac: mac.clone(),
        });
        mac
    }
}

fn header_value<'a, N, V>(headers: &'a [(N, V)], name: &str) -> Option<&'a str>
where
    N: AsRef<str>,
    V: AsRef<str>,
{
    headers
        .iter()
        .find(|(n, _)| n.as_ref().eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_ref())
}

/// The bytes of the RFC 3986 unreserved set, which canonical encoding keeps.
const UNRESERVED: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        let b = byte as u8;
        table[byte] = b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.' || b == b'~';
        byte += 1;
    }
    table
};

/// Whether a byte is in the RFC 3986 unreserved set.
pub(crate) fn is_unreserved(byte: u8) -> bool {
    UNRESERVED[usize::from(byte)]
}

/// Whether every byte of `text` is unreserved: such text is the same encoded
/// or not.
pub(crate) fn is_unreserved_text(text: &str) -> bool {
    text.bytes().all(is_unreserved)
}

/// Decodes like a form decoder: `+` is a space, `%XX` a byte, and a `%` not
/// followed by two hex digits stays as it is. Invalid UTF-8 becomes U+FFFD.
fn decode(text: &str) -> Cow<'_, str> {
    if !text.bytes().any(|b| b == b'+' || b == b'%') {
        return Cow::Borrowed(text);
    }
    let plus_as_space = text.replace('+', " ");
    Cow::Owned(
        percent_decode_str(&plus_as_space)
            .decode_utf8_lossy()
            .into_owned(),
    )
}

/// The canonical URI of a request path.
pub fn canonical_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 1);
    push_canonical_path(&mut out, path);
    out
}

fn push_canonical_path(out: &mut String, path: &str) {
    // A path of unreserved characters and single slashes is its own canonical form.
    let plain = !path.is_empty()
        && path.bytes().all(|b| b == b'/' || is_unreserved(b))
        && !path.contains("//");
    if plain {
        if !path.starts_with('/') {
            out.push('/');
        }
        out.push_str(path);
        return;
    }
    let decoded = decode(path);
    let mut collapsed = String::with_capacity(decoded.len() + 1);
    for c in decoded.chars() {
        if c == '/' && collapsed.ends_with('/') {
            continue;
        }
        collapsed.push(c);
    }
    if !collapsed.starts_with('/') {
        out.push('/');
    }
    out.extend(utf8_percent_encode(&collapsed, CANONICAL_PATH_SET));
}

/// A query name or value in canonical form: decoded, then encoded keeping only the
/// unreserved characters.
fn canonical_component(text: &str) -> Cow<'_, str> {
    if is_unreserved_text(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(utf8_percent_encode(&decode(text), CANONICAL_QUERY_SET).to_string())
    }
}

/// The canonical query string of a request.
pub fn canonical_query(query: Query<'_>) -> String {
    let mut out = String::new();
    push_canonical_query(&mut out, query);
    out
}

fn push_canonical_query(out: &mut String, query: Query<'_>) {
    let mut pairs: Vec<(Cow<'_, str>, Cow<'_, str>)> = match query {
        Query::Raw(raw) => raw_query_pairs(raw),
        Query::Pairs(pairs) => pairs
            .iter()
            .map(|(name, value)| (canonical_component(name), canonical_component(value)))
            .collect(),
    };
    pairs.retain(|(name, _)| !name.is_empty());
    pairs.sort_unstable();
    for (i, (name, value)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(name);
        out.push('=');
        out.push_str(value);
    }
}

/// The `name=value` items of a raw query in canonical form, items without `=`
/// left out. One pass finds the items and whether they need encoding at all
/// (most queries are made of unreserved characters only).
fn raw_query_pairs(raw: &str) -> Vec<(Cow<'_, str>, Cow<'_, str>)> {
    let bytes = raw.as_bytes();
    if bytes.is_empty() {
        return Vec::new();
    }
    let mut pairs = Vec::with_capacity(8);
    let mut start = 0;
    let mut equals = None;
    let mut plain = true;
    let mut end_item = |start: usize, equals: Option<usize>, end: usize, plain: bool| {
        if let Some(equals) = equals {
            let (name, value) = (&raw[start..equals], &raw[equals + 1..end]);
            pairs.push(if plain {
                (Cow::Borrowed(name), Cow::Borrowed(value))
            } else {
                (canonical_component(name), canonical_component(value))
            });
        }
    };
    for (i, &byte) in bytes.iter().enumerate() {
        match byte {
            b'&' => {
                end_item(start, equals, i, plain);
                start = i + 1;
                equals = None;
                plain = true;
            }
            b'=' if equals.is_none() => equals = Some(i),
            _ => plain &= is_unreserved(byte),
        }
    }
    end_item(start, equals, bytes.len(), plain);
    pairs
}

/// Appends the canonical headers block (ending with a newline), an empty line
/// and the signed header list; returns where the list is in `out`.
fn push_canonical_headers<N, V>(out: &mut String, host: &str, headers: &[(N, V)]) -> Range<usize>
where
    N: AsRef<str>,
    V: AsRef<str>,
{
    let mut signed: Vec<(Cow<'_, str>, &str)> = Vec::with_capacity(headers.len() + 1);
    signed.push((Cow::Borrowed("host"), strip_scheme(host).trim()));
    for (name, value) in headers {
        let (name, value) = (name.as_ref().trim(), value.as_ref());
        let name = if name.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(name.to_ascii_lowercase())
        } else {
            Cow::Borrowed(name)
        };
        if name == "host" || UNSIGNED_HEADERS.contains(&&*name) {
            continue;
        }
        signed.push((name, value.trim()));
    }
    // A stable sort: the values of a repeated header stay in their order.
    signed.sort_by(|a, b| a.0.cmp(&b.0));
    let mut previous: Option<&str> = None;
    for (name, value) in &signed {
        if previous == Some(&**name) {
            out.push(',');
        } else {
            if previous.is_some() {
                out.push('\n');
            }
            out.push_str(name);
            out.push(':');
        }
        out.push_str(value);
        previous = Some(name);
    }
    out.push_str("\n\n");
    let start = out.len();
    previous = None;
    for (name, _) in &signed {
        if previous == Some(&**name) {
            continue;
        }
        if previous.is_some() {
            out.push(';');
        }
        out.push_str(name);
        previous = Some(name);
    }
    start..out.len()
}

fn strip_scheme(host: &str) -> &str {
    for scheme in ["http://", "https://"] {
        if host.len() >= scheme.len()
            && host.is_char_boundary(scheme.len())
            && host[..scheme.len()].eq_ignore_ascii_case(scheme)
        {
            return &host[scheme.len()..];
        }
    }
    host
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    fn request<'a>(headers: &'a [(String, String)], region: &'a str) -> SignableRequest<'a> {
        SignableRequest {
            method: "POST",
            host: "vm.jdcloud-api.com",
            path: "/v1/regions/cn-north-1/instances/i-abc:stopInstance",
            query: Query::Raw(""),
            headers,
            body: b"{}",
            service: "vm",
            region,
        }
    }

    #[test]
    fn empty_region_signs_jdcloud_api() {
        let h = headers(&[
            ("x-jdcloud-date", "20240102T030405Z"),
            ("x-jdcloud-nonce", "n"),
        ]);
        let s = sign(&Credentials::new("ak", "sk"), &request(&h, "")).unwrap();
        assert!(s
            .string_to_sign
            .contains("\n20240102/jdcloud-api/vm/jdcloud3_request\n"));
        let explicit = sign(&Credentials::new("ak", "sk"), &request(&h, "jdcloud-api")).unwrap();
        assert_eq!(s, explicit);
    }

    #[test]
    fn security_token_header_is_signed_and_user_agent_is_not() {
        let h = headers(&[
            ("X-Jdcloud-Date", "20240102T030405Z"),
            ("x-jdcloud-nonce", "n"),
            ("x-jdcloud-security-token", "tok"),
            ("User-Agent", "ua"),
            ("Authorization", "old"),
            ("Host", "ignored"),
        ]);
        let s = sign(&Credentials::new("ak", "sk"), &request(&h, "cn-north-1")).unwrap();
        assert_eq!(
            s.signed_headers,
            "host;x-jdcloud-date;x-jdcloud-nonce;x-jdcloud-security-token"
        );
        assert!(s.canonical_request.contains("\nhost:vm.jdcloud-api.com\n"));
        assert!(s
            .canonical_request
            .contains("\nx-jdcloud-security-token:tok\n"));
        assert!(s.canonical_request.ends_with(&sha256_hex(b"{}")));
        assert!(s.authorization.starts_with(
            "JDCLOUD3-HMAC-SHA256 Credential=ak/20240102/cn-north-1/vm/jdcloud3_request, SignedHeaders=host;"
        ));
    }

    #[test]
    fn repeated_headers_are_joined() {
        let h = headers(&[
            ("x-jdcloud-date", "20240102T030405Z"),
            ("x-extra", " a "),
            ("X-Extra", "b"),
        ]);
        let s = sign(&Credentials::new("ak", "sk"), &request(&h, "r")).unwrap();
        assert!(s.canonical_request.contains("\nx-extra:a,b\n"));
        assert_eq!(s.signed_headers, "host;x-extra;x-jdcloud-date");
    }

    #[test]
    fn missing_date_is_an_error() {
        let h = headers(&[("x-jdcloud-nonce", "n")]);
        let err = sign(&Credentials::new("ak", "sk"), &request(&h, "r")).unwrap_err();
        assert!(matches!(err, Error::Config(_)));
        let h = headers(&[("x-jdcloud-date", "2024")]);
        assert!(sign(&Credentials::new("ak", "sk"), &request(&h, "r")).is_err());
    }

    #[test]
    fn canonical_query_from_pairs_matches_raw() {
        let pairs = vec![
            ("b".to_string(), "2 3".to_string()),
            ("a".to_string(), "中".to_string()),
            ("".to_string(), "dropped".to_string()),
        ];
        assert_eq!(canonical_query(Query::Pairs(&pairs)), "a=%E4%B8%AD&b=2%203");
        assert_eq!(
            canonical_query(Query::Raw("b=2%203&a=%E4%B8%AD&=dropped&novalue")),
            "a=%E4%B8%AD&b=2%203"
        );
    }

    #[test]
    fn hash_of_nothing() {
        assert_eq!(sha256_hex(b""), EMPTY_SHA256);
    }

    #[test]
    fn kept_signing_keys_sign_as_fresh_ones() {
        let kept = Credentials::new("ak", "sk");
        for round in 0..3 {
            for day in ["20240103", "20240102", "20240104"] {
                for region in ["cn-north-1", "", "cn-south-1"] {
                    for service in ["vm", "iam"] {
                        let h = headers(&[("x-jdcloud-date", &format!("{day}T000000Z"))]);
                        let mut r = request(&h, region);
                        r.service = service;
                        let fresh = sign(&Credentials::new("ak", "sk"), &r).unwrap();
                        assert_eq!(sign(&kept, &r).unwrap(), fresh, "round {round}");
                        let other = sign(&Credentials::new("ak", "sk2"), &r).unwrap();
                        assert_ne!(other.signature, fresh.signature);
                    }
                }
            }
        }
        assert!(kept.signing_keys().keys.lock().unwrap().len() <= SIGNING_KEYS_KEPT);
    }

    #[test]
    fn host_scheme_is_stripped() {
        assert_eq!(strip_scheme("HTTPS://h:1"), "h:1");
        assert_eq!(strip_scheme("h"), "h");
        assert_eq!(strip_scheme("中文中文中文中文"), "中文中文中文中文");
    }
}
