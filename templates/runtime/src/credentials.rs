//! Access keys, and keeping secrets out of logs.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use crate::error::Error;
use crate::signer::SigningKeys;

/// What a redacted value is replaced with.
pub const REDACTED: &str = "***";

/// An access key pair, with an optional session token for temporary credentials.
///
/// `Debug` never shows the secret key or the session token, and shows only the
/// first characters of the access key.
///
/// The signing keys derived from the secret key (one per day, region and service) are kept
/// with the credentials and shared by their clones, so that signing a request costs one
/// HMAC rather than five.
#[derive(Clone)]
pub struct Credentials {
    access_key: String,
    secret_key: String,
    session_token: Option<String>,
    signing_keys: Arc<SigningKeys>,
}

impl PartialEq for Credentials {
    fn eq(&self, other: &Self) -> bool {
        self.access_key == other.access_key
            && self.secret_key == other.secret_key
            && self.session_token == other.session_token
    }
}

impl Eq for Credentials {}

impl Credentials {
    /// Long-term credentials: an access key and its secret key.
    pub fn new(access_key: impl Into<String>, secret_key: impl Into<String>) -> Self {
        Credentials {
            access_key: access_key.into(),
            secret_key: secret_key.into(),
            session_token: None,
            signing_keys: Arc::default(),
        }
    }

    /// Adds the session token of temporary credentials. It is sent, and signed,
    /// as the `x-jdcloud-security-token` header.
    pub fn with_session_token(mut self, token: impl Into<String>) -> Self {
        let token = token.into();
        self.session_token = if token.is_empty() { None } else { Some(token) };
        self
    }

    /// Reads the credentials from the environment.
    ///
    /// * access key: `JDCLOUD_ACCESS_KEY`, else `JDCLOUD_AK`;
    /// * secret key: `JDCLOUD_SECRET_KEY`, else `JDCLOUD_SK`;
    /// * session token (optional): `JDCLOUD_SESSION_TOKEN`.
    ///
    /// Empty variables count as unset. Fails with [`Error::Config`] when a key is missing.
    pub fn from_env() -> Result<Self, Error> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Like [`Credentials::from_env`], with the variables read through `lookup`
    /// (useful for tests and for configuration sources other than the process
    /// environment).
    pub fn from_lookup<F>(lookup: F) -> Result<Self, Error>
    where
        F: Fn(&str) -> Option<String>,
    {
        let first = |names: &[&str]| {
            names
                .iter()
                .filter_map(|name| lookup(name))
                .find(|value| !value.is_empty())
        };
        let access_key = first(&["JDCLOUD_ACCESS_KEY", "JDCLOUD_AK"]).ok_or_else(|| {
            Error::Config("no access key: set JDCLOUD_ACCESS_KEY (or JDCLOUD_AK)".into())
        })?;
        let secret_key = first(&["JDCLOUD_SECRET_KEY", "JDCLOUD_SK"]).ok_or_else(|| {
            Error::Config("no secret key: set JDCLOUD_SECRET_KEY (or JDCLOUD_SK)".into())
        })?;
        let mut credentials = Credentials::new(access_key, secret_key);
        if let Some(token) = first(&["JDCLOUD_SESSION_TOKEN"]) {
            credentials = credentials.with_session_token(token);
        }
        Ok(credentials)
    }

    /// The access key (public; it appears in every `Authorization` header).
    pub fn access_key(&self) -> &str {
        &self.access_key
    }

    /// The secret key. Never log it.
    pub fn secret_key(&self) -> &str {
        &self.secret_key
    }

    /// The session token of temporary credentials, if any. Never log it.
    pub fn session_token(&self) -> Option<&str> {
        self.session_token.as_deref()
    }

    /// The signing keys derived so far.
    pub(crate) fn signing_keys(&self) -> &SigningKeys {
        &self.signing_keys
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key", &mask_access_key(&self.access_key))
            .field("secret_key", &REDACTED)
            .field(
                "session_token",
                &self.session_token.as_ref().map(|_| REDACTED),
            )
            .finish()
    }
}

/// Shows the first four characters of an access key, enough to tell keys apart.
fn mask_access_key(key: &str) -> String {
    if key.chars().count() <= 8 {
        return REDACTED.to_string();
    }
    let prefix: String = key.chars().take(4).collect();
    format!("{prefix}{REDACTED}")
}

/// Whether the value of a header or field with this name must not be logged:
/// `authorization`, `x-jdcloud-security-token`, and any name containing
/// `password`, `secret` or `token` (ignoring case).
pub fn is_sensitive(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name == "authorization"
        || name == "proxy-authorization"
        || name == "x-jdcloud-security-token"
        || ["password", "secret", "token"]
            .iter()
            .any(|word| name.contains(word))
}

/// The value to log for a header or field: [`REDACTED`] when [`is_sensitive`]
/// says so, the value itself otherwise.
pub fn redact<'a>(name: &str, value: &'a str) -> Cow<'a, str> {
    if is_sensitive(name) {
        Cow::Borrowed(REDACTED)
    } else {
        Cow::Borrowed(value)
    }
}

