//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `ChargeSpec`
///
/// *Documented in* `specs/vm/createInstances.md` *line 97.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ChargeSpec {
    /// 计费模式。
    ///
    /// 可选值：
    ///
    /// `postpaid_by_duration`（默认值）：按配置（后付费）
    ///
    /// `prepaid_by_duration`：包年包月（预付费）
    ///
    /// `postpaid_by_usage`：按用量（后付费）
    ///
    /// 仅弹性公网IP支持`postpaid_by_usage`，具体计费说明请参考[实例计费类型说明](https://docs.jdcloud.com/cn/virtual-machines/billing-overview)。
    #[serde(
        rename = "chargeMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_mode: ::std::option::Option<ChargeSpecChargeMode>,
    /// 包年包月（预付费）付费单位。仅`chargeMode=prepaid_by_duration`时此参数有效。
    ///
    /// 可选值：
    ///
    /// `month`（默认值）：月
    ///
    /// `year`：年
    #[serde(
        rename = "chargeUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_unit: ::std::option::Option<ChargeSpecChargeUnit>,
    /// 包年包月（预付费）付费单位。仅`chargeMode=prepaid_by_duration`时此参数有效。
    ///
    /// 取值范围：
    ///
    /// `chargeUnit=month`时：`[1,9]`
    ///
    /// `chargeUnit=year`时：`[1,3]`
    #[serde(
        rename = "chargeDuration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_duration: ::std::option::Option<i32>,
    /// 自动续费。
    ///
    /// 可选值：
    ///
    /// `True`：开通自动续费
    ///
    /// `False`（默认值）：不开通自动续费
    #[serde(
        rename = "autoRenew",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew: ::std::option::Option<bool>,
    /// 统一活动凭证。此参数暂未启用，无须指定且指定无效。
    #[serde(
        rename = "buyScenario",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub buy_scenario: ::std::option::Option<::std::string::String>,
}
impl ChargeSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    ///Sets `chargeMode`.
    pub fn with_charge_mode(
        mut self,
        value: impl ::std::convert::Into<ChargeSpecChargeMode>,
    ) -> Self {
        self.charge_mode = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `chargeUnit`.
    pub fn with_charge_unit(
        mut self,
        value: impl ::std::convert::Into<ChargeSpecChargeUnit>,
    ) -> Self {
        self.charge_unit = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `chargeDuration`.
    pub fn with_charge_duration(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.charge_duration = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `autoRenew`.
    pub fn with_auto_renew(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_renew = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `buyScenario`.
    pub fn with_buy_scenario(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.buy_scenario = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateInstancesResult`
///
/// *Documented in* `specs/vm/createInstances.md` *line 166.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateInstancesResult {
    /// 实例ID列表。
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
    ///Sets `instanceIds`.
    pub fn with_instance_ids(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.instance_ids = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DiskSpec`
///
/// *Documented in* `specs/vm/createInstances.md` *line 117.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DiskSpec {
    /// 云硬盘可用区。创建实例时此参数无须指定且指定无效。云硬盘可用区默认同实例。
    #[serde(
        rename = "az",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az: ::std::option::Option<::std::string::String>,
    /// 云硬盘名称。创建实例时此参数无须指定。如指定则按指定名称创建，如不指定云硬盘名称同实例名称，创建多块磁盘时会在名称后依次追加序号1,2...。
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// 云硬盘描述。
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 云硬盘类型。各类型介绍请参见[云硬盘类型](https://docs.jdcloud.com/cn/cloud-disk-service/specifications)。
    ///
    /// 可选值：
    ///
    /// `ssd.gp1`：通用型SSD
    ///
    /// `ssd.io1`：性能型SSD
    ///
    /// `hdd.std1`：容量型SSD
    #[serde(rename = "diskType", default)]
    pub disk_type: DiskSpecDiskType,
    /// 云硬盘容量，单位为 GiB，步长10GiB。
    ///
    /// 取值范围：
    ///
    /// 系统盘：`[40,500]`GiB，且不能小于镜像系统盘容量
    ///
    /// 数据盘：`[20,16000]`GiB，如指定`snapshotId`创建云硬盘则不能小于快照容量
    #[serde(rename = "diskSizeGB", default)]
    pub disk_size_gb: i32,
    /// 云硬盘IOPS，步长为10。仅`diskType=ssd.io1`时此参数有效。
    ///
    /// 取值范围：`[200,min(32000,diskSizeGB*50)]`
    ///
    /// 默认值：`diskSizeGB*30`
    #[serde(
        rename = "iops",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub iops: ::std::option::Option<i32>,
    /// 创建云硬盘使用的快照ID。
    #[serde(
        rename = "snapshotId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// 云硬盘自动快照策略ID。
    #[serde(
        rename = "policyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy_id: ::std::option::Option<::std::string::String>,
    /// 云硬盘计费配置。创建实例时此参数无须指定且指定无效，云硬盘计费类型默认与实例计费类型一致。
    #[serde(
        rename = "charge",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge: ::std::option::Option<ChargeSpec>,
    /// 云硬盘是否支持多点挂载。创建实例时此参数无须指定。
    #[serde(
        rename = "multiAttachable",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub multi_attachable: ::std::option::Option<bool>,
    /// 云硬盘是否加密。
    ///
    /// 可选值：
    ///
    /// `true`：加密
    ///
    /// `false`（默认值）：不加密
    #[serde(
        rename = "encrypt",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypt: ::std::option::Option<bool>,
}
impl DiskSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        disk_type: impl ::std::convert::Into<DiskSpecDiskType>,
        disk_size_gb: impl ::std::convert::Into<i32>,
    ) -> Self {
        Self {
            disk_type: disk_type.into(),
            disk_size_gb: disk_size_gb.into(),
            ..::std::default::Default::default()
        }
    }
    ///Sets `az`.
    pub fn with_az(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.az = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `description`.
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `iops`.
    pub fn with_iops(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.iops = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `snapshotId`.
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `policyId`.
    pub fn with_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_id = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `charge`.
    pub fn with_charge(mut self, value: impl ::std::convert::Into<ChargeSpec>) -> Self {
        self.charge = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `multiAttachable`.
    pub fn with_multi_attachable(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.multi_attachable = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `encrypt`.
    pub fn with_encrypt(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.encrypt = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ElasticIpSpec`
///
/// *Documented in* `specs/vm/createInstances.md` *line 153.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ElasticIpSpec {
    /// 弹性公网IP的带宽上限，单位：Mbps。
    ///
    /// 取值范围为：`[1-200]`。
    #[serde(rename = "bandwidthMbps", default)]
    pub bandwidth_mbps: i32,
    /// 弹性公网IP线路。中心可用区目前仅提供BGP类型IP。
    #[serde(rename = "provider", default)]
    pub provider: ::std::string::String,
    /// 弹性公网IP计费配置。
    ///
    /// **中心可用区**：支持包年包月、按配置、按流量。
    ///
    /// **边缘可用区**：支持包年包月、按配置。
    ///
    /// 中心可用区下如指定按流量计费，则IP计费独立于实例的计费类型，否则以实例计费类型为准与其保持一致。
    #[serde(
        rename = "chargeSpec",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_spec: ::std::option::Option<ChargeSpec>,
}
impl ElasticIpSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        bandwidth_mbps: impl ::std::convert::Into<i32>,
        provider: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            bandwidth_mbps: bandwidth_mbps.into(),
            provider: provider.into(),
            ..::std::default::Default::default()
        }
    }
    ///Sets `chargeSpec`.
    pub fn with_charge_spec(mut self, value: impl ::std::convert::Into<ChargeSpec>) -> Self {
        self.charge_spec = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceDiskAttachmentSpec`
///
/// *Documented in* `specs/vm/createInstances.md` *line 107.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceDiskAttachmentSpec {
    /// 磁盘类型。
    ///
    /// **系统盘**：此参数无须指定，其类型取决于镜像类型。
    ///
    /// **数据盘**：可选值：`cloud`：云硬盘，数据盘仅支持云硬盘。
    #[serde(
        rename = "diskCategory",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_category: ::std::option::Option<::std::string::String>,
    /// 是否随实例一起删除，即删除实例时是否自动删除此磁盘。此参数仅对按配置计费的非多点挂载云硬盘生效。
    ///
    /// `true`：随实例删除。
    ///
    /// `false`（默认值）：不随实例删除。
    #[serde(
        rename = "autoDelete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_delete: ::std::option::Option<bool>,
    /// 磁盘详细配置。此参数仅针对云硬盘，本地系统盘无须指定且指定无效。
    #[serde(
        rename = "cloudDiskSpec",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cloud_disk_spec: ::std::option::Option<DiskSpec>,
    /// 磁盘逻辑挂载点。
    ///
    /// **系统盘**：此参数无须指定且指定无效，默认为vda。
    ///
    /// **数据盘**：取值范围：`[vdb~vdbm]`。
    #[serde(
        rename = "deviceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_name: ::std::option::Option<::std::string::String>,
    /// 排除设备，使用此参数 `noDevice` 配合 `deviceName` 一起使用。
    ///
    /// 创建镜像的场景下：使用此参数可以排除云主机实例中的云硬盘不参与制作快照。
    ///
    /// 创建实例模板的场景下：使用此参数可以排除镜像中的数据盘。
    ///
    /// 创建云主机的场景下：使用此参数可以排除实例模板、或镜像中的数据盘。
    ///
    /// 示例：如果镜像中除系统盘还包含一块或多块数据盘，期望仅使用镜像中的部分磁盘，可通过此参数忽略部分磁盘配置。此参数须配合 `deviceName` 一起使用。
    ///
    /// 例：`deviceName=vdb`、`noDevice=true`，则表示在使用镜像创建实例时，忽略数据盘vdb配置，不创建磁盘。
    #[serde(
        rename = "noDevice",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub no_device: ::std::option::Option<bool>,
}
impl InstanceDiskAttachmentSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    ///Sets `diskCategory`.
    pub fn with_disk_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.disk_category = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `autoDelete`.
    pub fn with_auto_delete(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_delete = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `cloudDiskSpec`.
    pub fn with_cloud_disk_spec(mut self, value: impl ::std::convert::Into<DiskSpec>) -> Self {
        self.cloud_disk_spec = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `deviceName`.
    pub fn with_device_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.device_name = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `noDevice`.
    pub fn with_no_device(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.no_device = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceNetworkInterfaceAttachmentSpec`
///
/// *Documented in* `specs/vm/createInstances.md` *line 133.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceNetworkInterfaceAttachmentSpec {
    /// 网卡设备Index。创建实例时此参数无须指定且指定无效。
    ///
    /// 对于主网卡默认Index为1。
    #[serde(
        rename = "deviceIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_index: ::std::option::Option<i32>,
    /// 是否随实例一起删除。
    ///
    /// `true`：随实例删除。
    ///
    /// `false`：不随实例删除。
    ///
    /// 主网卡此属性默认为`true`
    #[serde(
        rename = "autoDelete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_delete: ::std::option::Option<bool>,
    /// 网卡设备详细配置。
    #[serde(
        rename = "networkInterface",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface: ::std::option::Option<NetworkInterfaceSpec>,
}
impl InstanceNetworkInterfaceAttachmentSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    ///Sets `deviceIndex`.
    pub fn with_device_index(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.device_index = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `autoDelete`.
    pub fn with_auto_delete(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_delete = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `networkInterface`.
    pub fn with_network_interface(
        mut self,
        value: impl ::std::convert::Into<NetworkInterfaceSpec>,
    ) -> Self {
        self.network_interface = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceSpec`
///
/// *Documented in* `specs/vm/createInstances.md` *line 46.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceSpec {
    /// 高可用组ID。指定此参数后，将默认使用高可用组关联的实例模板创建实例，实例模板中的参数不可覆盖替换。实例模板以外的参数（内网IPv4/Ipv6分配方式、名称、描述、标签）可指定。
    #[serde(
        rename = "agId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ag_id: ::std::option::Option<::std::string::String>,
    /// 实例模板ID。指定此参数后，如实例模板中参数不另行指定将默认以模板配置创建实例，如指定则以指定值为准创建。
    ///
    /// 指定 `agId` 时此参数无效。
    #[serde(
        rename = "instanceTemplateId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_template_id: ::std::option::Option<::std::string::String>,
    /// 实例所属的可用区。
    ///
    /// 如不指定 `agId` 以使用高可用组设置的可用区，此参数为必选。
    #[serde(
        rename = "az",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az: ::std::option::Option<::std::string::String>,
    /// 实例规格。可通过 [DescribeInstanceTypes](https://docs.jdcloud.com/virtual-machines/api/describeinstancetypes) 接口查询各地域及可用区下的规格售卖情况。
    ///
    /// 如不指定 `agId` 或 `instanceTemplateId` 以使用实例模板中配置的规格，此参数为必选。
    #[serde(
        rename = "instanceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// 镜像ID。可通过 [DescribeImages](https://docs.jdcloud.com/virtual-machines/api/describeimages) 接口获得指定地域的镜像信息。
    ///
    /// 如不指定 `agId` 或 `instanceTemplateId` 以使用实例模板中配置的镜像，此参数为必选。
    #[serde(
        rename = "imageId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// 实例名称。长度为2~128个字符，只允许中文、数字、大小写字母、英文下划线（_）、连字符（-）及点（.），不能以（.）作为首尾。
    ///
    /// 批量创建多台实例时，可在name中非首位位置以\[start_number\]格式来设置有序name。start_number为起始序号，其位数代表编号字符位数，范围：\[0,9999\]。详情参见为实例设置有序名称及Hostname。
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// 实例hostname。若不指定hostname，则默认以实例名称 `name` 作为hostname，但是会以RFC 952和RFC 1123命名规范做一定转义。
    ///
    /// **Windows系统**：长度为2~15个字符，允许大小写字母、数字或连字符（-），不能以连字符（-）开头或结尾，不能连续使用连字符（-），也不能全部使用数字。不支持点号（.）。
    ///
    /// **Linux系统**：长度为2-64个字符，允许支持多个点号，点之间为一段，每段允许使用大小写字母、数字或连字符（-），但不能连续使用点号（.）或连字符（-），不能以点号（.）或连字符（-）开头或结尾。
    ///
    /// 批量创建多台实例时，可在hostname中非首位位置以\[start_number\]格式来设置有序hostname。start_number为起始序号，其位数代表编号字符位数，范围：\[0,9999\]。详情参见为实例设置有序名称及Hostname。
    #[serde(
        rename = "hostname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hostname: ::std::option::Option<::std::string::String>,
    /// 实例密码。可用于SSH登录和VNC登录。长度为8~30个字符，必须同时包含大、小写英文字母、数字和特殊符号中的三类字符。特殊符号包括：()\`~!@#$%^&amp;*_-+=\|{}\[ \]:";'&lt;&gt;,.?/，更多密码输入要求请参见 [公共参数规范](https://docs.jdcloud.com/virtual-machines/api/general_parameters)。
    ///
    /// 如指定密钥且 `passwordAuth` 设置为 `true` ，则密码不会生成注入，否则即使不指定密码系统也将默认自动生成随机密码，并以短信和邮件通知。
    #[serde(
        rename = "password",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::std::string::String>,
    /// 密钥对名称。仅Linux系统下该参数生效，当前仅支持输入单个密钥。
    #[serde(
        rename = "keyNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 主网卡主IP关联的弹性公网IP配置。
    #[serde(
        rename = "elasticIp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_ip: ::std::option::Option<ElasticIpSpec>,
    /// 主网卡配置。
    #[serde(
        rename = "primaryNetworkInterface",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary_network_interface: ::std::option::Option<InstanceNetworkInterfaceAttachmentSpec>,
    /// 系统盘配置。
    #[serde(
        rename = "systemDisk",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk: ::std::option::Option<InstanceDiskAttachmentSpec>,
    /// 数据盘配置。单实例最多可挂载云硬盘（系统盘+数据盘）的数量受实例规格的限制。
    #[serde(
        rename = "dataDisks",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disks: ::std::option::Option<::std::vec::Vec<InstanceDiskAttachmentSpec>>,
    /// 计费配置。
    ///
    /// 云主机不支持按用量方式计费，默认为按配置计费。
    ///
    /// 打包创建数据盘的情况下，数据盘的计费方式只能与云主机保持一致。
    ///
    /// 打包创建弹性公网IP的情况下，若公网IP的计费方式没有指定为按用量计费，那么公网IP计费方式只能与云主机保持一致。
    #[serde(
        rename = "charge",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge: ::std::option::Option<ChargeSpec>,
    /// 用户自定义元数据。以key-value键值对形式指定，可在实例系统内通过元数据服务查询获取。最多支持40对键值对，且key不超过256字符，value不超过16KB，不区分大小写。
    ///
    /// 注意：key不要以连字符(-)结尾，否则此key不生效。
    #[serde(
        rename = "metadata",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metadata: ::std::option::Option<::std::vec::Vec<Metadata>>,
    /// 自定义脚本。目前仅支持启动脚本，即 `launch-script`，须 `base64` 编码且编码前数据长度不能超过16KB。
    ///
    /// **linux系统**：支持 `bash` 和 `python`，编码前须分别以 `#!/bin/bash` 和 `#!/usr/bin/env python` 作为内容首行。
    ///
    /// **Windows系统**：支持 `bat` 和 `powershell`，编码前须分别以 `<cmd></cmd>和<powershell></powershell>` 作为内容首、尾行。
    #[serde(
        rename = "userdata",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub userdata: ::std::option::Option<::std::vec::Vec<Userdata>>,
    /// 实例描述。256字符以内。
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 使用实例模板创建实例时，如模板中已设置密码，期望不使用该密码而由系统自动生成时，可通过此参数（`true`）实现。
    ///
    /// 可选值：
    ///
    /// `true`：不使用实例模板中配置的密码。
    ///
    /// `false`：使用实例模板中配置的密码。
    ///
    /// 仅在未指定 `agId` 且指定 `instanceTemplateId`，且 `password` 为空时，此参数(`true`)生效。
    #[serde(
        rename = "noPassword",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub no_password: ::std::option::Option<bool>,
    /// 使用实例模板创建实例时，如模板中已设置密钥，期望不使用该密钥仅使用密码作为登录凭证时，可通过此参数（`true`）实现。
    ///
    /// 仅在未指定 `agId` 且指定 `instanceTemplateId`，且 `keyNames` 为空时，此参数(`true`)生效。
    #[serde(
        rename = "noKeyNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub no_key_names: ::std::option::Option<bool>,
    /// 使用实例模板创建实例时，如模板中已设置弹性公网IP，期望不绑定弹性公网IP时，可通过此参数（`true`）实现。
    ///
    /// 仅在未指定 `agId` 且指定 `instanceTemplateId`，且 `elasticIp` 为空时，此参数(`true`)生效。
    #[serde(
        rename = "noElasticIp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub no_elastic_ip: ::std::option::Option<bool>,
    /// 自定义实例标签。以key-value键值对形式指定，最多支持10个标签。key不能以 "jrn:" 或“jdc-”开头，仅支持中文、大/小写英文、数字及如下符号：`\_.,:\/=+-@`。
    #[serde(
        rename = "userTags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// 停机不计费模式。该参数仅对按配置计费且系统盘为云硬盘的实例生效，并且不是专有宿主机中的实例。配置停机不计费且停机后，实例部分将停止计费，且释放实例自身包含的资源（CPU/内存/GPU/本地数据盘）。
    ///
    /// 可选值：
    ///
    /// `keepCharging`（默认值）：停机后保持计费，不释放资源。
    ///
    /// `stopCharging`：停机后停止计费，释放实例资源。
    #[serde(
        rename = "chargeOnStopped",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_on_stopped: ::std::option::Option<InstanceSpecChargeOnStopped>,
    /// 自动任务策略ID。
    #[serde(
        rename = "autoImagePolicyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_image_policy_id: ::std::option::Option<::std::string::String>,
    /// 允许SSH密码登录。
    ///
    /// 可选值：
    ///
    /// `yes`（默认值）：允许SSH密码登录。
    ///
    /// `no`：禁止SSH密码登录。
    ///
    /// 仅在指定密钥时此参数有效，指定此参数后密码即使输入也将被忽略，同时会在系统内禁用SSH密码登录。
    #[serde(
        rename = "passwordAuth",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password_auth: ::std::option::Option<InstanceSpecPasswordAuth>,
    /// 使用镜像中的登录凭证，无须再指定密码或密钥（指定无效）。
    ///
    /// 可选值：
    ///
    /// `yes`：使用镜像登录凭证。
    ///
    /// `no`（默认值）：不使用镜像登录凭证。
    ///
    /// 仅使用私有或共享镜像时此参数有效。
    #[serde(
        rename = "imageInherit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_inherit: ::std::option::Option<InstanceSpecImageInherit>,
}
impl InstanceSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            ..::std::default::Default::default()
        }
    }
    ///Sets `agId`.
    pub fn with_ag_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ag_id = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `instanceTemplateId`.
    pub fn with_instance_template_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_template_id = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `az`.
    pub fn with_az(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.az = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `instanceType`.
    pub fn with_instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `imageId`.
    pub fn with_image_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `hostname`.
    pub fn with_hostname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hostname = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `password`.
    pub fn with_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `keyNames`.
    pub fn with_key_names(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.key_names = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `elasticIp`.
    pub fn with_elastic_ip(mut self, value: impl ::std::convert::Into<ElasticIpSpec>) -> Self {
        self.elastic_ip = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `primaryNetworkInterface`.
    pub fn with_primary_network_interface(
        mut self,
        value: impl ::std::convert::Into<InstanceNetworkInterfaceAttachmentSpec>,
    ) -> Self {
        self.primary_network_interface = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `systemDisk`.
    pub fn with_system_disk(
        mut self,
        value: impl ::std::convert::Into<InstanceDiskAttachmentSpec>,
    ) -> Self {
        self.system_disk = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `dataDisks`.
    pub fn with_data_disks(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InstanceDiskAttachmentSpec>>,
    ) -> Self {
        self.data_disks = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `charge`.
    pub fn with_charge(mut self, value: impl ::std::convert::Into<ChargeSpec>) -> Self {
        self.charge = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `metadata`.
    pub fn with_metadata(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Metadata>>,
    ) -> Self {
        self.metadata = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `userdata`.
    pub fn with_userdata(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Userdata>>,
    ) -> Self {
        self.userdata = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `description`.
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `noPassword`.
    pub fn with_no_password(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.no_password = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `noKeyNames`.
    pub fn with_no_key_names(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.no_key_names = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `noElasticIp`.
    pub fn with_no_elastic_ip(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.no_elastic_ip = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `userTags`.
    pub fn with_user_tags(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Tag>>,
    ) -> Self {
        self.user_tags = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `chargeOnStopped`.
    pub fn with_charge_on_stopped(
        mut self,
        value: impl ::std::convert::Into<InstanceSpecChargeOnStopped>,
    ) -> Self {
        self.charge_on_stopped = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `autoImagePolicyId`.
    pub fn with_auto_image_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_image_policy_id = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `passwordAuth`.
    pub fn with_password_auth(
        mut self,
        value: impl ::std::convert::Into<InstanceSpecPasswordAuth>,
    ) -> Self {
        self.password_auth = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `imageInherit`.
    pub fn with_image_inherit(
        mut self,
        value: impl ::std::convert::Into<InstanceSpecImageInherit>,
    ) -> Self {
        self.image_inherit = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for InstanceSpec {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InstanceSpec")
            .field("agId", &self.ag_id)
            .field("instanceTemplateId", &self.instance_template_id)
            .field("az", &self.az)
            .field("instanceType", &self.instance_type)
            .field("imageId", &self.image_id)
            .field("name", &self.name)
            .field("hostname", &self.hostname)
            .field("password", &"***")
            .field("keyNames", &self.key_names)
            .field("elasticIp", &self.elastic_ip)
            .field("primaryNetworkInterface", &self.primary_network_interface)
            .field("systemDisk", &self.system_disk)
            .field("dataDisks", &self.data_disks)
            .field("charge", &self.charge)
            .field("metadata", &self.metadata)
            .field("userdata", &self.userdata)
            .field("description", &self.description)
            .field("noPassword", &"***")
            .field("noKeyNames", &self.no_key_names)
            .field("noElasticIp", &self.no_elastic_ip)
            .field("userTags", &self.user_tags)
            .field("chargeOnStopped", &self.charge_on_stopped)
            .field("autoImagePolicyId", &self.auto_image_policy_id)
            .field("passwordAuth", &"***")
            .field("imageInherit", &self.image_inherit)
            .finish()
    }
}
/// `Metadata`
///
/// *Documented in* `specs/vm/createInstances.md` *line 90.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Metadata {
    /// key，字符长度不超过256，支持全字符。不能以连字符(-)结尾，否则此key不生效。
    #[serde(
        rename = "key",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key: ::std::option::Option<::std::string::String>,
    /// value，字符长度不超过16KB，支持全字符。
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl Metadata {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    ///Sets `key`.
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `value`.
    pub fn with_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
/// `NetworkInterfaceSpec`
///
/// *Documented in* `specs/vm/createInstances.md` *line 140.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NetworkInterfaceSpec {
    /// 子网ID
    #[serde(rename = "subnetId", default)]
    pub subnet_id: ::std::string::String,
    /// 网卡可用区。创建实例时此参数无须指定且指定无效。
    #[serde(
        rename = "az",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az: ::std::option::Option<::std::string::String>,
    /// 网卡名称。创建实例时此参数无须指定且指定无效。
    #[serde(
        rename = "networkInterfaceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_name: ::std::option::Option<::std::string::String>,
    /// 网卡主IP。如不指定，则自动从所选子网可用IP中分配；如指定，请在在子网可用IP范围内指定。
    ///
    /// 指定IP地址时，主机数量`maxCount`仅可指定为`1`。
    #[serde(
        rename = "primaryIpAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary_ip_address: ::std::option::Option<::std::string::String>,
    /// 网卡辅助内网IP地址。创建实例时此参数无须指定且指定无效。
    #[serde(
        rename = "secondaryIpAddresses",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secondary_ip_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 自动分配的网卡辅助内网IP数量。创建实例时此参数无须指定且指定无效
    #[serde(
        rename = "secondaryIpCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secondary_ip_count: ::std::option::Option<i32>,
    /// 实例（主网卡）所属绑定的安全组ID。最多可指定5个。
    #[serde(
        rename = "securityGroups",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 参数已弃用，指定无效。
    #[serde(
        rename = "sanityCheck",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sanity_check: ::std::option::Option<i32>,
    /// 网卡描述。创建实例时此参数无须指定且指定无效。
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
}
impl NetworkInterfaceSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(subnet_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            subnet_id: subnet_id.into(),
            ..::std::default::Default::default()
        }
    }
    ///Sets `az`.
    pub fn with_az(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.az = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `networkInterfaceName`.
    pub fn with_network_interface_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_name = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `primaryIpAddress`.
    pub fn with_primary_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.primary_ip_address = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `secondaryIpAddresses`.
    pub fn with_secondary_ip_addresses(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.secondary_ip_addresses = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `secondaryIpCount`.
    pub fn with_secondary_ip_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.secondary_ip_count = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `securityGroups`.
    pub fn with_security_groups(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.security_groups = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `sanityCheck`.
    pub fn with_sanity_check(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.sanity_check = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `description`.
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Tag`
///
/// *Documented in* `specs/vm/createInstances.md` *line 76.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Tag {
    /// 标签key。长度不能超过127字符，不能以 `jrn:` 或 `jdc-` 开头，仅支持中文、大/小写英文、数字及如下符号：`\_.,:\/=+-@`。
    #[serde(
        rename = "key",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key: ::std::option::Option<::std::string::String>,
    /// 标签value。长度不能超过255字符，仅支持中文、大/小写英文、数字及如下符号：`\_.,:\/=+-@`。
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl Tag {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    ///Sets `key`.
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `value`.
    pub fn with_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Userdata`
///
/// *Documented in* `specs/vm/createInstances.md` *line 83.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Userdata {
    /// 脚本类型，当前仅支持输入 `launch-script`，即启动脚本。
    #[serde(
        rename = "key",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key: ::std::option::Option<::std::string::String>,
    /// 脚本内容，须 `Base64` 编码，且编码前长度不能超过16KB。
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl Userdata {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    ///Sets `key`.
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }
    ///Sets `value`.
    pub fn with_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
/// Allowed values of ChargeSpecChargeMode.
///
/// 计费模式。
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ChargeSpecChargeMode {
    /// `postpaid_by_duration`
    PostpaidByDuration,
    /// `prepaid_by_duration`
    PrepaidByDuration,
    /// `postpaid_by_usage`
    PostpaidByUsage,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ChargeSpecChargeMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PostpaidByDuration => "postpaid_by_duration",
            Self::PrepaidByDuration => "prepaid_by_duration",
            Self::PostpaidByUsage => "postpaid_by_usage",
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
            "postpaid_by_duration" => Self::PostpaidByDuration,
            "prepaid_by_duration" => Self::PrepaidByDuration,
            "postpaid_by_usage" => Self::PostpaidByUsage,
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
/// 包年包月（预付费）付费单位。仅`chargeMode=prepaid_by_duration`时此参数有效。
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
/// Allowed values of DiskSpecDiskType.
///
/// 云硬盘类型。各类型介绍请参见[云硬盘类型](https://docs.jdcloud.com/cn/cloud-disk-service/specifications)。
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DiskSpecDiskType {
    /// `ssd.gp1`
    SsdGp1,
    /// `ssd.io1`
    SsdIo1,
    /// `hdd.std1`
    HddStd1,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl DiskSpecDiskType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SsdGp1 => "ssd.gp1",
            Self::SsdIo1 => "ssd.io1",
            Self::HddStd1 => "hdd.std1",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for DiskSpecDiskType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for DiskSpecDiskType {
    fn from(value: &str) -> Self {
        match value {
            "ssd.gp1" => Self::SsdGp1,
            "ssd.io1" => Self::SsdIo1,
            "hdd.std1" => Self::HddStd1,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for DiskSpecDiskType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for DiskSpecDiskType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DiskSpecDiskType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DiskSpecDiskType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of InstanceSpecChargeOnStopped.
///
/// 停机不计费模式。该参数仅对按配置计费且系统盘为云硬盘的实例生效，并且不是专有宿主机中的实例。配置停机不计费且停机后，实例部分将停止计费，且释放实例自身包含的资源（CPU/内存/GPU/本地数据盘）。
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceSpecChargeOnStopped {
    /// `keepCharging`
    KeepCharging,
    /// `stopCharging`
    StopCharging,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl InstanceSpecChargeOnStopped {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::KeepCharging => "keepCharging",
            Self::StopCharging => "stopCharging",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for InstanceSpecChargeOnStopped {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for InstanceSpecChargeOnStopped {
    fn from(value: &str) -> Self {
        match value {
            "keepCharging" => Self::KeepCharging,
            "stopCharging" => Self::StopCharging,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for InstanceSpecChargeOnStopped {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for InstanceSpecChargeOnStopped {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for InstanceSpecChargeOnStopped {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for InstanceSpecChargeOnStopped {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of InstanceSpecImageInherit.
///
/// 使用镜像中的登录凭证，无须再指定密码或密钥（指定无效）。
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceSpecImageInherit {
    /// `yes`
    Yes,
    /// `no`
    No,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl InstanceSpecImageInherit {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for InstanceSpecImageInherit {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for InstanceSpecImageInherit {
    fn from(value: &str) -> Self {
        match value {
            "yes" => Self::Yes,
            "no" => Self::No,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for InstanceSpecImageInherit {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for InstanceSpecImageInherit {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for InstanceSpecImageInherit {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for InstanceSpecImageInherit {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of InstanceSpecPasswordAuth.
///
/// 允许SSH密码登录。
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceSpecPasswordAuth {
    /// `yes`
    Yes,
    /// `no`
    No,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl InstanceSpecPasswordAuth {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for InstanceSpecPasswordAuth {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for InstanceSpecPasswordAuth {
    fn from(value: &str) -> Self {
        match value {
            "yes" => Self::Yes,
            "no" => Self::No,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for InstanceSpecPasswordAuth {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for InstanceSpecPasswordAuth {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for InstanceSpecPasswordAuth {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for InstanceSpecPasswordAuth {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
