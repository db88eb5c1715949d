//! 原生容器 (`nc`), `https://nc.jdcloud-api.com/v1`.
//!
//! 原生容器相关接口
//!
//! Operations:
//!
//! - `associateElasticIp` — 容器绑定弹性公网 IP，绑定的是主网卡、主内网IP对应的弹性IP.
//!
//! - `createContainers` — 创建一台或多台指定配置容器。
//!
//! - `createSecret` — 创建一个 secret，用于存放镜像仓库机密相关信息。
//!
//! - `deleteContainer` — 容器状态必须为 stopped、running 或 error状态。
//!
//! - `deleteSecret` — 删除单个 secret
//!
//! - `describeContainer` — 查询一台原生容器的详细信息
//!
//! - `describeContainers` — 批量查询原生容器的详细信息
//!
//! - `describeQuota` — 查询资源的配额，支持：原生容器 和 secret.
//!
//! - `describeSecret` — 查询单个 secret 详情
//!
//! - `describeSecrets` — 查询 secret 列表。
//!
//! - `disassociateElasticIp` — 容器解绑公网 IP，解绑的是主网卡、主内网 IP 对应的弹性 IP.
//!
//! - `getLogs` — 查询单个容器日志
//!
//! - `modifyContainerAttribute` — 修改容器的 名称 和 描述。
//!
//! - `startContainer` — 启动处于关闭状态的单个容器，处在任务执行中的容器无法启动。
//!
//! - `stopContainer` — 停止处于运行状态的单个实例，处于任务执行中的容器无法启动。
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `nc` service.
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
    /// 容器绑定弹性公网 IP，绑定的是主网卡、主内网IP对应的弹性IP.
    ///
    /// 一台云主机只能绑定一个弹性公网 IP(主网卡)，若主网卡已存在弹性公网IP，会返回错误。
    ///
    /// 如果是黑名单中的用户，会返回错误。
    ///
    /// `POST /v1/regions/{regionId}/containers/{containerId}:associateElasticIp`
    ///
    /// *Documented in* `specs/nc/zh/jdclouddocs-cn/associateElasticIp.md` *line 1.*
    pub fn associate_elastic_ip(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        container_id: impl ::std::convert::Into<::std::string::String>,
        elastic_ip_id: impl ::std::convert::Into<::std::string::String>,
    ) -> AssociateElasticIp {
        AssociateElasticIp {
            config: self.config.clone(),
            region_id: region_id.into(),
            container_id: container_id.into(),
            elastic_ip_id: elastic_ip_id.into(),
        }
    }
    /// 创建一台或多台指定配置容器。
    ///
    /// - 创建容器需要通过实名认证
    ///
    /// - 镜像
    ///
    /// - 容器的镜像通过镜像名称来确定
    ///
    /// - nginx:tag 或 mysql/mysql-server:tag 这样命名的镜像表示 docker hub 官方镜像
    ///
    /// - container-registry/image:tag 这样命名的镜像表示私有仓储的镜像
    ///
    /// - 私有仓储必须兼容 docker registry 认证机制，并通过 secret 来保存机密信息
    ///
    /// - hostname 规范
    ///
    /// - 支持两种方式：以标签方式书写或以完整主机名方式书写
    ///
    /// - 标签规范
    ///
    /// - 0-9，a-z(不分大小写)和 -（减号），其他的都是无效的字符串
    ///
    /// - 不能以减号开始，也不能以减号结尾
    ///
    /// - 最小1个字符，最大63个字符
    ///
    /// - 完整的主机名由一系列标签与点连接组成
    ///
    /// - 标签与标签之间使用“.”(点)进行连接
    ///
    /// - 不能以“.”(点)开始，也不能以“.”(点)结尾
    ///
    /// - 整个主机名（包括标签以及分隔点“.”）最多有63个ASCII字符
    ///
    /// - 网络配置
    ///
    /// - 指定主网卡配置信息
    ///
    /// - 必须指定一个子网
    ///
    /// - 一台云主机创建时必须指定一个安全组，至多指定 5 个安全组
    ///
    /// - 可以指定 elasticIp 规格来约束创建的弹性 IP，带宽取值范围 \[1-200\]Mbps，步进 1Mbps
    ///
    /// - 可以指定网卡的主 IP(primaryIpAddress)，该 IP 需要在子网 IP 范围内且未被占用，指定子网 IP 时 maxCount 只能为1
    ///
    /// - 安全组 securityGroup 需与子网 Subnet 在同一个私有网络 VPC 内
    ///
    /// - 主网卡 deviceIndex 设置为 1
    ///
    /// - 存储
    ///
    /// - volume 分为 root volume 和 data volume，root volume 的挂载目录是 /，data volume 的挂载目录可以随意指定
    ///
    /// - volume 的底层存储介质当前只支持 cloud 类别，也就是云硬盘
    ///
    /// - 系统盘
    ///
    /// - 云硬盘类型可以选择 ssd、premium-hdd
    ///
    /// - 磁盘大小
    ///
    /// - ssd：范围 \[10, 100\]GB，步长为 10G
    ///
    /// - premium-hdd：范围 \[20, 1000\]GB，步长为 10G
    ///
    /// - 自动删除
    ///
    /// - 云盘默认跟随容器实例自动删除，如果是包年包月的数据盘或共享型数据盘，此参数不生效
    ///
    /// - 可以选择已存在的云硬盘
    ///
    /// - 数据盘
    ///
    /// - 云硬盘类型可以选择 ssd、premium-hdd
    ///
    /// - 磁盘大小
    ///
    /// - ssd：范围\[20,1000\]GB，步长为10G
    ///
    /// - premium-hdd：范围\[20,3000\]GB，步长为10G
    ///
    /// - 自动删除
    ///
    /// - 默认自动删除
    ///
    /// - 可以选择已存在的云硬盘
    ///
    /// - 单个容器最多可以挂载 7 个 data volume
    ///
    /// - 计费
    ///
    /// - 弹性IP的计费模式，如果选择按用量类型可以单独设置，其它计费模式都以主机为准
    ///
    /// - 云硬盘的计费模式以主机为准
    ///
    /// - 容器日志
    ///
    /// - 默认在本地分配10MB的存储空间，自动 rotate
    ///
    /// - 其他
    ///
    /// - 创建完成后，容器状态为running
    ///
    /// - maxCount 为最大努力，不保证一定能达到 maxCount
    ///
    /// `POST /v1/regions/{regionId}/containers`
    ///
    /// *Documented in* `specs/nc/zh/jdclouddocs-cn/createContainers.md` *line 1.*
    pub fn create_containers(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateContainers {
        CreateContainers {
            config: self.config.clone(),
            region_id: region_id.into(),
            container_spec: ::std::option::Option::None,
            max_count: ::std::option::Option::None,
        }
    }
    /// 创建一个 secret，用于存放镜像仓库机密相关信息。
    ///
    /// `POST /v1/regions/{regionId}/secrets`
    ///
    /// *Documented in* `specs/nc/zh/jdclouddocs-cn/createSecret.md` *line 1.*
    pub fn create_secret(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
        secret_type: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateSecret {
        CreateSecret {
            config: self.config.clone(),
            region_id: region_id.into(),
            data: ::std::option::Option::None,
            name: name.into(),
            secret_type: secret_type.into(),
        }
    }
    /// 容器状态必须为 stopped、running 或 error状态。
    ///
    /// 按量付费的实例，如不主动删除将一直运行，不再使用的实例，可通过本接口主动停用。
    ///
    /// 只能支持主动删除按量计费类型的实例。包年包月过期的容器也可以删除，其它的情况还请发工单系统。计费状态异常的容器无法删除。
    ///
    /// `DELETE /v1/regions/{regionId}/containers/{containerId}`
    ///
    /// *Documented in* `specs/nc/zh/jdclouddocs-cn/deleteContainer.md` *line 1.*
    pub fn delete_container(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        container_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteContainer {
        DeleteContainer {
            config: self.config.clone(),
            region_id: region_id.into(),
            container_id: container_id.into(),
        }
    }
    /// 删除单个 secret
    ///
    /// `DELETE /v1/regions/{regionId}/secrets/{name}`
    ///
    /// *Documented in* `specs/nc/zh/jdclouddocs-cn/deleteSecret.md` *line 1.*
    pub fn delete_secret(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteSecret {
        DeleteSecret {
            config: self.config.clone(),
            region_id: region_id.into(),
            name: name.into(),
        }
    }
    /// 查询一台原生容器的详细信息
    ///
    /// `GET /v1/regions/{regionId}/containers/{containerId}`
    ///
    /// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeContainer.md` *line 1.*
    pub fn describe_container(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        container_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeContainer {
        DescribeContainer {
            config: self.config.clone(),
            region_id: region_id.into(),
            container_id: container_id.into(),
        }
    }
    /// 批量查询原生容器的详细信息
    ///
    /// 此接口支持分页查询，默认每页20条。
    ///
    /// `GET /v1/regions/{regionId}/containers`
    ///
    /// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeContainers.md` *line 1.*
    pub fn describe_containers(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeContainers {
        DescribeContainers {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// 查询资源的配额，支持：原生容器 和 secret.
    ///
    /// `GET /v1/regions/{regionId}/quotas`
    ///
    /// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeQuota.md` *line 1.*
    pub fn describe_quota(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        resource_type: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeQuota {
        DescribeQuota {
            config: self.config.clone(),
            region_id: region_id.into(),
            resource_type: resource_type.into(),
        }
    }
    /// 查询单个 secret 详情
    ///
    /// `GET /v1/regions/{regionId}/secrets/{name}`
    ///
    /// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeSecret.md` *line 1.*
    pub fn describe_secret(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeSecret {
        DescribeSecret {
            config: self.config.clone(),
            region_id: region_id.into(),
            name: name.into(),
        }
    }
    /// 查询 secret 列表。
    ///
    /// 此接口支持分页查询，默认每页20条。
    ///
    /// `GET /v1/regions/{regionId}/secrets`
    ///
    /// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeSecrets.md` *line 1.*
    pub fn describe_secrets(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeSecrets {
        DescribeSecrets {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// 容器解绑公网 IP，解绑的是主网卡、主内网 IP 对应的弹性 IP.
    ///
    /// `POST /v1/regions/{regionId}/containers/{containerId}:disassociateElasticIp`
    ///
    /// *Documented in* `specs/nc/zh/jdclouddocs-cn/disassociateElasticIp.md` *line 1.*
    pub fn disassociate_elastic_ip(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        container_id: impl ::std::convert::Into<::std::string::String>,
        elastic_ip_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DisassociateElasticIp {
        DisassociateElasticIp {
            config: self.config.clone(),
            region_id: region_id.into(),
            container_id: container_id.into(),
            elastic_ip_id: elastic_ip_id.into(),
        }
    }
    /// 查询单个容器日志
    ///
    /// `GET /v1/regions/{regionId}/containers/{containerId}:getLogs`
    ///
    /// *Documented in* `specs/nc/zh/jdclouddocs-cn/getLogs.md` *line 1.*
    pub fn get_logs(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        container_id: impl ::std::convert::Into<::std::string::String>,
    ) -> GetLogs {
        GetLogs {
            config: self.config.clone(),
            region_id: region_id.into(),
            container_id: container_id.into(),
            limit_bytes: ::std::option::Option::None,
            since_seconds: ::std::option::Option::None,
            tail_lines: ::std::option::Option::None,
        }
    }
    /// 修改容器的 名称 和 描述。
    ///
    /// `PATCH /v1/regions/{regionId}/containers/{containerId}:modifyContainerAttribute`
    ///
    /// *Documented in* `specs/nc/zh/jdclouddocs-cn/modifyContainerAttribute.md` *line 1.*
    pub fn modify_container_attribute(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        container_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyContainerAttribute {
        ModifyContainerAttribute {
            config: self.config.clone(),
            region_id: region_id.into(),
            container_id: container_id.into(),
            description: ::std::option::Option::None,
            name: ::std::option::Option::None,
        }
    }
    /// 启动处于关闭状态的单个容器，处在任务执行中的容器无法启动。
    ///
    /// 容器实例或其绑定的云盘已欠费时，容器将无法正常启动。
    ///
    /// `POST /v1/regions/{regionId}/containers/{containerId}:startContainer`
    ///
    /// *Documented in* `specs/nc/zh/jdclouddocs-cn/startContainer.md` *line 1.*
    pub fn start_container(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        container_id: impl ::std::convert::Into<::std::string::String>,
    ) -> StartContainer {
        StartContainer {
            config: self.config.clone(),
            region_id: region_id.into(),
            container_id: container_id.into(),
        }
    }
    /// 停止处于运行状态的单个实例，处于任务执行中的容器无法启动。
    ///
    /// `POST /v1/regions/{regionId}/containers/{containerId}:stopContainer`
    ///
    /// *Documented in* `specs/nc/zh/jdclouddocs-cn/stopContainer.md` *line 1.*
    pub fn stop_container(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        container_id: impl ::std::convert::Into<::std::string::String>,
    ) -> StopContainer {
        StopContainer {
            config: self.config.clone(),
            region_id: region_id.into(),
            container_id: container_id.into(),
        }
    }
}
/// Request builder of `associateElasticIp`, made by [`Client::associate_elastic_ip`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AssociateElasticIp {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    container_id: ::std::string::String,
    elastic_ip_id: ::std::string::String,
}
impl AssociateElasticIp {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.container_id.to_string();
        body.member("elasticIpId", &self.elastic_ip_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/containers/{containerId}:associateElasticIp",
            &[
                ("regionId", path_0.as_str()),
                ("containerId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "nc", "v1", path)
                .with_operation("associateElasticIp");
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
/// The errors the documentation of `associateElasticIp` lists. Read one from a service error with [`AssociateElasticIpErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssociateElasticIpErrorKind {
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
impl AssociateElasticIpErrorKind {
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
/// Request builder of `createContainers`, made by [`Client::create_containers`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateContainers {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    container_spec: ::std::option::Option<ContainerSpec>,
    max_count: ::std::option::Option<i32>,
}
impl CreateContainers {
    /// `containerSpec`: 创建容器规格
    pub fn container_spec(mut self, value: impl ::std::convert::Into<ContainerSpec>) -> Self {
        self.container_spec = ::std::option::Option::Some(value.into());
        self
    }
    /// `maxCount`: 购买实例数量；取值范围：\[1,100\]
    pub fn max_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.max_count = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.container_spec {
            body.member("containerSpec", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.max_count {
            body.member("maxCount", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/containers",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "nc", "v1", path)
                .with_operation("createContainers");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateContainersResult>,
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
        crate::runtime::Response<CreateContainersResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createContainers` lists. Read one from a service error with [`CreateContainersErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateContainersErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 429.
    ///
    /// - Quota exceeded
    TooManyRequests = 429,
    /// Any other error.
    Other = 0,
}
impl CreateContainersErrorKind {
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
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            404u16 => Self::NotFound,
            429u16 => Self::TooManyRequests,
            _ => Self::Other,
        }
    }
}
/// Request builder of `createSecret`, made by [`Client::create_secret`]. Set optional parameters, then call `send`.
#[derive(Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSecret {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    data: ::std::option::Option<DockerRegistryData>,
    name: ::std::string::String,
    secret_type: ::std::string::String,
}
impl ::std::fmt::Debug for CreateSecret {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateSecret")
            .field("regionId", &self.region_id)
            .field("data", &self.data)
            .field("name", &self.name)
            .field("secretType", &"***")
            .finish_non_exhaustive()
    }
}
impl CreateSecret {
    /// `data`: 机密的数据。
    ///
    /// key 的有效字符包括字母、数字、-、_和.；
    ///
    /// value 是 Base64 编码的字符串，不能包含换行符（在 linux 下使用 base64 -w 0选项），每个value长度上限为4KB，整个data的长度不能超过256KB;
    ///
    /// 必须包含server、username、password 字段，email 字段是可选的。
    pub fn data(mut self, value: impl ::std::convert::Into<DockerRegistryData>) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.data {
            body.member("data", value)?;
        }
        body.member("name", &self.name)?;
        body.member("secretType", &self.secret_type)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/secrets",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "nc", "v1", path)
                .with_operation("createSecret");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateSecretResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateSecretResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createSecret` lists. Read one from a service error with [`CreateSecretErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateSecretErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 429.
    ///
    /// - Quota exceeded
    TooManyRequests = 429,
    /// Any other error.
    Other = 0,
}
impl CreateSecretErrorKind {
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
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            404u16 => Self::NotFound,
            429u16 => Self::TooManyRequests,
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteContainer`, made by [`Client::delete_container`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteContainer {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    container_id: ::std::string::String,
}
impl DeleteContainer {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.container_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/containers/{containerId}",
            &[
                ("regionId", path_0.as_str()),
                ("containerId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "nc", "v1", path)
                .with_operation("deleteContainer");
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
/// The errors the documentation of `deleteContainer` lists. Read one from a service error with [`DeleteContainerErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteContainerErrorKind {
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
impl DeleteContainerErrorKind {
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
/// Request builder of `deleteSecret`, made by [`Client::delete_secret`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSecret {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    name: ::std::string::String,
}
impl DeleteSecret {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.name.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/secrets/{name}",
            &[("regionId", path_0.as_str()), ("name", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "nc", "v1", path)
                .with_operation("deleteSecret");
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
/// The errors the documentation of `deleteSecret` lists. Read one from a service error with [`DeleteSecretErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteSecretErrorKind {
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
impl DeleteSecretErrorKind {
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
/// Request builder of `describeContainer`, made by [`Client::describe_container`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeContainer {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    container_id: ::std::string::String,
}
impl DescribeContainer {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.container_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/containers/{containerId}",
            &[
                ("regionId", path_0.as_str()),
                ("containerId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "nc", "v1", path)
                .with_operation("describeContainer");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeContainerResult>,
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
        crate::runtime::Response<DescribeContainerResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeContainer` lists. Read one from a service error with [`DescribeContainerErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeContainerErrorKind {
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
impl DescribeContainerErrorKind {
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
/// Request builder of `describeContainers`, made by [`Client::describe_containers`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeContainers {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeContainers {
    /// `filters`: containerId - 实例ID，精确匹配，支持多个
    ///
    /// privateIpAddress - 主网卡IP地址，模糊匹配，支持单个
    ///
    /// az - 可用区，精确匹配，支持多个
    ///
    /// vpcId - 私有网络ID，精确匹配，支持多个
    ///
    /// status - 容器状态，精确匹配，支持多个
    ///
    /// name - 实例名称，模糊匹配，支持单个
    ///
    /// subnetId - 镜像ID，模糊匹配，支持单个
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
            "/regions/{regionId}/containers",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "nc", "v1", path)
                .with_operation("describeContainers");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeContainersResult>,
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
        crate::runtime::Response<DescribeContainersResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `containers` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<Container, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.containers.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeContainers` lists. Read one from a service error with [`DescribeContainersErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeContainersErrorKind {
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
impl DescribeContainersErrorKind {
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
/// Request builder of `describeQuota`, made by [`Client::describe_quota`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeQuota {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    resource_type: ::std::string::String,
}
impl DescribeQuota {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "resourceType", &self.resource_type)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/quotas",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "nc", "v1", path)
                .with_operation("describeQuota");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeQuotaResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeQuotaResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeQuota` lists. Read one from a service error with [`DescribeQuotaErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeQuotaErrorKind {
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
impl DescribeQuotaErrorKind {
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
/// Request builder of `describeSecret`, made by [`Client::describe_secret`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeSecret {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    name: ::std::string::String,
}
impl DescribeSecret {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.name.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/secrets/{name}",
            &[("regionId", path_0.as_str()), ("name", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "nc", "v1", path)
                .with_operation("describeSecret");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeSecretResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeSecretResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeSecret` lists. Read one from a service error with [`DescribeSecretErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeSecretErrorKind {
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
impl DescribeSecretErrorKind {
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
/// Request builder of `describeSecrets`, made by [`Client::describe_secrets`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeSecrets {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeSecrets {
    /// `filters`: name - secret名称，支持模糊搜索
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
            "/regions/{regionId}/secrets",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "nc", "v1", path)
                .with_operation("describeSecrets");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeSecretsResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeSecretsResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
    /// All `secrets` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<Secret, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.secrets.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeSecrets` lists. Read one from a service error with [`DescribeSecretsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeSecretsErrorKind {
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
impl DescribeSecretsErrorKind {
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
/// Request builder of `disassociateElasticIp`, made by [`Client::disassociate_elastic_ip`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DisassociateElasticIp {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    container_id: ::std::string::String,
    elastic_ip_id: ::std::string::String,
}
impl DisassociateElasticIp {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.container_id.to_string();
        body.member("elasticIpId", &self.elastic_ip_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/containers/{containerId}:disassociateElasticIp",
            &[
                ("regionId", path_0.as_str()),
                ("containerId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "nc", "v1", path)
                .with_operation("disassociateElasticIp");
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
/// The errors the documentation of `disassociateElasticIp` lists. Read one from a service error with [`DisassociateElasticIpErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DisassociateElasticIpErrorKind {
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
impl DisassociateElasticIpErrorKind {
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
/// Request builder of `getLogs`, made by [`Client::get_logs`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetLogs {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    container_id: ::std::string::String,
    limit_bytes: ::std::option::Option<i32>,
    since_seconds: ::std::option::Option<i32>,
    tail_lines: ::std::option::Option<i32>,
}
impl GetLogs {
    /// `limitBytes`: 限制返回的日志文件内容字节数，取值范围 \[1-4\]KB，最大 4KB.
    pub fn limit_bytes(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.limit_bytes = ::std::option::Option::Some(value.into());
        self
    }
    /// `sinceSeconds`: 返回相对于当前时间之前sinceSeconds之内的日志。
    pub fn since_seconds(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.since_seconds = ::std::option::Option::Some(value.into());
        self
    }
    /// `tailLines`: 返回日志文件中倒数 tailLines 行，如不指定，默认从容器启动时或 sinceSeconds 指定的时间读取。
    pub fn tail_lines(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.tail_lines = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.container_id.to_string();
        if let ::std::option::Option::Some(value) = &self.limit_bytes {
            crate::runtime::push_query(&mut query, "limitBytes", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.since_seconds {
            crate::runtime::push_query(&mut query, "sinceSeconds", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.tail_lines {
            crate::runtime::push_query(&mut query, "tailLines", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/containers/{containerId}:getLogs",
            &[
                ("regionId", path_0.as_str()),
                ("containerId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "nc", "v1", path)
                .with_operation("getLogs");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetLogsResult>, crate::runtime::Error> {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetLogsResult>, crate::runtime::Error> {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `getLogs` lists. Read one from a service error with [`GetLogsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GetLogsErrorKind {
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
impl GetLogsErrorKind {
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
/// Request builder of `modifyContainerAttribute`, made by [`Client::modify_container_attribute`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyContainerAttribute {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    container_id: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    name: ::std::option::Option<::std::string::String>,
}
impl ModifyContainerAttribute {
    /// `description`: 容器描述；和description必须要指定一个
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// `name`: 容器名称
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
        let path_1 = self.container_id.to_string();
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.name {
            body.member("name", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/containers/{containerId}:modifyContainerAttribute",
            &[
                ("regionId", path_0.as_str()),
                ("containerId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "nc", "v1", path)
                .with_operation("modifyContainerAttribute");
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
/// The errors the documentation of `modifyContainerAttribute` lists. Read one from a service error with [`ModifyContainerAttributeErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyContainerAttributeErrorKind {
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
impl ModifyContainerAttributeErrorKind {
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
/// Request builder of `startContainer`, made by [`Client::start_container`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartContainer {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    container_id: ::std::string::String,
}
impl StartContainer {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.container_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/containers/{containerId}:startContainer",
            &[
                ("regionId", path_0.as_str()),
                ("containerId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "nc", "v1", path)
                .with_operation("startContainer");
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
/// The errors the documentation of `startContainer` lists. Read one from a service error with [`StartContainerErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StartContainerErrorKind {
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
impl StartContainerErrorKind {
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
/// Request builder of `stopContainer`, made by [`Client::stop_container`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StopContainer {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    container_id: ::std::string::String,
}
impl StopContainer {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.container_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/containers/{containerId}:stopContainer",
            &[
                ("regionId", path_0.as_str()),
                ("containerId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "nc", "v1", path)
                .with_operation("stopContainer");
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
/// The errors the documentation of `stopContainer` lists. Read one from a service error with [`StopContainerErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StopContainerErrorKind {
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
impl StopContainerErrorKind {
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
