//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `GetSecurityTokenInfo`
///
/// *Documented in* `specs/sop/zh/jdclouddocs-cn/getSecurityToken.md` *line 22.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetSecurityTokenInfo {
    /// 操作action serviceName:actionName
    #[serde(rename = "action", default)]
    pub action: ::std::string::String,
    /// 验证码
    #[serde(rename = "code", default)]
    pub code: ::std::string::String,
    /// 令牌有效期，单位秒，OpenAPI第三方MFA方式验证有效，默认短信、邮箱token有效期300秒，MFA有效期30秒
    #[serde(
        rename = "durationSeconds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub duration_seconds: ::std::option::Option<i32>,
    /// 操作保护验证方式：1-短信,2-邮箱,3-MFA
    #[serde(rename = "type", default)]
    pub r#type: i32,
}
impl GetSecurityTokenInfo {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        action: impl ::std::convert::Into<::std::string::String>,
        code: impl ::std::convert::Into<::std::string::String>,
        r#type: impl ::std::convert::Into<i32>,
    ) -> Self {
        Self {
            action: action.into(),
            code: code.into(),
            r#type: r#type.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `durationSeconds`.
    pub fn with_duration_seconds(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.duration_seconds = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetSecurityTokenResult`
///
/// *Documented in* `specs/sop/zh/jdclouddocs-cn/getSecurityToken.md` *line 36.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetSecurityTokenResult {
    /// 安全令牌
    #[serde(
        rename = "securityToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_token: ::std::option::Option<::std::string::String>,
}
impl GetSecurityTokenResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `securityToken`.
    pub fn with_security_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_token = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetSensitiveOpSettingResult`
///
/// *Documented in* `specs/sop/zh/jdclouddocs-cn/getSensitiveOpSetting.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetSensitiveOpSettingResult {
    /// 扩展信息，type=1时为掩码后的手机号码 type=2时为掩码后的邮箱地址
    #[serde(
        rename = "extInfo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ext_info: ::std::option::Option<::std::string::String>,
    /// 操作保护启用状态：0-未启用, 1-已启用
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<i32>,
    /// 操作保护验证方式：0-无, 1-短信, 2-邮箱, 3-MFA
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<i32>,
}
impl GetSensitiveOpSettingResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `extInfo`.
    pub fn with_ext_info(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ext_info = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn with_type(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }
}
