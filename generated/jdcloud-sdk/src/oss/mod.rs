//! Object Storage Service APIs (`oss`), `https://oss.jdcloud-api.com/v1`.
//!
//! Object Storage Service APIs, mainly include query Bucket list, create Bucket, delete Bucket and query whether Bucket exists or not. For more APIs, see: <https://docs.jdcloud.com/cn/object-storage-service/compatibility-api-overview>
//!
//! Operations:
//!
//! - `deleteBucket` — Delete a bucket
//!
//! - `headBucket` — Query whether bucket exists or not
//!
//! - `listBuckets` — List all bucket of current user
//!
//! - `moveObject` — moveobject
//!
//! - `putBucket` — Create a bucket
//!
//! - `updateBucketMaxCount` — Update bucket maximum
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `oss` service.
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
    /// Delete a bucket
    ///
    /// `DELETE /v1/regions/{regionId}/buckets/{bucketname}`
    ///
    /// **中文**
    ///
    /// 删除一个bucket
    ///
    /// *Documented in* `specs/oss/en/jdcloudcom-en/deleteBucket.md` *line 1.*
    pub fn delete_bucket(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        bucketname: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteBucket {
        DeleteBucket {
            config: self.config.clone(),
            region_id: region_id.into(),
            bucketname: bucketname.into(),
        }
    }
    /// Query whether bucket exists or not
    ///
    /// `HEAD /v1/regions/{regionId}/buckets/{bucketname}`
    ///
    /// **中文**
    ///
    /// 查询bucket是否存在
    ///
    /// *Documented in* `specs/oss/en/jdcloudcom-en/headBucket.md` *line 1.*
    pub fn head_bucket(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        bucketname: impl ::std::convert::Into<::std::string::String>,
    ) -> HeadBucket {
        HeadBucket {
            config: self.config.clone(),
            region_id: region_id.into(),
            bucketname: bucketname.into(),
        }
    }
    /// List all bucket of current user
    ///
    /// `GET /v1/regions/{regionId}/buckets`
    ///
    /// **中文**
    ///
    /// 列出当前用户的所有bucket
    ///
    /// *Documented in* `specs/oss/en/jdcloudcom-en/listBuckets.md` *line 1.*
    pub fn list_buckets(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ListBuckets {
        ListBuckets {
            config: self.config.clone(),
            region_id: region_id.into(),
        }
    }
    /// moveobject
    ///
    /// `PUT /v1/regions/{regionId}/buckets/{bucketname}/objectkey/{objectkey}`
    ///
    /// *Documented in* `specs/oss/en/jdcloudcom-en/moveObject.md` *line 1.*
    pub fn move_object(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        bucketname: impl ::std::convert::Into<::std::string::String>,
        objectkey: impl ::std::convert::Into<::std::string::String>,
        x_jss_move_source: impl ::std::convert::Into<::std::string::String>,
    ) -> MoveObject {
        MoveObject {
            config: self.config.clone(),
            region_id: region_id.into(),
            bucketname: bucketname.into(),
            objectkey: objectkey.into(),
            x_jss_move_source: x_jss_move_source.into(),
        }
    }
    /// Create a bucket
    ///
    /// `PUT /v1/regions/{regionId}/buckets/{bucketname}`
    ///
    /// **中文**
    ///
    /// 创建bucket
    ///
    /// *Documented in* `specs/oss/en/jdcloudcom-en/putBucket.md` *line 1.*
    pub fn put_bucket(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        bucketname: impl ::std::convert::Into<::std::string::String>,
    ) -> PutBucket {
        PutBucket {
            config: self.config.clone(),
            region_id: region_id.into(),
            bucketname: bucketname.into(),
        }
    }
    /// Update bucket maximum
    ///
    /// `POST /v1/regions/{regionId}/`
    ///
    /// *Documented in* `specs/oss/zh/jdcloudcom-en/updateBucketMaxCount.md` *line 1.*
    pub fn update_bucket_max_count(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        bucketmaxcount: impl ::std::convert::Into<i32>,
        userpin: impl ::std::convert::Into<::std::string::String>,
    ) -> UpdateBucketMaxCount {
        UpdateBucketMaxCount {
            config: self.config.clone(),
            region_id: region_id.into(),
            bucketmaxcount: bucketmaxcount.into(),
            userpin: userpin.into(),
        }
    }
}
/// Request builder of `deleteBucket`, made by [`Client::delete_bucket`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteBucket {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    bucketname: ::std::string::String,
}
impl DeleteBucket {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.bucketname.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/buckets/{bucketname}",
            &[
                ("regionId", path_0.as_str()),
                ("bucketname", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "oss", "v1", path)
                .with_operation("deleteBucket");
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
/// The errors the documentation of `deleteBucket` lists. Read one from a service error with [`DeleteBucketErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteBucketErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid Argument
    BadRequest = 400,
    /// HTTP 403.
    ///
    /// - Access Denied
    Forbidden = 403,
    /// HTTP 404.
    ///
    /// - The specified bucket does not exist.
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DeleteBucketErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            403u16 => Self::Forbidden,
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `headBucket`, made by [`Client::head_bucket`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct HeadBucket {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    bucketname: ::std::string::String,
}
impl HeadBucket {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.bucketname.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/buckets/{bucketname}",
            &[
                ("regionId", path_0.as_str()),
                ("bucketname", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::HEAD, "oss", "v1", path)
                .with_operation("headBucket");
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
/// The errors the documentation of `headBucket` lists. Read one from a service error with [`HeadBucketErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HeadBucketErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid Argument
    BadRequest = 400,
    /// HTTP 403.
    ///
    /// - Access Denied
    Forbidden = 403,
    /// HTTP 404.
    ///
    /// - The specified bucket does not exist.
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl HeadBucketErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            403u16 => Self::Forbidden,
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `listBuckets`, made by [`Client::list_buckets`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListBuckets {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
}
impl ListBuckets {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/buckets",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "oss", "v1", path)
                .with_operation("listBuckets");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<ListBucketsResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<ListBucketsResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `listBuckets` lists. Read one from a service error with [`ListBucketsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ListBucketsErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid Argument
    BadRequest = 400,
    /// HTTP 403.
    ///
    /// - Access Denied
    Forbidden = 403,
    /// Any other error.
    Other = 0,
}
impl ListBucketsErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            403u16 => Self::Forbidden,
            _ => Self::Other,
        }
    }
}
/// Request builder of `moveObject`, made by [`Client::move_object`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct MoveObject {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    bucketname: ::std::string::String,
    objectkey: ::std::string::String,
    x_jss_move_source: ::std::string::String,
}
impl MoveObject {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
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
        let path_1 = self.bucketname.to_string();
        let path_2 = self.objectkey.to_string();
        headers.push(("x-jss-move-source", header_text(&self.x_jss_move_source)?));
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/buckets/{bucketname}/objectkey/{objectkey}",
            &[
                ("regionId", path_0.as_str()),
                ("bucketname", path_1.as_str()),
                ("objectkey", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PUT, "oss", "v1", path)
                .with_operation("moveObject");
        for (name, value) in &headers {
            request = request.with_header_param(name, value);
        }
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<MoveObjectResponse>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<MoveObjectResponse>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `moveObject` lists. Read one from a service error with [`MoveObjectErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MoveObjectErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid Argument
    BadRequest = 400,
    /// HTTP 403.
    ///
    /// - Access Denied
    Forbidden = 403,
    /// HTTP 404.
    ///
    /// - The specified bucket does not exist.
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl MoveObjectErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            403u16 => Self::Forbidden,
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `putBucket`, made by [`Client::put_bucket`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutBucket {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    bucketname: ::std::string::String,
}
impl PutBucket {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.bucketname.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/buckets/{bucketname}",
            &[
                ("regionId", path_0.as_str()),
                ("bucketname", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PUT, "oss", "v1", path)
                .with_operation("putBucket");
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
/// The errors the documentation of `putBucket` lists. Read one from a service error with [`PutBucketErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PutBucketErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid Argument
    BadRequest = 400,
    /// HTTP 403.
    ///
    /// - Access Denied
    Forbidden = 403,
    /// HTTP 409.
    ///
    /// - The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.
    Conflict = 409,
    /// Any other error.
    Other = 0,
}
impl PutBucketErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            403u16 => Self::Forbidden,
            409u16 => Self::Conflict,
            _ => Self::Other,
        }
    }
}
/// Request builder of `updateBucketMaxCount`, made by [`Client::update_bucket_max_count`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateBucketMaxCount {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    bucketmaxcount: i32,
    userpin: ::std::string::String,
}
impl UpdateBucketMaxCount {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("bucketmaxcount", &self.bucketmaxcount)?;
        body.member("userpin", &self.userpin)?;
        let path =
            crate::runtime::fill_path("/regions/{regionId}/", &[("regionId", path_0.as_str())])?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "oss", "v1", path)
                .with_operation("updateBucketMaxCount");
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
/// The errors the documentation of `updateBucketMaxCount` lists. Read one from a service error with [`UpdateBucketMaxCountErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateBucketMaxCountErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid Argument
    BadRequest = 400,
    /// HTTP 403.
    ///
    /// - Access Denied
    Forbidden = 403,
    /// Any other error.
    Other = 0,
}
impl UpdateBucketMaxCountErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            403u16 => Self::Forbidden,
            _ => Self::Other,
        }
    }
}
