//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `Az`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeRegiones.md` *line 35.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Az {
    /// 可用区代码，如 cn-east-1a
    #[serde(
        rename = "az",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az: ::std::option::Option<::std::string::String>,
    /// 可用区名称
    #[serde(
        rename = "azName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az_name: ::std::option::Option<::std::string::String>,
    /// 地域代码，如 cn-east-1
    #[serde(
        rename = "region",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
}
impl Az {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `az`.
    pub fn with_az(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.az = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `azName`.
    pub fn with_az_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.az_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `region`.
    pub fn with_region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Charge`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeInstances.md` *line 78.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Charge {
    /// 过期时间，预付费资源的到期时间，遵循ISO8601标准，使用UTC时间，格式为：YYYY-MM-DDTHH:mm:ssZ，后付费资源此字段内容为空
    #[serde(
        rename = "chargeExpiredTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_expired_time: ::std::option::Option<::std::string::String>,
    /// 支付模式，取值为：prepaid_by_duration，postpaid_by_usage或postpaid_by_duration，prepaid_by_duration表示预付费，postpaid_by_usage表示按用量后付费，postpaid_by_duration表示按配置后付费，默认为postpaid_by_duration
    #[serde(
        rename = "chargeMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_mode: ::std::option::Option<ChargeChargeMode>,
    /// 预期释放时间，资源的预期释放时间，预付费/后付费资源均有此值，遵循ISO8601标准，使用UTC时间，格式为：YYYY-MM-DDTHH:mm:ssZ
    #[serde(
        rename = "chargeRetireTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_retire_time: ::std::option::Option<::std::string::String>,
    /// 计费开始时间，遵循ISO8601标准，使用UTC时间，格式为：YYYY-MM-DDTHH:mm:ssZ
    #[serde(
        rename = "chargeStartTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_start_time: ::std::option::Option<::std::string::String>,
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
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/createInstances.md` *line 62.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ChargeSpec {
    /// 预付费计费时长，预付费必填，当chargeMode取值为prepaid_by_duration时有效。当chargeUnit为month时取值为：1~9，当chargeUnit为year时取值为：1、2、3
    #[serde(
        rename = "chargeDuration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_duration: ::std::option::Option<i32>,
    /// 计费模式，取值为：prepaid_by_duration，postpaid_by_usage或postpaid_by_duration，prepaid_by_duration表示预付费，postpaid_by_usage表示按用量后付费，postpaid_by_duration表示按配置后付费，默认为postpaid_by_duration.请参阅具体产品线帮助文档确认该产品线支持的计费类型
    #[serde(
        rename = "chargeMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_mode: ::std::option::Option<ChargeSpecChargeMode>,
    /// 预付费计费单位，预付费必填，当chargeMode为prepaid_by_duration时有效，取值为：month、year，默认为month
    #[serde(
        rename = "chargeUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_unit: ::std::option::Option<ChargeSpecChargeUnit>,
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
        value: impl ::std::convert::Into<ChargeSpecChargeUnit>,
    ) -> Self {
        self.charge_unit = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateInstancesResult`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/createInstances.md` *line 82.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateInstancesResult {
    /// `instanceIds`
    #[serde(
        rename = "instanceIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl CreateInstancesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `instanceIds`.
    pub fn with_instance_ids(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.instance_ids = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeDeviceRaidsResult`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeDeviceRaids.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeDeviceRaidsResult {
    /// `raids`
    #[serde(
        rename = "raids",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub raids: ::std::option::Option<::std::vec::Vec<Raid>>,
}
impl DescribeDeviceRaidsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `raids`.
    pub fn with_raids(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Raid>>) -> Self {
        self.raids = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeDeviceTypesResult`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeDeviceTypes.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeDeviceTypesResult {
    /// `deviceTypes`
    #[serde(
        rename = "deviceTypes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_types: ::std::option::Option<::std::vec::Vec<DeviceType>>,
}
impl DescribeDeviceTypesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `deviceTypes`.
    pub fn with_device_types(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<DeviceType>>,
    ) -> Self {
        self.device_types = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeInstanceNameResult`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeInstanceName.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceNameResult {
    /// 云物理服务器名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
}
impl DescribeInstanceNameResult {
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
}
/// `DescribeInstanceRaidResult`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeInstanceRaid.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceRaidResult {
    /// 数据盘RAID类型
    #[serde(
        rename = "dataRaidType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_raid_type: ::std::option::Option<::std::string::String>,
    /// 数据盘RAID类型ID
    #[serde(
        rename = "dataRaidTypeId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_raid_type_id: ::std::option::Option<::std::string::String>,
    /// 系统盘RAID类型
    #[serde(
        rename = "sysRaidType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sys_raid_type: ::std::option::Option<::std::string::String>,
    /// 系统盘RAID类型ID
    #[serde(
        rename = "sysRaidTypeId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sys_raid_type_id: ::std::option::Option<::std::string::String>,
}
impl DescribeInstanceRaidResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `dataRaidType`.
    pub fn with_data_raid_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.data_raid_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dataRaidTypeId`.
    pub fn with_data_raid_type_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.data_raid_type_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sysRaidType`.
    pub fn with_sys_raid_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sys_raid_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sysRaidTypeId`.
    pub fn with_sys_raid_type_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sys_raid_type_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeInstanceResult`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeInstance.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceResult {
    /// `instance`
    #[serde(
        rename = "instance",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance: ::std::option::Option<Instance>,
}
impl DescribeInstanceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `instance`.
    pub fn with_instance(mut self, value: impl ::std::convert::Into<Instance>) -> Self {
        self.instance = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeInstanceStatusResult`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeInstanceStatus.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceStatusResult {
    /// CPU状态是否正常
    #[serde(
        rename = "cpus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpus: ::std::option::Option<bool>,
    /// 硬盘状态是否正常
    #[serde(
        rename = "disks",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disks: ::std::option::Option<bool>,
    /// 内存状态是否正常
    #[serde(
        rename = "mems",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mems: ::std::option::Option<bool>,
    /// 网卡状态是否正常
    #[serde(
        rename = "nics",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nics: ::std::option::Option<bool>,
}
impl DescribeInstanceStatusResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `cpus`.
    pub fn with_cpus(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.cpus = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `disks`.
    pub fn with_disks(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.disks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `mems`.
    pub fn with_mems(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.mems = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `nics`.
    pub fn with_nics(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.nics = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeInstancesResult`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeInstances.md` *line 44.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstancesResult {
    /// `instances`
    #[serde(
        rename = "instances",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instances: ::std::option::Option<::std::vec::Vec<Instance>>,
    /// 页码；默认为1
    #[serde(
        rename = "pageNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// 分页大小；默认为10；取值范围\[10, 100\]
    #[serde(
        rename = "pageSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// 查询结果总数
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeInstancesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `instances`.
    pub fn with_instances(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Instance>>,
    ) -> Self {
        self.instances = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn with_page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pageSize`.
    pub fn with_page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeOsResult`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeOS.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeOsResult {
    /// `oss`
    #[serde(
        rename = "oss",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub oss: ::std::option::Option<::std::vec::Vec<Os>>,
}
impl DescribeOsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `oss`.
    pub fn with_oss(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Os>>) -> Self {
        self.oss = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeRegionesResult`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeRegiones.md` *line 25.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeRegionesResult {
    /// `regions`
    #[serde(
        rename = "regions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub regions: ::std::option::Option<::std::vec::Vec<Region>>,
}
impl DescribeRegionesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `regions`.
    pub fn with_regions(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Region>>,
    ) -> Self {
        self.regions = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeSoftwareResult`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeSoftware.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSoftwareResult {
    /// `softwares`
    #[serde(
        rename = "softwares",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub softwares: ::std::option::Option<::std::vec::Vec<Software>>,
}
impl DescribeSoftwareResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `softwares`.
    pub fn with_softwares(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Software>>,
    ) -> Self {
        self.softwares = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeSubnetResult`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeSubnet.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSubnetResult {
    /// 子网详细信息
    #[serde(
        rename = "subnet",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet: ::std::option::Option<Subnet>,
}
impl DescribeSubnetResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `subnet`.
    pub fn with_subnet(mut self, value: impl ::std::convert::Into<Subnet>) -> Self {
        self.subnet = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DeviceType`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeDeviceTypes.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeviceType {
    /// CPU概要描述
    #[serde(
        rename = "cpuConcise",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_concise: ::std::option::Option<::std::string::String>,
    /// CPU详细信息
    #[serde(
        rename = "cpuDetail",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_detail: ::std::option::Option<::std::string::String>,
    /// 数据磁盘概要信息
    #[serde(
        rename = "dataDiskConcise",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disk_concise: ::std::option::Option<::std::string::String>,
    /// 数据磁盘详细信息
    #[serde(
        rename = "dataDiskDetail",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disk_detail: ::std::option::Option<::std::string::String>,
    /// GPU概要信息
    #[serde(
        rename = "gpuConcise",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_concise: ::std::option::Option<::std::string::String>,
    /// GPU详细信息
    #[serde(
        rename = "gpuDetail",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_detail: ::std::option::Option<::std::string::String>,
    /// 网口概要信息
    #[serde(
        rename = "ifConcise",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub if_concise: ::std::option::Option<::std::string::String>,
    /// 网口详细信息
    #[serde(
        rename = "ifDetail",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub if_detail: ::std::option::Option<::std::string::String>,
    /// 内存概要信息
    #[serde(
        rename = "memConcise",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mem_concise: ::std::option::Option<::std::string::String>,
    /// 内存详细信息
    #[serde(
        rename = "memDetail",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mem_detail: ::std::option::Option<::std::string::String>,
    /// 实例类型英文名称, 如 cps.c.normal
    #[serde(
        rename = "nameEN",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name_en: ::std::option::Option<::std::string::String>,
    /// 实例类型中文名称, 如 计算型
    #[serde(
        rename = "nameZH",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name_zh: ::std::option::Option<::std::string::String>,
    /// 区域代码, 如 cn-east-1
    #[serde(
        rename = "region",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// 系统磁盘概要信息
    #[serde(
        rename = "systemDiskConcise",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_concise: ::std::option::Option<::std::string::String>,
    /// 系统磁盘详细信息
    #[serde(
        rename = "systemDiskDetail",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_detail: ::std::option::Option<::std::string::String>,
    /// 镜像类型英文描述, 如 standard
    #[serde(
        rename = "useTypeEN",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub use_type_en: ::std::option::Option<::std::string::String>,
    /// 镜像类型中文描述, 如 标准型
    #[serde(
        rename = "useTypeZH",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub use_type_zh: ::std::option::Option<::std::string::String>,
}
impl DeviceType {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `cpuConcise`.
    pub fn with_cpu_concise(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cpu_concise = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cpuDetail`.
    pub fn with_cpu_detail(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cpu_detail = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dataDiskConcise`.
    pub fn with_data_disk_concise(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.data_disk_concise = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dataDiskDetail`.
    pub fn with_data_disk_detail(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.data_disk_detail = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `gpuConcise`.
    pub fn with_gpu_concise(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gpu_concise = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `gpuDetail`.
    pub fn with_gpu_detail(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gpu_detail = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ifConcise`.
    pub fn with_if_concise(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.if_concise = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ifDetail`.
    pub fn with_if_detail(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.if_detail = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `memConcise`.
    pub fn with_mem_concise(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mem_concise = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `memDetail`.
    pub fn with_mem_detail(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mem_detail = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `nameEN`.
    pub fn with_name_en(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name_en = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `nameZH`.
    pub fn with_name_zh(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name_zh = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `region`.
    pub fn with_region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `systemDiskConcise`.
    pub fn with_system_disk_concise(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_disk_concise = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `systemDiskDetail`.
    pub fn with_system_disk_detail(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_disk_detail = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `useTypeEN`.
    pub fn with_use_type_en(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.use_type_en = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `useTypeZH`.
    pub fn with_use_type_zh(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.use_type_zh = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Filter`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeInstances.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Filter {
    /// 过滤条件的名称
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// 过滤条件的操作符，默认eq
    #[serde(
        rename = "operator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operator: ::std::option::Option<::std::string::String>,
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
/// `Instance`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeInstances.md` *line 51.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Instance {
    /// 可用区, 如 cn-east-1a
    #[serde(
        rename = "az",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az: ::std::option::Option<::std::string::String>,
    /// 带宽, 单位Mbps
    #[serde(
        rename = "bandwidth",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth: ::std::option::Option<i32>,
    /// 计费信息
    #[serde(
        rename = "charge",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge: ::std::option::Option<Charge>,
    /// 数据盘RAID类型, 如 NORAID, RAID0, RAID1
    #[serde(
        rename = "dataRaidType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_raid_type: ::std::option::Option<::std::string::String>,
    /// 数据盘RAID类型ID
    #[serde(
        rename = "dataRaidTypeId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_raid_type_id: ::std::option::Option<::std::string::String>,
    /// 云物理服务器描述
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 实例类型, 如 cps.c.normal
    #[serde(
        rename = "deviceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_type: ::std::option::Option<::std::string::String>,
    /// 是否启用外网, 如 yes/no
    #[serde(
        rename = "enableInternet",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_internet: ::std::option::Option<::std::string::String>,
    /// 镜像类型, 如 standard/standard_app
    #[serde(
        rename = "imageType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_type: ::std::option::Option<::std::string::String>,
    /// 云物理服务器实例ID
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// 外网链路类型, 如 bgp
    #[serde(
        rename = "lineType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub line_type: ::std::option::Option<::std::string::String>,
    /// 云物理服务器名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// 网络类型, 如 basic
    #[serde(
        rename = "networkType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_type: ::std::option::Option<::std::string::String>,
    /// 操作系统名称
    #[serde(
        rename = "osName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name: ::std::option::Option<::std::string::String>,
    /// 操作系统类型, 如 ubuntu/centos
    #[serde(
        rename = "osType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::std::string::String>,
    /// 操作系统类型ID
    #[serde(
        rename = "osTypeId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type_id: ::std::option::Option<::std::string::String>,
    /// 操作系统版本, 如 16.04
    #[serde(
        rename = "osVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_version: ::std::option::Option<::std::string::String>,
    /// 内网IP
    #[serde(
        rename = "privateIp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip: ::std::option::Option<::std::string::String>,
    /// 公网IP
    #[serde(
        rename = "publicIp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_ip: ::std::option::Option<::std::string::String>,
    /// 区域代码, 如 cn-east-1
    #[serde(
        rename = "region",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// 云物理服务器生命周期状态
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// 子网编号
    #[serde(
        rename = "subnetId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// 系统盘RAID类型, 如 NORAID, RAID0, RAID1
    #[serde(
        rename = "sysRaidType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sys_raid_type: ::std::option::Option<::std::string::String>,
    /// 系统盘RAID类型ID
    #[serde(
        rename = "sysRaidTypeId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sys_raid_type_id: ::std::option::Option<::std::string::String>,
}
impl Instance {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `az`.
    pub fn with_az(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.az = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bandwidth`.
    pub fn with_bandwidth(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.bandwidth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `charge`.
    pub fn with_charge(mut self, value: impl ::std::convert::Into<Charge>) -> Self {
        self.charge = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dataRaidType`.
    pub fn with_data_raid_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.data_raid_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dataRaidTypeId`.
    pub fn with_data_raid_type_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.data_raid_type_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `deviceType`.
    pub fn with_device_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.device_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `enableInternet`.
    pub fn with_enable_internet(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.enable_internet = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `imageType`.
    pub fn with_image_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceId`.
    pub fn with_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `lineType`.
    pub fn with_line_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.line_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `networkType`.
    pub fn with_network_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `osName`.
    pub fn with_os_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.os_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `osType`.
    pub fn with_os_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.os_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `osTypeId`.
    pub fn with_os_type_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.os_type_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `osVersion`.
    pub fn with_os_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.os_version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `privateIp`.
    pub fn with_private_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `publicIp`.
    pub fn with_public_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `region`.
    pub fn with_region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
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
    /// Sets `sysRaidType`.
    pub fn with_sys_raid_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sys_raid_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sysRaidTypeId`.
    pub fn with_sys_raid_type_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sys_raid_type_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceSpec`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/createInstances.md` *line 41.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceSpec {
    /// 可用区, 如 cn-east-1
    #[serde(rename = "az", default)]
    pub az: ::std::string::String,
    /// 外网带宽, 范围\[1,200\] 单位Mbps
    #[serde(
        rename = "bandwidth",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth: ::std::option::Option<i32>,
    /// 计费配置
    #[serde(rename = "charge", default)]
    pub charge: ChargeSpec,
    /// 网络CIDR
    #[serde(
        rename = "cidr",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cidr: ::std::option::Option<::std::string::String>,
    /// 购买数量
    #[serde(rename = "count", default)]
    pub count: i32,
    /// 数据盘RAID类型ID
    #[serde(rename = "dataRaidTypeId", default)]
    pub data_raid_type_id: ::std::string::String,
    /// 云物理服务器描述
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 实例类型, 如 cps.c.normal
    #[serde(rename = "deviceType", default)]
    pub device_type: ::std::string::String,
    /// 是否启用外网，取值范围：yes、no
    #[serde(
        rename = "enableInternet",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_internet: ::std::option::Option<InstanceSpecEnableInternet>,
    /// 镜像类型, 取值范围：standard、standard_app
    #[serde(rename = "imageType", default)]
    pub image_type: InstanceSpecImageType,
    /// 外网链路类型, 目前只支持bgp
    #[serde(
        rename = "lineType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub line_type: ::std::option::Option<::std::string::String>,
    /// 云物理服务器名称
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// 网络类型，目前只支持basic
    #[serde(rename = "networkType", default)]
    pub network_type: ::std::string::String,
    /// 操作系统类型ID
    #[serde(rename = "osTypeId", default)]
    pub os_type_id: ::std::string::String,
    /// 密码
    #[serde(rename = "password", default)]
    pub password: ::std::string::String,
    /// `softwares`
    #[serde(
        rename = "softwares",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub softwares: ::std::option::Option<::std::vec::Vec<Software>>,
    /// 子网编号
    #[serde(
        rename = "subnetId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// 系统盘RAID类型ID
    #[serde(rename = "sysRaidTypeId", default)]
    pub sys_raid_type_id: ::std::string::String,
}
impl InstanceSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        az: impl ::std::convert::Into<::std::string::String>,
        charge: impl ::std::convert::Into<ChargeSpec>,
        count: impl ::std::convert::Into<i32>,
        data_raid_type_id: impl ::std::convert::Into<::std::string::String>,
        device_type: impl ::std::convert::Into<::std::string::String>,
        image_type: impl ::std::convert::Into<InstanceSpecImageType>,
        name: impl ::std::convert::Into<::std::string::String>,
        network_type: impl ::std::convert::Into<::std::string::String>,
        os_type_id: impl ::std::convert::Into<::std::string::String>,
        password: impl ::std::convert::Into<::std::string::String>,
        sys_raid_type_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            az: az.into(),
            charge: charge.into(),
            count: count.into(),
            data_raid_type_id: data_raid_type_id.into(),
            device_type: device_type.into(),
            image_type: image_type.into(),
            name: name.into(),
            network_type: network_type.into(),
            os_type_id: os_type_id.into(),
            password: password.into(),
            sys_raid_type_id: sys_raid_type_id.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `bandwidth`.
    pub fn with_bandwidth(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.bandwidth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cidr`.
    pub fn with_cidr(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.cidr = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `enableInternet`.
    pub fn with_enable_internet(
        mut self,
        value: impl ::std::convert::Into<InstanceSpecEnableInternet>,
    ) -> Self {
        self.enable_internet = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `lineType`.
    pub fn with_line_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.line_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `softwares`.
    pub fn with_softwares(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Software>>,
    ) -> Self {
        self.softwares = ::std::option::Option::Some(value.into());
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
}
impl ::std::fmt::Debug for InstanceSpec {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InstanceSpec")
            .field("az", &self.az)
            .field("bandwidth", &self.bandwidth)
            .field("charge", &self.charge)
            .field("cidr", &self.cidr)
            .field("count", &self.count)
            .field("dataRaidTypeId", &self.data_raid_type_id)
            .field("description", &self.description)
            .field("deviceType", &self.device_type)
            .field("enableInternet", &self.enable_internet)
            .field("imageType", &self.image_type)
            .field("lineType", &self.line_type)
            .field("name", &self.name)
            .field("networkType", &self.network_type)
            .field("osTypeId", &self.os_type_id)
            .field("password", &"***")
            .field("softwares", &self.softwares)
            .field("subnetId", &self.subnet_id)
            .field("sysRaidTypeId", &self.sys_raid_type_id)
            .finish()
    }
}
/// `ModifyBandwidthResult`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/modifyBandwidth.md` *line 34.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyBandwidthResult {
    /// 升级带宽是否成功
    #[serde(
        rename = "success",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub success: ::std::option::Option<bool>,
}
impl ModifyBandwidthResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `success`.
    pub fn with_success(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.success = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ModifyInstanceResult`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/modifyInstance.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyInstanceResult {
    /// 云物理服务器描述
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 云物理服务器名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
}
impl ModifyInstanceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `description`.
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Os`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeOS.md` *line 33.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Os {
    /// 实例类型, 如 cps.c.normal,
    #[serde(
        rename = "deviceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_type: ::std::option::Option<::std::string::String>,
    /// 操作系统系统名称, 如 Ubuntu 16.04(x86_64)
    #[serde(
        rename = "osName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name: ::std::option::Option<::std::string::String>,
    /// 操作系统类型, 如 ubuntu/centos
    #[serde(
        rename = "osType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::std::string::String>,
    /// 操作系统系统类型ID
    #[serde(
        rename = "osTypeId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type_id: ::std::option::Option<::std::string::String>,
    /// 操作系统版本, 如 14.04/16.04
    #[serde(
        rename = "osVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_version: ::std::option::Option<::std::string::String>,
}
impl Os {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `deviceType`.
    pub fn with_device_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.device_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `osName`.
    pub fn with_os_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.os_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `osType`.
    pub fn with_os_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.os_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `osTypeId`.
    pub fn with_os_type_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.os_type_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `osVersion`.
    pub fn with_os_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.os_version = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Raid`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeDeviceRaids.md` *line 34.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Raid {
    /// RAID类型描述
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 云物理服务器类型, 如 cps.c.normal
    #[serde(
        rename = "deviceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_type: ::std::option::Option<::std::string::String>,
    /// RAID类型, 如 NORAID, RAID0, RAID1
    #[serde(
        rename = "raidType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub raid_type: ::std::option::Option<::std::string::String>,
    /// RAID类型ID
    #[serde(
        rename = "raidTypeId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub raid_type_id: ::std::option::Option<::std::string::String>,
    /// 设备详情
    #[serde(
        rename = "volumeDetail",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub volume_detail: ::std::option::Option<::std::string::String>,
    /// 磁盘类型, 如 system/data
    #[serde(
        rename = "volumeType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub volume_type: ::std::option::Option<::std::string::String>,
}
impl Raid {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `description`.
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `deviceType`.
    pub fn with_device_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.device_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `raidType`.
    pub fn with_raid_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.raid_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `raidTypeId`.
    pub fn with_raid_type_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.raid_type_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `volumeDetail`.
    pub fn with_volume_detail(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_detail = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `volumeType`.
    pub fn with_volume_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.volume_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Region`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeRegiones.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Region {
    /// 可用区列表
    #[serde(
        rename = "azs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub azs: ::std::option::Option<::std::vec::Vec<Az>>,
    /// 地域代码, 如 cn-east-1
    #[serde(
        rename = "region",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// 地域名称，如 华东一区
    #[serde(
        rename = "regionName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_name: ::std::option::Option<::std::string::String>,
}
impl Region {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `azs`.
    pub fn with_azs(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Az>>) -> Self {
        self.azs = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `region`.
    pub fn with_region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `regionName`.
    pub fn with_region_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ReinstallInstanceResult`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/reinstallInstance.md` *line 52.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ReinstallInstanceResult {
    /// 重装操作是否成功
    #[serde(
        rename = "success",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub success: ::std::option::Option<bool>,
}
impl ReinstallInstanceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `success`.
    pub fn with_success(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.success = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ReinstallInstanceSpec`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/reinstallInstance.md` *line 27.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ReinstallInstanceSpec {
    /// 可用区, 如cn-east-1a
    #[serde(rename = "az", default)]
    pub az: ::std::string::String,
    /// 数据盘RAID类型ID
    #[serde(rename = "dataRaidTypeId", default)]
    pub data_raid_type_id: ::std::string::String,
    /// 镜像类型, 取值范围：standard、standard_app
    #[serde(rename = "imageType", default)]
    pub image_type: ReinstallInstanceSpecImageType,
    /// 是否保留数据盘数据, 取值为：yes、no
    #[serde(rename = "keepData", default)]
    pub keep_data: ReinstallInstanceSpecKeepData,
    /// 操作系统类型ID
    #[serde(rename = "osTypeId", default)]
    pub os_type_id: ::std::string::String,
    /// 密码
    #[serde(rename = "password", default)]
    pub password: ::std::string::String,
    /// `softwares`
    #[serde(
        rename = "softwares",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub softwares: ::std::option::Option<::std::vec::Vec<Software>>,
    /// 系统盘RAID类型ID
    #[serde(rename = "sysRaidTypeId", default)]
    pub sys_raid_type_id: ::std::string::String,
}
impl ReinstallInstanceSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        az: impl ::std::convert::Into<::std::string::String>,
        data_raid_type_id: impl ::std::convert::Into<::std::string::String>,
        image_type: impl ::std::convert::Into<ReinstallInstanceSpecImageType>,
        keep_data: impl ::std::convert::Into<ReinstallInstanceSpecKeepData>,
        os_type_id: impl ::std::convert::Into<::std::string::String>,
        password: impl ::std::convert::Into<::std::string::String>,
        sys_raid_type_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            az: az.into(),
            data_raid_type_id: data_raid_type_id.into(),
            image_type: image_type.into(),
            keep_data: keep_data.into(),
            os_type_id: os_type_id.into(),
            password: password.into(),
            sys_raid_type_id: sys_raid_type_id.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `softwares`.
    pub fn with_softwares(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Software>>,
    ) -> Self {
        self.softwares = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for ReinstallInstanceSpec {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ReinstallInstanceSpec")
            .field("az", &self.az)
            .field("dataRaidTypeId", &self.data_raid_type_id)
            .field("imageType", &self.image_type)
            .field("keepData", &self.keep_data)
            .field("osTypeId", &self.os_type_id)
            .field("password", &"***")
            .field("softwares", &self.softwares)
            .field("sysRaidTypeId", &self.sys_raid_type_id)
            .finish()
    }
}
/// `RestartInstanceResult`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/restartInstance.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RestartInstanceResult {
    /// 重启操作是否成功
    #[serde(
        rename = "success",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub success: ::std::option::Option<bool>,
}
impl RestartInstanceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `success`.
    pub fn with_success(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.success = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Software`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/createInstances.md` *line 68.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Software {
    /// 软件包描述
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 软件包名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// 操作系统系统类型ID
    #[serde(
        rename = "osTypeId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type_id: ::std::option::Option<::std::string::String>,
    /// 软件包版本
    #[serde(
        rename = "version",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version: ::std::option::Option<::std::string::String>,
}
impl Software {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `description`.
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `osTypeId`.
    pub fn with_os_type_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.os_type_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn with_version(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.version = ::std::option::Option::Some(value.into());
        self
    }
}
/// `StartInstanceResult`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/startInstance.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct StartInstanceResult {
    /// 开机操作是否成功
    #[serde(
        rename = "success",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub success: ::std::option::Option<bool>,
}
impl StartInstanceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `success`.
    pub fn with_success(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.success = ::std::option::Option::Some(value.into());
        self
    }
}
/// `StopInstanceResult`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/stopInstance.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct StopInstanceResult {
    /// 关机操作是否成功
    #[serde(
        rename = "success",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub success: ::std::option::Option<bool>,
}
impl StopInstanceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `success`.
    pub fn with_success(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.success = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Subnet`
///
/// *Documented in* `specs/cps/zh/jdclouddocs-cn/describeSubnet.md` *line 33.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Subnet {
    /// 可用区, 如cn-east-1a
    #[serde(
        rename = "az",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az: ::std::option::Option<::std::string::String>,
    /// 子网CIDR
    #[serde(
        rename = "cidr",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cidr: ::std::option::Option<::std::string::String>,
    /// 网络类型
    #[serde(
        rename = "networkType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_type: ::std::option::Option<::std::string::String>,
    /// 地域代码, 如cn-east-1
    #[serde(
        rename = "region",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// 子网ID
    #[serde(
        rename = "subnetId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::std::string::String>,
}
impl Subnet {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `az`.
    pub fn with_az(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.az = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cidr`.
    pub fn with_cidr(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.cidr = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `networkType`.
    pub fn with_network_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `region`.
    pub fn with_region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
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
}
/// Allowed values of ChargeChargeMode.
///
/// 支付模式，取值为：prepaid_by_duration，postpaid_by_usage或postpaid_by_duration，prepaid_by_duration表示预付费，postpaid_by_usage表示按用量后付费，postpaid_by_duration表示按配置后付费，默认为postpaid_by_duration
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
/// 费用支付状态，取值为：normal、overdue、arrear，normal表示正常，overdue表示已到期，arrear表示欠费
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
/// 计费模式，取值为：prepaid_by_duration，postpaid_by_usage或postpaid_by_duration，prepaid_by_duration表示预付费，postpaid_by_usage表示按用量后付费，postpaid_by_duration表示按配置后付费，默认为postpaid_by_duration.请参阅具体产品线帮助文档确认该产品线支持的计费类型
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
/// Allowed values of ChargeSpecChargeUnit.
///
/// 预付费计费单位，预付费必填，当chargeMode为prepaid_by_duration时有效，取值为：month、year，默认为month
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ChargeSpecChargeUnit {
    /// `month`
    Month,
    /// `year`
    Year,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ChargeSpecChargeUnit {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Month => "month",
            Self::Year => "year",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ChargeSpecChargeUnit {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ChargeSpecChargeUnit {
    fn from(value: &str) -> Self {
        match value {
            "month" => Self::Month,
            "year" => Self::Year,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ChargeSpecChargeUnit {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ChargeSpecChargeUnit {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ChargeSpecChargeUnit {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ChargeSpecChargeUnit {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of InstanceSpecEnableInternet.
///
/// 是否启用外网，取值范围：yes、no
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceSpecEnableInternet {
    /// `yes`
    Yes,
    /// `no`
    No,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl InstanceSpecEnableInternet {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for InstanceSpecEnableInternet {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for InstanceSpecEnableInternet {
    fn from(value: &str) -> Self {
        match value {
            "yes" => Self::Yes,
            "no" => Self::No,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for InstanceSpecEnableInternet {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for InstanceSpecEnableInternet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for InstanceSpecEnableInternet {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for InstanceSpecEnableInternet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of InstanceSpecImageType.
///
/// 镜像类型, 取值范围：standard、standard_app
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceSpecImageType {
    /// `standard`
    Standard,
    /// `standard_app`
    StandardApp,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl InstanceSpecImageType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "standard",
            Self::StandardApp => "standard_app",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for InstanceSpecImageType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for InstanceSpecImageType {
    fn from(value: &str) -> Self {
        match value {
            "standard" => Self::Standard,
            "standard_app" => Self::StandardApp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for InstanceSpecImageType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for InstanceSpecImageType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for InstanceSpecImageType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for InstanceSpecImageType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of ReinstallInstanceSpecImageType.
///
/// 镜像类型, 取值范围：standard、standard_app
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReinstallInstanceSpecImageType {
    /// `standard`
    Standard,
    /// `standard_app`
    StandardApp,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ReinstallInstanceSpecImageType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "standard",
            Self::StandardApp => "standard_app",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ReinstallInstanceSpecImageType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ReinstallInstanceSpecImageType {
    fn from(value: &str) -> Self {
        match value {
            "standard" => Self::Standard,
            "standard_app" => Self::StandardApp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ReinstallInstanceSpecImageType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ReinstallInstanceSpecImageType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ReinstallInstanceSpecImageType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ReinstallInstanceSpecImageType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of ReinstallInstanceSpecKeepData.
///
/// 是否保留数据盘数据, 取值为：yes、no
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReinstallInstanceSpecKeepData {
    /// `yes`
    Yes,
    /// `no`
    No,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ReinstallInstanceSpecKeepData {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ReinstallInstanceSpecKeepData {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ReinstallInstanceSpecKeepData {
    fn from(value: &str) -> Self {
        match value {
            "yes" => Self::Yes,
            "no" => Self::No,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ReinstallInstanceSpecKeepData {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ReinstallInstanceSpecKeepData {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ReinstallInstanceSpecKeepData {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ReinstallInstanceSpecKeepData {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of DescribeDeviceRaidsVolumeType.
///
/// 磁盘类型，取值范围：system、data
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DescribeDeviceRaidsVolumeType {
    /// `system`
    System,
    /// `data`
    Data,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl DescribeDeviceRaidsVolumeType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::System => "system",
            Self::Data => "data",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for DescribeDeviceRaidsVolumeType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for DescribeDeviceRaidsVolumeType {
    fn from(value: &str) -> Self {
        match value {
            "system" => Self::System,
            "data" => Self::Data,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for DescribeDeviceRaidsVolumeType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for DescribeDeviceRaidsVolumeType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DescribeDeviceRaidsVolumeType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DescribeDeviceRaidsVolumeType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
