//! The generated client, and what `runtime::send` does to a request before it goes on the
//! network, so that the cost of a request can be measured without one.

use std::time::SystemTime;

use jdcloud::runtime::{Config, Error, Request, SignedRequest};

/// The generated client: `jdcloud::vm::Client`, `jdcloud::runtime::Config`, …
#[allow(missing_docs, clippy::all, unreachable_pub, dead_code)]
pub mod jdcloud {
    include!(concat!(env!("OUT_DIR"), "/jdcloud_sdk.rs"));
}

/// What `runtime::send` does before each attempt goes on the network, through the very
/// function it calls, `runtime::sign_request`: the URL (query encoded the JD way), the body,
/// the date, the nonce, the `JDCLOUD3-HMAC-SHA256` signature and the other headers.
pub fn prepare_and_sign<'a>(
    config: &Config,
    request: &'a Request,
) -> Result<SignedRequest<'a>, Error> {
    jdcloud::runtime::sign_request(config, request, SystemTime::now())
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
        let body: serde_json::Value = serde_json::from_slice(signed.body).expect("JSON");
        assert_eq!(
            body["instanceSpec"]["systemDisk"]["cloudDiskSpec"]["diskType"],
            "ssd.gp1"
        );
        assert_eq!(body["clientToken"], "bench-client-token-0001");
        let names: Vec<&str> = signed.headers.iter().map(|(n, _)| n.as_ref()).collect();
        assert_eq!(
            names,
            [
                "content-type",
                "x-jdcloud-date",
                "x-jdcloud-nonce",
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
}
