//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `AlarmConfig`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeAlarmConfig.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AlarmConfig {
    /// 黑洞告警邮件开关 0 关闭 1 开启
    #[serde(
        rename = "blackHoleAlarmEmailStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub black_hole_alarm_email_status: ::std::option::Option<i32>,
    /// 黑洞告警短信开关 0 关闭 1 开启
    #[serde(
        rename = "blackHoleAlarmSmsStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub black_hole_alarm_sms_status: ::std::option::Option<i32>,
    /// 黑洞告警总开关  0 关闭 1 开启
    #[serde(
        rename = "blackHoleAlarmStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub black_hole_alarm_status: ::std::option::Option<i32>,
    /// DDos 攻击告警邮件开关  0 关闭 1 开启
    #[serde(
        rename = "ddosAlarmEmailStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ddos_alarm_email_status: ::std::option::Option<i32>,
    /// DDos 攻击告警短信开关  0 关闭 1 开启
    #[serde(
        rename = "ddosAlarmSmsStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ddos_alarm_sms_status: ::std::option::Option<i32>,
    /// DDos 告警总开关 0 关闭 1 开启
    #[serde(
        rename = "ddosAlarmStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ddos_alarm_status: ::std::option::Option<i32>,
    /// 错误码告警总开关
    #[serde(
        rename = "errorCodeAlarmStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_code_alarm_status: ::std::option::Option<i32>,
    /// 错误码告警域名列表
    #[serde(
        rename = "errorCodeDomain",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_code_domain: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl AlarmConfig {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `blackHoleAlarmEmailStatus`.
    pub fn with_black_hole_alarm_email_status(
        mut self,
        value: impl ::std::convert::Into<i32>,
    ) -> Self {
        self.black_hole_alarm_email_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `blackHoleAlarmSmsStatus`.
    pub fn with_black_hole_alarm_sms_status(
        mut self,
        value: impl ::std::convert::Into<i32>,
    ) -> Self {
        self.black_hole_alarm_sms_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `blackHoleAlarmStatus`.
    pub fn with_black_hole_alarm_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.black_hole_alarm_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ddosAlarmEmailStatus`.
    pub fn with_ddos_alarm_email_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ddos_alarm_email_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ddosAlarmSmsStatus`.
    pub fn with_ddos_alarm_sms_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ddos_alarm_sms_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ddosAlarmStatus`.
    pub fn with_ddos_alarm_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ddos_alarm_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `errorCodeAlarmStatus`.
    pub fn with_error_code_alarm_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.error_code_alarm_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `errorCodeDomain`.
    pub fn with_error_code_domain(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.error_code_domain = ::std::option::Option::Some(value.into());
        self
    }
}
/// `AlarmConfigSpec`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyAlarmConfig.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AlarmConfigSpec {
    /// 黑洞告警邮件开关 0 关闭 1 开启
    #[serde(
        rename = "blackHoleAlarmEmailStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub black_hole_alarm_email_status: ::std::option::Option<i32>,
    /// 黑洞告警短信开关 0 关闭 1 开启
    #[serde(
        rename = "blackHoleAlarmSmsStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub black_hole_alarm_sms_status: ::std::option::Option<i32>,
    /// 黑洞告警总开关  0 关闭 1 开启
    #[serde(
        rename = "blackHoleAlarmStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub black_hole_alarm_status: ::std::option::Option<i32>,
    /// DDos 攻击告警邮件开关  0 关闭 1 开启
    #[serde(
        rename = "ddosAlarmEmailStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ddos_alarm_email_status: ::std::option::Option<i32>,
    /// DDos 攻击告警短信开关  0 关闭 1 开启
    #[serde(
        rename = "ddosAlarmSmsStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ddos_alarm_sms_status: ::std::option::Option<i32>,
    /// DDos 告警总开关 0 关闭 1 开启
    #[serde(
        rename = "ddosAlarmStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ddos_alarm_status: ::std::option::Option<i32>,
    /// 错误码告警总开关
    #[serde(
        rename = "errorCodeAlarmStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_code_alarm_status: ::std::option::Option<i32>,
    /// 错误码告警域名列表
    #[serde(
        rename = "errorCodeDomain",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_code_domain: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl AlarmConfigSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `blackHoleAlarmEmailStatus`.
    pub fn with_black_hole_alarm_email_status(
        mut self,
        value: impl ::std::convert::Into<i32>,
    ) -> Self {
        self.black_hole_alarm_email_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `blackHoleAlarmSmsStatus`.
    pub fn with_black_hole_alarm_sms_status(
        mut self,
        value: impl ::std::convert::Into<i32>,
    ) -> Self {
        self.black_hole_alarm_sms_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `blackHoleAlarmStatus`.
    pub fn with_black_hole_alarm_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.black_hole_alarm_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ddosAlarmEmailStatus`.
    pub fn with_ddos_alarm_email_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ddos_alarm_email_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ddosAlarmSmsStatus`.
    pub fn with_ddos_alarm_sms_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ddos_alarm_sms_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ddosAlarmStatus`.
    pub fn with_ddos_alarm_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ddos_alarm_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `errorCodeAlarmStatus`.
    pub fn with_error_code_alarm_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.error_code_alarm_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `errorCodeDomain`.
    pub fn with_error_code_domain(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.error_code_domain = ::std::option::Option::Some(value.into());
        self
    }
}
/// `BwRepeatMsg`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyInstanceIpBlackList.md` *line 40.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BwRepeatMsg {
    /// 黑名单重复 IP/IP段
    #[serde(
        rename = "black",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub black: ::std::option::Option<::std::string::String>,
    /// 白名单重复 IP/IP段
    #[serde(
        rename = "white",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub white: ::std::option::Option<::std::string::String>,
}
impl BwRepeatMsg {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `black`.
    pub fn with_black(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.black = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `white`.
    pub fn with_white(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.white = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CCAttackLogDetail`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeCCAttackLogDetails.md` *line 41.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CcAttackLogDetail {
    /// 特征key
    #[serde(
        rename = "key",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key: ::std::option::Option<::std::string::String>,
    /// 攻击次数
    #[serde(
        rename = "num",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub num: ::std::option::Option<i32>,
}
impl CcAttackLogDetail {
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
    /// Sets `num`.
    pub fn with_num(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.num = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CCDefaultThresholds`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeCCDefaultThresholds.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CcDefaultThresholds {
    /// 每个 Host 的防护阈值
    #[serde(
        rename = "hostQps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_qps: ::std::option::Option<i32>,
    /// 每个 Host + URL 的防护阈值
    #[serde(
        rename = "hostUrlQps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_url_qps: ::std::option::Option<i32>,
    /// 每个源 IP 对 Host 的防护阈值
    #[serde(
        rename = "ipHostQps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_host_qps: ::std::option::Option<i32>,
    /// 每个源 IP 对 Host + URI 的防护阈值
    #[serde(
        rename = "ipHostUrlQps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_host_url_qps: ::std::option::Option<i32>,
}
impl CcDefaultThresholds {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `hostQps`.
    pub fn with_host_qps(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.host_qps = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hostUrlQps`.
    pub fn with_host_url_qps(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.host_url_qps = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipHostQps`.
    pub fn with_ip_host_qps(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ip_host_qps = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipHostUrlQps`.
    pub fn with_ip_host_url_qps(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ip_host_url_qps = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CCSpec`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyInstanceCC.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CcSpec {
    /// cc防护模式：0正常 1宽松 2紧急 3自定义
    #[serde(
        rename = "ccProtectMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cc_protect_mode: ::std::option::Option<i32>,
    /// cc阈值大小
    #[serde(
        rename = "ccThreshold",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cc_threshold: ::std::option::Option<i32>,
    /// ccProtectMode为自定义模式时，指定每个Host的防护阈值
    #[serde(
        rename = "hostQps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_qps: ::std::option::Option<i32>,
    /// ccProtectMode为自定义模式时，指定每个Host+URI的防护阈值
    #[serde(
        rename = "hostUrlQps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_url_qps: ::std::option::Option<i32>,
    /// ccProtectMode为自定义模式时，指定每个源IP对Host的防护阈值
    #[serde(
        rename = "ipHostQps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_host_qps: ::std::option::Option<i32>,
    /// ccProtectMode为自定义模式时，指定每个源IP对Host+URI的防护阈值
    #[serde(
        rename = "ipHostUrlQps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_host_url_qps: ::std::option::Option<i32>,
}
impl CcSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `ccProtectMode`.
    pub fn with_cc_protect_mode(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.cc_protect_mode = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ccThreshold`.
    pub fn with_cc_threshold(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.cc_threshold = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hostQps`.
    pub fn with_host_qps(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.host_qps = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hostUrlQps`.
    pub fn with_host_url_qps(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.host_url_qps = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipHostQps`.
    pub fn with_ip_host_qps(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ip_host_qps = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipHostUrlQps`.
    pub fn with_ip_host_url_qps(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ip_host_url_qps = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CcIpLimitSpec`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/setCCIpLimit.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CcIpLimitSpec {
    /// cc防护每ip的限速大小
    #[serde(
        rename = "ccSpeedLimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cc_speed_limit: ::std::option::Option<i32>,
    /// cc防护每ip的限速大小的统计周期
    #[serde(
        rename = "ccSpeedPeriod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cc_speed_period: ::std::option::Option<i32>,
}
impl CcIpLimitSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `ccSpeedLimit`.
    pub fn with_cc_speed_limit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.cc_speed_limit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ccSpeedPeriod`.
    pub fn with_cc_speed_period(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.cc_speed_period = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CertInfo`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeCertInfo.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CertInfo {
    /// 通用名称
    #[serde(
        rename = "domain",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub domain: ::std::option::Option<::std::string::String>,
    /// 证书生效时间
    #[serde(
        rename = "from",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub from: ::std::option::Option<::std::string::String>,
    /// 颁发者
    #[serde(
        rename = "issuer",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issuer: ::std::option::Option<::std::string::String>,
    /// 加密算法
    #[serde(
        rename = "sigAlgName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sig_alg_name: ::std::option::Option<::std::string::String>,
    /// 证书到期时间
    #[serde(
        rename = "to",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub to: ::std::option::Option<::std::string::String>,
    /// 证书组织
    #[serde(
        rename = "user",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user: ::std::option::Option<::std::string::String>,
}
impl CertInfo {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `domain`.
    pub fn with_domain(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.domain = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `from`.
    pub fn with_from(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.from = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `issuer`.
    pub fn with_issuer(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.issuer = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sigAlgName`.
    pub fn with_sig_alg_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sig_alg_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `to`.
    pub fn with_to(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.to = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `user`.
    pub fn with_user(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CertInfoDescribeSpec`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeCertInfo.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CertInfoDescribeSpec {
    /// 域名
    #[serde(
        rename = "domain",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub domain: ::std::option::Option<::std::string::String>,
    /// 证书内容
    #[serde(
        rename = "httpsCertContent",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub https_cert_content: ::std::option::Option<::std::string::String>,
}
impl CertInfoDescribeSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `domain`.
    pub fn with_domain(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.domain = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `httpsCertContent`.
    pub fn with_https_cert_content(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.https_cert_content = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CertInfoModifySpec`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyCertInfo.md` *line 24.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CertInfoModifySpec {
    /// 证书内容
    #[serde(
        rename = "httpsCertContent",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub https_cert_content: ::std::option::Option<::std::string::String>,
    /// 私钥
    #[serde(
        rename = "httpsRsaKey",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub https_rsa_key: ::std::option::Option<::std::string::String>,
}
impl CertInfoModifySpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `httpsCertContent`.
    pub fn with_https_cert_content(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.https_cert_content = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `httpsRsaKey`.
    pub fn with_https_rsa_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.https_rsa_key = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CheckNameResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/checkName.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CheckNameResult {
    /// 检测结果, true 表示合法, false 表示不合法
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<bool>,
}
impl CheckNameResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateInstanceResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/createInstance.md` *line 41.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateInstanceResult {
    /// `orderId`
    #[serde(
        rename = "orderId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_id: ::std::option::Option<::std::string::String>,
}
impl CreateInstanceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `orderId`.
    pub fn with_order_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.order_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DDosAttackLog`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeCCAttackLogs.md` *line 40.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DDosAttackLog {
    /// 攻击流量大小
    #[serde(
        rename = "attackTraffic",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attack_traffic: ::std::option::Option<f64>,
    /// 是否触发黑洞，0否 1是
    #[serde(
        rename = "blackHole",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub black_hole: ::std::option::Option<i32>,
    /// 攻击结束时间
    #[serde(
        rename = "endTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// 高防实例id
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<i32>,
    /// 高防实例名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// 攻击开始时间
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// 流量单位，bps、Kbps、Mbps、Gbps
    #[serde(
        rename = "unit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit: ::std::option::Option<::std::string::String>,
}
impl DDosAttackLog {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `attackTraffic`.
    pub fn with_attack_traffic(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.attack_traffic = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `blackHole`.
    pub fn with_black_hole(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.black_hole = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `endTime`.
    pub fn with_end_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceId`.
    pub fn with_instance_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `startTime`.
    pub fn with_start_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unit`.
    pub fn with_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.unit = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeAlarmConfigResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeAlarmConfig.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeAlarmConfigResult {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<AlarmConfig>,
}
impl DescribeAlarmConfigResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<AlarmConfig>) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeAttackStatisticsResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeAttackStatistics.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeAttackStatisticsResult {
    /// 攻击次数
    #[serde(
        rename = "count",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub count: ::std::option::Option<i32>,
    /// 攻击流量峰值
    #[serde(
        rename = "flow",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub flow: ::std::option::Option<f64>,
    /// 流量单位, bps、Kbps、Mbps、Gbps
    #[serde(
        rename = "unit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit: ::std::option::Option<::std::string::String>,
}
impl DescribeAttackStatisticsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `count`.
    pub fn with_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `flow`.
    pub fn with_flow(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.flow = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unit`.
    pub fn with_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.unit = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeCcAttackLogDetailsResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeCCAttackLogDetails.md` *line 34.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeCcAttackLogDetailsResult {
    /// 当前页数量
    #[serde(
        rename = "currentCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_count: ::std::option::Option<i32>,
    /// `dataList`
    #[serde(
        rename = "dataList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_list: ::std::option::Option<::std::vec::Vec<CcAttackLogDetail>>,
    /// 实例总数
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
    /// 总页数
    #[serde(
        rename = "totalPage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_page: ::std::option::Option<i32>,
}
impl DescribeCcAttackLogDetailsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `currentCount`.
    pub fn with_current_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.current_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dataList`.
    pub fn with_data_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<CcAttackLogDetail>>,
    ) -> Self {
        self.data_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalPage`.
    pub fn with_total_page(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_page = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeCcAttackLogsResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeCCAttackLogs.md` *line 33.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeCcAttackLogsResult {
    /// 当前页数量
    #[serde(
        rename = "currentCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_count: ::std::option::Option<i32>,
    /// `dataList`
    #[serde(
        rename = "dataList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_list: ::std::option::Option<::std::vec::Vec<DDosAttackLog>>,
    /// 实例总数
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
    /// 总页数
    #[serde(
        rename = "totalPage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_page: ::std::option::Option<i32>,
}
impl DescribeCcAttackLogsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `currentCount`.
    pub fn with_current_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.current_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dataList`.
    pub fn with_data_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<DDosAttackLog>>,
    ) -> Self {
        self.data_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalPage`.
    pub fn with_total_page(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_page = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeCcDefaultThresholdsResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeCCDefaultThresholds.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeCcDefaultThresholdsResult {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<CcDefaultThresholds>,
}
impl DescribeCcDefaultThresholdsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<CcDefaultThresholds>) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeCcGraphResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeCCGraph.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeCcGraphResult {
    /// `postProtect`
    #[serde(
        rename = "postProtect",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub post_protect: ::std::option::Option<::std::vec::Vec<i32>>,
    /// `preProtect`
    #[serde(
        rename = "preProtect",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pre_protect: ::std::option::Option<::std::vec::Vec<i32>>,
    /// `time`
    #[serde(
        rename = "time",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time: ::std::option::Option<::std::vec::Vec<i32>>,
    /// 流量单位
    #[serde(
        rename = "unit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit: ::std::option::Option<::std::string::String>,
}
impl DescribeCcGraphResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `postProtect`.
    pub fn with_post_protect(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<i32>>,
    ) -> Self {
        self.post_protect = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `preProtect`.
    pub fn with_pre_protect(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<i32>>,
    ) -> Self {
        self.pre_protect = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `time`.
    pub fn with_time(mut self, value: impl ::std::convert::Into<::std::vec::Vec<i32>>) -> Self {
        self.time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unit`.
    pub fn with_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.unit = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeCertInfoResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeCertInfo.md` *line 35.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeCertInfoResult {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<CertInfo>,
}
impl DescribeCertInfoResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<CertInfo>) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeDDoSAttackLogsResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeDDoSAttackLogs.md` *line 33.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeDDoSAttackLogsResult {
    /// 当前页数量
    #[serde(
        rename = "currentCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_count: ::std::option::Option<i32>,
    /// `dataList`
    #[serde(
        rename = "dataList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_list: ::std::option::Option<::std::vec::Vec<DDosAttackLog>>,
    /// 实例总数
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
    /// 总页数
    #[serde(
        rename = "totalPage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_page: ::std::option::Option<i32>,
}
impl DescribeDDoSAttackLogsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `currentCount`.
    pub fn with_current_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.current_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dataList`.
    pub fn with_data_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<DDosAttackLog>>,
    ) -> Self {
        self.data_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalPage`.
    pub fn with_total_page(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_page = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeDDoSGraphResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeDDoSGraph.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeDDoSGraphResult {
    /// `postProtect`
    #[serde(
        rename = "postProtect",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub post_protect: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `preProtect`
    #[serde(
        rename = "preProtect",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pre_protect: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `time`
    #[serde(
        rename = "time",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time: ::std::option::Option<::std::vec::Vec<i32>>,
    /// 流量单位
    #[serde(
        rename = "unit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit: ::std::option::Option<::std::string::String>,
}
impl DescribeDDoSGraphResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `postProtect`.
    pub fn with_post_protect(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<f64>>,
    ) -> Self {
        self.post_protect = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `preProtect`.
    pub fn with_pre_protect(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<f64>>,
    ) -> Self {
        self.pre_protect = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `time`.
    pub fn with_time(mut self, value: impl ::std::convert::Into<::std::vec::Vec<i32>>) -> Self {
        self.time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unit`.
    pub fn with_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.unit = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeForwardRuleResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeForwardRule.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeForwardRuleResult {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<ForwardRule>,
}
impl DescribeForwardRuleResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<ForwardRule>) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeForwardRulesResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeForwardRules.md` *line 33.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeForwardRulesResult {
    /// `dataList`
    #[serde(
        rename = "dataList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_list: ::std::option::Option<::std::vec::Vec<ForwardRule>>,
    /// `totalCount`
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeForwardRulesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `dataList`.
    pub fn with_data_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ForwardRule>>,
    ) -> Self {
        self.data_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeFwdGraphResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeFwdGraph.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeFwdGraphResult {
    /// `forwardRecord`
    #[serde(
        rename = "forwardRecord",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forward_record: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `time`
    #[serde(
        rename = "time",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time: ::std::option::Option<::std::vec::Vec<i32>>,
    /// 流量单位
    #[serde(
        rename = "unit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit: ::std::option::Option<::std::string::String>,
}
impl DescribeFwdGraphResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `forwardRecord`.
    pub fn with_forward_record(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<f64>>,
    ) -> Self {
        self.forward_record = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `time`.
    pub fn with_time(mut self, value: impl ::std::convert::Into<::std::vec::Vec<i32>>) -> Self {
        self.time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unit`.
    pub fn with_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.unit = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeInstanceResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeInstance.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceResult {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Instance>,
}
impl DescribeInstanceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<Instance>) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeInstancesResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeInstances.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstancesResult {
    /// `dataList`
    #[serde(
        rename = "dataList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_list: ::std::option::Option<::std::vec::Vec<Instance>>,
    /// `totalCount`
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
    /// Sets `dataList`.
    pub fn with_data_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Instance>>,
    ) -> Self {
        self.data_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeNameListResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeNameList.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeNameListResult {
    /// 当前页数量
    #[serde(
        rename = "currentCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_count: ::std::option::Option<i32>,
    /// `dataList`
    #[serde(
        rename = "dataList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_list: ::std::option::Option<::std::vec::Vec<InstanceIdName>>,
    /// 实例总数
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
    /// 总页数
    #[serde(
        rename = "totalPage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_page: ::std::option::Option<i32>,
}
impl DescribeNameListResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `currentCount`.
    pub fn with_current_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.current_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dataList`.
    pub fn with_data_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InstanceIdName>>,
    ) -> Self {
        self.data_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalPage`.
    pub fn with_total_page(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_page = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeProtectionStatisticsResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeProtectionStatistics.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeProtectionStatisticsResult {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<ProtectionStatistics>,
}
impl DescribeProtectionStatisticsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<ProtectionStatistics>) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeVpcIpListResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeVpcIpList.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeVpcIpListResult {
    /// 当前页数量
    #[serde(
        rename = "currentCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_count: ::std::option::Option<i32>,
    /// `dataList`
    #[serde(
        rename = "dataList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_list: ::std::option::Option<::std::vec::Vec<VpcIpResource>>,
    /// 实例总数
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
    /// 总页数
    #[serde(
        rename = "totalPage",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_page: ::std::option::Option<i32>,
}
impl DescribeVpcIpListResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `currentCount`.
    pub fn with_current_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.current_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dataList`.
    pub fn with_data_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<VpcIpResource>>,
    ) -> Self {
        self.data_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalPage`.
    pub fn with_total_page(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_page = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeWebRuleResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeWebRule.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeWebRuleResult {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<WebRule>,
}
impl DescribeWebRuleResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<WebRule>) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeWebRulesResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeWebRules.md` *line 33.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeWebRulesResult {
    /// `dataList`
    #[serde(
        rename = "dataList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_list: ::std::option::Option<::std::vec::Vec<WebRule>>,
    /// `totalCount`
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeWebRulesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `dataList`.
    pub fn with_data_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<WebRule>>,
    ) -> Self {
        self.data_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `EPBSpec`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyEPB.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct EpbSpec {
    /// 弹性防护带宽
    #[serde(
        rename = "ePB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub e_pb: ::std::option::Option<i32>,
}
impl EpbSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `ePB`.
    pub fn with_e_pb(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.e_pb = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ForwardRule`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeForwardRules.md` *line 38.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ForwardRule {
    /// 转发规则：wrr-&gt;带权重的轮询，wlc-&gt;加权最小连接，rr-&gt;不带权重的轮询，sh-&gt;源地址hash
    #[serde(
        rename = "algorithm",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub algorithm: ::std::option::Option<::std::string::String>,
    /// 规则的cname
    #[serde(
        rename = "cname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cname: ::std::option::Option<::std::string::String>,
    /// 规则id
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<i32>,
    /// 实例id
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<i32>,
    /// `onlineAddr`
    #[serde(
        rename = "onlineAddr",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub online_addr: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `originAddr`
    #[serde(
        rename = "originAddr",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_addr: ::std::option::Option<::std::vec::Vec<OriginAddrItem>>,
    /// 回源域名
    #[serde(
        rename = "originDomain",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_domain: ::std::option::Option<::std::string::String>,
    /// 回源端口号
    #[serde(
        rename = "originPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_port: ::std::option::Option<i32>,
    /// 回源类型：ip或者domain
    #[serde(
        rename = "originType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_type: ::std::option::Option<::std::string::String>,
    /// 端口号
    #[serde(
        rename = "port",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub port: ::std::option::Option<i32>,
    /// TCP或UDP
    #[serde(
        rename = "protocol",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub protocol: ::std::option::Option<::std::string::String>,
    /// 0防御状态，1回源状态
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<i32>,
}
impl ForwardRule {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `algorithm`.
    pub fn with_algorithm(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.algorithm = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cname`.
    pub fn with_cname(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.cname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceId`.
    pub fn with_instance_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `onlineAddr`.
    pub fn with_online_addr(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.online_addr = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `originAddr`.
    pub fn with_origin_addr(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<OriginAddrItem>>,
    ) -> Self {
        self.origin_addr = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `originDomain`.
    pub fn with_origin_domain(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.origin_domain = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `originPort`.
    pub fn with_origin_port(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.origin_port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `originType`.
    pub fn with_origin_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.origin_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `port`.
    pub fn with_port(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `protocol`.
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ForwardRuleSpec`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyForwardRule.md` *line 24.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ForwardRuleSpec {
    /// 转发规则：wrr-&gt;带权重的轮询，wlc-&gt;加权最小连接，rr-&gt;不带权重的轮询，sh-&gt;源地址hash
    #[serde(
        rename = "algorithm",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub algorithm: ::std::option::Option<::std::string::String>,
    /// `onlineAddr`
    #[serde(
        rename = "onlineAddr",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub online_addr: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `originAddr`
    #[serde(
        rename = "originAddr",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_addr: ::std::option::Option<::std::vec::Vec<OriginAddrItem>>,
    /// 回源域名
    #[serde(
        rename = "originDomain",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_domain: ::std::option::Option<::std::string::String>,
    /// 回源端口号
    #[serde(
        rename = "originPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_port: ::std::option::Option<i32>,
    /// 回源类型，ip或者domain
    #[serde(
        rename = "originType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_type: ::std::option::Option<::std::string::String>,
    /// 端口号
    #[serde(
        rename = "port",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub port: ::std::option::Option<i32>,
    /// 协议：TCP或者UDP
    #[serde(
        rename = "protocol",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub protocol: ::std::option::Option<::std::string::String>,
}
impl ForwardRuleSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `algorithm`.
    pub fn with_algorithm(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.algorithm = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `onlineAddr`.
    pub fn with_online_addr(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.online_addr = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `originAddr`.
    pub fn with_origin_addr(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<OriginAddrItem>>,
    ) -> Self {
        self.origin_addr = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `originDomain`.
    pub fn with_origin_domain(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.origin_domain = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `originPort`.
    pub fn with_origin_port(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.origin_port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `originType`.
    pub fn with_origin_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.origin_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `port`.
    pub fn with_port(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `protocol`.
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Instance`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeInstances.md` *line 36.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Instance {
    /// 超峰次数
    #[serde(
        rename = "abovePeakCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub above_peak_count: ::std::option::Option<i32>,
    /// 业务带宽大小
    #[serde(
        rename = "businessBitslimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub business_bitslimit: ::std::option::Option<i32>,
    /// 线路，UNICOM、TELECOM
    #[serde(
        rename = "carrier",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub carrier: ::std::option::Option<::std::string::String>,
    /// cc防护模式，0正常、1紧急、2宽松、3自定义
    #[serde(
        rename = "ccProtectMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cc_protect_mode: ::std::option::Option<i32>,
    /// cc开关状态，0关闭，1开启
    #[serde(
        rename = "ccProtectStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cc_protect_status: ::std::option::Option<i32>,
    /// cc防护模式为自定义时的限速大小
    #[serde(
        rename = "ccSpeedLimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cc_speed_limit: ::std::option::Option<i32>,
    /// cc防护模式为自定义时的限速周期
    #[serde(
        rename = "ccSpeedPeriod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cc_speed_period: ::std::option::Option<i32>,
    /// cc阈值大小
    #[serde(
        rename = "ccThreshold",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cc_threshold: ::std::option::Option<i32>,
    /// PAID\|ARREARS\|EXPIRED
    #[serde(
        rename = "chargeStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_status: ::std::option::Option<::std::string::String>,
    /// 实例的创建的时间
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<i32>,
    /// 触发弹性带宽的次数
    #[serde(
        rename = "elasticTriggerCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elastic_trigger_count: ::std::option::Option<i32>,
    /// 实例的过期时间
    #[serde(
        rename = "expireTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expire_time: ::std::option::Option<i32>,
    /// ccProtectMode为自定义模式时，每个Host的防护阈值
    #[serde(
        rename = "hostQps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_qps: ::std::option::Option<i32>,
    /// ccProtectMode为自定义模式时，每个Host+URI的防护阈值
    #[serde(
        rename = "hostUrlQps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_url_qps: ::std::option::Option<i32>,
    /// 保底带宽
    #[serde(
        rename = "inBitslimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub in_bitslimit: ::std::option::Option<i32>,
    /// 实例id
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<i32>,
    /// ip黑名单列表
    #[serde(
        rename = "ipBlackList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_black_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// ip黑名单状态，0关闭，1开启
    #[serde(
        rename = "ipBlackStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_black_status: ::std::option::Option<i32>,
    /// ccProtectMode为自定义模式时，每个源IP对Host的防护阈值
    #[serde(
        rename = "ipHostQps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_host_qps: ::std::option::Option<i32>,
    /// ccProtectMode为自定义模式时，每个源IP对Host+URI的防护阈值
    #[serde(
        rename = "ipHostUrlQps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_host_url_qps: ::std::option::Option<i32>,
    /// ip白名单列表
    #[serde(
        rename = "ipWhiteList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_white_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// ip白名单状态，0关闭，1开启
    #[serde(
        rename = "ipWhiteStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_white_status: ::std::option::Option<i32>,
    /// 实例名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// 用户pin
    #[serde(
        rename = "pin",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pin: ::std::option::Option<::std::string::String>,
    /// 弹性带宽
    #[serde(
        rename = "resilientBitslimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resilient_bitslimit: ::std::option::Option<i32>,
    /// 资源id，升级和续费时使用
    #[serde(
        rename = "resourceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// 非网站类规则数
    #[serde(
        rename = "ruleCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rule_count: ::std::option::Option<i32>,
    /// SAFE\|CLEANING\|BLOCKING
    #[serde(
        rename = "securityStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_status: ::std::option::Option<::std::string::String>,
    /// url白名单列表
    #[serde(
        rename = "urlWhitelist",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub url_whitelist: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// url白名单状态，0关闭，1开启
    #[serde(
        rename = "urlWhitelistStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub url_whitelist_status: ::std::option::Option<i32>,
    /// 网站类规则数
    #[serde(
        rename = "webRuleCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub web_rule_count: ::std::option::Option<i32>,
}
impl Instance {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `abovePeakCount`.
    pub fn with_above_peak_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.above_peak_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `businessBitslimit`.
    pub fn with_business_bitslimit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.business_bitslimit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `carrier`.
    pub fn with_carrier(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.carrier = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ccProtectMode`.
    pub fn with_cc_protect_mode(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.cc_protect_mode = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ccProtectStatus`.
    pub fn with_cc_protect_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.cc_protect_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ccSpeedLimit`.
    pub fn with_cc_speed_limit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.cc_speed_limit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ccSpeedPeriod`.
    pub fn with_cc_speed_period(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.cc_speed_period = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ccThreshold`.
    pub fn with_cc_threshold(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.cc_threshold = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeStatus`.
    pub fn with_charge_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charge_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `createTime`.
    pub fn with_create_time(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.create_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `elasticTriggerCount`.
    pub fn with_elastic_trigger_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.elastic_trigger_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `expireTime`.
    pub fn with_expire_time(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.expire_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hostQps`.
    pub fn with_host_qps(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.host_qps = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hostUrlQps`.
    pub fn with_host_url_qps(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.host_url_qps = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `inBitslimit`.
    pub fn with_in_bitslimit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.in_bitslimit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceId`.
    pub fn with_instance_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipBlackList`.
    pub fn with_ip_black_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.ip_black_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipBlackStatus`.
    pub fn with_ip_black_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ip_black_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipHostQps`.
    pub fn with_ip_host_qps(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ip_host_qps = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipHostUrlQps`.
    pub fn with_ip_host_url_qps(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ip_host_url_qps = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipWhiteList`.
    pub fn with_ip_white_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.ip_white_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ipWhiteStatus`.
    pub fn with_ip_white_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ip_white_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pin`.
    pub fn with_pin(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.pin = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `resilientBitslimit`.
    pub fn with_resilient_bitslimit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.resilient_bitslimit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `resourceId`.
    pub fn with_resource_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ruleCount`.
    pub fn with_rule_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.rule_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `securityStatus`.
    pub fn with_security_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `urlWhitelist`.
    pub fn with_url_whitelist(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.url_whitelist = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `urlWhitelistStatus`.
    pub fn with_url_whitelist_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.url_whitelist_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `webRuleCount`.
    pub fn with_web_rule_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.web_rule_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceIdName`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeNameList.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceIdName {
    /// 实例id
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<::std::string::String>,
    /// 实例名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
}
impl InstanceIdName {
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
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}
/// `InstanceSpec`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyInstanceName.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceSpec {
    /// 保底带宽：单位Gbps
    #[serde(
        rename = "bp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bp: ::std::option::Option<i32>,
    /// 购买类型：1新购 3升级
    #[serde(
        rename = "buyType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub buy_type: ::std::option::Option<i32>,
    /// 业务带宽：单位Mbps
    #[serde(
        rename = "bw",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bw: ::std::option::Option<i32>,
    /// 线路：TELECOM为电信线路，UNICOM为联通线路，CMCC为移动线路
    #[serde(
        rename = "carrier",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub carrier: ::std::option::Option<::std::string::String>,
    /// 弹性带宽：单位Gbps
    #[serde(
        rename = "ep",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ep: ::std::option::Option<i32>,
    /// 实例名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// 支付成功后跳转的页面，控制台交互模式传该字段
    #[serde(
        rename = "returnUrl",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub return_url: ::std::option::Option<::std::string::String>,
    /// 购买时长跨度
    #[serde(
        rename = "timeSpan",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_span: ::std::option::Option<i32>,
    /// 购买时长单位：3月 4年
    #[serde(
        rename = "timeUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_unit: ::std::option::Option<i32>,
}
impl InstanceSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `bp`.
    pub fn with_bp(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.bp = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `buyType`.
    pub fn with_buy_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.buy_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bw`.
    pub fn with_bw(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.bw = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `carrier`.
    pub fn with_carrier(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.carrier = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ep`.
    pub fn with_ep(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.ep = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `returnUrl`.
    pub fn with_return_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.return_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `timeSpan`.
    pub fn with_time_span(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.time_span = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `timeUnit`.
    pub fn with_time_unit(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.time_unit = ::std::option::Option::Some(value.into());
        self
    }
}
/// `IpBwListSpec`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyInstanceIpBlackList.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct IpBwListSpec {
    /// IP 或 IP 段列表
    #[serde(
        rename = "ipList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// false 时强制写入, true 时有重复则不写入
    #[serde(
        rename = "tryFlag",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub try_flag: ::std::option::Option<bool>,
}
impl IpBwListSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `ipList`.
    pub fn with_ip_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.ip_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tryFlag`.
    pub fn with_try_flag(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.try_flag = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ModifyInstanceIpBlackListResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyInstanceIpBlackList.md` *line 35.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyInstanceIpBlackListResult {
    /// `msgList`
    #[serde(
        rename = "msgList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub msg_list: ::std::option::Option<::std::vec::Vec<BwRepeatMsg>>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<Status>,
}
impl ModifyInstanceIpBlackListResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `msgList`.
    pub fn with_msg_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<BwRepeatMsg>>,
    ) -> Self {
        self.msg_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<Status>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ModifyInstanceIpWhiteListResult`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyInstanceIpWhiteList.md` *line 35.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyInstanceIpWhiteListResult {
    /// `msgList`
    #[serde(
        rename = "msgList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub msg_list: ::std::option::Option<::std::vec::Vec<BwRepeatMsg>>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<Status>,
}
impl ModifyInstanceIpWhiteListResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `msgList`.
    pub fn with_msg_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<BwRepeatMsg>>,
    ) -> Self {
        self.msg_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<Status>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `OriginAddrItem`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeWebRules.md` *line 61.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct OriginAddrItem {
    /// 是否为京东云内公网ip
    #[serde(
        rename = "inJdCloud",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub in_jd_cloud: ::std::option::Option<bool>,
    /// 回源ip
    #[serde(
        rename = "ip",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip: ::std::option::Option<::std::string::String>,
    /// 权重
    #[serde(
        rename = "weight",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub weight: ::std::option::Option<i32>,
}
impl OriginAddrItem {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `inJdCloud`.
    pub fn with_in_jd_cloud(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.in_jd_cloud = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ip`.
    pub fn with_ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `weight`.
    pub fn with_weight(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.weight = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ProtectionStatistics`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeProtectionStatistics.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ProtectionStatistics {
    /// 实例数量
    #[serde(
        rename = "instancesCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instances_count: ::std::option::Option<i32>,
    /// 已防护实例数量
    #[serde(
        rename = "protectedCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub protected_count: ::std::option::Option<i32>,
    /// 已防护天数
    #[serde(
        rename = "protectedDay",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub protected_day: ::std::option::Option<i32>,
}
impl ProtectionStatistics {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `instancesCount`.
    pub fn with_instances_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.instances_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `protectedCount`.
    pub fn with_protected_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.protected_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `protectedDay`.
    pub fn with_protected_day(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.protected_day = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Status`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyInstanceIpBlackList.md` *line 45.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Status {
    /// 请求错误码
    #[serde(
        rename = "code",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code: ::std::option::Option<i32>,
    /// 请求错误消息
    #[serde(
        rename = "msg",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub msg: ::std::option::Option<::std::string::String>,
    /// 请求结果, 0 表示成功, 非 0 表示失败
    #[serde(
        rename = "retcode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub retcode: ::std::option::Option<i32>,
}
impl Status {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `code`.
    pub fn with_code(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `msg`.
    pub fn with_msg(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.msg = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `retcode`.
    pub fn with_retcode(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.retcode = ::std::option::Option::Some(value.into());
        self
    }
}
/// `VpcIpResource`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeVpcIpList.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct VpcIpResource {
    /// 是否绑定
    #[serde(
        rename = "binded",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub binded: ::std::option::Option<bool>,
    /// 云内 IP 地址
    #[serde(
        rename = "ip",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip: ::std::option::Option<::std::string::String>,
}
impl VpcIpResource {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `binded`.
    pub fn with_binded(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.binded = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ip`.
    pub fn with_ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ip = ::std::option::Option::Some(value.into());
        self
    }
}
/// `WebRule`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/describeWebRules.md` *line 38.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct WebRule {
    /// 转发规则：wrr-&gt;带权重的轮询，rr-&gt;不带权重的轮询
    #[serde(
        rename = "algorithm",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub algorithm: ::std::option::Option<::std::string::String>,
    /// 0 CC关闭 1 CC开启
    #[serde(
        rename = "ccStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cc_status: ::std::option::Option<i32>,
    /// 规则的cname
    #[serde(
        rename = "cname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cname: ::std::option::Option<::std::string::String>,
    /// 是否为自定义端口号，0为默认 1为自定义
    #[serde(
        rename = "customPortStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub custom_port_status: ::std::option::Option<i32>,
    /// 子域名
    #[serde(
        rename = "domain",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub domain: ::std::option::Option<::std::string::String>,
    /// 是否开启https强制跳转，当protocol为HTTP_HTTPS时可以配置该属性 0为不强跳 1为开启强跳
    #[serde(
        rename = "forceJump",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_jump: ::std::option::Option<i32>,
    /// 证书状态：0异常，1正常
    #[serde(
        rename = "httpCertStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_cert_status: ::std::option::Option<i32>,
    /// 是否开启http回源，0为不开启 1为开启，当勾选HTTPS时可以配置该属性
    #[serde(
        rename = "httpOrigin",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_origin: ::std::option::Option<i32>,
    /// 证书内容
    #[serde(
        rename = "httpsCertContent",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub https_cert_content: ::std::option::Option<::std::string::String>,
    /// HTTPS协议的端口号，如443,8443，多个端口号使用逗号分隔
    #[serde(
        rename = "httpsPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub https_port: ::std::option::Option<::std::string::String>,
    /// 证书私钥
    #[serde(
        rename = "httpsRsaKey",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub https_rsa_key: ::std::option::Option<::std::string::String>,
    /// 规则id
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<i32>,
    /// 实例id
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<i32>,
    /// `onlineAddr`
    #[serde(
        rename = "onlineAddr",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub online_addr: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `originAddr`
    #[serde(
        rename = "originAddr",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_addr: ::std::option::Option<::std::vec::Vec<OriginAddrItem>>,
    /// 回源域名,originType为CNAME时返回该字段
    #[serde(
        rename = "originDomain",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_domain: ::std::option::Option<::std::string::String>,
    /// 回源类型：A或者CNAME
    #[serde(
        rename = "originType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_type: ::std::option::Option<::std::string::String>,
    /// HTTP协议的端口号，如80,81，多个端口号使用逗号分隔
    #[serde(
        rename = "port",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub port: ::std::option::Option<::std::string::String>,
    /// 协议：HTTP、HTTPS、HTTP_HTTPS
    #[serde(
        rename = "protocol",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub protocol: ::std::option::Option<::std::string::String>,
    /// 0防御状态，1回源状态
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<i32>,
}
impl WebRule {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `algorithm`.
    pub fn with_algorithm(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.algorithm = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ccStatus`.
    pub fn with_cc_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.cc_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cname`.
    pub fn with_cname(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.cname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `customPortStatus`.
    pub fn with_custom_port_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.custom_port_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `domain`.
    pub fn with_domain(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.domain = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `forceJump`.
    pub fn with_force_jump(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.force_jump = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `httpCertStatus`.
    pub fn with_http_cert_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.http_cert_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `httpOrigin`.
    pub fn with_http_origin(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.http_origin = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `httpsCertContent`.
    pub fn with_https_cert_content(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.https_cert_content = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `httpsPort`.
    pub fn with_https_port(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.https_port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `httpsRsaKey`.
    pub fn with_https_rsa_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.https_rsa_key = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceId`.
    pub fn with_instance_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `onlineAddr`.
    pub fn with_online_addr(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.online_addr = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `originAddr`.
    pub fn with_origin_addr(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<OriginAddrItem>>,
    ) -> Self {
        self.origin_addr = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `originDomain`.
    pub fn with_origin_domain(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.origin_domain = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `originType`.
    pub fn with_origin_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.origin_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `port`.
    pub fn with_port(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `protocol`.
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `WebRuleSpec`
///
/// *Documented in* `specs/ipanti/zh/jdclouddocs-cn/modifyWebRule.md` *line 24.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct WebRuleSpec {
    /// 转发规则：wrr-&gt;带权重的轮询，rr-&gt;不带权重的轮询
    #[serde(
        rename = "algorithm",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub algorithm: ::std::option::Option<::std::string::String>,
    /// 是否为自定义端口号，0为默认 1为自定义
    #[serde(
        rename = "customPortStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub custom_port_status: ::std::option::Option<i32>,
    /// 子域名
    #[serde(
        rename = "domain",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub domain: ::std::option::Option<::std::string::String>,
    /// 是否开启https强制跳转，当protocol为HTTP_HTTPS时可以配置该属性 0为不强跳 1为开启强跳
    #[serde(
        rename = "forceJump",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_jump: ::std::option::Option<i32>,
    /// 是否开启http回源，0为不开启 1为开启，当勾选HTTPS时可以配置该属性
    #[serde(
        rename = "httpOrigin",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_origin: ::std::option::Option<i32>,
    /// 证书内容
    #[serde(
        rename = "httpsCertContent",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub https_cert_content: ::std::option::Option<::std::string::String>,
    /// HTTPS协议的端口号，如443,8443，多个端口号使用逗号分隔
    #[serde(
        rename = "httpsPort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub https_port: ::std::option::Option<::std::string::String>,
    /// 证书私钥
    #[serde(
        rename = "httpsRsaKey",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub https_rsa_key: ::std::option::Option<::std::string::String>,
    /// `onlineAddr`
    #[serde(
        rename = "onlineAddr",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub online_addr: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `originAddr`
    #[serde(
        rename = "originAddr",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_addr: ::std::option::Option<::std::vec::Vec<OriginAddrItem>>,
    /// 回源域名,originType为CNAME时需要指定该字段
    #[serde(
        rename = "originDomain",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_domain: ::std::option::Option<::std::string::String>,
    /// 回源类型：A或者CNAME
    #[serde(
        rename = "originType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_type: ::std::option::Option<::std::string::String>,
    /// HTTP协议的端口号，如80,81，多个端口号使用逗号分隔
    #[serde(
        rename = "port",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub port: ::std::option::Option<::std::string::String>,
    /// 协议：HTTP、HTTPS、HTTP_HTTPS
    #[serde(
        rename = "protocol",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub protocol: ::std::option::Option<::std::string::String>,
    /// 是否开启 WebSocket, 0 为不开启, 1 为开启
    #[serde(
        rename = "websocketStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub websocket_status: ::std::option::Option<i32>,
}
impl WebRuleSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `algorithm`.
    pub fn with_algorithm(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.algorithm = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `customPortStatus`.
    pub fn with_custom_port_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.custom_port_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `domain`.
    pub fn with_domain(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.domain = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `forceJump`.
    pub fn with_force_jump(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.force_jump = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `httpOrigin`.
    pub fn with_http_origin(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.http_origin = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `httpsCertContent`.
    pub fn with_https_cert_content(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.https_cert_content = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `httpsPort`.
    pub fn with_https_port(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.https_port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `httpsRsaKey`.
    pub fn with_https_rsa_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.https_rsa_key = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `onlineAddr`.
    pub fn with_online_addr(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.online_addr = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `originAddr`.
    pub fn with_origin_addr(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<OriginAddrItem>>,
    ) -> Self {
        self.origin_addr = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `originDomain`.
    pub fn with_origin_domain(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.origin_domain = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `originType`.
    pub fn with_origin_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.origin_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `port`.
    pub fn with_port(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `protocol`.
    pub fn with_protocol(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.protocol = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `websocketStatus`.
    pub fn with_websocket_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.websocket_status = ::std::option::Option::Some(value.into());
        self
    }
}
