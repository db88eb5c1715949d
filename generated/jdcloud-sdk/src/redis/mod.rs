//! JDCloud Redis API (`redis`), `https://redis.jdcloud-api.com/v1`.
//!
//! Relevant APIs of JCS for Redis
//!
//! Operations:
//!
//! - `createBackup` — Create and execute Redis instance backup instance, which can only be manually backed up.
//!
//! - `createCacheInstance` — Create JCS for Redis Instance of the Specified Configuration
//!
//! - `deleteCacheInstance` — 删除按配置计费、或包年包月已到期的单个缓存Redis实例，包年包月未到期不可删除
//!
//! - `describeCacheInstance` — 查询单个缓存Redis实例详情
//!
//! - `describeCacheInstances` — The query of Redis instance list and its instance information can be the the paging query, query the specified page number, specify the size of page and the filter conditions
//!
//! - `describeClusterInfo` — Search internal cluster information of Redis instance
//!
//! - `describeInstanceClass` — 查询某区域下的实例规格列表
//!
//! - `describeInstanceConfig` — View current configuration parameter of Redis instance
//!
//! - `describeSlowLog` — Get slog search log of Redis instance
//!
//! - `describeUserQuota` — Search Redis quota information of the account
//!
//! - `modifyBackupPolicy` — Modify automatic backup policy for Redis instances, with backup period and backup time modifiable
//!
//! - `modifyCacheInstanceAttribute` — 修改缓存Redis实例的资源名称、描述，二者至少选一
//!
//! - `modifyCacheInstanceClass` — 变更缓存Redis实例配置，只能变更运行状态的实例配置，变更配置的规格不能与之前的相同
//!
//! - `modifyInstanceConfig` — Modify configuration parameter of Redis instance and support modification to a part of parameters
//!
//! - `resetCacheInstancePassword` — 重置缓存Redis实例密码，支持免密操作
//!
//! - `restoreInstance` — Recover to a backup of Redis instance
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `redis` service.
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
    /// Create and execute Redis instance backup instance, which can only be manually backed up. The backup file name can be set
    ///
    /// `POST /v1/regions/{regionId}/cacheInstance/{cacheInstanceId}/backup`
    ///
    /// *Documented in* `specs/redis/en/jdcloudcom-en/createBackup.md` *line 1.*
    pub fn create_backup(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        cache_instance_id: impl ::std::convert::Into<::std::string::String>,
        file_name: impl ::std::convert::Into<::std::string::String>,
        backup_type: impl ::std::convert::Into<i32>,
    ) -> CreateBackup {
        CreateBackup {
            config: self.config.clone(),
            region_id: region_id.into(),
            cache_instance_id: cache_instance_id.into(),
            file_name: file_name.into(),
            backup_type: backup_type.into(),
        }
    }
    /// Create JCS for Redis Instance of the Specified Configuration
    ///
    /// Specification Performance: The specifications for creating the JCS for Redis instance are divided into two versions: principal-subordinate version and cluster version. Each specification has the maximum number of connections, the internal network bandwidth cap, CPU processing capacity, specification code and other information, please see: \[instance type code\](<https://www.jdcloud.com/help/detail/411/> isCatalog/1)
    ///
    /// Availability Zone: Available zone is a physical zone in which the infrastructure such as power and network are independent of each other in the same region. A zone contains one or more availability zones, and multiple availability zones in the same region can be connected to each other. Detailed information on the geographical availability zone can be found: [Regional availability zone details](https://www.jdcloud.com/help/detail/2222/isCatalog/1)
    ///
    /// Virtual Private Cloud: referred to as VPC, which means the isolation network space with customized logic and supports for customized network segment, rout policy, etc. Specific information can be found: [Virtual Private Cloud](https://www.jdcloud.com/help/detail/1509/isCatalog/1)
    ///
    /// Subnet: The subnet is the IP address block in the range of the VPC IP address, which is subnet for short. The subnet is created under the VPC. The segment in the same VPC cannot overlap and the segments of different VPCs can overlap. Specific information can be found: [subnet details](https://www.jdcloud.com/help/detail/1510/isCatalog/1)
    ///
    /// `POST /v1/regions/{regionId}/cacheInstance`
    ///
    /// **中文**
    ///
    /// 创建一个指定配置的缓存Redis实例
    ///
    /// 规格性能：创建缓存Redis实例的规格，分为主从版和集群版两种规格。每种规格都有最大连接数，内网带宽上限，CPU处理能力，规格代码等信息，具体可查看：[实例规格代码](https://docs.jdcloud.com/cn/jcs-for-redis/specifications)
    ///
    /// 可用区：可用区是指在同一地域下，电力、网络等基础设施互相独立的物理区域。一个地域包含一个或多个可用区，同一地域下的多个可用区可以彼此连通。目前缓存Redis有华北、华南、华东区域，对应Region ID为cn-north-1、cn-south-1、cn-east-2
    ///
    /// 私有网络：简称VPC，自定义的逻辑隔离网络空间，支持自定义网段划分、路由策略等。具体信息可查询：[私有网络VPC详情](https://docs.jdcloud.com/cn/virtual-private-cloud/vpc-features)
    ///
    /// 子网：子网是所属VPC IP地址范围内的IP地址块，简称subnet，在VPC下创建子网，同一VPC下子网的网段不可以重叠，不同VPC下子网的网段可以重叠。具体信息可查询：[子网subnet详情](https://docs.jdcloud.com/cn/virtual-private-cloud/subnet-features)
    ///
    /// *Documented in* `specs/redis/en/jdcloudcom-en/createCacheInstance.md` *line 1.*
    pub fn create_cache_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        cache_instance: impl ::std::convert::Into<CacheInstanceSpec>,
    ) -> CreateCacheInstance {
        CreateCacheInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            cache_instance: cache_instance.into(),
            charge: ::std::option::Option::None,
        }
    }
    /// 删除按配置计费、或包年包月已到期的单个缓存Redis实例，包年包月未到期不可删除
    ///
    /// 只有处于运行**running**或者错误**error**状态的可以删除，其余状态不可以删除
    ///
    /// 白名单用户不能删除包年包月已到期的云主机
    ///
    /// `DELETE /v1/regions/{regionId}/cacheInstance/{cacheInstanceId}`
    ///
    /// *Documented in* `specs/redis/zh/jdclouddocs-cn/deleteCacheInstance.md` *line 1.*
    pub fn delete_cache_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        cache_instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteCacheInstance {
        DeleteCacheInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            cache_instance_id: cache_instance_id.into(),
        }
    }
    /// 查询单个缓存Redis实例详情
    ///
    /// `GET /v1/regions/{regionId}/cacheInstance/{cacheInstanceId}`
    ///
    /// *Documented in* `specs/redis/zh/jdclouddocs-cn/describeCacheInstance.md` *line 1.*
    pub fn describe_cache_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        cache_instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeCacheInstance {
        DescribeCacheInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            cache_instance_id: cache_instance_id.into(),
        }
    }
    /// The query of Redis instance list and its instance information can be the the paging query, query the specified page number, specify the size of page and the filter conditions
    ///
    /// `GET /v1/regions/{regionId}/cacheInstance`
    ///
    /// **中文**
    ///
    /// 查询缓存Redis实例列表及其实例信息，可分页查询，查询指定页码，指定分页大小和指定过滤条件
    ///
    /// *Documented in* `specs/redis/zh/jdclouddocs-cn/describeCacheInstances.md` *line 1.*
    pub fn describe_cache_instances(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeCacheInstances {
        DescribeCacheInstances {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            sorts: ::std::option::Option::None,
        }
    }
    /// Search internal cluster information of Redis instance
    ///
    /// `GET /v1/regions/{regionId}/cacheInstance/{cacheInstanceId}/clusterInfo`
    ///
    /// *Documented in* `specs/redis/en/jdcloudcom-en/describeClusterInfo.md` *line 1.*
    pub fn describe_cluster_info(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        cache_instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeClusterInfo {
        DescribeClusterInfo {
            config: self.config.clone(),
            region_id: region_id.into(),
            cache_instance_id: cache_instance_id.into(),
        }
    }
    /// 查询某区域下的实例规格列表
    ///
    /// `GET /v1/regions/{regionId}/instanceClass`
    ///
    /// *Documented in* `specs/redis/zh/jdclouddocs-cn/describeInstanceClass.md` *line 1.*
    pub fn describe_instance_class(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeInstanceClass {
        DescribeInstanceClass {
            config: self.config.clone(),
            region_id: region_id.into(),
        }
    }
    /// View current configuration parameter of Redis instance
    ///
    /// `GET /v1/regions/{regionId}/cacheInstance/{cacheInstanceId}/instanceConfig`
    ///
    /// *Documented in* `specs/redis/en/jdcloudcom-en/describeInstanceConfig.md` *line 1.*
    pub fn describe_instance_config(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        cache_instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeInstanceConfig {
        DescribeInstanceConfig {
            config: self.config.clone(),
            region_id: region_id.into(),
            cache_instance_id: cache_instance_id.into(),
        }
    }
    /// Get slog search log of Redis instance
    ///
    /// `GET /v1/regions/{regionId}/cacheInstance/{cacheInstanceId}/slowLog`
    ///
    /// *Documented in* `specs/redis/en/jdcloudcom-en/describeSlowLog.md` *line 1.*
    pub fn describe_slow_log(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        cache_instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeSlowLog {
        DescribeSlowLog {
            config: self.config.clone(),
            region_id: region_id.into(),
            cache_instance_id: cache_instance_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            shard_id: ::std::option::Option::None,
        }
    }
    /// Search Redis quota information of the account
    ///
    /// `GET /v1/regions/{regionId}/quota`
    ///
    /// **中文**
    ///
    /// 查询账户配额信息
    ///
    /// *Documented in* `specs/redis/en/jdcloudcom-en/describeUserQuota.md` *line 1.*
    pub fn describe_user_quota(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeUserQuota {
        DescribeUserQuota {
            config: self.config.clone(),
            region_id: region_id.into(),
        }
    }
    /// Modify automatic backup policy for Redis instances, with backup period and backup time modifiable
    ///
    /// `PATCH /v1/regions/{regionId}/cacheInstance/{cacheInstanceId}/backupPolicy`
    ///
    /// *Documented in* `specs/redis/en/jdcloudcom-en/modifyBackupPolicy.md` *line 1.*
    pub fn modify_backup_policy(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        cache_instance_id: impl ::std::convert::Into<::std::string::String>,
        backup_time: impl ::std::convert::Into<::std::string::String>,
        backup_period: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyBackupPolicy {
        ModifyBackupPolicy {
            config: self.config.clone(),
            region_id: region_id.into(),
            cache_instance_id: cache_instance_id.into(),
            backup_time: backup_time.into(),
            backup_period: backup_period.into(),
        }
    }
    /// 修改缓存Redis实例的资源名称、描述，二者至少选一
    ///
    /// `PATCH /v1/regions/{regionId}/cacheInstance/{cacheInstanceId}`
    ///
    /// *Documented in* `specs/redis/zh/jdclouddocs-cn/modifyCacheInstanceAttribute.md` *line 1.*
    pub fn modify_cache_instance_attribute(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        cache_instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyCacheInstanceAttribute {
        ModifyCacheInstanceAttribute {
            config: self.config.clone(),
            region_id: region_id.into(),
            cache_instance_id: cache_instance_id.into(),
            cache_instance_description: ::std::option::Option::None,
            cache_instance_name: ::std::option::Option::None,
        }
    }
    /// 变更缓存Redis实例配置，只能变更运行状态的实例配置，变更配置的规格不能与之前的相同
    ///
    /// 预付费用户，从集群版变配到主从版，新规格的内存大小要大于老规格的内存大小，从主从版到集群版，新规格的内存大小要不小于老规格的内存大小
    ///
    /// `POST /v1/regions/{regionId}/cacheInstance/{cacheInstanceId}:modifyCacheInstanceClass`
    ///
    /// *Documented in* `specs/redis/zh/jdclouddocs-cn/modifyCacheInstanceClass.md` *line 1.*
    pub fn modify_cache_instance_class(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        cache_instance_id: impl ::std::convert::Into<::std::string::String>,
        cache_instance_class: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyCacheInstanceClass {
        ModifyCacheInstanceClass {
            config: self.config.clone(),
            region_id: region_id.into(),
            cache_instance_id: cache_instance_id.into(),
            cache_instance_class: cache_instance_class.into(),
        }
    }
    /// Modify configuration parameter of Redis instance and support modification to a part of parameters
    ///
    /// `POST /v1/regions/{regionId}/cacheInstance/{cacheInstanceId}/instanceConfig`
    ///
    /// *Documented in* `specs/redis/en/jdcloudcom-en/modifyInstanceConfig.md` *line 1.*
    pub fn modify_instance_config(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        cache_instance_id: impl ::std::convert::Into<::std::string::String>,
        instance_config: impl ::std::convert::Into<::std::vec::Vec<ConfigItem>>,
    ) -> ModifyInstanceConfig {
        ModifyInstanceConfig {
            config: self.config.clone(),
            region_id: region_id.into(),
            cache_instance_id: cache_instance_id.into(),
            instance_config: instance_config.into(),
        }
    }
    /// 重置缓存Redis实例密码，支持免密操作
    ///
    /// `POST /v1/regions/{regionId}/cacheInstance/{cacheInstanceId}:resetCacheInstancePassword`
    ///
    /// *Documented in* `specs/redis/zh/jdclouddocs-cn/resetCacheInstancePassword.md` *line 1.*
    pub fn reset_cache_instance_password(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        cache_instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ResetCacheInstancePassword {
        ResetCacheInstancePassword {
            config: self.config.clone(),
            region_id: region_id.into(),
            cache_instance_id: cache_instance_id.into(),
            password: ::std::option::Option::None,
        }
    }
    /// Recover to a backup of Redis instance
    ///
    /// `POST /v1/regions/{regionId}/cacheInstance/{cacheInstanceId}/restore`
    ///
    /// *Documented in* `specs/redis/en/jdcloudcom-en/restoreInstance.md` *line 1.*
    pub fn restore_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        cache_instance_id: impl ::std::convert::Into<::std::string::String>,
        base_id: impl ::std::convert::Into<::std::string::String>,
    ) -> RestoreInstance {
        RestoreInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            cache_instance_id: cache_instance_id.into(),
            base_id: base_id.into(),
        }
    }
}
/// Request builder of `createBackup`, made by [`Client::create_backup`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateBackup {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    cache_instance_id: ::std::string::String,
    file_name: ::std::string::String,
    backup_type: i32,
}
impl CreateBackup {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.cache_instance_id.to_string();
        body.member("fileName", &self.file_name)?;
        body.member("backupType", &self.backup_type)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/cacheInstance/{cacheInstanceId}/backup",
            &[
                ("regionId", path_0.as_str()),
                ("cacheInstanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "redis", "v1", path)
                .with_operation("createBackup");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateBackupResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateBackupResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `createCacheInstance`, made by [`Client::create_cache_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateCacheInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    cache_instance: CacheInstanceSpec,
    charge: ::std::option::Option<ChargeSpec>,
}
impl CreateCacheInstance {
    /// `charge`: Billing Information Related Configuration.
    ///
    /// **中文**
    ///
    /// 计费信息的相关配置。
    pub fn charge(mut self, value: impl ::std::convert::Into<ChargeSpec>) -> Self {
        self.charge = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("cacheInstance", &self.cache_instance)?;
        if let ::std::option::Option::Some(value) = &self.charge {
            body.member("charge", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/cacheInstance",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "redis", "v1", path)
                .with_operation("createCacheInstance");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateCacheInstanceResult>,
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
        crate::runtime::Response<CreateCacheInstanceResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `deleteCacheInstance`, made by [`Client::delete_cache_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteCacheInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    cache_instance_id: ::std::string::String,
}
impl DeleteCacheInstance {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.cache_instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/cacheInstance/{cacheInstanceId}",
            &[
                ("regionId", path_0.as_str()),
                ("cacheInstanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "redis", "v1", path)
                .with_operation("deleteCacheInstance");
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
/// Request builder of `describeCacheInstance`, made by [`Client::describe_cache_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeCacheInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    cache_instance_id: ::std::string::String,
}
impl DescribeCacheInstance {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.cache_instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/cacheInstance/{cacheInstanceId}",
            &[
                ("regionId", path_0.as_str()),
                ("cacheInstanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "redis", "v1", path)
                .with_operation("describeCacheInstance");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeCacheInstanceResult>,
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
        crate::runtime::Response<DescribeCacheInstanceResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeCacheInstance` lists. Read one from a service error with [`DescribeCacheInstanceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeCacheInstanceErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DescribeCacheInstanceErrorKind {
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
/// Request builder of `describeCacheInstances`, made by [`Client::describe_cache_instances`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeCacheInstances {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    sorts: ::std::option::Option<::std::vec::Vec<Sort>>,
}
impl DescribeCacheInstances {
    /// `filters`: cacheInstanceId -cache instance Id can be matched exactly and support multiple
    ///
    /// cacheInstanceName -cache instance name is matched fuzzily and support for a single
    ///
    /// cacheInstanceStatus -the status of cache instance is matched exactly, and support multiple (running: run, error: error, creating: pending, changing: changing, deleting: deleting)
    ///
    /// **中文**
    ///
    /// cacheInstanceId -缓存实例Id，精确匹配，支持多个
    ///
    /// cacheInstanceName - 缓存实例名称，模糊匹配，支持单个
    ///
    /// cacheInstanceStatus - 缓存你实例状态，精确匹配，支持多个(running：运行，error：错误，creating：创建中，changing：变配中，deleting：删除中)
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: The page number of the query cache instance is 1 by default
    ///
    /// **中文**
    ///
    /// 请求查询缓存实例的页码；默认为1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: The size of the page to query the cache instance is 20 by default and the value range is \[10, 100\]
    ///
    /// **中文**
    ///
    /// 请求查询缓存实例的分页大小；默认为20；取值范围\[10, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `sorts`: createTime - Create Time (asc: positive order, desc: inverted order)
    ///
    /// **中文**
    ///
    /// createTime - 创建时间(asc：正序，desc：倒序)
    pub fn sorts(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Sort>>) -> Self {
        self.sorts = ::std::option::Option::Some(value.into());
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
        if let ::std::option::Option::Some(value) = &self.sorts {
            crate::runtime::push_query(&mut query, "sorts", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/cacheInstance",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "redis", "v1", path)
                .with_operation("describeCacheInstances");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeCacheInstancesResult>,
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
        crate::runtime::Response<DescribeCacheInstancesResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `cacheInstances` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<CacheInstance, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.cache_instances.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// Request builder of `describeClusterInfo`, made by [`Client::describe_cluster_info`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeClusterInfo {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    cache_instance_id: ::std::string::String,
}
impl DescribeClusterInfo {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.cache_instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/cacheInstance/{cacheInstanceId}/clusterInfo",
            &[
                ("regionId", path_0.as_str()),
                ("cacheInstanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "redis", "v1", path)
                .with_operation("describeClusterInfo");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeClusterInfoResult>,
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
        crate::runtime::Response<DescribeClusterInfoResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeClusterInfo` lists. Read one from a service error with [`DescribeClusterInfoErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeClusterInfoErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DescribeClusterInfoErrorKind {
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
/// Request builder of `describeInstanceClass`, made by [`Client::describe_instance_class`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeInstanceClass {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
}
impl DescribeInstanceClass {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instanceClass",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "redis", "v1", path)
                .with_operation("describeInstanceClass");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstanceClassResult>,
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
        crate::runtime::Response<DescribeInstanceClassResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeInstanceConfig`, made by [`Client::describe_instance_config`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeInstanceConfig {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    cache_instance_id: ::std::string::String,
}
impl DescribeInstanceConfig {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.cache_instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/cacheInstance/{cacheInstanceId}/instanceConfig",
            &[
                ("regionId", path_0.as_str()),
                ("cacheInstanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "redis", "v1", path)
                .with_operation("describeInstanceConfig");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstanceConfigResult>,
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
        crate::runtime::Response<DescribeInstanceConfigResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeInstanceConfig` lists. Read one from a service error with [`DescribeInstanceConfigErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeInstanceConfigErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DescribeInstanceConfigErrorKind {
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
/// Request builder of `describeSlowLog`, made by [`Client::describe_slow_log`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeSlowLog {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    cache_instance_id: ::std::string::String,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    start_time: ::std::option::Option<::std::string::String>,
    end_time: ::std::option::Option<::std::string::String>,
    shard_id: ::std::option::Option<::std::string::String>,
}
impl DescribeSlowLog {
    /// `pageNumber`: Page Number; 1 by Default
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: Segmentation size; it is 10 by default; value range\[10, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `startTime`: Start Time
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `endTime`: End Time
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `shardId`: Muti-part id
    pub fn shard_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.shard_id = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.cache_instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.start_time {
            crate::runtime::push_query(&mut query, "startTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.end_time {
            crate::runtime::push_query(&mut query, "endTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.shard_id {
            crate::runtime::push_query(&mut query, "shardId", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/cacheInstance/{cacheInstanceId}/slowLog",
            &[
                ("regionId", path_0.as_str()),
                ("cacheInstanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "redis", "v1", path)
                .with_operation("describeSlowLog");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeSlowLogResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeSlowLogResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
    /// All `slowLogs` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<SlowLog, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.slow_logs.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeSlowLog` lists. Read one from a service error with [`DescribeSlowLogErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeSlowLogErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DescribeSlowLogErrorKind {
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
/// Request builder of `describeUserQuota`, made by [`Client::describe_user_quota`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeUserQuota {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
}
impl DescribeUserQuota {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/quota",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "redis", "v1", path)
                .with_operation("describeUserQuota");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeUserQuotaResult>,
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
        crate::runtime::Response<DescribeUserQuotaResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `modifyBackupPolicy`, made by [`Client::modify_backup_policy`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyBackupPolicy {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    cache_instance_id: ::std::string::String,
    backup_time: ::std::string::String,
    backup_period: ::std::string::String,
}
impl ModifyBackupPolicy {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.cache_instance_id.to_string();
        body.member("backupTime", &self.backup_time)?;
        body.member("backupPeriod", &self.backup_period)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/cacheInstance/{cacheInstanceId}/backupPolicy",
            &[
                ("regionId", path_0.as_str()),
                ("cacheInstanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "redis", "v1", path)
                .with_operation("modifyBackupPolicy");
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
/// Request builder of `modifyCacheInstanceAttribute`, made by [`Client::modify_cache_instance_attribute`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyCacheInstanceAttribute {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    cache_instance_id: ::std::string::String,
    cache_instance_description: ::std::option::Option<::std::string::String>,
    cache_instance_name: ::std::option::Option<::std::string::String>,
}
impl ModifyCacheInstanceAttribute {
    /// `cacheInstanceDescription`: 缓存Redis实例资源描述，不能超过256个字符
    pub fn cache_instance_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cache_instance_description = ::std::option::Option::Some(value.into());
        self
    }
    /// `cacheInstanceName`: 缓存Redis实例资源名称，名称只支持数字、字母、英文下划线、中文，且不少于2字符不超过32字符
    pub fn cache_instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cache_instance_name = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.cache_instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.cache_instance_description {
            body.member("cacheInstanceDescription", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.cache_instance_name {
            body.member("cacheInstanceName", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/cacheInstance/{cacheInstanceId}",
            &[
                ("regionId", path_0.as_str()),
                ("cacheInstanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "redis", "v1", path)
                .with_operation("modifyCacheInstanceAttribute");
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
/// Request builder of `modifyCacheInstanceClass`, made by [`Client::modify_cache_instance_class`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyCacheInstanceClass {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    cache_instance_id: ::std::string::String,
    cache_instance_class: ::std::string::String,
}
impl ModifyCacheInstanceClass {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.cache_instance_id.to_string();
        body.member("cacheInstanceClass", &self.cache_instance_class)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/cacheInstance/{cacheInstanceId}:modifyCacheInstanceClass",
            &[
                ("regionId", path_0.as_str()),
                ("cacheInstanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "redis", "v1", path)
                .with_operation("modifyCacheInstanceClass");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<ModifyCacheInstanceClassResult>,
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
        crate::runtime::Response<ModifyCacheInstanceClassResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `modifyInstanceConfig`, made by [`Client::modify_instance_config`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyInstanceConfig {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    cache_instance_id: ::std::string::String,
    instance_config: ::std::vec::Vec<ConfigItem>,
}
impl ModifyInstanceConfig {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.cache_instance_id.to_string();
        body.member("instanceConfig", &self.instance_config)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/cacheInstance/{cacheInstanceId}/instanceConfig",
            &[
                ("regionId", path_0.as_str()),
                ("cacheInstanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "redis", "v1", path)
                .with_operation("modifyInstanceConfig");
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
/// Request builder of `resetCacheInstancePassword`, made by [`Client::reset_cache_instance_password`]. Set optional parameters, then call `send`.
#[derive(Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ResetCacheInstancePassword {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    cache_instance_id: ::std::string::String,
    password: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for ResetCacheInstancePassword {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResetCacheInstancePassword")
            .field("regionId", &self.region_id)
            .field("cacheInstanceId", &self.cache_instance_id)
            .field("password", &"***")
            .finish_non_exhaustive()
    }
}
impl ResetCacheInstancePassword {
    /// `password`: 密码，为空即为免密，包含且只支持字母及数字，不少于8字符不超过16字符
    pub fn password(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.cache_instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.password {
            body.member("password", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/cacheInstance/{cacheInstanceId}:resetCacheInstancePassword",
            &[
                ("regionId", path_0.as_str()),
                ("cacheInstanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "redis", "v1", path)
                .with_operation("resetCacheInstancePassword");
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
/// Request builder of `restoreInstance`, made by [`Client::restore_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RestoreInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    cache_instance_id: ::std::string::String,
    base_id: ::std::string::String,
}
impl RestoreInstance {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.cache_instance_id.to_string();
        body.member("baseId", &self.base_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/cacheInstance/{cacheInstanceId}/restore",
            &[
                ("regionId", path_0.as_str()),
                ("cacheInstanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "redis", "v1", path)
                .with_operation("restoreInstance");
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
