//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `AddPermissionsInfo`
///
/// *Documented in* `specs/iam/zh/jdclouddocs-cn/addPermissionsToSubUser.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AddPermissionsInfo {
    /// 权限id集合
    #[serde(rename = "permissionIds", default)]
    pub permission_ids: ::std::vec::Vec<i32>,
}
impl AddPermissionsInfo {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(permission_ids: impl ::std::convert::Into<::std::vec::Vec<i32>>) -> Self {
        Self {
            permission_ids: permission_ids.into(),
            ..::std::default::Default::default()
        }
    }
}
/// `CreatePermissionInfo`
///
/// *Documented in* `specs/iam/en/jdcloudcom-en/createPermission.md` *line 22.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePermissionInfo {
    /// Permission Name, 1~32 numbers, letters, Chinese characters, underlines, underlines and line-throughs
    ///
    /// **中文**
    ///
    /// 权限名称，1~32位数字、字母、中文、下划线、下划线、中划线
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// Description, 0~256 characters
    ///
    /// **中文**
    ///
    /// 描述，0~256个字符
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Permission Details
    ///
    /// **中文**
    ///
    /// 权限详细信息
    #[serde(rename = "content", default)]
    pub content: ::std::vec::Vec<PermissionDetail>,
}
impl CreatePermissionInfo {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        content: impl ::std::convert::Into<::std::vec::Vec<PermissionDetail>>,
    ) -> Self {
        Self {
            name: name.into(),
            content: content.into(),
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
}
/// `CreatePolicyInfo`
///
/// *Documented in* `specs/iam/en/jdcloudcom-en/createPolicy.md` *line 19.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePolicyInfo {
    /// The policy name supports 4 to 64-digit letters, numbers as well as - and _, and it must begin with a letter
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// Description, 0~256 Characters
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// The policy document consists of 6,144 characters at most
    #[serde(rename = "content", default)]
    pub content: ::std::string::String,
}
impl CreatePolicyInfo {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        content: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            content: content.into(),
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
}
/// `CreatePolicyResult`
///
/// *Documented in* `specs/iam/en/jdcloudcom-en/createPolicy.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreatePolicyResult {
    /// Policy Information
    #[serde(
        rename = "policy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy: ::std::option::Option<Policy>,
}
impl CreatePolicyResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `policy`.
    pub fn with_policy(mut self, value: impl ::std::convert::Into<Policy>) -> Self {
        self.policy = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateRoleInfo`
///
/// *Documented in* `specs/iam/en/jdcloudcom-en/createRole.md` *line 21.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateRoleInfo {
    /// Role Assumption Policy
    #[serde(rename = "assumeRolePolicyDocument", default)]
    pub assume_role_policy_document: ::std::string::String,
    /// Description, 0~256 characters
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Maximum session duration is 3,600~43,200 seconds, 3,600 seconds by default
    #[serde(
        rename = "maxSessionDuration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_session_duration: ::std::option::Option<i32>,
    /// Role Path
    #[serde(
        rename = "path",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub path: ::std::option::Option<::std::string::String>,
    /// Role Name
    #[serde(rename = "roleName", default)]
    pub role_name: ::std::string::String,
}
impl CreateRoleInfo {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        assume_role_policy_document: impl ::std::convert::Into<::std::string::String>,
        role_name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            assume_role_policy_document: assume_role_policy_document.into(),
            role_name: role_name.into(),
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
    /// Sets `maxSessionDuration`.
    pub fn with_max_session_duration(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.max_session_duration = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `path`.
    pub fn with_path(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.path = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateSubUserInfo`
///
/// *Documented in* `specs/iam/en/jdcloudcom-en/createSubUser.md` *line 19.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSubUserInfo {
    /// Sub-user Name: It supports 4 to 20-digit letters, numbers as well as - and _, and it must begin with a letter
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// Description, 0~256 characters
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 8 to 20 digits are set by default, based on the password policy setting, and at least one lowercase letter, uppercase letter and number are contained
    #[serde(rename = "password", default)]
    pub password: ::std::string::String,
    /// Mobile phone number, area code-mobile phone number
    #[serde(rename = "phone", default)]
    pub phone: ::std::string::String,
    /// Email
    #[serde(rename = "email", default)]
    pub email: ::std::string::String,
    /// Create accessKey or not, false by default
    #[serde(
        rename = "createAk",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_ak: ::std::option::Option<bool>,
    /// Whether the sub-user needs to reset password on first login, false by default
    #[serde(
        rename = "needResetPassword",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub need_reset_password: ::std::option::Option<bool>,
    /// Whether the sub-user supports Console login or not, true by default
    #[serde(
        rename = "consoleLogin",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub console_login: ::std::option::Option<bool>,
    /// Whether the password is automatically generated or not, false by default
    #[serde(
        rename = "autoGeneratePassword",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_generate_password: ::std::option::Option<bool>,
}
impl CreateSubUserInfo {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        password: impl ::std::convert::Into<::std::string::String>,
        phone: impl ::std::convert::Into<::std::string::String>,
        email: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            password: password.into(),
            phone: phone.into(),
            email: email.into(),
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
    /// Sets `createAk`.
    pub fn with_create_ak(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.create_ak = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `needResetPassword`.
    pub fn with_need_reset_password(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.need_reset_password = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `consoleLogin`.
    pub fn with_console_login(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.console_login = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `autoGeneratePassword`.
    pub fn with_auto_generate_password(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_generate_password = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for CreateSubUserInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateSubUserInfo")
            .field("name", &self.name)
            .field("description", &self.description)
            .field("password", &"***")
            .field("phone", &self.phone)
            .field("email", &self.email)
            .field("createAk", &self.create_ak)
            .field("needResetPassword", &"***")
            .field("consoleLogin", &self.console_login)
            .field("autoGeneratePassword", &"***")
            .finish()
    }
}
/// `CreateSubUserRes`
///
/// *Documented in* `specs/iam/en/jdcloudcom-en/createSubUser.md` *line 42.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSubUserRes {
    /// User Name
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// Password
    #[serde(
        rename = "password",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::std::string::String>,
    /// Email
    #[serde(
        rename = "email",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub email: ::std::option::Option<::std::string::String>,
    /// accessKey
    #[serde(
        rename = "accessKey",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_key: ::std::option::Option<::std::string::String>,
    /// AccessKey secret
    #[serde(
        rename = "secretAccessKey",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret_access_key: ::std::option::Option<::std::string::String>,
    /// Creation Time
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// Update Time
    #[serde(
        rename = "updateTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub update_time: ::std::option::Option<::std::string::String>,
}
impl CreateSubUserRes {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
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
    /// Sets `email`.
    pub fn with_email(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `accessKey`.
    pub fn with_access_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_key = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `secretAccessKey`.
    pub fn with_secret_access_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.secret_access_key = ::std::option::Option::Some(value.into());
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
    /// Sets `updateTime`.
    pub fn with_update_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.update_time = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for CreateSubUserRes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateSubUserRes")
            .field("name", &self.name)
            .field("password", &"***")
            .field("email", &self.email)
            .field("accessKey", &self.access_key)
            .field("secretAccessKey", &"***")
            .field("createTime", &self.create_time)
            .field("updateTime", &self.update_time)
            .finish()
    }
}
/// `CreateSubUserResult`
///
/// *Documented in* `specs/iam/en/jdcloudcom-en/createSubUser.md` *line 38.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSubUserResult {
    /// `subUser`
    #[serde(
        rename = "subUser",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sub_user: ::std::option::Option<CreateSubUserRes>,
}
impl CreateSubUserResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `subUser`.
    pub fn with_sub_user(mut self, value: impl ::std::convert::Into<CreateSubUserRes>) -> Self {
        self.sub_user = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeGroupResult`
///
/// *Documented in* `specs/iam/en/jdcloudcom-en/describeGroup.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeGroupResult {
    /// User Group Information
    #[serde(
        rename = "group",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group: ::std::option::Option<GroupDetail>,
}
impl DescribeGroupResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `group`.
    pub fn with_group(mut self, value: impl ::std::convert::Into<GroupDetail>) -> Self {
        self.group = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribePermissionDetailResult`
///
/// *Documented in* `specs/iam/zh/jdclouddocs-cn/describePermissionDetail.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribePermissionDetailResult {
    /// 权限信息
    #[serde(
        rename = "permission",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permission: ::std::option::Option<Permission>,
}
impl DescribePermissionDetailResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `permission`.
    pub fn with_permission(mut self, value: impl ::std::convert::Into<Permission>) -> Self {
        self.permission = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribePermissionsResult`
///
/// *Documented in* `specs/iam/en/jdcloudcom-en/describePermissions.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribePermissionsResult {
    /// Total Number
    ///
    /// **中文**
    ///
    /// 总数
    #[serde(
        rename = "total",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total: ::std::option::Option<i32>,
    /// Authority List Information
    ///
    /// **中文**
    ///
    /// 权限列表信息
    #[serde(
        rename = "permissions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permissions: ::std::option::Option<::std::vec::Vec<Permission>>,
}
impl DescribePermissionsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `total`.
    pub fn with_total(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `permissions`.
    pub fn with_permissions(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Permission>>,
    ) -> Self {
        self.permissions = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeSubUserPermissionsResult`
///
/// *Documented in* `specs/iam/zh/jdclouddocs-cn/describeSubUserPermissions.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSubUserPermissionsResult {
    /// 权限列表信息
    #[serde(
        rename = "permissions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permissions: ::std::option::Option<::std::vec::Vec<Permission>>,
    /// 总数
    #[serde(
        rename = "total",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total: ::std::option::Option<i32>,
}
impl DescribeSubUserPermissionsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `permissions`.
    pub fn with_permissions(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Permission>>,
    ) -> Self {
        self.permissions = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total`.
    pub fn with_total(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeUserAccessKeysResult`
///
/// *Documented in* `specs/iam/en/jdcloudcom-en/describeUserAccessKeys.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeUserAccessKeysResult {
    /// userAccessKey list
    ///
    /// **中文**
    ///
    /// userAccessKey列表
    #[serde(
        rename = "userAccessKeys",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_access_keys: ::std::option::Option<::std::vec::Vec<UserAccessKey>>,
}
impl DescribeUserAccessKeysResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `userAccessKeys`.
    pub fn with_user_access_keys(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<UserAccessKey>>,
    ) -> Self {
        self.user_access_keys = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GroupDetail`
///
/// *Documented in* `specs/iam/en/jdcloudcom-en/describeGroup.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GroupDetail {
    /// User Group ID
    #[serde(
        rename = "groupId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_id: ::std::option::Option<::std::string::String>,
    /// User Group name
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// JD Cloud Resource Identifier (jrn)
    #[serde(
        rename = "jrn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub jrn: ::std::option::Option<::std::string::String>,
    /// User Group Description
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Creation Time of User Group
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// Update Time of User Group
    #[serde(
        rename = "updateTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub update_time: ::std::option::Option<::std::string::String>,
}
impl GroupDetail {
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
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `jrn`.
    pub fn with_jrn(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.jrn = ::std::option::Option::Some(value.into());
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
    /// Sets `createTime`.
    pub fn with_create_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.create_time = ::std::option::Option::Some(value.into());
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
}
/// `Permission`
///
/// *Documented in* `specs/iam/en/jdcloudcom-en/describePermissions.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Permission {
    /// Permission id
    ///
    /// **中文**
    ///
    /// 权限id
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<i32>,
    /// Primary Account Pin
    ///
    /// **中文**
    ///
    /// 主账号pin
    #[serde(
        rename = "account",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account: ::std::option::Option<::std::string::String>,
    /// Permission Name
    ///
    /// **中文**
    ///
    /// 权限名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// Description
    ///
    /// **中文**
    ///
    /// 描述
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Permission Type
    ///
    /// **中文**
    ///
    /// 权限类型
    #[serde(
        rename = "permissionType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permission_type: ::std::option::Option<::std::string::String>,
    /// Permission Version Number
    ///
    /// **中文**
    ///
    /// 权限版本号
    #[serde(
        rename = "version",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version: ::std::option::Option<::std::string::String>,
    /// Permission Content
    ///
    /// **中文**
    ///
    /// 权限内容
    #[serde(
        rename = "content",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub content: ::std::option::Option<::std::string::String>,
    /// Permission Details
    ///
    /// **中文**
    ///
    /// 权限详细信息
    #[serde(
        rename = "permissionDetailList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permission_detail_list: ::std::option::Option<::std::vec::Vec<PermissionDetail>>,
}
impl Permission {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account`.
    pub fn with_account(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.account = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
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
    /// Sets `permissionType`.
    pub fn with_permission_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.permission_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn with_version(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `content`.
    pub fn with_content(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.content = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `permissionDetailList`.
    pub fn with_permission_detail_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<PermissionDetail>>,
    ) -> Self {
        self.permission_detail_list = ::std::option::Option::Some(value.into());
        self
    }
}
/// `PermissionDetail`
///
/// *Documented in* `specs/iam/en/jdcloudcom-en/describePermissions.md` *line 48.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PermissionDetail {
    /// Permission Type: Read-only-R, Delete-D, Modification-M
    ///
    /// **中文**
    ///
    /// 权限类型，只读-R、删除-D、修改-M
    #[serde(rename = "permission", default)]
    pub permission: ::std::string::String,
    /// Resource Information
    ///
    /// **中文**
    ///
    /// 资源信息
    #[serde(rename = "resource", default)]
    pub resource: ::std::vec::Vec<Resource>,
}
impl PermissionDetail {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        permission: impl ::std::convert::Into<::std::string::String>,
        resource: impl ::std::convert::Into<::std::vec::Vec<Resource>>,
    ) -> Self {
        Self {
            permission: permission.into(),
            resource: resource.into(),
            ..::std::default::Default::default()
        }
    }
}
/// `Policy`
///
/// *Documented in* `specs/iam/en/jdcloudcom-en/createPolicy.md` *line 36.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Policy {
    /// Policy id
    #[serde(
        rename = "policyId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy_id: ::std::option::Option<::std::string::String>,
    /// Policy Name
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// JD Cloud Resource Identifier (jrn)
    #[serde(
        rename = "jrn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub jrn: ::std::option::Option<::std::string::String>,
    /// Description
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Policy Type: 0 - System Policy, 1 - User Policy
    #[serde(
        rename = "policyType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy_type: ::std::option::Option<::std::string::String>,
    /// Policy Version Number
    #[serde(
        rename = "version",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version: ::std::option::Option<::std::string::String>,
    /// Default Version of Policy Document
    #[serde(
        rename = "defaultEdition",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_edition: ::std::option::Option<i32>,
    /// Policy Creation Time
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// Policy Update Time
    #[serde(
        rename = "updateTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub update_time: ::std::option::Option<::std::string::String>,
}
impl Policy {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `policyId`.
    pub fn with_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `jrn`.
    pub fn with_jrn(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.jrn = ::std::option::Option::Some(value.into());
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
    /// Sets `policyType`.
    pub fn with_policy_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.policy_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `version`.
    pub fn with_version(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `defaultEdition`.
    pub fn with_default_edition(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.default_edition = ::std::option::Option::Some(value.into());
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
    /// Sets `updateTime`.
    pub fn with_update_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.update_time = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Resource`
///
/// *Documented in* `specs/iam/en/jdcloudcom-en/describePermissions.md` *line 53.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Resource {
    /// Resource id Set, transmission * means that it is valid for all ids
    ///
    /// **中文**
    ///
    /// 资源id集合，传*表示对所有id生效
    #[serde(rename = "ids", default)]
    pub ids: ::std::vec::Vec<::std::string::String>,
    /// Resource Type, Virtual Machine-server, Image-image, Cloud Disk-volume, vpc-vpc, Public Ip-floatingIP, Load Balancer-loadbalance, Cloud Database (mysql)-database, Cloud Cache-cache
    ///
    /// **中文**
    ///
    /// 资源类型，云主机-server、镜像-image、云硬盘-volume、vpc-vpc、公网Ip-floatingIp、负载均衡-loadbalance、云数据库(mysql)-database、云缓存-cache
    #[serde(rename = "type", default)]
    pub r#type: ::std::string::String,
}
impl Resource {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        ids: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        r#type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            ids: ids.into(),
            r#type: r#type.into(),
            ..::std::default::Default::default()
        }
    }
}
/// `RoleInfo`
///
/// *Documented in* `specs/iam/en/jdcloudcom-en/createRole.md` *line 41.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RoleInfo {
    /// Primary Account of Owner
    #[serde(
        rename = "account",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account: ::std::option::Option<::std::string::String>,
    /// Role Assumption Policy
    #[serde(
        rename = "assumeRolePolicyDocument",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub assume_role_policy_document: ::std::option::Option<::std::string::String>,
    /// Role Creation Time
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// Description, 0~256 characters
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Resource Description
    #[serde(
        rename = "jrn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub jrn: ::std::option::Option<::std::string::String>,
    /// Maximum session duration is 3,600~43,200 seconds, 3,600 seconds by default
    #[serde(
        rename = "maxSessionDuration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_session_duration: ::std::option::Option<i32>,
    /// Role Path
    #[serde(
        rename = "path",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub path: ::std::option::Option<::std::string::String>,
    /// Role ID
    #[serde(
        rename = "roleId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub role_id: ::std::option::Option<::std::string::String>,
    /// Role Name
    #[serde(
        rename = "roleName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub role_name: ::std::option::Option<::std::string::String>,
}
impl RoleInfo {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `account`.
    pub fn with_account(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.account = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `assumeRolePolicyDocument`.
    pub fn with_assume_role_policy_document(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.assume_role_policy_document = ::std::option::Option::Some(value.into());
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
    /// Sets `jrn`.
    pub fn with_jrn(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.jrn = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `maxSessionDuration`.
    pub fn with_max_session_duration(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.max_session_duration = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `path`.
    pub fn with_path(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.path = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `roleId`.
    pub fn with_role_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `roleName`.
    pub fn with_role_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// `UpdateAssumeRolePolicyInfo`
///
/// *Documented in* `specs/iam/en/jdcloudcom-en/updateAssumeRolePolicy.md` *line 22.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateAssumeRolePolicyInfo {
    /// Trusted Entity Information
    #[serde(
        rename = "assumeRolePolicyDocument",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub assume_role_policy_document: ::std::option::Option<::std::string::String>,
}
impl UpdateAssumeRolePolicyInfo {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `assumeRolePolicyDocument`.
    pub fn with_assume_role_policy_document(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.assume_role_policy_document = ::std::option::Option::Some(value.into());
        self
    }
}
/// `UpdatePermissionInfo`
///
/// *Documented in* `specs/iam/zh/jdclouddocs-cn/updatePermission.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UpdatePermissionInfo {
    /// 权限详细信息
    #[serde(rename = "content", default)]
    pub content: ::std::vec::Vec<PermissionDetail>,
    /// 描述，0~256个字符
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 权限名称，1~32位数字、字符、中文、中划线、下划线
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
}
impl UpdatePermissionInfo {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        content: impl ::std::convert::Into<::std::vec::Vec<PermissionDetail>>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            content: content.into(),
            name: name.into(),
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
}
/// `UserAccessKey`
///
/// *Documented in* `specs/iam/en/jdcloudcom-en/describeUserAccessKeys.md` *line 32.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UserAccessKey {
    /// accessKey
    #[serde(
        rename = "accessKey",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_key: ::std::option::Option<::std::string::String>,
    /// accessKeySecret
    #[serde(
        rename = "accessKeySecret",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_key_secret: ::std::option::Option<::std::string::String>,
    /// Creation time
    ///
    /// **中文**
    ///
    /// 创建时间
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// Disabled/enabled status \[0-disabled, 1-enabled\]
    ///
    /// **中文**
    ///
    /// 禁用/启用状态\[0-禁用,1-启用\]
    #[serde(
        rename = "state",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<i32>,
    /// Deleted/valid status \[0-deleted, 1-valid\]
    ///
    /// **中文**
    ///
    /// 删除/有效状态\[0-删除,1-有效\]
    #[serde(
        rename = "yn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub yn: ::std::option::Option<i32>,
}
impl UserAccessKey {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `accessKey`.
    pub fn with_access_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_key = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `accessKeySecret`.
    pub fn with_access_key_secret(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_key_secret = ::std::option::Option::Some(value.into());
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
    /// Sets `state`.
    pub fn with_state(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.state = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `yn`.
    pub fn with_yn(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.yn = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for UserAccessKey {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UserAccessKey")
            .field("accessKey", &self.access_key)
            .field("accessKeySecret", &"***")
            .field("createTime", &self.create_time)
            .field("state", &self.state)
            .field("yn", &self.yn)
            .finish()
    }
}
/// The result of `createRole`.
///
/// *Documented in* `specs/iam/en/jdcloudcom-en/createRole.md` *line 1.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateRoleResult {
    /// Role Information
    #[serde(
        rename = "roleInfo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub role_info: ::std::option::Option<RoleInfo>,
}
impl CreateRoleResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `roleInfo`.
    pub fn with_role_info(mut self, value: impl ::std::convert::Into<RoleInfo>) -> Self {
        self.role_info = ::std::option::Option::Some(value.into());
        self
    }
}
