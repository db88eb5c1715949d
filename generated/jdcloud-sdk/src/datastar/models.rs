//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `GetPackageIdResult`
///
/// *Documented in* `specs/datastar/zh/jdclouddocs-cn/getPackageId.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetPackageIdResult {
    /// Map&lt;String,String&gt;序列化后的字符串，需要再次转换并使用。Key为deviceId，value为人群包Id
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<::std::string::String>,
    /// 描述信息
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// true为成功，false为失败
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl GetPackageIdResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `message`.
    pub fn with_message(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.message = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetProfileResult`
///
/// *Documented in* `specs/datastar/zh/jdclouddocs-cn/getProfile.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetProfileResult {
    /// Map&lt;String, Map&lt;String,String&gt;&gt;序列化后的字符串，需要再次转换并使用。Key为对应的deviceId，value为对应的画像标签内容,value内map的key为画像的标签code，value为画像对应的值
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<::std::string::String>,
    /// 描述信息
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// true为成功，false为失败
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl GetProfileResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.data = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `message`.
    pub fn with_message(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.message = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
