//! Request addresses: `https://vm.jdcloud-api.com/v1/regions/{regionId}/instances:action`.

use std::sync::LazyLock;

use regex::Regex;

static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)https?://[^\s`<>()\[\]|]+").expect("valid regex"));
static PLACEHOLDER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\{([^{}/]+)\}").expect("valid regex"));
static VERSION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^v\d+(\.\d+)*$").expect("valid regex"));
static HOST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[a-z0-9-]+(\.([a-z0-9-]+|\{[A-Za-z0-9_]+\}))*(:[0-9]{1,5})?$")
        .expect("valid regex")
});
static SERVICE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$").expect("valid regex"));

/// A parsed request address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Address {
    /// Host as documented (may hold `{regionId}`).
    pub host: String,
    /// The service: the host's first label (`vm`, `coc-vm`).
    pub service: String,
    /// `v1`, `v2`, or empty when the path has no version segment.
    pub version: String,
    /// Path after the version, starting with `/` (`/` alone when nothing follows).
    pub path: String,
}

/// Finds and parses the first URL in a line of text. The reason it is not a usable address
/// otherwise: no URL, a host that is not a host name (its first label names the service, and
/// so folders, modules and files of the output), or a malformed `{placeholder}`.
pub fn parse_address(text: &str) -> Result<Address, String> {
    let url = URL.find(text).ok_or_else(|| "no URL".to_string())?.as_str();
    let rest = url.split_once("://").map_or("", |(_, r)| r);
    let (host, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let host = host
        .trim_end_matches('.')
        .to_ascii_lowercase_keep_placeholders();
    let host = canonical_placeholders(&host)?;
    if !HOST.is_match(&host) {
        return Err(format!(
            "the host `{host}` is not a host name (letters, digits, `-`, `.`, `{{placeholder}}`)"
        ));
    }
    let service = host.split('.').next().unwrap_or("").to_string();
    if !SERVICE.is_match(&service) {
        return Err(format!(
            "the host's first label `{service}` is not a service name (lower-case letters, digits and inner `-`)"
        ));
    }
    let path = canonical_placeholders(path)?;
    let mut segments = path.trim_start_matches('/').splitn(2, '/');
    let first = segments.next().unwrap_or("");
    let (version, path) = if VERSION.is_match(first) {
        (
            first.to_string(),
            format!("/{}", segments.next().unwrap_or("")),
        )
    } else {
        (String::new(), path)
    };
    Ok(Address {
        host,
        service,
        version,
        path,
    })
}

/// `{ name }` → `{name}`; an empty, nested, unclosed or unopened brace is an error, since the
/// template is filled by exact placeholder name.
fn canonical_placeholders(template: &str) -> Result<String, String> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find(['{', '}']) {
        let bad = || format!("`{template}` has a malformed `{{placeholder}}`");
        if rest[open..].starts_with('}') {
            return Err(bad());
        }
        let close = rest[open + 1..]
            .find(['{', '}'])
            .map(|i| open + 1 + i)
            .filter(|&i| rest[i..].starts_with('}'))
            .ok_or_else(bad)?;
        let name = rest[open + 1..close].trim();
        if name.is_empty() || name.contains(['/', ' ']) {
            return Err(bad());
        }
        out.push_str(&rest[..open]);
        out.push('{');
        out.push_str(name);
        out.push('}');
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

trait LowerKeepingPlaceholders {
    fn to_ascii_lowercase_keep_placeholders(&self) -> String;
}

impl LowerKeepingPlaceholders for str {
    /// Lower-cases a host but keeps `{regionId}` as written.
    fn to_ascii_lowercase_keep_placeholders(&self) -> String {
        let mut out = String::with_capacity(self.len());
        let mut inside = false;
        for c in self.chars() {
            match c {
                '{' => inside = true,
                '}' => inside = false,
                _ => {}
            }
            out.push(if inside { c } else { c.to_ascii_lowercase() });
        }
        out
    }
}

/// The `{placeholder}` names of a template, in order.
pub fn placeholders(template: &str) -> Vec<String> {
    PLACEHOLDER
        .captures_iter(template)
        .filter_map(|c| c.get(1).map(|m| m.as_str().trim().to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addr(s: &str) -> (String, String, String, String) {
        let a = parse_address(s).expect("address");
        (a.host, a.service, a.version, a.path)
    }

    #[test]
    fn addresses() {
        assert_eq!(
            addr("https://vm.jdcloud-api.com/v1/regions/{regionId}/instances"),
            (
                "vm.jdcloud-api.com".into(),
                "vm".into(),
                "v1".into(),
                "/regions/{regionId}/instances".into()
            )
        );
        assert_eq!(
            addr("https://kms.jdcloud-api.com/v1/key/{keyId}:Decrypt").3,
            "/key/{keyId}:Decrypt"
        );
        assert_eq!(
            addr("https://vpc.jdcloud-api.com/v1/regions/{regionId}/vpcs/").3,
            "/regions/{regionId}/vpcs/"
        );
        let m = addr("https://monitor.{regionId}.jdcloud-api.com/v1/customMetrics");
        assert_eq!(m.0, "monitor.{regionId}.jdcloud-api.com");
        assert_eq!(m.1, "monitor");
        assert_eq!(
            addr("https://monitor.jdcloud-api.com/v2/groupAlarms:switch").2,
            "v2"
        );
        assert_eq!(addr("`https://coc-vm.jdcloud-api.com/v1/x`").1, "coc-vm");
        assert_eq!(addr("https://iam.jdcloud-api.com/v1").3, "/");
        assert_eq!(addr("https://logs.jcloud.com/nover/x").2, "");
        assert!(parse_address("POST").is_err());
    }

    #[test]
    fn hosts_must_be_host_names() {
        for bad in [
            "https://../v1/x",
            "https://./v1/x",
            "https://a\\..\\b.jdcloud-api.com/v1/x",
            "https://a\"b.jdcloud-api.com/v1/x",
            "https://-vm.jdcloud-api.com/v1/x",
            "https://vm-.jdcloud-api.com/v1/x",
            "https://云主机.jdcloud-api.com/v1/x",
            "https://{regionId}.jdcloud-api.com/v1/x",
            "https://a_b.jdcloud-api.com/v1/x",
            "https://vm..jdcloud-api.com/v1/x",
        ] {
            assert!(parse_address(bad).is_err(), "{bad}");
        }
        assert_eq!(addr("https://VM.JDCloud-API.com:8443/v1/x").1, "vm");
        assert_eq!(
            addr("https://vm.jdcloud-api.com./v1/x").0,
            "vm.jdcloud-api.com"
        );
    }

    #[test]
    fn placeholders_are_canonical() {
        assert_eq!(
            addr("https://vm.jdcloud-api.com/v1/regions/{regionId}/x").3,
            "/regions/{regionId}/x"
        );
        for bad in [
            "https://vm.jdcloud-api.com/v1/regions/{ regionId }/x",
            "https://vm.jdcloud-api.com/v1/regions/{regionId/x",
            "https://vm.jdcloud-api.com/v1/regions/regionId}/x",
            "https://vm.jdcloud-api.com/v1/regions/{}/x",
            "https://vm.jdcloud-api.com/v1/regions/{{regionId}}/x",
            "https://vm.jdcloud-api.com/v1/regions/{a b}/x",
        ] {
            assert!(parse_address(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn placeholder_names() {
        assert_eq!(
            placeholders("/regions/{regionId}/instances/{instanceId}:stop"),
            vec!["regionId", "instanceId"]
        );
    }
}