/// A copy of `headers` fit for logging, sensitive values replaced.
pub fn redact_headers<N, V>(headers: &[(N, V)]) -> Vec<(String, String)>
where
    N: AsRef<str>,
    V: AsRef<str>,
{
    headers
        .iter()
        .map(|(name, value)| {
            let name = name.as_ref();
            (name.to_string(), redact(name, value.as_ref()).into_owned())
        })
        .collect()
}

/// A copy of a JSON document fit for logging: the value of every member whose
/// name [`is_sensitive`], at any depth, is replaced by [`REDACTED`].
pub fn redact_json(value: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(key, value)| {
                    let value = if is_sensitive(key) {
                        Value::String(REDACTED.to_string())
                    } else {
                        redact_json(value)
                    };
                    (key.clone(), value)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(redact_json).collect()),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| map.get(name).cloned()
    }

    #[test]
    fn debug_hides_secret_and_token() {
        let c = Credentials::new("AKIDEXAMPLE1234", "very-secret-key")
            .with_session_token("session-token-value");
        let text = format!("{c:?}");
        assert!(!text.contains("very-secret-key"), "{text}");
        assert!(!text.contains("session-token-value"), "{text}");
        assert!(!text.contains("AKIDEXAMPLE1234"), "{text}");
        assert!(text.contains("AKID***"), "{text}");
        let text = format!("{c:#?}");
        assert!(!text.contains("very-secret-key"), "{text}");
    }

    #[test]
    fn short_access_keys_are_hidden_entirely() {
        let text = format!("{:?}", Credentials::new("ak", "sk"));
        assert!(text.contains("access_key: \"***\""), "{text}");
        assert!(text.contains("session_token: None"), "{text}");
    }

    #[test]
    fn accessors() {
        let c = Credentials::new("ak", "sk").with_session_token("t");
        assert_eq!(c.access_key(), "ak");
        assert_eq!(c.secret_key(), "sk");
        assert_eq!(c.session_token(), Some("t"));
        assert_eq!(
            Credentials::new("a", "b")
                .with_session_token("")
                .session_token(),
            None
        );
    }

    #[test]
    fn environment_names_and_fallbacks() {
        let c = Credentials::from_lookup(env(&[
            ("JDCLOUD_ACCESS_KEY", "ak1"),
            ("JDCLOUD_SECRET_KEY", "sk1"),
            ("JDCLOUD_AK", "ak2"),
            ("JDCLOUD_SK", "sk2"),
        ]))
        .unwrap();
        assert_eq!((c.access_key(), c.secret_key()), ("ak1", "sk1"));
        assert_eq!(c.session_token(), None);

        let c = Credentials::from_lookup(env(&[
            ("JDCLOUD_ACCESS_KEY", ""),
            ("JDCLOUD_AK", "ak2"),
            ("JDCLOUD_SK", "sk2"),
            ("JDCLOUD_SESSION_TOKEN", "tok"),
        ]))
        .unwrap();
        assert_eq!((c.access_key(), c.secret_key()), ("ak2", "sk2"));
        assert_eq!(c.session_token(), Some("tok"));
    }

    #[test]
    fn missing_keys_are_config_errors() {
        let err = Credentials::from_lookup(env(&[("JDCLOUD_AK", "ak")])).unwrap_err();
        assert!(matches!(err, Error::Config(ref m) if m.contains("JDCLOUD_SECRET_KEY")));
        let err = Credentials::from_lookup(env(&[])).unwrap_err();
        assert!(matches!(err, Error::Config(ref m) if m.contains("JDCLOUD_ACCESS_KEY")));
    }

    #[test]
    fn sensitive_names() {
        for name in [
            "Authorization",
            "x-jdcloud-security-token",
            "X-JDCLOUD-SECURITY-TOKEN",
            "password",
            "adminPassword",
            "clientSecret",
            "accessToken",
        ] {
            assert!(is_sensitive(name), "{name}");
        }
        for name in ["content-type", "x-jdcloud-date", "host", "instanceId"] {
            assert!(!is_sensitive(name), "{name}");
        }
    }

    #[test]
    fn header_redaction() {
        let headers = vec![
            (
                "authorization".to_string(),
                "JDCLOUD3-HMAC-SHA256 ...".to_string(),
            ),
            ("x-jdcloud-security-token".to_string(), "tok".to_string()),
            ("x-jdcloud-nonce".to_string(), "n".to_string()),
        ];
        let redacted = redact_headers(&headers);
        assert_eq!(redacted[0].1, REDACTED);
        assert_eq!(redacted[1].1, REDACTED);
        assert_eq!(redacted[2].1, "n");
        assert_eq!(redact("x-custom-token", "abc"), REDACTED);
        assert_eq!(redact("x-custom", "abc"), "abc");
    }

    #[test]
    fn json_redaction_is_deep() {
        let body = serde_json::json!({
            "instanceSpec": {"name": "vm", "password": "p@ss", "keyNames": ["k"]},
            "items": [{"secretKey": "s"}],
            "clientToken": "t"
        });
        let text = redact_json(&body).to_string();
        assert!(!text.contains("p@ss") && !text.contains("\"s\""), "{text}");
        assert!(text.contains("\"vm\"") && text.contains("\"k\""), "{text}");
        assert!(text.contains(r#""clientToken":"***""#), "{text}");
    }
}
