//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `CancelPySparkJobResult`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/cancelPySparkJob.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CancelPySparkJobResult {
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl CancelPySparkJobResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
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
/// `CancelRasQueryResult`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/cancelRasQuery.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CancelRasQueryResult {
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl CancelRasQueryResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
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
/// `CreateDatabaseResult`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/createDatabase.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateDatabaseResult {
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl CreateDatabaseResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
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
/// `CreateTableResult`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/createTable.md` *line 52.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateTableResult {
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl CreateTableResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
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
/// `DeleteDatabaseResult`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/deleteDatabase.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteDatabaseResult {
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl DeleteDatabaseResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
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
/// `DeleteTableResult`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/deleteTable.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteTableResult {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<::serde_json::Value>,
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl DeleteTableResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<::serde_json::Value>) -> Self {
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
/// `DwDatabase`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/getDatabaseInfo.md` *line 36.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DwDatabase {
    /// 类别
    #[serde(
        rename = "category",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::std::string::String>,
    /// 描述信息
    #[serde(
        rename = "comments",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub comments: ::std::option::Option<::std::string::String>,
    /// 创建时间
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 数据库名称
    #[serde(
        rename = "databaseName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub database_name: ::std::option::Option<::std::string::String>,
    /// 数据库id
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<i32>,
    /// 最新更新时间
    #[serde(
        rename = "lastUpdateTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_update_time: ::std::option::Option<::std::string::String>,
    /// 位置
    #[serde(
        rename = "location",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub location: ::std::option::Option<::std::string::String>,
    /// 所有者
    #[serde(
        rename = "owner",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub owner: ::std::option::Option<::std::string::String>,
    /// 最新更新时间
    #[serde(
        rename = "physicalStorageCapacity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_storage_capacity: ::std::option::Option<::std::string::String>,
    /// 来源
    #[serde(
        rename = "source",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source: ::std::option::Option<::std::string::String>,
    /// 总表数量
    #[serde(
        rename = "totalTableQuantity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_table_quantity: ::std::option::Option<i32>,
    /// 用户名
    #[serde(
        rename = "userName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_name: ::std::option::Option<::std::string::String>,
}
impl DwDatabase {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `category`.
    pub fn with_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.category = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `comments`.
    pub fn with_comments(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.comments = ::std::option::Option::Some(value.into());
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
    /// Sets `databaseName`.
    pub fn with_database_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.database_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `lastUpdateTime`.
    pub fn with_last_update_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_update_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `location`.
    pub fn with_location(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.location = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn with_owner(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.owner = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `physicalStorageCapacity`.
    pub fn with_physical_storage_capacity(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.physical_storage_capacity = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn with_source(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.source = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalTableQuantity`.
    pub fn with_total_table_quantity(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_table_quantity = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `userName`.
    pub fn with_user_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DwDatabaseInfo`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/listDatabaseInfo.md` *line 35.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DwDatabaseInfo {
    /// 描述信息
    #[serde(
        rename = "comments",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub comments: ::std::option::Option<::std::string::String>,
    /// 数据库名称
    #[serde(
        rename = "databaseName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub database_name: ::std::option::Option<::std::string::String>,
    /// 所有者
    #[serde(
        rename = "owner",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub owner: ::std::option::Option<::std::string::String>,
}
impl DwDatabaseInfo {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `comments`.
    pub fn with_comments(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.comments = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `databaseName`.
    pub fn with_database_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.database_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn with_owner(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.owner = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DwHiveObjectPrivileges`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/getTableInfo.md` *line 56.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DwHiveObjectPrivileges {
    /// alter权限
    #[serde(
        rename = "alter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alter: ::std::option::Option<bool>,
    /// create权限
    #[serde(
        rename = "create",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create: ::std::option::Option<bool>,
    /// delete权限
    #[serde(
        rename = "delete",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete: ::std::option::Option<bool>,
    /// drop权限
    #[serde(
        rename = "drop",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub drop: ::std::option::Option<bool>,
    /// insert权限
    #[serde(
        rename = "insert",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub insert: ::std::option::Option<bool>,
    /// 返回信息
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// 是否为此表所有者
    #[serde(
        rename = "owner",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub owner: ::std::option::Option<bool>,
    /// select权限
    #[serde(
        rename = "select",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub select: ::std::option::Option<bool>,
    /// 状态
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
    /// update权限
    #[serde(
        rename = "update",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub update: ::std::option::Option<bool>,
}
impl DwHiveObjectPrivileges {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `alter`.
    pub fn with_alter(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.alter = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `create`.
    pub fn with_create(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.create = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `delete`.
    pub fn with_delete(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.delete = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `drop`.
    pub fn with_drop(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.drop = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `insert`.
    pub fn with_insert(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.insert = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `message`.
    pub fn with_message(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.message = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn with_owner(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.owner = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `select`.
    pub fn with_select(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.select = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `update`.
    pub fn with_update(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.update = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DwInstance`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/listInstanceInfo.md` *line 33.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DwInstance {
    /// 实例所属区域
    #[serde(
        rename = "area",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub area: ::std::option::Option<::std::string::String>,
    /// 实例描述
    #[serde(
        rename = "comments",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub comments: ::std::option::Option<::std::string::String>,
    /// 实例创建时间
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 实例名
    #[serde(
        rename = "instanceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// 实例属主
    #[serde(
        rename = "instanceOwnerName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_owner_name: ::std::option::Option<::std::string::String>,
    /// 实例别名（在页面显示）
    #[serde(
        rename = "uname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub uname: ::std::option::Option<::std::string::String>,
}
impl DwInstance {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `area`.
    pub fn with_area(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.area = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `comments`.
    pub fn with_comments(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.comments = ::std::option::Option::Some(value.into());
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
    /// Sets `instanceName`.
    pub fn with_instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceOwnerName`.
    pub fn with_instance_owner_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_owner_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `uname`.
    pub fn with_uname(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.uname = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DwTable`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/getTableInfo.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DwTable {
    /// 类别
    #[serde(
        rename = "category",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::std::string::String>,
    /// 描述信息
    #[serde(
        rename = "comments",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub comments: ::std::option::Option<::std::string::String>,
    /// 创建时间
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 数据库名
    #[serde(
        rename = "dbName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub db_name: ::std::option::Option<::std::string::String>,
    /// 是否加密
    #[serde(
        rename = "encryption",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption: ::std::option::Option<::std::string::String>,
    /// 文件存储类型
    #[serde(
        rename = "hiveFileFormat",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hive_file_format: ::std::option::Option<::std::string::String>,
    /// hive表权限信息
    #[serde(
        rename = "hiveObjectPrivileges",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hive_object_privileges: ::std::option::Option<DwHiveObjectPrivileges>,
    /// 数据库id
    #[serde(
        rename = "id",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<i32>,
    /// 最新更新时间
    #[serde(
        rename = "lastUpdateTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_update_time: ::std::option::Option<::std::string::String>,
    /// 位置
    #[serde(
        rename = "location",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub location: ::std::option::Option<::std::string::String>,
    /// 所有者
    #[serde(
        rename = "owner",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub owner: ::std::option::Option<::std::string::String>,
    /// 参数
    #[serde(
        rename = "parameters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameters: ::std::option::Option<::serde_json::Value>,
    /// 物理存储量
    #[serde(
        rename = "physicalStorageCapacity",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_storage_capacity: ::std::option::Option<::std::string::String>,
    /// 来源
    #[serde(
        rename = "source",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source: ::std::option::Option<::std::string::String>,
    /// 表名
    #[serde(
        rename = "tableName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub table_name: ::std::option::Option<::std::string::String>,
    /// 用户名
    #[serde(
        rename = "userName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_name: ::std::option::Option<::std::string::String>,
}
impl DwTable {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `category`.
    pub fn with_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.category = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `comments`.
    pub fn with_comments(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.comments = ::std::option::Option::Some(value.into());
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
    /// Sets `dbName`.
    pub fn with_db_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.db_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `encryption`.
    pub fn with_encryption(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.encryption = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hiveFileFormat`.
    pub fn with_hive_file_format(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hive_file_format = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hiveObjectPrivileges`.
    pub fn with_hive_object_privileges(
        mut self,
        value: impl ::std::convert::Into<DwHiveObjectPrivileges>,
    ) -> Self {
        self.hive_object_privileges = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `lastUpdateTime`.
    pub fn with_last_update_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_update_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `location`.
    pub fn with_location(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.location = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn with_owner(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.owner = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `parameters`.
    pub fn with_parameters(
        mut self,
        value: impl ::std::convert::Into<::serde_json::Value>,
    ) -> Self {
        self.parameters = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `physicalStorageCapacity`.
    pub fn with_physical_storage_capacity(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.physical_storage_capacity = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn with_source(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.source = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tableName`.
    pub fn with_table_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `userName`.
    pub fn with_user_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DwTableDesc`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/createTable.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DwTableDesc {
    /// 描述信息
    #[serde(
        rename = "comments",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub comments: ::std::option::Option<::std::string::String>,
    /// 创建时间（自动生成）
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 数据库名
    #[serde(
        rename = "dbName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub db_name: ::std::option::Option<::std::string::String>,
    /// 外表位置
    #[serde(
        rename = "externalLocation",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub external_location: ::std::option::Option<::std::string::String>,
    /// 字段分隔符
    #[serde(
        rename = "fieldsDelimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fields_delimit: ::std::option::Option<::std::string::String>,
    /// 存储格式
    #[serde(
        rename = "hiveFileFormat",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hive_file_format: ::std::option::Option<::std::string::String>,
    /// 行分隔符
    #[serde(
        rename = "linesDelimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lines_delimit: ::std::option::Option<::std::string::String>,
    /// 其他serde属性
    #[serde(
        rename = "otherSerdeProperties",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub other_serde_properties: ::std::option::Option<::serde_json::Value>,
    /// 所有者（自动生成）
    #[serde(
        rename = "owner",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub owner: ::std::option::Option<::std::string::String>,
    /// 参数
    #[serde(
        rename = "parameters",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameters: ::std::option::Option<::serde_json::Value>,
    /// 列信息
    #[serde(
        rename = "rows",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rows: ::std::option::Option<::std::vec::Vec<DwTableRow>>,
    /// 表名
    #[serde(
        rename = "tableName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub table_name: ::std::option::Option<::std::string::String>,
}
impl DwTableDesc {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `comments`.
    pub fn with_comments(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.comments = ::std::option::Option::Some(value.into());
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
    /// Sets `dbName`.
    pub fn with_db_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.db_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `externalLocation`.
    pub fn with_external_location(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.external_location = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fieldsDelimit`.
    pub fn with_fields_delimit(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fields_delimit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hiveFileFormat`.
    pub fn with_hive_file_format(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hive_file_format = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `linesDelimit`.
    pub fn with_lines_delimit(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.lines_delimit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `otherSerdeProperties`.
    pub fn with_other_serde_properties(
        mut self,
        value: impl ::std::convert::Into<::serde_json::Value>,
    ) -> Self {
        self.other_serde_properties = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `owner`.
    pub fn with_owner(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.owner = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `parameters`.
    pub fn with_parameters(
        mut self,
        value: impl ::std::convert::Into<::serde_json::Value>,
    ) -> Self {
        self.parameters = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `rows`.
    pub fn with_rows(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<DwTableRow>>,
    ) -> Self {
        self.rows = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tableName`.
    pub fn with_table_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.table_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DwTableRow`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/createTable.md` *line 38.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DwTableRow {
    /// 字段名称
    #[serde(
        rename = "columnName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub column_name: ::std::option::Option<::std::string::String>,
    /// 字段类型
    #[serde(
        rename = "columnType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub column_type: ::std::option::Option<::std::string::String>,
    /// 描述信息
    #[serde(
        rename = "comments",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub comments: ::std::option::Option<::std::string::String>,
    /// 是否分区字段
    #[serde(
        rename = "isPartition",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_partition: ::std::option::Option<bool>,
}
impl DwTableRow {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `columnName`.
    pub fn with_column_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.column_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `columnType`.
    pub fn with_column_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.column_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `comments`.
    pub fn with_comments(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.comments = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `isPartition`.
    pub fn with_is_partition(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.is_partition = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ExecutePySparkQueryResult`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/executePySparkQuery.md` *line 33.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExecutePySparkQueryResult {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<i32>,
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl ExecutePySparkQueryResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<i32>) -> Self {
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
/// `ExecuteRasQueryResult`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/executeRasQuery.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExecuteRasQueryResult {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<i32>,
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl ExecuteRasQueryResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<i32>) -> Self {
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
/// `GetDatabaseInfoResult`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/getDatabaseInfo.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetDatabaseInfoResult {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<DwDatabase>,
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl GetDatabaseInfoResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<DwDatabase>) -> Self {
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
/// `GetPySparkExecuteResultResult`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/getPySparkExecuteResult.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetPySparkExecuteResultResult {
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl GetPySparkExecuteResultResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
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
/// `GetPySparkExecuteStateResult`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/getPySparkExecuteState.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetPySparkExecuteStateResult {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<::std::string::String>,
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl GetPySparkExecuteStateResult {
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
/// `GetRasQueryLogResult`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/getRasQueryLog.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetRasQueryLogResult {
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl GetRasQueryLogResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
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
/// `GetRasQueryResultResult`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/getRasQueryResult.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetRasQueryResultResult {
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl GetRasQueryResultResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
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
/// `GetRasQueryStateResult`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/getRasQueryState.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetRasQueryStateResult {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<::std::string::String>,
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl GetRasQueryStateResult {
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
/// `GetTableInfoResult`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/getTableInfo.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetTableInfoResult {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<DwTable>,
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl GetTableInfoResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<DwTable>) -> Self {
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
/// `ListDatabaseInfoResult`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/listDatabaseInfo.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListDatabaseInfoResult {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<::std::vec::Vec<DwDatabaseInfo>>,
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl ListDatabaseInfoResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<DwDatabaseInfo>>,
    ) -> Self {
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
/// `ListInstanceInfoResult`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/listInstanceInfo.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListInstanceInfoResult {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<::std::vec::Vec<DwInstance>>,
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl ListInstanceInfoResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<DwInstance>>,
    ) -> Self {
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
/// `ListTableInfoResult`
///
/// *Documented in* `specs/xdata/zh/jdclouddocs-cn/listTableInfo.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListTableInfoResult {
    /// `data`
    #[serde(
        rename = "data",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<::std::vec::Vec<DwTable>>,
    /// `message`
    #[serde(
        rename = "message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `status`
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<bool>,
}
impl ListTableInfoResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `data`.
    pub fn with_data(mut self, value: impl ::std::convert::Into<::std::vec::Vec<DwTable>>) -> Self {
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
