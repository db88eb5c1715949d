//! 京东云DDoS基础防护相关接口 (`baseanti`), `https://baseanti.jdcloud-api.com/v1`.
//!
//! 京东云DDoS基础防护相关接口
//!
//! Operations:
//!
//! - `describeIpResourceFlow` — 查询公网IP的监控流量
//!
//! - `describeIpResourceInfo` — 查询公网IP基本信息
//!
//! - `describeIpResourceProtectInfo` — 查询公网IP的防护明细
//!
//! - `describeIpResources` — 查询区域下的公网IP资源列表
//!
//! - `setCleanThreshold` — 设置公网IP的清洗阈值
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `baseanti` service.
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
    /// 查询公网IP的监控流量
    ///
    /// `GET /v1/regions/{regionId}/ipResources/{ip}/monitorFlow`
    ///
    /// *Documented in* `specs/baseanti/zh/jdclouddocs-cn/describeIpResourceFlow.md` *line 1.*
    pub fn describe_ip_resource_flow(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        ip: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeIpResourceFlow {
        DescribeIpResourceFlow {
            config: self.config.clone(),
            region_id: region_id.into(),
            ip: ip.into(),
            end_time: ::std::option::Option::None,
        }
    }
    /// 查询公网IP基本信息
    ///
    /// `GET /v1/regions/{regionId}/ipResources/{ip}`
    ///
    /// *Documented in* `specs/baseanti/zh/jdclouddocs-cn/describeIpResourceInfo.md` *line 1.*
    pub fn describe_ip_resource_info(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        ip: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeIpResourceInfo {
        DescribeIpResourceInfo {
            config: self.config.clone(),
            region_id: region_id.into(),
            ip: ip.into(),
        }
    }
    /// 查询公网IP的防护明细
    ///
    /// `GET /v1/regions/{regionId}/ipResources/{ip}/protectInfo`
    ///
    /// *Documented in* `specs/baseanti/zh/jdclouddocs-cn/describeIpResourceProtectInfo.md` *line 1.*
    pub fn describe_ip_resource_protect_info(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        ip: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeIpResourceProtectInfo {
        DescribeIpResourceProtectInfo {
            config: self.config.clone(),
            region_id: region_id.into(),
            ip: ip.into(),
            limit: ::std::option::Option::None,
            start: ::std::option::Option::None,
        }
    }
    /// 查询区域下的公网IP资源列表
    ///
    /// `GET /v1/regions/{regionId}/ipResources`
    ///
    /// *Documented in* `specs/baseanti/zh/jdclouddocs-cn/describeIpResources.md` *line 1.*
    pub fn describe_ip_resources(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeIpResources {
        DescribeIpResources {
            config: self.config.clone(),
            region_id: region_id.into(),
            ip: ::std::option::Option::None,
        }
    }
    /// 设置公网IP的清洗阈值
    ///
    /// `POST /v1/regions/{regionId}/ipResources/{ip}:setCleanThreshold`
    ///
    /// *Documented in* `specs/baseanti/zh/jdclouddocs-cn/setCleanThreshold.md` *line 1.*
    pub fn set_clean_threshold(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        ip: impl ::std::convert::Into<::std::string::String>,
        clean_threshold_spec: impl ::std::convert::Into<CleanThresholdSpec>,
    ) -> SetCleanThreshold {
        SetCleanThreshold {
            config: self.config.clone(),
            region_id: region_id.into(),
            ip: ip.into(),
            clean_threshold_spec: clean_threshold_spec.into(),
        }
    }
}
/// Request builder of `describeIpResourceFlow`, made by [`Client::describe_ip_resource_flow`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeIpResourceFlow {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    ip: ::std::string::String,
    end_time: ::std::option::Option<::std::string::String>,
}
impl DescribeIpResourceFlow {
    /// `endTime`: 查询的结束时间，UTC时间，格式：yyyy-MM-dd'T'HH:mm:ssZ
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.ip.to_string();
        if let ::std::option::Option::Some(value) = &self.end_time {
            crate::runtime::push_query(&mut query, "endTime", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/ipResources/{ip}/monitorFlow",
            &[("regionId", path_0.as_str()), ("ip", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "baseanti", "v1", path)
                .with_operation("describeIpResourceFlow");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeIpResourceFlowResult>,
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
        crate::runtime::Response<DescribeIpResourceFlowResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeIpResourceFlow` lists. Read one from a service error with [`DescribeIpResourceFlowErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeIpResourceFlowErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DescribeIpResourceFlowErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeIpResourceInfo`, made by [`Client::describe_ip_resource_info`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeIpResourceInfo {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    ip: ::std::string::String,
}
impl DescribeIpResourceInfo {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.ip.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/ipResources/{ip}",
            &[("regionId", path_0.as_str()), ("ip", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "baseanti", "v1", path)
                .with_operation("describeIpResourceInfo");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeIpResourceInfoResult>,
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
        crate::runtime::Response<DescribeIpResourceInfoResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeIpResourceInfo` lists. Read one from a service error with [`DescribeIpResourceInfoErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeIpResourceInfoErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DescribeIpResourceInfoErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeIpResourceProtectInfo`, made by [`Client::describe_ip_resource_protect_info`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeIpResourceProtectInfo {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    ip: ::std::string::String,
    limit: ::std::option::Option<i32>,
    start: ::std::option::Option<i32>,
}
impl DescribeIpResourceProtectInfo {
    /// `limit`: 限制查询的记录数
    pub fn limit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.limit = ::std::option::Option::Some(value.into());
        self
    }
    /// `start`: 限制查询的开始范围
    pub fn start(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.start = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.ip.to_string();
        if let ::std::option::Option::Some(value) = &self.limit {
            crate::runtime::push_query(&mut query, "limit", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.start {
            crate::runtime::push_query(&mut query, "start", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/ipResources/{ip}/protectInfo",
            &[("regionId", path_0.as_str()), ("ip", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "baseanti", "v1", path)
                .with_operation("describeIpResourceProtectInfo");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeIpResourceProtectInfoResult>,
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
        crate::runtime::Response<DescribeIpResourceProtectInfoResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeIpResourceProtectInfo` lists. Read one from a service error with [`DescribeIpResourceProtectInfoErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeIpResourceProtectInfoErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DescribeIpResourceProtectInfoErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeIpResources`, made by [`Client::describe_ip_resources`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeIpResources {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    ip: ::std::option::Option<::std::string::String>,
}
impl DescribeIpResources {
    /// `ip`: IP模糊匹配
    pub fn ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ip = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.ip {
            crate::runtime::push_query(&mut query, "ip", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/ipResources",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "baseanti", "v1", path)
                .with_operation("describeIpResources");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeIpResourcesResult>,
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
        crate::runtime::Response<DescribeIpResourcesResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `setCleanThreshold`, made by [`Client::set_clean_threshold`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetCleanThreshold {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    ip: ::std::string::String,
    clean_threshold_spec: CleanThresholdSpec,
}
impl SetCleanThreshold {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.ip.to_string();
        body.member("cleanThresholdSpec", &self.clean_threshold_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/ipResources/{ip}:setCleanThreshold",
            &[("regionId", path_0.as_str()), ("ip", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "baseanti", "v1", path)
                .with_operation("setCleanThreshold");
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
/// The errors the documentation of `setCleanThreshold` lists. Read one from a service error with [`SetCleanThresholdErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SetCleanThresholdErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl SetCleanThresholdErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
