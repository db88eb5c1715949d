//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `Charge`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeContainers.md` *line 75.*
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
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/createContainers.md` *line 98.*
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
/// `Container`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeContainers.md` *line 44.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Container {
    /// 容器执行命令的参数
    #[serde(
        rename = "args",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub args: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 可用区
    #[serde(
        rename = "az",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az: ::std::option::Option<::std::string::String>,
    /// 计费配置信息
    #[serde(
        rename = "charge",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge: ::std::option::Option<Charge>,
    /// 容器执行命令
    #[serde(
        rename = "command",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 容器ID
    #[serde(
        rename = "containerId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container_id: ::std::option::Option<::std::string::String>,
    /// 挂载的数据Volume信息
    #[serde(
        rename = "dataVolumes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_volumes: ::std::option::Option<::std::vec::Vec<VolumeMount>>,
    /// 容器描述
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 主网卡主IP绑定弹性IP的地址
    #[serde(
        rename = "elasticIpAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_ip_address: ::std::option::Option<::std::string::String>,
    /// 主网卡主IP绑定弹性IP的ID
    #[serde(
        rename = "elasticIpId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_ip_id: ::std::option::Option<::std::string::String>,
    /// 动态指定的容器执行的环境变量
    #[serde(
        rename = "envs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub envs: ::std::option::Option<::std::vec::Vec<EnvVar>>,
    /// 域名和IP映射的信息
    #[serde(
        rename = "hostAliases",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_aliases: ::std::option::Option<::std::vec::Vec<HostAlias>>,
    /// 主机名
    #[serde(
        rename = "hostname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hostname: ::std::option::Option<::std::string::String>,
    /// 镜像名称
    #[serde(
        rename = "image",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image: ::std::option::Option<::std::string::String>,
    /// 实例类型
    #[serde(
        rename = "instanceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// 创建时间
    #[serde(
        rename = "launchTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_time: ::std::option::Option<::std::string::String>,
    /// 容器日志配置信息
    #[serde(
        rename = "logConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_configuration: ::std::option::Option<LogConfiguration>,
    /// 容器名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// 主网卡信息
    #[serde(
        rename = "primaryNetworkInterface",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary_network_interface: ::std::option::Option<InstanceNetworkInterfaceAttachment>,
    /// 主网卡主IP地址
    #[serde(
        rename = "privateIpAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::std::string::String>,
    /// 容器终止原因
    #[serde(
        rename = "reason",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reason: ::std::option::Option<::std::string::String>,
    /// 根Volume信息
    #[serde(
        rename = "rootVolume",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub root_volume: ::std::option::Option<VolumeMount>,
    /// 弹性网卡信息
    #[serde(
        rename = "secondaryNetworkInterfaces",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secondary_network_interfaces:
        ::std::option::Option<::std::vec::Vec<InstanceNetworkInterfaceAttachment>>,
    /// secret引用的名称
    #[serde(
        rename = "secret",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret: ::std::option::Option<::std::string::String>,
    /// 容器状态
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// 主网卡所属子网的ID
    #[serde(
        rename = "subnetId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// 容器是否分配tty
    #[serde(
        rename = "tty",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tty: ::std::option::Option<bool>,
    /// 主网卡所属VPC的ID
    #[serde(
        rename = "vpcId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// 容器的工作目录
    #[serde(
        rename = "workingDir",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub working_dir: ::std::option::Option<::std::string::String>,
}
impl Container {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `args`.
    pub fn with_args(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.args = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `az`.
    pub fn with_az(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.az = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `charge`.
    pub fn with_charge(mut self, value: impl ::std::convert::Into<Charge>) -> Self {
        self.charge = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `command`.
    pub fn with_command(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.command = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `containerId`.
    pub fn with_container_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.container_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dataVolumes`.
    pub fn with_data_volumes(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<VolumeMount>>,
    ) -> Self {
        self.data_volumes = ::std::option::Option::Some(value.into());
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
    /// Sets `elasticIpId`.
    pub fn with_elastic_ip_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.elastic_ip_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `envs`.
    pub fn with_envs(mut self, value: impl ::std::convert::Into<::std::vec::Vec<EnvVar>>) -> Self {
        self.envs = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hostAliases`.
    pub fn with_host_aliases(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<HostAlias>>,
    ) -> Self {
        self.host_aliases = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hostname`.
    pub fn with_hostname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hostname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `image`.
    pub fn with_image(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceType`.
    pub fn with_instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `launchTime`.
    pub fn with_launch_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `logConfiguration`.
    pub fn with_log_configuration(
        mut self,
        value: impl ::std::convert::Into<LogConfiguration>,
    ) -> Self {
        self.log_configuration = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `primaryNetworkInterface`.
    pub fn with_primary_network_interface(
        mut self,
        value: impl ::std::convert::Into<InstanceNetworkInterfaceAttachment>,
    ) -> Self {
        self.primary_network_interface = ::std::option::Option::Some(value.into());
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
    /// Sets `reason`.
    pub fn with_reason(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.reason = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `rootVolume`.
    pub fn with_root_volume(mut self, value: impl ::std::convert::Into<VolumeMount>) -> Self {
        self.root_volume = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secondaryNetworkInterfaces`.
    pub fn with_secondary_network_interfaces(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InstanceNetworkInterfaceAttachment>>,
    ) -> Self {
        self.secondary_network_interfaces = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secret`.
    pub fn with_secret(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.secret = ::std::option::Option::Some(value.into());
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
    /// Sets `tty`.
    pub fn with_tty(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.tty = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `vpcId`.
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `workingDir`.
    pub fn with_working_dir(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.working_dir = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for Container {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Container")
            .field("args", &self.args)
            .field("az", &self.az)
            .field("charge", &self.charge)
            .field("command", &self.command)
            .field("containerId", &self.container_id)
            .field("dataVolumes", &self.data_volumes)
            .field("description", &self.description)
            .field("elasticIpAddress", &self.elastic_ip_address)
            .field("elasticIpId", &self.elastic_ip_id)
            .field("envs", &self.envs)
            .field("hostAliases", &self.host_aliases)
            .field("hostname", &self.hostname)
            .field("image", &self.image)
            .field("instanceType", &self.instance_type)
            .field("launchTime", &self.launch_time)
            .field("logConfiguration", &self.log_configuration)
            .field("name", &self.name)
            .field("primaryNetworkInterface", &self.primary_network_interface)
            .field("privateIpAddress", &self.private_ip_address)
            .field("reason", &self.reason)
            .field("rootVolume", &self.root_volume)
            .field(
                "secondaryNetworkInterfaces",
                &self.secondary_network_interfaces,
            )
            .field("secret", &"***")
            .field("status", &self.status)
            .field("subnetId", &self.subnet_id)
            .field("tty", &self.tty)
            .field("vpcId", &self.vpc_id)
            .field("workingDir", &self.working_dir)
            .finish()
    }
}
/// `ContainerNetworkInterfaceAttachmentSpec`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/createContainers.md` *line 152.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ContainerNetworkInterfaceAttachmentSpec {
    /// 指明删除容器时是否删除网卡，默认True；当前只能是True
    #[serde(
        rename = "autoDelete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_delete: ::std::option::Option<bool>,
    /// 设备Index
    #[serde(
        rename = "deviceIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_index: ::std::option::Option<i32>,
    /// 网卡接口规范
    #[serde(rename = "networkInterface", default)]
    pub network_interface: NetworkInterfaceSpec,
}
impl ContainerNetworkInterfaceAttachmentSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(network_interface: impl ::std::convert::Into<NetworkInterfaceSpec>) -> Self {
        Self {
            network_interface: network_interface.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `autoDelete`.
    pub fn with_auto_delete(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_delete = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `deviceIndex`.
    pub fn with_device_index(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.device_index = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ContainerSpec`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/createContainers.md` *line 76.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ContainerSpec {
    /// 容器执行命令的参数，如果不指定默认是docker镜像的CMD
    #[serde(
        rename = "args",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub args: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 容器所属可用区
    #[serde(rename = "az", default)]
    pub az: ::std::string::String,
    /// 计费配置；如不指定，默认计费类型是后付费-按使用时常付费
    #[serde(
        rename = "charge",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge: ::std::option::Option<ChargeSpec>,
    /// 容器执行命令，如果不指定默认是docker镜像的ENTRYPOINT
    #[serde(
        rename = "command",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 挂载的数据Volume信息；最多7个
    #[serde(
        rename = "dataVolumes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_volumes: ::std::option::Option<::std::vec::Vec<VolumeMountSpec>>,
    /// 容器描述
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 主网卡主IP关联的弹性IP规格
    #[serde(
        rename = "elasticIp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_ip: ::std::option::Option<ElasticIpSpec>,
    /// 容器执行的环境变量；如果和镜像中的环境变量Key相同，会覆盖镜像中的值；
    ///
    /// 最大10对
    #[serde(
        rename = "envs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub envs: ::std::option::Option<::std::vec::Vec<EnvVar>>,
    /// 域名和IP映射的信息；
    ///
    /// 最大10个alias
    #[serde(
        rename = "hostAliases",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_aliases: ::std::option::Option<::std::vec::Vec<HostAlias>>,
    /// 主机名，规范请参考说明文档；默认容器ID
    #[serde(
        rename = "hostname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hostname: ::std::option::Option<::std::string::String>,
    /// 镜像名称
    ///
    /// 1. Docker Hub官方镜像通过类似nginx, mysql/mysql-server的名字指定
    ///
    /// repository长度最大256个字符，tag最大128个字符，registry最大255个字符
    ///
    /// 下载镜像超时时间：10分钟
    #[serde(
        rename = "image",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image: ::std::option::Option<::std::string::String>,
    /// 实例类型；参考[文档](https://www.jdcloud.com/help/detail/1992/isCatalog/1)
    #[serde(rename = "instanceType", default)]
    pub instance_type: ::std::string::String,
    /// 容器日志配置信息；默认会在本地分配10MB的存储空间
    #[serde(
        rename = "logConfiguration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_configuration: ::std::option::Option<LogConfiguration>,
    /// 容器名称
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// 主网卡配置信息
    #[serde(rename = "primaryNetworkInterface", default)]
    pub primary_network_interface: ContainerNetworkInterfaceAttachmentSpec,
    /// 根Volume信息
    #[serde(rename = "rootVolume", default)]
    pub root_volume: VolumeMountSpec,
    /// secret引用名称；使用Docker Hub和京东云CR的镜像不需要secret
    #[serde(
        rename = "secret",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret: ::std::option::Option<::std::string::String>,
    /// 容器是否分配tty。默认不分配
    #[serde(
        rename = "tty",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tty: ::std::option::Option<bool>,
    /// 容器的工作目录。如果不指定，默认是根目录（/）；必须是绝对路径
    #[serde(
        rename = "workingDir",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub working_dir: ::std::option::Option<::std::string::String>,
}
impl ContainerSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        az: impl ::std::convert::Into<::std::string::String>,
        instance_type: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
        primary_network_interface: impl ::std::convert::Into<ContainerNetworkInterfaceAttachmentSpec>,
        root_volume: impl ::std::convert::Into<VolumeMountSpec>,
    ) -> Self {
        Self {
            az: az.into(),
            instance_type: instance_type.into(),
            name: name.into(),
            primary_network_interface: primary_network_interface.into(),
            root_volume: root_volume.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `args`.
    pub fn with_args(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.args = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `charge`.
    pub fn with_charge(mut self, value: impl ::std::convert::Into<ChargeSpec>) -> Self {
        self.charge = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `command`.
    pub fn with_command(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.command = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dataVolumes`.
    pub fn with_data_volumes(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<VolumeMountSpec>>,
    ) -> Self {
        self.data_volumes = ::std::option::Option::Some(value.into());
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
    /// Sets `elasticIp`.
    pub fn with_elastic_ip(mut self, value: impl ::std::convert::Into<ElasticIpSpec>) -> Self {
        self.elastic_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `envs`.
    pub fn with_envs(mut self, value: impl ::std::convert::Into<::std::vec::Vec<EnvVar>>) -> Self {
        self.envs = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hostAliases`.
    pub fn with_host_aliases(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<HostAlias>>,
    ) -> Self {
        self.host_aliases = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hostname`.
    pub fn with_hostname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hostname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `image`.
    pub fn with_image(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `logConfiguration`.
    pub fn with_log_configuration(
        mut self,
        value: impl ::std::convert::Into<LogConfiguration>,
    ) -> Self {
        self.log_configuration = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secret`.
    pub fn with_secret(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.secret = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tty`.
    pub fn with_tty(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.tty = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `workingDir`.
    pub fn with_working_dir(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.working_dir = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for ContainerSpec {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ContainerSpec")
            .field("args", &self.args)
            .field("az", &self.az)
            .field("charge", &self.charge)
            .field("command", &self.command)
            .field("dataVolumes", &self.data_volumes)
            .field("description", &self.description)
            .field("elasticIp", &self.elastic_ip)
            .field("envs", &self.envs)
            .field("hostAliases", &self.host_aliases)
            .field("hostname", &self.hostname)
            .field("image", &self.image)
            .field("instanceType", &self.instance_type)
            .field("logConfiguration", &self.log_configuration)
            .field("name", &self.name)
            .field("primaryNetworkInterface", &self.primary_network_interface)
            .field("rootVolume", &self.root_volume)
            .field("secret", &"***")
            .field("tty", &self.tty)
            .field("workingDir", &self.working_dir)
            .finish()
    }
}
/// `CreateContainersResult`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/createContainers.md` *line 176.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateContainersResult {
    /// `containerIds`
    #[serde(
        rename = "containerIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl CreateContainersResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `containerIds`.
    pub fn with_container_ids(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.container_ids = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateSecretResult`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/createSecret.md` *line 39.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSecretResult {
    /// `secretName`
    #[serde(
        rename = "secretName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret_name: ::std::option::Option<::std::string::String>,
}
impl CreateSecretResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `secretName`.
    pub fn with_secret_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.secret_name = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for CreateSecretResult {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateSecretResult")
            .field("secretName", &"***")
            .finish()
    }
}
/// `DescribeContainerResult`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeContainer.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeContainerResult {
    /// `container`
    #[serde(
        rename = "container",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container: ::std::option::Option<Container>,
}
impl DescribeContainerResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `container`.
    pub fn with_container(mut self, value: impl ::std::convert::Into<Container>) -> Self {
        self.container = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeContainersResult`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeContainers.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeContainersResult {
    /// `containers`
    #[serde(
        rename = "containers",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub containers: ::std::option::Option<::std::vec::Vec<Container>>,
    /// `totalCount`
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<f64>,
}
impl DescribeContainersResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `containers`.
    pub fn with_containers(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Container>>,
    ) -> Self {
        self.containers = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeQuotaResult`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeQuota.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeQuotaResult {
    /// `quota`
    #[serde(
        rename = "quota",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quota: ::std::option::Option<Quota>,
}
impl DescribeQuotaResult {
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
/// `DescribeSecretResult`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeSecret.md` *line 29.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSecretResult {
    /// `secret`
    #[serde(
        rename = "secret",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret: ::std::option::Option<Secret>,
}
impl DescribeSecretResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `secret`.
    pub fn with_secret(mut self, value: impl ::std::convert::Into<Secret>) -> Self {
        self.secret = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for DescribeSecretResult {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeSecretResult")
            .field("secret", &"***")
            .finish()
    }
}
/// `DescribeSecretsResult`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeSecrets.md` *line 39.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSecretsResult {
    /// `secrets`
    #[serde(
        rename = "secrets",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secrets: ::std::option::Option<::std::vec::Vec<Secret>>,
    /// `totalCount`
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<f64>,
}
impl DescribeSecretsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `secrets`.
    pub fn with_secrets(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Secret>>,
    ) -> Self {
        self.secrets = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for DescribeSecretsResult {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeSecretsResult")
            .field("secrets", &"***")
            .field("totalCount", &self.total_count)
            .finish()
    }
}
/// `DiskSpec`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/createContainers.md` *line 115.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DiskSpec {
    /// 云硬盘所属的可用区
    #[serde(rename = "az", default)]
    pub az: ::std::string::String,
    /// 计费配置；如不指定，默认计费类型是后付费-按使用时常付费
    #[serde(
        rename = "charge",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge: ::std::option::Option<ChargeSpec>,
    /// 云硬盘描述
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 云硬盘大小，单位为 GiB，ssd 类型取值范围\[20,1000\]GB，步长为10G，premium-hdd 类型取值范围\[20,3000\]GB，步长为10G
    #[serde(rename = "diskSizeGB", default)]
    pub disk_size_gb: i32,
    /// 云硬盘类型，取值为ssd、premium-hdd之一
    #[serde(rename = "diskType", default)]
    pub disk_type: DiskSpecDiskType,
    /// 云硬盘是否支持一盘多主机挂载，默认为false（不支持）
    #[serde(
        rename = "multiAttachable",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub multi_attachable: ::std::option::Option<bool>,
    /// 云硬盘名称
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// 用于创建云硬盘的快照ID
    #[serde(
        rename = "snapshotId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
}
impl DiskSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        az: impl ::std::convert::Into<::std::string::String>,
        disk_size_gb: impl ::std::convert::Into<i32>,
        disk_type: impl ::std::convert::Into<DiskSpecDiskType>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            az: az.into(),
            disk_size_gb: disk_size_gb.into(),
            disk_type: disk_type.into(),
            name: name.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `charge`.
    pub fn with_charge(mut self, value: impl ::std::convert::Into<ChargeSpec>) -> Self {
        self.charge = ::std::option::Option::Some(value.into());
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
    /// Sets `multiAttachable`.
    pub fn with_multi_attachable(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.multi_attachable = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `snapshotId`.
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DockerRegistryData`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeSecrets.md` *line 51.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DockerRegistryData {
    /// 邮件地址
    #[serde(
        rename = "email",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub email: ::std::option::Option<::std::string::String>,
    /// 密码
    #[serde(rename = "password", default)]
    pub password: ::std::string::String,
    /// registry服务器地址
    #[serde(rename = "server", default)]
    pub server: ::std::string::String,
    /// 用户名
    #[serde(rename = "username", default)]
    pub username: ::std::string::String,
}
impl DockerRegistryData {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        password: impl ::std::convert::Into<::std::string::String>,
        server: impl ::std::convert::Into<::std::string::String>,
        username: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            password: password.into(),
            server: server.into(),
            username: username.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `email`.
    pub fn with_email(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for DockerRegistryData {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DockerRegistryData")
            .field("email", &self.email)
            .field("password", &"***")
            .field("server", &self.server)
            .field("username", &self.username)
            .finish()
    }
}
/// `ElasticIpSpec`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/createContainers.md` *line 126.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ElasticIpSpec {
    /// 弹性公网IP的限速 单位：MB
    #[serde(
        rename = "bandwidthMbps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth_mbps: ::std::option::Option<i32>,
    /// 计费配置
    #[serde(
        rename = "chargeSpec",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_spec: ::std::option::Option<ChargeSpec>,
    /// IP服务商，取值为bgp或no_bg
    #[serde(
        rename = "provider",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider: ::std::option::Option<ElasticIpSpecProvider>,
}
impl ElasticIpSpec {
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
    /// Sets `chargeSpec`.
    pub fn with_charge_spec(mut self, value: impl ::std::convert::Into<ChargeSpec>) -> Self {
        self.charge_spec = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `provider`.
    pub fn with_provider(
        mut self,
        value: impl ::std::convert::Into<ElasticIpSpecProvider>,
    ) -> Self {
        self.provider = ::std::option::Option::Some(value.into());
        self
    }
}
/// `EnvVar`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeContainers.md` *line 103.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct EnvVar {
    /// 环境变量名称
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// 环境变量的值
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl EnvVar {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `value`.
    pub fn with_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Filter`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeContainers.md` *line 26.*
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
/// `GetLogsResult`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/getLogs.md` *line 33.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetLogsResult {
    /// `logs`
    #[serde(
        rename = "logs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logs: ::std::option::Option<::serde_json::Value>,
}
impl GetLogsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `logs`.
    pub fn with_logs(mut self, value: impl ::std::convert::Into<::serde_json::Value>) -> Self {
        self.logs = ::std::option::Option::Some(value.into());
        self
    }
}
/// `HostAlias`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeContainers.md` *line 108.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct HostAlias {
    /// 域名列表
    #[serde(rename = "hostnames", default)]
    pub hostnames: ::std::vec::Vec<::std::string::String>,
    /// IP地址
    #[serde(rename = "ip", default)]
    pub ip: ::std::string::String,
}
impl HostAlias {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        hostnames: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        ip: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            hostnames: hostnames.into(),
            ip: ip.into(),
            ..::std::default::Default::default()
        }
    }
}
/// `InstanceCloudDisk`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeContainers.md` *line 92.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceCloudDisk {
    /// 所属AZ
    #[serde(
        rename = "az",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az: ::std::option::Option<::std::string::String>,
    /// 创建时间
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 硬盘描述
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 云硬盘ID
    #[serde(
        rename = "diskId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
    /// 磁盘大小（GiB）
    #[serde(
        rename = "diskSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_size: ::std::option::Option<i32>,
    /// 磁盘类型，取值为 ssd, premium-hdd 之一
    #[serde(
        rename = "diskType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_type: ::std::option::Option<InstanceCloudDiskDiskType>,
    /// 硬盘名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// 云硬盘状态，取值为 creating、available、in-use、extending、restoring、deleting、deleted、error_creating、error_deleting、error_restoring、error_extending 之一
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<InstanceCloudDiskStatus>,
}
impl InstanceCloudDisk {
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
    /// Sets `createTime`.
    pub fn with_create_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.create_time = ::std::option::Option::Some(value.into());
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
    /// Sets `diskId`.
    pub fn with_disk_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `diskSize`.
    pub fn with_disk_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.disk_size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `diskType`.
    pub fn with_disk_type(
        mut self,
        value: impl ::std::convert::Into<InstanceCloudDiskDiskType>,
    ) -> Self {
        self.disk_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<InstanceCloudDiskStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceNetworkInterface`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeContainers.md` *line 131.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceNetworkInterface {
    /// 描述
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 以太网地址
    #[serde(
        rename = "macAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mac_address: ::std::option::Option<::std::string::String>,
    /// 弹性网卡ID
    #[serde(
        rename = "networkInterfaceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::std::string::String>,
    /// 网卡主IP
    #[serde(
        rename = "primaryIp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary_ip: ::std::option::Option<NetworkInterfacePrivateIp>,
    /// 源和目标IP地址校验，取值为0或者1
    #[serde(
        rename = "sanityCheck",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sanity_check: ::std::option::Option<bool>,
    /// `secondaryIps`
    #[serde(
        rename = "secondaryIps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secondary_ips: ::std::option::Option<::std::vec::Vec<NetworkInterfacePrivateIp>>,
    /// 安全组列表
    #[serde(
        rename = "securityGroups",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_groups: ::std::option::Option<::std::vec::Vec<SecurityGroupSimple>>,
    /// 虚拟网络ID
    #[serde(
        rename = "vpcId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
}
impl InstanceNetworkInterface {
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
    /// Sets `macAddress`.
    pub fn with_mac_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mac_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `networkInterfaceId`.
    pub fn with_network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `primaryIp`.
    pub fn with_primary_ip(
        mut self,
        value: impl ::std::convert::Into<NetworkInterfacePrivateIp>,
    ) -> Self {
        self.primary_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sanityCheck`.
    pub fn with_sanity_check(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.sanity_check = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secondaryIps`.
    pub fn with_secondary_ips(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<NetworkInterfacePrivateIp>>,
    ) -> Self {
        self.secondary_ips = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `securityGroups`.
    pub fn with_security_groups(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<SecurityGroupSimple>>,
    ) -> Self {
        self.security_groups = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `vpcId`.
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceNetworkInterfaceAttachment`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeContainers.md` *line 123.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceNetworkInterfaceAttachment {
    /// 绑定状态
    #[serde(
        rename = "attachStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attach_status: ::std::option::Option<::std::string::String>,
    /// 绑定时间
    #[serde(
        rename = "attachTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attach_time: ::std::option::Option<::std::string::String>,
    /// 指明删除实例时是否删除网卡
    #[serde(
        rename = "autoDelete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_delete: ::std::option::Option<bool>,
    /// 设备Index
    #[serde(
        rename = "deviceIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_index: ::std::option::Option<i32>,
    /// 弹性网卡信息
    #[serde(
        rename = "networkInterface",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface: ::std::option::Option<InstanceNetworkInterface>,
}
impl InstanceNetworkInterfaceAttachment {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `attachStatus`.
    pub fn with_attach_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.attach_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `attachTime`.
    pub fn with_attach_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.attach_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `autoDelete`.
    pub fn with_auto_delete(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_delete = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `deviceIndex`.
    pub fn with_device_index(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.device_index = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `networkInterface`.
    pub fn with_network_interface(
        mut self,
        value: impl ::std::convert::Into<InstanceNetworkInterface>,
    ) -> Self {
        self.network_interface = ::std::option::Option::Some(value.into());
        self
    }
}
/// `LogConfiguration`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeContainers.md` *line 113.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct LogConfiguration {
    /// 日志Driver名称  default：默认在本地分配10MB的存储空间，自动rotate
    #[serde(
        rename = "logDriver",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub log_driver: ::std::option::Option<::std::string::String>,
    /// 日志Driver的配置选项
    #[serde(
        rename = "options",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub options: ::std::option::Option<LogOption>,
}
impl LogConfiguration {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `logDriver`.
    pub fn with_log_driver(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.log_driver = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `options`.
    pub fn with_options(mut self, value: impl ::std::convert::Into<LogOption>) -> Self {
        self.options = ::std::option::Option::Some(value.into());
        self
    }
}
/// `LogOption`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeContainers.md` *line 118.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct LogOption {
    /// `key`
    #[serde(
        rename = "key",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key: ::std::option::Option<::std::string::String>,
    /// `value`
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl LogOption {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `key`.
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn with_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
/// `NetworkInterfacePrivateIp`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeContainers.md` *line 142.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NetworkInterfacePrivateIp {
    /// 弹性IP实例地址
    #[serde(
        rename = "elasticIpAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_ip_address: ::std::option::Option<::std::string::String>,
    /// 私有IP的IPV4地址
    #[serde(
        rename = "elasticIpId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_ip_id: ::std::option::Option<::std::string::String>,
    /// 私有IP的IPV4地址
    #[serde(
        rename = "privateIpAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::std::string::String>,
}
impl NetworkInterfacePrivateIp {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `elasticIpAddress`.
    pub fn with_elastic_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.elastic_ip_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `elasticIpId`.
    pub fn with_elastic_ip_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.elastic_ip_id = ::std::option::Option::Some(value.into());
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
}
/// `NetworkInterfaceSpec`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/createContainers.md` *line 158.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NetworkInterfaceSpec {
    /// 可用区，用户的默认可用区
    #[serde(rename = "az", default)]
    pub az: ::std::string::String,
    /// 描述
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 网卡主IP
    #[serde(
        rename = "primaryIpAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary_ip_address: ::std::option::Option<::std::string::String>,
    /// PortSecurity，取值为0或者1，默认为1
    #[serde(
        rename = "sanityCheck",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sanity_check: ::std::option::Option<bool>,
    /// SecondaryIp列表
    #[serde(
        rename = "secondaryIpAddresses",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secondary_ip_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 自动分配的SecondaryIp数量
    #[serde(
        rename = "secondaryIpCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secondary_ip_count: ::std::option::Option<i32>,
    /// 安全组ID列表
    #[serde(
        rename = "securityGroups",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 子网ID
    #[serde(rename = "subnetId", default)]
    pub subnet_id: ::std::string::String,
}
impl NetworkInterfaceSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        az: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            az: az.into(),
            subnet_id: subnet_id.into(),
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
    /// Sets `primaryIpAddress`.
    pub fn with_primary_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.primary_ip_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sanityCheck`.
    pub fn with_sanity_check(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.sanity_check = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secondaryIpAddresses`.
    pub fn with_secondary_ip_addresses(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.secondary_ip_addresses = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secondaryIpCount`.
    pub fn with_secondary_ip_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.secondary_ip_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `securityGroups`.
    pub fn with_security_groups(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.security_groups = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Quota`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeQuota.md` *line 34.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Quota {
    /// 配额
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i32>,
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
/// `Secret`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeSecrets.md` *line 44.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Secret {
    /// 创建时间
    #[serde(
        rename = "createdAt",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::std::string::String>,
    /// 机密的数据
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<DockerRegistryData>,
    /// 机密数据名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// 私密数据的类型，目前仅支持如下类型：docker-registry：用来和docker registry认证的类型
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
}
impl Secret {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `createdAt`.
    pub fn with_created_at(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<DockerRegistryData>) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn with_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }
}
/// `SecurityGroupSimple`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeContainers.md` *line 148.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SecurityGroupSimple {
    /// 安全组ID
    #[serde(
        rename = "groupId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_id: ::std::option::Option<::std::string::String>,
    /// 安全组名称
    #[serde(
        rename = "groupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_name: ::std::option::Option<::std::string::String>,
}
impl SecurityGroupSimple {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `groupId`.
    pub fn with_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.group_id = ::std::option::Option::Some(value.into());
        self
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
/// `VolumeMount`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/describeContainers.md` *line 83.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct VolumeMount {
    /// 自动删除，删除容器时自动删除此volume
    #[serde(
        rename = "autoDelete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_delete: ::std::option::Option<bool>,
    /// 环境变量名称
    #[serde(
        rename = "category",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::std::string::String>,
    /// 云硬盘规格
    #[serde(
        rename = "cloudDisk",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cloud_disk: ::std::option::Option<InstanceCloudDisk>,
    /// 指定volume文件系统类型，目前支持\[xfs, ext4\]
    #[serde(
        rename = "fsType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fs_type: ::std::option::Option<VolumeMountFsType>,
    /// 容器内的挂载目录
    #[serde(
        rename = "mountPath",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mount_path: ::std::option::Option<::std::string::String>,
    /// 只读，默认false；只针对data volume有效，root volume为false
    #[serde(
        rename = "readOnly",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub read_only: ::std::option::Option<bool>,
}
impl VolumeMount {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `autoDelete`.
    pub fn with_auto_delete(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_delete = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `category`.
    pub fn with_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.category = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cloudDisk`.
    pub fn with_cloud_disk(mut self, value: impl ::std::convert::Into<InstanceCloudDisk>) -> Self {
        self.cloud_disk = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fsType`.
    pub fn with_fs_type(mut self, value: impl ::std::convert::Into<VolumeMountFsType>) -> Self {
        self.fs_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `mountPath`.
    pub fn with_mount_path(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mount_path = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `readOnly`.
    pub fn with_read_only(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.read_only = ::std::option::Option::Some(value.into());
        self
    }
}
/// `VolumeMountSpec`
///
/// *Documented in* `specs/nc/zh/jdclouddocs-cn/createContainers.md` *line 104.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct VolumeMountSpec {
    /// 自动删除，删除容器时自动删除此volume，默认为True；只支持磁盘是云硬盘的场景
    #[serde(
        rename = "autoDelete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_delete: ::std::option::Option<bool>,
    /// 磁盘分类 cloud： 基于云硬盘的卷 root volume只能是cloud类型
    #[serde(rename = "category", default)]
    pub category: ::std::string::String,
    /// 云硬盘ID；如果使用已有的云硬盘，必须指定partion和fsType
    #[serde(
        rename = "cloudDiskId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cloud_disk_id: ::std::option::Option<::std::string::String>,
    /// 云硬盘规格；随容器自动创建的云硬盘，不会对磁盘分区，只会格式化文件系统
    #[serde(
        rename = "cloudDiskSpec",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cloud_disk_spec: ::std::option::Option<DiskSpec>,
    /// 随容器自动创建的新盘，会自动格式化成指定的文件系统类型；挂载已有的盘，默认不会格式化，只会按照指定的fsType去挂载；如果希望格式化，必须设置此字段为true
    #[serde(
        rename = "formatVolume",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub format_volume: ::std::option::Option<bool>,
    /// 指定volume文件系统类型，目前支持\[xfs, ext4\]；如果新创建的盘，不指定文件系统类型默认格式化成xfs
    #[serde(
        rename = "fsType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fs_type: ::std::option::Option<VolumeMountSpecFsType>,
    /// 容器内的挂载目录；root volume不需要指定，挂载目录是（/）；data volume必须指定；必须是绝对路径，不能包含(:)
    #[serde(
        rename = "mountPath",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mount_path: ::std::option::Option<::std::string::String>,
    /// 只读，默认false；只针对data volume有效；root volume为false，也就是可读可写
    #[serde(
        rename = "readOnly",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub read_only: ::std::option::Option<bool>,
}
impl VolumeMountSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(category: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            category: category.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `autoDelete`.
    pub fn with_auto_delete(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_delete = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cloudDiskId`.
    pub fn with_cloud_disk_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cloud_disk_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cloudDiskSpec`.
    pub fn with_cloud_disk_spec(mut self, value: impl ::std::convert::Into<DiskSpec>) -> Self {
        self.cloud_disk_spec = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `formatVolume`.
    pub fn with_format_volume(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.format_volume = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fsType`.
    pub fn with_fs_type(mut self, value: impl ::std::convert::Into<VolumeMountSpecFsType>) -> Self {
        self.fs_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `mountPath`.
    pub fn with_mount_path(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mount_path = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `readOnly`.
    pub fn with_read_only(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.read_only = ::std::option::Option::Some(value.into());
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
/// Allowed values of DiskSpecDiskType.
///
/// 云硬盘类型，取值为ssd、premium-hdd之一
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DiskSpecDiskType {
    /// `ssd`
    Ssd,
    /// `premium-hdd`
    PremiumHdd,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl DiskSpecDiskType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ssd => "ssd",
            Self::PremiumHdd => "premium-hdd",
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
            "ssd" => Self::Ssd,
            "premium-hdd" => Self::PremiumHdd,
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
/// Allowed values of ElasticIpSpecProvider.
///
/// IP服务商，取值为bgp或no_bg
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ElasticIpSpecProvider {
    /// `bgp`
    Bgp,
    /// `no_bg`
    NoBg,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ElasticIpSpecProvider {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bgp => "bgp",
            Self::NoBg => "no_bg",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ElasticIpSpecProvider {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ElasticIpSpecProvider {
    fn from(value: &str) -> Self {
        match value {
            "bgp" => Self::Bgp,
            "no_bg" => Self::NoBg,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ElasticIpSpecProvider {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ElasticIpSpecProvider {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ElasticIpSpecProvider {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ElasticIpSpecProvider {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of InstanceCloudDiskDiskType.
///
/// 磁盘类型，取值为 ssd, premium-hdd 之一
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceCloudDiskDiskType {
    /// `ssd`
    Ssd,
    /// `premium-hdd`
    PremiumHdd,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl InstanceCloudDiskDiskType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ssd => "ssd",
            Self::PremiumHdd => "premium-hdd",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for InstanceCloudDiskDiskType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for InstanceCloudDiskDiskType {
    fn from(value: &str) -> Self {
        match value {
            "ssd" => Self::Ssd,
            "premium-hdd" => Self::PremiumHdd,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for InstanceCloudDiskDiskType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for InstanceCloudDiskDiskType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for InstanceCloudDiskDiskType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for InstanceCloudDiskDiskType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of InstanceCloudDiskStatus.
///
/// 云硬盘状态，取值为 creating、available、in-use、extending、restoring、deleting、deleted、error_creating、error_deleting、error_restoring、error_extending 之一
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceCloudDiskStatus {
    /// `creating`
    Creating,
    /// `available`
    Available,
    /// `in-use`
    InUse,
    /// `extending`
    Extending,
    /// `restoring`
    Restoring,
    /// `deleting`
    Deleting,
    /// `deleted`
    Deleted,
    /// `error_creating`
    ErrorCreating,
    /// `error_deleting`
    ErrorDeleting,
    /// `error_restoring`
    ErrorRestoring,
    /// `error_extending`
    ErrorExtending,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl InstanceCloudDiskStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "creating",
            Self::Available => "available",
            Self::InUse => "in-use",
            Self::Extending => "extending",
            Self::Restoring => "restoring",
            Self::Deleting => "deleting",
            Self::Deleted => "deleted",
            Self::ErrorCreating => "error_creating",
            Self::ErrorDeleting => "error_deleting",
            Self::ErrorRestoring => "error_restoring",
            Self::ErrorExtending => "error_extending",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for InstanceCloudDiskStatus {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for InstanceCloudDiskStatus {
    fn from(value: &str) -> Self {
        match value {
            "creating" => Self::Creating,
            "available" => Self::Available,
            "in-use" => Self::InUse,
            "extending" => Self::Extending,
            "restoring" => Self::Restoring,
            "deleting" => Self::Deleting,
            "deleted" => Self::Deleted,
            "error_creating" => Self::ErrorCreating,
            "error_deleting" => Self::ErrorDeleting,
            "error_restoring" => Self::ErrorRestoring,
            "error_extending" => Self::ErrorExtending,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for InstanceCloudDiskStatus {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for InstanceCloudDiskStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for InstanceCloudDiskStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for InstanceCloudDiskStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of VolumeMountFsType.
///
/// 指定volume文件系统类型，目前支持\[xfs, ext4\]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VolumeMountFsType {
    /// `xfs`
    Xfs,
    /// `ext4`
    Ext4,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl VolumeMountFsType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Xfs => "xfs",
            Self::Ext4 => "ext4",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for VolumeMountFsType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for VolumeMountFsType {
    fn from(value: &str) -> Self {
        match value {
            "xfs" => Self::Xfs,
            "ext4" => Self::Ext4,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for VolumeMountFsType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for VolumeMountFsType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for VolumeMountFsType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for VolumeMountFsType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of VolumeMountSpecFsType.
///
/// 指定volume文件系统类型，目前支持\[xfs, ext4\]；如果新创建的盘，不指定文件系统类型默认格式化成xfs
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VolumeMountSpecFsType {
    /// `xfs`
    Xfs,
    /// `ext4`
    Ext4,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl VolumeMountSpecFsType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Xfs => "xfs",
            Self::Ext4 => "ext4",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for VolumeMountSpecFsType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for VolumeMountSpecFsType {
    fn from(value: &str) -> Self {
        match value {
            "xfs" => Self::Xfs,
            "ext4" => Self::Ext4,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for VolumeMountSpecFsType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for VolumeMountSpecFsType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for VolumeMountSpecFsType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for VolumeMountSpecFsType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
