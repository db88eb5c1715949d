//! Availability Group (`ag`), `https://ag.jdcloud-api.com/v1`.
//!
//! Availability Group APIs
//!
//! Operations:
//!
//! - `abandonInstances` — Remove instance from availability group
//!
//! - `createAg` — Create an availability group
//!
//! - `deleteAg` — Delete Availability Group based on id and please make sure that all VM Instances of AG are deleted
//!
//! - `describeAgs` — Search one or more availability groups with filter conditions
//!
//! - `describeQuotas` — Search (ag) quota
//!
//! - `updateAg` — Modify information of an availability group
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `ag` service.
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
    /// Remove instance from availability group
    ///
    /// `POST /v1/regions/{regionId}/availabilityGroups/{agId}:abandonInstances`
    ///
    /// *Documented in* `specs/ag/en/jdcloudcom-en/abandonInstances.md` *line 1.*
    pub fn abandon_instances(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        ag_id: impl ::std::convert::Into<::std::string::String>,
        instance_ids: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> AbandonInstances {
        AbandonInstances {
            config: self.config.clone(),
            region_id: region_id.into(),
            ag_id: ag_id.into(),
            instance_ids: instance_ids.into(),
        }
    }
    /// Create an availability group
    ///
    /// `POST /v1/regions/{regionId}/availabilityGroups`
    ///
    /// *Documented in* `specs/ag/en/jdcloudcom-en/createAg.md` *line 1.*
    pub fn create_ag(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        azs: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        ag_name: impl ::std::convert::Into<::std::string::String>,
        instance_template_id: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateAg {
        CreateAg {
            config: self.config.clone(),
            region_id: region_id.into(),
            azs: azs.into(),
            ag_name: ag_name.into(),
            ag_type: ::std::option::Option::None,
            instance_template_id: instance_template_id.into(),
            description: ::std::option::Option::None,
        }
    }
    /// Delete Availability Group based on id and please make sure that all VM Instances of AG are deleted
    ///
    /// `DELETE /v1/regions/{regionId}/availabilityGroups/{agId}`
    ///
    /// *Documented in* `specs/ag/en/jdcloudcom-en/deleteAg.md` *line 1.*
    pub fn delete_ag(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        ag_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteAg {
        DeleteAg {
            config: self.config.clone(),
            region_id: region_id.into(),
            ag_id: ag_id.into(),
        }
    }
    /// Search one or more availability groups with filter conditions
    ///
    /// `GET /v1/regions/{regionId}/availabilityGroups`
    ///
    /// *Documented in* `specs/ag/en/jdcloudcom-en/describeAgs.md` *line 1.*
    pub fn describe_ags(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeAgs {
        DescribeAgs {
            config: self.config.clone(),
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            filters: ::std::option::Option::None,
        }
    }
    /// Search (ag) quota
    ///
    /// `GET /v1/regions/{regionId}/quotas`
    ///
    /// *Documented in* `specs/ag/en/jdcloudcom-en/describeQuotas.md` *line 1.*
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
    /// Modify information of an availability group
    ///
    /// `PATCH /v1/regions/{regionId}/availabilityGroups/{agId}`
    ///
    /// *Documented in* `specs/ag/en/jdcloudcom-en/updateAg.md` *line 1.*
    pub fn update_ag(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        ag_id: impl ::std::convert::Into<::std::string::String>,
    ) -> UpdateAg {
        UpdateAg {
            config: self.config.clone(),
            region_id: region_id.into(),
            ag_id: ag_id.into(),
            description: ::std::option::Option::None,
            name: ::std::option::Option::None,
        }
    }
}
/// Request builder of `abandonInstances`, made by [`Client::abandon_instances`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AbandonInstances {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    ag_id: ::std::string::String,
    instance_ids: ::std::vec::Vec<::std::string::String>,
}
impl AbandonInstances {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.ag_id.to_string();
        body.member("instanceIds", &self.instance_ids)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/availabilityGroups/{agId}:abandonInstances",
            &[("regionId", path_0.as_str()), ("agId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ag", "v1", path)
                .with_operation("abandonInstances");
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
/// The errors the documentation of `abandonInstances` lists. Read one from a service error with [`AbandonInstancesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AbandonInstancesErrorKind {
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
impl AbandonInstancesErrorKind {
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
/// Request builder of `createAg`, made by [`Client::create_ag`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAg {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    azs: ::std::vec::Vec<::std::string::String>,
    ag_name: ::std::string::String,
    ag_type: ::std::option::Option<::std::string::String>,
    instance_template_id: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
}
impl CreateAg {
    /// `agType`: Availability Group type, supporting vm
    pub fn ag_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ag_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `description`: Description, cannot exceed 256 characters in length
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
        body.member("azs", &self.azs)?;
        body.member("agName", &self.ag_name)?;
        if let ::std::option::Option::Some(value) = &self.ag_type {
            body.member("agType", value)?;
        }
        body.member("instanceTemplateId", &self.instance_template_id)?;
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/availabilityGroups",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ag", "v1", path)
                .with_operation("createAg");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateAgResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateAgResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createAg` lists. Read one from a service error with [`CreateAgErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateAgErrorKind {
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
impl CreateAgErrorKind {
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
/// Request builder of `deleteAg`, made by [`Client::delete_ag`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAg {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    ag_id: ::std::string::String,
}
impl DeleteAg {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.ag_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/availabilityGroups/{agId}",
            &[("regionId", path_0.as_str()), ("agId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "ag", "v1", path)
                .with_operation("deleteAg");
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
/// The errors the documentation of `deleteAg` lists. Read one from a service error with [`DeleteAgErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteAgErrorKind {
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
impl DeleteAgErrorKind {
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
/// Request builder of `describeAgs`, made by [`Client::describe_ags`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeAgs {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
}
impl DescribeAgs {
    /// `pageNumber`: Page Number; 1 by Default
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: Page size; it is 20 by default; value range\[10, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `filters`: agName - ag name, supporting fuzzy match
    ///
    /// agId - ag id, exact match
    ///
    /// instanceTemplateId - instance template id, exact match
    ///
    /// vpcId - vpc id, exact match
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
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/availabilityGroups",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ag", "v1", path)
                .with_operation("describeAgs");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeAgsResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeAgsResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
    /// All `ags` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<
        Item = ::std::result::Result<AvailabilityGroup, crate::runtime::Error>,
    > {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.ags.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeAgs` lists. Read one from a service error with [`DescribeAgsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeAgsErrorKind {
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
impl DescribeAgsErrorKind {
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
/// Request builder of `describeQuotas`, made by [`Client::describe_quotas`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeQuotas {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
}
impl DescribeQuotas {
    /// `filters`: resourceTypes - Resource type, currently supporting \[ag\]
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
            crate::runtime::Request::new(crate::runtime::Method::GET, "ag", "v1", path)
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
/// Request builder of `updateAg`, made by [`Client::update_ag`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAg {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    ag_id: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    name: ::std::option::Option<::std::string::String>,
}
impl UpdateAg {
    /// `description`: Description, cannot exceed 256 characters in length
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// `name`: Name of Availability Group, only supporting Chinese characters, numbers, uppercase and lowercase letters, English underline "_" and line-through "-", and cannot exceed 32 characters
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.ag_id.to_string();
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.name {
            body.member("name", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/availabilityGroups/{agId}",
            &[("regionId", path_0.as_str()), ("agId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "ag", "v1", path)
                .with_operation("updateAg");
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
/// The errors the documentation of `updateAg` lists. Read one from a service error with [`UpdateAgErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpdateAgErrorKind {
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
impl UpdateAgErrorKind {
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
