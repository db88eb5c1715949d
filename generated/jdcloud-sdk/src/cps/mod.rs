//! 云物理服务器 (`cps`), `https://cps.jdcloud-api.com/v1`.
//!
//! 云物理服务器相关接口
//!
//! Operations:
//!
//! - `createInstances` — 创建一台或多台指定配置的云物理服务器
//!
//! - `describeDeviceRaids` — 查询某种实例类型的云物理服务器支持的RAID类型，可查询系统盘RAID类型和数据盘RAID类型
//!
//! - `describeDeviceTypes` — 查询云物理服务器实例类型
//!
//! - `describeInstance` — 查询单台云物理服务器详细信息
//!
//! - `describeInstanceName` — 查询云物理服务器名称
//!
//! - `describeInstanceRaid` — 查询单个云物理服务器已安装的RAID信息，包括系统盘RAID信息和数据盘RAID信息
//!
//! - `describeInstanceStatus` — 查询单个云物理服务器硬件监控信息
//!
//! - `describeInstances` — 批量查询云物理服务器详细信息
//!
//! - `describeOS` — 查询云物理服务器支持的操作系统
//!
//! - `describeRegiones` — 查询云物理服务器地域列表
//!
//! - `describeSoftware` — 查询物理服务器可预装的软件列表
//!
//! - `describeSubnet` — 查询子网
//!
//! - `modifyBandwidth` — 升级云物理服务器外网带宽，只能操作running或者stopped状态的服务器
//!
//! - `modifyInstance` — 修改云物理服务器部分信息，包括名称、描述
//!
//! - `reinstallInstance` — 重装云物理服务器，只能重装stopped状态的服务器
//!
//! - `restartInstance` — 重启单个云物理服务器，只能重启running状态的服务器
//!
//! - `startInstance` — 对单个云物理服务器执行开机操作，只能启动stopped状态的服务器
//!
//! - `stopInstance` — 对单个云物理服务器执行关机操作，只能停止running状态的服务器
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `cps` service.
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
    /// 创建一台或多台指定配置的云物理服务器
    ///
    /// - 地域与可用区
    ///
    /// - 调用接口（describeRegiones）获取云物理服务器支持的地域与可用区
    ///
    /// - 实例类型
    ///
    /// - 调用接口（describeDeviceTypes）获取物理实例类型列表
    ///
    /// - 不能使用已下线、或已售馨的实例类型
    ///
    /// - 操作系统和预装软件
    ///
    /// - 可调用接口（describeOS）获取云物理服务器支持的操作系统列表
    ///
    /// - 可调用接口（describeSoftware）获取云物理服务器支持的软件列表，也可以不预装软件
    ///
    /// - 存储
    ///
    /// - 数据盘多种RAID可选，可调用接口（describeDeviceRaids）获取服务器支持的RAID列表
    ///
    /// - 网络
    ///
    /// - 网络类型目前只支持basic
    ///
    /// - 线路目前只支持bgp
    ///
    /// - 支持不启用外网，如果启用外网，带宽范围\[1,200\] 单位Mbps
    ///
    /// - 其他
    ///
    /// - 购买时长，可按年或月购买，最少购买时长1个月，最长36个月（3年）
    ///
    /// - 密码设置参考公共参数规范
    ///
    /// `PUT /v1/regions/{regionId}/instances`
    ///
    /// *Documented in* `specs/cps/zh/jdclouddocs-cn/createInstances.md` *line 1.*
    pub fn create_instances(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_spec: impl ::std::convert::Into<InstanceSpec>,
    ) -> CreateInstances {
        CreateInstances {
            config: self.config.clone(),
            region_id: region_id.into(),
            client_token: ::std::option::Option::None,
            instance_spec: instance_spec.into(),
        }
    }
    /// 查询某种实例类型的云物理服务器支持的RAID类型，可查询系统盘RAID类型和数据盘RAID类型
    ///
    /// `GET /v1/regions/{regionId}/raids`
    ///
    /// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeDeviceRaids.md` *line 1.*
    pub fn describe_device_raids(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        device_type: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeDeviceRaids {
        DescribeDeviceRaids {
            config: self.config.clone(),
            region_id: region_id.into(),
            device_type: device_type.into(),
            volume_type: ::std::option::Option::None,
        }
    }
    /// 查询云物理服务器实例类型
    ///
    /// `GET /v1/regions/{regionId}/deviceTypes`
    ///
    /// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeDeviceTypes.md` *line 1.*
    pub fn describe_device_types(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeDeviceTypes {
        DescribeDeviceTypes {
            config: self.config.clone(),
            region_id: region_id.into(),
        }
    }
    /// 查询单台云物理服务器详细信息
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}`
    ///
    /// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeInstance.md` *line 1.*
    pub fn describe_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeInstance {
        DescribeInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 查询云物理服务器名称
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}:describeInstanceName`
    ///
    /// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeInstanceName.md` *line 1.*
    pub fn describe_instance_name(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeInstanceName {
        DescribeInstanceName {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 查询单个云物理服务器已安装的RAID信息，包括系统盘RAID信息和数据盘RAID信息
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}:describeInstanceRaid`
    ///
    /// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeInstanceRaid.md` *line 1.*
    pub fn describe_instance_raid(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeInstanceRaid {
        DescribeInstanceRaid {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 查询单个云物理服务器硬件监控信息
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}:describeInstanceStatus`
    ///
    /// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeInstanceStatus.md` *line 1.*
    pub fn describe_instance_status(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeInstanceStatus {
        DescribeInstanceStatus {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 批量查询云物理服务器详细信息
    ///
    /// 支持分页查询，默认每页10条
    ///
    /// `GET /v1/regions/{regionId}/instances`
    ///
    /// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeInstances.md` *line 1.*
    pub fn describe_instances(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeInstances {
        DescribeInstances {
            config: self.config.clone(),
            region_id: region_id.into(),
            az: ::std::option::Option::None,
            device_type: ::std::option::Option::None,
            filters: ::std::option::Option::None,
            name: ::std::option::Option::None,
            network_type: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            status: ::std::option::Option::None,
        }
    }
    /// 查询云物理服务器支持的操作系统
    ///
    /// `GET /v1/regions/{regionId}/os`
    ///
    /// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeOS.md` *line 1.*
    pub fn describe_os(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        device_type: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeOs {
        DescribeOs {
            config: self.config.clone(),
            region_id: region_id.into(),
            device_type: device_type.into(),
        }
    }
    /// 查询云物理服务器地域列表
    ///
    /// `GET /v1/regions`
    ///
    /// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeRegiones.md` *line 1.*
    pub fn describe_regiones(&self) -> DescribeRegiones {
        DescribeRegiones {
            config: self.config.clone(),
        }
    }
    /// 查询物理服务器可预装的软件列表
    ///
    /// 可调用接口（describeOS）获取云物理服务器支持的操作系统列表，根据不同的操作系统类型得到支持的可预装的软件列表
    ///
    /// `GET /v1/regions/{regionId}/os/{osTypeId}/softwares`
    ///
    /// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeSoftware.md` *line 1.*
    pub fn describe_software(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        os_type_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeSoftware {
        DescribeSoftware {
            config: self.config.clone(),
            region_id: region_id.into(),
            os_type_id: os_type_id.into(),
        }
    }
    /// 查询子网
    ///
    /// `GET /v1/regions/{regionId}/subnet`
    ///
    /// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeSubnet.md` *line 1.*
    pub fn describe_subnet(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        az: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeSubnet {
        DescribeSubnet {
            config: self.config.clone(),
            region_id: region_id.into(),
            az: az.into(),
        }
    }
    /// 升级云物理服务器外网带宽，只能操作running或者stopped状态的服务器
    ///
    /// - 不支持未启用外网的服务器升级带宽
    ///
    /// - 外网带宽不支持降级
    ///
    /// `PUT /v1/regions/{regionId}/instances/{instanceId}:modifyBandwidth`
    ///
    /// *Documented in* `specs/cps/zh/jdclouddocs-cn/modifyBandwidth.md` *line 1.*
    pub fn modify_bandwidth(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        bandwidth: impl ::std::convert::Into<i32>,
    ) -> ModifyBandwidth {
        ModifyBandwidth {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            bandwidth: bandwidth.into(),
            client_token: ::std::option::Option::None,
        }
    }
    /// 修改云物理服务器部分信息，包括名称、描述
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:modifyInstance`
    ///
    /// *Documented in* `specs/cps/zh/jdclouddocs-cn/modifyInstance.md` *line 1.*
    pub fn modify_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyInstance {
        ModifyInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            description: ::std::option::Option::None,
            name: ::std::option::Option::None,
        }
    }
    /// 重装云物理服务器，只能重装stopped状态的服务器
    ///
    /// - 可调用接口（describeOS）获取云物理服务器支持的操作系统列表
    ///
    /// - 可调用接口（describeSoftware）获取云物理服务器支持的软件列表，也可以不预装软件
    ///
    /// `PUT /v1/regions/{regionId}/instances/{instanceId}:reinstallInstance`
    ///
    /// *Documented in* `specs/cps/zh/jdclouddocs-cn/reinstallInstance.md` *line 1.*
    pub fn reinstall_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        instance_spec: impl ::std::convert::Into<ReinstallInstanceSpec>,
    ) -> ReinstallInstance {
        ReinstallInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            client_token: ::std::option::Option::None,
            instance_spec: instance_spec.into(),
        }
    }
    /// 重启单个云物理服务器，只能重启running状态的服务器
    ///
    /// `PUT /v1/regions/{regionId}/instances/{instanceId}:restartInstance`
    ///
    /// *Documented in* `specs/cps/zh/jdclouddocs-cn/restartInstance.md` *line 1.*
    pub fn restart_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> RestartInstance {
        RestartInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            client_token: ::std::option::Option::None,
        }
    }
    /// 对单个云物理服务器执行开机操作，只能启动stopped状态的服务器
    ///
    /// `PUT /v1/regions/{regionId}/instances/{instanceId}:startInstance`
    ///
    /// *Documented in* `specs/cps/zh/jdclouddocs-cn/startInstance.md` *line 1.*
    pub fn start_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> StartInstance {
        StartInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            client_token: ::std::option::Option::None,
        }
    }
    /// 对单个云物理服务器执行关机操作，只能停止running状态的服务器
    ///
    /// `PUT /v1/regions/{regionId}/instances/{instanceId}:stopInstance`
    ///
    /// *Documented in* `specs/cps/zh/jdclouddocs-cn/stopInstance.md` *line 1.*
    pub fn stop_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> StopInstance {
        StopInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            client_token: ::std::option::Option::None,
        }
    }
}
/// Request builder of `createInstances`, made by [`Client::create_instances`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateInstances {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    client_token: ::std::option::Option<::std::string::String>,
    instance_spec: InstanceSpec,
}
impl CreateInstances {
    /// `clientToken`: 由客户端生成，用于保证请求的幂等性，长度不能超过36个字符；
    ///
    /// 如果多个请求使用了相同的clientToken，只会执行第一个请求，之后的请求直接返回第一个请求的结果
    ///
    /// When not set, a random token is generated, so that retries of this request are safe.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let client_token = self
            .client_token
            .clone()
            .unwrap_or_else(crate::runtime::new_client_token);
        body.member("clientToken", &client_token)?;
        body.member("instanceSpec", &self.instance_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PUT, "cps", "v1", path)
                .with_operation("createInstances");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        request = request.with_idempotent(true);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateInstancesResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateInstancesResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createInstances` lists. Read one from a service error with [`CreateInstancesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateInstancesErrorKind {
    /// HTTP 400.
    ///
    /// - Bad request
    BadRequest = 400,
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
impl CreateInstancesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeDeviceRaids`, made by [`Client::describe_device_raids`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeDeviceRaids {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    device_type: ::std::string::String,
    volume_type: ::std::option::Option<DescribeDeviceRaidsVolumeType>,
}
impl DescribeDeviceRaids {
    /// `volumeType`: 磁盘类型，取值范围：system、data
    pub fn volume_type(
        mut self,
        value: impl ::std::convert::Into<DescribeDeviceRaidsVolumeType>,
    ) -> Self {
        self.volume_type = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "deviceType", &self.device_type)?;
        if let ::std::option::Option::Some(value) = &self.volume_type {
            crate::runtime::push_query(&mut query, "volumeType", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/raids",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "cps", "v1", path)
                .with_operation("describeDeviceRaids");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeDeviceRaidsResult>,
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
        crate::runtime::Response<DescribeDeviceRaidsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeDeviceRaids` lists. Read one from a service error with [`DescribeDeviceRaidsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeDeviceRaidsErrorKind {
    /// HTTP 400.
    ///
    /// - Bad request
    BadRequest = 400,
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
impl DescribeDeviceRaidsErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeDeviceTypes`, made by [`Client::describe_device_types`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeDeviceTypes {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
}
impl DescribeDeviceTypes {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/deviceTypes",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "cps", "v1", path)
                .with_operation("describeDeviceTypes");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeDeviceTypesResult>,
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
        crate::runtime::Response<DescribeDeviceTypesResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeDeviceTypes` lists. Read one from a service error with [`DescribeDeviceTypesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeDeviceTypesErrorKind {
    /// HTTP 400.
    ///
    /// - Bad request
    BadRequest = 400,
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
impl DescribeDeviceTypesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeInstance`, made by [`Client::describe_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DescribeInstance {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "cps", "v1", path)
                .with_operation("describeInstance");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstanceResult>,
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
        crate::runtime::Response<DescribeInstanceResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeInstance` lists. Read one from a service error with [`DescribeInstanceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeInstanceErrorKind {
    /// HTTP 400.
    ///
    /// - Bad request
    BadRequest = 400,
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
impl DescribeInstanceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeInstanceName`, made by [`Client::describe_instance_name`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeInstanceName {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DescribeInstanceName {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:describeInstanceName",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "cps", "v1", path)
                .with_operation("describeInstanceName");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstanceNameResult>,
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
        crate::runtime::Response<DescribeInstanceNameResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeInstanceName` lists. Read one from a service error with [`DescribeInstanceNameErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeInstanceNameErrorKind {
    /// HTTP 400.
    ///
    /// - Bad request
    BadRequest = 400,
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
impl DescribeInstanceNameErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeInstanceRaid`, made by [`Client::describe_instance_raid`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeInstanceRaid {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DescribeInstanceRaid {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:describeInstanceRaid",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "cps", "v1", path)
                .with_operation("describeInstanceRaid");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstanceRaidResult>,
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
        crate::runtime::Response<DescribeInstanceRaidResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeInstanceRaid` lists. Read one from a service error with [`DescribeInstanceRaidErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeInstanceRaidErrorKind {
    /// HTTP 400.
    ///
    /// - Bad request
    BadRequest = 400,
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
impl DescribeInstanceRaidErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeInstanceStatus`, made by [`Client::describe_instance_status`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeInstanceStatus {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DescribeInstanceStatus {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:describeInstanceStatus",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "cps", "v1", path)
                .with_operation("describeInstanceStatus");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstanceStatusResult>,
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
        crate::runtime::Response<DescribeInstanceStatusResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeInstanceStatus` lists. Read one from a service error with [`DescribeInstanceStatusErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeInstanceStatusErrorKind {
    /// HTTP 400.
    ///
    /// - Bad request
    BadRequest = 400,
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
impl DescribeInstanceStatusErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeInstances`, made by [`Client::describe_instances`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeInstances {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    az: ::std::option::Option<::std::string::String>,
    device_type: ::std::option::Option<::std::string::String>,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    name: ::std::option::Option<::std::string::String>,
    network_type: ::std::option::Option<::std::string::String>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    status: ::std::option::Option<::std::string::String>,
}
impl DescribeInstances {
    /// `az`: 可用区，精确匹配
    pub fn az(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.az = ::std::option::Option::Some(value.into());
        self
    }
    /// `deviceType`: 实例类型，精确匹配，调用接口（describeDeviceTypes）获取实例类型
    pub fn device_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.device_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `filters`: instanceId - 云物理服务器ID，精确匹配，支持多个
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `name`: 云物理服务器名称，支持模糊匹配
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// `networkType`: 网络类型，精确匹配，目前只支持basic
    pub fn network_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.network_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: 页码；默认为1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小；默认为10；取值范围\[10, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `status`: 云物理服务器状态，参考云物理服务器状态
    pub fn status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.az {
            crate::runtime::push_query(&mut query, "az", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.device_type {
            crate::runtime::push_query(&mut query, "deviceType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.name {
            crate::runtime::push_query(&mut query, "name", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.network_type {
            crate::runtime::push_query(&mut query, "networkType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.status {
            crate::runtime::push_query(&mut query, "status", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "cps", "v1", path)
                .with_operation("describeInstances");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstancesResult>,
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
        crate::runtime::Response<DescribeInstancesResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `instances` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<Instance, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.instances.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeInstances` lists. Read one from a service error with [`DescribeInstancesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeInstancesErrorKind {
    /// HTTP 400.
    ///
    /// - Bad request
    BadRequest = 400,
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
impl DescribeInstancesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeOS`, made by [`Client::describe_os`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeOs {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    device_type: ::std::string::String,
}
impl DescribeOs {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "deviceType", &self.device_type)?;
        let path =
            crate::runtime::fill_path("/regions/{regionId}/os", &[("regionId", path_0.as_str())])?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "cps", "v1", path)
                .with_operation("describeOS");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeOsResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeOsResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeOS` lists. Read one from a service error with [`DescribeOsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeOsErrorKind {
    /// HTTP 400.
    ///
    /// - Bad request
    BadRequest = 400,
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
impl DescribeOsErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeRegiones`, made by [`Client::describe_regiones`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeRegiones {
    config: crate::runtime::Config,
}
impl DescribeRegiones {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path = "/regions".to_string();
        let request = crate::runtime::Request::new(crate::runtime::Method::GET, "cps", "v1", path)
            .with_operation("describeRegiones");
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeRegionesResult>,
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
        crate::runtime::Response<DescribeRegionesResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeRegiones` lists. Read one from a service error with [`DescribeRegionesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeRegionesErrorKind {
    /// HTTP 400.
    ///
    /// - Bad request
    BadRequest = 400,
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
impl DescribeRegionesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeSoftware`, made by [`Client::describe_software`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeSoftware {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    os_type_id: ::std::string::String,
}
impl DescribeSoftware {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.os_type_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/os/{osTypeId}/softwares",
            &[("regionId", path_0.as_str()), ("osTypeId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "cps", "v1", path)
                .with_operation("describeSoftware");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeSoftwareResult>,
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
        crate::runtime::Response<DescribeSoftwareResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeSoftware` lists. Read one from a service error with [`DescribeSoftwareErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeSoftwareErrorKind {
    /// HTTP 400.
    ///
    /// - Bad request
    BadRequest = 400,
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
impl DescribeSoftwareErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeSubnet`, made by [`Client::describe_subnet`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeSubnet {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    az: ::std::string::String,
}
impl DescribeSubnet {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "az", &self.az)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/subnet",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "cps", "v1", path)
                .with_operation("describeSubnet");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeSubnetResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeSubnetResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeSubnet` lists. Read one from a service error with [`DescribeSubnetErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeSubnetErrorKind {
    /// HTTP 400.
    ///
    /// - Bad request
    BadRequest = 400,
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
impl DescribeSubnetErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifyBandwidth`, made by [`Client::modify_bandwidth`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyBandwidth {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    bandwidth: i32,
    client_token: ::std::option::Option<::std::string::String>,
}
impl ModifyBandwidth {
    /// `clientToken`: 由客户端生成，用于保证请求的幂等性，长度不能超过36个字符；
    ///
    /// 如果多个请求使用了相同的clientToken，只会执行第一个请求，之后的请求直接返回第一个请求的结果
    ///
    /// When not set, a random token is generated, so that retries of this request are safe.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("bandwidth", &self.bandwidth)?;
        let client_token = self
            .client_token
            .clone()
            .unwrap_or_else(crate::runtime::new_client_token);
        body.member("clientToken", &client_token)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:modifyBandwidth",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PUT, "cps", "v1", path)
                .with_operation("modifyBandwidth");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        request = request.with_idempotent(true);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<ModifyBandwidthResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<ModifyBandwidthResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifyBandwidth` lists. Read one from a service error with [`ModifyBandwidthErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyBandwidthErrorKind {
    /// HTTP 400.
    ///
    /// - Bad request
    BadRequest = 400,
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
impl ModifyBandwidthErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifyInstance`, made by [`Client::modify_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    name: ::std::option::Option<::std::string::String>,
}
impl ModifyInstance {
    /// `description`: 云物理服务器描述
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// `name`: 云物理服务器名称
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
        let path_1 = self.instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.name {
            body.member("name", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:modifyInstance",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "cps", "v1", path)
                .with_operation("modifyInstance");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<ModifyInstanceResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<ModifyInstanceResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifyInstance` lists. Read one from a service error with [`ModifyInstanceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyInstanceErrorKind {
    /// HTTP 400.
    ///
    /// - Bad request
    BadRequest = 400,
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
impl ModifyInstanceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `reinstallInstance`, made by [`Client::reinstall_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ReinstallInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    client_token: ::std::option::Option<::std::string::String>,
    instance_spec: ReinstallInstanceSpec,
}
impl ReinstallInstance {
    /// `clientToken`: 由客户端生成，用于保证请求的幂等性，长度不能超过36个字符；
    ///
    /// 如果多个请求使用了相同的clientToken，只会执行第一个请求，之后的请求直接返回第一个请求的结果
    ///
    /// When not set, a random token is generated, so that retries of this request are safe.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let client_token = self
            .client_token
            .clone()
            .unwrap_or_else(crate::runtime::new_client_token);
        body.member("clientToken", &client_token)?;
        body.member("instanceSpec", &self.instance_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:reinstallInstance",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PUT, "cps", "v1", path)
                .with_operation("reinstallInstance");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        request = request.with_idempotent(true);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<ReinstallInstanceResult>,
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
        crate::runtime::Response<ReinstallInstanceResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `reinstallInstance` lists. Read one from a service error with [`ReinstallInstanceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReinstallInstanceErrorKind {
    /// HTTP 400.
    ///
    /// - Bad request
    BadRequest = 400,
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
impl ReinstallInstanceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `restartInstance`, made by [`Client::restart_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RestartInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    client_token: ::std::option::Option<::std::string::String>,
}
impl RestartInstance {
    /// `clientToken`: 由客户端生成，用于保证请求的幂等性，长度不能超过36个字符；
    ///
    /// 如果多个请求使用了相同的clientToken，只会执行第一个请求，之后的请求直接返回第一个请求的结果
    ///
    /// When not set, a random token is generated, so that retries of this request are safe.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let client_token = self
            .client_token
            .clone()
            .unwrap_or_else(crate::runtime::new_client_token);
        body.member("clientToken", &client_token)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:restartInstance",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PUT, "cps", "v1", path)
                .with_operation("restartInstance");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        request = request.with_idempotent(true);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<RestartInstanceResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<RestartInstanceResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `restartInstance` lists. Read one from a service error with [`RestartInstanceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RestartInstanceErrorKind {
    /// HTTP 400.
    ///
    /// - Bad request
    BadRequest = 400,
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
impl RestartInstanceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `startInstance`, made by [`Client::start_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    client_token: ::std::option::Option<::std::string::String>,
}
impl StartInstance {
    /// `clientToken`: 由客户端生成，用于保证请求的幂等性，长度不能超过36个字符；
    ///
    /// 如果多个请求使用了相同的clientToken，只会执行第一个请求，之后的请求直接返回第一个请求的结果
    ///
    /// When not set, a random token is generated, so that retries of this request are safe.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let client_token = self
            .client_token
            .clone()
            .unwrap_or_else(crate::runtime::new_client_token);
        body.member("clientToken", &client_token)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:startInstance",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PUT, "cps", "v1", path)
                .with_operation("startInstance");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        request = request.with_idempotent(true);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<StartInstanceResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<StartInstanceResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `startInstance` lists. Read one from a service error with [`StartInstanceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StartInstanceErrorKind {
    /// HTTP 400.
    ///
    /// - Bad request
    BadRequest = 400,
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
impl StartInstanceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `stopInstance`, made by [`Client::stop_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StopInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    client_token: ::std::option::Option<::std::string::String>,
}
impl StopInstance {
    /// `clientToken`: 由客户端生成，用于保证请求的幂等性，长度不能超过36个字符；
    ///
    /// 如果多个请求使用了相同的clientToken，只会执行第一个请求，之后的请求直接返回第一个请求的结果
    ///
    /// When not set, a random token is generated, so that retries of this request are safe.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let client_token = self
            .client_token
            .clone()
            .unwrap_or_else(crate::runtime::new_client_token);
        body.member("clientToken", &client_token)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:stopInstance",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PUT, "cps", "v1", path)
                .with_operation("stopInstance");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        request = request.with_idempotent(true);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<StopInstanceResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<StopInstanceResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `stopInstance` lists. Read one from a service error with [`StopInstanceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StopInstanceErrorKind {
    /// HTTP 400.
    ///
    /// - Bad request
    BadRequest = 400,
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
impl StopInstanceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
