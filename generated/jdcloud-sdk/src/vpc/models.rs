//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `AddNetworkAclRuleSpec`
///
/// *Documented in* `specs/vpc/en/jdcloudcom-en/addNetworkAclRules.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AddNetworkAclRuleSpec {
    /// NetworkAcl Rule Direction. ingress: Inbound Rule; egress: Outbound Rule
    ///
    /// **中文**
    ///
    /// networkAcl规则方向。ingress：入规则; egress：出规则
    #[serde(rename = "direction", default)]
    pub direction: ::std::string::String,
    /// Rule Limits Protocol. Value Range: All, TCP, UDP, ICMP
    ///
    /// **中文**
    ///
    /// 规则限定协议。取值范围：All,TCP,UDP,ICMP
    #[serde(rename = "protocol", default)]
    pub protocol: AddNetworkAclRuleSpecProtocol,
    /// Description, allow all characters under UTF-8 coding, not exceeding 256 characters
    ///
    /// **中文**
    ///
    /// 描述,允许输入UTF-8编码下的全部字符，不超过256字符
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Prefix of Matching Address
    ///
    /// **中文**
    ///
    /// 匹配地址前缀
    #[serde(rename = "addressPrefix", default)]
    pub address_prefix: ::std::string::String,
    /// Rule Matching Priority. Value Range: \[1,32768\]; the smaller the priority number is, the higher priority it is
    ///
    /// **中文**
    ///
    /// 规则匹配优先级，取值范围为\[1,32768\]，优先级数字越小优先级越高
    #[serde(rename = "priority", default)]
    pub priority: i32,
    /// The Start Transport Layer Port of Rule Limit. Value Range: 1-65535; if the protocol is a transport layer protocol, the default value is 1; if the protocol is not a transport layer protocol, the setting becomes invalid and the value is constantly 0. If the rule is limited to one port, a same value is filled in the fromPort and toPort
    ///
    /// **中文**
    ///
    /// 规则限定起始传输层端口, 取值范围:1-65535, 若protocol为传输层协议，默认值为1，若protocol不是传输层协议，设置无效，恒为0。如果规则只限定一个端口号，fromPort和toPort填写同一个值
    #[serde(
        rename = "fromPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub from_port: ::std::option::Option<i32>,
    /// IAM Policy: allow: allow, deny: deny
    ///
    /// **中文**
    ///
    /// 访问控制策略：allow:允许，deny：拒绝
    #[serde(rename = "ruleAction", default)]
    pub rule_action: ::std::string::String,
    /// The End Transport Layer Port of Rule Limit. Value Range: 1-65535; if the protocol is a transport layer protocol, the default value is 65535; if the protocol is not a transport layer protocol, the setting becomes invalid and the value is constantly 0. If the rule is limited to one port, a same value is filled in the fromPort and toPort
    ///
    /// **中文**
    ///
    /// 规则限定终止传输层端口, 取值范围:1-65535, 若protocol为传输层协议，默认值为65535，若protocol不是传输层协议，设置无效，恒为0。如果规则只限定一个端口号，fromPort和toPort填写同一个值
    #[serde(
        rename = "toPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub to_port: ::std::option::Option<i32>,
}
impl AddNetworkAclRuleSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        direction: impl ::std::convert::Into<::std::string::String>,
        protocol: impl ::std::convert::Into<AddNetworkAclRuleSpecProtocol>,
        address_prefix: impl ::std::convert::Into<::std::string::String>,
        priority: impl ::std::convert::Into<i32>,
        rule_action: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            direction: direction.into(),
            protocol: protocol.into(),
            address_prefix: address_prefix.into(),
            priority: priority.into(),
            rule_action: rule_action.into(),
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
    /// Sets `fromPort`.
    pub fn with_from_port(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.from_port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `toPort`.
    pub fn with_to_port(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.to_port = ::std::option::Option::Some(value.into());
        self
    }
}
/// `AddRouteTableRules`
///
/// *Documented in* `specs/vpc/en/jdcloudcom-en/addRouteTableRules.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AddRouteTableRules {
    /// Rule Matching Priority. Value Range: \[1,255\], default value is 100. When routing rule subnet masks are different, the longest routing will match the priority; when routing rule subnet masks are the same, forwarding is based on priority matching, where the smaller the priority number is, the higher priority it is; when the routing rule subnet masks and the priority are the same but the next is different, the equal-cost routing is constituted and the load of next is balanced.
    ///
    /// **中文**
    ///
    /// 规则匹配优先级，取值范围\[1,255\]，默认为100。当路由规则子网掩码不同时，路由最长匹配优先；当路由规则子网掩码相同时, 按照优先级匹配转发, 优先级数字越小优先级越高，路由规则子网掩码相同、优先级相同、下一跳不同时，形成等价路由，不同下一跳负载均担。
    #[serde(
        rename = "priority",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority: ::std::option::Option<f64>,
    /// Prefix of matching address, addressPrefix of internet type route and other types of routes is not allowed to be duplicate
    ///
    /// **中文**
    ///
    /// 匹配地址前缀, internet类型路由跟其他类型的路由，addressPrefix不允许重复
    #[serde(rename = "addressPrefix", default)]
    pub address_prefix: ::std::string::String,
    /// Next ID
    ///
    /// **中文**
    ///
    /// 下一跳id
    #[serde(rename = "nextHopId", default)]
    pub next_hop_id: ::std::string::String,
    /// Type of Next. Value Range: instance: Virtual Machine, internet: public network, VPC_peering: VPC peering connection, bgw: border gateway
    ///
    /// **中文**
    ///
    /// 下一跳类型, 取值范围:instance:云主机, internet:公网, vpc_peering:vpc对等连接, bgw:边界网关
    #[serde(rename = "nextHopType", default)]
    pub next_hop_type: AddRouteTableRulesNextHopType,
}
impl AddRouteTableRules {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        address_prefix: impl ::std::convert::Into<::std::string::String>,
        next_hop_id: impl ::std::convert::Into<::std::string::String>,
        next_hop_type: impl ::std::convert::Into<AddRouteTableRulesNextHopType>,
    ) -> Self {
        Self {
            address_prefix: address_prefix.into(),
            next_hop_id: next_hop_id.into(),
            next_hop_type: next_hop_type.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `priority`.
    pub fn with_priority(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.priority = ::std::option::Option::Some(value.into());
        self
    }
}
/// `AddSecurityGroupRules`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/addNetworkSecurityGroupRules.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AddSecurityGroupRules {
    /// 匹配地址前缀
    #[serde(rename = "addressPrefix", default)]
    pub address_prefix: ::std::string::String,
    /// 描述, 允许输入UTF-8编码下的全部字符，不超过256字符
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 安全组规则方向。0：入规则; 1：出规则
    #[serde(rename = "direction", default)]
    pub direction: f64,
    /// 规则限定起始传输层端口, 取值范围:1-65535, 若protocol为传输层协议，默认值为1，若protocol不是传输层协议，恒为0。如果规则只限定一个端口号，fromPort和toPort填写同一个值
    #[serde(
        rename = "fromPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub from_port: ::std::option::Option<f64>,
    /// 规则限定协议。300:All; 6:TCP; 17:UDP; 1:ICMP
    #[serde(rename = "protocol", default)]
    pub protocol: f64,
    /// 规则限定终止传输层端口, 取值范围:1-65535, 若protocol为传输层协议，默认值为65535，若protocol不是传输层协议，恒为0。如果规则只限定一个端口号，fromPort和toPort填写同一个值
    #[serde(
        rename = "toPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub to_port: ::std::option::Option<f64>,
}
impl AddSecurityGroupRules {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        address_prefix: impl ::std::convert::Into<::std::string::String>,
        direction: impl ::std::convert::Into<f64>,
        protocol: impl ::std::convert::Into<f64>,
    ) -> Self {
        Self {
            address_prefix: address_prefix.into(),
            direction: direction.into(),
            protocol: protocol.into(),
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
    /// Sets `fromPort`.
    pub fn with_from_port(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.from_port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `toPort`.
    pub fn with_to_port(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.to_port = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Charge`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeElasticIps.md` *line 55.*
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
/// *Documented in* `specs/vpc/en/jdcloudcom-en/createElasticIps.md` *line 30.*
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
    /// Sets `chargeUnit`.
    pub fn with_charge_unit(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charge_unit = ::std::option::Option::Some(value.into());
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
}
/// `CreateElasticIpsResult`
///
/// *Documented in* `specs/vpc/en/jdcloudcom-en/createElasticIps.md` *line 42.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateElasticIpsResult {
    /// Elastic IP ID List
    ///
    /// **中文**
    ///
    /// 弹性IP ID列表
    #[serde(
        rename = "elasticIpIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_ip_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Request ID
    ///
    /// **中文**
    ///
    /// 请求ID
    #[serde(
        rename = "requestId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
impl CreateElasticIpsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `elasticIpIds`.
    pub fn with_elastic_ip_ids(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.elastic_ip_ids = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `requestId`.
    pub fn with_request_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateNetworkAclResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/createNetworkAcl.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateNetworkAclResult {
    /// networkAcl ID
    #[serde(
        rename = "networkAclId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_acl_id: ::std::option::Option<::std::string::String>,
}
impl CreateNetworkAclResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `networkAclId`.
    pub fn with_network_acl_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_acl_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateNetworkInterfaceResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/createNetworkInterface.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateNetworkInterfaceResult {
    /// 弹性网卡Id
    #[serde(
        rename = "networkInterfaceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::std::string::String>,
}
impl CreateNetworkInterfaceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `networkInterfaceId`.
    pub fn with_network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateNetworkSecurityGroupResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/createNetworkSecurityGroup.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateNetworkSecurityGroupResult {
    /// 安全组ID
    #[serde(
        rename = "networkSecurityGroupId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_security_group_id: ::std::option::Option<::std::string::String>,
}
impl CreateNetworkSecurityGroupResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `networkSecurityGroupId`.
    pub fn with_network_security_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_security_group_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateRouteTableResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/createRouteTable.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateRouteTableResult {
    /// 路由表ID
    #[serde(
        rename = "routeTableId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table_id: ::std::option::Option<::std::string::String>,
}
impl CreateRouteTableResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `routeTableId`.
    pub fn with_route_table_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.route_table_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateSubnetResult`
///
/// *Documented in* `specs/vpc/en/jdcloudcom-en/createSubnet.md` *line 33.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSubnetResult {
    /// Subnet ID
    ///
    /// **中文**
    ///
    /// 子网ID
    #[serde(
        rename = "subnetId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::std::string::String>,
}
impl CreateSubnetResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
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
/// `CreateVpcPeeringResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/createVpcPeering.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateVpcPeeringResult {
    /// VpcPeering资源信息
    #[serde(
        rename = "vpcPeering",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_peering: ::std::option::Option<VpcPeering>,
}
impl CreateVpcPeeringResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `vpcPeering`.
    pub fn with_vpc_peering(mut self, value: impl ::std::convert::Into<VpcPeering>) -> Self {
        self.vpc_peering = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateVpcResult`
///
/// *Documented in* `specs/vpc/en/jdcloudcom-en/createVpc.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateVpcResult {
    /// VPC ID
    ///
    /// **中文**
    ///
    /// 私有网络ID
    #[serde(
        rename = "vpcId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
}
impl CreateVpcResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `vpcId`.
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeElasticIpResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeElasticIp.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeElasticIpResult {
    /// elasticIp资源信息
    #[serde(
        rename = "elasticIp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_ip: ::std::option::Option<ElasticIp>,
}
impl DescribeElasticIpResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `elasticIp`.
    pub fn with_elastic_ip(mut self, value: impl ::std::convert::Into<ElasticIp>) -> Self {
        self.elastic_ip = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeElasticIpsResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeElasticIps.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeElasticIpsResult {
    /// elasticIp资源信息列表
    #[serde(
        rename = "elasticIps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_ips: ::std::option::Option<::std::vec::Vec<ElasticIp>>,
    /// 总数量
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeElasticIpsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `elasticIps`.
    pub fn with_elastic_ips(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ElasticIp>>,
    ) -> Self {
        self.elastic_ips = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeNetworkAclResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeNetworkAcl.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeNetworkAclResult {
    /// networkAcl资源信息
    #[serde(
        rename = "networkAcl",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_acl: ::std::option::Option<NetworkAcl>,
}
impl DescribeNetworkAclResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `networkAcl`.
    pub fn with_network_acl(mut self, value: impl ::std::convert::Into<NetworkAcl>) -> Self {
        self.network_acl = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeNetworkAclsResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeNetworkAcls.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeNetworkAclsResult {
    /// networkAcl资源信息列表
    #[serde(
        rename = "networkAcls",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_acls: ::std::option::Option<::std::vec::Vec<NetworkAcl>>,
    /// 总数量
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<f64>,
}
impl DescribeNetworkAclsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `networkAcls`.
    pub fn with_network_acls(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<NetworkAcl>>,
    ) -> Self {
        self.network_acls = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeNetworkInterfaceResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeNetworkInterface.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeNetworkInterfaceResult {
    /// networkInterface资源信息
    #[serde(
        rename = "networkInterface",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface: ::std::option::Option<NetworkInterface>,
}
impl DescribeNetworkInterfaceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `networkInterface`.
    pub fn with_network_interface(
        mut self,
        value: impl ::std::convert::Into<NetworkInterface>,
    ) -> Self {
        self.network_interface = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeNetworkInterfacesResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeNetworkInterfaces.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeNetworkInterfacesResult {
    /// networkInterface资源信息列表
    #[serde(
        rename = "networkInterfaces",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interfaces: ::std::option::Option<::std::vec::Vec<NetworkInterface>>,
    /// 总数量
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<f64>,
}
impl DescribeNetworkInterfacesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `networkInterfaces`.
    pub fn with_network_interfaces(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<NetworkInterface>>,
    ) -> Self {
        self.network_interfaces = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeNetworkSecurityGroupResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeNetworkSecurityGroup.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeNetworkSecurityGroupResult {
    /// 安全组资源信息
    #[serde(
        rename = "networkSecurityGroup",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_security_group: ::std::option::Option<NetworkSecurityGroup>,
}
impl DescribeNetworkSecurityGroupResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `networkSecurityGroup`.
    pub fn with_network_security_group(
        mut self,
        value: impl ::std::convert::Into<NetworkSecurityGroup>,
    ) -> Self {
        self.network_security_group = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeNetworkSecurityGroupsResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeNetworkSecurityGroups.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeNetworkSecurityGroupsResult {
    /// 安全组资源信息列表
    #[serde(
        rename = "networkSecurityGroups",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_security_groups: ::std::option::Option<::std::vec::Vec<NetworkSecurityGroup>>,
    /// 总数量
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<f64>,
}
impl DescribeNetworkSecurityGroupsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `networkSecurityGroups`.
    pub fn with_network_security_groups(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<NetworkSecurityGroup>>,
    ) -> Self {
        self.network_security_groups = ::std::option::Option::Some(value.into());
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
/// *Documented in* `specs/vpc/en/jdcloudcom-en/describeQuota.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeQuotaResult {
    /// `quota`
    #[serde(
        rename = "quota",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quota: ::std::option::Option<::serde_json::Value>,
}
impl DescribeQuotaResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `quota`.
    pub fn with_quota(mut self, value: impl ::std::convert::Into<::serde_json::Value>) -> Self {
        self.quota = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeRouteTableResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeRouteTable.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeRouteTableResult {
    /// 路由表资源信息
    #[serde(
        rename = "routeTable",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table: ::std::option::Option<RouteTable>,
}
impl DescribeRouteTableResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `routeTable`.
    pub fn with_route_table(mut self, value: impl ::std::convert::Into<RouteTable>) -> Self {
        self.route_table = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeRouteTablesResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeRouteTables.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeRouteTablesResult {
    /// 路由表资源信息列表
    #[serde(
        rename = "routeTables",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_tables: ::std::option::Option<::std::vec::Vec<RouteTable>>,
    /// 总数量
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<f64>,
}
impl DescribeRouteTablesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `routeTables`.
    pub fn with_route_tables(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<RouteTable>>,
    ) -> Self {
        self.route_tables = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeSubnetResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeSubnet.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSubnetResult {
    /// 子网资源信息
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
/// `DescribeSubnetsResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeSubnets.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSubnetsResult {
    /// 子网资源信息列表
    #[serde(
        rename = "subnets",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnets: ::std::option::Option<::std::vec::Vec<Subnet>>,
    /// 总数量
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<f64>,
}
impl DescribeSubnetsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `subnets`.
    pub fn with_subnets(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Subnet>>,
    ) -> Self {
        self.subnets = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeVpcPeeringResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeVpcPeering.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeVpcPeeringResult {
    /// VpcPeering资源信息
    #[serde(
        rename = "vpcPeering",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_peering: ::std::option::Option<VpcPeering>,
}
impl DescribeVpcPeeringResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `vpcPeering`.
    pub fn with_vpc_peering(mut self, value: impl ::std::convert::Into<VpcPeering>) -> Self {
        self.vpc_peering = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeVpcPeeringsResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeVpcPeerings.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeVpcPeeringsResult {
    /// 总数量
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<f64>,
    /// VpcPeering资源信息列表
    #[serde(
        rename = "vpcPeerings",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_peerings: ::std::option::Option<::std::vec::Vec<VpcPeering>>,
}
impl DescribeVpcPeeringsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `vpcPeerings`.
    pub fn with_vpc_peerings(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<VpcPeering>>,
    ) -> Self {
        self.vpc_peerings = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeVpcResult`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeVpc.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeVpcResult {
    /// Vpc资源信息
    #[serde(
        rename = "vpc",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc: ::std::option::Option<Vpc>,
}
impl DescribeVpcResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `vpc`.
    pub fn with_vpc(mut self, value: impl ::std::convert::Into<Vpc>) -> Self {
        self.vpc = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeVpcsResult`
///
/// *Documented in* `specs/vpc/en/jdcloudcom-en/describeVpcs.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeVpcsResult {
    /// VPC Resource Information List
    ///
    /// **中文**
    ///
    /// Vpc资源信息列表
    #[serde(
        rename = "vpcs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpcs: ::std::option::Option<::std::vec::Vec<Vpc>>,
    /// Total Number
    ///
    /// **中文**
    ///
    /// 总数量
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<f64>,
}
impl DescribeVpcsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `vpcs`.
    pub fn with_vpcs(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Vpc>>) -> Self {
        self.vpcs = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ElasticIp`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeElasticIps.md` *line 42.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ElasticIp {
    /// 弹性ip的限速（单位：Mbps)
    #[serde(
        rename = "bandwidthMbps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth_mbps: ::std::option::Option<i32>,
    /// 计费配置
    #[serde(
        rename = "charge",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge: ::std::option::Option<Charge>,
    /// 弹性ip创建时间
    #[serde(
        rename = "createdTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// 弹性IP地址
    #[serde(
        rename = "elasticIpAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_ip_address: ::std::option::Option<::std::string::String>,
    /// 弹性IP的Id
    #[serde(
        rename = "elasticIpId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_ip_id: ::std::option::Option<::std::string::String>,
    /// 实例Id
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// 实例类型
    #[serde(
        rename = "instanceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// 配置弹性网卡Id
    #[serde(
        rename = "networkInterfaceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::std::string::String>,
    /// 私有IP的IPV4地址
    #[serde(
        rename = "privateIpAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::std::string::String>,
    /// IP服务商，取值为bgp或no_bgp
    #[serde(
        rename = "provider",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider: ::std::option::Option<ElasticIpProvider>,
}
impl ElasticIp {
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
    /// Sets `charge`.
    pub fn with_charge(mut self, value: impl ::std::convert::Into<Charge>) -> Self {
        self.charge = ::std::option::Option::Some(value.into());
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
    /// Sets `instanceId`.
    pub fn with_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
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
    /// Sets `networkInterfaceId`.
    pub fn with_network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_id = ::std::option::Option::Some(value.into());
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
    /// Sets `provider`.
    pub fn with_provider(mut self, value: impl ::std::convert::Into<ElasticIpProvider>) -> Self {
        self.provider = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ElasticIpSpec`
///
/// *Documented in* `specs/vpc/en/jdcloudcom-en/createElasticIps.md` *line 24.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ElasticIpSpec {
    /// Elastic IP speed limit (unit: Mbps), value range is \[1-200\]
    ///
    /// **中文**
    ///
    /// 弹性公网IP的限速（单位：Mbps），取值范围为\[1-200\]
    #[serde(rename = "bandwidthMbps", default)]
    pub bandwidth_mbps: i32,
    /// IP service provider, values include bgp or no_bgp, cn-north-1: bgp; cn-south-1: \[bgp, no_bgp\]; cn-east-1: \[bgp, no_bgp\]; cn-east-2: bgp
    ///
    /// **中文**
    ///
    /// IP服务商，取值为bgp或no_bgp，cn-north-1：bgp；cn-south-1：\[bgp，no_bgp\]；cn-east-1：\[bgp，no_bgp\]；cn-east-2：bgp
    #[serde(rename = "provider", default)]
    pub provider: ElasticIpSpecProvider,
    /// Billing Configuration
    ///
    /// **中文**
    ///
    /// 计费配置
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
        provider: impl ::std::convert::Into<ElasticIpSpecProvider>,
    ) -> Self {
        Self {
            bandwidth_mbps: bandwidth_mbps.into(),
            provider: provider.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `chargeSpec`.
    pub fn with_charge_spec(mut self, value: impl ::std::convert::Into<ChargeSpec>) -> Self {
        self.charge_spec = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Filter`
///
/// *Documented in* `specs/vpc/en/jdcloudcom-en/describeVpcs.md` *line 24.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Filter {
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
    /// Value of Filter Requirements
    ///
    /// **中文**
    ///
    /// 过滤条件的值
    #[serde(rename = "values", default)]
    pub values: ::std::vec::Vec<::std::string::String>,
    /// Name of Filter Requirements
    ///
    /// **中文**
    ///
    /// 过滤条件的名称
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
}
impl Filter {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        values: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            values: values.into(),
            name: name.into(),
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
/// `ModifyNetworkAclRuleSpec`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/modifyNetworkAclRules.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyNetworkAclRuleSpec {
    /// 匹配地址前缀
    #[serde(
        rename = "addressPrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_prefix: ::std::option::Option<::std::string::String>,
    /// 描述,允许输入UTF-8编码下的全部字符，不超过256字符
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 规则限定起始传输层端口, 取值范围:1-65535, 若protocol为传输层协议，默认值为1，若protocol不是传输层协议，设置无效，恒为0。如果规则只限定一个端口号，fromPort和toPort填写同一个值
    #[serde(
        rename = "fromPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub from_port: ::std::option::Option<i32>,
    /// 规则匹配优先级，取值范围为\[1,32768\]，优先级数字越小优先级越高
    #[serde(
        rename = "priority",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority: ::std::option::Option<i32>,
    /// 规则限定协议。取值范围：All,TCP,UDP,ICMP
    #[serde(
        rename = "protocol",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub protocol: ::std::option::Option<ModifyNetworkAclRuleSpecProtocol>,
    /// 访问控制策略：allow:允许，deny：拒绝
    #[serde(
        rename = "ruleAction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rule_action: ::std::option::Option<::std::string::String>,
    /// networkAcl规则ID
    #[serde(rename = "ruleId", default)]
    pub rule_id: ::std::string::String,
    /// 规则限定终止传输层端口, 取值范围:1-65535, 若protocol为传输层协议，默认值为65535，若protocol不是传输层协议，设置无效，恒为0。如果规则只限定一个端口号，fromPort和toPort填写同一个值
    #[serde(
        rename = "toPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub to_port: ::std::option::Option<i32>,
}
impl ModifyNetworkAclRuleSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(rule_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            rule_id: rule_id.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `addressPrefix`.
    pub fn with_address_prefix(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_prefix = ::std::option::Option::Some(value.into());
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
    /// Sets `fromPort`.
    pub fn with_from_port(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.from_port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `priority`.
    pub fn with_priority(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.priority = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `protocol`.
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<ModifyNetworkAclRuleSpecProtocol>,
    ) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ruleAction`.
    pub fn with_rule_action(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rule_action = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `toPort`.
    pub fn with_to_port(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.to_port = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ModifyRouteTableRules`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/modifyRouteTableRules.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyRouteTableRules {
    /// 路由表规则前缀, internet类型路由跟其他类型的路由，addressPrefix不允许重复
    #[serde(
        rename = "addressPrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_prefix: ::std::option::Option<::std::string::String>,
    /// 下一跳id
    #[serde(
        rename = "nextHopId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_hop_id: ::std::option::Option<::std::string::String>,
    /// 下一跳类型, 取值范围:instance:云主机, internet:公网, vpc_peering:vpc对等连接, bgw:边界网关
    #[serde(
        rename = "nextHopType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_hop_type: ::std::option::Option<ModifyRouteTableRulesNextHopType>,
    /// 规则匹配优先级，取值范围\[1,255\]。当路由规则子网掩码不同时，路由最长匹配优先；当路由规则子网掩码相同时, 按照优先级匹配转发, 优先级数字越小优先级越高，路由规则子网掩码相同、优先级相同、下一跳不同时，形成等价路由，不同下一跳负载均担。
    #[serde(
        rename = "priority",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority: ::std::option::Option<f64>,
    /// 路由表规则的ID
    #[serde(rename = "ruleId", default)]
    pub rule_id: ::std::string::String,
}
impl ModifyRouteTableRules {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(rule_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            rule_id: rule_id.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `addressPrefix`.
    pub fn with_address_prefix(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_prefix = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `nextHopId`.
    pub fn with_next_hop_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_hop_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `nextHopType`.
    pub fn with_next_hop_type(
        mut self,
        value: impl ::std::convert::Into<ModifyRouteTableRulesNextHopType>,
    ) -> Self {
        self.next_hop_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `priority`.
    pub fn with_priority(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.priority = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ModifySecurityGroupRules`
///
/// *Documented in* `specs/vpc/en/jdcloudcom-en/modifyNetworkSecurityGroupRules.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifySecurityGroupRules {
    /// Start Port of Security Group Rule. Value Range: 1-65535
    ///
    /// **中文**
    ///
    /// 安全组规则的起始端口。取值范围：1-65535
    #[serde(
        rename = "fromPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub from_port: ::std::option::Option<i32>,
    /// Rule Limits Protocol. 300:All; 6:TCP; 17:UDP; 1:ICMP
    ///
    /// **中文**
    ///
    /// 规则限定协议。300:All; 6:TCP; 17:UDP; 1:ICMP
    #[serde(
        rename = "protocol",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub protocol: ::std::option::Option<f64>,
    /// Security Group Rule Description. Value Range: 0-256 of all characters entered under UTF-8 coding
    ///
    /// **中文**
    ///
    /// 安全组规则的描述，取值范围：0-256个UTF-8编码下的全部字符
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Security Group Rule ID.
    ///
    /// **中文**
    ///
    /// 安全组规则的ID。
    #[serde(rename = "ruleId", default)]
    pub rule_id: ::std::string::String,
    /// End Port of Security Group Rule. Value Range: 1-65535
    ///
    /// **中文**
    ///
    /// 安全组规则的终端口。取值范围：1-65535
    #[serde(
        rename = "toPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub to_port: ::std::option::Option<i32>,
    /// Prefix of Security Group Rule. Value Range: correct CIDR
    ///
    /// **中文**
    ///
    /// 安全组规则前缀，取值范围：正确的CIDR
    #[serde(
        rename = "addressPrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_prefix: ::std::option::Option<::std::string::String>,
}
impl ModifySecurityGroupRules {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(rule_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            rule_id: rule_id.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `fromPort`.
    pub fn with_from_port(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.from_port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `protocol`.
    pub fn with_protocol(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
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
    /// Sets `toPort`.
    pub fn with_to_port(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.to_port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `addressPrefix`.
    pub fn with_address_prefix(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_prefix = ::std::option::Option::Some(value.into());
        self
    }
}
/// `NetworkAcl`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeNetworkAcls.md` *line 42.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NetworkAcl {
    /// networkAcl创建时间
    #[serde(
        rename = "createdTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// 描述,允许输入UTF-8编码下的全部字符，不超过256字符
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// networkAcl ID
    #[serde(
        rename = "networkAclId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_acl_id: ::std::option::Option<::std::string::String>,
    /// networkAcl名称
    #[serde(
        rename = "networkAclName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_acl_name: ::std::option::Option<::std::string::String>,
    /// networkAcl规则列表
    #[serde(
        rename = "networkAclRules",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_acl_rules: ::std::option::Option<::std::vec::Vec<NetworkAclRule>>,
    /// networkAcl绑定的子网列表
    #[serde(
        rename = "subnetIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 私有网络 ID
    #[serde(
        rename = "vpcId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
}
impl NetworkAcl {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
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
    /// Sets `networkAclId`.
    pub fn with_network_acl_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_acl_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `networkAclName`.
    pub fn with_network_acl_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_acl_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `networkAclRules`.
    pub fn with_network_acl_rules(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<NetworkAclRule>>,
    ) -> Self {
        self.network_acl_rules = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `subnetIds`.
    pub fn with_subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.subnet_ids = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `vpcId`.
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `NetworkAclRule`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeNetworkAcls.md` *line 52.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NetworkAclRule {
    /// 匹配地址前缀
    #[serde(
        rename = "addressPrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_prefix: ::std::option::Option<::std::string::String>,
    /// networkAclRule创建时间
    #[serde(
        rename = "createdTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// 描述,允许输入UTF-8编码下的全部字符，不超过256字符
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// networkAcl规则方向。ingress：入规则; egress：出规则
    #[serde(
        rename = "direction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub direction: ::std::option::Option<::std::string::String>,
    /// 规则限定起始传输层端口, 取值范围:1-65535, 若protocol为传输层协议，默认值为1，若protocol不是传输层协议，设置无效，恒为0。如果规则只限定一个端口号，fromPort和toPort填写同一个值
    #[serde(
        rename = "fromPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub from_port: ::std::option::Option<i32>,
    /// 规则匹配优先级，取值范围为\[1,32768\]，优先级数字越小优先级越高
    #[serde(
        rename = "priority",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority: ::std::option::Option<i32>,
    /// 规则限定协议。取值范围：All,TCP,UDP,ICMP
    #[serde(
        rename = "protocol",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub protocol: ::std::option::Option<NetworkAclRuleProtocol>,
    /// 访问控制策略：allow:允许，deny：拒绝
    #[serde(
        rename = "ruleAction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rule_action: ::std::option::Option<::std::string::String>,
    /// networkAcl规则ID
    #[serde(
        rename = "ruleId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rule_id: ::std::option::Option<::std::string::String>,
    /// 规则限定终止传输层端口, 取值范围:1-65535, 若protocol为传输层协议，默认值为65535，若protocol不是传输层协议，设置无效，恒为0。如果规则只限定一个端口号，fromPort和toPort填写同一个值
    #[serde(
        rename = "toPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub to_port: ::std::option::Option<i32>,
}
impl NetworkAclRule {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `addressPrefix`.
    pub fn with_address_prefix(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_prefix = ::std::option::Option::Some(value.into());
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
    /// Sets `direction`.
    pub fn with_direction(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.direction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fromPort`.
    pub fn with_from_port(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.from_port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `priority`.
    pub fn with_priority(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.priority = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `protocol`.
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<NetworkAclRuleProtocol>,
    ) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ruleAction`.
    pub fn with_rule_action(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rule_action = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ruleId`.
    pub fn with_rule_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.rule_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `toPort`.
    pub fn with_to_port(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.to_port = ::std::option::Option::Some(value.into());
        self
    }
}
/// `NetworkInterface`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeNetworkInterfaces.md` *line 42.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NetworkInterface {
    /// 可用区名称
    #[serde(
        rename = "az",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az: ::std::option::Option<::std::string::String>,
    /// 弹性网卡创建时间
    #[serde(
        rename = "createdTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// 网卡描述信息
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 网卡在实例上的设备索引号，取值范围：\[0,8\]，0：辅助网卡未绑定设备，1：主网卡，2-8：辅助网卡已绑定设备
    #[serde(
        rename = "deviceIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_index: ::std::option::Option<i32>,
    /// 关联实例ID
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// 实例所属的账号
    #[serde(
        rename = "instanceOwnerId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_owner_id: ::std::option::Option<::std::string::String>,
    /// 关联实例类型，取值范围：vm
    #[serde(
        rename = "instanceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<NetworkInterfaceInstanceType>,
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
    /// 弹性网卡名称
    #[serde(
        rename = "networkInterfaceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_name: ::std::option::Option<::std::string::String>,
    /// 安全组ID列表
    #[serde(
        rename = "networkSecurityGroupIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 网卡主IP
    #[serde(
        rename = "primaryIp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary_ip: ::std::option::Option<NetworkInterfacePrivateIp>,
    /// 网卡角色，取值范围：Primary（主网卡）、Secondary（辅助网卡）
    #[serde(
        rename = "role",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub role: ::std::option::Option<NetworkInterfaceRole>,
    /// 源和目标IP地址校验，取值为0或者1
    #[serde(
        rename = "sanityCheck",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sanity_check: ::std::option::Option<i32>,
    /// 网卡附属IP列表
    #[serde(
        rename = "secondaryIps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secondary_ips: ::std::option::Option<::std::vec::Vec<NetworkInterfacePrivateIp>>,
    /// 子网ID
    #[serde(
        rename = "subnetId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// 虚拟网络ID
    #[serde(
        rename = "vpcId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
}
impl NetworkInterface {
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
    /// Sets `deviceIndex`.
    pub fn with_device_index(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.device_index = ::std::option::Option::Some(value.into());
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
    /// Sets `instanceOwnerId`.
    pub fn with_instance_owner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_owner_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceType`.
    pub fn with_instance_type(
        mut self,
        value: impl ::std::convert::Into<NetworkInterfaceInstanceType>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
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
    /// Sets `networkInterfaceName`.
    pub fn with_network_interface_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `networkSecurityGroupIds`.
    pub fn with_network_security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.network_security_group_ids = ::std::option::Option::Some(value.into());
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
    /// Sets `role`.
    pub fn with_role(mut self, value: impl ::std::convert::Into<NetworkInterfaceRole>) -> Self {
        self.role = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sanityCheck`.
    pub fn with_sanity_check(mut self, value: impl ::std::convert::Into<i32>) -> Self {
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
/// `NetworkInterfacePrivateIp`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeNetworkInterfaces.md` *line 62.*
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
    /// 弹性IP实例ID
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
/// `NetworkSecurityGroup`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeNetworkSecurityGroups.md` *line 42.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NetworkSecurityGroup {
    /// 安全组创建时间
    #[serde(
        rename = "createdTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// 安全组描述信息
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 安全组ID
    #[serde(
        rename = "networkSecurityGroupId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_security_group_id: ::std::option::Option<::std::string::String>,
    /// 安全组名称
    #[serde(
        rename = "networkSecurityGroupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_security_group_name: ::std::option::Option<::std::string::String>,
    /// 安全组规则信息
    #[serde(
        rename = "securityGroupRules",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_rules: ::std::option::Option<::std::vec::Vec<SecurityGroupRule>>,
    /// 安全组所在vpc的Id
    #[serde(
        rename = "vpcId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
}
impl NetworkSecurityGroup {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
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
    /// Sets `networkSecurityGroupId`.
    pub fn with_network_security_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_security_group_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `networkSecurityGroupName`.
    pub fn with_network_security_group_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_security_group_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `securityGroupRules`.
    pub fn with_security_group_rules(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<SecurityGroupRule>>,
    ) -> Self {
        self.security_group_rules = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `vpcId`.
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `RouteTable`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeRouteTables.md` *line 42.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RouteTable {
    /// 路由表创建时间
    #[serde(
        rename = "createdTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// 路由表描述信息，允许输入UTF-8编码下的全部字符，不超过256字符。
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 路由表ID
    #[serde(
        rename = "routeTableId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table_id: ::std::option::Option<::std::string::String>,
    /// 路由表名称，只允许输入中文、数字、大小写字母、英文下划线“_”及中划线“-”，不允许为空且不超过32字符。
    #[serde(
        rename = "routeTableName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table_name: ::std::option::Option<::std::string::String>,
    /// 路由表规则信息
    #[serde(
        rename = "routeTableRules",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table_rules: ::std::option::Option<::std::vec::Vec<RouteTableRule>>,
    /// 路由表类型，default：默认路由表，custom：自定义路由表
    #[serde(
        rename = "routeTableType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table_type: ::std::option::Option<::std::string::String>,
    /// 路由表绑定的子网列表
    #[serde(
        rename = "subnetIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 私有网络ID
    #[serde(
        rename = "vpcId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
}
impl RouteTable {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
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
    /// Sets `routeTableId`.
    pub fn with_route_table_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.route_table_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `routeTableName`.
    pub fn with_route_table_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.route_table_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `routeTableRules`.
    pub fn with_route_table_rules(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<RouteTableRule>>,
    ) -> Self {
        self.route_table_rules = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `routeTableType`.
    pub fn with_route_table_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.route_table_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `subnetIds`.
    pub fn with_subnet_ids(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.subnet_ids = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `vpcId`.
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `RouteTableRule`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeRouteTables.md` *line 53.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RouteTableRule {
    /// 匹配地址前缀, internet类型路由跟其他类型的路由，addressPrefix不允许重复
    #[serde(
        rename = "addressPrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_prefix: ::std::option::Option<::std::string::String>,
    /// 下一跳id
    #[serde(
        rename = "nextHopId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_hop_id: ::std::option::Option<::std::string::String>,
    /// 下一跳类型, 取值范围:local:本地, instance:云主机, internet:公网, vpc_peering:vpc对等连接, bgw:边界网关
    #[serde(
        rename = "nextHopType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_hop_type: ::std::option::Option<RouteTableRuleNextHopType>,
    /// 规则匹配优先级，取值范围\[1,255\]，默认为100。当路由规则子网掩码不同时，路由最长匹配优先；当路由规则子网掩码相同时, 按照优先级匹配转发, 优先级数字越小优先级越高，路由规则子网掩码相同、优先级相同、下一跳不同时，形成等价路由，不同下一跳负载均担。
    #[serde(
        rename = "priority",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority: ::std::option::Option<f64>,
    /// 路由表规则ID
    #[serde(
        rename = "ruleId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rule_id: ::std::option::Option<::std::string::String>,
}
impl RouteTableRule {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `addressPrefix`.
    pub fn with_address_prefix(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_prefix = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `nextHopId`.
    pub fn with_next_hop_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_hop_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `nextHopType`.
    pub fn with_next_hop_type(
        mut self,
        value: impl ::std::convert::Into<RouteTableRuleNextHopType>,
    ) -> Self {
        self.next_hop_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `priority`.
    pub fn with_priority(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.priority = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ruleId`.
    pub fn with_rule_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.rule_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `SecurityGroupRule`
///
/// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeNetworkSecurityGroups.md` *line 51.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SecurityGroupRule {
    /// 匹配地址前缀
    #[serde(
        rename = "addressPrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_prefix: ::std::option::Option<::std::string::String>,
    /// 安全组规则创建时间
    #[serde(
        rename = "createdTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// 描述, 允许输入UTF-8编码下的全部字符，不超过256字符
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 安全组规则方向。0：入规则; 1：出规则
    #[serde(
        rename = "direction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub direction: ::std::option::Option<f64>,
    /// 规则限定起始传输层端口, 默认1 ，若protocal不是传输层协议，恒为0
    #[serde(
        rename = "fromPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub from_port: ::std::option::Option<f64>,
    /// 匹配地址协议版本。4：IPv4
    #[serde(
        rename = "ipVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_version: ::std::option::Option<f64>,
    /// 规则限定协议。300:All; 6:TCP; 17:UDP; 1:ICMP
    #[serde(
        rename = "protocol",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub protocol: ::std::option::Option<f64>,
    /// 安全组规则ID
    #[serde(
        rename = "ruleId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rule_id: ::std::option::Option<::std::string::String>,
    /// 规则限定终止传输层端口, 默认1 ，若protocal不是传输层协议，恒为0
    #[serde(
        rename = "toPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub to_port: ::std::option::Option<f64>,
}
impl SecurityGroupRule {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `addressPrefix`.
    pub fn with_address_prefix(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_prefix = ::std::option::Option::Some(value.into());
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
    /// Sets `direction`.
    pub fn with_direction(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.direction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fromPort`.
    pub fn with_from_port(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.from_port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipVersion`.
    pub fn with_ip_version(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.ip_version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `protocol`.
    pub fn with_protocol(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ruleId`.
    pub fn with_rule_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.rule_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `toPort`.
    pub fn with_to_port(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.to_port = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Subnet`
///
/// *Documented in* `specs/vpc/en/jdcloudcom-en/describeVpcs.md` *line 53.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Subnet {
    /// Subnet end address, the 1st subnet address is router gateway reservation, the 2nd subnet address is dhcp service reservation
    ///
    /// **中文**
    ///
    /// 子网的结束地址，子网第1个地位为路由器网关保留，第2个地址为dhcp服务保留
    #[serde(
        rename = "endIp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_ip: ::std::option::Option<::std::string::String>,
    /// Subnet Associated Route Table ID
    ///
    /// **中文**
    ///
    /// 子网关联的路由表Id
    #[serde(
        rename = "routeTableId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table_id: ::std::option::Option<::std::string::String>,
    /// VPC ID of Subnet
    ///
    /// **中文**
    ///
    /// 子网所属VPC的Id
    #[serde(
        rename = "vpcId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// Subnet Description Information
    ///
    /// **中文**
    ///
    /// 子网描述信息
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Subnet Associated Acl ID
    ///
    /// **中文**
    ///
    /// 子网关联的acl Id
    #[serde(
        rename = "aclId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub acl_id: ::std::option::Option<::std::string::String>,
    /// Subnet start address, the 1st subnet address is router gateway reservation, the 2nd subnet address is dhcp service reservation
    ///
    /// **中文**
    ///
    /// 子网的起始地址，子网第1个地位为路由器网关保留，第2个地址为dhcp服务保留
    #[serde(
        rename = "startIp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_ip: ::std::option::Option<::std::string::String>,
    /// Subnet Segment, Subnet Segment in VPC Cannot Overlap. Value Range of cidr: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 and their subnets included and the length of subnet mask is between 16 and 28. If VPC includes Cidr, it must be the Cidr subnet of VPC
    ///
    /// **中文**
    ///
    /// 子网网段，vpc内子网网段不能重叠，cidr的取值范围：10.0.0.0/8、172.16.0.0/12和192.168.0.0/16及它们包含的子网，且子网掩码长度为16-28之间，如果VPC含有Cidr，则必须为VPC所在Cidr的子网
    #[serde(
        rename = "addressPrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_prefix: ::std::option::Option<::std::string::String>,
    /// Subnet ID
    ///
    /// **中文**
    ///
    /// Subnet的Id
    #[serde(
        rename = "subnetId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// Subnet Name
    ///
    /// **中文**
    ///
    /// 子网名称
    #[serde(
        rename = "subnetName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_name: ::std::option::Option<::std::string::String>,
    /// Number of Available IPs in Subnet
    ///
    /// **中文**
    ///
    /// 子网可用ip数量
    #[serde(
        rename = "availableIpCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_ip_count: ::std::option::Option<f64>,
    /// Subnet Creation Time
    ///
    /// **中文**
    ///
    /// 子网创建时间
    #[serde(
        rename = "createdTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
}
impl Subnet {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `endIp`.
    pub fn with_end_ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `routeTableId`.
    pub fn with_route_table_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.route_table_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `vpcId`.
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
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
    /// Sets `aclId`.
    pub fn with_acl_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.acl_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `startIp`.
    pub fn with_start_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `addressPrefix`.
    pub fn with_address_prefix(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_prefix = ::std::option::Option::Some(value.into());
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
    /// Sets `subnetName`.
    pub fn with_subnet_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `availableIpCount`.
    pub fn with_available_ip_count(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.available_ip_count = ::std::option::Option::Some(value.into());
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
}
/// `Vpc`
///
/// *Documented in* `specs/vpc/en/jdcloudcom-en/describeVpcs.md` *line 42.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Vpc {
    /// Subnet List Included in VPC
    ///
    /// **中文**
    ///
    /// 私有网络包含的子网列表
    #[serde(
        rename = "subnets",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnets: ::std::option::Option<::std::vec::Vec<Subnet>>,
    /// VPC ID
    ///
    /// **中文**
    ///
    /// Vpc的Id
    #[serde(
        rename = "vpcId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// VPC Description. Value Range: 1~120 characters
    ///
    /// **中文**
    ///
    /// VPC 描述，取值范围：1~120个字符
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// If it is blank, segment is not limited; if it is not blank, it is 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 and their subnets included and the length of subnet mask is between 16 and 28
    ///
    /// **中文**
    ///
    /// 如果为空，则不限制网段，如果不为空，10.0.0.0/8、172.16.0.0/12和192.168.0.0/16及它们包含的子网，且子网掩码长度为16-28之间
    #[serde(
        rename = "addressPrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_prefix: ::std::option::Option<::std::string::String>,
    /// VPC Name. Value Range: 1-60 Chinese, English capital and lowercase letters, numbers and underline delimiter
    ///
    /// **中文**
    ///
    /// 私有网络名称，取值范围：1-60个中文、英文大小写的字母、数字和下划线分隔符
    #[serde(
        rename = "vpcName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_name: ::std::option::Option<::std::string::String>,
    /// `routeTableIds`
    #[serde(
        rename = "routeTableIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// VPC Creation Time
    ///
    /// **中文**
    ///
    /// vpc创建时间
    #[serde(
        rename = "createdTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// acl id List Under the same vpc
    #[serde(
        rename = "aclIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub acl_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl Vpc {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `subnets`.
    pub fn with_subnets(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Subnet>>,
    ) -> Self {
        self.subnets = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `vpcId`.
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
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
    /// Sets `addressPrefix`.
    pub fn with_address_prefix(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_prefix = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `vpcName`.
    pub fn with_vpc_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vpc_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `routeTableIds`.
    pub fn with_route_table_ids(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.route_table_ids = ::std::option::Option::Some(value.into());
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
    /// Sets `aclIds`.
    pub fn with_acl_ids(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.acl_ids = ::std::option::Option::Some(value.into());
        self
    }
}
/// `VpcPeering`
///
/// *Documented in* `specs/vpc/en/jdcloudcom-en/modifyVpcPeering.md` *line 35.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct VpcPeering {
    /// VPCPeering name, no duplicate under the same account is allowed. Value Range: 1-32 Chinese, English capital and lowercase letters, numbers and underline delimiter
    ///
    /// **中文**
    ///
    /// VpcPeering名称，同账号下不允许重名，取值范围：1-32个中文、英文大小写的字母、数字和下划线分隔符
    #[serde(
        rename = "vpcPeeringName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_peering_name: ::std::option::Option<::std::string::String>,
    /// VPCPeering ID
    ///
    /// **中文**
    ///
    /// VpcPeering的Id
    #[serde(
        rename = "vpcPeeringId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_peering_id: ::std::option::Option<::std::string::String>,
    /// VPCPeering description, can be null. Value Range: 0-256 Chinese, English capital and lowercase letters, numbers and underline delimiter
    ///
    /// **中文**
    ///
    /// VpcPeering 描述，可为空值，取值范围：0-256个中文、英文大小写的字母、数字和下划线分隔符
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Opposite Terminal VPC information
    ///
    /// **中文**
    ///
    /// 对端的Vpc信息
    #[serde(
        rename = "remoteVpcInfo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remote_vpc_info: ::std::option::Option<VpcPeeringVpcInfo>,
    /// Status, values include Connected, Disconnected, Initiated
    ///
    /// **中文**
    ///
    /// 状态，取值为Connected，Disconnected，Initiated
    #[serde(
        rename = "vpcPeeringState",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_peering_state: ::std::option::Option<VpcPeeringVpcPeeringState>,
    /// VPCPeering Creation Time
    ///
    /// **中文**
    ///
    /// VpcPeering创建时间
    #[serde(
        rename = "createdTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// VPC Information Launching VPCPeering
    ///
    /// **中文**
    ///
    /// 发起VpcPeering的Vpc信息
    #[serde(
        rename = "vpcInfo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_info: ::std::option::Option<VpcPeeringVpcInfo>,
}
impl VpcPeering {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `vpcPeeringName`.
    pub fn with_vpc_peering_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vpc_peering_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `vpcPeeringId`.
    pub fn with_vpc_peering_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vpc_peering_id = ::std::option::Option::Some(value.into());
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
    /// Sets `remoteVpcInfo`.
    pub fn with_remote_vpc_info(
        mut self,
        value: impl ::std::convert::Into<VpcPeeringVpcInfo>,
    ) -> Self {
        self.remote_vpc_info = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `vpcPeeringState`.
    pub fn with_vpc_peering_state(
        mut self,
        value: impl ::std::convert::Into<VpcPeeringVpcPeeringState>,
    ) -> Self {
        self.vpc_peering_state = ::std::option::Option::Some(value.into());
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
    /// Sets `vpcInfo`.
    pub fn with_vpc_info(mut self, value: impl ::std::convert::Into<VpcPeeringVpcInfo>) -> Self {
        self.vpc_info = ::std::option::Option::Some(value.into());
        self
    }
}
/// `VpcPeeringVpcInfo`
///
/// *Documented in* `specs/vpc/en/jdcloudcom-en/modifyVpcPeering.md` *line 45.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct VpcPeeringVpcInfo {
    /// If it is blank, segment is not limited; if it is not blank, it is 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 and their subnets included and the length of subnet mask is between 16 and 28
    ///
    /// **中文**
    ///
    /// 如果为空，则不限制网段，如果不为空，10.0.0.0/8、172.16.0.0/12和192.168.0.0/16及它们包含的子网，且子网掩码长度为16-28之间
    #[serde(
        rename = "addressPrefix",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_prefix: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// VPC Name. Value Range: 1-60 Chinese, English capital and lowercase letters, numbers and underline delimiter
    ///
    /// **中文**
    ///
    /// 私有网络名称，取值范围：1-60个中文、英文大小写的字母、数字和下划线分隔符
    #[serde(
        rename = "vpcName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_name: ::std::option::Option<::std::string::String>,
    /// VPC ID of Subnet
    ///
    /// **中文**
    ///
    /// 子网所属VPC的Id
    #[serde(
        rename = "vpcId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
}
impl VpcPeeringVpcInfo {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `addressPrefix`.
    pub fn with_address_prefix(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.address_prefix = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `vpcName`.
    pub fn with_vpc_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vpc_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `vpcId`.
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The result of `modifyVpcPeering`.
///
/// *Documented in* `specs/vpc/en/jdcloudcom-en/modifyVpcPeering.md` *line 1.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyVpcPeeringResult {
    /// VPCPeering Resource Information
    ///
    /// **中文**
    ///
    /// VpcPeering资源信息
    #[serde(
        rename = "vpcPeering",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_peering: ::std::option::Option<VpcPeering>,
}
impl ModifyVpcPeeringResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `vpcPeering`.
    pub fn with_vpc_peering(mut self, value: impl ::std::convert::Into<VpcPeering>) -> Self {
        self.vpc_peering = ::std::option::Option::Some(value.into());
        self
    }
}
/// Allowed values of AddNetworkAclRuleSpecProtocol.
///
/// Rule Limits Protocol. Value Range: All, TCP, UDP, ICMP
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AddNetworkAclRuleSpecProtocol {
    /// `All`
    All,
    /// `TCP`
    Tcp,
    /// `UDP`
    Udp,
    /// `ICMP`
    Icmp,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl AddNetworkAclRuleSpecProtocol {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "All",
            Self::Tcp => "TCP",
            Self::Udp => "UDP",
            Self::Icmp => "ICMP",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for AddNetworkAclRuleSpecProtocol {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for AddNetworkAclRuleSpecProtocol {
    fn from(value: &str) -> Self {
        match value {
            "All" => Self::All,
            "TCP" => Self::Tcp,
            "UDP" => Self::Udp,
            "ICMP" => Self::Icmp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for AddNetworkAclRuleSpecProtocol {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for AddNetworkAclRuleSpecProtocol {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for AddNetworkAclRuleSpecProtocol {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AddNetworkAclRuleSpecProtocol {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of AddRouteTableRulesNextHopType.
///
/// Type of Next. Value Range: instance: Virtual Machine, internet: public network, VPC_peering: VPC peering connection, bgw: border gateway
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AddRouteTableRulesNextHopType {
    /// `instance`
    Instance,
    /// `internet`
    Internet,
    /// `VPC_peering`
    VpcPeering,
    /// `bgw`
    Bgw,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl AddRouteTableRulesNextHopType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Instance => "instance",
            Self::Internet => "internet",
            Self::VpcPeering => "VPC_peering",
            Self::Bgw => "bgw",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for AddRouteTableRulesNextHopType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for AddRouteTableRulesNextHopType {
    fn from(value: &str) -> Self {
        match value {
            "instance" => Self::Instance,
            "internet" => Self::Internet,
            "VPC_peering" => Self::VpcPeering,
            "bgw" => Self::Bgw,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for AddRouteTableRulesNextHopType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for AddRouteTableRulesNextHopType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for AddRouteTableRulesNextHopType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AddRouteTableRulesNextHopType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
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
/// Allowed values of ElasticIpProvider.
///
/// IP服务商，取值为bgp或no_bgp
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ElasticIpProvider {
    /// `bgp`
    Bgp,
    /// `no_bgp`
    NoBgp,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ElasticIpProvider {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bgp => "bgp",
            Self::NoBgp => "no_bgp",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ElasticIpProvider {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ElasticIpProvider {
    fn from(value: &str) -> Self {
        match value {
            "bgp" => Self::Bgp,
            "no_bgp" => Self::NoBgp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ElasticIpProvider {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ElasticIpProvider {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ElasticIpProvider {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ElasticIpProvider {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of ElasticIpSpecProvider.
///
/// IP service provider, values include bgp or no_bgp, cn-north-1: bgp; cn-south-1: \[bgp, no_bgp\]; cn-east-1: \[bgp, no_bgp\]; cn-east-2: bgp
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ElasticIpSpecProvider {
    /// `bgp`
    Bgp,
    /// `no_bgp`
    NoBgp,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ElasticIpSpecProvider {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bgp => "bgp",
            Self::NoBgp => "no_bgp",
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
            "no_bgp" => Self::NoBgp,
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
/// Allowed values of ModifyNetworkAclRuleSpecProtocol.
///
/// 规则限定协议。取值范围：All,TCP,UDP,ICMP
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ModifyNetworkAclRuleSpecProtocol {
    /// `All`
    All,
    /// `TCP`
    Tcp,
    /// `UDP`
    Udp,
    /// `ICMP`
    Icmp,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ModifyNetworkAclRuleSpecProtocol {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "All",
            Self::Tcp => "TCP",
            Self::Udp => "UDP",
            Self::Icmp => "ICMP",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ModifyNetworkAclRuleSpecProtocol {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ModifyNetworkAclRuleSpecProtocol {
    fn from(value: &str) -> Self {
        match value {
            "All" => Self::All,
            "TCP" => Self::Tcp,
            "UDP" => Self::Udp,
            "ICMP" => Self::Icmp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ModifyNetworkAclRuleSpecProtocol {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ModifyNetworkAclRuleSpecProtocol {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ModifyNetworkAclRuleSpecProtocol {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ModifyNetworkAclRuleSpecProtocol {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of ModifyRouteTableRulesNextHopType.
///
/// 下一跳类型, 取值范围:instance:云主机, internet:公网, vpc_peering:vpc对等连接, bgw:边界网关
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ModifyRouteTableRulesNextHopType {
    /// `instance`
    Instance,
    /// `internet`
    Internet,
    /// `vpc_peering`
    VpcPeering,
    /// `bgw`
    Bgw,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ModifyRouteTableRulesNextHopType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Instance => "instance",
            Self::Internet => "internet",
            Self::VpcPeering => "vpc_peering",
            Self::Bgw => "bgw",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ModifyRouteTableRulesNextHopType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ModifyRouteTableRulesNextHopType {
    fn from(value: &str) -> Self {
        match value {
            "instance" => Self::Instance,
            "internet" => Self::Internet,
            "vpc_peering" => Self::VpcPeering,
            "bgw" => Self::Bgw,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ModifyRouteTableRulesNextHopType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ModifyRouteTableRulesNextHopType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ModifyRouteTableRulesNextHopType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ModifyRouteTableRulesNextHopType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of NetworkAclRuleProtocol.
///
/// 规则限定协议。取值范围：All,TCP,UDP,ICMP
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NetworkAclRuleProtocol {
    /// `All`
    All,
    /// `TCP`
    Tcp,
    /// `UDP`
    Udp,
    /// `ICMP`
    Icmp,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl NetworkAclRuleProtocol {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "All",
            Self::Tcp => "TCP",
            Self::Udp => "UDP",
            Self::Icmp => "ICMP",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for NetworkAclRuleProtocol {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for NetworkAclRuleProtocol {
    fn from(value: &str) -> Self {
        match value {
            "All" => Self::All,
            "TCP" => Self::Tcp,
            "UDP" => Self::Udp,
            "ICMP" => Self::Icmp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for NetworkAclRuleProtocol {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for NetworkAclRuleProtocol {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for NetworkAclRuleProtocol {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for NetworkAclRuleProtocol {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of NetworkInterfaceInstanceType.
///
/// 关联实例类型，取值范围：vm
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NetworkInterfaceInstanceType {
    /// `vm`
    Vm,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl NetworkInterfaceInstanceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Vm => "vm",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for NetworkInterfaceInstanceType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for NetworkInterfaceInstanceType {
    fn from(value: &str) -> Self {
        match value {
            "vm" => Self::Vm,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for NetworkInterfaceInstanceType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for NetworkInterfaceInstanceType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for NetworkInterfaceInstanceType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for NetworkInterfaceInstanceType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of NetworkInterfaceRole.
///
/// 网卡角色，取值范围：Primary（主网卡）、Secondary（辅助网卡）
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NetworkInterfaceRole {
    /// `Primary`
    Primary,
    /// `Secondary`
    Secondary,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl NetworkInterfaceRole {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Primary => "Primary",
            Self::Secondary => "Secondary",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for NetworkInterfaceRole {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for NetworkInterfaceRole {
    fn from(value: &str) -> Self {
        match value {
            "Primary" => Self::Primary,
            "Secondary" => Self::Secondary,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for NetworkInterfaceRole {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for NetworkInterfaceRole {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for NetworkInterfaceRole {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for NetworkInterfaceRole {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of RouteTableRuleNextHopType.
///
/// 下一跳类型, 取值范围:local:本地, instance:云主机, internet:公网, vpc_peering:vpc对等连接, bgw:边界网关
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RouteTableRuleNextHopType {
    /// `local`
    Local,
    /// `instance`
    Instance,
    /// `internet`
    Internet,
    /// `vpc_peering`
    VpcPeering,
    /// `bgw`
    Bgw,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl RouteTableRuleNextHopType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Local => "local",
            Self::Instance => "instance",
            Self::Internet => "internet",
            Self::VpcPeering => "vpc_peering",
            Self::Bgw => "bgw",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for RouteTableRuleNextHopType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for RouteTableRuleNextHopType {
    fn from(value: &str) -> Self {
        match value {
            "local" => Self::Local,
            "instance" => Self::Instance,
            "internet" => Self::Internet,
            "vpc_peering" => Self::VpcPeering,
            "bgw" => Self::Bgw,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for RouteTableRuleNextHopType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for RouteTableRuleNextHopType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for RouteTableRuleNextHopType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RouteTableRuleNextHopType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of VpcPeeringVpcPeeringState.
///
/// Status, values include Connected, Disconnected, Initiated
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VpcPeeringVpcPeeringState {
    /// `Connected`
    Connected,
    /// `Disconnected`
    Disconnected,
    /// `Initiated`
    Initiated,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl VpcPeeringVpcPeeringState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Connected => "Connected",
            Self::Disconnected => "Disconnected",
            Self::Initiated => "Initiated",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for VpcPeeringVpcPeeringState {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for VpcPeeringVpcPeeringState {
    fn from(value: &str) -> Self {
        match value {
            "Connected" => Self::Connected,
            "Disconnected" => Self::Disconnected,
            "Initiated" => Self::Initiated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for VpcPeeringVpcPeeringState {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for VpcPeeringVpcPeeringState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for VpcPeeringVpcPeeringState {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for VpcPeeringVpcPeeringState {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of DescribeQuotaType.
///
/// Resource Type. Value Range: VPC, elastic_ip, subnet, security_group, VPCpeering, network_interface (quota only sums up secondary network interface)
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DescribeQuotaType {
    /// `VPC`
    Vpc,
    /// `elastic_ip`
    ElasticIp,
    /// `subnet`
    Subnet,
    /// `security_group`
    SecurityGroup,
    /// `VPCpeering`
    VpCpeering,
    /// `network_interface`
    NetworkInterface,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl DescribeQuotaType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Vpc => "VPC",
            Self::ElasticIp => "elastic_ip",
            Self::Subnet => "subnet",
            Self::SecurityGroup => "security_group",
            Self::VpCpeering => "VPCpeering",
            Self::NetworkInterface => "network_interface",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for DescribeQuotaType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for DescribeQuotaType {
    fn from(value: &str) -> Self {
        match value {
            "VPC" => Self::Vpc,
            "elastic_ip" => Self::ElasticIp,
            "subnet" => Self::Subnet,
            "security_group" => Self::SecurityGroup,
            "VPCpeering" => Self::VpCpeering,
            "network_interface" => Self::NetworkInterface,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for DescribeQuotaType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for DescribeQuotaType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DescribeQuotaType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DescribeQuotaType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
