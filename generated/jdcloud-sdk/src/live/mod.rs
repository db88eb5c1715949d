//! Live-Video API (`live`), `https://live.jdcloud-api.com/v1`.
//!
//! Related APIs of Live Video
//!
//! Operations:
//!
//! - `addCustomLiveStreamSnapshotTemplate` — Add live snapshot template
//!
//! - `addLiveDomain` — Add live domain
//!
//! - `addLiveRecordTask` — Add record point print task
//!
//! - `checkDomainIcp` — Verify whether the domain has completed ICP filing
//!
//! - `deleteLiveStreamAppWatermark` — Delete APP watermark configuration
//!
//! - `describeCustomLiveStreamTranscodeTemplates` — Search user customized transcoding template list
//!
//! - `describeDomainOnlineStream` — Search Online Stream List
//!
//! - `forbidLiveStream` — Ban live streaming pushing
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `live` service.
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
    /// Add live snapshot template
    ///
    /// `POST /v1/snapshotCustoms:template`
    ///
    /// *Documented in* `specs/live/en/jdcloudcom-en/addCustomLiveStreamSnapshotTemplate.md` *line 1.*
    #[allow(clippy::too_many_arguments)]
    pub fn add_custom_live_stream_snapshot_template(
        &self,
        fill_type: impl ::std::convert::Into<i32>,
        format: impl ::std::convert::Into<::std::string::String>,
        height: impl ::std::convert::Into<i32>,
        save_bucket: impl ::std::convert::Into<::std::string::String>,
        save_endpoint: impl ::std::convert::Into<::std::string::String>,
        save_mode: impl ::std::convert::Into<i32>,
        snapshot_interval: impl ::std::convert::Into<i32>,
        template: impl ::std::convert::Into<::std::string::String>,
        width: impl ::std::convert::Into<i32>,
    ) -> AddCustomLiveStreamSnapshotTemplate {
        AddCustomLiveStreamSnapshotTemplate {
            config: self.config.clone(),
            fill_type: fill_type.into(),
            format: format.into(),
            height: height.into(),
            save_bucket: save_bucket.into(),
            save_endpoint: save_endpoint.into(),
            save_mode: save_mode.into(),
            snapshot_interval: snapshot_interval.into(),
            template: template.into(),
            width: width.into(),
        }
    }
    /// Add live domain
    ///
    /// `POST /v1/domains`
    ///
    /// *Documented in* `specs/live/en/jdcloudcom-en/addLiveDomain.md` *line 1.*
    pub fn add_live_domain(
        &self,
        publish_domain: impl ::std::convert::Into<::std::string::String>,
        play_domain: impl ::std::convert::Into<::std::string::String>,
    ) -> AddLiveDomain {
        AddLiveDomain {
            config: self.config.clone(),
            publish_domain: publish_domain.into(),
            play_domain: play_domain.into(),
        }
    }
    /// Add record point print task
    ///
    /// `POST /v1/records/{publishDomain}/appNames/{appName}/streamNames/{streamName}/task`
    ///
    /// *Documented in* `specs/live/en/jdcloudcom-en/addLiveRecordTask.md` *line 1.*
    #[allow(clippy::too_many_arguments)]
    pub fn add_live_record_task(
        &self,
        publish_domain: impl ::std::convert::Into<::std::string::String>,
        app_name: impl ::std::convert::Into<::std::string::String>,
        stream_name: impl ::std::convert::Into<::std::string::String>,
        record_file_type: impl ::std::convert::Into<::std::string::String>,
        record_times: impl ::std::convert::Into<::std::vec::Vec<RecordTime>>,
        save_bucket: impl ::std::convert::Into<::std::string::String>,
        save_endpoint: impl ::std::convert::Into<::std::string::String>,
    ) -> AddLiveRecordTask {
        AddLiveRecordTask {
            config: self.config.clone(),
            publish_domain: publish_domain.into(),
            app_name: app_name.into(),
            stream_name: stream_name.into(),
            record_file_type: record_file_type.into(),
            record_times: record_times.into(),
            save_bucket: save_bucket.into(),
            save_endpoint: save_endpoint.into(),
            save_object: ::std::option::Option::None,
        }
    }
    /// Verify whether the domain has completed ICP filing
    ///
    /// `GET /v1/domains:check`
    ///
    /// *Documented in* `specs/live/en/jdcloudcom-en/checkDomainIcp.md` *line 1.*
    pub fn check_domain_icp(
        &self,
        domain: impl ::std::convert::Into<::std::string::String>,
    ) -> CheckDomainIcp {
        CheckDomainIcp {
            config: self.config.clone(),
            domain: domain.into(),
        }
    }
    /// Delete APP watermark configuration
    ///
    /// `DELETE /v1/watermarkApps/{publishDomain}/appNames/{appName}/templates/{template}`
    ///
    /// *Documented in* `specs/live/en/jdcloudcom-en/deleteLiveStreamAppWatermark.md` *line 1.*
    pub fn delete_live_stream_app_watermark(
        &self,
        publish_domain: impl ::std::convert::Into<::std::string::String>,
        app_name: impl ::std::convert::Into<::std::string::String>,
        template: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteLiveStreamAppWatermark {
        DeleteLiveStreamAppWatermark {
            config: self.config.clone(),
            publish_domain: publish_domain.into(),
            app_name: app_name.into(),
            template: template.into(),
        }
    }
    /// Search user customized transcoding template list
    ///
    /// `GET /v1/transcodeCustoms`
    ///
    /// *Documented in* `specs/live/en/jdcloudcom-en/describeCustomLiveStreamTranscodeTemplates.md` *line 1.*
    pub fn describe_custom_live_stream_transcode_templates(
        &self,
    ) -> DescribeCustomLiveStreamTranscodeTemplates {
        DescribeCustomLiveStreamTranscodeTemplates {
            config: self.config.clone(),
            page_num: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            filters: ::std::option::Option::None,
        }
    }
    /// Search Online Stream List
    ///
    /// `GET /v1/describeDomainOnlineStream`
    ///
    /// *Documented in* `specs/live/en/jdcloudcom-en/describeDomainOnlineStream.md` *line 1.*
    pub fn describe_domain_online_stream(
        &self,
        domain_name: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeDomainOnlineStream {
        DescribeDomainOnlineStream {
            config: self.config.clone(),
            domain_name: domain_name.into(),
            app_name: ::std::option::Option::None,
            stream_name: ::std::option::Option::None,
            page_num: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            start_time: start_time.into(),
            end_time: ::std::option::Option::None,
        }
    }
    /// Ban live streaming pushing
    ///
    /// `PUT /v1/streams:forbid`
    ///
    /// *Documented in* `specs/live/en/jdcloudcom-en/forbidLiveStream.md` *line 1.*
    pub fn forbid_live_stream(
        &self,
        app_name: impl ::std::convert::Into<::std::string::String>,
        publish_domain: impl ::std::convert::Into<::std::string::String>,
        stream_name: impl ::std::convert::Into<::std::string::String>,
    ) -> ForbidLiveStream {
        ForbidLiveStream {
            config: self.config.clone(),
            app_name: app_name.into(),
            publish_domain: publish_domain.into(),
            stream_name: stream_name.into(),
        }
    }
}
/// Request builder of `addCustomLiveStreamSnapshotTemplate`, made by [`Client::add_custom_live_stream_snapshot_template`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddCustomLiveStreamSnapshotTemplate {
    config: crate::runtime::Config,
    fill_type: i32,
    format: ::std::string::String,
    height: i32,
    save_bucket: ::std::string::String,
    save_endpoint: ::std::string::String,
    save_mode: i32,
    snapshot_interval: i32,
    template: ::std::string::String,
    width: i32,
}
impl AddCustomLiveStreamSnapshotTemplate {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        body.member("fillType", &self.fill_type)?;
        body.member("format", &self.format)?;
        body.member("height", &self.height)?;
        body.member("saveBucket", &self.save_bucket)?;
        body.member("saveEndpoint", &self.save_endpoint)?;
        body.member("saveMode", &self.save_mode)?;
        body.member("snapshotInterval", &self.snapshot_interval)?;
        body.member("template", &self.template)?;
        body.member("width", &self.width)?;
        let path = "/snapshotCustoms:template".to_string();
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "live", "v1", path)
                .with_operation("addCustomLiveStreamSnapshotTemplate");
        request = request.with_json_body(body.finish());
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
/// The errors the documentation of `addCustomLiveStreamSnapshotTemplate` lists. Read one from a service error with [`AddCustomLiveStreamSnapshotTemplateErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AddCustomLiveStreamSnapshotTemplateErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl AddCustomLiveStreamSnapshotTemplateErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `addLiveDomain`, made by [`Client::add_live_domain`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddLiveDomain {
    config: crate::runtime::Config,
    publish_domain: ::std::string::String,
    play_domain: ::std::string::String,
}
impl AddLiveDomain {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        body.member("publishDomain", &self.publish_domain)?;
        body.member("playDomain", &self.play_domain)?;
        let path = "/domains".to_string();
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "live", "v1", path)
                .with_operation("addLiveDomain");
        request = request.with_json_body(body.finish());
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
/// The errors the documentation of `addLiveDomain` lists. Read one from a service error with [`AddLiveDomainErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AddLiveDomainErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// Any other error.
    Other = 0,
}
impl AddLiveDomainErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `addLiveRecordTask`, made by [`Client::add_live_record_task`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddLiveRecordTask {
    config: crate::runtime::Config,
    publish_domain: ::std::string::String,
    app_name: ::std::string::String,
    stream_name: ::std::string::String,
    record_file_type: ::std::string::String,
    record_times: ::std::vec::Vec<RecordTime>,
    save_bucket: ::std::string::String,
    save_endpoint: ::std::string::String,
    save_object: ::std::option::Option<::std::string::String>,
}
impl AddLiveRecordTask {
    /// `saveObject`: Storage Path of Record File
    pub fn save_object(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.save_object = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.publish_domain.to_string();
        let path_1 = self.app_name.to_string();
        let path_2 = self.stream_name.to_string();
        body.member("recordFileType", &self.record_file_type)?;
        body.member("recordTimes", &self.record_times)?;
        body.member("saveBucket", &self.save_bucket)?;
        body.member("saveEndpoint", &self.save_endpoint)?;
        if let ::std::option::Option::Some(value) = &self.save_object {
            body.member("saveObject", value)?;
        }
        let path = crate::runtime::fill_path(
            "/records/{publishDomain}/appNames/{appName}/streamNames/{streamName}/task",
            &[
                ("publishDomain", path_0.as_str()),
                ("appName", path_1.as_str()),
                ("streamName", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "live", "v1", path)
                .with_operation("addLiveRecordTask");
        request = request.with_json_body(body.finish());
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
/// The errors the documentation of `addLiveRecordTask` lists. Read one from a service error with [`AddLiveRecordTaskErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AddLiveRecordTaskErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl AddLiveRecordTaskErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `checkDomainIcp`, made by [`Client::check_domain_icp`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CheckDomainIcp {
    config: crate::runtime::Config,
    domain: ::std::string::String,
}
impl CheckDomainIcp {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        crate::runtime::push_query(&mut query, "domain", &self.domain)?;
        let path = "/domains:check".to_string();
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "live", "v1", path)
                .with_operation("checkDomainIcp");
        request = request.with_query(query);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CheckDomainIcpResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CheckDomainIcpResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `checkDomainIcp` lists. Read one from a service error with [`CheckDomainIcpErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CheckDomainIcpErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// Any other error.
    Other = 0,
}
impl CheckDomainIcpErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteLiveStreamAppWatermark`, made by [`Client::delete_live_stream_app_watermark`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteLiveStreamAppWatermark {
    config: crate::runtime::Config,
    publish_domain: ::std::string::String,
    app_name: ::std::string::String,
    template: ::std::string::String,
}
impl DeleteLiveStreamAppWatermark {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.publish_domain.to_string();
        let path_1 = self.app_name.to_string();
        let path_2 = self.template.to_string();
        let path = crate::runtime::fill_path(
            "/watermarkApps/{publishDomain}/appNames/{appName}/templates/{template}",
            &[
                ("publishDomain", path_0.as_str()),
                ("appName", path_1.as_str()),
                ("template", path_2.as_str()),
            ],
        )?;
        let request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "live", "v1", path)
                .with_operation("deleteLiveStreamAppWatermark");
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
/// The errors the documentation of `deleteLiveStreamAppWatermark` lists. Read one from a service error with [`DeleteLiveStreamAppWatermarkErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteLiveStreamAppWatermarkErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DeleteLiveStreamAppWatermarkErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeCustomLiveStreamTranscodeTemplates`, made by [`Client::describe_custom_live_stream_transcode_templates`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeCustomLiveStreamTranscodeTemplates {
    config: crate::runtime::Config,
    page_num: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
}
impl DescribeCustomLiveStreamTranscodeTemplates {
    /// `pageNum`: page; it is 1 by default; value range \[1, 100000\]
    pub fn page_num(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_num = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: Segmentation size; it is 10 by default; value range\[10, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `filters`: Transcoding Template Search Filter Conditions:
    ///
    /// - name:   template  Recording Template Customized Name
    ///
    /// - value:  If the parameter is null, search all
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        if let ::std::option::Option::Some(value) = &self.page_num {
            crate::runtime::push_query(&mut query, "pageNum", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        let path = "/transcodeCustoms".to_string();
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "live", "v1", path)
                .with_operation("describeCustomLiveStreamTranscodeTemplates");
        request = request.with_query(query);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeCustomLiveStreamTranscodeTemplatesResult>,
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
        crate::runtime::Response<DescribeCustomLiveStreamTranscodeTemplatesResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeCustomLiveStreamTranscodeTemplates` lists. Read one from a service error with [`DescribeCustomLiveStreamTranscodeTemplatesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeCustomLiveStreamTranscodeTemplatesErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// Any other error.
    Other = 0,
}
impl DescribeCustomLiveStreamTranscodeTemplatesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeDomainOnlineStream`, made by [`Client::describe_domain_online_stream`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeDomainOnlineStream {
    config: crate::runtime::Config,
    domain_name: ::std::string::String,
    app_name: ::std::option::Option<::std::string::String>,
    stream_name: ::std::option::Option<::std::string::String>,
    page_num: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    start_time: ::std::string::String,
    end_time: ::std::option::Option<::std::string::String>,
}
impl DescribeDomainOnlineStream {
    /// `appName`: Application Name
    pub fn app_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.app_name = ::std::option::Option::Some(value.into());
        self
    }
    /// `streamName`: Stream Name
    pub fn stream_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.stream_name = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNum`: Page, beginning page 1
    pub fn page_num(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_num = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: Maximum number of records per page, value: \[10,100\], 10 by default
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `endTime`: End Time:
    ///
    /// - UTC Time
    ///
    /// Format:yyyy-MM-dd'T'HH:mm:ss'Z'
    ///
    /// Example:2018-10-21T10:00:00Z
    ///
    /// - When null, it is the current time by default, the search time span is less than 30 days
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        crate::runtime::push_query(&mut query, "domainName", &self.domain_name)?;
        if let ::std::option::Option::Some(value) = &self.app_name {
            crate::runtime::push_query(&mut query, "appName", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.stream_name {
            crate::runtime::push_query(&mut query, "streamName", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_num {
            crate::runtime::push_query(&mut query, "pageNum", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        crate::runtime::push_query(&mut query, "startTime", &self.start_time)?;
        if let ::std::option::Option::Some(value) = &self.end_time {
            crate::runtime::push_query(&mut query, "endTime", value)?;
        }
        let path = "/describeDomainOnlineStream".to_string();
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "live", "v1", path)
                .with_operation("describeDomainOnlineStream");
        request = request.with_query(query);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeDomainOnlineStreamResult>,
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
        crate::runtime::Response<DescribeDomainOnlineStreamResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeDomainOnlineStream` lists. Read one from a service error with [`DescribeDomainOnlineStreamErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeDomainOnlineStreamErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// Any other error.
    Other = 0,
}
impl DescribeDomainOnlineStreamErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `forbidLiveStream`, made by [`Client::forbid_live_stream`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ForbidLiveStream {
    config: crate::runtime::Config,
    app_name: ::std::string::String,
    publish_domain: ::std::string::String,
    stream_name: ::std::string::String,
}
impl ForbidLiveStream {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        body.member("appName", &self.app_name)?;
        body.member("publishDomain", &self.publish_domain)?;
        body.member("streamName", &self.stream_name)?;
        let path = "/streams:forbid".to_string();
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PUT, "live", "v1", path)
                .with_operation("forbidLiveStream");
        request = request.with_json_body(body.finish());
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
/// The errors the documentation of `forbidLiveStream` lists. Read one from a service error with [`ForbidLiveStreamErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ForbidLiveStreamErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ForbidLiveStreamErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
