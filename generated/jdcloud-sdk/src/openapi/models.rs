//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `AuthorizationData`
///
/// *Documented in* `specs/openapi/zh/jdclouddocs-cn/getAuthorizationToken.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AuthorizationData {
    /// 基于base64编码的字符串，包含指定JCR registry的授权信息。解码后可用于docker login。
    #[serde(
        rename = "authorizationToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorization_token: ::std::option::Option<::std::string::String>,
    /// Unix 时钟，记录authorization token的过期时间。默认Authorization tokens有效期为12小时。
    #[serde(
        rename = "expiresAt",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expires_at: ::std::option::Option<::std::string::String>,
    /// 用户直接使用的docker login 命令行
    #[serde(
        rename = "loginCmdLine",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub login_cmd_line: ::std::option::Option<::std::string::String>,
}
impl AuthorizationData {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `authorizationToken`.
    pub fn with_authorization_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.authorization_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `expiresAt`.
    pub fn with_expires_at(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expires_at = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `loginCmdLine`.
    pub fn with_login_cmd_line(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.login_cmd_line = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CheckRegistryNameResult`
///
/// *Documented in* `specs/openapi/zh/jdclouddocs-cn/checkRegistryName.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CheckRegistryNameResult {
    /// 表示用户指定的注册表是否通过校验， 0 通过 1 名称为空 2 不符合规范 3 重名
    #[serde(
        rename = "code",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code: ::std::option::Option<i32>,
    /// code字段非零时，给出详细原因。
    #[serde(
        rename = "reason",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reason: ::std::option::Option<::std::string::String>,
}
impl CheckRegistryNameResult {
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
    /// Sets `reason`.
    pub fn with_reason(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.reason = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateRegistryResult`
///
/// *Documented in* `specs/openapi/zh/jdclouddocs-cn/createRegistry.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateRegistryResult {
    /// `registry`
    #[serde(
        rename = "registry",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub registry: ::std::option::Option<Registry>,
}
impl CreateRegistryResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `registry`.
    pub fn with_registry(mut self, value: impl ::std::convert::Into<Registry>) -> Self {
        self.registry = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateRepositoryResult`
///
/// *Documented in* `specs/openapi/zh/jdclouddocs-cn/createRepository.md` *line 34.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateRepositoryResult {
    /// `repository`
    #[serde(
        rename = "repository",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub repository: ::std::option::Option<RepositoryShort>,
}
impl CreateRepositoryResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `repository`.
    pub fn with_repository(mut self, value: impl ::std::convert::Into<RepositoryShort>) -> Self {
        self.repository = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeImagesResult`
///
/// *Documented in* `specs/openapi/zh/jdclouddocs-cn/describeImages.md` *line 38.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeImagesResult {
    /// 镜像列表
    #[serde(
        rename = "imageDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_details: ::std::option::Option<::std::vec::Vec<ImageDetail>>,
    /// `totalCount`
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<f64>,
}
impl DescribeImagesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `imageDetails`.
    pub fn with_image_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ImageDetail>>,
    ) -> Self {
        self.image_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeQuotasResult`
///
/// *Documented in* `specs/openapi/zh/jdclouddocs-cn/describeQuotas.md` *line 35.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeQuotasResult {
    /// 配额列表
    #[serde(
        rename = "quotas",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quotas: ::std::option::Option<::std::vec::Vec<Quota>>,
}
impl DescribeQuotasResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `quotas`.
    pub fn with_quotas(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Quota>>) -> Self {
        self.quotas = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Filter`
///
/// *Documented in* `specs/openapi/zh/jdclouddocs-cn/describeImages.md` *line 25.*
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
/// `GetAuthorizationTokenResult`
///
/// *Documented in* `specs/openapi/zh/jdclouddocs-cn/getAuthorizationToken.md` *line 33.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetAuthorizationTokenResult {
    /// `authorizationData`
    #[serde(
        rename = "authorizationData",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub authorization_data: ::std::option::Option<AuthorizationData>,
}
impl GetAuthorizationTokenResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `authorizationData`.
    pub fn with_authorization_data(
        mut self,
        value: impl ::std::convert::Into<AuthorizationData>,
    ) -> Self {
        self.authorization_data = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ImageDetail`
///
/// *Documented in* `specs/openapi/zh/jdclouddocs-cn/describeImages.md` *line 43.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ImageDetail {
    /// image manifest的sha256摘要
    #[serde(
        rename = "imageDigest",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_digest: ::std::option::Option<::std::string::String>,
    /// 镜像的Manifest
    #[serde(
        rename = "imageManifest",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_manifest: ::std::option::Option<::std::string::String>,
    /// 当前image被push到repository的时间
    #[serde(
        rename = "imagePushedAt",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_pushed_at: ::std::option::Option<::std::string::String>,
    /// image在repository中的大小。从Docker 1.9之后的版本, Docker client会压缩镜像层数据再push到V2版本的Docker registry。
    ///
    /// docker image命令显示的是解压后的镜像大小，因此会比DescribeImages接口返回的镜像大小会大很多。
    #[serde(
        rename = "imageSizeMB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_size_mb: ::std::option::Option<i32>,
    /// 镜像关联的所有Tag
    #[serde(
        rename = "imageTags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 最近pull的时间
    #[serde(
        rename = "lastPullAt",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_pull_at: ::std::option::Option<::std::string::String>,
    /// image registry 表示镜像的注册表归属
    #[serde(
        rename = "registryName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub registry_name: ::std::option::Option<::std::string::String>,
    /// image repository表示镜像的仓库归属
    #[serde(
        rename = "repositoryName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub repository_name: ::std::option::Option<::std::string::String>,
    /// 镜像被拉取次数
    #[serde(
        rename = "totalPullTimes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_pull_times: ::std::option::Option<i32>,
}
impl ImageDetail {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `imageDigest`.
    pub fn with_image_digest(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_digest = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `imageManifest`.
    pub fn with_image_manifest(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_manifest = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `imagePushedAt`.
    pub fn with_image_pushed_at(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_pushed_at = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `imageSizeMB`.
    pub fn with_image_size_mb(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.image_size_mb = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `imageTags`.
    pub fn with_image_tags(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.image_tags = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `lastPullAt`.
    pub fn with_last_pull_at(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_pull_at = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `registryName`.
    pub fn with_registry_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.registry_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `repositoryName`.
    pub fn with_repository_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.repository_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalPullTimes`.
    pub fn with_total_pull_times(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_pull_times = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Quota`
///
/// *Documented in* `specs/openapi/zh/jdclouddocs-cn/describeQuotas.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Quota {
    /// 可用资源上限
    #[serde(
        rename = "limit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i32>,
    /// 资源类型 \[registry/repository\]
    #[serde(
        rename = "resourceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// 已用资源数量
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
    /// Sets `resourceType`.
    pub fn with_resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `used`.
    pub fn with_used(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.used = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Registry`
///
/// *Documented in* `specs/openapi/zh/jdclouddocs-cn/createRegistry.md` *line 35.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Registry {
    /// registry 的创建时间
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 注册表描述，[参考公共参数规范](https://www.jdcloud.com/help/detail/3870/isCatalog/1)。
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// 注册表名称，[参考公共参数规范](https://www.jdcloud.com/help/detail/3870/isCatalog/1)。
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// registry endporint url
    #[serde(
        rename = "registryUri",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub registry_uri: ::std::option::Option<::std::string::String>,
    /// regsitry 使用的总存储空间 单位 (MB)
    #[serde(
        rename = "totalSpaceUsedMB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_space_used_mb: ::std::option::Option<i32>,
}
impl Registry {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
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
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `registryUri`.
    pub fn with_registry_uri(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.registry_uri = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalSpaceUsedMB`.
    pub fn with_total_space_used_mb(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_space_used_mb = ::std::option::Option::Some(value.into());
        self
    }
}
/// `RepositoryShort`
///
/// *Documented in* `specs/openapi/zh/jdclouddocs-cn/createRepository.md` *line 38.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RepositoryShort {
    /// 记录用户repository创建的时间。
    #[serde(
        rename = "createdAt",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::std::string::String>,
    /// 镜像仓库repository名称。
    #[serde(
        rename = "repositoryName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub repository_name: ::std::option::Option<::std::string::String>,
    /// repository的URI，用户通过docker CLI,制定该URI直接进行docker pull/push等操作。
    #[serde(
        rename = "repositoryUri",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub repository_uri: ::std::option::Option<::std::string::String>,
}
impl RepositoryShort {
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
    /// Sets `repositoryName`.
    pub fn with_repository_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.repository_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `repositoryUri`.
    pub fn with_repository_uri(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.repository_uri = ::std::option::Option::Some(value.into());
        self
    }
}
