//! IAM API (`iam`), `https://iam.jdcloud-api.com/v1`.
//!
//! IAM APIs
//!
//! Operations:
//!
//! - `addPermissionsToSubUser` — 为子用户绑定策略
//!
//! - `addSubUserToGroup` — Add sub-users to user groups
//!
//! - `createPermission` — Create policy
//!
//! - `createPolicy` — Create policies
//!
//! - `createRole` — Create Role
//!
//! - `createSubUser` — Create sub-user
//!
//! - `createUserAccessKey` — 创建AccessKey
//!
//! - `deleteUserAccessKey` — 删除AccessKey
//!
//! - `describeGroup` — Search details of user groups
//!
//! - `describePermissionDetail` — 查询策略详情
//!
//! - `describePermissions` — Search policy list
//!
//! - `describeSubUserPermissions` — 查询子用户策略列表
//!
//! - `describeUserAccessKeys` — Search AccessKey list
//!
//! - `disableSubUserAccessKey` — Disable AccessKey of sub-users
//!
//! - `disabledUserAccessKey` — 禁用AccessKey
//!
//! - `enabledUserAccessKey` — 启用AccessKey
//!
//! - `removePermissionOfSubUser` — 为子用户解绑策略
//!
//! - `updateAssumeRolePolicy` — Modify the role embedment policy
//!
//! - `updatePermission` — 修改策略
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `iam` service.
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
    /// 为子用户绑定策略
    ///
    /// `POST /v1/regions/{regionId}/subUser/{subUser}/permisssions`
    ///
    /// *Documented in* `specs/iam/zh/jdclouddocs-cn/addPermissionsToSubUser.md` *line 1.*
    pub fn add_permissions_to_sub_user(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        sub_user: impl ::std::convert::Into<::std::string::String>,
        add_permissions_info: impl ::std::convert::Into<AddPermissionsInfo>,
    ) -> AddPermissionsToSubUser {
        AddPermissionsToSubUser {
            config: self.config.clone(),
            region_id: region_id.into(),
            sub_user: sub_user.into(),
            add_permissions_info: add_permissions_info.into(),
        }
    }
    /// Add sub-users to user groups
    ///
    /// `POST /v1/group/{groupName}:addSubUserToGroup`
    ///
    /// *Documented in* `specs/iam/en/jdcloudcom-en/addSubUserToGroup.md` *line 1.*
    pub fn add_sub_user_to_group(
        &self,
        group_name: impl ::std::convert::Into<::std::string::String>,
        sub_user: impl ::std::convert::Into<::std::string::String>,
    ) -> AddSubUserToGroup {
        AddSubUserToGroup {
            config: self.config.clone(),
            group_name: group_name.into(),
            sub_user: sub_user.into(),
        }
    }
    /// Create policy
    ///
    /// `POST /v1/regions/{regionId}/permission`
    ///
    /// **中文**
    ///
    /// 创建策略
    ///
    /// *Documented in* `specs/iam/en/jdcloudcom-en/createPermission.md` *line 1.*
    pub fn create_permission(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        create_permission_info: impl ::std::convert::Into<CreatePermissionInfo>,
    ) -> CreatePermission {
        CreatePermission {
            config: self.config.clone(),
            region_id: region_id.into(),
            create_permission_info: create_permission_info.into(),
        }
    }
    /// Create policies
    ///
    /// `POST /v1/policy`
    ///
    /// *Documented in* `specs/iam/en/jdcloudcom-en/createPolicy.md` *line 1.*
    pub fn create_policy(
        &self,
        create_policy_info: impl ::std::convert::Into<CreatePolicyInfo>,
    ) -> CreatePolicy {
        CreatePolicy {
            config: self.config.clone(),
            create_policy_info: create_policy_info.into(),
        }
    }
    /// Create Role
    ///
    /// `POST /v1/role`
    ///
    /// *Documented in* `specs/iam/en/jdcloudcom-en/createRole.md` *line 1.*
    pub fn create_role(
        &self,
        create_role_info: impl ::std::convert::Into<CreateRoleInfo>,
    ) -> CreateRole {
        CreateRole {
            config: self.config.clone(),
            create_role_info: create_role_info.into(),
        }
    }
    /// Create sub-user
    ///
    /// `POST /v1/subUser`
    ///
    /// *Documented in* `specs/iam/en/jdcloudcom-en/createSubUser.md` *line 1.*
    pub fn create_sub_user(
        &self,
        create_sub_user_info: impl ::std::convert::Into<CreateSubUserInfo>,
    ) -> CreateSubUser {
        CreateSubUser {
            config: self.config.clone(),
            create_sub_user_info: create_sub_user_info.into(),
        }
    }
    /// 创建AccessKey
    ///
    /// `POST /v1/regions/{regionId}/userAccessKey`
    ///
    /// *Documented in* `specs/iam/zh/jdclouddocs-cn/createUserAccessKey.md` *line 1.*
    pub fn create_user_access_key(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateUserAccessKey {
        CreateUserAccessKey {
            config: self.config.clone(),
            region_id: region_id.into(),
        }
    }
    /// 删除AccessKey
    ///
    /// `DELETE /v1/regions/{regionId}/userAccessKey/{accessKey}`
    ///
    /// *Documented in* `specs/iam/zh/jdclouddocs-cn/deleteUserAccessKey.md` *line 1.*
    pub fn delete_user_access_key(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        access_key: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteUserAccessKey {
        DeleteUserAccessKey {
            config: self.config.clone(),
            region_id: region_id.into(),
            access_key: access_key.into(),
        }
    }
    /// Search details of user groups
    ///
    /// `GET /v1/group/{groupName}`
    ///
    /// *Documented in* `specs/iam/en/jdcloudcom-en/describeGroup.md` *line 1.*
    pub fn describe_group(
        &self,
        group_name: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeGroup {
        DescribeGroup {
            config: self.config.clone(),
            group_name: group_name.into(),
        }
    }
    /// 查询策略详情
    ///
    /// `GET /v1/regions/{regionId}/permission/{permissionId}`
    ///
    /// *Documented in* `specs/iam/zh/jdclouddocs-cn/describePermissionDetail.md` *line 1.*
    pub fn describe_permission_detail(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        permission_id: impl ::std::convert::Into<i32>,
    ) -> DescribePermissionDetail {
        DescribePermissionDetail {
            config: self.config.clone(),
            region_id: region_id.into(),
            permission_id: permission_id.into(),
        }
    }
    /// Search policy list
    ///
    /// `GET /v1/regions/{regionId}/permissions`
    ///
    /// **中文**
    ///
    /// 查询策略列表
    ///
    /// *Documented in* `specs/iam/en/jdcloudcom-en/describePermissions.md` *line 1.*
    pub fn describe_permissions(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        page_number: impl ::std::convert::Into<i32>,
        page_size: impl ::std::convert::Into<i32>,
        query_type: impl ::std::convert::Into<i32>,
    ) -> DescribePermissions {
        DescribePermissions {
            config: self.config.clone(),
            region_id: region_id.into(),
            page_number: page_number.into(),
            page_size: page_size.into(),
            keyword: ::std::option::Option::None,
            query_type: query_type.into(),
        }
    }
    /// 查询子用户策略列表
    ///
    /// `GET /v1/regions/{regionId}/subUser/{subUser}/permisssions`
    ///
    /// *Documented in* `specs/iam/zh/jdclouddocs-cn/describeSubUserPermissions.md` *line 1.*
    pub fn describe_sub_user_permissions(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        sub_user: impl ::std::convert::Into<::std::string::String>,
        page_number: impl ::std::convert::Into<i32>,
        page_size: impl ::std::convert::Into<i32>,
    ) -> DescribeSubUserPermissions {
        DescribeSubUserPermissions {
            config: self.config.clone(),
            region_id: region_id.into(),
            sub_user: sub_user.into(),
            page_number: page_number.into(),
            page_size: page_size.into(),
        }
    }
    /// Search AccessKey list
    ///
    /// `GET /v1/regions/{regionId}/userAccessKeys`
    ///
    /// **中文**
    ///
    /// 查询AccessKey列表
    ///
    /// *Documented in* `specs/iam/en/jdcloudcom-en/describeUserAccessKeys.md` *line 1.*
    pub fn describe_user_access_keys(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeUserAccessKeys {
        DescribeUserAccessKeys {
            config: self.config.clone(),
            region_id: region_id.into(),
        }
    }
    /// Disable AccessKey of sub-users
    ///
    /// `PUT /v1/subUser/{subUser}/accessKey/{accessKey}:disable`
    ///
    /// *Documented in* `specs/iam/en/jdcloudcom-en/disableSubUserAccessKey.md` *line 1.*
    pub fn disable_sub_user_access_key(
        &self,
        sub_user: impl ::std::convert::Into<::std::string::String>,
        access_key: impl ::std::convert::Into<::std::string::String>,
    ) -> DisableSubUserAccessKey {
        DisableSubUserAccessKey {
            config: self.config.clone(),
            sub_user: sub_user.into(),
            access_key: access_key.into(),
        }
    }
    /// 禁用AccessKey
    ///
    /// `PUT /v1/regions/{regionId}/userAccessKey/{accessKey}:disabled`
    ///
    /// *Documented in* `specs/iam/zh/jdclouddocs-cn/disabledUserAccessKey.md` *line 1.*
    pub fn disabled_user_access_key(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        access_key: impl ::std::convert::Into<::std::string::String>,
    ) -> DisabledUserAccessKey {
        DisabledUserAccessKey {
            config: self.config.clone(),
            region_id: region_id.into(),
            access_key: access_key.into(),
        }
    }
    /// 启用AccessKey
    ///
    /// `PUT /v1/regions/{regionId}/userAccessKey/{accessKey}:enabled`
    ///
    /// *Documented in* `specs/iam/zh/jdclouddocs-cn/enabledUserAccessKey.md` *line 1.*
    pub fn enabled_user_access_key(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        access_key: impl ::std::convert::Into<::std::string::String>,
    ) -> EnabledUserAccessKey {
        EnabledUserAccessKey {
            config: self.config.clone(),
            region_id: region_id.into(),
            access_key: access_key.into(),
        }
    }
    /// 为子用户解绑策略
    ///
    /// `DELETE /v1/regions/{regionId}/subUser/{subUser}/permissions/{permissionId}`
    ///
    /// *Documented in* `specs/iam/zh/jdclouddocs-cn/removePermissionOfSubUser.md` *line 1.*
    pub fn remove_permission_of_sub_user(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        sub_user: impl ::std::convert::Into<::std::string::String>,
        permission_id: impl ::std::convert::Into<i32>,
    ) -> RemovePermissionOfSubUser {
        RemovePermissionOfSubUser {
            config: self.config.clone(),
            region_id: region_id.into(),
            sub_user: sub_user.into(),
            permission_id: permission_id.into(),
        }
    }
    /// Modify the role embedment policy
    ///
    /// `PUT /v1/role/{roleName}/assumeRolePolicy`
    ///
    /// *Documented in* `specs/iam/en/jdcloudcom-en/updateAssumeRolePolicy.md` *line 1.*
    pub fn update_assume_role_policy(
        &self,
        role_name: impl ::std::convert::Into<::std::string::String>,
        update_assume_role_policy_info: impl ::std::convert::Into<UpdateAssumeRolePolicyInfo>,
    ) -> UpdateAssumeRolePolicy {
        UpdateAssumeRolePolicy {
            config: self.config.clone(),
            role_name: role_name.into(),
            update_assume_role_policy_info: update_assume_role_policy_info.into(),
        }
    }
    /// 修改策略
    ///
    /// `PUT /v1/regions/{regionId}/permission/{permissionId}`
    ///
    /// *Documented in* `specs/iam/zh/jdclouddocs-cn/updatePermission.md` *line 1.*
    pub fn update_permission(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        permission_id: impl ::std::convert::Into<i32>,
        update_permission_info: impl ::std::convert::Into<UpdatePermissionInfo>,
    ) -> UpdatePermission {
        UpdatePermission {
            config: self.config.clone(),
            region_id: region_id.into(),
            permission_id: permission_id.into(),
            update_permission_info: update_permission_info.into(),
        }
    }
}
/// Request builder of `addPermissionsToSubUser`, made by [`Client::add_permissions_to_sub_user`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddPermissionsToSubUser {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    sub_user: ::std::string::String,
    add_permissions_info: AddPermissionsInfo,
}
impl AddPermissionsToSubUser {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.sub_user.to_string();
        body.member("addPermissionsInfo", &self.add_permissions_info)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/subUser/{subUser}/permisssions",
            &[("regionId", path_0.as_str()), ("subUser", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "iam", "v1", path)
                .with_operation("addPermissionsToSubUser");
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
/// Request builder of `addSubUserToGroup`, made by [`Client::add_sub_user_to_group`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct AddSubUserToGroup {
    config: crate::runtime::Config,
    group_name: ::std::string::String,
    sub_user: ::std::string::String,
}
impl AddSubUserToGroup {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.group_name.to_string();
        body.member("subUser", &self.sub_user)?;
        let path = crate::runtime::fill_path(
            "/group/{groupName}:addSubUserToGroup",
            &[("groupName", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "iam", "v1", path)
                .with_operation("addSubUserToGroup");
        request = request.with_json_body(body.finish());
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
/// Request builder of `createPermission`, made by [`Client::create_permission`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreatePermission {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    create_permission_info: CreatePermissionInfo,
}
impl CreatePermission {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("createPermissionInfo", &self.create_permission_info)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/permission",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "iam", "v1", path)
                .with_operation("createPermission");
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
/// Request builder of `createPolicy`, made by [`Client::create_policy`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreatePolicy {
    config: crate::runtime::Config,
    create_policy_info: CreatePolicyInfo,
}
impl CreatePolicy {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        body.member("createPolicyInfo", &self.create_policy_info)?;
        let path = "/policy".to_string();
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "iam", "v1", path)
                .with_operation("createPolicy");
        request = request.with_json_body(body.finish());
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreatePolicyResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreatePolicyResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `createRole`, made by [`Client::create_role`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateRole {
    config: crate::runtime::Config,
    create_role_info: CreateRoleInfo,
}
impl CreateRole {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        body.member("createRoleInfo", &self.create_role_info)?;
        let path = "/role".to_string();
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "iam", "v1", path)
                .with_operation("createRole");
        request = request.with_json_body(body.finish());
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateRoleResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateRoleResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `createSubUser`, made by [`Client::create_sub_user`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSubUser {
    config: crate::runtime::Config,
    create_sub_user_info: CreateSubUserInfo,
}
impl CreateSubUser {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        body.member("createSubUserInfo", &self.create_sub_user_info)?;
        let path = "/subUser".to_string();
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "iam", "v1", path)
                .with_operation("createSubUser");
        request = request.with_json_body(body.finish());
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateSubUserResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateSubUserResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `createUserAccessKey`, made by [`Client::create_user_access_key`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateUserAccessKey {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
}
impl CreateUserAccessKey {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/userAccessKey",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "iam", "v1", path)
                .with_operation("createUserAccessKey");
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
/// Request builder of `deleteUserAccessKey`, made by [`Client::delete_user_access_key`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteUserAccessKey {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    access_key: ::std::string::String,
}
impl DeleteUserAccessKey {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.access_key.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/userAccessKey/{accessKey}",
            &[
                ("regionId", path_0.as_str()),
                ("accessKey", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "iam", "v1", path)
                .with_operation("deleteUserAccessKey");
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
/// Request builder of `describeGroup`, made by [`Client::describe_group`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeGroup {
    config: crate::runtime::Config,
    group_name: ::std::string::String,
}
impl DescribeGroup {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.group_name.to_string();
        let path =
            crate::runtime::fill_path("/group/{groupName}", &[("groupName", path_0.as_str())])?;
        let request = crate::runtime::Request::new(crate::runtime::Method::GET, "iam", "v1", path)
            .with_operation("describeGroup");
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeGroupResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeGroupResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describePermissionDetail`, made by [`Client::describe_permission_detail`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribePermissionDetail {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    permission_id: i32,
}
impl DescribePermissionDetail {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.permission_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/permission/{permissionId}",
            &[
                ("regionId", path_0.as_str()),
                ("permissionId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "iam", "v1", path)
                .with_operation("describePermissionDetail");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribePermissionDetailResult>,
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
        crate::runtime::Response<DescribePermissionDetailResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describePermissions`, made by [`Client::describe_permissions`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribePermissions {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    page_number: i32,
    page_size: i32,
    keyword: ::std::option::Option<::std::string::String>,
    query_type: i32,
}
impl DescribePermissions {
    /// `keyword`: Keyword
    ///
    /// **中文**
    ///
    /// 关键字
    pub fn keyword(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.keyword = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "pageNumber", &self.page_number)?;
        crate::runtime::push_query(&mut query, "pageSize", &self.page_size)?;
        if let ::std::option::Option::Some(value) = &self.keyword {
            crate::runtime::push_query(&mut query, "keyword", value)?;
        }
        crate::runtime::push_query(&mut query, "queryType", &self.query_type)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/permissions",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "iam", "v1", path)
                .with_operation("describePermissions");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribePermissionsResult>,
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
        crate::runtime::Response<DescribePermissionsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeSubUserPermissions`, made by [`Client::describe_sub_user_permissions`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeSubUserPermissions {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    sub_user: ::std::string::String,
    page_number: i32,
    page_size: i32,
}
impl DescribeSubUserPermissions {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.sub_user.to_string();
        crate::runtime::push_query(&mut query, "pageNumber", &self.page_number)?;
        crate::runtime::push_query(&mut query, "pageSize", &self.page_size)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/subUser/{subUser}/permisssions",
            &[("regionId", path_0.as_str()), ("subUser", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "iam", "v1", path)
                .with_operation("describeSubUserPermissions");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeSubUserPermissionsResult>,
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
        crate::runtime::Response<DescribeSubUserPermissionsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeUserAccessKeys`, made by [`Client::describe_user_access_keys`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeUserAccessKeys {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
}
impl DescribeUserAccessKeys {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/userAccessKeys",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "iam", "v1", path)
                .with_operation("describeUserAccessKeys");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeUserAccessKeysResult>,
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
        crate::runtime::Response<DescribeUserAccessKeysResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `disableSubUserAccessKey`, made by [`Client::disable_sub_user_access_key`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DisableSubUserAccessKey {
    config: crate::runtime::Config,
    sub_user: ::std::string::String,
    access_key: ::std::string::String,
}
impl DisableSubUserAccessKey {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.sub_user.to_string();
        let path_1 = self.access_key.to_string();
        let path = crate::runtime::fill_path(
            "/subUser/{subUser}/accessKey/{accessKey}:disable",
            &[("subUser", path_0.as_str()), ("accessKey", path_1.as_str())],
        )?;
        let request = crate::runtime::Request::new(crate::runtime::Method::PUT, "iam", "v1", path)
            .with_operation("disableSubUserAccessKey");
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
/// Request builder of `disabledUserAccessKey`, made by [`Client::disabled_user_access_key`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DisabledUserAccessKey {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    access_key: ::std::string::String,
}
impl DisabledUserAccessKey {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.access_key.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/userAccessKey/{accessKey}:disabled",
            &[
                ("regionId", path_0.as_str()),
                ("accessKey", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PUT, "iam", "v1", path)
                .with_operation("disabledUserAccessKey");
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
/// Request builder of `enabledUserAccessKey`, made by [`Client::enabled_user_access_key`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct EnabledUserAccessKey {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    access_key: ::std::string::String,
}
impl EnabledUserAccessKey {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.access_key.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/userAccessKey/{accessKey}:enabled",
            &[
                ("regionId", path_0.as_str()),
                ("accessKey", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PUT, "iam", "v1", path)
                .with_operation("enabledUserAccessKey");
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
/// Request builder of `removePermissionOfSubUser`, made by [`Client::remove_permission_of_sub_user`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RemovePermissionOfSubUser {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    sub_user: ::std::string::String,
    permission_id: i32,
}
impl RemovePermissionOfSubUser {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.sub_user.to_string();
        let path_2 = self.permission_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/subUser/{subUser}/permissions/{permissionId}",
            &[
                ("regionId", path_0.as_str()),
                ("subUser", path_1.as_str()),
                ("permissionId", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "iam", "v1", path)
                .with_operation("removePermissionOfSubUser");
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
/// Request builder of `updateAssumeRolePolicy`, made by [`Client::update_assume_role_policy`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateAssumeRolePolicy {
    config: crate::runtime::Config,
    role_name: ::std::string::String,
    update_assume_role_policy_info: UpdateAssumeRolePolicyInfo,
}
impl UpdateAssumeRolePolicy {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.role_name.to_string();
        body.member(
            "updateAssumeRolePolicyInfo",
            &self.update_assume_role_policy_info,
        )?;
        let path = crate::runtime::fill_path(
            "/role/{roleName}/assumeRolePolicy",
            &[("roleName", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PUT, "iam", "v1", path)
                .with_operation("updateAssumeRolePolicy");
        request = request.with_json_body(body.finish());
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
/// Request builder of `updatePermission`, made by [`Client::update_permission`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdatePermission {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    permission_id: i32,
    update_permission_info: UpdatePermissionInfo,
}
impl UpdatePermission {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.permission_id.to_string();
        body.member("updatePermissionInfo", &self.update_permission_info)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/permission/{permissionId}",
            &[
                ("regionId", path_0.as_str()),
                ("permissionId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PUT, "iam", "v1", path)
                .with_operation("updatePermission");
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
