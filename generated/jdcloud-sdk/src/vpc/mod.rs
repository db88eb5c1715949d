//! JD Cloud VPC (`vpc`), `https://vpc.jdcloud-api.com/v1`.
//!
//! VPC APIs
//!
//! Operations:
//!
//! - `addNetworkAclRules` — Add NetworkAcl rule API
//!
//! - `addNetworkSecurityGroupRules` — 添加安全组规则
//!
//! - `addRouteTableRules` — Add route table rule
//!
//! - `assignSecondaryIps` — Assign secondary IP API to network interface
//!
//! - `associateElasticIp` — 给网卡绑定弹性Ip接口
//!
//! - `associateNetworkAcl` — 给子网绑定networkAcl接口
//!
//! - `associateRouteTable` — Associate subnet API from route table
//!
//! - `createElasticIps` — Create One or More Elastic IPs
//!
//! - `createNetworkAcl` — 创建networkAcl接口
//!
//! - `createNetworkInterface` — 创建网卡接口，只能创建辅助网卡
//!
//! - `createNetworkSecurityGroup` — 创建安全组
//!
//! - `createRouteTable` — 创建路由表
//!
//! - `createSubnet` — Create subnet
//!
//! - `createVpc` — Create VPC
//!
//! - `createVpcPeering` — 创建VpcPeering接口
//!
//! - `deleteElasticIp` — Delete elastic Ip
//!
//! - `deleteNetworkAcl` — 删除networkAcl接口
//!
//! - `deleteNetworkInterface` — 删除弹性网卡接口
//!
//! - `deleteNetworkSecurityGroup` — 删除安全组
//!
//! - `deleteRouteTable` — 删除路由表
//!
//! - `deleteSubnet` — Delete subnet
//!
//! - `deleteVpc` — 删除私有网络
//!
//! - `deleteVpcPeering` — 删除VpcPeering接口
//!
//! - `describeElasticIp` — ElasticIp资源信息详情
//!
//! - `describeElasticIps` — 查询弹性ip列表
//!
//! - `describeNetworkAcl` — 查询networkAcl资源详情
//!
//! - `describeNetworkAcls` — 查询Acl列表
//!
//! - `describeNetworkInterface` — 查询弹性网卡信息详情
//!
//! - `describeNetworkInterfaces` — 查询弹性网卡列表
//!
//! - `describeNetworkSecurityGroup` — 查询安全组信息详情
//!
//! - `describeNetworkSecurityGroups` — 查询安全组列表
//!
//! - `describeQuota` — Query quota information
//!
//! - `describeRouteTable` — 查询路由表信息详情
//!
//! - `describeRouteTables` — 查询路由表列表
//!
//! - `describeSubnet` — 查询子网信息详情
//!
//! - `describeSubnets` — 查询子网列表
//!
//! - `describeVpc` — 查询Vpc信息详情
//!
//! - `describeVpcPeering` — 查询VpcPeering资源详情
//!
//! - `describeVpcPeerings` — 查询VpcPeering资源列表
//!
//! - `describeVpcs` — Query VPC list
//!
//! - `disassociateElasticIp` — 给网卡解绑弹性Ip接口
//!
//! - `disassociateNetworkAcl` — 给子网解绑NetworkAcl接口
//!
//! - `disassociateRouteTable` — 给路由表解绑子网接口
//!
//! - `modifyElasticIp` — Modify elastic IP
//!
//! - `modifyNetworkAcl` — 修改networkAcl接口
//!
//! - `modifyNetworkAclRules` — 修改networkAcl接口
//!
//! - `modifyNetworkInterface` — 修改弹性网卡接口
//!
//! - `modifyNetworkSecurityGroup` — 修改安全组属性
//!
//! - `modifyNetworkSecurityGroupRules` — Modify security group rule
//!
//! - `modifyRouteTable` — 修改路由表属性
//!
//! - `modifyRouteTableRules` — 修改路由表规则
//!
//! - `modifySubnet` — 修改子网接口
//!
//! - `modifyVpc` — 修改私有网络接口
//!
//! - `modifyVpcPeering` — Modify VPCPeering API
//!
//! - `removeNetworkAclRules` — 移除networkAcl规则
//!
//! - `removeNetworkSecurityGroupRules` — 移除安全组规则
//!
//! - `removeRouteTableRules` — 移除路由表规则
//!
//! - `unassignSecondaryIps` — 给网卡删除secondaryIp接口
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `vpc` service.
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
    /// Add NetworkAcl rule API
    ///
    /// `POST /v1/regions/{regionId}/networkAcls/{networkAclId}:addNetworkAclRules`
    ///
    /// **中文**
    ///
    /// 添加networkAcl规则接口
    ///
    /// *Documented in* `specs/vpc/en/jdcloudcom-en/addNetworkAclRules.md` *line 1.*
    pub fn add_network_acl_rules(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_acl_id: impl ::std::convert::Into<::std::string::String>,
        network_acl_rule_specs: impl ::std::convert::Into<::std::vec::Vec<AddNetworkAclRuleSpec>>,
    ) -> AddNetworkAclRules {
        AddNetworkAclRules {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_acl_id: network_acl_id.into(),
            network_acl_rule_specs: network_acl_rule_specs.into(),
        }
    }
    /// 添加安全组规则
    ///
    /// `POST /v1/regions/{regionId}/networkSecurityGroups/{networkSecurityGroupId}:addNetworkSecurityGroupRules`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/addNetworkSecurityGroupRules.md` *line 1.*
    pub fn add_network_security_group_rules(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_security_group_id: impl ::std::convert::Into<::std::string::String>,
        network_security_group_rule_specs: impl ::std::convert::Into<
            ::std::vec::Vec<AddSecurityGroupRules>,
        >,
    ) -> AddNetworkSecurityGroupRules {
        AddNetworkSecurityGroupRules {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_security_group_id: network_security_group_id.into(),
            network_security_group_rule_specs: network_security_group_rule_specs.into(),
        }
    }
    /// Add route table rule
    ///
    /// `POST /v1/regions/{regionId}/routeTables/{routeTableId}:addRouteTableRules`
    ///
    /// **中文**
    ///
    /// 添加路由表规则
    ///
    /// *Documented in* `specs/vpc/en/jdcloudcom-en/addRouteTableRules.md` *line 1.*
    pub fn add_route_table_rules(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        route_table_id: impl ::std::convert::Into<::std::string::String>,
        route_table_rule_specs: impl ::std::convert::Into<::std::vec::Vec<AddRouteTableRules>>,
    ) -> AddRouteTableRules2 {
        AddRouteTableRules2 {
            config: self.config.clone(),
            region_id: region_id.into(),
            route_table_id: route_table_id.into(),
            route_table_rule_specs: route_table_rule_specs.into(),
        }
    }
    /// Assign secondary IP API to network interface
    ///
    /// `POST /v1/regions/{regionId}/networkInterfaces/{networkInterfaceId}:assignSecondaryIps`
    ///
    /// **中文**
    ///
    /// 给网卡分配secondaryIp接口
    ///
    /// *Documented in* `specs/vpc/en/jdcloudcom-en/assignSecondaryIps.md` *line 1.*
    pub fn assign_secondary_ips(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_interface_id: impl ::std::convert::Into<::std::string::String>,
    ) -> AssignSecondaryIps {
        AssignSecondaryIps {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_interface_id: network_interface_id.into(),
            force: ::std::option::Option::None,
            secondary_ips: ::std::option::Option::None,
            secondary_ip_count: ::std::option::Option::None,
        }
    }
    /// 给网卡绑定弹性Ip接口
    ///
    /// `POST /v1/regions/{regionId}/networkInterfaces/{networkInterfaceId}:associateElasticIp`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/associateElasticIp.md` *line 1.*
    pub fn associate_elastic_ip(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_interface_id: impl ::std::convert::Into<::std::string::String>,
    ) -> AssociateElasticIp {
        AssociateElasticIp {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_interface_id: network_interface_id.into(),
            elastic_ip_address: ::std::option::Option::None,
            elastic_ip_id: ::std::option::Option::None,
            private_ip_address: ::std::option::Option::None,
        }
    }
    /// 给子网绑定networkAcl接口
    ///
    /// `POST /v1/regions/{regionId}/networkAcls/{networkAclId}:associateNetworkAcl`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/associateNetworkAcl.md` *line 1.*
    pub fn associate_network_acl(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_acl_id: impl ::std::convert::Into<::std::string::String>,
        subnet_ids: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> AssociateNetworkAcl {
        AssociateNetworkAcl {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_acl_id: network_acl_id.into(),
            subnet_ids: subnet_ids.into(),
        }
    }
    /// Associate subnet API from route table
    ///
    /// `POST /v1/regions/{regionId}/routeTables/{routeTableId}:associateRouteTable`
    ///
    /// **中文**
    ///
    /// 路由表绑定子网接口
    ///
    /// *Documented in* `specs/vpc/en/jdcloudcom-en/associateRouteTable.md` *line 1.*
    pub fn associate_route_table(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        route_table_id: impl ::std::convert::Into<::std::string::String>,
        subnet_ids: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> AssociateRouteTable {
        AssociateRouteTable {
            config: self.config.clone(),
            region_id: region_id.into(),
            route_table_id: route_table_id.into(),
            subnet_ids: subnet_ids.into(),
        }
    }
    /// Create One or More Elastic IPs
    ///
    /// `POST /v1/regions/{regionId}/elasticIps/`
    ///
    /// **中文**
    ///
    /// 创建一个或者多个弹性Ip
    ///
    /// *Documented in* `specs/vpc/en/jdcloudcom-en/createElasticIps.md` *line 1.*
    pub fn create_elastic_ips(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        elastic_ip_spec: impl ::std::convert::Into<ElasticIpSpec>,
        max_count: impl ::std::convert::Into<i32>,
    ) -> CreateElasticIps {
        CreateElasticIps {
            config: self.config.clone(),
            region_id: region_id.into(),
            elastic_ip_spec: elastic_ip_spec.into(),
            elastic_ip_address: ::std::option::Option::None,
            max_count: max_count.into(),
        }
    }
    /// 创建networkAcl接口
    ///
    /// `POST /v1/regions/{regionId}/networkAcls/`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/createNetworkAcl.md` *line 1.*
    pub fn create_network_acl(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_acl_name: impl ::std::convert::Into<::std::string::String>,
        vpc_id: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateNetworkAcl {
        CreateNetworkAcl {
            config: self.config.clone(),
            region_id: region_id.into(),
            description: ::std::option::Option::None,
            network_acl_name: network_acl_name.into(),
            vpc_id: vpc_id.into(),
        }
    }
    /// 创建网卡接口，只能创建辅助网卡
    ///
    /// `POST /v1/regions/{regionId}/networkInterfaces/`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/createNetworkInterface.md` *line 1.*
    pub fn create_network_interface(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateNetworkInterface {
        CreateNetworkInterface {
            config: self.config.clone(),
            region_id: region_id.into(),
            az: ::std::option::Option::None,
            description: ::std::option::Option::None,
            network_interface_name: ::std::option::Option::None,
            primary_ip_address: ::std::option::Option::None,
            sanity_check: ::std::option::Option::None,
            secondary_ip_addresses: ::std::option::Option::None,
            secondary_ip_count: ::std::option::Option::None,
            security_groups: ::std::option::Option::None,
            subnet_id: subnet_id.into(),
        }
    }
    /// 创建安全组
    ///
    /// `POST /v1/regions/{regionId}/networkSecurityGroups/`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/createNetworkSecurityGroup.md` *line 1.*
    pub fn create_network_security_group(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_security_group_name: impl ::std::convert::Into<::std::string::String>,
        vpc_id: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateNetworkSecurityGroup {
        CreateNetworkSecurityGroup {
            config: self.config.clone(),
            region_id: region_id.into(),
            description: ::std::option::Option::None,
            network_security_group_name: network_security_group_name.into(),
            vpc_id: vpc_id.into(),
        }
    }
    /// 创建路由表
    ///
    /// `POST /v1/regions/{regionId}/routeTables/`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/createRouteTable.md` *line 1.*
    pub fn create_route_table(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        route_table_name: impl ::std::convert::Into<::std::string::String>,
        vpc_id: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateRouteTable {
        CreateRouteTable {
            config: self.config.clone(),
            region_id: region_id.into(),
            description: ::std::option::Option::None,
            route_table_name: route_table_name.into(),
            vpc_id: vpc_id.into(),
        }
    }
    /// Create subnet
    ///
    /// `POST /v1/regions/{regionId}/subnets/`
    ///
    /// **中文**
    ///
    /// 创建子网
    ///
    /// *Documented in* `specs/vpc/en/jdcloudcom-en/createSubnet.md` *line 1.*
    pub fn create_subnet(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        subnet_name: impl ::std::convert::Into<::std::string::String>,
        address_prefix: impl ::std::convert::Into<::std::string::String>,
        vpc_id: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateSubnet {
        CreateSubnet {
            config: self.config.clone(),
            region_id: region_id.into(),
            subnet_name: subnet_name.into(),
            address_prefix: address_prefix.into(),
            route_table_id: ::std::option::Option::None,
            vpc_id: vpc_id.into(),
            description: ::std::option::Option::None,
        }
    }
    /// Create VPC
    ///
    /// `POST /v1/regions/{regionId}/vpcs/`
    ///
    /// **中文**
    ///
    /// 创建私有网络
    ///
    /// *Documented in* `specs/vpc/en/jdcloudcom-en/createVpc.md` *line 1.*
    pub fn create_vpc(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        vpc_name: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateVpc {
        CreateVpc {
            config: self.config.clone(),
            region_id: region_id.into(),
            address_prefix: ::std::option::Option::None,
            description: ::std::option::Option::None,
            vpc_name: vpc_name.into(),
        }
    }
    /// 创建VpcPeering接口
    ///
    /// `POST /v1/regions/{regionId}/vpcPeerings/`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/createVpcPeering.md` *line 1.*
    pub fn create_vpc_peering(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        remote_vpc_id: impl ::std::convert::Into<::std::string::String>,
        vpc_id: impl ::std::convert::Into<::std::string::String>,
        vpc_peering_name: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateVpcPeering {
        CreateVpcPeering {
            config: self.config.clone(),
            region_id: region_id.into(),
            description: ::std::option::Option::None,
            remote_vpc_id: remote_vpc_id.into(),
            vpc_id: vpc_id.into(),
            vpc_peering_name: vpc_peering_name.into(),
        }
    }
    /// Delete elastic Ip
    ///
    /// `DELETE /v1/regions/{regionId}/elasticIps/{elasticIpId}`
    ///
    /// **中文**
    ///
    /// 删除弹性Ip
    ///
    /// *Documented in* `specs/vpc/en/jdcloudcom-en/deleteElasticIp.md` *line 1.*
    pub fn delete_elastic_ip(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        elastic_ip_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteElasticIp {
        DeleteElasticIp {
            config: self.config.clone(),
            region_id: region_id.into(),
            elastic_ip_id: elastic_ip_id.into(),
        }
    }
    /// 删除networkAcl接口
    ///
    /// `DELETE /v1/regions/{regionId}/networkAcls/{networkAclId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/deleteNetworkAcl.md` *line 1.*
    pub fn delete_network_acl(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_acl_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteNetworkAcl {
        DeleteNetworkAcl {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_acl_id: network_acl_id.into(),
        }
    }
    /// 删除弹性网卡接口
    ///
    /// `DELETE /v1/regions/{regionId}/networkInterfaces/{networkInterfaceId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/deleteNetworkInterface.md` *line 1.*
    pub fn delete_network_interface(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_interface_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteNetworkInterface {
        DeleteNetworkInterface {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_interface_id: network_interface_id.into(),
        }
    }
    /// 删除安全组
    ///
    /// `DELETE /v1/regions/{regionId}/networkSecurityGroups/{networkSecurityGroupId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/deleteNetworkSecurityGroup.md` *line 1.*
    pub fn delete_network_security_group(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_security_group_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteNetworkSecurityGroup {
        DeleteNetworkSecurityGroup {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_security_group_id: network_security_group_id.into(),
        }
    }
    /// 删除路由表
    ///
    /// `DELETE /v1/regions/{regionId}/routeTables/{routeTableId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/deleteRouteTable.md` *line 1.*
    pub fn delete_route_table(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        route_table_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteRouteTable {
        DeleteRouteTable {
            config: self.config.clone(),
            region_id: region_id.into(),
            route_table_id: route_table_id.into(),
        }
    }
    /// Delete subnet
    ///
    /// `DELETE /v1/regions/{regionId}/subnets/{subnetId}`
    ///
    /// **中文**
    ///
    /// 删除子网
    ///
    /// *Documented in* `specs/vpc/en/jdcloudcom-en/deleteSubnet.md` *line 1.*
    pub fn delete_subnet(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteSubnet {
        DeleteSubnet {
            config: self.config.clone(),
            region_id: region_id.into(),
            subnet_id: subnet_id.into(),
        }
    }
    /// 删除私有网络
    ///
    /// `DELETE /v1/regions/{regionId}/vpcs/{vpcId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/deleteVpc.md` *line 1.*
    pub fn delete_vpc(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        vpc_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteVpc {
        DeleteVpc {
            config: self.config.clone(),
            region_id: region_id.into(),
            vpc_id: vpc_id.into(),
        }
    }
    /// 删除VpcPeering接口
    ///
    /// `DELETE /v1/regions/{regionId}/vpcPeerings/{vpcPeeringId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/deleteVpcPeering.md` *line 1.*
    pub fn delete_vpc_peering(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        vpc_peering_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteVpcPeering {
        DeleteVpcPeering {
            config: self.config.clone(),
            region_id: region_id.into(),
            vpc_peering_id: vpc_peering_id.into(),
        }
    }
    /// ElasticIp资源信息详情
    ///
    /// `GET /v1/regions/{regionId}/elasticIps/{elasticIpId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeElasticIp.md` *line 1.*
    pub fn describe_elastic_ip(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        elastic_ip_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeElasticIp {
        DescribeElasticIp {
            config: self.config.clone(),
            region_id: region_id.into(),
            elastic_ip_id: elastic_ip_id.into(),
        }
    }
    /// 查询弹性ip列表
    ///
    /// `GET /v1/regions/{regionId}/elasticIps/`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeElasticIps.md` *line 1.*
    pub fn describe_elastic_ips(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeElasticIps {
        DescribeElasticIps {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// 查询networkAcl资源详情
    ///
    /// `GET /v1/regions/{regionId}/networkAcls/{networkAclId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeNetworkAcl.md` *line 1.*
    pub fn describe_network_acl(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_acl_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeNetworkAcl {
        DescribeNetworkAcl {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_acl_id: network_acl_id.into(),
        }
    }
    /// 查询Acl列表
    ///
    /// `GET /v1/regions/{regionId}/networkAcls/`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeNetworkAcls.md` *line 1.*
    pub fn describe_network_acls(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeNetworkAcls {
        DescribeNetworkAcls {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// 查询弹性网卡信息详情
    ///
    /// `GET /v1/regions/{regionId}/networkInterfaces/{networkInterfaceId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeNetworkInterface.md` *line 1.*
    pub fn describe_network_interface(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_interface_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeNetworkInterface {
        DescribeNetworkInterface {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_interface_id: network_interface_id.into(),
        }
    }
    /// 查询弹性网卡列表
    ///
    /// `GET /v1/regions/{regionId}/networkInterfaces/`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeNetworkInterfaces.md` *line 1.*
    pub fn describe_network_interfaces(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeNetworkInterfaces {
        DescribeNetworkInterfaces {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// 查询安全组信息详情
    ///
    /// `GET /v1/regions/{regionId}/networkSecurityGroups/{networkSecurityGroupId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeNetworkSecurityGroup.md` *line 1.*
    pub fn describe_network_security_group(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_security_group_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeNetworkSecurityGroup {
        DescribeNetworkSecurityGroup {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_security_group_id: network_security_group_id.into(),
        }
    }
    /// 查询安全组列表
    ///
    /// `GET /v1/regions/{regionId}/networkSecurityGroups/`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeNetworkSecurityGroups.md` *line 1.*
    pub fn describe_network_security_groups(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeNetworkSecurityGroups {
        DescribeNetworkSecurityGroups {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// Query quota information
    ///
    /// `GET /v1/regions/{regionId}/quotas/`
    ///
    /// **中文**
    ///
    /// 查询配额信息
    ///
    /// *Documented in* `specs/vpc/en/jdcloudcom-en/describeQuota.md` *line 1.*
    pub fn describe_quota(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        r#type: impl ::std::convert::Into<DescribeQuotaType>,
    ) -> DescribeQuota {
        DescribeQuota {
            config: self.config.clone(),
            region_id: region_id.into(),
            parent_resource_id: ::std::option::Option::None,
            r#type: r#type.into(),
        }
    }
    /// 查询路由表信息详情
    ///
    /// `GET /v1/regions/{regionId}/routeTables/{routeTableId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeRouteTable.md` *line 1.*
    pub fn describe_route_table(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        route_table_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeRouteTable {
        DescribeRouteTable {
            config: self.config.clone(),
            region_id: region_id.into(),
            route_table_id: route_table_id.into(),
        }
    }
    /// 查询路由表列表
    ///
    /// `GET /v1/regions/{regionId}/routeTables/`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeRouteTables.md` *line 1.*
    pub fn describe_route_tables(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeRouteTables {
        DescribeRouteTables {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// 查询子网信息详情
    ///
    /// `GET /v1/regions/{regionId}/subnets/{subnetId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeSubnet.md` *line 1.*
    pub fn describe_subnet(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeSubnet {
        DescribeSubnet {
            config: self.config.clone(),
            region_id: region_id.into(),
            subnet_id: subnet_id.into(),
        }
    }
    /// 查询子网列表
    ///
    /// `GET /v1/regions/{regionId}/subnets/`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeSubnets.md` *line 1.*
    pub fn describe_subnets(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeSubnets {
        DescribeSubnets {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// 查询Vpc信息详情
    ///
    /// `GET /v1/regions/{regionId}/vpcs/{vpcId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeVpc.md` *line 1.*
    pub fn describe_vpc(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        vpc_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeVpc {
        DescribeVpc {
            config: self.config.clone(),
            region_id: region_id.into(),
            vpc_id: vpc_id.into(),
        }
    }
    /// 查询VpcPeering资源详情
    ///
    /// `GET /v1/regions/{regionId}/vpcPeerings/{vpcPeeringId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeVpcPeering.md` *line 1.*
    pub fn describe_vpc_peering(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        vpc_peering_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeVpcPeering {
        DescribeVpcPeering {
            config: self.config.clone(),
            region_id: region_id.into(),
            vpc_peering_id: vpc_peering_id.into(),
        }
    }
    /// 查询VpcPeering资源列表
    ///
    /// `GET /v1/regions/{regionId}/vpcPeerings/`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/describeVpcPeerings.md` *line 1.*
    pub fn describe_vpc_peerings(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeVpcPeerings {
        DescribeVpcPeerings {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// Query VPC list
    ///
    /// `GET /v1/regions/{regionId}/vpcs/`
    ///
    /// **中文**
    ///
    /// 查询私有网络列表
    ///
    /// *Documented in* `specs/vpc/en/jdcloudcom-en/describeVpcs.md` *line 1.*
    pub fn describe_vpcs(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeVpcs {
        DescribeVpcs {
            config: self.config.clone(),
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            filters: ::std::option::Option::None,
        }
    }
    /// 给网卡解绑弹性Ip接口
    ///
    /// `POST /v1/regions/{regionId}/networkInterfaces/{networkInterfaceId}:disassociateElasticIp`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/disassociateElasticIp.md` *line 1.*
    pub fn disassociate_elastic_ip(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_interface_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DisassociateElasticIp {
        DisassociateElasticIp {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_interface_id: network_interface_id.into(),
            elastic_ip_address: ::std::option::Option::None,
            elastic_ip_id: ::std::option::Option::None,
        }
    }
    /// 给子网解绑NetworkAcl接口
    ///
    /// `POST /v1/regions/{regionId}/networkAcls/{networkAclId}:disassociateNetworkAcl`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/disassociateNetworkAcl.md` *line 1.*
    pub fn disassociate_network_acl(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_acl_id: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DisassociateNetworkAcl {
        DisassociateNetworkAcl {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_acl_id: network_acl_id.into(),
            subnet_id: subnet_id.into(),
        }
    }
    /// 给路由表解绑子网接口
    ///
    /// `POST /v1/regions/{regionId}/routeTables/{routeTableId}:disassociateRouteTable`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/disassociateRouteTable.md` *line 1.*
    pub fn disassociate_route_table(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        route_table_id: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DisassociateRouteTable {
        DisassociateRouteTable {
            config: self.config.clone(),
            region_id: region_id.into(),
            route_table_id: route_table_id.into(),
            subnet_id: subnet_id.into(),
        }
    }
    /// Modify elastic IP
    ///
    /// `PATCH /v1/regions/{regionId}/elasticIps/{elasticIpId}`
    ///
    /// *Documented in* `specs/vpc/en/jdcloudcom-en/modifyElasticIp.md` *line 1.*
    pub fn modify_elastic_ip(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        elastic_ip_id: impl ::std::convert::Into<::std::string::String>,
        bandwidth_mbps: impl ::std::convert::Into<i32>,
    ) -> ModifyElasticIp {
        ModifyElasticIp {
            config: self.config.clone(),
            region_id: region_id.into(),
            elastic_ip_id: elastic_ip_id.into(),
            bandwidth_mbps: bandwidth_mbps.into(),
        }
    }
    /// 修改networkAcl接口
    ///
    /// `PATCH /v1/regions/{regionId}/networkAcls/{networkAclId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/modifyNetworkAcl.md` *line 1.*
    pub fn modify_network_acl(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_acl_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyNetworkAcl {
        ModifyNetworkAcl {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_acl_id: network_acl_id.into(),
            description: ::std::option::Option::None,
            network_acl_name: ::std::option::Option::None,
        }
    }
    /// 修改networkAcl接口
    ///
    /// `POST /v1/regions/{regionId}/networkAcls/{networkAclId}:modifyNetworkAclRules`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/modifyNetworkAclRules.md` *line 1.*
    pub fn modify_network_acl_rules(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_acl_id: impl ::std::convert::Into<::std::string::String>,
        modify_network_acl_rule_specs: impl ::std::convert::Into<
            ::std::vec::Vec<ModifyNetworkAclRuleSpec>,
        >,
    ) -> ModifyNetworkAclRules {
        ModifyNetworkAclRules {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_acl_id: network_acl_id.into(),
            modify_network_acl_rule_specs: modify_network_acl_rule_specs.into(),
        }
    }
    /// 修改弹性网卡接口
    ///
    /// `PATCH /v1/regions/{regionId}/networkInterfaces/{networkInterfaceId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/modifyNetworkInterface.md` *line 1.*
    pub fn modify_network_interface(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_interface_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyNetworkInterface {
        ModifyNetworkInterface {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_interface_id: network_interface_id.into(),
            description: ::std::option::Option::None,
            network_interface_name: ::std::option::Option::None,
            security_groups: ::std::option::Option::None,
        }
    }
    /// 修改安全组属性
    ///
    /// `PATCH /v1/regions/{regionId}/networkSecurityGroups/{networkSecurityGroupId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/modifyNetworkSecurityGroup.md` *line 1.*
    pub fn modify_network_security_group(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_security_group_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyNetworkSecurityGroup {
        ModifyNetworkSecurityGroup {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_security_group_id: network_security_group_id.into(),
            description: ::std::option::Option::None,
            network_security_group_name: ::std::option::Option::None,
        }
    }
    /// Modify security group rule
    ///
    /// `POST /v1/regions/{regionId}/networkSecurityGroups/{networkSecurityGroupId}:modifyNetworkSecurityGroupRules`
    ///
    /// **中文**
    ///
    /// 修改安全组规则
    ///
    /// *Documented in* `specs/vpc/en/jdcloudcom-en/modifyNetworkSecurityGroupRules.md` *line 1.*
    pub fn modify_network_security_group_rules(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_security_group_id: impl ::std::convert::Into<::std::string::String>,
        modify_security_group_rule_specs: impl ::std::convert::Into<
            ::std::vec::Vec<ModifySecurityGroupRules>,
        >,
    ) -> ModifyNetworkSecurityGroupRules {
        ModifyNetworkSecurityGroupRules {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_security_group_id: network_security_group_id.into(),
            modify_security_group_rule_specs: modify_security_group_rule_specs.into(),
        }
    }
    /// 修改路由表属性
    ///
    /// `PATCH /v1/regions/{regionId}/routeTables/{routeTableId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/modifyRouteTable.md` *line 1.*
    pub fn modify_route_table(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        route_table_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyRouteTable {
        ModifyRouteTable {
            config: self.config.clone(),
            region_id: region_id.into(),
            route_table_id: route_table_id.into(),
            description: ::std::option::Option::None,
            route_table_name: ::std::option::Option::None,
        }
    }
    /// 修改路由表规则
    ///
    /// `POST /v1/regions/{regionId}/routeTables/{routeTableId}:modifyRouteTableRules`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/modifyRouteTableRules.md` *line 1.*
    pub fn modify_route_table_rules(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        route_table_id: impl ::std::convert::Into<::std::string::String>,
        modify_route_table_rule_specs: impl ::std::convert::Into<::std::vec::Vec<ModifyRouteTableRules>>,
    ) -> ModifyRouteTableRules2 {
        ModifyRouteTableRules2 {
            config: self.config.clone(),
            region_id: region_id.into(),
            route_table_id: route_table_id.into(),
            modify_route_table_rule_specs: modify_route_table_rule_specs.into(),
        }
    }
    /// 修改子网接口
    ///
    /// `PATCH /v1/regions/{regionId}/subnets/{subnetId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/modifySubnet.md` *line 1.*
    pub fn modify_subnet(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifySubnet {
        ModifySubnet {
            config: self.config.clone(),
            region_id: region_id.into(),
            subnet_id: subnet_id.into(),
            description: ::std::option::Option::None,
            subnet_name: ::std::option::Option::None,
        }
    }
    /// 修改私有网络接口
    ///
    /// `PATCH /v1/regions/{regionId}/vpcs/{vpcId}`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/modifyVpc.md` *line 1.*
    pub fn modify_vpc(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        vpc_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyVpc {
        ModifyVpc {
            config: self.config.clone(),
            region_id: region_id.into(),
            vpc_id: vpc_id.into(),
            description: ::std::option::Option::None,
            vpc_name: ::std::option::Option::None,
        }
    }
    /// Modify VPCPeering API
    ///
    /// `PUT /v1/regions/{regionId}/vpcPeerings/{vpcPeeringId}`
    ///
    /// **中文**
    ///
    /// 修改VpcPeering接口
    ///
    /// *Documented in* `specs/vpc/en/jdcloudcom-en/modifyVpcPeering.md` *line 1.*
    pub fn modify_vpc_peering(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        vpc_peering_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyVpcPeering {
        ModifyVpcPeering {
            config: self.config.clone(),
            region_id: region_id.into(),
            vpc_peering_id: vpc_peering_id.into(),
            vpc_peering_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
        }
    }
    /// 移除networkAcl规则
    ///
    /// `POST /v1/regions/{regionId}/networkAcls/{networkAclId}:removeNetworkAclRules`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/removeNetworkAclRules.md` *line 1.*
    pub fn remove_network_acl_rules(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_acl_id: impl ::std::convert::Into<::std::string::String>,
        rule_ids: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> RemoveNetworkAclRules {
        RemoveNetworkAclRules {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_acl_id: network_acl_id.into(),
            rule_ids: rule_ids.into(),
        }
    }
    /// 移除安全组规则
    ///
    /// `POST /v1/regions/{regionId}/networkSecurityGroups/{networkSecurityGroupId}:removeNetworkSecurityGroupRules`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/removeNetworkSecurityGroupRules.md` *line 1.*
    pub fn remove_network_security_group_rules(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_security_group_id: impl ::std::convert::Into<::std::string::String>,
        rule_ids: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> RemoveNetworkSecurityGroupRules {
        RemoveNetworkSecurityGroupRules {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_security_group_id: network_security_group_id.into(),
            rule_ids: rule_ids.into(),
        }
    }
    /// 移除路由表规则
    ///
    /// `POST /v1/regions/{regionId}/routeTables/{routeTableId}:removeRouteTableRules`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/removeRouteTableRules.md` *line 1.*
    pub fn remove_route_table_rules(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        route_table_id: impl ::std::convert::Into<::std::string::String>,
        rule_ids: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> RemoveRouteTableRules {
        RemoveRouteTableRules {
            config: self.config.clone(),
            region_id: region_id.into(),
            route_table_id: route_table_id.into(),
            rule_ids: rule_ids.into(),
        }
    }
    /// 给网卡删除secondaryIp接口
    ///
    /// `POST /v1/regions/{regionId}/networkInterfaces/{networkInterfaceId}:unassignSecondaryIps`
    ///
    /// *Documented in* `specs/vpc/zh/jdclouddocs-cn/unassignSecondaryIps.md` *line 1.*
    pub fn unassign_secondary_ips(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_interface_id: impl ::std::convert::Into<::std::string::String>,
    ) -> UnassignSecondaryIps {
        UnassignSecondaryIps {
            config: self.config.clone(),
            region_id: region_id.into(),
            network_interface_id: network_interface_id.into(),
            secondary_ips: ::std::option::Option::None,
        }
    }
}
/// Request builder of `addNetworkAclRules`, made by [`Client::add_network_acl_rules`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddNetworkAclRules {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_acl_id: ::std::string::String,
    network_acl_rule_specs: ::std::vec::Vec<AddNetworkAclRuleSpec>,
}
impl AddNetworkAclRules {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_acl_id.to_string();
        body.member("networkAclRuleSpecs", &self.network_acl_rule_specs)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkAcls/{networkAclId}:addNetworkAclRules",
            &[
                ("regionId", path_0.as_str()),
                ("networkAclId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("addNetworkAclRules");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `addNetworkAclRules` lists. Read one from a service error with [`AddNetworkAclRulesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AddNetworkAclRulesErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal error
    InternalServerError = 500,
    /// HTTP 429.
    ///
    /// - Quota exceeded
    TooManyRequests = 429,
    /// Any other error.
    Other = 0,
}
impl AddNetworkAclRulesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            429u16 => Self::TooManyRequests,
            _ => Self::Other,
        }
    }
}
/// Request builder of `addNetworkSecurityGroupRules`, made by [`Client::add_network_security_group_rules`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddNetworkSecurityGroupRules {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_security_group_id: ::std::string::String,
    network_security_group_rule_specs: ::std::vec::Vec<AddSecurityGroupRules>,
}
impl AddNetworkSecurityGroupRules {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_security_group_id.to_string();
        body.member(
            "networkSecurityGroupRuleSpecs",
            &self.network_security_group_rule_specs,
        )?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkSecurityGroups/{networkSecurityGroupId}:addNetworkSecurityGroupRules",
            &[("regionId", path_0.as_str()), ("networkSecurityGroupId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("addNetworkSecurityGroupRules");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `addNetworkSecurityGroupRules` lists. Read one from a service error with [`AddNetworkSecurityGroupRulesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AddNetworkSecurityGroupRulesErrorKind {
    /// HTTP 400.
    ///
    /// - Request parameter x.y.z is 'xxx', expected one of \[yyy,zzz\]
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Resource not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// HTTP 409.
    ///
    /// - SecurityGroup rules not in the same vpc
    Conflict = 409,
    /// Any other error.
    Other = 0,
}
impl AddNetworkSecurityGroupRulesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            409u16 => Self::Conflict,
            _ => Self::Other,
        }
    }
}
/// Request builder of `addRouteTableRules`, made by [`Client::add_route_table_rules`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddRouteTableRules2 {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    route_table_id: ::std::string::String,
    route_table_rule_specs: ::std::vec::Vec<AddRouteTableRules>,
}
impl AddRouteTableRules2 {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.route_table_id.to_string();
        body.member("routeTableRuleSpecs", &self.route_table_rule_specs)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/routeTables/{routeTableId}:addRouteTableRules",
            &[
                ("regionId", path_0.as_str()),
                ("routeTableId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("addRouteTableRules");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `addRouteTableRules` lists. Read one from a service error with [`AddRouteTableRules2ErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AddRouteTableRules2ErrorKind {
    /// HTTP 400.
    ///
    /// - Request parameter x.y.z is 'xxx', expected one of \[yyy,zzz\]
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Resource not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// HTTP 409.
    ///
    /// - RouteTable rules not in the same vpc
    Conflict = 409,
    /// Any other error.
    Other = 0,
}
impl AddRouteTableRules2ErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            409u16 => Self::Conflict,
            _ => Self::Other,
        }
    }
}
/// Request builder of `assignSecondaryIps`, made by [`Client::assign_secondary_ips`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AssignSecondaryIps {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_interface_id: ::std::string::String,
    force: ::std::option::Option<bool>,
    secondary_ips: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    secondary_ip_count: ::std::option::Option<f64>,
}
impl AssignSecondaryIps {
    /// `force`: When secondary ip is occupied by other interfaces, whether to preempt it or not. false: non-preemption for reallocation, true: preemption for reallocation, default preemption for reallocation. Default value: true
    ///
    /// **中文**
    ///
    /// secondary ip被其他接口占用时，是否抢占。false：非抢占重分配，true：抢占重分配，默认抢占重分配。默认值：true
    pub fn force(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.force = ::std::option::Option::Some(value.into());
        self
    }
    /// `secondaryIps`: Assign Allocated Secondary IP Address
    ///
    /// **中文**
    ///
    /// 指定分配的secondaryIp地址
    pub fn secondary_ips(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.secondary_ips = ::std::option::Option::Some(value.into());
        self
    }
    /// `secondaryIpCount`: Assign Automatically Allocated Number of Secondary IP
    ///
    /// **中文**
    ///
    /// 指定自动分配的secondaryIp个数
    pub fn secondary_ip_count(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.secondary_ip_count = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_interface_id.to_string();
        if let ::std::option::Option::Some(value) = &self.force {
            body.member("force", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.secondary_ips {
            body.member("secondaryIps", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.secondary_ip_count {
            body.member("secondaryIpCount", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkInterfaces/{networkInterfaceId}:assignSecondaryIps",
            &[
                ("regionId", path_0.as_str()),
                ("networkInterfaceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("assignSecondaryIps");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `assignSecondaryIps` lists. Read one from a service error with [`AssignSecondaryIpsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssignSecondaryIpsErrorKind {
    /// HTTP 400.
    ///
    /// - Request parameter x.y.z is 'xxx', expected one of \[yyy,zzz\]
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Resource not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl AssignSecondaryIpsErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `associateElasticIp`, made by [`Client::associate_elastic_ip`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AssociateElasticIp {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_interface_id: ::std::string::String,
    elastic_ip_address: ::std::option::Option<::std::string::String>,
    elastic_ip_id: ::std::option::Option<::std::string::String>,
    private_ip_address: ::std::option::Option<::std::string::String>,
}
impl AssociateElasticIp {
    /// `elasticIpAddress`: 绑定的弹性Ip地址
    pub fn elastic_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.elastic_ip_address = ::std::option::Option::Some(value.into());
        self
    }
    /// `elasticIpId`: 绑定的弹性Ip Id
    pub fn elastic_ip_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.elastic_ip_id = ::std::option::Option::Some(value.into());
        self
    }
    /// `privateIpAddress`: 绑定弹性Ip到指定的privateIp
    pub fn private_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_ip_address = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_interface_id.to_string();
        if let ::std::option::Option::Some(value) = &self.elastic_ip_address {
            body.member("elasticIpAddress", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.elastic_ip_id {
            body.member("elasticIpId", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.private_ip_address {
            body.member("privateIpAddress", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkInterfaces/{networkInterfaceId}:associateElasticIp",
            &[
                ("regionId", path_0.as_str()),
                ("networkInterfaceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("associateElasticIp");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `associateElasticIp` lists. Read one from a service error with [`AssociateElasticIpErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssociateElasticIpErrorKind {
    /// HTTP 400.
    ///
    /// - Request parameter x.y.z is 'xxx', expected one of \[yyy,zzz\]
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Resource not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl AssociateElasticIpErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `associateNetworkAcl`, made by [`Client::associate_network_acl`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AssociateNetworkAcl {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_acl_id: ::std::string::String,
    subnet_ids: ::std::vec::Vec<::std::string::String>,
}
impl AssociateNetworkAcl {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_acl_id.to_string();
        body.member("subnetIds", &self.subnet_ids)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkAcls/{networkAclId}:associateNetworkAcl",
            &[
                ("regionId", path_0.as_str()),
                ("networkAclId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("associateNetworkAcl");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `associateNetworkAcl` lists. Read one from a service error with [`AssociateNetworkAclErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssociateNetworkAclErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl AssociateNetworkAclErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `associateRouteTable`, made by [`Client::associate_route_table`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AssociateRouteTable {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    route_table_id: ::std::string::String,
    subnet_ids: ::std::vec::Vec<::std::string::String>,
}
impl AssociateRouteTable {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.route_table_id.to_string();
        body.member("subnetIds", &self.subnet_ids)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/routeTables/{routeTableId}:associateRouteTable",
            &[
                ("regionId", path_0.as_str()),
                ("routeTableId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("associateRouteTable");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `associateRouteTable` lists. Read one from a service error with [`AssociateRouteTableErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AssociateRouteTableErrorKind {
    /// HTTP 400.
    ///
    /// - Request parameter x.y.z is 'xxx', expected one of \[yyy,zzz\]
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Resource not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl AssociateRouteTableErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `createElasticIps`, made by [`Client::create_elastic_ips`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateElasticIps {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    elastic_ip_spec: ElasticIpSpec,
    elastic_ip_address: ::std::option::Option<::std::string::String>,
    max_count: i32,
}
impl CreateElasticIps {
    /// `elasticIpAddress`: Create by assigning Elastic IP address, when multiple Elastic IPs are applied for creation, it must be blank
    ///
    /// **中文**
    ///
    /// 指定弹性ip地址进行创建，当申请创建多个弹性ip时，必须为空
    pub fn elastic_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.elastic_ip_address = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("elasticIpSpec", &self.elastic_ip_spec)?;
        if let ::std::option::Option::Some(value) = &self.elastic_ip_address {
            body.member("elasticIpAddress", value)?;
        }
        body.member("maxCount", &self.max_count)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/elasticIps/",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("createElasticIps");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateElasticIpsResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateElasticIpsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createElasticIps` lists. Read one from a service error with [`CreateElasticIpsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateElasticIpsErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid param 'xxx'
    BadRequest = 400,
    /// HTTP 500.
    ///
    /// - Unknown server error
    InternalServerError = 500,
    /// HTTP 401.
    ///
    /// - Unauthenticated user pin 'xxx'
    Unauthorized = 401,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// Any other error.
    Other = 0,
}
impl CreateElasticIpsErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            500u16 => Self::InternalServerError,
            401u16 => Self::Unauthorized,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `createNetworkAcl`, made by [`Client::create_network_acl`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateNetworkAcl {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    network_acl_name: ::std::string::String,
    vpc_id: ::std::string::String,
}
impl CreateNetworkAcl {
    /// `description`: 描述,允许输入UTF-8编码下的全部字符，不超过256字符
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        body.member("networkAclName", &self.network_acl_name)?;
        body.member("vpcId", &self.vpc_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkAcls/",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("createNetworkAcl");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateNetworkAclResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateNetworkAclResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createNetworkAcl` lists. Read one from a service error with [`CreateNetworkAclErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateNetworkAclErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal error
    InternalServerError = 500,
    /// HTTP 429.
    ///
    /// - Quota exceeded
    TooManyRequests = 429,
    /// Any other error.
    Other = 0,
}
impl CreateNetworkAclErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            429u16 => Self::TooManyRequests,
            _ => Self::Other,
        }
    }
}
/// Request builder of `createNetworkInterface`, made by [`Client::create_network_interface`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateNetworkInterface {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    az: ::std::option::Option<::std::string::String>,
    description: ::std::option::Option<::std::string::String>,
    network_interface_name: ::std::option::Option<::std::string::String>,
    primary_ip_address: ::std::option::Option<::std::string::String>,
    sanity_check: ::std::option::Option<i32>,
    secondary_ip_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    secondary_ip_count: ::std::option::Option<i32>,
    security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    subnet_id: ::std::string::String,
}
impl CreateNetworkInterface {
    /// `az`: 可用区，用户的默认可用区
    pub fn az(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.az = ::std::option::Option::Some(value.into());
        self
    }
    /// `description`: 描述, 允许输入UTF-8编码下的全部字符，不超过256字符
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// `networkInterfaceName`: 网卡名称，只允许输入中文、数字、大小写字母、英文下划线“_”及中划线“-”，不允许为空且不超过32字符。
    pub fn network_interface_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_name = ::std::option::Option::Some(value.into());
        self
    }
    /// `primaryIpAddress`: 网卡主IP，如果不指定，会自动从子网中分配
    pub fn primary_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.primary_ip_address = ::std::option::Option::Some(value.into());
        self
    }
    /// `sanityCheck`: 源和目标IP地址校验，取值为0或者1,默认为1
    pub fn sanity_check(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.sanity_check = ::std::option::Option::Some(value.into());
        self
    }
    /// `secondaryIpAddresses`: SecondaryIp列表
    pub fn secondary_ip_addresses(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.secondary_ip_addresses = ::std::option::Option::Some(value.into());
        self
    }
    /// `secondaryIpCount`: 自动分配的SecondaryIp数量
    pub fn secondary_ip_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.secondary_ip_count = ::std::option::Option::Some(value.into());
        self
    }
    /// `securityGroups`: 要绑定的安全组ID列表，最多指定5个安全组
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.security_groups = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.az {
            body.member("az", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.network_interface_name {
            body.member("networkInterfaceName", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.primary_ip_address {
            body.member("primaryIpAddress", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.sanity_check {
            body.member("sanityCheck", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.secondary_ip_addresses {
            body.member("secondaryIpAddresses", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.secondary_ip_count {
            body.member("secondaryIpCount", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.security_groups {
            body.member("securityGroups", value)?;
        }
        body.member("subnetId", &self.subnet_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkInterfaces/",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("createNetworkInterface");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateNetworkInterfaceResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateNetworkInterfaceResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createNetworkInterface` lists. Read one from a service error with [`CreateNetworkInterfaceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateNetworkInterfaceErrorKind {
    /// HTTP 409.
    ///
    /// - Resource 'primaryIp' already be used
    Conflict = 409,
    /// HTTP 404.
    ///
    /// - Resource 'subnetId' not found
    NotFound = 404,
    /// HTTP 429.
    ///
    /// - NetworkInterface quota limit exceeded
    TooManyRequests = 429,
    /// Any other error.
    Other = 0,
}
impl CreateNetworkInterfaceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            409u16 => Self::Conflict,
            404u16 => Self::NotFound,
            429u16 => Self::TooManyRequests,
            _ => Self::Other,
        }
    }
}
/// Request builder of `createNetworkSecurityGroup`, made by [`Client::create_network_security_group`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateNetworkSecurityGroup {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    network_security_group_name: ::std::string::String,
    vpc_id: ::std::string::String,
}
impl CreateNetworkSecurityGroup {
    /// `description`: 描述, 允许输入UTF-8编码下的全部字符，不超过256字符
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        body.member(
            "networkSecurityGroupName",
            &self.network_security_group_name,
        )?;
        body.member("vpcId", &self.vpc_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkSecurityGroups/",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("createNetworkSecurityGroup");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateNetworkSecurityGroupResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateNetworkSecurityGroupResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createNetworkSecurityGroup` lists. Read one from a service error with [`CreateNetworkSecurityGroupErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateNetworkSecurityGroupErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Resource not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl CreateNetworkSecurityGroupErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `createRouteTable`, made by [`Client::create_route_table`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateRouteTable {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    route_table_name: ::std::string::String,
    vpc_id: ::std::string::String,
}
impl CreateRouteTable {
    /// `description`: 描述, 允许输入UTF-8编码下的全部字符，不超过256字符
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        body.member("routeTableName", &self.route_table_name)?;
        body.member("vpcId", &self.vpc_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/routeTables/",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("createRouteTable");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateRouteTableResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateRouteTableResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createRouteTable` lists. Read one from a service error with [`CreateRouteTableErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateRouteTableErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Resource not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl CreateRouteTableErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `createSubnet`, made by [`Client::create_subnet`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSubnet {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    subnet_name: ::std::string::String,
    address_prefix: ::std::string::String,
    route_table_id: ::std::option::Option<::std::string::String>,
    vpc_id: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
}
impl CreateSubnet {
    /// `routeTableId`: Subnet associated route table Id, it is default route table of VPC by default
    ///
    /// **中文**
    ///
    /// 子网关联的路由表Id, 默认为vpc的默认路由表
    pub fn route_table_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.route_table_id = ::std::option::Option::Some(value.into());
        self
    }
    /// `description`: Subnet description information, allow all characters under UTF-8 coding, which cannot exceed 256 characters.
    ///
    /// **中文**
    ///
    /// 子网描述信息,允许输入UTF-8编码下的全部字符，不超过256字符。
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("subnetName", &self.subnet_name)?;
        body.member("addressPrefix", &self.address_prefix)?;
        if let ::std::option::Option::Some(value) = &self.route_table_id {
            body.member("routeTableId", value)?;
        }
        body.member("vpcId", &self.vpc_id)?;
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/subnets/",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("createSubnet");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateSubnetResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateSubnetResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createSubnet` lists. Read one from a service error with [`CreateSubnetErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateSubnetErrorKind {
    /// HTTP 409.
    ///
    /// - Parameter conflict
    Conflict = 409,
    /// HTTP 429.
    ///
    /// - Quota exceeded
    TooManyRequests = 429,
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl CreateSubnetErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            409u16 => Self::Conflict,
            429u16 => Self::TooManyRequests,
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `createVpc`, made by [`Client::create_vpc`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateVpc {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    address_prefix: ::std::option::Option<::std::string::String>,
    description: ::std::option::Option<::std::string::String>,
    vpc_name: ::std::string::String,
}
impl CreateVpc {
    /// `addressPrefix`: If it is blank, segment is not limited; if it is not blank, it is 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 and their subnets included and the length of subnet mask is between 16 and 28
    ///
    /// **中文**
    ///
    /// 如果为空，则不限制网段，如果不为空，10.0.0.0/8、172.16.0.0/12和192.168.0.0/16及它们包含的子网，且子网掩码长度为16-28之间
    pub fn address_prefix(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_prefix = ::std::option::Option::Some(value.into());
        self
    }
    /// `description`: VPC description, all characters allowed to enter under UTF-8 coding, which is not exceed 256 characters.
    ///
    /// **中文**
    ///
    /// vpc描述，允许输入UTF-8编码下的全部字符，不超过256字符。
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.address_prefix {
            body.member("addressPrefix", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        body.member("vpcName", &self.vpc_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/vpcs/",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("createVpc");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateVpcResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateVpcResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createVpc` lists. Read one from a service error with [`CreateVpcErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateVpcErrorKind {
    /// HTTP 409.
    ///
    /// - Parameter conflict
    Conflict = 409,
    /// HTTP 429.
    ///
    /// - Quota exceeded
    TooManyRequests = 429,
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl CreateVpcErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            409u16 => Self::Conflict,
            429u16 => Self::TooManyRequests,
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `createVpcPeering`, made by [`Client::create_vpc_peering`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateVpcPeering {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    remote_vpc_id: ::std::string::String,
    vpc_id: ::std::string::String,
    vpc_peering_name: ::std::string::String,
}
impl CreateVpcPeering {
    /// `description`: VpcPeering 描述，取值范围：0-256个中文、英文大小写的字母、数字和下划线分隔符
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        body.member("remoteVpcId", &self.remote_vpc_id)?;
        body.member("vpcId", &self.vpc_id)?;
        body.member("vpcPeeringName", &self.vpc_peering_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/vpcPeerings/",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("createVpcPeering");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateVpcPeeringResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateVpcPeeringResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createVpcPeering` lists. Read one from a service error with [`CreateVpcPeeringErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateVpcPeeringErrorKind {
    /// HTTP 409.
    ///
    /// - Already has VpcPeering with param
    Conflict = 409,
    /// HTTP 400.
    ///
    /// - Request parameter x.y.z is 'xxx', expected one of \[yyy,zzz\]
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Resource not found
    NotFound = 404,
    /// HTTP 429.
    ///
    /// - VpcPeering quota limit exceeded.
    TooManyRequests = 429,
    /// Any other error.
    Other = 0,
}
impl CreateVpcPeeringErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            409u16 => Self::Conflict,
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            429u16 => Self::TooManyRequests,
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteElasticIp`, made by [`Client::delete_elastic_ip`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteElasticIp {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    elastic_ip_id: ::std::string::String,
}
impl DeleteElasticIp {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.elastic_ip_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/elasticIps/{elasticIpId}",
            &[
                ("regionId", path_0.as_str()),
                ("elasticIpId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "vpc", "v1", path)
                .with_operation("deleteElasticIp");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `deleteElasticIp` lists. Read one from a service error with [`DeleteElasticIpErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteElasticIpErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid param 'xxx'
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - elasticIp 'xxx' not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Unknown server error
    InternalServerError = 500,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// Any other error.
    Other = 0,
}
impl DeleteElasticIpErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteNetworkAcl`, made by [`Client::delete_network_acl`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNetworkAcl {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_acl_id: ::std::string::String,
}
impl DeleteNetworkAcl {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_acl_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkAcls/{networkAclId}",
            &[
                ("regionId", path_0.as_str()),
                ("networkAclId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "vpc", "v1", path)
                .with_operation("deleteNetworkAcl");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `deleteNetworkAcl` lists. Read one from a service error with [`DeleteNetworkAclErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteNetworkAclErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DeleteNetworkAclErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteNetworkInterface`, made by [`Client::delete_network_interface`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNetworkInterface {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_interface_id: ::std::string::String,
}
impl DeleteNetworkInterface {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_interface_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkInterfaces/{networkInterfaceId}",
            &[
                ("regionId", path_0.as_str()),
                ("networkInterfaceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "vpc", "v1", path)
                .with_operation("deleteNetworkInterface");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `deleteNetworkInterface` lists. Read one from a service error with [`DeleteNetworkInterfaceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteNetworkInterfaceErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DeleteNetworkInterfaceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteNetworkSecurityGroup`, made by [`Client::delete_network_security_group`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteNetworkSecurityGroup {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_security_group_id: ::std::string::String,
}
impl DeleteNetworkSecurityGroup {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_security_group_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkSecurityGroups/{networkSecurityGroupId}",
            &[
                ("regionId", path_0.as_str()),
                ("networkSecurityGroupId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "vpc", "v1", path)
                .with_operation("deleteNetworkSecurityGroup");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `deleteNetworkSecurityGroup` lists. Read one from a service error with [`DeleteNetworkSecurityGroupErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteNetworkSecurityGroupErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Resource not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DeleteNetworkSecurityGroupErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteRouteTable`, made by [`Client::delete_route_table`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteRouteTable {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    route_table_id: ::std::string::String,
}
impl DeleteRouteTable {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.route_table_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/routeTables/{routeTableId}",
            &[
                ("regionId", path_0.as_str()),
                ("routeTableId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "vpc", "v1", path)
                .with_operation("deleteRouteTable");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `deleteRouteTable` lists. Read one from a service error with [`DeleteRouteTableErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteRouteTableErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Resource not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DeleteRouteTableErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteSubnet`, made by [`Client::delete_subnet`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSubnet {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    subnet_id: ::std::string::String,
}
impl DeleteSubnet {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.subnet_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/subnets/{subnetId}",
            &[("regionId", path_0.as_str()), ("subnetId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "vpc", "v1", path)
                .with_operation("deleteSubnet");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `deleteSubnet` lists. Read one from a service error with [`DeleteSubnetErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteSubnetErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 409.
    ///
    /// - Parameter conflict
    Conflict = 409,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DeleteSubnetErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            409u16 => Self::Conflict,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteVpc`, made by [`Client::delete_vpc`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteVpc {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    vpc_id: ::std::string::String,
}
impl DeleteVpc {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.vpc_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/vpcs/{vpcId}",
            &[("regionId", path_0.as_str()), ("vpcId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "vpc", "v1", path)
                .with_operation("deleteVpc");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `deleteVpc` lists. Read one from a service error with [`DeleteVpcErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteVpcErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 409.
    ///
    /// - Parameter conflict
    Conflict = 409,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DeleteVpcErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            409u16 => Self::Conflict,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteVpcPeering`, made by [`Client::delete_vpc_peering`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteVpcPeering {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    vpc_peering_id: ::std::string::String,
}
impl DeleteVpcPeering {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.vpc_peering_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/vpcPeerings/{vpcPeeringId}",
            &[
                ("regionId", path_0.as_str()),
                ("vpcPeeringId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "vpc", "v1", path)
                .with_operation("deleteVpcPeering");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `deleteVpcPeering` lists. Read one from a service error with [`DeleteVpcPeeringErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteVpcPeeringErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DeleteVpcPeeringErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeElasticIp`, made by [`Client::describe_elastic_ip`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeElasticIp {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    elastic_ip_id: ::std::string::String,
}
impl DescribeElasticIp {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.elastic_ip_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/elasticIps/{elasticIpId}",
            &[
                ("regionId", path_0.as_str()),
                ("elasticIpId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vpc", "v1", path)
                .with_operation("describeElasticIp");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeElasticIpResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeElasticIpResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeElasticIp` lists. Read one from a service error with [`DescribeElasticIpErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeElasticIpErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// Any other error.
    Other = 0,
}
impl DescribeElasticIpErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeElasticIps`, made by [`Client::describe_elastic_ips`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeElasticIps {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeElasticIps {
    /// `filters`: elasticIpIds - elasticip id数组条件，支持多个
    ///
    /// elasticIpAddress - eip的IP地址，支持单个
    ///
    /// chargeStatus - eip的费用支付状态,normal(正常状态) or overdue(预付费已到期) or arrear(欠费状态)，支持单个
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: 页码, 默认为1, 取值范围：\[1,∞), 页码超过总页数时, 显示最后一页
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小，默认为20，取值范围：\[10,100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/elasticIps/",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vpc", "v1", path)
                .with_operation("describeElasticIps");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeElasticIpsResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeElasticIpsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `elasticIps` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<ElasticIp, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.elastic_ips.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeElasticIps` lists. Read one from a service error with [`DescribeElasticIpsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeElasticIpsErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// Any other error.
    Other = 0,
}
impl DescribeElasticIpsErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeNetworkAcl`, made by [`Client::describe_network_acl`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeNetworkAcl {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_acl_id: ::std::string::String,
}
impl DescribeNetworkAcl {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_acl_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkAcls/{networkAclId}",
            &[
                ("regionId", path_0.as_str()),
                ("networkAclId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vpc", "v1", path)
                .with_operation("describeNetworkAcl");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeNetworkAclResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeNetworkAclResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeNetworkAcl` lists. Read one from a service error with [`DescribeNetworkAclErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeNetworkAclErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal error
    InternalServerError = 500,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// Any other error.
    Other = 0,
}
impl DescribeNetworkAclErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            401u16 => Self::Unauthorized,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeNetworkAcls`, made by [`Client::describe_network_acls`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeNetworkAcls {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeNetworkAcls {
    /// `filters`
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: 页码, 默认为1, 取值范围：\[1,∞), 页码超过总页数时, 显示最后一页
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小，默认为20，取值范围：\[10,100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkAcls/",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vpc", "v1", path)
                .with_operation("describeNetworkAcls");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeNetworkAclsResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeNetworkAclsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `networkAcls` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<NetworkAcl, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.network_acls.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeNetworkAcls` lists. Read one from a service error with [`DescribeNetworkAclsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeNetworkAclsErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 500.
    ///
    /// - Internal error
    InternalServerError = 500,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 429.
    ///
    /// - Quota exceeded
    TooManyRequests = 429,
    /// Any other error.
    Other = 0,
}
impl DescribeNetworkAclsErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            500u16 => Self::InternalServerError,
            404u16 => Self::NotFound,
            429u16 => Self::TooManyRequests,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeNetworkInterface`, made by [`Client::describe_network_interface`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeNetworkInterface {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_interface_id: ::std::string::String,
}
impl DescribeNetworkInterface {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_interface_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkInterfaces/{networkInterfaceId}",
            &[
                ("regionId", path_0.as_str()),
                ("networkInterfaceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vpc", "v1", path)
                .with_operation("describeNetworkInterface");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeNetworkInterfaceResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeNetworkInterfaceResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeNetworkInterface` lists. Read one from a service error with [`DescribeNetworkInterfaceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeNetworkInterfaceErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// Any other error.
    Other = 0,
}
impl DescribeNetworkInterfaceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeNetworkInterfaces`, made by [`Client::describe_network_interfaces`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeNetworkInterfaces {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeNetworkInterfaces {
    /// `filters`: networkInterfaceIds - 弹性网卡ID列表，支持多个
    ///
    /// networkInterfaceNames - 弹性网卡名称列表，支持多个
    ///
    /// vpcId - 弹性网卡所属vpc Id，支持单个
    ///
    /// subnetId - 弹性网卡所属子网Id，支持单个
    ///
    /// role - 网卡角色，取值范围：Primary（主网卡）、Secondary（辅助网卡），支持单个
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: 页码, 默认为1, 取值范围：\[1,∞), 页码超过总页数时, 显示最后一页
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小，默认为20，取值范围：\[10,100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkInterfaces/",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vpc", "v1", path)
                .with_operation("describeNetworkInterfaces");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeNetworkInterfacesResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeNetworkInterfacesResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `networkInterfaces` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<NetworkInterface, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.network_interfaces.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeNetworkInterfaces` lists. Read one from a service error with [`DescribeNetworkInterfacesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeNetworkInterfacesErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// Any other error.
    Other = 0,
}
impl DescribeNetworkInterfacesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeNetworkSecurityGroup`, made by [`Client::describe_network_security_group`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeNetworkSecurityGroup {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_security_group_id: ::std::string::String,
}
impl DescribeNetworkSecurityGroup {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_security_group_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkSecurityGroups/{networkSecurityGroupId}",
            &[
                ("regionId", path_0.as_str()),
                ("networkSecurityGroupId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vpc", "v1", path)
                .with_operation("describeNetworkSecurityGroup");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeNetworkSecurityGroupResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeNetworkSecurityGroupResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeNetworkSecurityGroup` lists. Read one from a service error with [`DescribeNetworkSecurityGroupErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeNetworkSecurityGroupErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// Any other error.
    Other = 0,
}
impl DescribeNetworkSecurityGroupErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeNetworkSecurityGroups`, made by [`Client::describe_network_security_groups`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeNetworkSecurityGroups {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeNetworkSecurityGroups {
    /// `filters`: networkSecurityGroupIds - 安全组ID列表，支持多个
    ///
    /// networkSecurityGroupNames - 安全组名称列表，支持多个
    ///
    /// vpcId - 安全组所属vpc Id，支持单个
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: 页码, 默认为1, 取值范围：\[1,∞), 页码超过总页数时, 显示最后一页
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小，默认为20，取值范围：\[10,100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkSecurityGroups/",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vpc", "v1", path)
                .with_operation("describeNetworkSecurityGroups");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeNetworkSecurityGroupsResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeNetworkSecurityGroupsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `networkSecurityGroups` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<
        Item = ::std::result::Result<NetworkSecurityGroup, crate::runtime::Error>,
    > {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.network_security_groups.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeNetworkSecurityGroups` lists. Read one from a service error with [`DescribeNetworkSecurityGroupsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeNetworkSecurityGroupsErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// Any other error.
    Other = 0,
}
impl DescribeNetworkSecurityGroupsErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeQuota`, made by [`Client::describe_quota`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeQuota {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    parent_resource_id: ::std::option::Option<::std::string::String>,
    r#type: DescribeQuotaType,
}
impl DescribeQuota {
    /// `parentResourceId`: If the type is VPC, elastic_ip, network_interface, do not set; if the type is subnet, security_group, VPCpeering, set as VPCId
    ///
    /// **中文**
    ///
    /// type为vpc、elastic_ip、network_interface不设置, type为subnet、security_group、vpcpeering设置为vpcId
    pub fn parent_resource_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parent_resource_id = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.parent_resource_id {
            crate::runtime::push_query(&mut query, "parentResourceId", value)?;
        }
        crate::runtime::push_query(&mut query, "type", &self.r#type)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/quotas/",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vpc", "v1", path)
                .with_operation("describeQuota");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeQuotaResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeQuotaResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeQuota` lists. Read one from a service error with [`DescribeQuotaErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeQuotaErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeQuotaErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeRouteTable`, made by [`Client::describe_route_table`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeRouteTable {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    route_table_id: ::std::string::String,
}
impl DescribeRouteTable {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.route_table_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/routeTables/{routeTableId}",
            &[
                ("regionId", path_0.as_str()),
                ("routeTableId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vpc", "v1", path)
                .with_operation("describeRouteTable");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeRouteTableResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeRouteTableResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeRouteTable` lists. Read one from a service error with [`DescribeRouteTableErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeRouteTableErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// Any other error.
    Other = 0,
}
impl DescribeRouteTableErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeRouteTables`, made by [`Client::describe_route_tables`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeRouteTables {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeRouteTables {
    /// `filters`: routeTableIds - 路由表ID列表，支持多个
    ///
    /// routeTableNames - 路由表名称列表，支持多个
    ///
    /// vpcId - 路由表所属vpc Id，支持单个
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: 页码, 默认为1, 取值范围：\[1,∞), 页码超过总页数时, 显示最后一页
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小，默认为20，取值范围：\[10,100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/routeTables/",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vpc", "v1", path)
                .with_operation("describeRouteTables");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeRouteTablesResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeRouteTablesResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `routeTables` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<RouteTable, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.route_tables.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeRouteTables` lists. Read one from a service error with [`DescribeRouteTablesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeRouteTablesErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// Any other error.
    Other = 0,
}
impl DescribeRouteTablesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeSubnet`, made by [`Client::describe_subnet`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeSubnet {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    subnet_id: ::std::string::String,
}
impl DescribeSubnet {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.subnet_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/subnets/{subnetId}",
            &[("regionId", path_0.as_str()), ("subnetId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vpc", "v1", path)
                .with_operation("describeSubnet");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeSubnetResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeSubnetResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeSubnets`, made by [`Client::describe_subnets`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeSubnets {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeSubnets {
    /// `filters`: subnetIds - subnet ID列表，支持多个
    ///
    /// subnetNames - subnet名称列表，支持多个
    ///
    /// routeTableId - 子网关联路由表Id，支持单个
    ///
    /// aclId - 子网关联acl Id，支持单个
    ///
    /// vpcId - 子网所属VPC Id，支持单个
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: 页码, 默认为1, 取值范围：\[1,∞), 页码超过总页数时, 显示最后一页
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小，默认为20，取值范围：\[10,100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/subnets/",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vpc", "v1", path)
                .with_operation("describeSubnets");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeSubnetsResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeSubnetsResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
    /// All `subnets` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<Subnet, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.subnets.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// Request builder of `describeVpc`, made by [`Client::describe_vpc`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeVpc {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    vpc_id: ::std::string::String,
}
impl DescribeVpc {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.vpc_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/vpcs/{vpcId}",
            &[("regionId", path_0.as_str()), ("vpcId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vpc", "v1", path)
                .with_operation("describeVpc");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeVpcResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeVpcResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeVpc` lists. Read one from a service error with [`DescribeVpcErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeVpcErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// Any other error.
    Other = 0,
}
impl DescribeVpcErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeVpcPeering`, made by [`Client::describe_vpc_peering`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeVpcPeering {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    vpc_peering_id: ::std::string::String,
}
impl DescribeVpcPeering {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.vpc_peering_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/vpcPeerings/{vpcPeeringId}",
            &[
                ("regionId", path_0.as_str()),
                ("vpcPeeringId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vpc", "v1", path)
                .with_operation("describeVpcPeering");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeVpcPeeringResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeVpcPeeringResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeVpcPeerings`, made by [`Client::describe_vpc_peerings`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeVpcPeerings {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeVpcPeerings {
    /// `filters`: vpcPeeringIds - vpcPeering ID，支持多个
    ///
    /// vpcPeeringNames - vpcPeering名称列表，支持多个
    ///
    /// vpcId - vpcPeering本端Vpc Id，支持单个
    ///
    /// remoteVpcId - vpcPeering对端Vpc Id，支持单个
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: 页码, 默认为1, 取值范围：\[1,∞), 页码超过总页数时, 显示最后一页
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小，默认为20，取值范围：\[10,100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/vpcPeerings/",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vpc", "v1", path)
                .with_operation("describeVpcPeerings");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeVpcPeeringsResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeVpcPeeringsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `vpcPeerings` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<VpcPeering, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.vpc_peerings.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// Request builder of `describeVpcs`, made by [`Client::describe_vpcs`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeVpcs {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
}
impl DescribeVpcs {
    /// `pageNumber`: Page; it is 1 by default. Value Range: \[1,∞); when the pages exceed total pages, show the last page
    ///
    /// **中文**
    ///
    /// 页码, 默认为1, 取值范围：\[1,∞), 页码超过总页数时, 显示最后一页
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: Paging Size: 20 by default. Value Range: \[10, 100\]
    ///
    /// **中文**
    ///
    /// 分页大小，默认为20，取值范围：\[10,100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `filters`: VPCIds - VPC ID list, support multiple IDs
    ///
    /// VPCNames - VPC name list, support multiple names
    ///
    /// **中文**
    ///
    /// vpcIds - vpc ID列表，支持多个
    ///
    /// vpcNames - vpc名称列表,支持多个
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/vpcs/",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "vpc", "v1", path)
                .with_operation("describeVpcs");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeVpcsResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeVpcsResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
    /// All `vpcs` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<Vpc, crate::runtime::Error>> {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.vpcs.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// Request builder of `disassociateElasticIp`, made by [`Client::disassociate_elastic_ip`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DisassociateElasticIp {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_interface_id: ::std::string::String,
    elastic_ip_address: ::std::option::Option<::std::string::String>,
    elastic_ip_id: ::std::option::Option<::std::string::String>,
}
impl DisassociateElasticIp {
    /// `elasticIpAddress`: 指定解绑的弹性Ip地址
    pub fn elastic_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.elastic_ip_address = ::std::option::Option::Some(value.into());
        self
    }
    /// `elasticIpId`: 指定解绑的弹性Ip Id
    pub fn elastic_ip_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.elastic_ip_id = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_interface_id.to_string();
        if let ::std::option::Option::Some(value) = &self.elastic_ip_address {
            body.member("elasticIpAddress", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.elastic_ip_id {
            body.member("elasticIpId", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkInterfaces/{networkInterfaceId}:disassociateElasticIp",
            &[
                ("regionId", path_0.as_str()),
                ("networkInterfaceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("disassociateElasticIp");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `disassociateElasticIp` lists. Read one from a service error with [`DisassociateElasticIpErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DisassociateElasticIpErrorKind {
    /// HTTP 400.
    ///
    /// - Request parameter x.y.z is 'xxx', expected one of \[yyy,zzz\]
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Resource not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DisassociateElasticIpErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `disassociateNetworkAcl`, made by [`Client::disassociate_network_acl`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DisassociateNetworkAcl {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_acl_id: ::std::string::String,
    subnet_id: ::std::string::String,
}
impl DisassociateNetworkAcl {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_acl_id.to_string();
        body.member("subnetId", &self.subnet_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkAcls/{networkAclId}:disassociateNetworkAcl",
            &[
                ("regionId", path_0.as_str()),
                ("networkAclId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("disassociateNetworkAcl");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `disassociateNetworkAcl` lists. Read one from a service error with [`DisassociateNetworkAclErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DisassociateNetworkAclErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DisassociateNetworkAclErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `disassociateRouteTable`, made by [`Client::disassociate_route_table`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DisassociateRouteTable {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    route_table_id: ::std::string::String,
    subnet_id: ::std::string::String,
}
impl DisassociateRouteTable {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.route_table_id.to_string();
        body.member("subnetId", &self.subnet_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/routeTables/{routeTableId}:disassociateRouteTable",
            &[
                ("regionId", path_0.as_str()),
                ("routeTableId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("disassociateRouteTable");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `disassociateRouteTable` lists. Read one from a service error with [`DisassociateRouteTableErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DisassociateRouteTableErrorKind {
    /// HTTP 400.
    ///
    /// - Request parameter x.y.z is 'xxx', expected one of \[yyy,zzz\]
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Resource not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DisassociateRouteTableErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifyElasticIp`, made by [`Client::modify_elastic_ip`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyElasticIp {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    elastic_ip_id: ::std::string::String,
    bandwidth_mbps: i32,
}
impl ModifyElasticIp {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.elastic_ip_id.to_string();
        body.member("bandwidthMbps", &self.bandwidth_mbps)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/elasticIps/{elasticIpId}",
            &[
                ("regionId", path_0.as_str()),
                ("elasticIpId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "vpc", "v1", path)
                .with_operation("modifyElasticIp");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifyElasticIp` lists. Read one from a service error with [`ModifyElasticIpErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyElasticIpErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid param 'xxx'
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Resource not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl ModifyElasticIpErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifyNetworkAcl`, made by [`Client::modify_network_acl`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyNetworkAcl {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_acl_id: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    network_acl_name: ::std::option::Option<::std::string::String>,
}
impl ModifyNetworkAcl {
    /// `description`: 描述,允许输入UTF-8编码下的全部字符，不超过256字符
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// `networkAclName`: networkAcl名称,只允许输入中文、数字、大小写字母、英文下划线“_”及中划线“-”，不允许为空且不超过32字符
    pub fn network_acl_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_acl_name = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_acl_id.to_string();
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.network_acl_name {
            body.member("networkAclName", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkAcls/{networkAclId}",
            &[
                ("regionId", path_0.as_str()),
                ("networkAclId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "vpc", "v1", path)
                .with_operation("modifyNetworkAcl");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifyNetworkAcl` lists. Read one from a service error with [`ModifyNetworkAclErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyNetworkAclErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ModifyNetworkAclErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifyNetworkAclRules`, made by [`Client::modify_network_acl_rules`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyNetworkAclRules {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_acl_id: ::std::string::String,
    modify_network_acl_rule_specs: ::std::vec::Vec<ModifyNetworkAclRuleSpec>,
}
impl ModifyNetworkAclRules {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_acl_id.to_string();
        body.member(
            "modifyNetworkAclRuleSpecs",
            &self.modify_network_acl_rule_specs,
        )?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkAcls/{networkAclId}:modifyNetworkAclRules",
            &[
                ("regionId", path_0.as_str()),
                ("networkAclId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("modifyNetworkAclRules");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifyNetworkAclRules` lists. Read one from a service error with [`ModifyNetworkAclRulesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyNetworkAclRulesErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ModifyNetworkAclRulesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifyNetworkInterface`, made by [`Client::modify_network_interface`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyNetworkInterface {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_interface_id: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    network_interface_name: ::std::option::Option<::std::string::String>,
    security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ModifyNetworkInterface {
    /// `description`: 描述,允许输入UTF-8编码下的全部字符，不超过256字符
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// `networkInterfaceName`: 弹性网卡名称,只允许输入中文、数字、大小写字母、英文下划线“_”及中划线“-”，不允许为空且不超过32字符
    pub fn network_interface_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_name = ::std::option::Option::Some(value.into());
        self
    }
    /// `securityGroups`: 以覆盖原有安全组的方式更新的安全组。如果更新安全组ID列表，最多5个安全组
    pub fn security_groups(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.security_groups = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_interface_id.to_string();
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.network_interface_name {
            body.member("networkInterfaceName", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.security_groups {
            body.member("securityGroups", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkInterfaces/{networkInterfaceId}",
            &[
                ("regionId", path_0.as_str()),
                ("networkInterfaceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "vpc", "v1", path)
                .with_operation("modifyNetworkInterface");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifyNetworkInterface` lists. Read one from a service error with [`ModifyNetworkInterfaceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyNetworkInterfaceErrorKind {
    /// HTTP 400.
    ///
    /// - Request parameter x.y.z is 'xxx', expected one of \[yyy,zzz\]
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Resource not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl ModifyNetworkInterfaceErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifyNetworkSecurityGroup`, made by [`Client::modify_network_security_group`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyNetworkSecurityGroup {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_security_group_id: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    network_security_group_name: ::std::option::Option<::std::string::String>,
}
impl ModifyNetworkSecurityGroup {
    /// `description`: 安全组的描述，取值范围：0-256个UTF-8编码下的全部字符
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// `networkSecurityGroupName`: 安全组的名字。名称取值范围：1-32个中文、英文大小写的字母、数字和下划线分隔符
    pub fn network_security_group_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_security_group_name = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_security_group_id.to_string();
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.network_security_group_name {
            body.member("networkSecurityGroupName", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkSecurityGroups/{networkSecurityGroupId}",
            &[
                ("regionId", path_0.as_str()),
                ("networkSecurityGroupId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "vpc", "v1", path)
                .with_operation("modifyNetworkSecurityGroup");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifyNetworkSecurityGroup` lists. Read one from a service error with [`ModifyNetworkSecurityGroupErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyNetworkSecurityGroupErrorKind {
    /// HTTP 400.
    ///
    /// - Request parameter x.y.z is 'xxx', expected one of \[yyy,zzz\]
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Resource not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl ModifyNetworkSecurityGroupErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifyNetworkSecurityGroupRules`, made by [`Client::modify_network_security_group_rules`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyNetworkSecurityGroupRules {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_security_group_id: ::std::string::String,
    modify_security_group_rule_specs: ::std::vec::Vec<ModifySecurityGroupRules>,
}
impl ModifyNetworkSecurityGroupRules {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_security_group_id.to_string();
        body.member(
            "modifySecurityGroupRuleSpecs",
            &self.modify_security_group_rule_specs,
        )?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkSecurityGroups/{networkSecurityGroupId}:modifyNetworkSecurityGroupRules",
            &[("regionId", path_0.as_str()), ("networkSecurityGroupId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("modifyNetworkSecurityGroupRules");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifyNetworkSecurityGroupRules` lists. Read one from a service error with [`ModifyNetworkSecurityGroupRulesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyNetworkSecurityGroupRulesErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - SecurityGroup or SecurityGroupRule not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ModifyNetworkSecurityGroupRulesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifyRouteTable`, made by [`Client::modify_route_table`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyRouteTable {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    route_table_id: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    route_table_name: ::std::option::Option<::std::string::String>,
}
impl ModifyRouteTable {
    /// `description`: 路由表的描述，取值范围：0-256个UTF-8编码下的全部字符
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// `routeTableName`: 路由表的名字。名称取值范围：1-32个中文、英文大小写的字母、数字和下划线分隔符
    pub fn route_table_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.route_table_name = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.route_table_id.to_string();
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.route_table_name {
            body.member("routeTableName", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/routeTables/{routeTableId}",
            &[
                ("regionId", path_0.as_str()),
                ("routeTableId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "vpc", "v1", path)
                .with_operation("modifyRouteTable");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifyRouteTable` lists. Read one from a service error with [`ModifyRouteTableErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyRouteTableErrorKind {
    /// HTTP 400.
    ///
    /// - Request parameter x.y.z is 'xxx', expected one of \[yyy,zzz\]
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Resource not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl ModifyRouteTableErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifyRouteTableRules`, made by [`Client::modify_route_table_rules`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyRouteTableRules2 {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    route_table_id: ::std::string::String,
    modify_route_table_rule_specs: ::std::vec::Vec<ModifyRouteTableRules>,
}
impl ModifyRouteTableRules2 {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.route_table_id.to_string();
        body.member(
            "modifyRouteTableRuleSpecs",
            &self.modify_route_table_rule_specs,
        )?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/routeTables/{routeTableId}:modifyRouteTableRules",
            &[
                ("regionId", path_0.as_str()),
                ("routeTableId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("modifyRouteTableRules");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifyRouteTableRules` lists. Read one from a service error with [`ModifyRouteTableRules2ErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyRouteTableRules2ErrorKind {
    /// HTTP 400.
    ///
    /// - invalid parameter
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - RouteTable or RouteTableRule not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ModifyRouteTableRules2ErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifySubnet`, made by [`Client::modify_subnet`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifySubnet {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    subnet_id: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    subnet_name: ::std::option::Option<::std::string::String>,
}
impl ModifySubnet {
    /// `description`: 子网描述信息，允许输入UTF-8编码下的全部字符，不超过256字符。
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// `subnetName`: 子网名称,只允许输入中文、数字、大小写字母、英文下划线“_”及中划线“-”，不允许为空且不超过32字符。
    pub fn subnet_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.subnet_name = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.subnet_id.to_string();
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.subnet_name {
            body.member("subnetName", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/subnets/{subnetId}",
            &[("regionId", path_0.as_str()), ("subnetId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "vpc", "v1", path)
                .with_operation("modifySubnet");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifySubnet` lists. Read one from a service error with [`ModifySubnetErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifySubnetErrorKind {
    /// HTTP 400.
    ///
    /// - Request parameter x.y.z is 'xxx', expected one of \[yyy,zzz\]
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Resource not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl ModifySubnetErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifyVpc`, made by [`Client::modify_vpc`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyVpc {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    vpc_id: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    vpc_name: ::std::option::Option<::std::string::String>,
}
impl ModifyVpc {
    /// `description`: vpc描述，允许输入UTF-8编码下的全部字符，不超过256字符。
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// `vpcName`: 私有网络名称,只允许输入中文、数字、大小写字母、英文下划线“_”及中划线“-”，不允许为空且不超过32字符。
    pub fn vpc_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_name = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.vpc_id.to_string();
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.vpc_name {
            body.member("vpcName", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/vpcs/{vpcId}",
            &[("regionId", path_0.as_str()), ("vpcId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "vpc", "v1", path)
                .with_operation("modifyVpc");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifyVpc` lists. Read one from a service error with [`ModifyVpcErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyVpcErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 409.
    ///
    /// - Parameter conflict
    Conflict = 409,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ModifyVpcErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            409u16 => Self::Conflict,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifyVpcPeering`, made by [`Client::modify_vpc_peering`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyVpcPeering {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    vpc_peering_id: ::std::string::String,
    vpc_peering_name: ::std::option::Option<::std::string::String>,
    description: ::std::option::Option<::std::string::String>,
}
impl ModifyVpcPeering {
    /// `vpcPeeringName`: VPCPeering Name, Must Provide A nName. Value Range of Name: 1-32 Chinese, English capital and lowercase letters, numbers and underline delimiter
    ///
    /// **中文**
    ///
    /// VpcPeering的名字,不为空。名称取值范围：1-32个中文、英文大小写的字母、数字和下划线分隔符
    pub fn vpc_peering_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vpc_peering_name = ::std::option::Option::Some(value.into());
        self
    }
    /// `description`: VPCPeering Description. Value Range: 0-256 Chinese, English capital and lowercase letters, numbers and underline delimiter
    ///
    /// **中文**
    ///
    /// VpcPeering 描述，取值范围：0-256个中文、英文大小写的字母、数字和下划线分隔符
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.vpc_peering_id.to_string();
        if let ::std::option::Option::Some(value) = &self.vpc_peering_name {
            body.member("vpcPeeringName", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/vpcPeerings/{vpcPeeringId}",
            &[
                ("regionId", path_0.as_str()),
                ("vpcPeeringId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PUT, "vpc", "v1", path)
                .with_operation("modifyVpcPeering");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<ModifyVpcPeeringResult>,
        crate::runtime::Error,
    > {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<ModifyVpcPeeringResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifyVpcPeering` lists. Read one from a service error with [`ModifyVpcPeeringErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyVpcPeeringErrorKind {
    /// HTTP 409.
    ///
    /// - Already has VpcPeering with param
    Conflict = 409,
    /// HTTP 404.
    ///
    /// - Resource not found
    NotFound = 404,
    /// HTTP 429.
    ///
    /// - VpcPeering quota limit exceeded.
    TooManyRequests = 429,
    /// Any other error.
    Other = 0,
}
impl ModifyVpcPeeringErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            409u16 => Self::Conflict,
            404u16 => Self::NotFound,
            429u16 => Self::TooManyRequests,
            _ => Self::Other,
        }
    }
}
/// Request builder of `removeNetworkAclRules`, made by [`Client::remove_network_acl_rules`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RemoveNetworkAclRules {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_acl_id: ::std::string::String,
    rule_ids: ::std::vec::Vec<::std::string::String>,
}
impl RemoveNetworkAclRules {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_acl_id.to_string();
        body.member("ruleIds", &self.rule_ids)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkAcls/{networkAclId}:removeNetworkAclRules",
            &[
                ("regionId", path_0.as_str()),
                ("networkAclId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("removeNetworkAclRules");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `removeNetworkAclRules` lists. Read one from a service error with [`RemoveNetworkAclRulesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RemoveNetworkAclRulesErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl RemoveNetworkAclRulesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `removeNetworkSecurityGroupRules`, made by [`Client::remove_network_security_group_rules`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RemoveNetworkSecurityGroupRules {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_security_group_id: ::std::string::String,
    rule_ids: ::std::vec::Vec<::std::string::String>,
}
impl RemoveNetworkSecurityGroupRules {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_security_group_id.to_string();
        body.member("ruleIds", &self.rule_ids)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkSecurityGroups/{networkSecurityGroupId}:removeNetworkSecurityGroupRules",
            &[("regionId", path_0.as_str()), ("networkSecurityGroupId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("removeNetworkSecurityGroupRules");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `removeNetworkSecurityGroupRules` lists. Read one from a service error with [`RemoveNetworkSecurityGroupRulesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RemoveNetworkSecurityGroupRulesErrorKind {
    /// HTTP 400.
    ///
    /// - Request field x.y.z is missing.
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Target 'xxx' not found; TargetGroup 'xxx' not found.
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl RemoveNetworkSecurityGroupRulesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `removeRouteTableRules`, made by [`Client::remove_route_table_rules`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RemoveRouteTableRules {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    route_table_id: ::std::string::String,
    rule_ids: ::std::vec::Vec<::std::string::String>,
}
impl RemoveRouteTableRules {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.route_table_id.to_string();
        body.member("ruleIds", &self.rule_ids)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/routeTables/{routeTableId}:removeRouteTableRules",
            &[
                ("regionId", path_0.as_str()),
                ("routeTableId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("removeRouteTableRules");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `removeRouteTableRules` lists. Read one from a service error with [`RemoveRouteTableRulesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RemoveRouteTableRulesErrorKind {
    /// HTTP 400.
    ///
    /// - Request field x.y.z is missing.
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Target 'xxx' not found; TargetGroup 'xxx' not found.
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl RemoveRouteTableRulesErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `unassignSecondaryIps`, made by [`Client::unassign_secondary_ips`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UnassignSecondaryIps {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    network_interface_id: ::std::string::String,
    secondary_ips: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl UnassignSecondaryIps {
    /// `secondaryIps`: 指定删除的secondaryIp地址
    pub fn secondary_ips(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.secondary_ips = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.network_interface_id.to_string();
        if let ::std::option::Option::Some(value) = &self.secondary_ips {
            body.member("secondaryIps", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/networkInterfaces/{networkInterfaceId}:unassignSecondaryIps",
            &[
                ("regionId", path_0.as_str()),
                ("networkInterfaceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "vpc", "v1", path)
                .with_operation("unassignSecondaryIps");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<::serde_json::Value>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `unassignSecondaryIps` lists. Read one from a service error with [`UnassignSecondaryIpsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UnassignSecondaryIpsErrorKind {
    /// HTTP 400.
    ///
    /// - Request parameter x.y.z is 'xxx', expected one of \[yyy,zzz\]
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - Resource not found
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl UnassignSecondaryIpsErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            404u16 => Self::NotFound,
            _ => Self::Other,
        }
    }
}
