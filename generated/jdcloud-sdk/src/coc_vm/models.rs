//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `ChargeSpec`
///
/// *Documented in* `specs/coc-vm/zh/seed/createInstances.md` *line 53.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ChargeSpec {
    /// 计费模式，取值为：prepaid_by_duration 表示预付费
    #[serde(
        rename = "chargeMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_mode: ::std::option::Option<::std::string::String>,
    /// 预付费计费单位，当chargeMode为prepaid_by_duration时有效，取值为：month、year，默认为month
    #[serde(
        rename = "chargeUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_unit: ::std::option::Option<ChargeSpecChargeUnit>,
    /// 预付费计费时长，当chargeMode取值为prepaid_by_duration时有效。默认取值1。当chargeUnit为month时取值范围：\[1-9\]，当chargeUnit为year时取值范围：\[1-3\]
    #[serde(
        rename = "chargeDuration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_duration: ::std::option::Option<i32>,
    /// 是否自动续费，默认否
    #[serde(
        rename = "autoRenew",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew: ::std::option::Option<bool>,
}
impl ChargeSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `chargeMode`.
    pub fn with_charge_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
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
    /// Sets `chargeDuration`.
    pub fn with_charge_duration(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.charge_duration = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `autoRenew`.
    pub fn with_auto_renew(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_renew = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateInstancesResult`
///
/// *Documented in* `specs/coc-vm/zh/seed/createInstances.md` *line 93.*
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
    /// Sets `instanceIds`.
    pub fn with_instance_ids(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.instance_ids = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ElasticIpSpec`
///
/// *Documented in* `specs/coc-vm/zh/seed/createInstances.md` *line 77.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ElasticIpSpec {
    /// 弹性公网IP的带宽上限，单位：Mbps。取值范围为：\[1-200\]
    #[serde(rename = "sizeMbps", default)]
    pub size_mbps: i32,
    /// 弹性公网IP线路，目前仅支持bgp，
    #[serde(rename = "provider", default)]
    pub provider: ::std::string::String,
    /// 弹性公网IP计费模式，目前仅支持prepaid_by_duration（包年包月），默认值prepaid_by_duration，计费模式同实例计费模式。
    #[serde(
        rename = "chargeMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_mode: ::std::option::Option<::std::string::String>,
    /// 弹性公网IP带宽计费模式，目前仅支持bandwidth（按带宽），默认值为bandwidth
    #[serde(
        rename = "chargePlan",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_plan: ::std::option::Option<::std::string::String>,
    /// 预付费计费单位，当chargeMode为prepaid_by_duration时有效，取值为：month、year，默认为month，计费单位同实例计费单位。
    #[serde(
        rename = "chargeUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_unit: ::std::option::Option<ElasticIpSpecChargeUnit>,
    /// 预付费计费时长，当chargeMode取值为prepaid_by_duration时有效。默认取值1。当chargeUnit为month时取值范围：\[1-9\]，当chargeUnit为year时取值范围：\[1-3\]，计费时长同实例计费时长。
    #[serde(
        rename = "chargeDuration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_duration: ::std::option::Option<i32>,
}
impl ElasticIpSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        size_mbps: impl ::std::convert::Into<i32>,
        provider: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            size_mbps: size_mbps.into(),
            provider: provider.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `chargeMode`.
    pub fn with_charge_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charge_mode = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargePlan`.
    pub fn with_charge_plan(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charge_plan = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeUnit`.
    pub fn with_charge_unit(
        mut self,
        value: impl ::std::convert::Into<ElasticIpSpecChargeUnit>,
    ) -> Self {
        self.charge_unit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeDuration`.
    pub fn with_charge_duration(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.charge_duration = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceDiskAttachmentSpec`
///
/// *Documented in* `specs/coc-vm/zh/seed/createInstances.md` *line 60.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceDiskAttachmentSpec {
    /// 云硬盘类型。
    #[serde(rename = "diskType", default)]
    pub disk_type: ::std::string::String,
    /// 云硬盘大小，单位为 GiB。
    #[serde(
        rename = "diskSizeGB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_size_gb: ::std::option::Option<i32>,
}
impl InstanceDiskAttachmentSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(disk_type: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            disk_type: disk_type.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `diskSizeGB`.
    pub fn with_disk_size_gb(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.disk_size_gb = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceSpec`
///
/// *Documented in* `specs/coc-vm/zh/seed/createInstances.md` *line 38.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceSpec {
    /// 实例所属的可用区。
    #[serde(rename = "az", default)]
    pub az: ::std::string::String,
    /// 实例规格。可通过 [DescribeInstanceTypes](https://docs.jdcloud.com/coc-virtual-machines/api/describeinstancetypes) 接口查询各地域及可用区下的规格售卖情况。
    #[serde(rename = "instanceType", default)]
    pub instance_type: ::std::string::String,
    /// 镜像ID。可通过 [DescribeImages](https://docs.jdcloud.com/coc-virtual-machines/api/describeimages) 接口获得指定地域的镜像信息。
    #[serde(rename = "imageId", default)]
    pub image_id: ::std::string::String,
    /// 实例名称。长度为1~64字符，可以包含中文、数字、大小写字母、英文下划线“_”、中划线“-”或点“.”,，不能以“.”作为首尾。
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// 实例密码。可用于SSH登录和VNC登录。长度8至26字符，至少包含以下三项：1.数字：0~9；2.小写字母：a~z；3.大写字母：A~Z，或特殊字符：(!@$%^-_=+\[{}\]:,./?)。不可包含连续数字，例如123、987；不可包含连续或键位连续字母，如abc、CBA、qaz、qwer；不可包含用户名"Administrator" 和“root”及逆序字符，不可包含用户名"Administrator" 中超过两个连续字符的部分，更多密码输入要求请参见 [公共参数规范](https://docs.jdcloud.com/virtual-machines/api/general_parameters)。
    #[serde(
        rename = "password",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::std::string::String>,
    /// 密钥对名称。仅Linux系统下该参数生效，当前仅支持输入单个密钥，password和keyName只能二选一。passwordAuth不为yes的情况下，密钥对名称不能为空。
    #[serde(
        rename = "keyName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_name: ::std::option::Option<::std::string::String>,
    /// 是否允许SSH密码登录，默认为yes；yes：允许SSH密码登录。no：禁止SSH密码登录，这时必须要传keyName。该参数值为yes时，可以不传password，这时自动生成随机密码，并以短信和邮件通知。
    #[serde(
        rename = "passwordAuth",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password_auth: ::std::option::Option<::std::string::String>,
    /// 弹性公网IP配置
    #[serde(
        rename = "elasticIpSpec",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_ip_spec: ::std::option::Option<ElasticIpSpec>,
    /// 主网卡配置。
    #[serde(rename = "primaryNetworkInterface", default)]
    pub primary_network_interface: NetworkInterfaceSpec,
    /// 系统盘配置。
    #[serde(rename = "systemDisk", default)]
    pub system_disk: InstanceDiskAttachmentSpec,
    /// 数据盘配置。单实例最多可挂载云硬盘（系统盘+数据盘）的数量受实例规格的限制。
    #[serde(
        rename = "dataDisks",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disks: ::std::option::Option<::std::vec::Vec<InstanceDiskAttachmentSpec>>,
    /// 计费配置。
    ///
    /// 云主机不支持按用量方式计费，如果计费配置为空，则按照包年包月计费方式处理。
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
}
impl InstanceSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        az: impl ::std::convert::Into<::std::string::String>,
        instance_type: impl ::std::convert::Into<::std::string::String>,
        image_id: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
        primary_network_interface: impl ::std::convert::Into<NetworkInterfaceSpec>,
        system_disk: impl ::std::convert::Into<InstanceDiskAttachmentSpec>,
    ) -> Self {
        Self {
            az: az.into(),
            instance_type: instance_type.into(),
            image_id: image_id.into(),
            name: name.into(),
            primary_network_interface: primary_network_interface.into(),
            system_disk: system_disk.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `password`.
    pub fn with_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `keyName`.
    pub fn with_key_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `passwordAuth`.
    pub fn with_password_auth(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password_auth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `elasticIpSpec`.
    pub fn with_elastic_ip_spec(mut self, value: impl ::std::convert::Into<ElasticIpSpec>) -> Self {
        self.elastic_ip_spec = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dataDisks`.
    pub fn with_data_disks(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InstanceDiskAttachmentSpec>>,
    ) -> Self {
        self.data_disks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `charge`.
    pub fn with_charge(mut self, value: impl ::std::convert::Into<ChargeSpec>) -> Self {
        self.charge = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for InstanceSpec {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InstanceSpec")
            .field("az", &self.az)
            .field("instanceType", &self.instance_type)
            .field("imageId", &self.image_id)
            .field("name", &self.name)
            .field("password", &"***")
            .field("keyName", &self.key_name)
            .field("passwordAuth", &"***")
            .field("elasticIpSpec", &self.elastic_ip_spec)
            .field("primaryNetworkInterface", &self.primary_network_interface)
            .field("systemDisk", &self.system_disk)
            .field("dataDisks", &self.data_disks)
            .field("charge", &self.charge)
            .finish()
    }
}
/// `NetworkInterfaceSpec`
///
/// *Documented in* `specs/coc-vm/zh/seed/createInstances.md` *line 65.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NetworkInterfaceSpec {
    /// VPC ID
    #[serde(rename = "vpcId", default)]
    pub vpc_id: ::std::string::String,
    /// 子网ID
    #[serde(rename = "subnetId", default)]
    pub subnet_id: ::std::string::String,
    /// 网卡主IP，如果不指定，会自动从子网中分配
    #[serde(
        rename = "ip",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip: ::std::option::Option<::std::string::String>,
    /// `securityGroups`
    #[serde(rename = "securityGroups", default)]
    pub security_groups: ::std::vec::Vec<SecurityGroupCreate>,
}
impl NetworkInterfaceSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        vpc_id: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
        security_groups: impl ::std::convert::Into<::std::vec::Vec<SecurityGroupCreate>>,
    ) -> Self {
        Self {
            vpc_id: vpc_id.into(),
            subnet_id: subnet_id.into(),
            security_groups: security_groups.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `ip`.
    pub fn with_ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ip = ::std::option::Option::Some(value.into());
        self
    }
}
/// `SecurityGroupCreate`
///
/// *Documented in* `specs/coc-vm/zh/seed/createInstances.md` *line 72.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SecurityGroupCreate {
    /// 安全组ID。
    #[serde(rename = "groupId", default)]
    pub group_id: ::std::string::String,
    /// 安全组名称。
    #[serde(
        rename = "groupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_name: ::std::option::Option<::std::string::String>,
}
impl SecurityGroupCreate {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(group_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            group_id: group_id.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `groupName`.
    pub fn with_group_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// Allowed values of ChargeSpecChargeUnit.
///
/// 预付费计费单位，当chargeMode为prepaid_by_duration时有效，取值为：month、year，默认为month
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
/// Allowed values of ElasticIpSpecChargeUnit.
///
/// 预付费计费单位，当chargeMode为prepaid_by_duration时有效，取值为：month、year，默认为month，计费单位同实例计费单位。
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ElasticIpSpecChargeUnit {
    /// `month`
    Month,
    /// `year`
    Year,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ElasticIpSpecChargeUnit {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Month => "month",
            Self::Year => "year",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ElasticIpSpecChargeUnit {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ElasticIpSpecChargeUnit {
    fn from(value: &str) -> Self {
        match value {
            "month" => Self::Month,
            "year" => Self::Year,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ElasticIpSpecChargeUnit {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ElasticIpSpecChargeUnit {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ElasticIpSpecChargeUnit {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ElasticIpSpecChargeUnit {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
