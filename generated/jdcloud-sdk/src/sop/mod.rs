//! 敏感操作保护 (`sop`), `https://sop.jdcloud-api.com/v1`.
//!
//! 敏感操作保护(SOP)相关接口
//!
//! Operations:
//!
//! - `getSecurityToken` — 获取Token
//!
//! - `getSensitiveOpSetting` — 获取操作保护设置信息
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `sop` service.
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
    /// 获取Token
    ///
    /// `POST /v1/regions/{regionId}/securityToken:getSecurityToken`
    ///
    /// *Documented in* `specs/sop/zh/jdclouddocs-cn/getSecurityToken.md` *line 1.*
    pub fn get_security_token(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        get_security_token_info: impl ::std::convert::Into<GetSecurityTokenInfo>,
    ) -> GetSecurityToken {
        GetSecurityToken {
            config: self.config.clone(),
            region_id: region_id.into(),
            get_security_token_info: get_security_token_info.into(),
        }
    }
    /// 获取操作保护设置信息
    ///
    /// `GET /v1/regions/{regionId}/sensitiveOpSetting`
    ///
    /// *Documented in* `specs/sop/zh/jdclouddocs-cn/getSensitiveOpSetting.md` *line 1.*
    pub fn get_sensitive_op_setting(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        action: impl ::std::convert::Into<::std::string::String>,
    ) -> GetSensitiveOpSetting {
        GetSensitiveOpSetting {
            config: self.config.clone(),
            region_id: region_id.into(),
            action: action.into(),
        }
    }
}
/// Request builder of `getSecurityToken`, made by [`Client::get_security_token`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSecurityToken {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    get_security_token_info: GetSecurityTokenInfo,
}
impl GetSecurityToken {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("getSecurityTokenInfo", &self.get_security_token_info)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/securityToken:getSecurityToken",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "sop", "v1", path)
                .with_operation("getSecurityToken");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<GetSecurityTokenResult>,
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
        crate::runtime::Response<GetSecurityTokenResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `getSensitiveOpSetting`, made by [`Client::get_sensitive_op_setting`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSensitiveOpSetting {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    action: ::std::string::String,
}
impl GetSensitiveOpSetting {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "action", &self.action)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/sensitiveOpSetting",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "sop", "v1", path)
                .with_operation("getSensitiveOpSetting");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<GetSensitiveOpSettingResult>,
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
        crate::runtime::Response<GetSensitiveOpSettingResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
