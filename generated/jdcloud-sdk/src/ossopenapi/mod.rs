//! The `ossopenapi` service, `https://ossopenapi.jdcloud-api.com/v1`.
//!
//! Operations:
//!
//! - `deleteBackSourceConfiguration` — Delete Back-to-origin Configuration
//!
//! - `getHistoricalReplicatTask` — Obtain the synchronization task under the bucket according to bucket name
//!
//! - `putBackSourceConfiguration` — Add and Modify Back-to-origin Configuration
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `ossopenapi` service.
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
    /// Delete Back-to-origin Configuration
    ///
    /// `DELETE /v1/regions/{regionId}/buckets/{bucketName}/backSource`
    ///
    /// *Documented in* `specs/ossopenapi/en/jdcloudcom-en/deleteBackSourceConfiguration.md` *line 1.*
    pub fn delete_back_source_configuration(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        bucket_name: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteBackSourceConfiguration {
        DeleteBackSourceConfiguration {
            config: self.config.clone(),
            region_id: region_id.into(),
            bucket_name: bucket_name.into(),
        }
    }
    /// Obtain the synchronization task under the bucket according to bucket name
    ///
    /// `GET /v1/regions/{regionId}/buckets/{bucketName}/historical-replicat-task/{taskId}`
    ///
    /// *Documented in* `specs/ossopenapi/en/jdcloudcom-en/getHistoricalReplicatTask.md` *line 1.*
    pub fn get_historical_replicat_task(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        bucket_name: impl ::std::convert::Into<::std::string::String>,
        task_id: impl ::std::convert::Into<::std::string::String>,
    ) -> GetHistoricalReplicatTask {
        GetHistoricalReplicatTask {
            config: self.config.clone(),
            region_id: region_id.into(),
            bucket_name: bucket_name.into(),
            task_id: task_id.into(),
        }
    }
    /// Add and Modify Back-to-origin Configuration
    ///
    /// `PUT /v1/regions/{regionId}/buckets/{bucketName}/backSource`
    ///
    /// *Documented in* `specs/ossopenapi/en/jdcloudcom-en/putBackSourceConfiguration.md` *line 1.*
    pub fn put_back_source_configuration(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        bucket_name: impl ::std::convert::Into<::std::string::String>,
    ) -> PutBackSourceConfiguration {
        PutBackSourceConfiguration {
            config: self.config.clone(),
            region_id: region_id.into(),
            bucket_name: bucket_name.into(),
            back_source_rules: ::std::option::Option::None,
        }
    }
}
/// Request builder of `deleteBackSourceConfiguration`, made by [`Client::delete_back_source_configuration`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteBackSourceConfiguration {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    bucket_name: ::std::string::String,
}
impl DeleteBackSourceConfiguration {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.bucket_name.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/buckets/{bucketName}/backSource",
            &[
                ("regionId", path_0.as_str()),
                ("bucketName", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "ossopenapi", "v1", path)
                .with_operation("deleteBackSourceConfiguration");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `getHistoricalReplicatTask`, made by [`Client::get_historical_replicat_task`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetHistoricalReplicatTask {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    bucket_name: ::std::string::String,
    task_id: ::std::string::String,
}
impl GetHistoricalReplicatTask {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.bucket_name.to_string();
        let path_2 = self.task_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/buckets/{bucketName}/historical-replicat-task/{taskId}",
            &[
                ("regionId", path_0.as_str()),
                ("bucketName", path_1.as_str()),
                ("taskId", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ossopenapi", "v1", path)
                .with_operation("getHistoricalReplicatTask");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<GetHistoricalReplicatTaskResult>,
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
        crate::runtime::Response<GetHistoricalReplicatTaskResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `putBackSourceConfiguration`, made by [`Client::put_back_source_configuration`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutBackSourceConfiguration {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    bucket_name: ::std::string::String,
    back_source_rules: ::std::option::Option<::std::vec::Vec<BackSourceRule>>,
}
impl PutBackSourceConfiguration {
    /// `backSourceRules`: Back-to-origin Configuration Rules
    pub fn back_source_rules(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<BackSourceRule>>,
    ) -> Self {
        self.back_source_rules = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.bucket_name.to_string();
        if let ::std::option::Option::Some(value) = &self.back_source_rules {
            body.member("backSourceRules", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/buckets/{bucketName}/backSource",
            &[
                ("regionId", path_0.as_str()),
                ("bucketName", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PUT, "ossopenapi", "v1", path)
                .with_operation("putBackSourceConfiguration");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
