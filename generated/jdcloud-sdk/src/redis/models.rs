//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `AzId`
///
/// *Documented in* `specs/redis/zh/jdclouddocs-cn/describeCacheInstances.md` *line 66.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AzId {
    /// The availability zone ID of the region where the primary instance of the Redis is located
    ///
    /// **中文**
    ///
    /// 缓存Redis主实例所在区域可用区ID
    #[serde(
        rename = "master",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub master: ::std::option::Option<::std::string::String>,
    /// The availability zone ID of the region where the secondary instance of the Redis is located
    ///
    /// **中文**
    ///
    /// 缓存Redis从实例所在区域可用区ID
    #[serde(
        rename = "slave",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub slave: ::std::option::Option<::std::string::String>,
}
impl AzId {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `master`.
    pub fn with_master(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.master = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `slave`.
    pub fn with_slave(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.slave = ::std::option::Option::Some(value.into());
        self
    }
}
/// `AzIdSpec`
///
/// *Documented in* `specs/redis/en/jdcloudcom-en/createCacheInstance.md` *line 38.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AzIdSpec {
    /// The availability zone ID of the region where the primary instance of the JCS for Redis is located
    ///
    /// **中文**
    ///
    /// 缓存Redis主实例所在区域可用区ID
    #[serde(
        rename = "master",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub master: ::std::option::Option<::std::string::String>,
    /// The availability zone ID of the region where the secondary instance of the JCS for Redis is located
    ///
    /// **中文**
    ///
    /// 缓存Redis从实例所在区域可用区ID
    #[serde(
        rename = "slave",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub slave: ::std::option::Option<::std::string::String>,
}
impl AzIdSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `master`.
    pub fn with_master(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.master = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `slave`.
    pub fn with_slave(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.slave = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CacheInstance`
///
/// *Documented in* `specs/redis/zh/jdclouddocs-cn/describeCacheInstances.md` *line 48.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CacheInstance {
    /// 是否免密
    #[serde(
        rename = "auth",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auth: ::std::option::Option<bool>,
    /// az Information
    ///
    /// **中文**
    ///
    /// az信息
    #[serde(
        rename = "azId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az_id: ::std::option::Option<AzId>,
    /// For instance type code, see[instance type code](https://www.jdcloud.com/help/detail/411/isCatalog/1)
    ///
    /// **中文**
    ///
    /// 实例规格代码，参见[实例规格代码](https://www.jdcloud.com/help/detail/411/isCatalog/1)
    #[serde(
        rename = "cacheInstanceClass",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_instance_class: ::std::option::Option<::std::string::String>,
    /// Instance Description
    ///
    /// **中文**
    ///
    /// 实例描述
    #[serde(
        rename = "cacheInstanceDescription",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_instance_description: ::std::option::Option<::std::string::String>,
    /// Instance ID
    ///
    /// **中文**
    ///
    /// 实例ID
    #[serde(
        rename = "cacheInstanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_instance_id: ::std::option::Option<::std::string::String>,
    /// Capacity, in MB
    ///
    /// **中文**
    ///
    /// 容量，单位MB
    #[serde(
        rename = "cacheInstanceMemoryMB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_instance_memory_mb: ::std::option::Option<i32>,
    /// Instance Name
    ///
    /// **中文**
    ///
    /// 实例名称
    #[serde(
        rename = "cacheInstanceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_instance_name: ::std::option::Option<::std::string::String>,
    /// Instance status, running: running, error: error, creating: pending, changing: changing, deleting: deleting
    ///
    /// **中文**
    ///
    /// 实例状态，running：运行，error：错误，creating：创建中，changing：变配中，deleting：删除中
    #[serde(
        rename = "cacheInstanceStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_instance_status: ::std::option::Option<::std::string::String>,
    /// Billing Information
    ///
    /// **中文**
    ///
    /// 计费信息
    #[serde(
        rename = "charge",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge: ::std::option::Option<Charge>,
    /// Access to the domain name
    ///
    /// **中文**
    ///
    /// 访问域名
    #[serde(
        rename = "connectionDomain",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connection_domain: ::std::option::Option<::std::string::String>,
    /// Creation Time
    ///
    /// **中文**
    ///
    /// 创建时间
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// Instance Version
    ///
    /// **中文**
    ///
    /// 实例版本
    #[serde(
        rename = "instanceVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_version: ::std::option::Option<::std::string::String>,
    /// Port
    ///
    /// **中文**
    ///
    /// 端口
    #[serde(
        rename = "port",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub port: ::std::option::Option<i32>,
    /// ID of Subnet
    ///
    /// **中文**
    ///
    /// 所属子网的ID
    #[serde(
        rename = "subnetId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// ID of VPC
    ///
    /// **中文**
    ///
    /// 所属VPC的ID
    #[serde(
        rename = "vpcId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
}
impl CacheInstance {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `auth`.
    pub fn with_auth(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `azId`.
    pub fn with_az_id(mut self, value: impl ::std::convert::Into<AzId>) -> Self {
        self.az_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cacheInstanceClass`.
    pub fn with_cache_instance_class(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cache_instance_class = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cacheInstanceDescription`.
    pub fn with_cache_instance_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cache_instance_description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cacheInstanceId`.
    pub fn with_cache_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cache_instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cacheInstanceMemoryMB`.
    pub fn with_cache_instance_memory_mb(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.cache_instance_memory_mb = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cacheInstanceName`.
    pub fn with_cache_instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cache_instance_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cacheInstanceStatus`.
    pub fn with_cache_instance_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cache_instance_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `charge`.
    pub fn with_charge(mut self, value: impl ::std::convert::Into<Charge>) -> Self {
        self.charge = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `connectionDomain`.
    pub fn with_connection_domain(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.connection_domain = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `createTime`.
    pub fn with_create_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.create_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceVersion`.
    pub fn with_instance_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `port`.
    pub fn with_port(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `subnetId`.
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `vpcId`.
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CacheInstanceSpec`
///
/// *Documented in* `specs/redis/en/jdcloudcom-en/createCacheInstance.md` *line 28.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CacheInstanceSpec {
    /// The ID information of the availability zone of the region where the JCS for Redis instance is located
    ///
    /// **中文**
    ///
    /// 缓存Redis实例所在区域可用区ID信息
    #[serde(rename = "azId", default)]
    pub az_id: AzIdSpec,
    /// For JCS for Redis instance type code, see code table of instance type[instance type code](https://www.jdcloud.com/help/detail/411/isCatalog/1).
    ///
    /// **中文**
    ///
    /// 缓存redis实例规格代码，参见实例规格代码表[实例规格代码](https://www.jdcloud.com/help/detail/411/isCatalog/1)。
    #[serde(rename = "cacheInstanceClass", default)]
    pub cache_instance_class: ::std::string::String,
    /// The description of the JCS for Redis instance cannot be more than 256 characters
    ///
    /// **中文**
    ///
    /// 缓存Redis实例描述，不能超过256个字符
    #[serde(
        rename = "cacheInstanceDescription",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_instance_description: ::std::option::Option<::std::string::String>,
    /// The name of the JCS for Redis instance only supports numbers, letters, underlines, Chinese, no less than 2 characters and no more than 32 characters
    ///
    /// **中文**
    ///
    /// 缓存redis实例名称，只支持数字、字母、英文下划线、中文，且不少于2字符不超过32字符
    #[serde(rename = "cacheInstanceName", default)]
    pub cache_instance_name: ::std::string::String,
    /// Password contains and only supports letters and numbers with no less than 8 characters and no more than 16 characters. If the password is null, it means password-free.
    ///
    /// **中文**
    ///
    /// 密码，为空即为免密，包含且只支持字母及数字，不少于8字符不超过16字符
    #[serde(
        rename = "password",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::std::string::String>,
    /// The subnet ID of the JCS for Redis instance under the Virtual Private Cloud
    ///
    /// **中文**
    ///
    /// 缓存redis实例在私有网络下所属的子网ID
    #[serde(rename = "subnetId", default)]
    pub subnet_id: ::std::string::String,
    /// The Virtual Private Cloud ID to which the JCS for Redis instance belongs
    ///
    /// **中文**
    ///
    /// 缓存redis实例所属的私有网络ID
    #[serde(rename = "vpcId", default)]
    pub vpc_id: ::std::string::String,
}
impl CacheInstanceSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        az_id: impl ::std::convert::Into<AzIdSpec>,
        cache_instance_class: impl ::std::convert::Into<::std::string::String>,
        cache_instance_name: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
        vpc_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            az_id: az_id.into(),
            cache_instance_class: cache_instance_class.into(),
            cache_instance_name: cache_instance_name.into(),
            subnet_id: subnet_id.into(),
            vpc_id: vpc_id.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `cacheInstanceDescription`.
    pub fn with_cache_instance_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cache_instance_description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `password`.
    pub fn with_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for CacheInstanceSpec {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CacheInstanceSpec")
            .field("azId", &self.az_id)
            .field("cacheInstanceClass", &self.cache_instance_class)
            .field("cacheInstanceDescription", &self.cache_instance_description)
            .field("cacheInstanceName", &self.cache_instance_name)
            .field("password", &"***")
            .field("subnetId", &self.subnet_id)
            .field("vpcId", &self.vpc_id)
            .finish()
    }
}
/// `Charge`
///
/// *Documented in* `specs/redis/zh/jdclouddocs-cn/describeCacheInstances.md` *line 71.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Charge {
    /// Expiration time, i.e. the expiration time of Pay-In-Advance resource, which shall be subject to ISO8601, with the UTC time used in the format of YYYY-MM-DDTHH:mm:ssZ. Pay-As-You-Go resource field is blank.
    ///
    /// **中文**
    ///
    /// 过期时间，预付费资源的到期时间，遵循ISO8601标准，使用UTC时间，格式为：YYYY-MM-DDTHH:mm:ssZ，后付费资源此字段内容为空
    #[serde(
        rename = "chargeExpiredTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_expired_time: ::std::option::Option<::std::string::String>,
    /// Payment model, the value shall be prepaid_by_duration, postpaid_by_usage or postpaid_by_duration; prepaid_by_duration refers to Pay-In-Advance; postpaid_by_usage refers to Pay By Consumption and Pay-As-You-Go; postpaid_by_duration refers to Pay By Configuration and Pay-As-You-Go, and is postpaid_by_duration by default
    ///
    /// **中文**
    ///
    /// 支付模式，取值为：prepaid_by_duration，postpaid_by_usage或postpaid_by_duration，prepaid_by_duration表示预付费，postpaid_by_usage表示按用量后付费，postpaid_by_duration表示按配置后付费，默认为postpaid_by_duration
    #[serde(
        rename = "chargeMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_mode: ::std::option::Option<ChargeChargeMode>,
    /// The expected release time refers to the expected release time of resources. This value is both available for the Pay-In-Advance/Pay-As-You-Go resources, conforming to the ISO8601 standard, with the UTC time used in the format of YYYY-MM-DDTHH:mm:ssZ
    ///
    /// **中文**
    ///
    /// 预期释放时间，资源的预期释放时间，预付费/后付费资源均有此值，遵循ISO8601标准，使用UTC时间，格式为：YYYY-MM-DDTHH:mm:ssZ
    #[serde(
        rename = "chargeRetireTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_retire_time: ::std::option::Option<::std::string::String>,
    /// The start time of the billing shall be subject to ISO8601, with the UTC time used in the format of YYYY-MM-DDTHH:mm:ssZ
    ///
    /// **中文**
    ///
    /// 计费开始时间，遵循ISO8601标准，使用UTC时间，格式为：YYYY-MM-DDTHH:mm:ssZ
    #[serde(
        rename = "chargeStartTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_start_time: ::std::option::Option<::std::string::String>,
    /// Cost payment status, the value is respectively normal, overdue and arrear.
    ///
    /// **中文**
    ///
    /// 费用支付状态，取值为：normal、overdue、arrear，normal表示正常，overdue表示已到期，arrear表示欠费
    #[serde(
        rename = "chargeStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_status: ::std::option::Option<ChargeChargeStatus>,
}
impl Charge {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `chargeExpiredTime`.
    pub fn with_charge_expired_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charge_expired_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeMode`.
    pub fn with_charge_mode(mut self, value: impl ::std::convert::Into<ChargeChargeMode>) -> Self {
        self.charge_mode = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeRetireTime`.
    pub fn with_charge_retire_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charge_retire_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeStartTime`.
    pub fn with_charge_start_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charge_start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeStatus`.
    pub fn with_charge_status(
        mut self,
        value: impl ::std::convert::Into<ChargeChargeStatus>,
    ) -> Self {
        self.charge_status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ChargeSpec`
///
/// *Documented in* `specs/redis/en/jdcloudcom-en/createCacheInstance.md` *line 43.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ChargeSpec {
    /// Pay-In-Advance billing duration, the Pay-In-Advance is compulsory and valid only when the value of chargeMode is prepaid_by_duration. When chargeUnit is month, the value shall be 1~9; when chargeUnit is year, the value shall be 1, 2 or 3
    ///
    /// **中文**
    ///
    /// 预付费计费时长，预付费必填，当chargeMode取值为prepaid_by_duration时有效。当chargeUnit为month时取值为：1~9，当chargeUnit为year时取值为：1、2、3
    #[serde(
        rename = "chargeDuration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_duration: ::std::option::Option<i32>,
    /// Billing model value is prepaid_by_duration, postpaid_by_usage or postpaid_by_duration; prepaid_by_duration means Pay-In-Advance, postpaid_by_usage means Pay-As-You-Go By Consumption and postpaid_by_duration means pay by configuration; is postpaid_by_duration by default. Please refer to the Help Documentation of specific product line to confirm the billing type supported by the production line
    ///
    /// **中文**
    ///
    /// 计费模式，取值为：prepaid_by_duration，postpaid_by_usage或postpaid_by_duration，prepaid_by_duration表示预付费，postpaid_by_usage表示按用量后付费，postpaid_by_duration表示按配置后付费，默认为postpaid_by_duration.请参阅具体产品线帮助文档确认该产品线支持的计费类型
    #[serde(
        rename = "chargeMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_mode: ::std::option::Option<ChargeSpecChargeMode>,
    /// Billing unit of Pay-In-Advance, the Pay-In-Advance is compulsory, and valid only when chargeMode is prepaid_by_duration, and the value is month or year and month by default
    ///
    /// **中文**
    ///
    /// 预付费计费单位，预付费必填，当chargeMode为prepaid_by_duration时有效，取值为：month、year，默认为month
    #[serde(
        rename = "chargeUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_unit: ::std::option::Option<::std::string::String>,
}
impl ChargeSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `chargeDuration`.
    pub fn with_charge_duration(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.charge_duration = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeMode`.
    pub fn with_charge_mode(
        mut self,
        value: impl ::std::convert::Into<ChargeSpecChargeMode>,
    ) -> Self {
        self.charge_mode = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeUnit`.
    pub fn with_charge_unit(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charge_unit = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ClusterInfo`
///
/// *Documented in* `specs/redis/en/jdcloudcom-en/describeClusterInfo.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ClusterInfo {
    /// proxy List
    #[serde(
        rename = "proxies",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub proxies: ::std::option::Option<Proxy>,
    /// shard List
    #[serde(
        rename = "shards",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shards: ::std::option::Option<Shard>,
}
impl ClusterInfo {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `proxies`.
    pub fn with_proxies(mut self, value: impl ::std::convert::Into<Proxy>) -> Self {
        self.proxies = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `shards`.
    pub fn with_shards(mut self, value: impl ::std::convert::Into<Shard>) -> Self {
        self.shards = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ConfigItem`
///
/// *Documented in* `specs/redis/en/jdcloudcom-en/describeInstanceConfig.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigItem {
    /// Now, configName supports the following parameters:
    ///
    /// maxmemory-policy (both redis 2.8 and redis 4.0 are supported, but their configuration values are not the same): Maximum usage limit for memory elimination policy
    ///
    /// hash-max-ziplist-entries (both redis 2.8 and redis 4.0 are supported): The hash object realized with the ziplist code, and the maximum entry count threshold in ziplist
    ///
    /// hash-max-ziplist-value (both redis 2.8 and redis 4.0 are supported): The hash object realized with ziplist and maximum value length in ziplist
    ///
    /// list-max-ziplist-entries (only redis 2.8 is supported): The list object realized with the ziplist code and maximum entry count threshold in ziplist
    ///
    /// list-max-ziplist-value (only redis 2.8 is supported): The list object realized with the ziplist code and maximum value length in ziplist
    ///
    /// list-max-ziplist-size (only redis 4.0 is supported): The list object realized with the ziplist code and the ziplist length defined according to data item count or occupied byte number
    ///
    /// list-compress-depth (only redis 4.0 is supported): The list object realized with the ziplist code and the number of nodes whose both quicklist ends are not compressed
    ///
    /// set-max-intset-entries (both redis 2.8 and redis 4.0 are supported): The set object realized with the intset code and the maximum entry count threshold in intset
    ///
    /// zset-max-ziplist-entries (both redis 2.8 and redis 4.0 are supported): The ordered set object realized with the ziplist code and the maximum entry count threshold in ziplist
    ///
    /// zset-max-ziplist-value (both redis 2.8 and redis 4.0 are supported): The ordered set object realized with the ziplist code and the maximum value length in ziplist
    ///
    /// slowlog-log-slower-than (both redis 2.8 and redis 4.0 are supported): The slow query log time-out period, unit: microsecond (1000000 means 1 second), 0 refers to record all commands
    ///
    /// notify-keyspace-events (only redis 4.0 is supported): incent notification
    #[serde(rename = "configName", default)]
    pub config_name: ::std::string::String,
    /// Parameter configuration values, default values and reference values are as follows:
    ///
    /// maxmemory-policy (the default value of both redis 2.8 and redis 4.0 is volatile-lru): The reference values of redis 4.0 include \[volatile-lru, allkeys-lru, volatile-lfu, allkeys-lfu, volatile-random, allkeys-random, volatile-ttl, noeviction\] and the reference values of redis 2.8 include \[volatile-lru , allkeys-lru , volatile-random , allkeys-random , volatile-ttl , noeviction\]
    ///
    /// hash-max-ziplist-entries (the default value of both redis 2.8 and redis 4.0 is 512): \[0-10000\]
    ///
    /// hash-max-ziplist-value (the default value of both redis 2.8 and redis 4.0 is 64): \[0-10000\]
    ///
    /// list-max-ziplist-entries (the default value of redis 2.8 is 512 and redis 4.0 is not supported): \[0-10000\]
    ///
    /// list-max-ziplist-value (the default value of redis 2.8 is 64 and redis 4.0 is not supported): \[0-10000\]
    ///
    /// list-max-ziplist-size (the default value of redis 4.0 is -2 and redis 2.8 is not supported): \[-5-10000\]
    ///
    /// list-compress-depth (the default value of redis 4.0 is 0 and redis 2.8 is not supported): \[0-10000\]
    ///
    /// set-max-intset-entries (the default value of both redis 2.8 and redis 4.0 is 512): \[0-10000\]
    ///
    /// zset-max-ziplist-entries (the default value of both redis 2.8 and redis 4.0 is 128): \[0-10000\]
    ///
    /// zset-max-ziplist-value (the default value of both redis 2.8 and redis 4.0 is 64): \[0-10000\]
    ///
    /// slowlog-log-slower-than (the default value of both redis 2.8 and redis 4.0 is 10000): \[0-10000\]
    ///
    /// notify-keyspace-events (the default value of redis 4.0 is null and redis 2.8 is not supported): combination of letters \[K , E , g , $ , l , s , h , z , x , e , A\], case sensitive or null
    #[serde(rename = "configValue", default)]
    pub config_value: ::std::string::String,
}
impl ConfigItem {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        config_name: impl ::std::convert::Into<::std::string::String>,
        config_value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            config_name: config_name.into(),
            config_value: config_value.into(),
            ..::std::default::Default::default()
        }
    }
}
/// `CreateBackupResult`
///
/// *Documented in* `specs/redis/en/jdcloudcom-en/createBackup.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateBackupResult {
    /// This backup task ID can be used for searching result of this backup task
    #[serde(
        rename = "baseId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub base_id: ::std::option::Option<::std::string::String>,
}
impl CreateBackupResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `baseId`.
    pub fn with_base_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.base_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateCacheInstanceResult`
///
/// *Documented in* `specs/redis/en/jdcloudcom-en/createCacheInstance.md` *line 57.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateCacheInstanceResult {
    /// ID of the Cache Instance Created.
    ///
    /// **中文**
    ///
    /// 创建的缓存实例的ID。
    #[serde(
        rename = "cacheInstanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_instance_id: ::std::option::Option<::std::string::String>,
    /// The order number generated by creating the cache instance.
    ///
    /// **中文**
    ///
    /// 创建缓存实例所生成的订单编号。
    #[serde(
        rename = "orderNum",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_num: ::std::option::Option<::std::string::String>,
}
impl CreateCacheInstanceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `cacheInstanceId`.
    pub fn with_cache_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cache_instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `orderNum`.
    pub fn with_order_num(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.order_num = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeCacheInstanceResult`
///
/// *Documented in* `specs/redis/zh/jdclouddocs-cn/describeCacheInstance.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeCacheInstanceResult {
    /// 要查询目标缓存实例的信息
    #[serde(
        rename = "cacheInstance",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_instance: ::std::option::Option<CacheInstance>,
}
impl DescribeCacheInstanceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `cacheInstance`.
    pub fn with_cache_instance(mut self, value: impl ::std::convert::Into<CacheInstance>) -> Self {
        self.cache_instance = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeCacheInstancesResult`
///
/// *Documented in* `specs/redis/zh/jdclouddocs-cn/describeCacheInstances.md` *line 43.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeCacheInstancesResult {
    /// The information to query the object cache instance.
    ///
    /// **中文**
    ///
    /// 要查询目标缓存实例的信息。
    #[serde(
        rename = "cacheInstances",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cache_instances: ::std::option::Option<::std::vec::Vec<CacheInstance>>,
    /// The total number of cache instances queried.
    ///
    /// **中文**
    ///
    /// 查询到的缓存实例总个数。
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeCacheInstancesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `cacheInstances`.
    pub fn with_cache_instances(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<CacheInstance>>,
    ) -> Self {
        self.cache_instances = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeClusterInfoResult`
///
/// *Documented in* `specs/redis/en/jdcloudcom-en/describeClusterInfo.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeClusterInfoResult {
    /// Internal Cluster Information
    #[serde(
        rename = "info",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub info: ::std::option::Option<ClusterInfo>,
}
impl DescribeClusterInfoResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `info`.
    pub fn with_info(mut self, value: impl ::std::convert::Into<ClusterInfo>) -> Self {
        self.info = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeInstanceClassResult`
///
/// *Documented in* `specs/redis/zh/jdclouddocs-cn/describeInstanceClass.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceClassResult {
    /// `instanceClasses`
    #[serde(
        rename = "instanceClasses",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_classes: ::std::option::Option<::std::vec::Vec<InstanceClass>>,
    /// `totalCount`
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeInstanceClassResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `instanceClasses`.
    pub fn with_instance_classes(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InstanceClass>>,
    ) -> Self {
        self.instance_classes = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeInstanceConfigResult`
///
/// *Documented in* `specs/redis/en/jdcloudcom-en/describeInstanceConfig.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceConfigResult {
    /// `instanceConfig`
    #[serde(
        rename = "instanceConfig",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_config: ::std::option::Option<::std::vec::Vec<ConfigItem>>,
}
impl DescribeInstanceConfigResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `instanceConfig`.
    pub fn with_instance_config(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ConfigItem>>,
    ) -> Self {
        self.instance_config = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeSlowLogResult`
///
/// *Documented in* `specs/redis/en/jdcloudcom-en/describeSlowLog.md` *line 34.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSlowLogResult {
    /// Slow Search Log List on This Page
    #[serde(
        rename = "slowLogs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub slow_logs: ::std::option::Option<::std::vec::Vec<SlowLog>>,
    /// Total Entries of Slow Search Logs
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeSlowLogResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `slowLogs`.
    pub fn with_slow_logs(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<SlowLog>>,
    ) -> Self {
        self.slow_logs = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeUserQuotaResult`
///
/// *Documented in* `specs/redis/en/jdcloudcom-en/describeUserQuota.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeUserQuotaResult {
    /// `quota`
    #[serde(
        rename = "quota",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quota: ::std::option::Option<Quota>,
}
impl DescribeUserQuotaResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `quota`.
    pub fn with_quota(mut self, value: impl ::std::convert::Into<Quota>) -> Self {
        self.quota = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Filter`
///
/// *Documented in* `specs/redis/zh/jdclouddocs-cn/describeCacheInstances.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Filter {
    /// Name of filter requirements
    ///
    /// **中文**
    ///
    /// 过滤条件的名称
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// Operator of filter requirements is eq by default
    ///
    /// **中文**
    ///
    /// 过滤条件的操作符，默认eq
    #[serde(
        rename = "operator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operator: ::std::option::Option<::std::string::String>,
    /// Value of filter requirements
    ///
    /// **中文**
    ///
    /// 过滤条件的值
    #[serde(rename = "values", default)]
    pub values: ::std::vec::Vec<::std::string::String>,
}
impl Filter {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        values: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        Self {
            name: name.into(),
            values: values.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `operator`.
    pub fn with_operator(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.operator = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceClass`
///
/// *Documented in* `specs/redis/zh/jdclouddocs-cn/describeInstanceClass.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceClass {
    /// 带宽
    #[serde(
        rename = "bandwidthMbps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth_mbps: ::std::option::Option<i32>,
    /// cpu
    #[serde(
        rename = "cpu",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu: ::std::option::Option<i32>,
    /// 磁盘
    #[serde(
        rename = "diskGB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_gb: ::std::option::Option<i32>,
    /// 实例规格代码,参见实例规格代码表
    #[serde(
        rename = "instanceClass",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_class: ::std::option::Option<::std::string::String>,
    /// 最大链接数
    #[serde(
        rename = "maxConnetction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_connetction: ::std::option::Option<i32>,
    /// 内存
    #[serde(
        rename = "memoryMB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory_mb: ::std::option::Option<i32>,
}
impl InstanceClass {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `bandwidthMbps`.
    pub fn with_bandwidth_mbps(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.bandwidth_mbps = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cpu`.
    pub fn with_cpu(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.cpu = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `diskGB`.
    pub fn with_disk_gb(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.disk_gb = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceClass`.
    pub fn with_instance_class(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_class = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `maxConnetction`.
    pub fn with_max_connetction(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.max_connetction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `memoryMB`.
    pub fn with_memory_mb(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.memory_mb = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ModifyCacheInstanceClassResult`
///
/// *Documented in* `specs/redis/zh/jdclouddocs-cn/modifyCacheInstanceClass.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyCacheInstanceClassResult {
    /// 本次变更请求的订单编号。
    #[serde(
        rename = "orderNum",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_num: ::std::option::Option<::std::string::String>,
}
impl ModifyCacheInstanceClassResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `orderNum`.
    pub fn with_order_num(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.order_num = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Proxy`
///
/// *Documented in* `specs/redis/en/jdcloudcom-en/describeClusterInfo.md` *line 41.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Proxy {
    /// `id`
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<::std::string::String>,
}
impl Proxy {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Quota`
///
/// *Documented in* `specs/redis/en/jdcloudcom-en/describeUserQuota.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Quota {
    /// Name of the Quota Item
    ///
    /// **中文**
    ///
    /// 配额项的名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// Quota
    ///
    /// **中文**
    ///
    /// 配额
    #[serde(
        rename = "max",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max: ::std::option::Option<i32>,
    /// Used Number
    ///
    /// **中文**
    ///
    /// 已使用的数目
    #[serde(
        rename = "used",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used: ::std::option::Option<i32>,
}
impl Quota {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `max`.
    pub fn with_max(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.max = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `used`.
    pub fn with_used(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.used = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Shard`
///
/// *Documented in* `specs/redis/en/jdcloudcom-en/describeClusterInfo.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Shard {
    /// `id`
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<::std::string::String>,
}
impl Shard {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `SlowLog`
///
/// *Documented in* `specs/redis/en/jdcloudcom-en/describeSlowLog.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SlowLog {
    /// Command
    #[serde(
        rename = "command",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command: ::std::option::Option<::std::string::String>,
    /// Command execution start time (UTC time of ISO 8601 standard, in format of YYYY-MM-DDTHH:mm:ssZ)
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// Command Execution Duration (With Unit)
    #[serde(
        rename = "executionTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub execution_time: ::std::option::Option<::std::string::String>,
    /// Muti-part id of Execution Command
    #[serde(
        rename = "shardId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shard_id: ::std::option::Option<::std::string::String>,
}
impl SlowLog {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `command`.
    pub fn with_command(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.command = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn with_start_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `executionTime`.
    pub fn with_execution_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execution_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `shardId`.
    pub fn with_shard_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.shard_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Sort`
///
/// *Documented in* `specs/redis/zh/jdclouddocs-cn/describeCacheInstances.md` *line 25.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Sort {
    /// Direction of sorting requirements
    ///
    /// **中文**
    ///
    /// 排序条件的方向
    #[serde(
        rename = "direction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub direction: ::std::option::Option<::std::string::String>,
    /// Name of sorting requirements
    ///
    /// **中文**
    ///
    /// 排序条件的名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
}
impl Sort {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `direction`.
    pub fn with_direction(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.direction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}
/// Allowed values of ChargeChargeMode.
///
/// Payment model, the value shall be prepaid_by_duration, postpaid_by_usage or postpaid_by_duration; prepaid_by_duration refers to Pay-In-Advance; postpaid_by_usage refers to Pay By Consumption and Pay-As-You-Go; postpaid_by_duration refers to Pay By Configuration and Pay-As-You-Go, and is postpaid_by_duration by default
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ChargeChargeMode {
    /// `prepaid_by_duration`
    PrepaidByDuration,
    /// `postpaid_by_usage`
    PostpaidByUsage,
    /// `postpaid_by_duration`
    PostpaidByDuration,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ChargeChargeMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PrepaidByDuration => "prepaid_by_duration",
            Self::PostpaidByUsage => "postpaid_by_usage",
            Self::PostpaidByDuration => "postpaid_by_duration",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ChargeChargeMode {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ChargeChargeMode {
    fn from(value: &str) -> Self {
        match value {
            "prepaid_by_duration" => Self::PrepaidByDuration,
            "postpaid_by_usage" => Self::PostpaidByUsage,
            "postpaid_by_duration" => Self::PostpaidByDuration,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ChargeChargeMode {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ChargeChargeMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ChargeChargeMode {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ChargeChargeMode {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of ChargeChargeStatus.
///
/// Cost payment status, the value is respectively normal, overdue and arrear.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ChargeChargeStatus {
    /// `normal`
    Normal,
    /// `overdue`
    Overdue,
    /// `arrear`
    Arrear,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ChargeChargeStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "normal",
            Self::Overdue => "overdue",
            Self::Arrear => "arrear",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ChargeChargeStatus {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ChargeChargeStatus {
    fn from(value: &str) -> Self {
        match value {
            "normal" => Self::Normal,
            "overdue" => Self::Overdue,
            "arrear" => Self::Arrear,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ChargeChargeStatus {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ChargeChargeStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ChargeChargeStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ChargeChargeStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of ChargeSpecChargeMode.
///
/// Billing model value is prepaid_by_duration, postpaid_by_usage or postpaid_by_duration; prepaid_by_duration means Pay-In-Advance, postpaid_by_usage means Pay-As-You-Go By Consumption and postpaid_by_duration means pay by configuration; is postpaid_by_duration by default. Please refer to the Help Documentation of specific product line to confirm the billing type supported by the production line
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ChargeSpecChargeMode {
    /// `prepaid_by_duration`
    PrepaidByDuration,
    /// `postpaid_by_usage`
    PostpaidByUsage,
    /// `postpaid_by_duration`
    PostpaidByDuration,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ChargeSpecChargeMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PrepaidByDuration => "prepaid_by_duration",
            Self::PostpaidByUsage => "postpaid_by_usage",
            Self::PostpaidByDuration => "postpaid_by_duration",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ChargeSpecChargeMode {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ChargeSpecChargeMode {
    fn from(value: &str) -> Self {
        match value {
            "prepaid_by_duration" => Self::PrepaidByDuration,
            "postpaid_by_usage" => Self::PostpaidByUsage,
            "postpaid_by_duration" => Self::PostpaidByDuration,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ChargeSpecChargeMode {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ChargeSpecChargeMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ChargeSpecChargeMode {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ChargeSpecChargeMode {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
