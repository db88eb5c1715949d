//! JCS for Kubernetes (`kubernetes`), `https://kubernetes.jdcloud-api.com/v1`.
//!
//! JCS for Kubernetes
//!
//! Operations:
//!
//! - `createNodeGroup` — Create working node group
//!
//! - `deleteNodeInstances` — Delete specified instances from working node group
//!
//! - `describeQuotas` — Search quota of JCS for Kubernetes
//!
//! - `describeVersions` — Search version information
//!
//! - `modifyCluster` — Modify name and description of the cluster.
//!
//! - `setAddons` — Set cluster Component
//!
//! - `setAutoUpgrade` — Set automatic upgrade
//!
//! - `setNodeGroupSize` — Adjust instance count of node group
//!
//! - `upgradeCluster` — Trigger upgrade
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `kubernetes` service.
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
    /// Create working node group
    ///
    /// - The cluster status is required to be running
    ///
    /// `POST /v1/regions/{regionId}/nodeGroups`
    ///
    /// *Documented in* `specs/kubernetes/en/jdcloudcom-en/createNodeGroup.md` *line 1.*
    #[allow(clippy::too_many_arguments)]
    pub fn create_node_group(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
        cluster_id: impl ::std::convert::Into<::std::string::String>,
        node_config: impl ::std::convert::Into<NodeConfigSpec>,
        initial_node_count: impl ::std::convert::Into<i32>,
        vpc_id: impl ::std::convert::Into<::std::string::String>,
        node_cidr: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateNodeGroup {
        CreateNodeGroup {
            config: self.config.clone(),
            region_id: region_id.into(),
            name: name.into(),
            description: ::std::option::Option::None,
            cluster_id: cluster_id.into(),
            node_config: node_config.into(),
            azs: ::std::option::Option::None,
            initial_node_count: initial_node_count.into(),
            vpc_id: vpc_id.into(),
            node_cidr: node_cidr.into(),
            auto_repair: ::std::option::Option::None,
            ca_config: ::std::option::Option::None,
        }
    }
    /// Delete specified instances from working node group
    ///
    /// `POST /v1/regions/{regionId}/nodeGroups/{nodeGroupId}:deleteNodeInstances`
    ///
    /// *Documented in* `specs/kubernetes/en/jdcloudcom-en/deleteNodeInstances.md` *line 1.*
    pub fn delete_node_instances(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        node_group_id: impl ::std::convert::Into<::std::string::String>,
        instance_ids: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> DeleteNodeInstances {
        DeleteNodeInstances {
            config: self.config.clone(),
            region_id: region_id.into(),
            node_group_id: node_group_id.into(),
            instance_ids: instance_ids.into(),
        }
    }
    /// Search quota of JCS for Kubernetes
    ///
    /// `GET /v1/regions/{regionId}/quotas`
    ///
    /// *Documented in* `specs/kubernetes/en/jdcloudcom-en/describeQuotas.md` *line 1.*
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
    /// Search version information
    ///
    /// `GET /v1/regions/{regionId}/versions`
    ///
    /// *Documented in* `specs/kubernetes/en/jdcloudcom-en/describeVersions.md` *line 1.*
    pub fn describe_versions(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeVersions {
        DescribeVersions {
            config: self.config.clone(),
            region_id: region_id.into(),
            master_version: ::std::option::Option::None,
        }
    }
    /// Modify name and description of the cluster.
    ///
    /// `PATCH /v1/regions/{regionId}/clusters/{clusterId}`
    ///
    /// *Documented in* `specs/kubernetes/en/jdcloudcom-en/modifyCluster.md` *line 1.*
    pub fn modify_cluster(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        cluster_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyCluster {
        ModifyCluster {
            config: self.config.clone(),
            region_id: region_id.into(),
            cluster_id: cluster_id.into(),
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
        }
    }
    /// Set cluster Component
    ///
    /// `POST /v1/regions/{regionId}/clusters/{clusterId}:setAddons`
    ///
    /// *Documented in* `specs/kubernetes/en/jdcloudcom-en/setAddons.md` *line 1.*
    pub fn set_addons(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        cluster_id: impl ::std::convert::Into<::std::string::String>,
        addons_config: impl ::std::convert::Into<::std::vec::Vec<AddonConfigSpec>>,
    ) -> SetAddons {
        SetAddons {
            config: self.config.clone(),
            region_id: region_id.into(),
            cluster_id: cluster_id.into(),
            addons_config: addons_config.into(),
        }
    }
    /// Set automatic upgrade
    ///
    /// `POST /v1/regions/{regionId}/clusters/{clusterId}:setAutoUpgrade`
    ///
    /// *Documented in* `specs/kubernetes/en/jdcloudcom-en/setAutoUpgrade.md` *line 1.*
    pub fn set_auto_upgrade(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        cluster_id: impl ::std::convert::Into<::std::string::String>,
        auto_upgrade: impl ::std::convert::Into<bool>,
    ) -> SetAutoUpgrade {
        SetAutoUpgrade {
            config: self.config.clone(),
            region_id: region_id.into(),
            cluster_id: cluster_id.into(),
            auto_upgrade: auto_upgrade.into(),
            maintenance_window: ::std::option::Option::None,
        }
    }
    /// Adjust instance count of node group
    ///
    /// `POST /v1/regions/{regionId}/nodeGroups/{nodeGroupId}:setNodeGroupSize`
    ///
    /// *Documented in* `specs/kubernetes/en/jdcloudcom-en/setNodeGroupSize.md` *line 1.*
    pub fn set_node_group_size(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        node_group_id: impl ::std::convert::Into<::std::string::String>,
        expect_count: impl ::std::convert::Into<i32>,
    ) -> SetNodeGroupSize {
        SetNodeGroupSize {
            config: self.config.clone(),
            region_id: region_id.into(),
            node_group_id: node_group_id.into(),
            expect_count: expect_count.into(),
        }
    }
    /// Trigger upgrade
    ///
    /// `POST /v1/regions/{regionId}/clusters/{clusterId}:upgradeCluster`
    ///
    /// *Documented in* `specs/kubernetes/en/jdcloudcom-en/upgradeCluster.md` *line 1.*
    pub fn upgrade_cluster(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        cluster_id: impl ::std::convert::Into<::std::string::String>,
        scope: impl ::std::convert::Into<::std::string::String>,
        version: impl ::std::convert::Into<::std::string::String>,
    ) -> UpgradeCluster {
        UpgradeCluster {
            config: self.config.clone(),
            region_id: region_id.into(),
            cluster_id: cluster_id.into(),
            scope: scope.into(),
            node_group_ids: ::std::option::Option::None,
            version: version.into(),
        }
    }
}
/// Request builder of `createNodeGroup`, made by [`Client::create_node_group`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateNodeGroup {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    name: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    cluster_id: ::std::string::String,
    node_config: NodeConfigSpec,
    azs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    initial_node_count: i32,
    vpc_id: ::std::string::String,
    node_cidr: ::std::string::String,
    auto_repair: ::std::option::Option<bool>,
    ca_config: ::std::option::Option<CaConfigSpec>,
}
impl CreateNodeGroup {
    /// `description`: Description
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// `azs`: az in Working Node Group must be subset of cluster az, and cluster az is set by default
    pub fn azs(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.azs = ::std::option::Option::Some(value.into());
        self
    }
    /// `autoRepair`: Whether to enable automatic repair of working node group, disable is set by default
    pub fn auto_repair(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_repair = ::std::option::Option::Some(value.into());
        self
    }
    /// `caConfig`: Auto-Scaling Configuration
    pub fn ca_config(mut self, value: impl ::std::convert::Into<CaConfigSpec>) -> Self {
        self.ca_config = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("name", &self.name)?;
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        body.member("clusterId", &self.cluster_id)?;
        body.member("nodeConfig", &self.node_config)?;
        if let ::std::option::Option::Some(value) = &self.azs {
            body.member("azs", value)?;
        }
        body.member("initialNodeCount", &self.initial_node_count)?;
        body.member("vpcId", &self.vpc_id)?;
        body.member("nodeCidr", &self.node_cidr)?;
        if let ::std::option::Option::Some(value) = &self.auto_repair {
            body.member("autoRepair", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.ca_config {
            body.member("caConfig", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/nodeGroups",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "kubernetes", "v1", path)
                .with_operation("createNodeGroup");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateNodeGroupResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateNodeGroupResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createNodeGroup` lists. Read one from a service error with [`CreateNodeGroupErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateNodeGroupErrorKind {
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
    /// HTTP 429.
    ///
    /// - Quota exceeded
    TooManyRequests = 429,
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
impl CreateNodeGroupErrorKind {
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
            429u16 => Self::TooManyRequests,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteNodeInstances`, made by [`Client::delete_node_instances`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNodeInstances {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    node_group_id: ::std::string::String,
    instance_ids: ::std::vec::Vec<::std::string::String>,
}
impl DeleteNodeInstances {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.node_group_id.to_string();
        body.member("instanceIds", &self.instance_ids)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/nodeGroups/{nodeGroupId}:deleteNodeInstances",
            &[
                ("regionId", path_0.as_str()),
                ("nodeGroupId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "kubernetes", "v1", path)
                .with_operation("deleteNodeInstances");
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
/// The errors the documentation of `deleteNodeInstances` lists. Read one from a service error with [`DeleteNodeInstancesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteNodeInstancesErrorKind {
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
impl DeleteNodeInstancesErrorKind {
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
    /// `filters`: resourceTypes - Resource type, and currently it only supports \[kubernetes\]
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
            crate::runtime::Request::new(crate::runtime::Method::GET, "kubernetes", "v1", path)
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
    /// HTTP 429.
    ///
    /// - Quota exceeded
    TooManyRequests = 429,
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
            429u16 => Self::TooManyRequests,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeVersions`, made by [`Client::describe_versions`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeVersions {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    master_version: ::std::option::Option<::std::string::String>,
}
impl DescribeVersions {
    /// `masterVersion`: Big version of cluster, such as 1.12.4-jcs.1
    pub fn master_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.master_version = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.master_version {
            crate::runtime::push_query(&mut query, "masterVersion", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/versions",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "kubernetes", "v1", path)
                .with_operation("describeVersions");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeVersionsResult>,
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
        crate::runtime::Response<DescribeVersionsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeVersions` lists. Read one from a service error with [`DescribeVersionsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeVersionsErrorKind {
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
impl DescribeVersionsErrorKind {
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
/// Request builder of `modifyCluster`, made by [`Client::modify_cluster`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyCluster {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    cluster_id: ::std::string::String,
    name: ::std::option::Option<::std::string::String>,
    description: ::std::option::Option<::std::string::String>,
}
impl ModifyCluster {
    /// `name`: Cluster Name
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// `description`: Either cluster name or description must be designated
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
        let path_1 = self.cluster_id.to_string();
        if let ::std::option::Option::Some(value) = &self.name {
            body.member("name", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/clusters/{clusterId}",
            &[
                ("regionId", path_0.as_str()),
                ("clusterId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "kubernetes", "v1", path)
                .with_operation("modifyCluster");
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
/// The errors the documentation of `modifyCluster` lists. Read one from a service error with [`ModifyClusterErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyClusterErrorKind {
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
impl ModifyClusterErrorKind {
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
/// Request builder of `setAddons`, made by [`Client::set_addons`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetAddons {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    cluster_id: ::std::string::String,
    addons_config: ::std::vec::Vec<AddonConfigSpec>,
}
impl SetAddons {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.cluster_id.to_string();
        body.member("addonsConfig", &self.addons_config)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/clusters/{clusterId}:setAddons",
            &[
                ("regionId", path_0.as_str()),
                ("clusterId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "kubernetes", "v1", path)
                .with_operation("setAddons");
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
/// The errors the documentation of `setAddons` lists. Read one from a service error with [`SetAddonsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SetAddonsErrorKind {
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
    /// HTTP 429.
    ///
    /// - Quota exceeded
    TooManyRequests = 429,
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
impl SetAddonsErrorKind {
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
            429u16 => Self::TooManyRequests,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `setAutoUpgrade`, made by [`Client::set_auto_upgrade`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetAutoUpgrade {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    cluster_id: ::std::string::String,
    auto_upgrade: bool,
    maintenance_window: ::std::option::Option<MaintenanceWindowSpec>,
}
impl SetAutoUpgrade {
    /// `maintenanceWindow`: Cluster maintenance policy must be configured when cluster automatic upgrade is enabled
    pub fn maintenance_window(
        mut self,
        value: impl ::std::convert::Into<MaintenanceWindowSpec>,
    ) -> Self {
        self.maintenance_window = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.cluster_id.to_string();
        body.member("autoUpgrade", &self.auto_upgrade)?;
        if let ::std::option::Option::Some(value) = &self.maintenance_window {
            body.member("maintenanceWindow", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/clusters/{clusterId}:setAutoUpgrade",
            &[
                ("regionId", path_0.as_str()),
                ("clusterId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "kubernetes", "v1", path)
                .with_operation("setAutoUpgrade");
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
/// The errors the documentation of `setAutoUpgrade` lists. Read one from a service error with [`SetAutoUpgradeErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SetAutoUpgradeErrorKind {
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
    /// HTTP 429.
    ///
    /// - Quota exceeded
    TooManyRequests = 429,
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
impl SetAutoUpgradeErrorKind {
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
            429u16 => Self::TooManyRequests,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `setNodeGroupSize`, made by [`Client::set_node_group_size`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetNodeGroupSize {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    node_group_id: ::std::string::String,
    expect_count: i32,
}
impl SetNodeGroupSize {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.node_group_id.to_string();
        body.member("expectCount", &self.expect_count)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/nodeGroups/{nodeGroupId}:setNodeGroupSize",
            &[
                ("regionId", path_0.as_str()),
                ("nodeGroupId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "kubernetes", "v1", path)
                .with_operation("setNodeGroupSize");
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
/// The errors the documentation of `setNodeGroupSize` lists. Read one from a service error with [`SetNodeGroupSizeErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SetNodeGroupSizeErrorKind {
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
    /// HTTP 429.
    ///
    /// - Quota exceeded
    TooManyRequests = 429,
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
impl SetNodeGroupSizeErrorKind {
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
            429u16 => Self::TooManyRequests,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `upgradeCluster`, made by [`Client::upgrade_cluster`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpgradeCluster {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    cluster_id: ::std::string::String,
    scope: ::std::string::String,
    node_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    version: ::std::string::String,
}
impl UpgradeCluster {
    /// `nodeGroupIds`: Node Group id
    pub fn node_group_ids(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.node_group_ids = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.cluster_id.to_string();
        body.member("scope", &self.scope)?;
        if let ::std::option::Option::Some(value) = &self.node_group_ids {
            body.member("nodeGroupIds", value)?;
        }
        body.member("version", &self.version)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/clusters/{clusterId}:upgradeCluster",
            &[
                ("regionId", path_0.as_str()),
                ("clusterId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "kubernetes", "v1", path)
                .with_operation("upgradeCluster");
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
/// The errors the documentation of `upgradeCluster` lists. Read one from a service error with [`UpgradeClusterErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UpgradeClusterErrorKind {
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
    /// HTTP 429.
    ///
    /// - Quota exceeded
    TooManyRequests = 429,
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
impl UpgradeClusterErrorKind {
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
            429u16 => Self::TooManyRequests,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
