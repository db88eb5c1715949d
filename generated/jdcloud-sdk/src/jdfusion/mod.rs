//! The `jdfusion` service, `https://jdfusion.jdcloud-api.com/v1`.
//!
//! Operations:
//!
//! - `createVmInstance` — Create Virtual Machines according to the cloud provider
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `jdfusion` service.
///
/// Create one from a [`Config`](crate::runtime::Config) and call the operations; each returns a request builder whose `send` performs the call.
#[derive(Debug, Clone)]
pub struct Client {
    config: crate::runtime::Config,
}
impl Client {
    /// A client that sends with the given configuration (credentials, endpoint, retries).
    pub fn new(config: &crate::runtime::Config) -> Self {
        Self {
            config: config.clone(),
        }
    }
    /// The configuration this client sends with.
    pub fn config(&self) -> &crate::runtime::Config {
        &self.config
    }
    /// Create Virtual Machines according to the cloud provider
    ///
    /// `POST /v1/regions/{regionId}/vm_instances`
    ///
    /// *Documented in* `specs/jdfusion/en/seed/createVmInstance.md` *line 1.*
    pub fn create_vm_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        body: impl ::std::convert::Into<CreateVmReq>,
        x_jdcloud_fusion_cloudid: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateVmInstance {
        CreateVmInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            body: body.into(),
            x_jdcloud_fusion_cloudid: x_jdcloud_fusion_cloudid.into(),
        }
    }
}
/// Request builder of `createVmInstance`, made by [`Client::create_vm_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateVmInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    body: CreateVmReq,
    x_jdcloud_fusion_cloudid: ::std::string::String,
}
impl CreateVmInstance {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let mut headers: ::std::vec::Vec<(&str, ::std::string::String)> = ::std::vec::Vec::new();
        fn header_text<T: ::serde::Serialize>(
            value: &T,
        ) -> ::std::result::Result<::std::string::String, crate::runtime::Error> {
            match ::serde_json::to_value(value).map_err(crate::runtime::Error::Serialize)? {
                ::serde_json::Value::String(s) => ::std::result::Result::Ok(s),
                other => ::std::result::Result::Ok(other.to_string()),
            }
        }
        let path_0 = self.region_id.to_string();
        body.member("body", &self.body)?;
        headers.push((
            "x-jdcloud-fusion-cloudid",
            header_text(&self.x_jdcloud_fusion_cloudid)?,
        ));
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/vm_instances",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "jdfusion", "v1", path)
                .with_operation("createVmInstance");
        request = request.with_json_body(body.finish());
        for (name, value) in &headers {
            request = request.with_header_param(name, value);
        }
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateVmInstanceResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateVmInstanceResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
