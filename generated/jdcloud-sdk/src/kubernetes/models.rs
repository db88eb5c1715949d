//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `AddonConfigSpec`
///
/// *Documented in* `specs/kubernetes/en/jdcloudcom-en/setAddons.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AddonConfigSpec {
    /// Component Name, customMetrics and logging are supported now
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// Whether to enable the component, false by default.
    #[serde(
        rename = "enabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
}
impl AddonConfigSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `enabled`.
    pub fn with_enabled(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.enabled = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CAConfigSpec`
///
/// *Documented in* `specs/kubernetes/en/jdcloudcom-en/createNodeGroup.md` *line 33.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CaConfigSpec {
    /// Whether to enable auto scaling, false
    ///
    /// is set by default
    #[serde(
        rename = "enable",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable: ::std::option::Option<bool>,
    /// Maximum working node number is automatically expanded with the value range being \[1, min (2000, subnet surplus ip)\]
    #[serde(
        rename = "maxNode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_node: ::std::option::Option<i32>,
    /// Minimum working node number is automatically expanded with the value range being \[0, min (2000, maxNode)\]
    #[serde(
        rename = "minNode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_node: ::std::option::Option<i32>,
}
impl CaConfigSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `enable`.
    pub fn with_enable(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.enable = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `maxNode`.
    pub fn with_max_node(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.max_node = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `minNode`.
    pub fn with_min_node(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.min_node = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateNodeGroupResult`
///
/// *Documented in* `specs/kubernetes/en/jdcloudcom-en/createNodeGroup.md` *line 67.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateNodeGroupResult {
    /// `nodeGroupId`
    #[serde(
        rename = "nodeGroupId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub node_group_id: ::std::option::Option<::std::string::String>,
}
impl CreateNodeGroupResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `nodeGroupId`.
    pub fn with_node_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_group_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeQuotasResult`
///
/// *Documented in* `specs/kubernetes/en/jdcloudcom-en/describeQuotas.md` *line 35.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeQuotasResult {
    /// Quota List
    #[serde(
        rename = "quotas",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quotas: ::std::option::Option<::std::vec::Vec<Quota>>,
}
impl DescribeQuotasResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `quotas`.
    pub fn with_quotas(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Quota>>) -> Self {
        self.quotas = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeVersionsResult`
