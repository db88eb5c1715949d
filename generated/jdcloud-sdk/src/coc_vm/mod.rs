//! The `coc-vm` service, `https://coc-vm.jdcloud-api.com/v1`.
//!
//! Operations:
//!
//! - `createInstances` — 创建一台或多台指定配置的合作云主机实例。
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `coc-vm` service.
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
    /// 创建一台或多台指定配置的合作云主机实例。
    ///
    /// 详细操作说明请参考帮助文档：[创建实例](https://docs.jdcloud.com/cn/coc-virtual-machines/create-instance)
    ///
    /// - 创建实例前，请参考 [创建前准备](https://docs.jdcloud.com/coc-virtual-machines/account-preparation-linux) 完成实名认证、支付方式确认、计费类型选择等准备工作。
    ///
    /// - 创建实例的配置说明和选择指导，请参考 [配置项说明](https://docs.jdcloud.com/cn/coc-virtual-machines/select-configuration-linux)。
    ///
    /// - 各地域下实例及关联资源（合作云硬盘、合作弹性公网IP）的可创建数量受配额限制，创建前请通过 [DescribeUsage](https://docs.jdcloud.com/cn/coc-virtual-machines/api/describeusage?content=API) 确认配额，如须提升请[提交工单](https://ticket.jdcloud.com/applyorder/submit)或联系京东云客服。
    ///
    /// - 不同地域及可用区下售卖的实例规格有差异，可通过 [DescribeInstanceTypes](https://docs.jdcloud.com/coc-virtual-machines/api/describeinstancetypes?content=API) 查询在售规格及规格详细信息。
    ///
    /// - 通过本接口创建包年包月实例时将自动从账户扣款（代金券优先），如需使用第三方支付方式请通过控制台创建。
    ///
    /// - 单次请求最多支持创建 `100` 台实例。
    ///
    /// - 本接口为异步接口，请求下发成功后会返回RequestId和实例ID，此时实例处于 `Pending`（创建中）状态。如创建成功则实例自动变为 `Running`（运行中）状态；如创建失败则短暂处于 `Error`（错误）状态，随后将自动删除（创建失败的实例不会收费且会自动释放占用的配额）。实例状态可以通过 [describeInstanceStatus](https://docs.jdcloud.com/coc-virtual-machines/api/describeinstancestatus?content=API) 接口查询。
    ///
    /// - 批量创建多台实例时系统将尽可能完成目标创建数量，但受底层资源、配额等因素影响，可能存在部分成功部分失败的情况，还请关注最终完成数量，如有失败情况请尝试重新申请或联系客服。
    ///
    /// `POST /v1/regions/{regionId}/instances`
    ///
    /// *Documented in* `specs/coc-vm/zh/seed/createInstances.md` *line 1.*
    pub fn create_instances(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_spec: impl ::std::convert::Into<InstanceSpec>,
    ) -> CreateInstances {
        CreateInstances {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_spec: instance_spec.into(),
            max_count: ::std::option::Option::None,
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
    instance_spec: InstanceSpec,
    max_count: ::std::option::Option<i32>,
    client_token: ::std::option::Option<::std::string::String>,
}
impl CreateInstances {
    /// `maxCount`: 创建实例的数量，不能超过用户配额。
    ///
    /// 取值范围：\[1,100\]；默认值：1。
    ///
    /// 如果在弹性网卡中指定了内网IP地址，那么单次创建 `maxCount` 只能是 1。
    pub fn max_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.max_count = ::std::option::Option::Some(value.into());
        self
    }
    /// `clientToken`: 用于保证请求的幂等性。由客户端生成，并确保不同请求中该参数唯一，长度不能超过64个字符。
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
        body.member("instanceSpec", &self.instance_spec)?;
        if let ::std::option::Option::Some(value) = &self.max_count {
            body.member("maxCount", value)?;
        }
        let client_token = self
            .client_token
            .clone()
            .unwrap_or_else(crate::runtime::new_client_token);
        body.member("clientToken", &client_token)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "coc-vm", "v1", path)
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
    /// `INVALID_ARGUMENT`.
    ///
    /// - Parameter InstanceSpec.ImageId missing
    ///
    /// - Invalid password
    InvalidArgument = 508935190,
    /// `FAILED_PRECONDITION`.
    ///
    /// - Disk type 'xx' is out of stock
    ///
    /// - Image 'xx' not ready
    ///
    /// - Image constraints. Doesn't support instanceType 'xx'
    FailedPrecondition = 149797007,
    /// `OUT_OF_RANGE`.
    ///
    /// - Maxcount out of range
    ///
    /// - InstanceSpec.SystemDisk.CloudDiskSpec.DiskSizeGB out of range
    OutOfRange = 369612239,
    /// `CONFLICT`.
    ///
    /// - Subnet 'xx' not support ipv6
    Conflict = 850792503,
    /// `NOT_FOUND`.
    ///
    /// - InstanceType 'xx' not found
    ///
    /// - Subnet 'xx' not found
    ///
    /// - SecurityGroups 'xx' not found
    ///
    /// - KeyPair 'xx' not found
    ///
    /// - Image 'xx' not found
    NotFound = 200117369,
    /// `QUOTA_EXCEEDED`.
    ///
    /// - Instance quota limit exceeded
    QuotaExceeded = 50826449,
    /// `INTERNAL`.
    ///
    /// - Internal server error
    Internal = 322540072,
    /// `UNKNOWN`.
    ///
    /// - Unknown server error
    Unknown = 773670273,
    /// Any other error.
    Other = 0,
}
impl CreateInstancesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            ::std::option::Option::Some("INVALID_ARGUMENT") => {
                return Self::InvalidArgument;
            }
            ::std::option::Option::Some("FAILED_PRECONDITION") => {
                return Self::FailedPrecondition;
            }
            ::std::option::Option::Some("OUT_OF_RANGE") => return Self::OutOfRange,
            ::std::option::Option::Some("CONFLICT") => return Self::Conflict,
            ::std::option::Option::Some("NOT_FOUND") => return Self::NotFound,
            ::std::option::Option::Some("QUOTA_EXCEEDED") => return Self::QuotaExceeded,
            ::std::option::Option::Some("INTERNAL") => return Self::Internal,
            ::std::option::Option::Some("UNKNOWN") => return Self::Unknown,
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            _ => Self::Other,
        }
    }
}
