//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `AliasIpInfo`
///
/// *Documented in* `specs/edcps/en/seed/createInstances.md` *line 66.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AliasIpInfo {
    /// Primary CIDR or Secondary CIDR id
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<::std::string::String>,
    /// cidr Fragment
    #[serde(
        rename = "cidr",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cidr: ::std::option::Option<::std::string::String>,
}
impl AliasIpInfo {
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
    /// Sets `cidr`.
    pub fn with_cidr(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.cidr = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ChargeSpec`
///
/// *Documented in* `specs/edcps/en/seed/createInstances.md` *line 71.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ChargeSpec {
    /// Billing model value is prepaid_by_duration, postpaid_by_usage or postpaid_by_duration; prepaid_by_duration means Pay-In-Advance, while postpaid_by_usage means Pay-As-You-Go By Consumption; and postpaid_by_duration means pay by configuration and is the default value. Please refer to the help documentation of specific product line to confirm the billing type supported by the production line
    #[serde(
        rename = "chargeMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_mode: ::std::option::Option<ChargeSpecChargeMode>,
    /// Billing unit of Pay-In-Advance, the Pay-In-Advance is compulsory, which is valid only when chargeMode is prepaid_by_duration, with the values of month and year and the default value of month
    #[serde(
        rename = "chargeUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_unit: ::std::option::Option<ChargeSpecChargeUnit>,
    /// Pay-In-Advance billing hours, the Pay-In-Advance is compulsory and is valid only when the value of chargeMode is prepaid_by_duration. When chargeUnit is month, the value shall be: 1~9; when chargeUnit is year, the value shall be: 1, 2 and 3
    #[serde(
        rename = "chargeDuration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_duration: ::std::option::Option<i32>,
    /// True=: OPEN——Enable automatic renewal, False=CLOSE—— Disable automatic renewal, with default value of CLOSE
    #[serde(
        rename = "autoRenew",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew: ::std::option::Option<bool>,
    /// The unified activity credential, JSON character string, for the product line needs the BASE64 code. Now, the format required before coding is {"activity":{"activityType": required field, "activityIdentifier": required field}}
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
    /// Sets `buyScenario`.
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
/// *Documented in* `specs/edcps/en/seed/createInstances.md` *line 86.*
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
/// `InstanceSpec`
///
/// *Documented in* `specs/edcps/en/seed/createInstances.md` *line 40.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceSpec {
    /// Availability Zone, e.g. cn-east-tz1
    #[serde(rename = "az", default)]
    pub az: ::std::string::String,
    /// Instance type family, e.g. edcps.c.normal1
    #[serde(rename = "deviceType", default)]
    pub device_type: ::std::string::String,
    /// Machine Name
    #[serde(
        rename = "hostname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hostname: ::std::option::Option<::std::string::String>,
    /// Image type, value range: standard
    #[serde(rename = "imageType", default)]
    pub image_type: InstanceSpecImageType,
    /// Operating System Type ID
    #[serde(rename = "osTypeId", default)]
    pub os_type_id: ::std::string::String,
    /// System Disk RAID Type ID
    #[serde(rename = "sysRaidTypeId", default)]
    pub sys_raid_type_id: ::std::string::String,
    /// Data Disk RAID Type ID
    #[serde(rename = "dataRaidTypeId", default)]
    pub data_raid_type_id: ::std::string::String,
    /// Subnet Number
    #[serde(
        rename = "subnetId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// Enable Internet or not, value range: yes, no
    #[serde(
        rename = "enableInternet",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_internet: ::std::option::Option<InstanceSpecEnableInternet>,
    /// Network type, value range: vpc
    #[serde(rename = "networkType", default)]
    pub network_type: InstanceSpecNetworkType,
    /// Network CIDR
    #[serde(
        rename = "cidr",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cidr: ::std::option::Option<::std::string::String>,
    /// Private IP
    #[serde(
        rename = "privateIp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip: ::std::option::Option<::std::string::String>,
    /// Internet link type supports China Unicom (un), China Telecom (ct) and China Mobile (cm) now
    #[serde(
        rename = "lineType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub line_type: ::std::option::Option<::std::string::String>,
    /// Internet bandwidth, range \[1,10240\] unit: Mbps
    #[serde(
        rename = "bandwidth",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth: ::std::option::Option<i32>,
    /// Additional uplink bandwidth, range \[0,10240\] unit Mbps
    #[serde(
        rename = "extraUplinkBandwidth",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub extra_uplink_bandwidth: ::std::option::Option<i32>,
    /// Name of Cloud Physical Server
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// Description of Cloud Physical Server
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Password, a random password will be generated if no values are transmitted
    #[serde(
        rename = "password",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::std::string::String>,
    /// Quantity
    #[serde(rename = "count", default)]
    pub count: i32,
    /// Coded contents of executable script Base64, supporting scripts shell and python
    #[serde(
        rename = "userData",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_data: ::std::option::Option<::std::string::String>,
    /// Key Pair id
    #[serde(
        rename = "keypairId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub keypair_id: ::std::option::Option<::std::string::String>,
    /// Billing Configuration
    #[serde(rename = "charge", default)]
    pub charge: ChargeSpec,
    /// Alias ip Configuration
    #[serde(
        rename = "aliasIps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alias_ips: ::std::option::Option<::std::vec::Vec<AliasIpInfo>>,
}
impl InstanceSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        az: impl ::std::convert::Into<::std::string::String>,
        device_type: impl ::std::convert::Into<::std::string::String>,
        image_type: impl ::std::convert::Into<InstanceSpecImageType>,
        os_type_id: impl ::std::convert::Into<::std::string::String>,
        sys_raid_type_id: impl ::std::convert::Into<::std::string::String>,
        data_raid_type_id: impl ::std::convert::Into<::std::string::String>,
        network_type: impl ::std::convert::Into<InstanceSpecNetworkType>,
        name: impl ::std::convert::Into<::std::string::String>,
        count: impl ::std::convert::Into<i32>,
        charge: impl ::std::convert::Into<ChargeSpec>,
    ) -> Self {
        Self {
            az: az.into(),
            device_type: device_type.into(),
            image_type: image_type.into(),
            os_type_id: os_type_id.into(),
            sys_raid_type_id: sys_raid_type_id.into(),
            data_raid_type_id: data_raid_type_id.into(),
            network_type: network_type.into(),
            name: name.into(),
            count: count.into(),
            charge: charge.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `hostname`.
    pub fn with_hostname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hostname = ::std::option::Option::Some(value.into());
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
    /// Sets `enableInternet`.
    pub fn with_enable_internet(
        mut self,
        value: impl ::std::convert::Into<InstanceSpecEnableInternet>,
    ) -> Self {
        self.enable_internet = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cidr`.
    pub fn with_cidr(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.cidr = ::std::option::Option::Some(value.into());
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
    /// Sets `lineType`.
    pub fn with_line_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.line_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bandwidth`.
    pub fn with_bandwidth(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.bandwidth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `extraUplinkBandwidth`.
    pub fn with_extra_uplink_bandwidth(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.extra_uplink_bandwidth = ::std::option::Option::Some(value.into());
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
    /// Sets `password`.
    pub fn with_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `userData`.
    pub fn with_user_data(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_data = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `keypairId`.
    pub fn with_keypair_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.keypair_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `aliasIps`.
    pub fn with_alias_ips(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<AliasIpInfo>>,
    ) -> Self {
        self.alias_ips = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for InstanceSpec {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InstanceSpec")
            .field("az", &self.az)
            .field("deviceType", &self.device_type)
            .field("hostname", &self.hostname)
            .field("imageType", &self.image_type)
            .field("osTypeId", &self.os_type_id)
            .field("sysRaidTypeId", &self.sys_raid_type_id)
            .field("dataRaidTypeId", &self.data_raid_type_id)
            .field("subnetId", &self.subnet_id)
            .field("enableInternet", &self.enable_internet)
            .field("networkType", &self.network_type)
            .field("cidr", &self.cidr)
            .field("privateIp", &self.private_ip)
            .field("lineType", &self.line_type)
            .field("bandwidth", &self.bandwidth)
            .field("extraUplinkBandwidth", &self.extra_uplink_bandwidth)
            .field("name", &self.name)
            .field("description", &self.description)
            .field("password", &"***")
            .field("count", &self.count)
            .field("userData", &self.user_data)
            .field("keypairId", &self.keypair_id)
            .field("charge", &self.charge)
            .field("aliasIps", &self.alias_ips)
            .finish()
    }
}
/// Allowed values of ChargeSpecChargeMode.
///
/// Billing model value is prepaid_by_duration, postpaid_by_usage or postpaid_by_duration; prepaid_by_duration means Pay-In-Advance, while postpaid_by_usage means Pay-As-You-Go By Consumption; and postpaid_by_duration means pay by configuration and is the default value. Please refer to the help documentation of specific product line to confirm the billing type supported by the production line
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
/// Billing unit of Pay-In-Advance, the Pay-In-Advance is compulsory, which is valid only when chargeMode is prepaid_by_duration, with the values of month and year and the default value of month
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
/// Enable Internet or not, value range: yes, no
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
/// Image type, value range: standard
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceSpecImageType {
    /// `standard`
    Standard,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl InstanceSpecImageType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "standard",
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
/// Allowed values of InstanceSpecNetworkType.
///
/// Network type, value range: vpc
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceSpecNetworkType {
    /// `vpc`
    Vpc,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl InstanceSpecNetworkType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Vpc => "vpc",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for InstanceSpecNetworkType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for InstanceSpecNetworkType {
    fn from(value: &str) -> Self {
        match value {
            "vpc" => Self::Vpc,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for InstanceSpecNetworkType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for InstanceSpecNetworkType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for InstanceSpecNetworkType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for InstanceSpecNetworkType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
