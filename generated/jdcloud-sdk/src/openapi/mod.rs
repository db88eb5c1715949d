//! cr (`openapi`), `https://openapi.cr.jdcloud.com/v1`.
//!
//! 容器镜像仓库服务
//!
//! Operations:
//!
//! - `checkRegistryName` — 查询指定注册表名称是否已经存在以及是否符合命名规范。
//!
//! - `createRegistry` — 通过参数创建注册表。
//!
//! - `createRepository` — 通过参数创建镜像仓库。
//!
//! - `describeImages` — 返回指定repository中images的元数据，包括image size, image tags和creation date。
//!
//! - `describeQuotas` — 查询配额
//!
//! - `getAuthorizationToken` — 申请12小时有效期的令牌。
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `openapi` service.
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
    /// 查询指定注册表名称是否已经存在以及是否符合命名规范。
    ///
    /// `POST /v1/regions/{regionId}/registries:checkRegistryName`
    ///
    /// *Documented in* `specs/openapi/zh/jdclouddocs-cn/checkRegistryName.md` *line 1.*
    pub fn check_registry_name(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        registry_name: impl ::std::convert::Into<::std::string::String>,
    ) -> CheckRegistryName {
        CheckRegistryName {
            config: self.config.clone(),
            region_id: region_id.into(),
            registry_name: registry_name.into(),
        }
    }
    /// 通过参数创建注册表。
    ///
    /// `POST /v1/regions/{regionId}/registries`
    ///
    /// *Documented in* `specs/openapi/zh/jdclouddocs-cn/createRegistry.md` *line 1.*
    pub fn create_registry(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        registry_name: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateRegistry {
        CreateRegistry {
            config: self.config.clone(),
            region_id: region_id.into(),
            description: ::std::option::Option::None,
            registry_name: registry_name.into(),
        }
    }
    /// 通过参数创建镜像仓库。
    ///
    /// 仓库名称可以分解为多个路径名，每个名称必须至少包含一个小写字母数字，考虑URL规范。
    ///
    /// 支持包含段划线或者下划线进行分割，但不允许点'.'，多个路径名之间通过("/")连接，总长度不超过256个字符，当前只支持二级目录。
    ///
    /// `POST /v1/regions/{regionId}/registries/{registryName}/repositories`
    ///
    /// *Documented in* `specs/openapi/zh/jdclouddocs-cn/createRepository.md` *line 1.*
    pub fn create_repository(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        registry_name: impl ::std::convert::Into<::std::string::String>,
        repository_name: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateRepository {
        CreateRepository {
            config: self.config.clone(),
            region_id: region_id.into(),
            registry_name: registry_name.into(),
            description: ::std::option::Option::None,
            repository_name: repository_name.into(),
        }
    }
    /// 返回指定repository中images的元数据，包括image size, image tags和creation date。
    ///
    /// `GET /v1/regions/{regionId}/images`
    ///
    /// *Documented in* `specs/openapi/zh/jdclouddocs-cn/describeImages.md` *line 1.*
    pub fn describe_images(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeImages {
        DescribeImages {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// 查询配额
    ///
    /// `GET /v1/regions/{regionId}/quotas`
    ///
    /// *Documented in* `specs/openapi/zh/jdclouddocs-cn/describeQuotas.md` *line 1.*
    pub fn describe_quotas(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeQuotas {
        DescribeQuotas {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
        }
    }
    /// 申请12小时有效期的令牌。 使用&lt;code&gt;docker&lt;/code&gt; CLI push和pull镜像。
    ///
    /// &lt;code&gt;authorizationToken&lt;/code&gt;为每个registry返回一个base64编码的字符串，解码后&lt;code&gt;docker login&lt;/code&gt;命令
    ///
    /// 可完成指定registry的鉴权。JCR CLI提供&lt;code&gt;jcr get-login&lt;/code&gt;进行认证处理。
    ///
    /// `POST /v1/regions/{regionId}/registries/{registryName}:getAuthorizationToken`
    ///
    /// *Documented in* `specs/openapi/zh/jdclouddocs-cn/getAuthorizationToken.md` *line 1.*
    pub fn get_authorization_token(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        registry_name: impl ::std::convert::Into<::std::string::String>,
    ) -> GetAuthorizationToken {
        GetAuthorizationToken {
            config: self.config.clone(),
            region_id: region_id.into(),
            registry_name: registry_name.into(),
            expired_after_hours: ::std::option::Option::None,
        }
    }
}
/// Request builder of `checkRegistryName`, made by [`Client::check_registry_name`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CheckRegistryName {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    registry_name: ::std::string::String,
}
impl CheckRegistryName {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("registryName", &self.registry_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/registries:checkRegistryName",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "openapi", "v1", path)
                .with_operation("checkRegistryName");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CheckRegistryNameResult>,
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
        crate::runtime::Response<CheckRegistryNameResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `checkRegistryName` lists. Read one from a service error with [`CheckRegistryNameErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CheckRegistryNameErrorKind {
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
impl CheckRegistryNameErrorKind {
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
/// Request builder of `createRegistry`, made by [`Client::create_registry`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateRegistry {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    registry_name: ::std::string::String,
}
impl CreateRegistry {
    /// `description`: 注册表描述，[参考公共参数规范](https://www.jdcloud.com/help/detail/3870/isCatalog/1)。
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        body.member("registryName", &self.registry_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/registries",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "openapi", "v1", path)
                .with_operation("createRegistry");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateRegistryResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateRegistryResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createRegistry` lists. Read one from a service error with [`CreateRegistryErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateRegistryErrorKind {
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
impl CreateRegistryErrorKind {
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
/// Request builder of `createRepository`, made by [`Client::create_repository`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateRepository {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    registry_name: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    repository_name: ::std::string::String,
}
impl CreateRepository {
    /// `description`: 注册表描述，[参考公共参数规范](https://www.jdcloud.com/help/detail/3870/isCatalog/1)。
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.registry_name.to_string();
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        body.member("repositoryName", &self.repository_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/registries/{registryName}/repositories",
            &[
                ("regionId", path_0.as_str()),
                ("registryName", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "openapi", "v1", path)
                .with_operation("createRepository");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateRepositoryResult>,
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
        crate::runtime::Response<CreateRepositoryResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createRepository` lists. Read one from a service error with [`CreateRepositoryErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateRepositoryErrorKind {
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
impl CreateRepositoryErrorKind {
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
/// Request builder of `describeImages`, made by [`Client::describe_images`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeImages {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeImages {
    /// `filters`: registryName - 镜像仓储名称
    ///
    /// repositoryName - 镜像库名称
    ///
    /// imageDigest - 镜像哈希值
    ///
    /// imageTag - 镜像标签
    ///
    /// tagStatus - 打标TAGGED或没打标UNTAGGED
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: 页码；默认为1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小；默认为20；取值范围\[10, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/images",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "openapi", "v1", path)
                .with_operation("describeImages");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeImagesResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeImagesResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
    /// All `imageDetails` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<ImageDetail, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.image_details.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeImages` lists. Read one from a service error with [`DescribeImagesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeImagesErrorKind {
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
impl DescribeImagesErrorKind {
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
/// Request builder of `describeQuotas`, made by [`Client::describe_quotas`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeQuotas {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
}
impl DescribeQuotas {
    /// `filters`: resourceTypes - 资源类型，暂时只支持 \[registry, repository\]，支持同时查询两种配额。
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/quotas",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "openapi", "v1", path)
                .with_operation("describeQuotas");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeQuotasResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeQuotasResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeQuotas` lists. Read one from a service error with [`DescribeQuotasErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeQuotasErrorKind {
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
impl DescribeQuotasErrorKind {
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
/// Request builder of `getAuthorizationToken`, made by [`Client::get_authorization_token`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAuthorizationToken {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    registry_name: ::std::string::String,
    expired_after_hours: ::std::option::Option<i32>,
}
impl GetAuthorizationToken {
    /// `expiredAfterHours`: issue新token的过期时间, 可选参数为新生成令牌的过期时间，最大值为24小时，最小值为1小时，为空则默认为12小时过期时间。
    pub fn expired_after_hours(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.expired_after_hours = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.registry_name.to_string();
        if let ::std::option::Option::Some(value) = &self.expired_after_hours {
            body.member("expiredAfterHours", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/registries/{registryName}:getAuthorizationToken",
            &[
                ("regionId", path_0.as_str()),
                ("registryName", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "openapi", "v1", path)
                .with_operation("getAuthorizationToken");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<GetAuthorizationTokenResult>,
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
        crate::runtime::Response<GetAuthorizationTokenResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getAuthorizationToken` lists. Read one from a service error with [`GetAuthorizationTokenErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetAuthorizationTokenErrorKind {
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
impl GetAuthorizationTokenErrorKind {
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
