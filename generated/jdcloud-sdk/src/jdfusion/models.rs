//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `CreateVm`
///
/// *Documented in* `specs/jdfusion/en/seed/createVmInstance.md` *line 30.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateVm {
    /// Availability Zone of Virtual Machines
    #[serde(
        rename = "az",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az: ::std::option::Option<::std::string::String>,
    /// Provider ID of the Cloud
    #[serde(
        rename = "cloudID",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cloud_id: ::std::option::Option<::std::string::String>,
    /// Creation Time
    #[serde(
        rename = "createdTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// Description of Virtual Machines
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Elastic IP Address Associated to Primary IP of Primary Network Interface
    #[serde(
        rename = "elasticIpAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_ip_address: ::std::option::Option<::std::string::String>,
    /// Virtual Machines
    #[serde(
        rename = "hostName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::std::string::String>,
    /// Resource ID, in case of null, execute creation operation, otherwise execute modification operation
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<::std::string::String>,
    /// ID of image file, image resource selected when start instance
    #[serde(rename = "imageId", default)]
    pub image_id: ::std::string::String,
    /// `imageType`
    #[serde(
        rename = "imageType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_type: ::std::option::Option<ImageType>,
    /// Instance Type
    #[serde(rename = "instanceFlavorType", default)]
    pub instance_flavor_type: ::std::string::String,
    /// `instanceType`
    #[serde(
        rename = "instanceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<InstanceType>,
    /// No  Maximum Bandwidth of Public Network Inbound, Unit: Mbit/s
    #[serde(
        rename = "internetMaxBandwidthIn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_in: ::std::option::Option<i32>,
    /// No  Maximum Bandwidth of Public Network Outbound, Unit: Mbit/s
    #[serde(
        rename = "internetMaxBandwidthOut",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_out: ::std::option::Option<i32>,
    /// Key Pair Name, JD only supports to import one now
    #[serde(
        rename = "keyNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// No  Key Pair Name
    #[serde(
        rename = "keyPairName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_name: ::std::option::Option<::std::string::String>,
    /// Virtual Machine Name
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// No  Password of Instance
    #[serde(
        rename = "password",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::std::string::String>,
    /// No  Whether use password preset in image
    #[serde(
        rename = "passwordInherit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password_inherit: ::std::option::Option<bool>,
    /// Private ip Address
    #[serde(
        rename = "privateIpAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::std::string::String>,
    /// Availability Zone, enter according to specifications of cloud platform
    #[serde(
        rename = "region",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// Designate Security Group code of created instance, instances within the same Security Group can access mutually
    #[serde(
        rename = "securityGroupId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::string::String>,
    /// Virtual Machine Status
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// Subnet ID
    #[serde(rename = "subnetId", default)]
    pub subnet_id: ::std::string::String,
    /// `systemDisk`
    #[serde(
        rename = "systemDisk",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk: ::std::option::Option<SystemDisk>,
    /// `tags`
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// No  Customized data of instance need to be coded by Base64 method, and the ceiling of raw data is 16KB
    #[serde(
        rename = "userData",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_data: ::std::option::Option<::std::string::String>,
}
impl CreateVm {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        image_id: impl ::std::convert::Into<::std::string::String>,
        instance_flavor_type: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            image_id: image_id.into(),
            instance_flavor_type: instance_flavor_type.into(),
            name: name.into(),
            subnet_id: subnet_id.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `az`.
    pub fn with_az(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.az = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cloudID`.
    pub fn with_cloud_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cloud_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `createdTime`.
    pub fn with_created_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.created_time = ::std::option::Option::Some(value.into());
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
    /// Sets `elasticIpAddress`.
    pub fn with_elastic_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.elastic_ip_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hostName`.
    pub fn with_host_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.host_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `imageType`.
    pub fn with_image_type(mut self, value: impl ::std::convert::Into<ImageType>) -> Self {
        self.image_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceType`.
    pub fn with_instance_type(mut self, value: impl ::std::convert::Into<InstanceType>) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `internetMaxBandwidthIn`.
    pub fn with_internet_max_bandwidth_in(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.internet_max_bandwidth_in = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `internetMaxBandwidthOut`.
    pub fn with_internet_max_bandwidth_out(
        mut self,
        value: impl ::std::convert::Into<i32>,
    ) -> Self {
        self.internet_max_bandwidth_out = ::std::option::Option::Some(value.into());
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
    /// Sets `keyPairName`.
    pub fn with_key_pair_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_pair_name = ::std::option::Option::Some(value.into());
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
    /// Sets `passwordInherit`.
    pub fn with_password_inherit(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.password_inherit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `privateIpAddress`.
    pub fn with_private_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_ip_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `region`.
    pub fn with_region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `securityGroupId`.
    pub fn with_security_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `systemDisk`.
    pub fn with_system_disk(mut self, value: impl ::std::convert::Into<SystemDisk>) -> Self {
        self.system_disk = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tags`.
    pub fn with_tags(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Tag>>) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
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
}
impl ::std::fmt::Debug for CreateVm {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateVm")
            .field("az", &self.az)
            .field("cloudID", &self.cloud_id)
            .field("createdTime", &self.created_time)
            .field("description", &self.description)
            .field("elasticIpAddress", &self.elastic_ip_address)
            .field("hostName", &self.host_name)
            .field("id", &self.id)
            .field("imageId", &self.image_id)
            .field("imageType", &self.image_type)
            .field("instanceFlavorType", &self.instance_flavor_type)
            .field("instanceType", &self.instance_type)
            .field("internetMaxBandwidthIn", &self.internet_max_bandwidth_in)
            .field("internetMaxBandwidthOut", &self.internet_max_bandwidth_out)
            .field("keyNames", &self.key_names)
            .field("keyPairName", &self.key_pair_name)
            .field("name", &self.name)
            .field("password", &"***")
            .field("passwordInherit", &"***")
            .field("privateIpAddress", &self.private_ip_address)
            .field("region", &self.region)
            .field("securityGroupId", &self.security_group_id)
            .field("status", &self.status)
            .field("subnetId", &self.subnet_id)
            .field("systemDisk", &self.system_disk)
            .field("tags", &self.tags)
            .field("userData", &self.user_data)
            .finish()
    }
}
/// `CreateVmInstanceResult`
///
/// *Documented in* `specs/jdfusion/en/seed/createVmInstance.md` *line 95.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateVmInstanceResult {
    /// `task`
    #[serde(
        rename = "task",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task: ::std::option::Option<ResourceTfInfo>,
}
impl CreateVmInstanceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `task`.
    pub fn with_task(mut self, value: impl ::std::convert::Into<ResourceTfInfo>) -> Self {
        self.task = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateVmReq`
///
/// *Documented in* `specs/jdfusion/en/seed/createVmInstance.md` *line 26.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateVmReq {
    /// `vms`
    #[serde(
        rename = "vms",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vms: ::std::option::Option<CreateVm>,
}
impl CreateVmReq {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `vms`.
    pub fn with_vms(mut self, value: impl ::std::convert::Into<CreateVm>) -> Self {
        self.vms = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ImageType`
///
/// *Documented in* `specs/jdfusion/en/seed/createVmInstance.md` *line 59.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ImageType {
    /// Provider ID of the Cloud
    #[serde(
        rename = "cloudID",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cloud_id: ::std::option::Option<::std::string::String>,
    /// Image Description
    #[serde(
        rename = "desc",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub desc: ::std::option::Option<::std::string::String>,
    /// Image ID
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<::std::string::String>,
    /// Image Source
    #[serde(
        rename = "imageSource",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_source: ::std::option::Option<::std::string::String>,
    /// Image Name
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// Operating System Type of Image
    #[serde(
        rename = "osType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::std::string::String>,
    /// Operating System Version of Image
    #[serde(
        rename = "osVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_version: ::std::option::Option<::std::string::String>,
    /// Operating System Release Version of Image
    #[serde(
        rename = "platform",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform: ::std::option::Option<::std::string::String>,
    /// Region of Image
    #[serde(
        rename = "region",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
}
impl ImageType {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `cloudID`.
    pub fn with_cloud_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cloud_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `desc`.
    pub fn with_desc(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.desc = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `imageSource`.
    pub fn with_image_source(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_source = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `osType`.
    pub fn with_os_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.os_type = ::std::option::Option::Some(value.into());
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
    /// Sets `platform`.
    pub fn with_platform(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.platform = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `region`.
    pub fn with_region(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceType`
///
/// *Documented in* `specs/jdfusion/en/seed/createVmInstance.md` *line 71.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceType {
    /// Cores of Processor, Unit: C
    #[serde(
        rename = "cpu",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu: ::std::option::Option<i32>,
    /// Memory Size, Unit: M
    #[serde(
        rename = "memory",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<i32>,
    /// Name of Instance Configuration Type
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
}
impl InstanceType {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `cpu`.
    pub fn with_cpu(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.cpu = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `memory`.
    pub fn with_memory(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.memory = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ResourceTFInfo`
///
/// *Documented in* `specs/jdfusion/en/seed/createVmInstance.md` *line 99.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ResourceTfInfo {
    /// Request Body
    #[serde(
        rename = "body",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub body: ::std::option::Option<::std::string::String>,
    /// cloud ID
    #[serde(
        rename = "cloudId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cloud_id: ::std::option::Option<::std::string::String>,
    /// Creation Time
    #[serde(
        rename = "createdTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// cloud provider
    #[serde(
        rename = "provider",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider: ::std::option::Option<::std::string::String>,
    /// Execution Results
    #[serde(
        rename = "result",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub result: ::std::option::Option<::std::string::String>,
    /// Status
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// Update Time
    #[serde(
        rename = "updateTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub update_time: ::std::option::Option<::std::string::String>,
    /// user ID
    #[serde(
        rename = "userId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_id: ::std::option::Option<::std::string::String>,
    /// uuid
    #[serde(
        rename = "uuid",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub uuid: ::std::option::Option<::std::string::String>,
}
impl ResourceTfInfo {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `body`.
    pub fn with_body(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.body = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cloudId`.
    pub fn with_cloud_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cloud_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `createdTime`.
    pub fn with_created_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.created_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `provider`.
    pub fn with_provider(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.provider = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `result`.
    pub fn with_result(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.result = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `updateTime`.
    pub fn with_update_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.update_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `userId`.
    pub fn with_user_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `uuid`.
    pub fn with_uuid(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.uuid = ::std::option::Option::Some(value.into());
        self
    }
}
/// `SystemDisk`
///
/// *Documented in* `specs/jdfusion/en/seed/createVmInstance.md` *line 77.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SystemDisk {
    /// No  Disk Type of System Disk
    #[serde(
        rename = "category",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::std::string::String>,
    /// System Disk Description
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// System Disk Size
    #[serde(
        rename = "diskSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_size: ::std::option::Option<i32>,
}
impl SystemDisk {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `category`.
    pub fn with_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.category = ::std::option::Option::Some(value.into());
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
    /// Sets `diskSize`.
    pub fn with_disk_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.disk_size = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Tag`
///
/// *Documented in* `specs/jdfusion/en/seed/createVmInstance.md` *line 83.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Tag {
    /// KEY Value of Tag
    #[serde(
        rename = "tagKey",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_key: ::std::option::Option<::std::string::String>,
    /// Value of Tag Value
    #[serde(
        rename = "tagValue",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_value: ::std::option::Option<::std::string::String>,
}
impl Tag {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `tagKey`.
    pub fn with_tag_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tag_key = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tagValue`.
    pub fn with_tag_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tag_value = ::std::option::Option::Some(value.into());
        self
    }
}
