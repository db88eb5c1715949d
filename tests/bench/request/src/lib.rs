//! The generated client, and what `runtime::send` does to a request before it goes on the
//! network, so that the cost of a request can be measured without one.

use std::time::{SystemTime, UNIX_EPOCH};

use jdcloud::runtime::signer::{
    self, Query, SignableRequest, DATE_HEADER, DEFAULT_SIGNING_REGION, NONCE_HEADER,
    SECURITY_TOKEN_HEADER,
};
use jdcloud::runtime::{self, Config, Error, Request};

/// The generated client: `jdcloud::vm::Client`, `jdcloud::runtime::Config`, …
#[allow(missing_docs, clippy::all, unreachable_pub, dead_code)]
pub mod jdcloud {
    include!(concat!(env!("OUT_DIR"), "/jdcloud_sdk.rs"));
}

/// A request ready for the network: what one attempt of `runtime::send` hands to reqwest.
#[derive(Debug)]
pub struct Signed {
    pub url: reqwest::Url,
    pub body: Vec<u8>,
    /// Every header, `authorization` and `user-agent` last.
    pub headers: Vec<(String, String)>,
}

/// The steps of `runtime::send` before the network, for one attempt: `prepare` (the URL with
/// the query encoded the JD way, the host, the body without `null` members, the user agent)
/// then `signed_headers` (date, nonce and the `JDCLOUD3-HMAC-SHA256` signature), as
/// `templates/runtime/http.rs` does them, through the runtime's public functions.
pub fn prepare_and_sign(config: &Config, request: &Request) -> Result<Signed, Error> {
    // prepare
    let version = request.version.trim_matches('/');
    let mut url = config.base_url(request.service);
    if !version.is_empty() {
        url.push('/');
        url.push_str(version);
    }
    if !request.path.starts_with('/') {
        url.push('/');
    }
    url.push_str(&request.path);
    if !request.query.is_empty() {
        url.push('?');
        url.push_str(&runtime::query::to_query_string(&request.query));
    }
    let url = reqwest::Url::parse(&url)
        .map_err(|e| Error::Config(format!("invalid request URL {url:?}: {e}")))?;
    let host = match (url.host_str(), url.port()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        (Some(host), None) => host.to_string(),
        (None, _) => return Err(Error::Config(format!("the URL {url} has no host"))),
    };
    let has_body = [
        runtime::Method::POST,
        runtime::Method::PUT,
        runtime::Method::PATCH,
    ]
    .contains(&request.method);
    let body = match &request.body {
        Some(body) if !body.is_null() => {
            let mut body = body.clone();
            runtime::strip_nulls(&mut body);
            serde_json::to_vec(&body).map_err(Error::Serialize)?
        }
        _ if has_body => b"{}".to_vec(),
        _ => Vec::new(),
    };
    let user_agent = format!(
        "{} {}/{}",
        config.user_agent(),
        request.service,
        request.version
    );

    // signed_headers, for one attempt
    let has = |name: &str| {
        request
            .headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case(name))
    };
    let mut headers: Vec<(String, String)> = Vec::with_capacity(request.headers.len() + 6);
    if !has("content-type") {
        headers.push(("content-type".into(), "application/json".into()));
    }
    headers.push((DATE_HEADER.into(), jdcloud_date(SystemTime::now())));
    headers.push((NONCE_HEADER.into(), runtime::new_client_token()));
    if let Some(token) = config.credentials().session_token() {
        if !has(SECURITY_TOKEN_HEADER) {
            headers.push((SECURITY_TOKEN_HEADER.into(), token.to_string()));
        }
    }
    let runtime_headers = [
        "host",
        "authorization",
        "user-agent",
        DATE_HEADER,
        NONCE_HEADER,
    ];
    headers.extend(
        request
            .headers
            .iter()
            .filter(|(name, _)| !runtime_headers.iter().any(|r| name.eq_ignore_ascii_case(r)))
            .cloned(),
    );
    let signature = signer::sign(
        config.credentials(),
        &SignableRequest {
            method: request.method.as_str(),
            host: &host,
            path: url.path(),
            query: Query::Raw(url.query().unwrap_or("")),
            headers: &headers,
            body: &body,
            service: request.service,
            region: request
                .region
                .as_deref()
                .filter(|r| !r.is_empty())
                .unwrap_or(DEFAULT_SIGNING_REGION),
        },
    )?;
    headers.push(("authorization".into(), signature.authorization));
    headers.push(("user-agent".into(), user_agent));
    Ok(Signed { url, body, headers })
}

