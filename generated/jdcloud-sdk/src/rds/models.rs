//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `Account`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeAccounts.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Account {
    /// 账号名，账号名的具体规则可参见帮助中心文档:名称及密码限制
    #[serde(
        rename = "accountName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_name: ::std::option::Option<::std::string::String>,
    /// 具有的权限
    #[serde(
        rename = "accountPrivileges",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_privileges: ::std::option::Option<::std::vec::Vec<AccountPrivilege>>,
    /// 账号状态，参见枚举参数定义
    ///
    /// - **MySQL：不支持，不返回该字段**
    ///
    /// - **SQL Server：返回该字段**
    #[serde(
        rename = "accountStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_status: ::std::option::Option<::std::string::String>,
}
impl Account {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `accountName`.
    pub fn with_account_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `accountPrivileges`.
    pub fn with_account_privileges(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<AccountPrivilege>>,
    ) -> Self {
        self.account_privileges = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `accountStatus`.
    pub fn with_account_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `AccountPrivilege`
///
/// *Documented in* `specs/rds/en/jdcloudcom-en/grantPrivilege.md` *line 24.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AccountPrivilege {
    /// Database Name, see Help Center Document: Name and Password Restrictions for specific rules
    ///
    /// **中文**
    ///
    /// 数据库名称，具体规则可参见帮助中心文档:名称及密码限制
    #[serde(
        rename = "dbName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub db_name: ::std::option::Option<::std::string::String>,
    /// Privilege of account to the database with the specific definition detailed in Enumeration Parameter Definition
    ///
    /// **中文**
    ///
    /// 账号对数据库所具有的权限，权限的具体定义可以参见枚举参数定义
    #[serde(
        rename = "privilege",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub privilege: ::std::option::Option<::std::string::String>,
}
impl AccountPrivilege {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `dbName`.
    pub fn with_db_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.db_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `privilege`.
    pub fn with_privilege(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.privilege = ::std::option::Option::Some(value.into());
        self
    }
}
/// `AuditFile`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/getAuditFiles.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AuditFile {
    /// 审计日志文件最后更新时间
    #[serde(
        rename = "lastUpdateTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_update_time: ::std::option::Option<::std::string::String>,
    /// 审计日志文件名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// 审计日志文件大小，单位Byte
    #[serde(
        rename = "sizeByte",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size_byte: ::std::option::Option<i32>,
    /// 审计日志文件上传时间
    #[serde(
        rename = "uploadTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub upload_time: ::std::option::Option<::std::string::String>,
}
impl AuditFile {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `lastUpdateTime`.
    pub fn with_last_update_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_update_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sizeByte`.
    pub fn with_size_byte(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.size_byte = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `uploadTime`.
    pub fn with_upload_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.upload_time = ::std::option::Option::Some(value.into());
        self
    }
}
/// `AuditResult`
///
/// *Documented in* `specs/rds/en/jdcloudcom-en/describeAuditResult.md` *line 46.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AuditResult {
    /// SQL Execution Time
    #[serde(
        rename = "startTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// Source IP
    #[serde(
        rename = "ip",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip: ::std::option::Option<::std::string::String>,
    /// Account Name
    #[serde(
        rename = "accountName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_name: ::std::option::Option<::std::string::String>,
    /// Operation Types
    #[serde(
        rename = "operation",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation: ::std::option::Option<::std::string::String>,
    /// Thread ID
    #[serde(
        rename = "threadId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub thread_id: ::std::option::Option<::std::string::String>,
    /// Thread ID, which is supported only by PostgreSQL
    #[serde(
        rename = "processId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub process_id: ::std::option::Option<::std::string::String>,
    /// Database Name
    #[serde(
        rename = "dbName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub db_name: ::std::option::Option<::std::string::String>,
    /// sql Sentence
    #[serde(
        rename = "sql",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sql: ::std::option::Option<::std::string::String>,
}
impl AuditResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `startTime`.
    pub fn with_start_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ip`.
    pub fn with_ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ip = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `accountName`.
    pub fn with_account_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `operation`.
    pub fn with_operation(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.operation = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `threadId`.
    pub fn with_thread_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.thread_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `processId`.
    pub fn with_process_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.process_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dbName`.
    pub fn with_db_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.db_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sql`.
    pub fn with_sql(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.sql = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Backup`
///
/// *Documented in* `specs/rds/en/jdcloudcom-en/describeBackups.md` *line 40.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Backup {
    /// Backup ID
    ///
    /// **中文**
    ///
    /// 备份ID
    #[serde(
        rename = "backupId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_id: ::std::option::Option<::std::string::String>,
    /// Backup name with length up to 64 English characters or Chinese characters of equal length
    ///
    /// **中文**
    ///
    /// 备份名称，最长支持64个英文字符或等长的中文字符
    #[serde(
        rename = "backupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_name: ::std::option::Option<::std::string::String>,
    /// Backup Instance ID
    ///
    /// **中文**
    ///
    /// 备份所属实例ID
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// Backup Status, detailed in Enumeration Parameter Definition
    ///
    /// **中文**
    ///
    /// 备份状态，请查看枚举参数定义
    #[serde(
        rename = "backupStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_status: ::std::option::Option<::std::string::String>,
    /// Backup Start Time, Format: YYYY-MM-DD HH:mm:ss
    ///
    /// **中文**
    ///
    /// 备份开始时间，格式为：YYYY-MM-DD HH:mm:ss
    #[serde(
        rename = "backupStartTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_start_time: ::std::option::Option<::std::string::String>,
    /// Backup End Time, Format: YYYY-MM-DD HH:mm:ss
    ///
    /// **中文**
    ///
    /// 备份结束时间，格式为：YYYY-MM-DD HH:mm:ss
    ///
    /// - **SQL Server支持**
    ///
    /// - **MySQL不支持**
    #[serde(
        rename = "backupEndTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_end_time: ::std::option::Option<::std::string::String>,
    /// Backup type, full backup or incremental backup, detailed in Enumeration Parameter Definition
    ///
    /// - **SQL Server supports****
    ///
    /// - **MySQL does not support**
    ///
    /// **中文**
    ///
    /// 备份类型，全量备份或增量备份，请查看枚举参数定义
    ///
    /// - **SQL Server支持**
    ///
    /// - **MySQL不支持**
    #[serde(
        rename = "backupType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_type: ::std::option::Option<::std::string::String>,
    /// Backup mode, automatic system backup or manual backup, detailed in Enumeration Parameter Definition
    ///
    /// **中文**
    ///
    /// 备份模式，系统自动备份或手动备份，请查看枚举参数定义
    #[serde(
        rename = "backupMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_mode: ::std::option::Option<::std::string::String>,
    /// Backup granularity, instance backup or multi-database backup, detailed in Enumeration Parameter Definition
    ///
    /// - **SQL Server supports**
    ///
    /// - **MySQL does not support**
    ///
    /// **中文**
    ///
    /// 备份粒度，实例备份或者多库备份，请查看枚举参数定义
    ///
    /// - **SQL Server支持**
    ///
    /// - **MySQL不支持**
    #[serde(
        rename = "backupUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_unit: ::std::option::Option<::std::string::String>,
    /// Backup File List
    ///
    /// - **SQL Server supports**, there can be multiple backup files and the naming rules for file name are:
    ///
    /// (1) Full: Database name +.bak
    ///
    /// (2) Incremental: Database name +.diff
    ///
    /// - **MySQL does not support**
    ///
    /// **中文**
    ///
    /// 备份文件列表
    ///
    /// - **SQL Server支持**,备份可以有多个文件，文件名的命名规则为:
    ///
    /// （1）全备：数据库名+.bak
    ///
    /// （2）增量：数据库名+.diff
    ///
    /// - **MySQL不支持**
    #[serde(
        rename = "backupFiles",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_files: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Overall backup set size, unit: Byte
    ///
    /// **中文**
    ///
    /// 整个备份集大小，单位：Byte
    #[serde(
        rename = "backupSizeByte",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_size_byte: ::std::option::Option<i64>,
}
impl Backup {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `backupId`.
    pub fn with_backup_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `backupName`.
    pub fn with_backup_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceId`.
    pub fn with_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `backupStatus`.
    pub fn with_backup_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `backupStartTime`.
    pub fn with_backup_start_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `backupEndTime`.
    pub fn with_backup_end_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `backupType`.
    pub fn with_backup_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `backupMode`.
    pub fn with_backup_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_mode = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `backupUnit`.
    pub fn with_backup_unit(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_unit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `backupFiles`.
    pub fn with_backup_files(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.backup_files = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `backupSizeByte`.
    pub fn with_backup_size_byte(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.backup_size_byte = ::std::option::Option::Some(value.into());
        self
    }
}
/// `BackupSpec`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/createBackup.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BackupSpec {
    /// 备份名称
    ///
    /// SQL Server：最长支持64个英文字符或等长的中文字符
    ///
    /// MySQL：只允许数字、小写字母及英文下划线“_”,不超过32字符
    #[serde(
        rename = "backupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_name: ::std::option::Option<::std::string::String>,
    /// 需要备份的数据库名称列表。如不填，则备份整个实例
    ///
    /// - **MySQL：不支持该参数**
    ///
    /// - **SQL Server：支持**
    #[serde(
        rename = "dbNames",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub db_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl BackupSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `backupName`.
    pub fn with_backup_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dbNames`.
    pub fn with_db_names(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.db_names = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Binlog`
///
/// *Documented in* `specs/rds/en/jdcloudcom-en/describeBinlogs.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Binlog {
    /// binlog log backup ID
    #[serde(
        rename = "binlogBackupId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub binlog_backup_id: ::std::option::Option<::std::string::String>,
    /// binlog end time, with the format as: YYYY-MM-DD HH:mm:ss
    #[serde(
        rename = "binlogEndTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub binlog_end_time: ::std::option::Option<::std::string::String>,
    /// binlog log name
    #[serde(
        rename = "binlogName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub binlog_name: ::std::option::Option<::std::string::String>,
    /// binlog log size, unitKB
    #[serde(
        rename = "binlogSizeKB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub binlog_size_kb: ::std::option::Option<i32>,
    /// binlogStart time, with the format as: YYYY-MM-DD HH:mm:ss
    #[serde(
        rename = "binlogStartTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub binlog_start_time: ::std::option::Option<::std::string::String>,
}
impl Binlog {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `binlogBackupId`.
    pub fn with_binlog_backup_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.binlog_backup_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `binlogEndTime`.
    pub fn with_binlog_end_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.binlog_end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `binlogName`.
    pub fn with_binlog_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.binlog_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `binlogSizeKB`.
    pub fn with_binlog_size_kb(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.binlog_size_kb = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `binlogStartTime`.
    pub fn with_binlog_start_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.binlog_start_time = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Charge`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeInstanceAttributes.md` *line 55.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Charge {
    /// 过期时间，预付费资源的到期时间，遵循ISO8601标准，使用UTC时间，格式为：YYYY-MM-DDTHH:mm:ssZ，后付费资源此字段内容为空
    #[serde(
        rename = "chargeExpiredTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_expired_time: ::std::option::Option<::std::string::String>,
    /// 支付模式，取值为：prepaid_by_duration，postpaid_by_usage或postpaid_by_duration，prepaid_by_duration表示预付费，postpaid_by_usage表示按用量后付费，postpaid_by_duration表示按配置后付费，默认为postpaid_by_duration
    #[serde(
        rename = "chargeMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_mode: ::std::option::Option<ChargeChargeMode>,
    /// 预期释放时间，资源的预期释放时间，预付费/后付费资源均有此值，遵循ISO8601标准，使用UTC时间，格式为：YYYY-MM-DDTHH:mm:ssZ
    #[serde(
        rename = "chargeRetireTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_retire_time: ::std::option::Option<::std::string::String>,
    /// 计费开始时间，遵循ISO8601标准，使用UTC时间，格式为：YYYY-MM-DDTHH:mm:ssZ
    #[serde(
        rename = "chargeStartTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_start_time: ::std::option::Option<::std::string::String>,
    /// 费用支付状态，取值为：normal、overdue、arrear，normal表示正常，overdue表示已到期，arrear表示欠费
    #[serde(
        rename = "chargeStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_status: ::std::option::Option<ChargeChargeStatus>,
}
impl Charge {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `chargeExpiredTime`.
    pub fn with_charge_expired_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charge_expired_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeMode`.
    pub fn with_charge_mode(mut self, value: impl ::std::convert::Into<ChargeChargeMode>) -> Self {
        self.charge_mode = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeRetireTime`.
    pub fn with_charge_retire_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charge_retire_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeStartTime`.
    pub fn with_charge_start_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charge_start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeStatus`.
    pub fn with_charge_status(
        mut self,
        value: impl ::std::convert::Into<ChargeChargeStatus>,
    ) -> Self {
        self.charge_status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ChargeSpec`
///
/// *Documented in* `specs/rds/en/jdcloudcom-en/createInstance.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ChargeSpec {
    /// Billing model value is prepaid_by_duration, postpaid_by_usage or postpaid_by_duration; prepaid_by_duration means Pay-In-Advance, postpaid_by_usage means Pay-As-You-Go By Consumption and postpaid_by_duration means pay by configuration; is postpaid_by_duration by default. Please refer to the Help Documentation of specific product line to confirm the billing type supported by the production line
    ///
    /// **中文**
    ///
    /// 计费模式，取值为：prepaid_by_duration，postpaid_by_usage或postpaid_by_duration，prepaid_by_duration表示预付费，postpaid_by_usage表示按用量后付费，postpaid_by_duration表示按配置后付费，默认为postpaid_by_duration.请参阅具体产品线帮助文档确认该产品线支持的计费类型
    #[serde(
        rename = "chargeMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_mode: ::std::option::Option<ChargeSpecChargeMode>,
    /// Billing unit of Pay-In-Advance, the Pay-In-Advance is compulsory, and valid only when chargeMode is prepaid_by_duration, and the value is month or year and month by default
    ///
    /// **中文**
    ///
    /// 预付费计费单位，预付费必填，当chargeMode为prepaid_by_duration时有效，取值为：month、year，默认为month
    #[serde(
        rename = "chargeUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_unit: ::std::option::Option<::std::string::String>,
    /// Pay-In-Advance billing duration, the Pay-In-Advance is compulsory and valid only when the value of chargeMode is prepaid_by_duration. When chargeUnit is month, the value shall be 1~9; when chargeUnit is year, the value shall be 1, 2 or 3
    ///
    /// **中文**
    ///
    /// 预付费计费时长，预付费必填，当chargeMode取值为prepaid_by_duration时有效。当chargeUnit为month时取值为：1~9，当chargeUnit为year时取值为：1、2、3
    #[serde(
        rename = "chargeDuration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_duration: ::std::option::Option<i32>,
    /// True=: OPEN——Enable automatic renewal, False=CLOSE—— Disable automatic renewal, with default value of CLOSE
    #[serde(
        rename = "autoRenew",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew: ::std::option::Option<bool>,
    /// The unified activity credential, JSON character string, for the product line needs the BASE64 code. Now, the format required before coding is {"activity":{"activityType": required field, "activityIdentifier": required field}}
    #[serde(
        rename = "buyScenario",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub buy_scenario: ::std::option::Option<::std::string::String>,
}
impl ChargeSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `chargeMode`.
    pub fn with_charge_mode(
        mut self,
        value: impl ::std::convert::Into<ChargeSpecChargeMode>,
    ) -> Self {
        self.charge_mode = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeUnit`.
    pub fn with_charge_unit(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.charge_unit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `chargeDuration`.
    pub fn with_charge_duration(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.charge_duration = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `autoRenew`.
    pub fn with_auto_renew(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.auto_renew = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `buyScenario`.
    pub fn with_buy_scenario(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.buy_scenario = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateBackupResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/createBackup.md` *line 34.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateBackupResult {
    /// 备份Id
    #[serde(
        rename = "backupId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_id: ::std::option::Option<::std::string::String>,
}
impl CreateBackupResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `backupId`.
    pub fn with_backup_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateInstanceByTimeResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/createInstanceByTime.md` *line 46.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateInstanceByTimeResult {
    /// 新创建的实例ID
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
}
impl CreateInstanceByTimeResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `instanceId`.
    pub fn with_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateInstanceFromBackupResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/createInstanceFromBackup.md` *line 46.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateInstanceFromBackupResult {
    /// `instanceId`
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
}
impl CreateInstanceFromBackupResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `instanceId`.
    pub fn with_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateInstanceResult`
///
/// *Documented in* `specs/rds/en/jdcloudcom-en/createInstance.md` *line 53.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateInstanceResult {
    /// `instanceId`
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
}
impl CreateInstanceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `instanceId`.
    pub fn with_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DBAccessPrivilege`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeDatabases.md` *line 40.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DbAccessPrivilege {
    /// 账号名称
    #[serde(
        rename = "accountName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_name: ::std::option::Option<::std::string::String>,
    /// 该账号对数据库具有的权限，权限的具体定义可以参见枚举参数定义
    #[serde(
        rename = "privilege",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub privilege: ::std::option::Option<::std::string::String>,
}
impl DbAccessPrivilege {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `accountName`.
    pub fn with_account_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `privilege`.
    pub fn with_privilege(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.privilege = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DBInstance`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeInstances.md` *line 34.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DbInstance {
    /// 可用区ID，第一个为主实例在的可用区，参见地域及可用区对照表
    #[serde(
        rename = "azId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 计费配置
    #[serde(
        rename = "charge",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge: ::std::option::Option<Charge>,
    /// 实例创建时间
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 实例引擎类型，如MySQL或SQL Server等，参见枚举参数定义
    #[serde(
        rename = "engine",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub engine: ::std::option::Option<::std::string::String>,
    /// 实例引擎版本，参见枚举参数定义
    #[serde(
        rename = "engineVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub engine_version: ::std::option::Option<::std::string::String>,
    /// 实例ID
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// 实例名称，具体规则可参见帮助中心文档:名称及密码限制
    #[serde(
        rename = "instanceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// 实例状态，参见枚举参数定义
    #[serde(
        rename = "instanceStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_status: ::std::option::Option<::std::string::String>,
    /// 实例类别，例如主实例，只读实例等，参见枚举参数定义
    #[serde(
        rename = "instanceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// 地域ID，参见地域及可用区对照表
    #[serde(
        rename = "regionId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
}
impl DbInstance {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `azId`.
    pub fn with_az_id(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.az_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `charge`.
    pub fn with_charge(mut self, value: impl ::std::convert::Into<Charge>) -> Self {
        self.charge = ::std::option::Option::Some(value.into());
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
    /// Sets `engine`.
    pub fn with_engine(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.engine = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `engineVersion`.
    pub fn with_engine_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.engine_version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceId`.
    pub fn with_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
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
    /// Sets `instanceStatus`.
    pub fn with_instance_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceType`.
    pub fn with_instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `regionId`.
    pub fn with_region_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DBInstanceAttribute`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeInstanceAttributes.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DbInstanceAttribute {
    /// 审计状态，参见枚举参数定义
    #[serde(
        rename = "auditStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub audit_status: ::std::option::Option<::std::string::String>,
    /// 可用区ID，第一个为主实例在的可用区，参见地域及可用区对照表
    #[serde(
        rename = "azId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 计费配置
    #[serde(
        rename = "charge",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge: ::std::option::Option<Charge>,
    /// 访问模式，参见枚举参数定义
    #[serde(
        rename = "connectionMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connection_mode: ::std::option::Option<::std::string::String>,
    /// 实例创建时间
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 实例引擎类型，如MySQL或SQL Server等，参见枚举参数定义
    #[serde(
        rename = "engine",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub engine: ::std::option::Option<::std::string::String>,
    /// 实例引擎版本，参见枚举参数定义
    #[serde(
        rename = "engineVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub engine_version: ::std::option::Option<::std::string::String>,
    /// CPU核数
    #[serde(
        rename = "instanceCPU",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_cpu: ::std::option::Option<i32>,
    /// 实例规格代码
    #[serde(
        rename = "instanceClass",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_class: ::std::option::Option<::std::string::String>,
    /// 实例ID
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// 内存大小，单位MB
    #[serde(
        rename = "instanceMemoryMB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_memory_mb: ::std::option::Option<i32>,
    /// 实例名称，具体规则可参见帮助中心文档:名称及密码限制
    #[serde(
        rename = "instanceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// 应用访问端口
    #[serde(
        rename = "instancePort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_port: ::std::option::Option<::std::string::String>,
    /// 实例状态，参见枚举参数定义
    #[serde(
        rename = "instanceStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_status: ::std::option::Option<::std::string::String>,
    /// 磁盘，单位GB
    #[serde(
        rename = "instanceStorageGB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_storage_gb: ::std::option::Option<i32>,
    /// 实例类型，例如主实例，只读实例等，参见枚举参数定义
    #[serde(
        rename = "instanceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// 实例公网域名
    #[serde(
        rename = "internalDomainName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internal_domain_name: ::std::option::Option<::std::string::String>,
    /// 实例内网域名
    #[serde(
        rename = "publicDomainName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_domain_name: ::std::option::Option<::std::string::String>,
    /// 地域ID，参见地域及可用区对照表
    #[serde(
        rename = "regionId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// 子网的ID
    #[serde(
        rename = "subnetId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// VPC的ID
    #[serde(
        rename = "vpcId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
}
impl DbInstanceAttribute {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `auditStatus`.
    pub fn with_audit_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.audit_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `azId`.
    pub fn with_az_id(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.az_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `charge`.
    pub fn with_charge(mut self, value: impl ::std::convert::Into<Charge>) -> Self {
        self.charge = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `connectionMode`.
    pub fn with_connection_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.connection_mode = ::std::option::Option::Some(value.into());
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
    /// Sets `engine`.
    pub fn with_engine(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.engine = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `engineVersion`.
    pub fn with_engine_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.engine_version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceCPU`.
    pub fn with_instance_cpu(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.instance_cpu = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceClass`.
    pub fn with_instance_class(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_class = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceId`.
    pub fn with_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceMemoryMB`.
    pub fn with_instance_memory_mb(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.instance_memory_mb = ::std::option::Option::Some(value.into());
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
    /// Sets `instancePort`.
    pub fn with_instance_port(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceStatus`.
    pub fn with_instance_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceStorageGB`.
    pub fn with_instance_storage_gb(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.instance_storage_gb = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceType`.
    pub fn with_instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `internalDomainName`.
    pub fn with_internal_domain_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.internal_domain_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `publicDomainName`.
    pub fn with_public_domain_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_domain_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `regionId`.
    pub fn with_region_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `subnetId`.
    pub fn with_subnet_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subnet_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `vpcId`.
    pub fn with_vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DBInstanceSpec`
///
/// *Documented in* `specs/rds/en/jdcloudcom-en/createInstance.md` *line 22.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DbInstanceSpec {
    /// Instance Name, see Help Center Document: Name and Password Restrictions for specific rules
    ///
    /// **中文**
    ///
    /// 实例名，具体规则可参见帮助中心文档:名称及密码限制
    #[serde(
        rename = "instanceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// Instance engine type, detailed in Enumeration Parameter Definition
    ///
    /// **中文**
    ///
    /// 实例引擎类型，参见枚举参数定义
    #[serde(rename = "engine", default)]
    pub engine: ::std::string::String,
    /// Instance engine version, detailed in Enumeration Parameter Definition
    ///
    /// **中文**
    ///
    /// 实例引擎版本，参见枚举参数定义
    #[serde(rename = "engineVersion", default)]
    pub engine_version: ::std::string::String,
    /// View document MySQL instance type and SQL Server instance type for instance type code
    ///
    /// **中文**
    ///
    /// 实例规格代码，可以通过describeInstanceClasses接口获取
    #[serde(rename = "instanceClass", default)]
    pub instance_class: ::std::string::String,
    /// View document MySQL Instance Type and SQL Server Instance Type for disk size, unit GB
    ///
    /// **中文**
    ///
    /// 磁盘大小，单位GB
    #[serde(rename = "instanceStorageGB", default)]
    pub instance_storage_gb: i32,
    /// AZ ID, the first ID must be AZ where the primary instance is located. If the two AZs are the same, you also need to enter two azIds.
    ///
    /// **中文**
    ///
    /// 可用区ID， 第一个ID必须为主实例所在的可用区。如两个可用区一样，也需输入两个azId
    #[serde(rename = "azId", default)]
    pub az_id: ::std::vec::Vec<::std::string::String>,
    /// VPC ID
    ///
    /// **中文**
    ///
    /// VPC的ID
    #[serde(rename = "vpcId", default)]
    pub vpc_id: ::std::string::String,
    /// Subnet ID
    ///
    /// **中文**
    ///
    /// 子网ID
    #[serde(rename = "subnetId", default)]
    pub subnet_id: ::std::string::String,
    /// Parameter Set ID, system will create a default parameter set by default
    ///
    /// - only support MySQL
    #[serde(
        rename = "parameterGroup",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameter_group: ::std::option::Option<::std::string::String>,
    /// Billing Specification, including Billing Type, Billing Period, etc.
    ///
    /// **中文**
    ///
    /// 计费规格，包括计费类型，计费周期等
    #[serde(rename = "chargeSpec", default)]
    pub charge_spec: ChargeSpec,
    /// Storage Type, see Enumeration Parameter Definitions, the default value is: LOCAL_SSD
    ///
    /// - Only support MySQL
    #[serde(
        rename = "instanceStorageType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_storage_type: ::std::option::Option<::std::string::String>,
    /// The port range supported by application access port is: 1150～5999. The default value for MySQL, Percona and MariaDB is 3306; the default value for SQL SQL Server is 1433, and 5022 is not supported; the default port number for PostgreSQL is 5432;
    #[serde(
        rename = "instancePort",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_port: ::std::option::Option<::std::string::String>,
    /// Instance Data Encryption (data encryption will be supported only when the storage type is Cloud Disk Service). false: no encryption, true: encryption, the default is false
    ///
    /// - Only support MySQL
    #[serde(
        rename = "storageEncrypted",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_encrypted: ::std::option::Option<bool>,
    /// Instance Availability Architecture. standalone: single machine, cluster: architecture of master and slave machines, the default is cluster
    ///
    /// - Only support SQL Server
    #[serde(
        rename = "instanceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
}
impl DbInstanceSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        engine: impl ::std::convert::Into<::std::string::String>,
        engine_version: impl ::std::convert::Into<::std::string::String>,
        instance_class: impl ::std::convert::Into<::std::string::String>,
        instance_storage_gb: impl ::std::convert::Into<i32>,
        az_id: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        vpc_id: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
        charge_spec: impl ::std::convert::Into<ChargeSpec>,
    ) -> Self {
        Self {
            engine: engine.into(),
            engine_version: engine_version.into(),
            instance_class: instance_class.into(),
            instance_storage_gb: instance_storage_gb.into(),
            az_id: az_id.into(),
            vpc_id: vpc_id.into(),
            subnet_id: subnet_id.into(),
            charge_spec: charge_spec.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `instanceName`.
    pub fn with_instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `parameterGroup`.
    pub fn with_parameter_group(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parameter_group = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceStorageType`.
    pub fn with_instance_storage_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_storage_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instancePort`.
    pub fn with_instance_port(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_port = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `storageEncrypted`.
    pub fn with_storage_encrypted(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.storage_encrypted = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `instanceType`.
    pub fn with_instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Database`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeDatabases.md` *line 33.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Database {
    /// 该数据库相关账户权限列表
    #[serde(
        rename = "accessPrivilege",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_privilege: ::std::option::Option<::std::vec::Vec<DbAccessPrivilege>>,
    /// 字符集，参见枚举参数定义
    #[serde(
        rename = "characterSetName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub character_set_name: ::std::option::Option<::std::string::String>,
    /// 数据库名称，具体规则可参见帮助中心文档:名称及密码限制
    #[serde(
        rename = "dbName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub db_name: ::std::option::Option<::std::string::String>,
    /// 数据库状态，参见枚举参数定义
    ///
    /// - **MySQL：不支持，不返回该字段**
    ///
    /// - **SQL Server：返回该字段**
    #[serde(
        rename = "dbStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub db_status: ::std::option::Option<::std::string::String>,
}
impl Database {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `accessPrivilege`.
    pub fn with_access_privilege(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<DbAccessPrivilege>>,
    ) -> Self {
        self.access_privilege = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `characterSetName`.
    pub fn with_character_set_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.character_set_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dbName`.
    pub fn with_db_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.db_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dbStatus`.
    pub fn with_db_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.db_status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeAccountsResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeAccounts.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeAccountsResult {
    /// `accounts`
    #[serde(
        rename = "accounts",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub accounts: ::std::option::Option<::std::vec::Vec<Account>>,
}
impl DescribeAccountsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `accounts`.
    pub fn with_accounts(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Account>>,
    ) -> Self {
        self.accounts = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeAuditResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeAudit.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeAuditResult {
    /// `enabled`
    #[serde(
        rename = "enabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl DescribeAuditResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `enabled`.
    pub fn with_enabled(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.enabled = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeAuditResultResult`
///
/// *Documented in* `specs/rds/en/jdcloudcom-en/describeAuditResult.md` *line 41.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeAuditResultResult {
    /// `auditResult`
    #[serde(
        rename = "auditResult",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub audit_result: ::std::option::Option<::std::vec::Vec<AuditResult>>,
    /// `totalCount`
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeAuditResultResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `auditResult`.
    pub fn with_audit_result(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<AuditResult>>,
    ) -> Self {
        self.audit_result = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeBackupDownloadUrlResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeBackupDownloadURL.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeBackupDownloadUrlResult {
    /// 内网下载链接，若当前不可下载，则为空串
    #[serde(
        rename = "internalURL",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internal_url: ::std::option::Option<::std::string::String>,
    /// 公网下载链接，若当前不可下载，则为空串
    #[serde(
        rename = "publicURL",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_url: ::std::option::Option<::std::string::String>,
}
impl DescribeBackupDownloadUrlResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `internalURL`.
    pub fn with_internal_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.internal_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `publicURL`.
    pub fn with_public_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_url = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeBackupsResult`
///
/// *Documented in* `specs/rds/en/jdcloudcom-en/describeBackups.md` *line 35.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeBackupsResult {
    /// Backup Set
    ///
    /// **中文**
    ///
    /// 备份集合
    #[serde(
        rename = "backup",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup: ::std::option::Option<::std::vec::Vec<Backup>>,
    /// Total Number of Records
    ///
    /// **中文**
    ///
    /// 总记录数
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeBackupsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `backup`.
    pub fn with_backup(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Backup>>,
    ) -> Self {
        self.backup = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeBinlogsResult`
///
/// *Documented in* `specs/rds/en/jdcloudcom-en/describeBinlogs.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeBinlogsResult {
    /// Backup Set
    #[serde(
        rename = "binlogs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub binlogs: ::std::option::Option<::std::vec::Vec<Binlog>>,
    /// Number of Total Records
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeBinlogsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `binlogs`.
    pub fn with_binlogs(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Binlog>>,
    ) -> Self {
        self.binlogs = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeDatabasesResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeDatabases.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeDatabasesResult {
    /// `databases`
    #[serde(
        rename = "databases",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub databases: ::std::option::Option<::std::vec::Vec<Database>>,
}
impl DescribeDatabasesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `databases`.
    pub fn with_databases(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Database>>,
    ) -> Self {
        self.databases = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeErrorLogsResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeErrorLogs.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeErrorLogsResult {
    /// 错误日志文件的集合
    #[serde(
        rename = "errorLogs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_logs: ::std::option::Option<::std::vec::Vec<ErrorLog>>,
}
impl DescribeErrorLogsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `errorLogs`.
    pub fn with_error_logs(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ErrorLog>>,
    ) -> Self {
        self.error_logs = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeImportFilesResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeImportFiles.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeImportFilesResult {
    /// 导入文件的集合
    #[serde(
        rename = "importFiles",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub import_files: ::std::option::Option<::std::vec::Vec<ImportFile>>,
}
impl DescribeImportFilesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `importFiles`.
    pub fn with_import_files(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ImportFile>>,
    ) -> Self {
        self.import_files = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeIndexPerformanceResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeIndexPerformance.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeIndexPerformanceResult {
    /// 当queryType为Missing时，该字段为空
    ///
    /// 当queryType为其他值时，返回IndexPerformanceResult
    #[serde(
        rename = "indexPerformanceResult",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub index_performance_result: ::std::option::Option<::std::vec::Vec<IndexPerformanceResult>>,
    /// 当queryType为Missing时，返回结果集为MissingIndexResult
    ///
    /// 当queryType为其他值时，该字段为空
    #[serde(
        rename = "missingIndexResult",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub missing_index_result: ::std::option::Option<::std::vec::Vec<MissingIndexResult>>,
    /// 当前数据的页码
    #[serde(
        rename = "pageNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// 每页显示的数据条数
    #[serde(
        rename = "pageSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// 总记录条数
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeIndexPerformanceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `indexPerformanceResult`.
    pub fn with_index_performance_result(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<IndexPerformanceResult>>,
    ) -> Self {
        self.index_performance_result = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `missingIndexResult`.
    pub fn with_missing_index_result(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<MissingIndexResult>>,
    ) -> Self {
        self.missing_index_result = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn with_page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pageSize`.
    pub fn with_page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeInstanceAttributesResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeInstanceAttributes.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceAttributesResult {
    /// `dbInstanceAttributes`
    #[serde(
        rename = "dbInstanceAttributes",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub db_instance_attributes: ::std::option::Option<DbInstanceAttribute>,
}
impl DescribeInstanceAttributesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `dbInstanceAttributes`.
    pub fn with_db_instance_attributes(
        mut self,
        value: impl ::std::convert::Into<DbInstanceAttribute>,
    ) -> Self {
        self.db_instance_attributes = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeInstancesResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeInstances.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstancesResult {
    /// `dbInstances`
    #[serde(
        rename = "dbInstances",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub db_instances: ::std::option::Option<::std::vec::Vec<DbInstance>>,
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
    /// Sets `dbInstances`.
    pub fn with_db_instances(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<DbInstance>>,
    ) -> Self {
        self.db_instances = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeParameterGroupsResult`
///
/// *Documented in* `specs/rds/en/jdcloudcom-en/describeParameterGroups.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeParameterGroupsResult {
    /// `parameterGroups`
    #[serde(
        rename = "parameterGroups",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameter_groups: ::std::option::Option<::std::vec::Vec<ParameterGroup>>,
    /// `totalCount`
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeParameterGroupsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `parameterGroups`.
    pub fn with_parameter_groups(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ParameterGroup>>,
    ) -> Self {
        self.parameter_groups = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeQueryPerformanceResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeQueryPerformance.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeQueryPerformanceResult {
    /// 当前数据的页码
    #[serde(
        rename = "pageNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// 每页显示的数据条数
    #[serde(
        rename = "pageSize",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// 查询性能统计结果集
    #[serde(
        rename = "queryPerformanceResult",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub query_performance_result: ::std::option::Option<::std::vec::Vec<QueryPerformanceResult>>,
    /// 总记录条数
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeQueryPerformanceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `pageNumber`.
    pub fn with_page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pageSize`.
    pub fn with_page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `queryPerformanceResult`.
    pub fn with_query_performance_result(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<QueryPerformanceResult>>,
    ) -> Self {
        self.query_performance_result = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeSlowLogsResult`
///
/// *Documented in* `specs/rds/en/jdcloudcom-en/describeSlowLogs.md` *line 33.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSlowLogsResult {
    /// Slow Log Information
    #[serde(
        rename = "slowLogs",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub slow_logs: ::std::option::Option<::std::vec::Vec<SlowLogDigest>>,
    /// Total Record Entries
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeSlowLogsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `slowLogs`.
    pub fn with_slow_logs(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<SlowLogDigest>>,
    ) -> Self {
        self.slow_logs = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeWhiteListResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeWhiteList.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeWhiteListResult {
    /// 白名单列表
    #[serde(
        rename = "whiteLists",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub white_lists: ::std::option::Option<::std::vec::Vec<WhiteList>>,
}
impl DescribeWhiteListResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `whiteLists`.
    pub fn with_white_lists(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<WhiteList>>,
    ) -> Self {
        self.white_lists = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DigestData`
///
/// *Documented in* `specs/rds/en/jdcloudcom-en/describeSlowLogs.md` *line 50.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DigestData {
    /// Average of Execution Results
    #[serde(
        rename = "avg",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub avg: ::std::option::Option<f64>,
    /// Maximum of Execution Results
    #[serde(
        rename = "max",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max: ::std::option::Option<f64>,
    /// Minimum of Execution Results
    #[serde(
        rename = "min",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min: ::std::option::Option<f64>,
    /// Represent that 95% data in the execution results lower than or equal to the value
    #[serde(
        rename = "pct95",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pct95: ::std::option::Option<f64>,
    /// Total of Execution Results
    #[serde(
        rename = "total",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total: ::std::option::Option<f64>,
}
impl DigestData {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `avg`.
    pub fn with_avg(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.avg = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `max`.
    pub fn with_max(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.max = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `min`.
    pub fn with_min(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.min = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pct95`.
    pub fn with_pct95(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.pct95 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total`.
    pub fn with_total(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.total = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ErrorLog`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeErrorLogs.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ErrorLog {
    /// 内网下载链接
    #[serde(
        rename = "internalURL",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internal_url: ::std::option::Option<::std::string::String>,
    /// 错误日志最后更新时间，格式为：YYYY-MM-DD HH:mm:ss
    #[serde(
        rename = "lastUpdateTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_update_time: ::std::option::Option<::std::string::String>,
    /// 错误日志文件名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// 公网下载链接
    #[serde(
        rename = "publicURL",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_url: ::std::option::Option<::std::string::String>,
    /// 错误日志文件大小，单位Byte
    #[serde(
        rename = "sizeByte",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size_byte: ::std::option::Option<i32>,
    /// 错误日志上传时间，格式为：YYYY-MM-DD HH:mm:ss
    #[serde(
        rename = "uploadTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub upload_time: ::std::option::Option<::std::string::String>,
}
impl ErrorLog {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `internalURL`.
    pub fn with_internal_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.internal_url = ::std::option::Option::Some(value.into());
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
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `publicURL`.
    pub fn with_public_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sizeByte`.
    pub fn with_size_byte(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.size_byte = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `uploadTime`.
    pub fn with_upload_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.upload_time = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Filter`
///
/// *Documented in* `specs/rds/en/jdcloudcom-en/describeAuditResult.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Filter {
    /// Name of Filtering Conditions
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// Operators of filtering conditions, which is eq by default
    #[serde(
        rename = "operator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operator: ::std::option::Option<::std::string::String>,
    /// Values of Filtering Conditions
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
/// `GetAuditDownloadUrlResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/getAuditDownloadURL.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetAuditDownloadUrlResult {
    /// 内网下载链接，若当前不可下载，则为空串
    #[serde(
        rename = "internalURL",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internal_url: ::std::option::Option<::std::string::String>,
    /// 公网下载链接，若当前不可下载，则为空串
    #[serde(
        rename = "publicURL",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_url: ::std::option::Option<::std::string::String>,
}
impl GetAuditDownloadUrlResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `internalURL`.
    pub fn with_internal_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.internal_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `publicURL`.
    pub fn with_public_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_url = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetAuditFilesResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/getAuditFiles.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetAuditFilesResult {
    /// `auditFiles`
    #[serde(
        rename = "auditFiles",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub audit_files: ::std::option::Option<::std::vec::Vec<AuditFile>>,
}
impl GetAuditFilesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `auditFiles`.
    pub fn with_audit_files(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<AuditFile>>,
    ) -> Self {
        self.audit_files = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetAuditOptionsResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/getAuditOptions.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetAuditOptionsResult {
    /// `disabled`
    #[serde(
        rename = "disabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disabled: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `enabled`
    #[serde(
        rename = "enabled",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl GetAuditOptionsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `disabled`.
    pub fn with_disabled(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.disabled = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `enabled`.
    pub fn with_enabled(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.enabled = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetBackupPolicyResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/getBackupPolicy.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetBackupPolicyResult {
    /// 是否备份binlog
    ///
    /// true:表示备份
    ///
    /// false:表示不备份
    ///
    /// - **SQL Server不支持**
    ///
    /// - **MySQL支持**
    #[serde(
        rename = "backupBinlog",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_binlog: ::std::option::Option<::std::string::String>,
    /// 自动备份循环模式
    ///
    /// 1:表示每天都是全量备份
    ///
    /// 2:表示自动备份按照全量、增量、增量这样的方式进行，例如第1天是全量备份，第2、3天是增量备份；第4天又是全量备份，以此类推.
    ///
    /// - **SQL Server支持**
    ///
    /// - **MySQL不支持**
    #[serde(
        rename = "cycleMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cycle_mode: ::std::option::Option<i32>,
    /// 自动备份保留周期，单位天,缺省为7天，范围7-730
    #[serde(
        rename = "retentionPeriod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub retention_period: ::std::option::Option<i32>,
    /// 自动备份开始时间窗口，范围00:00-23:59，时间范围差不得小于30分钟。
    ///
    /// 例如：00:00-01:00，表示0点到1点开始进行数据库自动备份，备份完成时间则跟实例大小有关，不一定在这个时间范围中
    #[serde(
        rename = "startWindow",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_window: ::std::option::Option<::std::string::String>,
}
impl GetBackupPolicyResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `backupBinlog`.
    pub fn with_backup_binlog(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_binlog = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cycleMode`.
    pub fn with_cycle_mode(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.cycle_mode = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `retentionPeriod`.
    pub fn with_retention_period(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.retention_period = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `startWindow`.
    pub fn with_start_window(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_window = ::std::option::Option::Some(value.into());
        self
    }
}
/// `GetUploadKeyResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/getUploadKey.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetUploadKeyResult {
    /// 上传文件需要用到的Key
    #[serde(
        rename = "key",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key: ::std::option::Option<::std::string::String>,
}
impl GetUploadKeyResult {
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
}
/// `ImportFile`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeImportFiles.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ImportFile {
    /// 是否所属当前实例.
    ///
    /// 1：当前实例；
    ///
    /// 0：不是当前实例，为共享文件
    #[serde(
        rename = "isLocal",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_local: ::std::option::Option<::std::string::String>,
    /// 文件名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// 如果该文件是共享文件，则有全局ID，如不是共享文件，则为空。该全局ID在文件删除时，需要用到
    #[serde(
        rename = "sharedFileGid",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub shared_file_gid: ::std::option::Option<::std::string::String>,
    /// 文件大小，单位Byte
    #[serde(
        rename = "sizeByte",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size_byte: ::std::option::Option<i32>,
    /// 文件上传完成时间，格式为：YYYY-MM-DD HH:mm:ss
    #[serde(
        rename = "uploadTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub upload_time: ::std::option::Option<::std::string::String>,
}
impl ImportFile {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `isLocal`.
    pub fn with_is_local(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.is_local = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sharedFileGid`.
    pub fn with_shared_file_gid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.shared_file_gid = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sizeByte`.
    pub fn with_size_byte(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.size_byte = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `uploadTime`.
    pub fn with_upload_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.upload_time = ::std::option::Option::Some(value.into());
        self
    }
}
/// `IndexPerformanceResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeIndexPerformance.md` *line 40.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct IndexPerformanceResult {
    /// 数据库名
    #[serde(
        rename = "db",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub db: ::std::option::Option<::std::string::String>,
    /// 索引名
    #[serde(
        rename = "index",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub index: ::std::option::Option<::std::string::String>,
    /// 最近表扫描时间，格式为YYYY-MM-DD hh:mm:ss
    #[serde(
        rename = "lastUserScan",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_user_scan: ::std::option::Option<::std::string::String>,
    /// 最近索引搜索时间，格式为YYYY-MM-DD hh:mm:ss
    #[serde(
        rename = "lastUserSeek",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_user_seek: ::std::option::Option<::std::string::String>,
    /// 最近索引更新时间，格式为YYYY-MM-DD hh:mm:ss
    #[serde(
        rename = "lastUserUpdate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_user_update: ::std::option::Option<::std::string::String>,
    /// 索引大小，单位KB
    #[serde(
        rename = "sizeKB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size_kb: ::std::option::Option<i32>,
    /// 表名
    #[serde(
        rename = "table",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub table: ::std::option::Option<::std::string::String>,
    /// 服务器启动以来，累计表扫描次数
    #[serde(
        rename = "userScans",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_scans: ::std::option::Option<i32>,
    /// 服务器启动以来，累计索引搜索次数
    #[serde(
        rename = "userSeeks",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_seeks: ::std::option::Option<i32>,
    /// 服务器启动以来，累计索引更新次数
    #[serde(
        rename = "userUpdates",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_updates: ::std::option::Option<i32>,
}
impl IndexPerformanceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `db`.
    pub fn with_db(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.db = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `index`.
    pub fn with_index(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.index = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `lastUserScan`.
    pub fn with_last_user_scan(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_user_scan = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `lastUserSeek`.
    pub fn with_last_user_seek(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_user_seek = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `lastUserUpdate`.
    pub fn with_last_user_update(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_user_update = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sizeKB`.
    pub fn with_size_kb(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.size_kb = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `table`.
    pub fn with_table(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.table = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `userScans`.
    pub fn with_user_scans(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.user_scans = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `userSeeks`.
    pub fn with_user_seeks(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.user_seeks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `userUpdates`.
    pub fn with_user_updates(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.user_updates = ::std::option::Option::Some(value.into());
        self
    }
}
/// `MissingIndexResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeIndexPerformance.md` *line 53.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MissingIndexResult {
    /// 实现此缺失索引后，用户查询可能获得的平均百分比收益。 该值表示如果实现此缺失索引，则查询成本将按此百分比平均下降。
    #[serde(
        rename = "avgUserImpact",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub avg_user_impact: ::std::option::Option<f64>,
    /// 数据库名
    #[serde(
        rename = "db",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub db: ::std::option::Option<::std::string::String>,
    /// 构成相等谓词的列的逗号分隔列表，谓词的形式如下：
    ///
    /// table.column =constant_value
    #[serde(
        rename = "equalityColumns",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub equality_columns: ::std::option::Option<::std::string::String>,
    /// 构成不等谓词的列的逗号分隔列表，例如以下形式的谓词：
    ///
    /// table.column &gt; constant_value
    ///
    /// “=”之外的任何比较运算符都表示不相等。
    #[serde(
        rename = "includedColumns",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub included_columns: ::std::option::Option<::std::string::String>,
    /// 用于查询的涵盖列的逗号分隔列表,即创建索引的SQL语句中，Include后的字段
    #[serde(
        rename = "inequalityColumns",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub inequality_columns: ::std::option::Option<::std::string::String>,
    /// 表名
    #[serde(
        rename = "table",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub table: ::std::option::Option<::std::string::String>,
    /// 由可能使用了组中建议索引的用户查询所导致的扫描次数。
    #[serde(
        rename = "userScans",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_scans: ::std::option::Option<i32>,
    /// 由可能使用了组中建议索引的用户查询所导致的搜索次数。
    #[serde(
        rename = "userSeeks",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_seeks: ::std::option::Option<i32>,
}
impl MissingIndexResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `avgUserImpact`.
    pub fn with_avg_user_impact(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.avg_user_impact = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `db`.
    pub fn with_db(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.db = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `equalityColumns`.
    pub fn with_equality_columns(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.equality_columns = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `includedColumns`.
    pub fn with_included_columns(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.included_columns = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `inequalityColumns`.
    pub fn with_inequality_columns(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inequality_columns = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `table`.
    pub fn with_table(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.table = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `userScans`.
    pub fn with_user_scans(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.user_scans = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `userSeeks`.
    pub fn with_user_seeks(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.user_seeks = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ModifyInstanceSpecResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/modifyInstanceSpec.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyInstanceSpecResult {
    /// 生成的订单号
    #[serde(
        rename = "orderId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_id: ::std::option::Option<::std::string::String>,
}
impl ModifyInstanceSpecResult {
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
/// `Parameter`
///
/// *Documented in* `specs/rds/en/jdcloudcom-en/modifyParameterGroupParameters.md` *line 23.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Parameter {
    /// Parameter Name
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// Modified Parameter Value
    #[serde(rename = "value", default)]
    pub value: ::std::string::String,
}
impl Parameter {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            value: value.into(),
            ..::std::default::Default::default()
        }
    }
}
/// `ParameterGroup`
///
/// *Documented in* `specs/rds/en/jdcloudcom-en/describeParameterGroups.md` *line 34.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ParameterGroup {
    /// Parameter group ID
    #[serde(
        rename = "parameterGroupId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameter_group_id: ::std::option::Option<::std::string::String>,
    /// Name of Parameter Group
    #[serde(
        rename = "parameterGroupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameter_group_name: ::std::option::Option<::std::string::String>,
    /// Status of Parameter Group
    #[serde(
        rename = "parameterGroupStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameter_group_status: ::std::option::Option<::std::string::String>,
    /// Description of Parameter Group
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Type of Instance Engine
    #[serde(
        rename = "engine",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub engine: ::std::option::Option<::std::string::String>,
    /// Database Version
    #[serde(
        rename = "engineVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub engine_version: ::std::option::Option<::std::string::String>,
    /// Region code, see Table of Comparisons of Regions and Availability Zones for value range
    #[serde(
        rename = "regionId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// Create Time of Parameter Group
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
}
impl ParameterGroup {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `parameterGroupId`.
    pub fn with_parameter_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parameter_group_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `parameterGroupName`.
    pub fn with_parameter_group_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parameter_group_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `parameterGroupStatus`.
    pub fn with_parameter_group_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parameter_group_status = ::std::option::Option::Some(value.into());
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
    /// Sets `engine`.
    pub fn with_engine(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.engine = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `engineVersion`.
    pub fn with_engine_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.engine_version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `regionId`.
    pub fn with_region_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
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
}
/// `QueryPerformanceResult`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeQueryPerformance.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct QueryPerformanceResult {
    /// 平均执行时长，单位毫秒(ms)
    #[serde(
        rename = "elapsedTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elapsed_time: ::std::option::Option<i32>,
    /// 执行次数
    #[serde(
        rename = "executionCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub execution_count: ::std::option::Option<i32>,
    /// 上次执行时间，格式为YYYY-MM-DD hh:mm:ss
    #[serde(
        rename = "lastExecutionTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_execution_time: ::std::option::Option<::std::string::String>,
    /// 上次返回记录数
    #[serde(
        rename = "lastRows",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_rows: ::std::option::Option<i32>,
    /// 平均逻辑读次数
    #[serde(
        rename = "logicalReads",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logical_reads: ::std::option::Option<i32>,
    /// 平均逻辑写次数
    #[serde(
        rename = "logicalWrites",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logical_writes: ::std::option::Option<i32>,
    /// 平均物理读次数
    #[serde(
        rename = "physicalReads",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_reads: ::std::option::Option<i32>,
    /// sql语句
    #[serde(
        rename = "sql",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sql: ::std::option::Option<::std::string::String>,
    /// 平均CPU使用时间，单位毫秒(ms)
    #[serde(
        rename = "workerTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub worker_time: ::std::option::Option<i32>,
}
impl QueryPerformanceResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `elapsedTime`.
    pub fn with_elapsed_time(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.elapsed_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `executionCount`.
    pub fn with_execution_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.execution_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `lastExecutionTime`.
    pub fn with_last_execution_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_execution_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `lastRows`.
    pub fn with_last_rows(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.last_rows = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `logicalReads`.
    pub fn with_logical_reads(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.logical_reads = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `logicalWrites`.
    pub fn with_logical_writes(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.logical_writes = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `physicalReads`.
    pub fn with_physical_reads(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.physical_reads = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sql`.
    pub fn with_sql(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.sql = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `workerTime`.
    pub fn with_worker_time(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.worker_time = ::std::option::Option::Some(value.into());
        self
    }
}
/// `RestoredNewDBInstanceSpec`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/createInstanceByTime.md` *line 24.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RestoredNewDbInstanceSpec {
    /// 可用区ID， 第一个ID必须为主实例所在的可用区。如两个可用区一样，也需输入两个azId
    #[serde(rename = "azId", default)]
    pub az_id: ::std::vec::Vec<::std::string::String>,
    /// 计费规格，包括计费类型，计费周期等
    #[serde(rename = "chargeSpec", default)]
    pub charge_spec: ChargeSpec,
    /// 实例规格代码，可以通过describeInstanceClasses接口获取
    #[serde(rename = "instanceClass", default)]
    pub instance_class: ::std::string::String,
    /// 数据库实例名，名称的限制可参考帮助中心文档
    #[serde(
        rename = "instanceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// 磁盘大小，单位GB
    #[serde(rename = "instanceStorageGB", default)]
    pub instance_storage_gb: i32,
    /// 子网ID
    #[serde(rename = "subnetId", default)]
    pub subnet_id: ::std::string::String,
    /// VPC的ID
    #[serde(rename = "vpcId", default)]
    pub vpc_id: ::std::string::String,
}
impl RestoredNewDbInstanceSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        az_id: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        charge_spec: impl ::std::convert::Into<ChargeSpec>,
        instance_class: impl ::std::convert::Into<::std::string::String>,
        instance_storage_gb: impl ::std::convert::Into<i32>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
        vpc_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            az_id: az_id.into(),
            charge_spec: charge_spec.into(),
            instance_class: instance_class.into(),
            instance_storage_gb: instance_storage_gb.into(),
            subnet_id: subnet_id.into(),
            vpc_id: vpc_id.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `instanceName`.
    pub fn with_instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// `SlowLogDigest`
///
/// *Documented in* `specs/rds/en/jdcloudcom-en/describeSlowLogs.md` *line 38.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SlowLogDigest {
    /// Database name, representing the database in which the SQL is executed
    #[serde(
        rename = "dbName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub db_name: ::std::option::Option<::std::string::String>,
    /// Duration of SQL Statement Execution, Unit: Second
    #[serde(
        rename = "elapsedTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elapsed_time: ::std::option::Option<DigestData>,
    /// Execution of SQL Statement
    #[serde(
        rename = "executionCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub execution_count: ::std::option::Option<i32>,
    /// Start time of SQL statement execution, with the format as YYYY-MM-DD hh:mm:ss
    #[serde(
        rename = "executionTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub execution_time: ::std::option::Option<::std::string::String>,
    /// Time of SQL Statement Waiting for Lock, Unit: Second
    #[serde(
        rename = "lockTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_time: ::std::option::Option<DigestData>,
    /// Rows of SQL Statement Scanning
    #[serde(
        rename = "rowsExamined",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rows_examined: ::std::option::Option<DigestData>,
    /// Rows of SQL Statement Return
    #[serde(
        rename = "rowsReturned",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rows_returned: ::std::option::Option<DigestData>,
    /// SQL Statement
    #[serde(
        rename = "sql",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sql: ::std::option::Option<::std::string::String>,
    /// Length of SQL Statement
    #[serde(
        rename = "sqlLength",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sql_length: ::std::option::Option<DigestData>,
}
impl SlowLogDigest {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `dbName`.
    pub fn with_db_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.db_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `elapsedTime`.
    pub fn with_elapsed_time(mut self, value: impl ::std::convert::Into<DigestData>) -> Self {
        self.elapsed_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `executionCount`.
    pub fn with_execution_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.execution_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `executionTime`.
    pub fn with_execution_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execution_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `lockTime`.
    pub fn with_lock_time(mut self, value: impl ::std::convert::Into<DigestData>) -> Self {
        self.lock_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `rowsExamined`.
    pub fn with_rows_examined(mut self, value: impl ::std::convert::Into<DigestData>) -> Self {
        self.rows_examined = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `rowsReturned`.
    pub fn with_rows_returned(mut self, value: impl ::std::convert::Into<DigestData>) -> Self {
        self.rows_returned = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sql`.
    pub fn with_sql(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.sql = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sqlLength`.
    pub fn with_sql_length(mut self, value: impl ::std::convert::Into<DigestData>) -> Self {
        self.sql_length = ::std::option::Option::Some(value.into());
        self
    }
}
/// `WhiteList`
///
/// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeWhiteList.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct WhiteList {
    /// IP或IP段，不同的IP/IP段之间用英文逗号分隔，例如0.0.0.0/0,192.168.0.10
    #[serde(
        rename = "ips",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ips: ::std::option::Option<::std::string::String>,
    /// 白名单名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
}
impl WhiteList {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `ips`.
    pub fn with_ips(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ips = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
}
/// Allowed values of ChargeChargeMode.
///
/// 支付模式，取值为：prepaid_by_duration，postpaid_by_usage或postpaid_by_duration，prepaid_by_duration表示预付费，postpaid_by_usage表示按用量后付费，postpaid_by_duration表示按配置后付费，默认为postpaid_by_duration
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ChargeChargeMode {
    /// `prepaid_by_duration`
    PrepaidByDuration,
    /// `postpaid_by_usage`
    PostpaidByUsage,
    /// `postpaid_by_duration`
    PostpaidByDuration,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ChargeChargeMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PrepaidByDuration => "prepaid_by_duration",
            Self::PostpaidByUsage => "postpaid_by_usage",
            Self::PostpaidByDuration => "postpaid_by_duration",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ChargeChargeMode {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ChargeChargeMode {
    fn from(value: &str) -> Self {
        match value {
            "prepaid_by_duration" => Self::PrepaidByDuration,
            "postpaid_by_usage" => Self::PostpaidByUsage,
            "postpaid_by_duration" => Self::PostpaidByDuration,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ChargeChargeMode {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ChargeChargeMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ChargeChargeMode {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ChargeChargeMode {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of ChargeChargeStatus.
///
/// 费用支付状态，取值为：normal、overdue、arrear，normal表示正常，overdue表示已到期，arrear表示欠费
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ChargeChargeStatus {
    /// `normal`
    Normal,
    /// `overdue`
    Overdue,
    /// `arrear`
    Arrear,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ChargeChargeStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "normal",
            Self::Overdue => "overdue",
            Self::Arrear => "arrear",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ChargeChargeStatus {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ChargeChargeStatus {
    fn from(value: &str) -> Self {
        match value {
            "normal" => Self::Normal,
            "overdue" => Self::Overdue,
            "arrear" => Self::Arrear,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ChargeChargeStatus {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ChargeChargeStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ChargeChargeStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ChargeChargeStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of ChargeSpecChargeMode.
///
/// Billing model value is prepaid_by_duration, postpaid_by_usage or postpaid_by_duration; prepaid_by_duration means Pay-In-Advance, postpaid_by_usage means Pay-As-You-Go By Consumption and postpaid_by_duration means pay by configuration; is postpaid_by_duration by default. Please refer to the Help Documentation of specific product line to confirm the billing type supported by the production line
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ChargeSpecChargeMode {
    /// `prepaid_by_duration`
    PrepaidByDuration,
    /// `postpaid_by_usage`
    PostpaidByUsage,
    /// `postpaid_by_duration`
    PostpaidByDuration,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ChargeSpecChargeMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PrepaidByDuration => "prepaid_by_duration",
            Self::PostpaidByUsage => "postpaid_by_usage",
            Self::PostpaidByDuration => "postpaid_by_duration",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ChargeSpecChargeMode {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ChargeSpecChargeMode {
    fn from(value: &str) -> Self {
        match value {
            "prepaid_by_duration" => Self::PrepaidByDuration,
            "postpaid_by_usage" => Self::PostpaidByUsage,
            "postpaid_by_duration" => Self::PostpaidByDuration,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ChargeSpecChargeMode {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ChargeSpecChargeMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ChargeSpecChargeMode {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ChargeSpecChargeMode {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
