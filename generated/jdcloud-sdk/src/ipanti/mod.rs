//! 京东云IP高防相关接口 (`ipanti`), `https://ipanti.jdcloud-api.com/v1`.
//!
//! 京东云IP高防相关接口
//!
//! Operations:
//!
//! - `checkName` — 检测实例名称是否合法
//!
//! - `createForwardRule` — 添加非网站类规则
//!
//! - `createInstance` — 创建实例
//!
//! - `createWebRule` — 添加网站类规则
//!
//! - `deleteForwardRule` — 删除非网站规则
//!
//! - `deleteWebRule` — 删除网站规则
//!
//! - `describeAlarmConfig` — 查询告警配置
//!
//! - `describeAttackStatistics` — 查询攻击次数及流量峰值
//!
//! - `describeAttackTypeCount` — 查询各类型攻击次数
//!
//! - `describeCCAttackLogDetails` — 查询 CC 攻击日志详情
//!
//! - `describeCCAttackLogs` — 查询 CC 攻击日志
//!
//! - `describeCCDefaultThresholds` — 查询 CC 自定义默认阈值
//!
//! - `describeCCGraph` — CC 防护流量报表
//!
//! - `describeCertInfo` — 查询证书预览信息
//!
//! - `describeDDoSAttackLogs` — 查询 DDos 攻击日志
//!
//! - `describeDDoSGraph` — DDos 防护流量报表
//!
//! - `describeForwardRule` — 查询非网站类规则
//!
//! - `describeForwardRules` — 查询某个实例下的非网站转发配置
//!
//! - `describeFwdGraph` — 转发流量报表
//!
//! - `describeInstance` — 查询实例
//!
//! - `describeInstances` — 查询实例列表
//!
//! - `describeNameList` — 查询高防实例名称列表
//!
//! - `describeProtectionStatistics` — 查询高防实例防护统计信息
//!
//! - `describeVpcIpList` — 查询用户的京东云 IP 资源
//!
//! - `describeWebRule` — 查询网站类规则
//!
//! - `describeWebRules` — 查询某个实例下的网站类规则
//!
//! - `disableCCIpLimit` — 关闭 CC 防护每 IP 的限速
//!
//! - `disableCCObserverMode` — 关闭实例 CC 防护的观察者模式
//!
//! - `disableInstanceCC` — 关闭实例 CC 防护
//!
//! - `disableInstanceIpBlackList` — 禁用实例 IP 黑名单
//!
//! - `disableInstanceIpWhiteList` — 禁用实例 IP 白名单
//!
//! - `disableInstanceUrlWhiteList` — 禁用实例 Url 白名单
//!
//! - `disableWebRuleCC` — 网站类规则禁用CC
//!
//! - `downloadCCAttackLogDetails` — 下载 CC 攻击日志详情
//!
//! - `downloadCCAttackLogs` — 下载 CC 攻击日志
//!
//! - `downloadDDoSAttackLogs` — 下载 DDos 攻击日志
//!
//! - `enableCCIpLimit` — 开启 CC 防护每 IP 的限速
//!
//! - `enableCCObserverMode` — 开启实例 CC 防护的观察者模式
//!
//! - `enableInstanceCC` — 开启实例 CC 防护
//!
//! - `enableInstanceIpBlackList` — 启用实例 IP 黑名单
//!
//! - `enableInstanceIpWhiteList` — 启用实例 IP 白名单
//!
//! - `enableInstanceUrlWhiteList` — 启用实例 Url 白名单
//!
//! - `enableWebRuleCC` — 网站类规则开启CC
//!
//! - `modifyAlarmConfig` — 更新告警配置
//!
//! - `modifyCertInfo` — 编辑证书
//!
//! - `modifyEPB` — 更新实例弹性防护带宽
//!
//! - `modifyForwardRule` — 更新非网站类规则
//!
//! - `modifyInstanceCC` — 设置实例 CC 防护
//!
//! - `modifyInstanceIpBlackList` — 设置实例 IP 黑名单
//!
//! - `modifyInstanceIpWhiteList` — 设置实例 IP 白名单
//!
//! - `modifyInstanceName` — 修改实例名称
//!
//! - `modifyInstanceUrlWhiteList` — 设置实例 Url 白名单
//!
//! - `modifyWebRule` — 更新网站类规则
//!
//! - `setCCIpLimit` — 设置实例 CC 防护每 IP 限速
//!
//! - `switchForwardRuleOrigin` — 非网站类规则切换成回源状态
//!
//! - `switchForwardRuleProtect` — 非网站类规则切换成防御状态
//!
//! - `switchWebRuleOrigin` — 网站类规则切换成回源状态
//!
//! - `switchWebRuleProtect` — 网站类规则切换成防御状态
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `ipanti` service.
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
    /// 检测实例名称是否合法
    ///
    /// `GET /v1/regions/{regionId}/instance/checkName`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/checkName.md` *line 1.*
    pub fn check_name(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> CheckName {
        CheckName {
            config: self.config.clone(),
            region_id: region_id.into(),
            name: name.into(),
        }
    }
    /// 添加非网站类规则
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/forwardRules`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/createForwardRule.md` *line 1.*
    pub fn create_forward_rule(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        forward_rule_spec: impl ::std::convert::Into<ForwardRuleSpec>,
    ) -> CreateForwardRule {
        CreateForwardRule {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            forward_rule_spec: forward_rule_spec.into(),
        }
    }
    /// 创建实例
    ///
    /// `POST /v1/regions/{regionId}/instances`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/createInstance.md` *line 1.*
    pub fn create_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_spec: impl ::std::convert::Into<InstanceSpec>,
    ) -> CreateInstance {
        CreateInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_spec: instance_spec.into(),
        }
    }
    /// 添加网站类规则
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/webRules`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/createWebRule.md` *line 1.*
    pub fn create_web_rule(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        web_rule_spec: impl ::std::convert::Into<WebRuleSpec>,
    ) -> CreateWebRule {
        CreateWebRule {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            web_rule_spec: web_rule_spec.into(),
        }
    }
    /// 删除非网站规则
    ///
    /// `DELETE /v1/regions/{regionId}/instances/{instanceId}/forwardRules/{forwardRuleId}`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/deleteForwardRule.md` *line 1.*
    pub fn delete_forward_rule(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        forward_rule_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteForwardRule {
        DeleteForwardRule {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            forward_rule_id: forward_rule_id.into(),
        }
    }
    /// 删除网站规则
    ///
    /// `DELETE /v1/regions/{regionId}/instances/{instanceId}/webRules/{webRuleId}`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/deleteWebRule.md` *line 1.*
    pub fn delete_web_rule(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        web_rule_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteWebRule {
        DeleteWebRule {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            web_rule_id: web_rule_id.into(),
        }
    }
    /// 查询告警配置
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}:describeAlarmConfig`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeAlarmConfig.md` *line 1.*
    pub fn describe_alarm_config(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeAlarmConfig {
        DescribeAlarmConfig {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 查询攻击次数及流量峰值
    ///
    /// `GET /v1/regions/{regionId}/attacklog/describeAttackStatistics`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeAttackStatistics.md` *line 1.*
    pub fn describe_attack_statistics(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
        r#type: impl ::std::convert::Into<i32>,
    ) -> DescribeAttackStatistics {
        DescribeAttackStatistics {
            config: self.config.clone(),
            region_id: region_id.into(),
            end_time: end_time.into(),
            instance_id: ::std::option::Option::None,
            start_time: start_time.into(),
            r#type: r#type.into(),
        }
    }
    /// 查询各类型攻击次数
    ///
    /// `GET /v1/regions/{regionId}/attacklog/describeAttackTypeCount`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeAttackTypeCount.md` *line 1.*
    pub fn describe_attack_type_count(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeAttackTypeCount {
        DescribeAttackTypeCount {
            config: self.config.clone(),
            region_id: region_id.into(),
            end_time: end_time.into(),
            instance_id: ::std::option::Option::None,
            start_time: start_time.into(),
        }
    }
    /// 查询 CC 攻击日志详情
    ///
    /// `GET /v1/regions/{regionId}/attacklog:CCDetail`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeCCAttackLogDetails.md` *line 1.*
    pub fn describe_cc_attack_log_details(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeCcAttackLogDetails {
        DescribeCcAttackLogDetails {
            config: self.config.clone(),
            region_id: region_id.into(),
            end_time: end_time.into(),
            instance_id: instance_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            start_time: start_time.into(),
            sub_domain: ::std::option::Option::None,
        }
    }
    /// 查询 CC 攻击日志
    ///
    /// `GET /v1/regions/{regionId}/attacklog:CC`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeCCAttackLogs.md` *line 1.*
    pub fn describe_cc_attack_logs(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeCcAttackLogs {
        DescribeCcAttackLogs {
            config: self.config.clone(),
            region_id: region_id.into(),
            end_time: end_time.into(),
            instance_id: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            start_time: start_time.into(),
        }
    }
    /// 查询 CC 自定义默认阈值
    ///
    /// `GET /v1/regions/{regionId}/instance/describeCCDefaultThresholds`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeCCDefaultThresholds.md` *line 1.*
    pub fn describe_cc_default_thresholds(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeCcDefaultThresholds {
        DescribeCcDefaultThresholds {
            config: self.config.clone(),
            region_id: region_id.into(),
        }
    }
    /// CC 防护流量报表
    ///
    /// `GET /v1/regions/{regionId}/charts:CCGraph`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeCCGraph.md` *line 1.*
    pub fn describe_cc_graph(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeCcGraph {
        DescribeCcGraph {
            config: self.config.clone(),
            region_id: region_id.into(),
            end_time: end_time.into(),
            instance_id: ::std::option::Option::None,
            start_time: start_time.into(),
            sub_domain: ::std::option::Option::None,
        }
    }
    /// 查询证书预览信息
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/webRule:describeCertInfo`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeCertInfo.md` *line 1.*
    pub fn describe_cert_info(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        cert_info_describe_spec: impl ::std::convert::Into<CertInfoDescribeSpec>,
    ) -> DescribeCertInfo {
        DescribeCertInfo {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            cert_info_describe_spec: cert_info_describe_spec.into(),
        }
    }
    /// 查询 DDos 攻击日志
    ///
    /// `GET /v1/regions/{regionId}/attacklog:DDoS`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeDDoSAttackLogs.md` *line 1.*
    pub fn describe_d_do_s_attack_logs(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeDDoSAttackLogs {
        DescribeDDoSAttackLogs {
            config: self.config.clone(),
            region_id: region_id.into(),
            end_time: end_time.into(),
            instance_id: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            start_time: start_time.into(),
        }
    }
    /// DDos 防护流量报表
    ///
    /// `GET /v1/regions/{regionId}/charts:DDoSGraph`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeDDoSGraph.md` *line 1.*
    pub fn describe_d_do_s_graph(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeDDoSGraph {
        DescribeDDoSGraph {
            config: self.config.clone(),
            region_id: region_id.into(),
            end_time: end_time.into(),
            instance_id: ::std::option::Option::None,
            start_time: start_time.into(),
        }
    }
    /// 查询非网站类规则
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}/forwardRules/{forwardRuleId}`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeForwardRule.md` *line 1.*
    pub fn describe_forward_rule(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        forward_rule_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeForwardRule {
        DescribeForwardRule {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            forward_rule_id: forward_rule_id.into(),
        }
    }
    /// 查询某个实例下的非网站转发配置
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}/forwardRules`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeForwardRules.md` *line 1.*
    pub fn describe_forward_rules(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeForwardRules {
        DescribeForwardRules {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            search_type: ::std::option::Option::None,
            search_value: ::std::option::Option::None,
        }
    }
    /// 转发流量报表
    ///
    /// `GET /v1/regions/{regionId}/charts:fwdGraph`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeFwdGraph.md` *line 1.*
    pub fn describe_fwd_graph(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeFwdGraph {
        DescribeFwdGraph {
            config: self.config.clone(),
            region_id: region_id.into(),
            end_time: end_time.into(),
            instance_id: ::std::option::Option::None,
            start_time: start_time.into(),
        }
    }
    /// 查询实例
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeInstance.md` *line 1.*
    pub fn describe_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeInstance {
        DescribeInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 查询实例列表
    ///
    /// `GET /v1/regions/{regionId}/instances`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeInstances.md` *line 1.*
    pub fn describe_instances(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeInstances {
        DescribeInstances {
            config: self.config.clone(),
            region_id: region_id.into(),
            name: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// 查询高防实例名称列表
    ///
    /// `GET /v1/regions/{regionId}/instance/describeNameList`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeNameList.md` *line 1.*
    pub fn describe_name_list(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeNameList {
        DescribeNameList {
            config: self.config.clone(),
            region_id: region_id.into(),
            id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// 查询高防实例防护统计信息
    ///
    /// `GET /v1/regions/{regionId}/instance/describeProtectionStatistics`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeProtectionStatistics.md` *line 1.*
    pub fn describe_protection_statistics(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeProtectionStatistics {
        DescribeProtectionStatistics {
            config: self.config.clone(),
            region_id: region_id.into(),
        }
    }
    /// 查询用户的京东云 IP 资源
    ///
    /// `GET /v1/regions/{regionId}/instance/describeVpcIpList`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeVpcIpList.md` *line 1.*
    pub fn describe_vpc_ip_list(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeVpcIpList {
        DescribeVpcIpList {
            config: self.config.clone(),
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// 查询网站类规则
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}/webRules/{webRuleId}`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeWebRule.md` *line 1.*
    pub fn describe_web_rule(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        web_rule_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeWebRule {
        DescribeWebRule {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            web_rule_id: web_rule_id.into(),
        }
    }
    /// 查询某个实例下的网站类规则
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}/webRules`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeWebRules.md` *line 1.*
    pub fn describe_web_rules(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeWebRules {
        DescribeWebRules {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            search_type: ::std::option::Option::None,
            search_value: ::std::option::Option::None,
        }
    }
    /// 关闭 CC 防护每 IP 的限速
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:disableCCIpLimit`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/disableCCIpLimit.md` *line 1.*
    pub fn disable_cc_ip_limit(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DisableCcIpLimit {
        DisableCcIpLimit {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 关闭实例 CC 防护的观察者模式
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:disableCCObserverMode`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/disableCCObserverMode.md` *line 1.*
    pub fn disable_cc_observer_mode(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DisableCcObserverMode {
        DisableCcObserverMode {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 关闭实例 CC 防护
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:disableCC`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/disableInstanceCC.md` *line 1.*
    pub fn disable_instance_cc(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DisableInstanceCc {
        DisableInstanceCc {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 禁用实例 IP 黑名单
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:disableIpBlackList`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/disableInstanceIpBlackList.md` *line 1.*
    pub fn disable_instance_ip_black_list(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DisableInstanceIpBlackList {
        DisableInstanceIpBlackList {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 禁用实例 IP 白名单
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:disableIpWhiteList`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/disableInstanceIpWhiteList.md` *line 1.*
    pub fn disable_instance_ip_white_list(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DisableInstanceIpWhiteList {
        DisableInstanceIpWhiteList {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 禁用实例 Url 白名单
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:disableUrlWhiteList`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/disableInstanceUrlWhiteList.md` *line 1.*
    pub fn disable_instance_url_white_list(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DisableInstanceUrlWhiteList {
        DisableInstanceUrlWhiteList {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 网站类规则禁用CC
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/webRules/{webRuleId}:disableCC`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/disableWebRuleCC.md` *line 1.*
    pub fn disable_web_rule_cc(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        web_rule_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DisableWebRuleCc {
        DisableWebRuleCc {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            web_rule_id: web_rule_id.into(),
        }
    }
    /// 下载 CC 攻击日志详情
    ///
    /// `GET /v1/regions/{regionId}/attacklog:CCDetail/download`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/downloadCCAttackLogDetails.md` *line 1.*
    pub fn download_cc_attack_log_details(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
    ) -> DownloadCcAttackLogDetails {
        DownloadCcAttackLogDetails {
            config: self.config.clone(),
            region_id: region_id.into(),
            end_time: end_time.into(),
            instance_id: instance_id.into(),
            start_time: start_time.into(),
            sub_domain: ::std::option::Option::None,
        }
    }
    /// 下载 CC 攻击日志
    ///
    /// `GET /v1/regions/{regionId}/attacklog:CC/download`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/downloadCCAttackLogs.md` *line 1.*
    pub fn download_cc_attack_logs(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
    ) -> DownloadCcAttackLogs {
        DownloadCcAttackLogs {
            config: self.config.clone(),
            region_id: region_id.into(),
            end_time: end_time.into(),
            instance_id: ::std::option::Option::None,
            start_time: start_time.into(),
        }
    }
    /// 下载 DDos 攻击日志
    ///
    /// `GET /v1/regions/{regionId}/attacklog:DDoS/download`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/downloadDDoSAttackLogs.md` *line 1.*
    pub fn download_d_do_s_attack_logs(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
    ) -> DownloadDDoSAttackLogs {
        DownloadDDoSAttackLogs {
            config: self.config.clone(),
            region_id: region_id.into(),
            end_time: end_time.into(),
            instance_id: ::std::option::Option::None,
            start_time: start_time.into(),
        }
    }
    /// 开启 CC 防护每 IP 的限速
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:enableCCIpLimit`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/enableCCIpLimit.md` *line 1.*
    pub fn enable_cc_ip_limit(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> EnableCcIpLimit {
        EnableCcIpLimit {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 开启实例 CC 防护的观察者模式
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:enableCCObserverMode`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/enableCCObserverMode.md` *line 1.*
    pub fn enable_cc_observer_mode(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> EnableCcObserverMode {
        EnableCcObserverMode {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 开启实例 CC 防护
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:enableCC`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/enableInstanceCC.md` *line 1.*
    pub fn enable_instance_cc(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> EnableInstanceCc {
        EnableInstanceCc {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 启用实例 IP 黑名单
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:enableIpBlackList`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/enableInstanceIpBlackList.md` *line 1.*
    pub fn enable_instance_ip_black_list(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> EnableInstanceIpBlackList {
        EnableInstanceIpBlackList {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 启用实例 IP 白名单
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:enableIpWhiteList`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/enableInstanceIpWhiteList.md` *line 1.*
    pub fn enable_instance_ip_white_list(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> EnableInstanceIpWhiteList {
        EnableInstanceIpWhiteList {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 启用实例 Url 白名单
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:enableUrlWhiteList`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/enableInstanceUrlWhiteList.md` *line 1.*
    pub fn enable_instance_url_white_list(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> EnableInstanceUrlWhiteList {
        EnableInstanceUrlWhiteList {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 网站类规则开启CC
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/webRules/{webRuleId}:enableCC`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/enableWebRuleCC.md` *line 1.*
    pub fn enable_web_rule_cc(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        web_rule_id: impl ::std::convert::Into<::std::string::String>,
    ) -> EnableWebRuleCc {
        EnableWebRuleCc {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            web_rule_id: web_rule_id.into(),
        }
    }
    /// 更新告警配置
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:modifyAlarmConfig`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyAlarmConfig.md` *line 1.*
    pub fn modify_alarm_config(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        alarm_config_spec: impl ::std::convert::Into<AlarmConfigSpec>,
    ) -> ModifyAlarmConfig {
        ModifyAlarmConfig {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            alarm_config_spec: alarm_config_spec.into(),
        }
    }
    /// 编辑证书
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/webRules/{webRuleId}:modifyCertInfo`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyCertInfo.md` *line 1.*
    pub fn modify_cert_info(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        web_rule_id: impl ::std::convert::Into<::std::string::String>,
        cert_info_modify_spec: impl ::std::convert::Into<CertInfoModifySpec>,
    ) -> ModifyCertInfo {
        ModifyCertInfo {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            web_rule_id: web_rule_id.into(),
            cert_info_modify_spec: cert_info_modify_spec.into(),
        }
    }
    /// 更新实例弹性防护带宽
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:modifyEPB`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyEPB.md` *line 1.*
    pub fn modify_epb(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        e_pb_spec: impl ::std::convert::Into<EpbSpec>,
    ) -> ModifyEpb {
        ModifyEpb {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            e_pb_spec: e_pb_spec.into(),
        }
    }
    /// 更新非网站类规则
    ///
    /// `PATCH /v1/regions/{regionId}/instances/{instanceId}/forwardRules/{forwardRuleId}`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyForwardRule.md` *line 1.*
    pub fn modify_forward_rule(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        forward_rule_id: impl ::std::convert::Into<::std::string::String>,
        forward_rule_spec: impl ::std::convert::Into<ForwardRuleSpec>,
    ) -> ModifyForwardRule {
        ModifyForwardRule {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            forward_rule_id: forward_rule_id.into(),
            forward_rule_spec: forward_rule_spec.into(),
        }
    }
    /// 设置实例 CC 防护
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:setCC`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyInstanceCC.md` *line 1.*
    pub fn modify_instance_cc(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        c_c_spec: impl ::std::convert::Into<CcSpec>,
    ) -> ModifyInstanceCc {
        ModifyInstanceCc {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            c_c_spec: c_c_spec.into(),
        }
    }
    /// 设置实例 IP 黑名单
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:setIpBlackList`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyInstanceIpBlackList.md` *line 1.*
    pub fn modify_instance_ip_black_list(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        ip_bw_list_spec: impl ::std::convert::Into<IpBwListSpec>,
    ) -> ModifyInstanceIpBlackList {
        ModifyInstanceIpBlackList {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            ip_bw_list_spec: ip_bw_list_spec.into(),
        }
    }
    /// 设置实例 IP 白名单
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:setIpWhiteList`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyInstanceIpWhiteList.md` *line 1.*
    pub fn modify_instance_ip_white_list(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        ip_bw_list_spec: impl ::std::convert::Into<IpBwListSpec>,
    ) -> ModifyInstanceIpWhiteList {
        ModifyInstanceIpWhiteList {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            ip_bw_list_spec: ip_bw_list_spec.into(),
        }
    }
    /// 修改实例名称
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:rename`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyInstanceName.md` *line 1.*
    pub fn modify_instance_name(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        instance_spec: impl ::std::convert::Into<InstanceSpec>,
    ) -> ModifyInstanceName {
        ModifyInstanceName {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            instance_spec: instance_spec.into(),
        }
    }
    /// 设置实例 Url 白名单
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:setUrlWhiteList`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyInstanceUrlWhiteList.md` *line 1.*
    pub fn modify_instance_url_white_list(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        url_white_list: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> ModifyInstanceUrlWhiteList {
        ModifyInstanceUrlWhiteList {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            url_white_list: url_white_list.into(),
        }
    }
    /// 更新网站类规则
    ///
    /// `PATCH /v1/regions/{regionId}/instances/{instanceId}/webRules/{webRuleId}`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyWebRule.md` *line 1.*
    pub fn modify_web_rule(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        web_rule_id: impl ::std::convert::Into<::std::string::String>,
        web_rule_spec: impl ::std::convert::Into<WebRuleSpec>,
    ) -> ModifyWebRule {
        ModifyWebRule {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            web_rule_id: web_rule_id.into(),
            web_rule_spec: web_rule_spec.into(),
        }
    }
    /// 设置实例 CC 防护每 IP 限速
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:setCCIpLimit`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/setCCIpLimit.md` *line 1.*
    pub fn set_cc_ip_limit(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        c_c_spec: impl ::std::convert::Into<CcIpLimitSpec>,
    ) -> SetCcIpLimit {
        SetCcIpLimit {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            c_c_spec: c_c_spec.into(),
        }
    }
    /// 非网站类规则切换成回源状态
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/forwardRules/{forwardRuleId}:origin`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/switchForwardRuleOrigin.md` *line 1.*
    pub fn switch_forward_rule_origin(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        forward_rule_id: impl ::std::convert::Into<::std::string::String>,
    ) -> SwitchForwardRuleOrigin {
        SwitchForwardRuleOrigin {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            forward_rule_id: forward_rule_id.into(),
        }
    }
    /// 非网站类规则切换成防御状态
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/forwardRules/{forwardRuleId}:protect`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/switchForwardRuleProtect.md` *line 1.*
    pub fn switch_forward_rule_protect(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        forward_rule_id: impl ::std::convert::Into<::std::string::String>,
    ) -> SwitchForwardRuleProtect {
        SwitchForwardRuleProtect {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            forward_rule_id: forward_rule_id.into(),
        }
    }
    /// 网站类规则切换成回源状态
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/webRules/{webRuleId}:origin`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/switchWebRuleOrigin.md` *line 1.*
    pub fn switch_web_rule_origin(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        web_rule_id: impl ::std::convert::Into<::std::string::String>,
    ) -> SwitchWebRuleOrigin {
        SwitchWebRuleOrigin {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            web_rule_id: web_rule_id.into(),
        }
    }
    /// 网站类规则切换成防御状态
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/webRules/{webRuleId}:protect`
    ///
    /// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/switchWebRuleProtect.md` *line 1.*
    pub fn switch_web_rule_protect(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        web_rule_id: impl ::std::convert::Into<::std::string::String>,
    ) -> SwitchWebRuleProtect {
        SwitchWebRuleProtect {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            web_rule_id: web_rule_id.into(),
        }
    }
}
/// Request builder of `checkName`, made by [`Client::check_name`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CheckName {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    name: ::std::string::String,
}
impl CheckName {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "name", &self.name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instance/checkName",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("checkName");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CheckNameResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CheckNameResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `createForwardRule`, made by [`Client::create_forward_rule`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateForwardRule {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    forward_rule_spec: ForwardRuleSpec,
}
impl CreateForwardRule {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("forwardRuleSpec", &self.forward_rule_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/forwardRules",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("createForwardRule");
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
/// The errors the documentation of `createForwardRule` lists. Read one from a service error with [`CreateForwardRuleErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateForwardRuleErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - INTERNAL_SERVER_ERROR
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl CreateForwardRuleErrorKind {
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
/// Request builder of `createInstance`, made by [`Client::create_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_spec: InstanceSpec,
}
impl CreateInstance {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("instanceSpec", &self.instance_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("createInstance");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateInstanceResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateInstanceResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `createWebRule`, made by [`Client::create_web_rule`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateWebRule {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    web_rule_spec: WebRuleSpec,
}
impl CreateWebRule {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("webRuleSpec", &self.web_rule_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/webRules",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("createWebRule");
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
/// The errors the documentation of `createWebRule` lists. Read one from a service error with [`CreateWebRuleErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateWebRuleErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - INTERNAL_SERVER_ERROR
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl CreateWebRuleErrorKind {
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
/// Request builder of `deleteForwardRule`, made by [`Client::delete_forward_rule`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteForwardRule {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    forward_rule_id: ::std::string::String,
}
impl DeleteForwardRule {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.forward_rule_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/forwardRules/{forwardRuleId}",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("forwardRuleId", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "ipanti", "v1", path)
                .with_operation("deleteForwardRule");
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
/// Request builder of `deleteWebRule`, made by [`Client::delete_web_rule`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteWebRule {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    web_rule_id: ::std::string::String,
}
impl DeleteWebRule {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.web_rule_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/webRules/{webRuleId}",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("webRuleId", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "ipanti", "v1", path)
                .with_operation("deleteWebRule");
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
/// Request builder of `describeAlarmConfig`, made by [`Client::describe_alarm_config`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeAlarmConfig {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DescribeAlarmConfig {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:describeAlarmConfig",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("describeAlarmConfig");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeAlarmConfigResult>,
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
        crate::runtime::Response<DescribeAlarmConfigResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeAlarmConfig` lists. Read one from a service error with [`DescribeAlarmConfigErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeAlarmConfigErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DescribeAlarmConfigErrorKind {
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
/// Request builder of `describeAttackStatistics`, made by [`Client::describe_attack_statistics`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeAttackStatistics {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    end_time: ::std::string::String,
    instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    start_time: ::std::string::String,
    r#type: i32,
}
impl DescribeAttackStatistics {
    /// `instanceId`: 高防实例 ID
    pub fn instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "endTime", &self.end_time)?;
        if let ::std::option::Option::Some(value) = &self.instance_id {
            crate::runtime::push_query(&mut query, "instanceId", value)?;
        }
        crate::runtime::push_query(&mut query, "startTime", &self.start_time)?;
        crate::runtime::push_query(&mut query, "type", &self.r#type)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/attacklog/describeAttackStatistics",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("describeAttackStatistics");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeAttackStatisticsResult>,
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
        crate::runtime::Response<DescribeAttackStatisticsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeAttackTypeCount`, made by [`Client::describe_attack_type_count`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeAttackTypeCount {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    end_time: ::std::string::String,
    instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    start_time: ::std::string::String,
}
impl DescribeAttackTypeCount {
    /// `instanceId`: 高防实例 ID
    pub fn instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "endTime", &self.end_time)?;
        if let ::std::option::Option::Some(value) = &self.instance_id {
            crate::runtime::push_query(&mut query, "instanceId", value)?;
        }
        crate::runtime::push_query(&mut query, "startTime", &self.start_time)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/attacklog/describeAttackTypeCount",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("describeAttackTypeCount");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<::std::vec::Vec<::serde_json::Value>>,
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
        crate::runtime::Response<::std::vec::Vec<::serde_json::Value>>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeCCAttackLogDetails`, made by [`Client::describe_cc_attack_log_details`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeCcAttackLogDetails {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    end_time: ::std::string::String,
    instance_id: ::std::string::String,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    start_time: ::std::string::String,
    sub_domain: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl DescribeCcAttackLogDetails {
    /// `pageNumber`: 页码, 默认为1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小, 默认为10, 取值范围\[10, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `subDomain`: 子域名
    pub fn sub_domain(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.sub_domain = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "endTime", &self.end_time)?;
        crate::runtime::push_query(&mut query, "instanceId", &self.instance_id)?;
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        crate::runtime::push_query(&mut query, "startTime", &self.start_time)?;
        if let ::std::option::Option::Some(value) = &self.sub_domain {
            crate::runtime::push_query(&mut query, "subDomain", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/attacklog:CCDetail",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("describeCCAttackLogDetails");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeCcAttackLogDetailsResult>,
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
        crate::runtime::Response<DescribeCcAttackLogDetailsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `dataList` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<
        Item = ::std::result::Result<CcAttackLogDetail, crate::runtime::Error>,
    > {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.data_list.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// Request builder of `describeCCAttackLogs`, made by [`Client::describe_cc_attack_logs`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeCcAttackLogs {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    end_time: ::std::string::String,
    instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    start_time: ::std::string::String,
}
impl DescribeCcAttackLogs {
    /// `instanceId`: 高防实例 ID
    pub fn instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: 页码, 默认为1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小, 默认为10, 取值范围\[10, 100\]
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
        crate::runtime::push_query(&mut query, "endTime", &self.end_time)?;
        if let ::std::option::Option::Some(value) = &self.instance_id {
            crate::runtime::push_query(&mut query, "instanceId", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        crate::runtime::push_query(&mut query, "startTime", &self.start_time)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/attacklog:CC",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("describeCCAttackLogs");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeCcAttackLogsResult>,
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
        crate::runtime::Response<DescribeCcAttackLogsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `dataList` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<DDosAttackLog, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.data_list.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// Request builder of `describeCCDefaultThresholds`, made by [`Client::describe_cc_default_thresholds`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeCcDefaultThresholds {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
}
impl DescribeCcDefaultThresholds {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instance/describeCCDefaultThresholds",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("describeCCDefaultThresholds");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeCcDefaultThresholdsResult>,
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
        crate::runtime::Response<DescribeCcDefaultThresholdsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeCCGraph`, made by [`Client::describe_cc_graph`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeCcGraph {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    end_time: ::std::string::String,
    instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    start_time: ::std::string::String,
    sub_domain: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl DescribeCcGraph {
    /// `instanceId`: 高防实例 ID, 可以传 0 个或多个
    pub fn instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// `subDomain`: 规则域名, 可以传 0 个或多个
    pub fn sub_domain(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.sub_domain = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "endTime", &self.end_time)?;
        if let ::std::option::Option::Some(value) = &self.instance_id {
            crate::runtime::push_query(&mut query, "instanceId", value)?;
        }
        crate::runtime::push_query(&mut query, "startTime", &self.start_time)?;
        if let ::std::option::Option::Some(value) = &self.sub_domain {
            crate::runtime::push_query(&mut query, "subDomain", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/charts:CCGraph",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("describeCCGraph");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeCcGraphResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeCcGraphResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeCertInfo`, made by [`Client::describe_cert_info`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeCertInfo {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    cert_info_describe_spec: CertInfoDescribeSpec,
}
impl DescribeCertInfo {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("certInfoDescribeSpec", &self.cert_info_describe_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/webRule:describeCertInfo",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("describeCertInfo");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeCertInfoResult>,
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
        crate::runtime::Response<DescribeCertInfoResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeDDoSAttackLogs`, made by [`Client::describe_d_do_s_attack_logs`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeDDoSAttackLogs {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    end_time: ::std::string::String,
    instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    start_time: ::std::string::String,
}
impl DescribeDDoSAttackLogs {
    /// `instanceId`: 高防实例 ID
    pub fn instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: 页码, 默认为1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小, 默认为10, 取值范围\[10, 100\]
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
        crate::runtime::push_query(&mut query, "endTime", &self.end_time)?;
        if let ::std::option::Option::Some(value) = &self.instance_id {
            crate::runtime::push_query(&mut query, "instanceId", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        crate::runtime::push_query(&mut query, "startTime", &self.start_time)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/attacklog:DDoS",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("describeDDoSAttackLogs");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeDDoSAttackLogsResult>,
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
        crate::runtime::Response<DescribeDDoSAttackLogsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `dataList` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<DDosAttackLog, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.data_list.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// Request builder of `describeDDoSGraph`, made by [`Client::describe_d_do_s_graph`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeDDoSGraph {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    end_time: ::std::string::String,
    instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    start_time: ::std::string::String,
}
impl DescribeDDoSGraph {
    /// `instanceId`: 高防实例 ID, 可以传 0 个或多个
    pub fn instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "endTime", &self.end_time)?;
        if let ::std::option::Option::Some(value) = &self.instance_id {
            crate::runtime::push_query(&mut query, "instanceId", value)?;
        }
        crate::runtime::push_query(&mut query, "startTime", &self.start_time)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/charts:DDoSGraph",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("describeDDoSGraph");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeDDoSGraphResult>,
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
        crate::runtime::Response<DescribeDDoSGraphResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeForwardRule`, made by [`Client::describe_forward_rule`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeForwardRule {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    forward_rule_id: ::std::string::String,
}
impl DescribeForwardRule {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.forward_rule_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/forwardRules/{forwardRuleId}",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("forwardRuleId", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("describeForwardRule");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeForwardRuleResult>,
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
        crate::runtime::Response<DescribeForwardRuleResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeForwardRule` lists. Read one from a service error with [`DescribeForwardRuleErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeForwardRuleErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DescribeForwardRuleErrorKind {
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
/// Request builder of `describeForwardRules`, made by [`Client::describe_forward_rules`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeForwardRules {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    search_type: ::std::option::Option<::std::string::String>,
    search_value: ::std::option::Option<::std::string::String>,
}
impl DescribeForwardRules {
    /// `pageNumber`: 页码, 默认为1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小, 默认为10, 取值范围\[10, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `searchType`: 查询类型名称, domain:源站域名, ip:源站 IP, port: 转发端口, originPort: 源站端口
    pub fn search_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.search_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `searchValue`: 查询类型值
    pub fn search_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.search_value = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.search_type {
            crate::runtime::push_query(&mut query, "searchType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.search_value {
            crate::runtime::push_query(&mut query, "searchValue", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/forwardRules",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("describeForwardRules");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeForwardRulesResult>,
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
        crate::runtime::Response<DescribeForwardRulesResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `dataList` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<ForwardRule, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.data_list.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeForwardRules` lists. Read one from a service error with [`DescribeForwardRulesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeForwardRulesErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DescribeForwardRulesErrorKind {
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
/// Request builder of `describeFwdGraph`, made by [`Client::describe_fwd_graph`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeFwdGraph {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    end_time: ::std::string::String,
    instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    start_time: ::std::string::String,
}
impl DescribeFwdGraph {
    /// `instanceId`: 高防实例 ID, 可以传 0 个或多个
    pub fn instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "endTime", &self.end_time)?;
        if let ::std::option::Option::Some(value) = &self.instance_id {
            crate::runtime::push_query(&mut query, "instanceId", value)?;
        }
        crate::runtime::push_query(&mut query, "startTime", &self.start_time)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/charts:fwdGraph",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("describeFwdGraph");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeFwdGraphResult>,
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
        crate::runtime::Response<DescribeFwdGraphResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeInstance`, made by [`Client::describe_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DescribeInstance {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("describeInstance");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstanceResult>,
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
        crate::runtime::Response<DescribeInstanceResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeInstance` lists. Read one from a service error with [`DescribeInstanceErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeInstanceErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DescribeInstanceErrorKind {
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
/// Request builder of `describeInstances`, made by [`Client::describe_instances`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeInstances {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    name: ::std::option::Option<::std::string::String>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeInstances {
    /// `name`: 实例名称，可模糊匹配
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: 页码, 默认为 1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小, 默认为 10, 取值范围\[10, 100\], 0 表示全量
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
        if let ::std::option::Option::Some(value) = &self.name {
            crate::runtime::push_query(&mut query, "name", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("describeInstances");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstancesResult>,
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
        crate::runtime::Response<DescribeInstancesResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `dataList` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<Instance, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.data_list.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// Request builder of `describeNameList`, made by [`Client::describe_name_list`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeNameList {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    id: ::std::option::Option<::std::string::String>,
    name: ::std::option::Option<::std::string::String>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeNameList {
    /// `id`: 高防实例 ID, 为空则查询所有实例名称
    pub fn id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// `name`: 实例名称, 可模糊匹配
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: 页码, 默认为 1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小, 默认为 10, 取值范围 \[0, 100\]
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
        if let ::std::option::Option::Some(value) = &self.id {
            crate::runtime::push_query(&mut query, "id", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.name {
            crate::runtime::push_query(&mut query, "name", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instance/describeNameList",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("describeNameList");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeNameListResult>,
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
        crate::runtime::Response<DescribeNameListResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `dataList` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<InstanceIdName, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.data_list.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// Request builder of `describeProtectionStatistics`, made by [`Client::describe_protection_statistics`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeProtectionStatistics {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
}
impl DescribeProtectionStatistics {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instance/describeProtectionStatistics",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("describeProtectionStatistics");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeProtectionStatisticsResult>,
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
        crate::runtime::Response<DescribeProtectionStatisticsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeProtectionStatistics` lists. Read one from a service error with [`DescribeProtectionStatisticsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeProtectionStatisticsErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - INTERNAL_SERVER_ERROR
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeProtectionStatisticsErrorKind {
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
/// Request builder of `describeVpcIpList`, made by [`Client::describe_vpc_ip_list`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeVpcIpList {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeVpcIpList {
    /// `pageNumber`: 页码, 默认为 1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小, 默认为 10, 取值范围 \[0, 100\], 0 表示全量
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
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instance/describeVpcIpList",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("describeVpcIpList");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeVpcIpListResult>,
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
        crate::runtime::Response<DescribeVpcIpListResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `dataList` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<VpcIpResource, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.data_list.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// Request builder of `describeWebRule`, made by [`Client::describe_web_rule`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeWebRule {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    web_rule_id: ::std::string::String,
}
impl DescribeWebRule {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.web_rule_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/webRules/{webRuleId}",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("webRuleId", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("describeWebRule");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeWebRuleResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeWebRuleResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeWebRule` lists. Read one from a service error with [`DescribeWebRuleErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeWebRuleErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DescribeWebRuleErrorKind {
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
/// Request builder of `describeWebRules`, made by [`Client::describe_web_rules`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeWebRules {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    search_type: ::std::option::Option<::std::string::String>,
    search_value: ::std::option::Option<::std::string::String>,
}
impl DescribeWebRules {
    /// `pageNumber`: 页码, 默认为1
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小, 默认为10, 取值范围\[10, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `searchType`: 查询类型名称, domain:源站域名, ip:源站 IP, rawDomain: 域名
    pub fn search_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.search_type = ::std::option::Option::Some(value.into());
        self
    }
    /// `searchValue`: 查询类型值
    pub fn search_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.search_value = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.search_type {
            crate::runtime::push_query(&mut query, "searchType", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.search_value {
            crate::runtime::push_query(&mut query, "searchValue", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/webRules",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("describeWebRules");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeWebRulesResult>,
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
        crate::runtime::Response<DescribeWebRulesResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `dataList` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<WebRule, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.data_list.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeWebRules` lists. Read one from a service error with [`DescribeWebRulesErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeWebRulesErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DescribeWebRulesErrorKind {
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
/// Request builder of `disableCCIpLimit`, made by [`Client::disable_cc_ip_limit`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DisableCcIpLimit {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DisableCcIpLimit {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:disableCCIpLimit",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("disableCCIpLimit");
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
/// The errors the documentation of `disableCCIpLimit` lists. Read one from a service error with [`DisableCcIpLimitErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DisableCcIpLimitErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DisableCcIpLimitErrorKind {
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
/// Request builder of `disableCCObserverMode`, made by [`Client::disable_cc_observer_mode`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DisableCcObserverMode {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DisableCcObserverMode {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:disableCCObserverMode",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("disableCCObserverMode");
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
/// The errors the documentation of `disableCCObserverMode` lists. Read one from a service error with [`DisableCcObserverModeErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DisableCcObserverModeErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DisableCcObserverModeErrorKind {
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
/// Request builder of `disableInstanceCC`, made by [`Client::disable_instance_cc`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DisableInstanceCc {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DisableInstanceCc {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:disableCC",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("disableInstanceCC");
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
/// The errors the documentation of `disableInstanceCC` lists. Read one from a service error with [`DisableInstanceCcErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DisableInstanceCcErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DisableInstanceCcErrorKind {
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
/// Request builder of `disableInstanceIpBlackList`, made by [`Client::disable_instance_ip_black_list`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DisableInstanceIpBlackList {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DisableInstanceIpBlackList {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:disableIpBlackList",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("disableInstanceIpBlackList");
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
/// The errors the documentation of `disableInstanceIpBlackList` lists. Read one from a service error with [`DisableInstanceIpBlackListErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DisableInstanceIpBlackListErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DisableInstanceIpBlackListErrorKind {
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
/// Request builder of `disableInstanceIpWhiteList`, made by [`Client::disable_instance_ip_white_list`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DisableInstanceIpWhiteList {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DisableInstanceIpWhiteList {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:disableIpWhiteList",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("disableInstanceIpWhiteList");
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
/// The errors the documentation of `disableInstanceIpWhiteList` lists. Read one from a service error with [`DisableInstanceIpWhiteListErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DisableInstanceIpWhiteListErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DisableInstanceIpWhiteListErrorKind {
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
/// Request builder of `disableInstanceUrlWhiteList`, made by [`Client::disable_instance_url_white_list`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DisableInstanceUrlWhiteList {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DisableInstanceUrlWhiteList {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:disableUrlWhiteList",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("disableInstanceUrlWhiteList");
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
/// The errors the documentation of `disableInstanceUrlWhiteList` lists. Read one from a service error with [`DisableInstanceUrlWhiteListErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DisableInstanceUrlWhiteListErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl DisableInstanceUrlWhiteListErrorKind {
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
/// Request builder of `disableWebRuleCC`, made by [`Client::disable_web_rule_cc`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DisableWebRuleCc {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    web_rule_id: ::std::string::String,
}
impl DisableWebRuleCc {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.web_rule_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/webRules/{webRuleId}:disableCC",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("webRuleId", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("disableWebRuleCC");
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
/// The errors the documentation of `disableWebRuleCC` lists. Read one from a service error with [`DisableWebRuleCcErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DisableWebRuleCcErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - INTERNAL_SERVER_ERROR
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DisableWebRuleCcErrorKind {
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
/// Request builder of `downloadCCAttackLogDetails`, made by [`Client::download_cc_attack_log_details`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DownloadCcAttackLogDetails {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    end_time: ::std::string::String,
    instance_id: ::std::string::String,
    start_time: ::std::string::String,
    sub_domain: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl DownloadCcAttackLogDetails {
    /// `subDomain`: 子域名
    pub fn sub_domain(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.sub_domain = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "endTime", &self.end_time)?;
        crate::runtime::push_query(&mut query, "instanceId", &self.instance_id)?;
        crate::runtime::push_query(&mut query, "startTime", &self.start_time)?;
        if let ::std::option::Option::Some(value) = &self.sub_domain {
            crate::runtime::push_query(&mut query, "subDomain", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/attacklog:CCDetail/download",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("downloadCCAttackLogDetails");
        request = request.with_query(query);
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
/// Request builder of `downloadCCAttackLogs`, made by [`Client::download_cc_attack_logs`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DownloadCcAttackLogs {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    end_time: ::std::string::String,
    instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    start_time: ::std::string::String,
}
impl DownloadCcAttackLogs {
    /// `instanceId`: 高防实例 ID
    pub fn instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "endTime", &self.end_time)?;
        if let ::std::option::Option::Some(value) = &self.instance_id {
            crate::runtime::push_query(&mut query, "instanceId", value)?;
        }
        crate::runtime::push_query(&mut query, "startTime", &self.start_time)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/attacklog:CC/download",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("downloadCCAttackLogs");
        request = request.with_query(query);
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
/// Request builder of `downloadDDoSAttackLogs`, made by [`Client::download_d_do_s_attack_logs`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DownloadDDoSAttackLogs {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    end_time: ::std::string::String,
    instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    start_time: ::std::string::String,
}
impl DownloadDDoSAttackLogs {
    /// `instanceId`: 高防实例 ID
    pub fn instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "endTime", &self.end_time)?;
        if let ::std::option::Option::Some(value) = &self.instance_id {
            crate::runtime::push_query(&mut query, "instanceId", value)?;
        }
        crate::runtime::push_query(&mut query, "startTime", &self.start_time)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/attacklog:DDoS/download",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "ipanti", "v1", path)
                .with_operation("downloadDDoSAttackLogs");
        request = request.with_query(query);
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
/// Request builder of `enableCCIpLimit`, made by [`Client::enable_cc_ip_limit`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct EnableCcIpLimit {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl EnableCcIpLimit {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:enableCCIpLimit",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("enableCCIpLimit");
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
/// The errors the documentation of `enableCCIpLimit` lists. Read one from a service error with [`EnableCcIpLimitErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnableCcIpLimitErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl EnableCcIpLimitErrorKind {
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
/// Request builder of `enableCCObserverMode`, made by [`Client::enable_cc_observer_mode`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct EnableCcObserverMode {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl EnableCcObserverMode {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:enableCCObserverMode",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("enableCCObserverMode");
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
/// The errors the documentation of `enableCCObserverMode` lists. Read one from a service error with [`EnableCcObserverModeErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnableCcObserverModeErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl EnableCcObserverModeErrorKind {
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
/// Request builder of `enableInstanceCC`, made by [`Client::enable_instance_cc`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct EnableInstanceCc {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl EnableInstanceCc {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:enableCC",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("enableInstanceCC");
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
/// The errors the documentation of `enableInstanceCC` lists. Read one from a service error with [`EnableInstanceCcErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnableInstanceCcErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl EnableInstanceCcErrorKind {
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
/// Request builder of `enableInstanceIpBlackList`, made by [`Client::enable_instance_ip_black_list`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct EnableInstanceIpBlackList {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl EnableInstanceIpBlackList {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:enableIpBlackList",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("enableInstanceIpBlackList");
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
/// The errors the documentation of `enableInstanceIpBlackList` lists. Read one from a service error with [`EnableInstanceIpBlackListErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnableInstanceIpBlackListErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl EnableInstanceIpBlackListErrorKind {
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
/// Request builder of `enableInstanceIpWhiteList`, made by [`Client::enable_instance_ip_white_list`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct EnableInstanceIpWhiteList {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl EnableInstanceIpWhiteList {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:enableIpWhiteList",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("enableInstanceIpWhiteList");
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
/// The errors the documentation of `enableInstanceIpWhiteList` lists. Read one from a service error with [`EnableInstanceIpWhiteListErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnableInstanceIpWhiteListErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl EnableInstanceIpWhiteListErrorKind {
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
/// Request builder of `enableInstanceUrlWhiteList`, made by [`Client::enable_instance_url_white_list`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct EnableInstanceUrlWhiteList {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl EnableInstanceUrlWhiteList {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:enableUrlWhiteList",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("enableInstanceUrlWhiteList");
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
/// The errors the documentation of `enableInstanceUrlWhiteList` lists. Read one from a service error with [`EnableInstanceUrlWhiteListErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnableInstanceUrlWhiteListErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl EnableInstanceUrlWhiteListErrorKind {
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
/// Request builder of `enableWebRuleCC`, made by [`Client::enable_web_rule_cc`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct EnableWebRuleCc {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    web_rule_id: ::std::string::String,
}
impl EnableWebRuleCc {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.web_rule_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/webRules/{webRuleId}:enableCC",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("webRuleId", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("enableWebRuleCC");
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
/// The errors the documentation of `enableWebRuleCC` lists. Read one from a service error with [`EnableWebRuleCcErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EnableWebRuleCcErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - INTERNAL_SERVER_ERROR
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl EnableWebRuleCcErrorKind {
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
/// Request builder of `modifyAlarmConfig`, made by [`Client::modify_alarm_config`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyAlarmConfig {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    alarm_config_spec: AlarmConfigSpec,
}
impl ModifyAlarmConfig {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("alarmConfigSpec", &self.alarm_config_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:modifyAlarmConfig",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("modifyAlarmConfig");
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
/// Request builder of `modifyCertInfo`, made by [`Client::modify_cert_info`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyCertInfo {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    web_rule_id: ::std::string::String,
    cert_info_modify_spec: CertInfoModifySpec,
}
impl ModifyCertInfo {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.web_rule_id.to_string();
        body.member("certInfoModifySpec", &self.cert_info_modify_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/webRules/{webRuleId}:modifyCertInfo",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("webRuleId", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("modifyCertInfo");
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
/// Request builder of `modifyEPB`, made by [`Client::modify_epb`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyEpb {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    e_pb_spec: EpbSpec,
}
impl ModifyEpb {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("ePBSpec", &self.e_pb_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:modifyEPB",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("modifyEPB");
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
/// The errors the documentation of `modifyEPB` lists. Read one from a service error with [`ModifyEpbErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyEpbErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl ModifyEpbErrorKind {
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
/// Request builder of `modifyForwardRule`, made by [`Client::modify_forward_rule`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyForwardRule {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    forward_rule_id: ::std::string::String,
    forward_rule_spec: ForwardRuleSpec,
}
impl ModifyForwardRule {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.forward_rule_id.to_string();
        body.member("forwardRuleSpec", &self.forward_rule_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/forwardRules/{forwardRuleId}",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("forwardRuleId", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "ipanti", "v1", path)
                .with_operation("modifyForwardRule");
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
/// The errors the documentation of `modifyForwardRule` lists. Read one from a service error with [`ModifyForwardRuleErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyForwardRuleErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - INTERNAL_SERVER_ERROR
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ModifyForwardRuleErrorKind {
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
/// Request builder of `modifyInstanceCC`, made by [`Client::modify_instance_cc`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyInstanceCc {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    c_c_spec: CcSpec,
}
impl ModifyInstanceCc {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("cCSpec", &self.c_c_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:setCC",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("modifyInstanceCC");
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
/// The errors the documentation of `modifyInstanceCC` lists. Read one from a service error with [`ModifyInstanceCcErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyInstanceCcErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl ModifyInstanceCcErrorKind {
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
/// Request builder of `modifyInstanceIpBlackList`, made by [`Client::modify_instance_ip_black_list`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyInstanceIpBlackList {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    ip_bw_list_spec: IpBwListSpec,
}
impl ModifyInstanceIpBlackList {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("ipBwListSpec", &self.ip_bw_list_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:setIpBlackList",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("modifyInstanceIpBlackList");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<ModifyInstanceIpBlackListResult>,
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
        crate::runtime::Response<ModifyInstanceIpBlackListResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifyInstanceIpBlackList` lists. Read one from a service error with [`ModifyInstanceIpBlackListErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyInstanceIpBlackListErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl ModifyInstanceIpBlackListErrorKind {
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
/// Request builder of `modifyInstanceIpWhiteList`, made by [`Client::modify_instance_ip_white_list`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyInstanceIpWhiteList {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    ip_bw_list_spec: IpBwListSpec,
}
impl ModifyInstanceIpWhiteList {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("ipBwListSpec", &self.ip_bw_list_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:setIpWhiteList",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("modifyInstanceIpWhiteList");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<ModifyInstanceIpWhiteListResult>,
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
        crate::runtime::Response<ModifyInstanceIpWhiteListResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `modifyInstanceIpWhiteList` lists. Read one from a service error with [`ModifyInstanceIpWhiteListErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyInstanceIpWhiteListErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl ModifyInstanceIpWhiteListErrorKind {
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
/// Request builder of `modifyInstanceName`, made by [`Client::modify_instance_name`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyInstanceName {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    instance_spec: InstanceSpec,
}
impl ModifyInstanceName {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("instanceSpec", &self.instance_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:rename",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("modifyInstanceName");
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
/// The errors the documentation of `modifyInstanceName` lists. Read one from a service error with [`ModifyInstanceNameErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyInstanceNameErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl ModifyInstanceNameErrorKind {
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
/// Request builder of `modifyInstanceUrlWhiteList`, made by [`Client::modify_instance_url_white_list`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyInstanceUrlWhiteList {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    url_white_list: ::std::vec::Vec<::std::string::String>,
}
impl ModifyInstanceUrlWhiteList {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("urlWhiteList", &self.url_white_list)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:setUrlWhiteList",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("modifyInstanceUrlWhiteList");
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
/// The errors the documentation of `modifyInstanceUrlWhiteList` lists. Read one from a service error with [`ModifyInstanceUrlWhiteListErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyInstanceUrlWhiteListErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl ModifyInstanceUrlWhiteListErrorKind {
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
/// Request builder of `modifyWebRule`, made by [`Client::modify_web_rule`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyWebRule {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    web_rule_id: ::std::string::String,
    web_rule_spec: WebRuleSpec,
}
impl ModifyWebRule {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.web_rule_id.to_string();
        body.member("webRuleSpec", &self.web_rule_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/webRules/{webRuleId}",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("webRuleId", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "ipanti", "v1", path)
                .with_operation("modifyWebRule");
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
/// The errors the documentation of `modifyWebRule` lists. Read one from a service error with [`ModifyWebRuleErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyWebRuleErrorKind {
    /// HTTP 400.
    ///
    /// - BAD_REQUEST
    BadRequest = 400,
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - INTERNAL_SERVER_ERROR
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ModifyWebRuleErrorKind {
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
/// Request builder of `setCCIpLimit`, made by [`Client::set_cc_ip_limit`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetCcIpLimit {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    c_c_spec: CcIpLimitSpec,
}
impl SetCcIpLimit {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("cCSpec", &self.c_c_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:setCCIpLimit",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("setCCIpLimit");
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
/// The errors the documentation of `setCCIpLimit` lists. Read one from a service error with [`SetCcIpLimitErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SetCcIpLimitErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// Any other error.
    Other = 0,
}
impl SetCcIpLimitErrorKind {
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
/// Request builder of `switchForwardRuleOrigin`, made by [`Client::switch_forward_rule_origin`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SwitchForwardRuleOrigin {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    forward_rule_id: ::std::string::String,
}
impl SwitchForwardRuleOrigin {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.forward_rule_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/forwardRules/{forwardRuleId}:origin",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("forwardRuleId", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("switchForwardRuleOrigin");
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
/// The errors the documentation of `switchForwardRuleOrigin` lists. Read one from a service error with [`SwitchForwardRuleOriginErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SwitchForwardRuleOriginErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - INTERNAL_SERVER_ERROR
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl SwitchForwardRuleOriginErrorKind {
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
/// Request builder of `switchForwardRuleProtect`, made by [`Client::switch_forward_rule_protect`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SwitchForwardRuleProtect {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    forward_rule_id: ::std::string::String,
}
impl SwitchForwardRuleProtect {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.forward_rule_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/forwardRules/{forwardRuleId}:protect",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("forwardRuleId", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("switchForwardRuleProtect");
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
/// The errors the documentation of `switchForwardRuleProtect` lists. Read one from a service error with [`SwitchForwardRuleProtectErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SwitchForwardRuleProtectErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - INTERNAL_SERVER_ERROR
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl SwitchForwardRuleProtectErrorKind {
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
/// Request builder of `switchWebRuleOrigin`, made by [`Client::switch_web_rule_origin`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SwitchWebRuleOrigin {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    web_rule_id: ::std::string::String,
}
impl SwitchWebRuleOrigin {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.web_rule_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/webRules/{webRuleId}:origin",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("webRuleId", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("switchWebRuleOrigin");
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
/// The errors the documentation of `switchWebRuleOrigin` lists. Read one from a service error with [`SwitchWebRuleOriginErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SwitchWebRuleOriginErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - INTERNAL_SERVER_ERROR
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl SwitchWebRuleOriginErrorKind {
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
/// Request builder of `switchWebRuleProtect`, made by [`Client::switch_web_rule_protect`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SwitchWebRuleProtect {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    web_rule_id: ::std::string::String,
}
impl SwitchWebRuleProtect {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.web_rule_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/webRules/{webRuleId}:protect",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("webRuleId", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "ipanti", "v1", path)
                .with_operation("switchWebRuleProtect");
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
/// The errors the documentation of `switchWebRuleProtect` lists. Read one from a service error with [`SwitchWebRuleProtectErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SwitchWebRuleProtectErrorKind {
    /// HTTP 404.
    ///
    /// - NOT_FOUND
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - INTERNAL_SERVER_ERROR
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl SwitchWebRuleProtectErrorKind {
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
