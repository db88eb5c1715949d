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

use std::collections::BTreeMap;

use hmac::{Hmac, Mac};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use sha2::{Digest, Sha256};

use crate::runtime::credentials::Credentials;
use crate::runtime::error::Error;

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
    let date = header_value(request.headers, DATE_HEADER)
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

    let (canonical_headers, signed_headers) = canonical_headers(request.host, request.headers);
    let canonical_request = format!(
        "{}\n{}\n{}\n{}\n{}\n{}",
        request.method,
        canonical_path(request.path),
        canonical_query(request.query),
        canonical_headers,
        signed_headers,
        sha256_hex(request.body)
    );

    let scope = format!("{day}/{region}/{}/{SCOPE_TERMINATOR}", request.service);
    let string_to_sign = format!(
        "{ALGORITHM}\n{date}\n{scope}\n{}",
        sha256_hex(canonical_request.as_bytes())
    );

    let mut key = hmac(
        format!("JDCLOUD3{}", credentials.secret_key()).as_bytes(),
        day.as_bytes(),
    );
    for part in [region, request.service, SCOPE_TERMINATOR] {
        key = hmac(&key, part.as_bytes());
    }
    let signature = hex::encode(hmac(&key, string_to_sign.as_bytes()));

    let authorization = format!(
        "{ALGORITHM} Credential={}/{scope}, SignedHeaders={signed_headers}, Signature={signature}",
        credentials.access_key()
    );
    Ok(Signature {
        canonical_request,
        string_to_sign,
        signed_headers,
        signature,
        authorization,
    })
}

/// Hex SHA-256 of `data`, lower case.
pub fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

fn hmac(key: &[u8], data: &[u8]) -> Vec<u8> {
    // HMAC accepts keys of any length, so `new_from_slice` cannot fail.
    let mut mac = match <Hmac<Sha256> as Mac>::new_from_slice(key) {
        Ok(mac) => mac,
        Err(_) => unreachable!("HMAC-SHA256 accepts keys of any length"),
    };
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

fn header_value<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|(_, v)| v.as_str())
}

/// Decodes like a form decoder: `+` is a space, `%XX` a byte, and a `%` not
/// followed by two hex digits stays as it is. Invalid UTF-8 becomes U+FFFD.
fn decode(text: &str) -> String {
    let plus_as_space = text.replace('+', " ");
    percent_decode_str(&plus_as_space)
        .decode_utf8_lossy()
        .into_owned()
}

/// The canonical URI of a request path.
pub fn canonical_path(path: &str) -> String {
    let decoded = decode(path);
    let mut collapsed = String::with_capacity(decoded.len() + 1);
    for c in decoded.chars() {
        if c == '/' && collapsed.ends_with('/') {
            continue;
        }
        collapsed.push(c);
    }
    if collapsed.is_empty() {
        return "/".to_string();
    }
    let encoded = utf8_percent_encode(&collapsed, CANONICAL_PATH_SET).to_string();
    if encoded.starts_with('/') {
        encoded
    } else {
        format!("/{encoded}")
    }
}

/// The canonical query string of a request.
pub fn canonical_query(query: Query<'_>) -> String {
    let encode = |text: &str| utf8_percent_encode(&decode(text), CANONICAL_QUERY_SET).to_string();
    let mut pairs: Vec<(String, String)> = match query {
        Query::Raw(raw) => raw
            .split('&')
            .filter_map(|item| item.split_once('='))
            .map(|(name, value)| (encode(name), encode(value)))
            .collect(),
        Query::Pairs(pairs) => pairs
            .iter()
            .map(|(name, value)| (encode(name), encode(value)))
            .collect(),
    };
    pairs.retain(|(name, _)| !name.is_empty());
    pairs.sort();
    pairs
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect::<Vec<_>>()
        .join("&")
}

/// The canonical headers block (ending with a newline) and the signed header list.
fn canonical_headers(host: &str, headers: &[(String, String)]) -> (String, String) {
    let mut signed: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    signed.insert("host".to_string(), vec![strip_scheme(host).trim()]);
    for (name, value) in headers {
        let name = name.trim().to_ascii_lowercase();
        if name == "host" || UNSIGNED_HEADERS.contains(&name.as_str()) {
            continue;
        }
        signed.entry(name).or_default().push(value.trim());
    }
    let mut block = String::new();
    for (name, values) in &signed {
        block.push_str(name);
        block.push(':');
        block.push_str(&values.join(","));
        block.push('\n');
    }
    let names = signed
        .keys()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(";");
    (block, names)
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
    fn host_scheme_is_stripped() {
        assert_eq!(strip_scheme("HTTPS://h:1"), "h:1");
        assert_eq!(strip_scheme("h"), "h");
        assert_eq!(strip_scheme("中文中文中文中文"), "中文中文中文中文");
    }
}