/// `YYYYMMDDTHHMMSSZ` in UTC, as the runtime's (private) `datetime::format_jdcloud_date`.
pub fn jdcloud_date(time: SystemTime) -> String {
    let secs = time
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (days, rem) = ((secs / 86_400) as i64, secs % 86_400);
    // Days since 1970-01-01 to the civil date (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let (era, doe) = (z.div_euclid(146_097), z.rem_euclid(146_097));
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}{month:02}{day:02}T{:02}{:02}{:02}Z",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    )
}

/// The requests the benchmark sends, built as a program would.
pub mod requests {
    use super::jdcloud::runtime::{Config, Credentials, Error, Request};
    use super::jdcloud::vm::{
        Client, DiskSpec, InstanceDiskAttachmentSpec, InstanceNetworkInterfaceAttachmentSpec,
        InstanceSpec, NetworkInterfaceSpec,
    };

    /// The client configuration, made once.
    pub fn config() -> Config {
        Config::new(Credentials::new("bench-access-key", "bench-secret-key"))
    }

    /// `createInstances`: an instance spec with a network interface and a system disk, two
    /// instances, a client token (the same request as `python_sign.py`'s).
    pub fn create_instances(client: &Client) -> Result<Request, Error> {
        let spec = InstanceSpec::new("bench-web-1")
            .with_az("cn-north-1a")
            .with_instance_type("g.n2.medium")
            .with_image_id("img-m5s0t5gvqn")
            .with_primary_network_interface(
                InstanceNetworkInterfaceAttachmentSpec::new().with_network_interface(
                    NetworkInterfaceSpec::new("subnet-3dm13k30gh").with_az("cn-north-1a"),
                ),
            )
            .with_system_disk(
                InstanceDiskAttachmentSpec::new()
                    .with_disk_category("cloud")
                    .with_auto_delete(true)
                    .with_cloud_disk_spec(
                        DiskSpec::new("ssd.gp1", 40)
                            .with_az("cn-north-1a")
                            .with_name("sys"),
                    ),
            )
            .with_description("benchmark instance");
        client
            .create_instances("cn-north-1", spec)
            .max_count(2)
            .client_token("bench-client-token-0001")
            .into_request()
    }

    /// `describeInstances` with two filters (one of two values) and a page size.
    #[cfg(describe_instances)]
    pub fn describe_instances(client: &Client) -> Result<Request, Error> {
        use super::jdcloud::vm::Filter;
        client
            .describe_instances("cn-north-1")
            .filters(vec![
                Filter::new(
                    "instanceId",
                    vec!["i-abcdefgh01".into(), "i-abcdefgh02".into()],
                ),
                Filter::new("az", vec!["cn-north-1a".into()]),
            ])
            .page_number(1)
            .page_size(50)
            .into_request()
    }
}

#[cfg(test)]
mod tests {
    use super::jdcloud::vm::Client;
    use super::*;

    #[test]
    fn signs_what_the_client_would_send() {
        let config = requests::config();
        let client = Client::new(&config);
        let request = requests::create_instances(&client).expect("builds");
        let signed = prepare_and_sign(&config, &request).expect("signs");
        assert_eq!(
            signed.url.as_str(),
            "https://vm.jdcloud-api.com/v1/regions/cn-north-1/instances"
        );
        let body: serde_json::Value = serde_json::from_slice(&signed.body).expect("JSON");
        assert_eq!(
            body["instanceSpec"]["systemDisk"]["cloudDiskSpec"]["diskType"],
            "ssd.gp1"
        );
        assert_eq!(body["clientToken"], "bench-client-token-0001");
        let names: Vec<&str> = signed.headers.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "content-type",
                DATE_HEADER,
                NONCE_HEADER,
                "authorization",
                "user-agent"
            ]
        );
        let authorization = &signed.headers[3].1;
        assert!(
            authorization.starts_with("JDCLOUD3-HMAC-SHA256 Credential=bench-access-key/"),
            "{authorization}"
        );
        assert!(authorization.contains("/cn-north-1/vm/jdcloud3_request"));
    }

    #[cfg(describe_instances)]
    #[test]
    fn encodes_filters_the_jd_way() {
        let config = requests::config();
        let client = Client::new(&config);
        let request = requests::describe_instances(&client).expect("builds");
        let signed = prepare_and_sign(&config, &request).expect("signs");
        let query = signed.url.query().expect("a query");
        for pair in [
            "filters.1.name=instanceId",
            "filters.1.values.1=i-abcdefgh01",
            "filters.1.values.2=i-abcdefgh02",
            "filters.2.name=az",
            "filters.2.values.1=cn-north-1a",
            "pageSize=50",
        ] {
            assert!(query.contains(pair), "{pair} in {query}");
        }
        assert!(signed.body.is_empty());
    }

    #[test]
    fn formats_the_signing_date() {
        let t = UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000);
        assert_eq!(jdcloud_date(t), "20231114T221320Z");
        assert_eq!(jdcloud_date(UNIX_EPOCH), "19700101T000000Z");
    }
}
