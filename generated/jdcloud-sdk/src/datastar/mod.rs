//! 知客相关API (`datastar`), `https://datastar.cn-south-1.jdcloud-api.com/v1`.
//!
//! 知客相关API
//!
//! Operations:
//!
//! - `getPackageId` — 根据设备ID查询人群包ID
//!
//! - `getProfile` — 根据deviceId查询对应用户的画像信息
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `datastar` service.
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
    /// 根据设备ID查询人群包ID
    ///
    /// `GET /v1/regions/{regionId}/dmp/getPackageId`
    ///
    /// *Documented in* `specs/datastar/zh/jdclouddocs-cn/getPackageId.md` *line 1.*
    pub fn get_package_id(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        device_ids: impl ::std::convert::Into<::std::string::String>,
    ) -> GetPackageId {
        GetPackageId {
            config: self.config.clone(),
            region_id: region_id.into(),
            device_ids: device_ids.into(),
        }
    }
    /// 根据deviceId查询对应用户的画像信息
    ///
    /// `GET /v1/regions/{regionId}/profile/getProfile`
    ///
    /// *Documented in* `specs/datastar/zh/jdclouddocs-cn/getProfile.md` *line 1.*
    pub fn get_profile(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        id: impl ::std::convert::Into<::std::string::String>,
        label_code: impl ::std::convert::Into<::std::string::String>,
        r#type: impl ::std::convert::Into<::std::string::String>,
    ) -> GetProfile {
        GetProfile {
            config: self.config.clone(),
            region_id: region_id.into(),
            id: id.into(),
            label_code: label_code.into(),
            r#type: r#type.into(),
        }
    }
}
/// Request builder of `getPackageId`, made by [`Client::get_package_id`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPackageId {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    device_ids: ::std::string::String,
}
impl GetPackageId {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "deviceIds", &self.device_ids)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/dmp/getPackageId",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "datastar", "v1", path)
                .with_operation("getPackageId");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetPackageIdResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetPackageIdResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getPackageId` lists. Read one from a service error with [`GetPackageIdErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetPackageIdErrorKind {
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl GetPackageIdErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `getProfile`, made by [`Client::get_profile`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetProfile {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    id: ::std::string::String,
    label_code: ::std::string::String,
    r#type: ::std::string::String,
}
impl GetProfile {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "id", &self.id)?;
        crate::runtime::push_query(&mut query, "labelCode", &self.label_code)?;
        crate::runtime::push_query(&mut query, "type", &self.r#type)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/profile/getProfile",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "datastar", "v1", path)
                .with_operation("getProfile");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetProfileResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetProfileResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getProfile` lists. Read one from a service error with [`GetProfileErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetProfileErrorKind {
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl GetProfileErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