///
/// *Documented in* `specs/kubernetes/en/jdcloudcom-en/describeVersions.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeVersionsResult {
    /// `masterVersions`
    #[serde(
        rename = "masterVersions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub master_versions: ::std::option::Option<::std::vec::Vec<MasterVersion>>,
}
impl DescribeVersionsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `masterVersions`.
    pub fn with_master_versions(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<MasterVersion>>,
    ) -> Self {
        self.master_versions = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DiskSpec`
///
/// *Documented in* `specs/kubernetes/en/jdcloudcom-en/createNodeGroup.md` *line 53.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DiskSpec {
    /// Disk type, with value of cloud or local, cloud is set by default
    #[serde(
        rename = "systemDiskCategory",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_category: ::std::option::Option<DiskSpecSystemDiskCategory>,
    /// System disk size of cloud disk  unit (GB)
    #[serde(
        rename = "systemDiskSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_size: ::std::option::Option<i32>,
    /// Cloud Disk System Disk type, supports hdd.std1, ssd.gp1 and ssd.io1
    #[serde(
        rename = "systemDiskType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_type: ::std::option::Option<DiskSpecSystemDiskType>,
    /// Cloud Disk iops, only cloud disk of ssd.io1 type is valid
    #[serde(
        rename = "systemDiskIops",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_iops: ::std::option::Option<i32>,
}
impl DiskSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `systemDiskCategory`.
    pub fn with_system_disk_category(
        mut self,
        value: impl ::std::convert::Into<DiskSpecSystemDiskCategory>,
    ) -> Self {
        self.system_disk_category = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `systemDiskSize`.
    pub fn with_system_disk_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.system_disk_size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `systemDiskType`.
    pub fn with_system_disk_type(
        mut self,
        value: impl ::std::convert::Into<DiskSpecSystemDiskType>,
    ) -> Self {
        self.system_disk_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `systemDiskIops`.
    pub fn with_system_disk_iops(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.system_disk_iops = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Filter`
///
/// *Documented in* `specs/kubernetes/en/jdcloudcom-en/describeQuotas.md` *line 22.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Filter {
    /// Name of Filter Requirements
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// Operator of filter requirements is eq by default
    #[serde(
        rename = "operator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operator: ::std::option::Option<::std::string::String>,
    /// Value of Filter Requirements
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
/// `LabelSpec`
///
/// *Documented in* `specs/kubernetes/en/jdcloudcom-en/createNodeGroup.md` *line 48.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct LabelSpec {
    /// key consists of two parts: prefix and name, name is compulsory while prefix is optional. prefix is separated from name with "/".
    ///
    /// name can use letters, figures and \[-_.\]. The length shall be less than 63. prefix: Follow DNS standard (For example: kubernetes.io/) and the length cannot exceed 253
    ///
    /// [Reference](https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set)
    #[serde(rename = "key", default)]
    pub key: ::std::string::String,
    /// letters, figures, \[-_.\], and the length cannot exceed 63
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl LabelSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(key: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            key: key.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `value`.
    pub fn with_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
/// `MaintenanceWindowSpec`
///
/// *Documented in* `specs/kubernetes/en/jdcloudcom-en/setAutoUpgrade.md` *line 24.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MaintenanceWindowSpec {
    /// daily, weekly and monthly, weekly is set by default
    #[serde(
        rename = "periodType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_type: ::std::option::Option<::std::string::String>,
    /// Specific starting date of maintenance operation is only valid for periodType with value of weekly or monthly, the numbers from 1 to 7 are available for periodType with value of weekly, and the numbers from 1 to 28 are available for periodType with value of monthly
    #[serde(
        rename = "startDay",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_day: ::std::option::Option<i32>,
    /// The format of the specific starting date of maintenance operation shall comply with RFC3339, and UTC time shall be used with the accuracy to minute, i.e. 23: 27
    #[serde(rename = "startTime", default)]
    pub start_time: ::std::string::String,
    /// Time zone, IANA data format, i.e. "Asia/Shanghai" or "America/Los_Angeles", shall be used, and "UTC" is set by default
    #[serde(
        rename = "timeZone",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_zone: ::std::option::Option<::std::string::String>,
    /// Maintenance running period: 4-24 hours, the step length is one hour, 4 hours is set by default
    #[serde(
        rename = "duration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub duration: ::std::option::Option<i32>,
}
impl MaintenanceWindowSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(start_time: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            start_time: start_time.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `periodType`.
    pub fn with_period_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.period_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `startDay`.
    pub fn with_start_day(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.start_day = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `timeZone`.
    pub fn with_time_zone(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.time_zone = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `duration`.
    pub fn with_duration(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.duration = ::std::option::Option::Some(value.into());
        self
    }
}
/// `MasterVersion`
///
/// *Documented in* `specs/kubernetes/en/jdcloudcom-en/describeVersions.md` *line 33.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MasterVersion {
    /// Cluster Version Number
    #[serde(
        rename = "version",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version: ::std::option::Option<::std::string::String>,
    /// Whether or not default version
    #[serde(
        rename = "isDefault",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_default: ::std::option::Option<bool>,
    /// node Version Number by Default
    #[serde(
        rename = "defaultNodeVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_node_version: ::std::option::Option<::std::string::String>,
    /// Version Status
    #[serde(
        rename = "versionStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version_status: ::std::option::Option<::std::string::String>,
    /// Configuration of node
    #[serde(
        rename = "nodeVersions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub node_versions: ::std::option::Option<::std::vec::Vec<NodeVersion>>,
}
impl MasterVersion {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `version`.
    pub fn with_version(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `isDefault`.
    pub fn with_is_default(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.is_default = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `defaultNodeVersion`.
    pub fn with_default_node_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.default_node_version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `versionStatus`.
    pub fn with_version_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `nodeVersions`.
    pub fn with_node_versions(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<NodeVersion>>,
    ) -> Self {
        self.node_versions = ::std::option::Option::Some(value.into());
        self
    }
}
/// `NodeConfigSpec`
///
/// *Documented in* `specs/kubernetes/en/jdcloudcom-en/createNodeGroup.md` *line 39.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NodeConfigSpec {
    /// Instance Type Family
    #[serde(rename = "instanceType", default)]
    pub instance_type: ::std::string::String,
    /// Working Node Version, if not specified, the default version shall be used
    #[serde(
        rename = "version",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version: ::std::option::Option<::std::string::String>,
    /// Virtual Machine password is cluster password by default and for the password specification, refer to: [Specification for Public Parameters](https://docs.jdcloud.com/en/virtual-machines/api/general_parameters)
    #[serde(
        rename = "password",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::std::string::String>,
    /// Virtual Machine SSH Key Pair Name, only one is supported now Do not delete the SSH key pair in service
    #[serde(
        rename = "keyNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Configuration Information of Virtual Machines System Disk
    #[serde(
        rename = "systemDisk",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk: ::std::option::Option<DiskSpec>,
    /// Tag of Working Node Group, ten tags are supported at most
    #[serde(
        rename = "labels",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub labels: ::std::option::Option<::std::vec::Vec<LabelSpec>>,
}
impl NodeConfigSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(instance_type: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_type: instance_type.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `version`.
    pub fn with_version(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.version = ::std::option::Option::Some(value.into());
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
    /// Sets `keyNames`.
    pub fn with_key_names(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.key_names = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `systemDisk`.
    pub fn with_system_disk(mut self, value: impl ::std::convert::Into<DiskSpec>) -> Self {
        self.system_disk = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `labels`.
    pub fn with_labels(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<LabelSpec>>,
    ) -> Self {
        self.labels = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for NodeConfigSpec {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("NodeConfigSpec")
            .field("instanceType", &self.instance_type)
            .field("version", &self.version)
            .field("password", &"***")
            .field("keyNames", &self.key_names)
            .field("systemDisk", &self.system_disk)
            .field("labels", &self.labels)
            .finish()
    }
}
/// `NodeVersion`
///
/// *Documented in* `specs/kubernetes/en/jdcloudcom-en/describeVersions.md` *line 41.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NodeVersion {
    /// Node Version Number
    #[serde(
        rename = "version",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version: ::std::option::Option<::std::string::String>,
    /// Image Operating System
    #[serde(
        rename = "imageOs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_os: ::std::option::Option<::std::string::String>,
    /// Version Status
    #[serde(
        rename = "versionStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version_status: ::std::option::Option<::std::string::String>,
}
impl NodeVersion {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `version`.
    pub fn with_version(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `imageOs`.
    pub fn with_image_os(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_os = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `versionStatus`.
    pub fn with_version_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version_status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Quota`
///
/// *Documented in* `specs/kubernetes/en/jdcloudcom-en/describeQuotas.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Quota {
    /// Resource type \[kubernetes\]
    #[serde(
        rename = "resourceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// Available Resource Cap
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i32>,
    /// Number of Used Resources
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
    /// Sets `resourceType`.
    pub fn with_resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `limit`.
    pub fn with_limit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.limit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `used`.
    pub fn with_used(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.used = ::std::option::Option::Some(value.into());
        self
    }
}
/// Allowed values of DiskSpecSystemDiskCategory.
///
/// Disk type, with value of cloud or local, cloud is set by default
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DiskSpecSystemDiskCategory {
    /// `cloud`
    Cloud,
    /// `local`
    Local,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl DiskSpecSystemDiskCategory {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cloud => "cloud",
            Self::Local => "local",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for DiskSpecSystemDiskCategory {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for DiskSpecSystemDiskCategory {
    fn from(value: &str) -> Self {
        match value {
            "cloud" => Self::Cloud,
            "local" => Self::Local,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for DiskSpecSystemDiskCategory {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for DiskSpecSystemDiskCategory {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DiskSpecSystemDiskCategory {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DiskSpecSystemDiskCategory {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of DiskSpecSystemDiskType.
///
/// Cloud Disk System Disk type, supports hdd.std1, ssd.gp1 and ssd.io1
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DiskSpecSystemDiskType {
    /// `hdd.std1`
    HddStd1,
    /// `ssd.gp1`
    SsdGp1,
    /// `ssd.io1`
    SsdIo1,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl DiskSpecSystemDiskType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::HddStd1 => "hdd.std1",
            Self::SsdGp1 => "ssd.gp1",
            Self::SsdIo1 => "ssd.io1",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for DiskSpecSystemDiskType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for DiskSpecSystemDiskType {
    fn from(value: &str) -> Self {
        match value {
            "hdd.std1" => Self::HddStd1,
            "ssd.gp1" => Self::SsdGp1,
            "ssd.io1" => Self::SsdIo1,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for DiskSpecSystemDiskType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for DiskSpecSystemDiskType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DiskSpecSystemDiskType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DiskSpecSystemDiskType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
