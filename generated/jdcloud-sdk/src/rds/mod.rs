//! Cloud Database RDS (`rds`), `https://rds.jdcloud-api.com/v1`.
//!
//! At present, RDS OpenAPI supports SQL Server service, which can realize database management, account management, backup management, Cloud on Single Database and other functions through OpenAPI, and will support cloud MySQL sevice later.
//!
//! Operations:
//!
//! - `createAccount` — 创建数据库账号，用户可以使用客户端，应用程序等通过该账号和密码登录RDS数据库实例。
//!
//! - `createAudit` — 开启SQL Server的数据库审计功能，目前支持实例级的数据库审计。
//!
//! - `createBackup` — 创建一个RDS实例全量备份，可以对整个实例或者部分数据库（仅SQL Server支持）进行全量备份。
//!
//! - `createDatabase` — Create a Database.
//!
//! - `createInstance` — Create an RDS instance and the user can use the corresponding database client or application to link to the RDS instance through the domain name and port to operate.
//!
//! - `createInstanceByTime` — 根据源实例备份创建一个新实例，并通过追加日志的方式，将新实例的数据恢复到跟源实例指定时间点的数据状态一样。
//!
//! - `createInstanceFromBackup` — 根据源实例全量备份创建一个新实例，新实例的数据跟源实例在创建备份时的数据状态一样。
//!
//! - `deleteAccount` — Delete the database account.
//!
//! - `deleteAudit` — 关闭数据库审计。
//!
//! - `deleteBackup` — 删除RDS实例备份，仅允许删除用户生成的备份，系统自动备份不允许删除。
//!
//! - `deleteDatabase` — 从RDS实例中删除数据库。
//!
//! - `deleteInstance` — 删除一个RDS实例或者MySQL的只读实例。
//!
//! - `describeAccounts` — 查看某个RDS实例下所有账号信息，包括账号名称、对各个数据库的访问权限信息等
//!
//! - `describeAudit` — 查看当前实例已开启的审计选项。
//!
//! - `describeAuditResult` — Only support check of audit content of MySQL instance
//!
//! - `describeBackupDownloadURL` — 获取整个备份或备份中单个文件的下载链接。
//!
//! - `describeBackups` — View the detailed information of all backups in the RDS instance.
//!
//! - `describeBinlogs` — Obtain the binlog detailed information in MySQL instance
//!
//! - `describeDatabases` — 获取当前实例的所有数据库详细信息的列表
//!
//! - `describeErrorLogs` — 获取SQL Server 错误日志及下载信息
//!
//! - `describeImportFiles` — 获取用户通过单库上云工具上传到该实例上的文件列表
//!
//! - `describeIndexPerformance` — 根据用户定义的查询条件，获取索引性能的统计信息，并提供缺失索引及索引创建建议。
//!
//! - `describeInstanceAttributes` — 查询RDS实例（MySQL、SQL Server等）的详细信息以及MySQL只读实例详细信息
//!
//! - `describeInstances` — 获取当前账号下所有RDS实例及MySQL只读实例的概要信息，例如实例类型，版本，计费信息等
//!
//! - `describeParameterGroups` — Get all parameter group list under current account
//!
//! - `describeQueryPerformance` — 根据用户定义的查询条件，获取SQL执行的性能统计信息，例如慢SQL等。
//!
//! - `describeSlowLogs` — Query the summary information of slow log of MySQL instance.
//!
//! - `describeWhiteList` — 查看RDS实例当前白名单。
//!
//! - `disableInternetAccess` — 关闭RDS实例的外网访问功能。
//!
//! - `enableInternetAccess` — 开启RDS实例的外网访问功能。
//!
//! - `enableSSL` — Enable the encryption connection to database, and restart the database instance
//!
//! - `failoverInstance` — 对RDS实例进行主备切换。
//!
//! - `getAuditDownloadURL` — 获取某个审计文件的下载链接，同时支持内链和外链，链接的有效时间为24小时
//!
//! - `getAuditFiles` — 获取当前实例下的所有审计结果文件的列表
//!
//! - `getAuditOptions` — 获取当前系统所支持的各种数据库版本的审计选项及相应的推荐选项
//!
//! - `getBackupPolicy` — 查看RDS实例备份策略。
//!
//! - `getUploadKey` — 获取单库上云工具上传文件的需要的Key。
//!
//! - `grantPrivilege` — Grant the database access privilege to the account, i.e., the privilege the account has to the database.
//!
//! - `modifyAudit` — 修改当前的审计选项。
//!
//! - `modifyInstanceSpec` — 实例扩容，支持升级实例的CPU，内存及磁盘。
//!
//! - `modifyParameterGroupParameters` — Modify parameters of parameter group
//!
//! - `modifyWhiteList` — 修改允许访问实例的IP白名单。
//!
//! - `rebootInstance` — 重启RDS实例，例如修改了一些配置参数后，需要重启实例才能生效。
//!
//! - `resetPassword` — 重置数据库账号密码。
//!
//! - `restoreDatabaseFromBackup` — 从备份中恢复单个数据库，支持从其他实例（但必须是同一个账号下的实例）备份中恢复。
//!
//! - `restoreDatabaseFromFile` — 从用户通过单库上云工具上传到云上的备份文件中恢复单个数据库
//!
//! - `restoreDatabaseFromOSS` — 从上传到OSS的备份文件中恢复单个数据库
//!
//! - `restoreInstance` — 使用实例的全量备份覆盖恢复当前实例
//!
//! - `revokePrivilege` — 取消该账号对某个数据库的所有权限。
//!
//! - `setBackupPolicy` — 修改RDS实例备份策略，目前仅支持用户修改“自动备份开始时间窗口”这个参数，其他参数暂不开放修改
//!
//! - `setImportFileShared` — 设置或取消上传文件是否共享给同一账号下的其他实例。
//!
//! - `setInstanceName` — 修改实例名称，可支持中文，实例名的具体规则可参见帮助中心文档:名称及密码限制
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `rds` service.
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
    /// 创建数据库账号，用户可以使用客户端，应用程序等通过该账号和密码登录RDS数据库实例。
    ///
    /// 为便于管理和恢复，RDS对账号进行了限制，数据库账号只能通过控制台或者OpenAPI进行创建、删除账号以及对账号授权等，用户不能通过SQL语句对账号进行相关操作。
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/accounts`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/createAccount.md` *line 1.*
    pub fn create_account(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        account_name: impl ::std::convert::Into<::std::string::String>,
        account_password: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateAccount {
        CreateAccount {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            account_name: account_name.into(),
            account_password: account_password.into(),
        }
    }
    /// 开启SQL Server的数据库审计功能，目前支持实例级的数据库审计。用户可以根据需要开启、关闭审计、自定义审计策略，并下载审计文件。审计文件为原生的SQL Server审计文件，缺省保存6个月。
    ///
    /// - 仅支持SQL Server
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/audit`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/createAudit.md` *line 1.*
    pub fn create_audit(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        enabled: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateAudit {
        CreateAudit {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            enabled: enabled.into(),
        }
    }
    /// 创建一个RDS实例全量备份，可以对整个实例或者部分数据库（仅SQL Server支持）进行全量备份。同一时间点，只能有一个正在运行的备份任务
    ///
    /// `POST /v1/regions/{regionId}/backups`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/createBackup.md` *line 1.*
    pub fn create_backup(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateBackup {
        CreateBackup {
            config: self.config.clone(),
            region_id: region_id.into(),
            backup_spec: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
        }
    }
    /// Create a Database. For instance management and data restoration, RDS restricts user permissions, and users can only create databases through the console or this API.
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/databases`
    ///
    /// **中文**
    ///
    /// 创建一个数据库。 为了实例的管理和数据恢复，RDS对用户权限进行了限制，用户仅能通过控制台或本接口创建数据库
    ///
    /// *Documented in* `specs/rds/en/jdcloudcom-en/createDatabase.md` *line 1.*
    pub fn create_database(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        character_set_name: impl ::std::convert::Into<::std::string::String>,
        db_name: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateDatabase {
        CreateDatabase {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            character_set_name: character_set_name.into(),
            db_name: db_name.into(),
        }
    }
    /// Create an RDS instance and the user can use the corresponding database client or application to link to the RDS instance through the domain name and port to operate.
    ///
    /// `POST /v1/regions/{regionId}/instances`
    ///
    /// **中文**
    ///
    /// 创建一个RDS实例，用户可以使用相应的数据库客户端或者应用程序通过域名和端口链接到该RDS实例上，进行操作。
    ///
    /// *Documented in* `specs/rds/en/jdcloudcom-en/createInstance.md` *line 1.*
    pub fn create_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_spec: impl ::std::convert::Into<DbInstanceSpec>,
    ) -> CreateInstance {
        CreateInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_spec: instance_spec.into(),
        }
    }
    /// 根据源实例备份创建一个新实例，并通过追加日志的方式，将新实例的数据恢复到跟源实例指定时间点的数据状态一样。
    ///
    /// 例如根据实例A在“2018-06-18 23:00:00”时间点创建一个实例B，就是新建一个实例B，该实例B的数据跟实例A在“2018-06-18 23:00:00”这个时间点的数据完全一致。
    ///
    /// 对于SQL Server，主备切换后30分钟内，不支持按时间点恢复/创建，例如在10:05分用户进行了主备切换，那么10:05 ~ 10:35这个时间段不能进行按时间点恢复/创建。
    ///
    /// - 仅支持MySQL
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:createInstanceByTime`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/createInstanceByTime.md` *line 1.*
    pub fn create_instance_by_time(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        instance_spec: impl ::std::convert::Into<RestoredNewDbInstanceSpec>,
        restore_time: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateInstanceByTime {
        CreateInstanceByTime {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            instance_spec: instance_spec.into(),
            restore_time: restore_time.into(),
        }
    }
    /// 根据源实例全量备份创建一个新实例，新实例的数据跟源实例在创建备份时的数据状态一样。
    ///
    /// 例如根据源实例A的一个全量备份“mybak”新建一个实例B，该备份是在“‘2018-8-18 03:23:54”创建的。那么新建实例B的数据状态跟实例A‘2018-8-18 03:23:54’的状态一致
    ///
    /// - 仅支持MySQL
    ///
    /// `POST /v1/regions/{regionId}/instances:createInstanceFromBackup`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/createInstanceFromBackup.md` *line 1.*
    pub fn create_instance_from_backup(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        backup_id: impl ::std::convert::Into<::std::string::String>,
        engine: impl ::std::convert::Into<::std::string::String>,
        instance_spec: impl ::std::convert::Into<RestoredNewDbInstanceSpec>,
    ) -> CreateInstanceFromBackup {
        CreateInstanceFromBackup {
            config: self.config.clone(),
            region_id: region_id.into(),
            backup_id: backup_id.into(),
            engine: engine.into(),
            instance_spec: instance_spec.into(),
        }
    }
    /// Delete the database account. After the account is deleted, it cannot be restored and the user cannot use this account to log in the RDS instance.
    ///
    /// `DELETE /v1/regions/{regionId}/instances/{instanceId}/accounts/{accountName}`
    ///
    /// **中文**
    ///
    /// 删除数据库账号，账号删除后不可恢复，用户无法再使用该账号登录RDS实例
    ///
    /// *Documented in* `specs/rds/en/jdcloudcom-en/deleteAccount.md` *line 1.*
    pub fn delete_account(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        account_name: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteAccount {
        DeleteAccount {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            account_name: account_name.into(),
        }
    }
    /// 关闭数据库审计。关闭数据库审计后，以前生成的审计结果文件并不会被立即删除。审计结果文件会过期后由系统自动删除，过期时间缺省为6个月
    ///
    /// - 仅支持SQL Server
    ///
    /// `DELETE /v1/regions/{regionId}/instances/{instanceId}/audit`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/deleteAudit.md` *line 1.*
    pub fn delete_audit(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteAudit {
        DeleteAudit {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 删除RDS实例备份，仅允许删除用户生成的备份，系统自动备份不允许删除。
    ///
    /// `DELETE /v1/regions/{regionId}/backups/{backupId}`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/deleteBackup.md` *line 1.*
    pub fn delete_backup(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        backup_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteBackup {
        DeleteBackup {
            config: self.config.clone(),
            region_id: region_id.into(),
            backup_id: backup_id.into(),
        }
    }
    /// 从RDS实例中删除数据库。为便于管理和数据恢复，RDS对用户权限进行了控制，用户仅能通过控制台或本接口删除数据库
    ///
    /// 敏感操作，可开启[MFA操作保护](https://docs.jdcloud.com/IAM/Operation-Protection)
    ///
    /// `DELETE /v1/regions/{regionId}/instances/{instanceId}/databases/{dbName}`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/deleteDatabase.md` *line 1.*
    pub fn delete_database(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        db_name: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteDatabase {
        DeleteDatabase {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            db_name: db_name.into(),
        }
    }
    /// 删除一个RDS实例或者MySQL的只读实例。删除MySQL主实例时，会同时将对应的MySQL只读实例也删除
    ///
    /// 敏感操作，可开启[MFA操作保护](https://docs.jdcloud.com/IAM/Operation-Protection)
    ///
    /// `DELETE /v1/regions/{regionId}/instances/{instanceId}`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/deleteInstance.md` *line 1.*
    pub fn delete_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteInstance {
        DeleteInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 查看某个RDS实例下所有账号信息，包括账号名称、对各个数据库的访问权限信息等
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}/accounts`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeAccounts.md` *line 1.*
    pub fn describe_accounts(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeAccounts {
        DescribeAccounts {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 查看当前实例已开启的审计选项。如当前实例未开启审计，则返回空
    ///
    /// - 仅支持SQL Server
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}/audit`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeAudit.md` *line 1.*
    pub fn describe_audit(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeAudit {
        DescribeAudit {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// Only support check of audit content of MySQL instance
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}/audit:describeAuditResult`
    ///
    /// *Documented in* `specs/rds/en/jdcloudcom-en/describeAuditResult.md` *line 1.*
    pub fn describe_audit_result(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeAuditResult2 {
        DescribeAuditResult2 {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            start_time: start_time.into(),
            end_time: end_time.into(),
            db_name: ::std::option::Option::None,
            account_name: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            filters: ::std::option::Option::None,
        }
    }
    /// 获取整个备份或备份中单个文件的下载链接。
    ///
    /// - 当输入参数中有文件名时，获取该文件的下载链接。
    ///
    /// - 输入参数中无文件名时，获取整个备份的下载链接。
    ///
    /// 由于备份机制的差异，使用该接口下载备份时，SQL Server必须输入文件名，每个文件逐一下载，不支持下载整个备份。SQL Server备份中的文件名（不包括后缀）即为备份的数据库名。例如文件名为my_test_db.bak，表示该文件是my_test_db数据库的备份。
    ///
    /// MySQL可下载整个备份集，但不支持单个文件的下载。
    ///
    /// - 仅支持SQL Server
    ///
    /// `GET /v1/regions/{regionId}/backups/{backupId}/downloadURLs`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeBackupDownloadURL.md` *line 1.*
    pub fn describe_backup_download_url(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        backup_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeBackupDownloadUrl {
        DescribeBackupDownloadUrl {
            config: self.config.clone(),
            region_id: region_id.into(),
            backup_id: backup_id.into(),
            file_name: ::std::option::Option::None,
            url_expiration_second: ::std::option::Option::None,
        }
    }
    /// View the detailed information of all backups in the RDS instance. The returned backup list is sorted in descending order from start time of backup (backupStartTime).
    ///
    /// - Support SQL Server Only
    ///
    /// `GET /v1/regions/{regionId}/backups`
    ///
    /// **中文**
    ///
    /// 查看该RDS实例下所有备份的详细信息，返回的备份列表按照备份开始时间（backupStartTime）降序排列。
    ///
    /// *Documented in* `specs/rds/en/jdcloudcom-en/describeBackups.md` *line 1.*
    pub fn describe_backups(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        page_number: impl ::std::convert::Into<i32>,
        page_size: impl ::std::convert::Into<i32>,
    ) -> DescribeBackups {
        DescribeBackups {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            auto: ::std::option::Option::None,
            backup_type_filter: ::std::option::Option::None,
            db_name_filter: ::std::option::Option::None,
            backup_time_range_start_filter: ::std::option::Option::None,
            backup_time_range_end_filter: ::std::option::Option::None,
            page_number: page_number.into(),
            page_size: page_size.into(),
        }
    }
    /// Obtain the binlog detailed information in MySQL instance
    ///
    /// - only support MySQL
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}/binlogs`
    ///
    /// *Documented in* `specs/rds/en/jdcloudcom-en/describeBinlogs.md` *line 1.*
    pub fn describe_binlogs(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeBinlogs {
        DescribeBinlogs {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            end_time: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
        }
    }
    /// 获取当前实例的所有数据库详细信息的列表
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}/databases`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeDatabases.md` *line 1.*
    pub fn describe_databases(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeDatabases {
        DescribeDatabases {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            db_name: ::std::option::Option::None,
        }
    }
    /// 获取SQL Server 错误日志及下载信息
    ///
    /// - 仅支持SQL Server
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}/errorLogs`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeErrorLogs.md` *line 1.*
    pub fn describe_error_logs(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeErrorLogs {
        DescribeErrorLogs {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 获取用户通过单库上云工具上传到该实例上的文件列表
    ///
    /// - 仅支持SQL Server
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}/importFiles`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeImportFiles.md` *line 1.*
    pub fn describe_import_files(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeImportFiles {
        DescribeImportFiles {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 根据用户定义的查询条件，获取索引性能的统计信息，并提供缺失索引及索引创建建议。用户可以根据这些信息查找与索引相关的性能瓶颈，并进行优化。
    ///
    /// - 仅支持SQL Server
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/performance:describeIndexPerformance`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeIndexPerformance.md` *line 1.*
    pub fn describe_index_performance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        query_type: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeIndexPerformance {
        DescribeIndexPerformance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            db: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            query_type: query_type.into(),
        }
    }
    /// 查询RDS实例（MySQL、SQL Server等）的详细信息以及MySQL只读实例详细信息
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeInstanceAttributes.md` *line 1.*
    pub fn describe_instance_attributes(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeInstanceAttributes {
        DescribeInstanceAttributes {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 获取当前账号下所有RDS实例及MySQL只读实例的概要信息，例如实例类型，版本，计费信息等
    ///
    /// `GET /v1/regions/{regionId}/instances`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeInstances.md` *line 1.*
    pub fn describe_instances(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeInstances {
        DescribeInstances {
            config: self.config.clone(),
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// Get all parameter group list under current account
    ///
    /// - Only support MySQL
    ///
    /// `GET /v1/regions/{regionId}/parameterGroups`
    ///
    /// *Documented in* `specs/rds/en/jdcloudcom-en/describeParameterGroups.md` *line 1.*
    pub fn describe_parameter_groups(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeParameterGroups {
        DescribeParameterGroups {
            config: self.config.clone(),
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// 根据用户定义的查询条件，获取SQL执行的性能统计信息，例如慢SQL等。用户可以根据这些信息查找与SQL执行相关的性能瓶颈，并进行优化。
    ///
    /// - 仅支持SQL Server
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/performance:describeQueryPerformance`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeQueryPerformance.md` *line 1.*
    pub fn describe_query_performance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        query_type: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeQueryPerformance {
        DescribeQueryPerformance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            query_type: query_type.into(),
            threshold: ::std::option::Option::None,
        }
    }
    /// Query the summary information of slow log of MySQL instance.
    ///
    /// - only support SQL Server
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}/performance:describeSlowLogs`
    ///
    /// *Documented in* `specs/rds/en/jdcloudcom-en/describeSlowLogs.md` *line 1.*
    pub fn describe_slow_logs(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeSlowLogs {
        DescribeSlowLogs {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            db_name: ::std::option::Option::None,
            end_time: end_time.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            start_time: start_time.into(),
        }
    }
    /// 查看RDS实例当前白名单。白名单是允许访问当前实例的IP/IP段列表，缺省情况下，白名单对本VPC开放。如果用户开启了外网访问的功能，还需要对外网的IP配置白名单。
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}/whiteList`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/describeWhiteList.md` *line 1.*
    pub fn describe_white_list(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeWhiteList {
        DescribeWhiteList {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 关闭RDS实例的外网访问功能。关闭后，用户无法通过Internet访问RDS，但可以在京东云内网通过内网域名访问
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:disableInternetAccess`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/disableInternetAccess.md` *line 1.*
    pub fn disable_internet_access(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DisableInternetAccess {
        DisableInternetAccess {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 开启RDS实例的外网访问功能。开启后，用户可以通过internet访问RDS实例
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:enableInternetAccess`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/enableInternetAccess.md` *line 1.*
    pub fn enable_internet_access(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> EnableInternetAccess {
        EnableInternetAccess {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// Enable the encryption connection to database, and restart the database instance
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/ssl:enableSSL`
    ///
    /// *Documented in* `specs/rds/en/jdcloudcom-en/enableSSL.md` *line 1.*
    pub fn enable_ssl(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> EnableSsl {
        EnableSsl {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 对RDS实例进行主备切换。
    ///
    /// 注意：如果实例正在进行备份，那么主备切换将会终止备份操作。可以查看备份策略中的备份开始时间确认是否有备份正在运行。如果确实需要在实例备份时进行主备切换，建议切换完成 后，手工进行一次实例的全备
    ///
    /// 对于SQL Server，主备切换后30分钟内，不支持按时间点恢复/创建，例如在10:05分用户进行了主备切换，那么10:05 ~ 10:35这个时间段不能进行按时间点恢复/创建。
    ///
    /// - 仅支持SQL Server
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:failoverInstance`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/failoverInstance.md` *line 1.*
    pub fn failover_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> FailoverInstance {
        FailoverInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 获取某个审计文件的下载链接，同时支持内链和外链，链接的有效时间为24小时
    ///
    /// - 仅支持SQL Server
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/audit:getAuditDownloadURL`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/getAuditDownloadURL.md` *line 1.*
    pub fn get_audit_download_url(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        file_name: impl ::std::convert::Into<::std::string::String>,
    ) -> GetAuditDownloadUrl {
        GetAuditDownloadUrl {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            file_name: file_name.into(),
        }
    }
    /// 获取当前实例下的所有审计结果文件的列表
    ///
    /// - 仅支持SQL Server
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/audit:getAuditFiles`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/getAuditFiles.md` *line 1.*
    pub fn get_audit_files(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> GetAuditFiles {
        GetAuditFiles {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 获取当前系统所支持的各种数据库版本的审计选项及相应的推荐选项
    ///
    /// - 仅支持SQL Server
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/audit:getOptions`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/getAuditOptions.md` *line 1.*
    pub fn get_audit_options(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> GetAuditOptions {
        GetAuditOptions {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            name: name.into(),
        }
    }
    /// 查看RDS实例备份策略。根据数据库类型的不同，支持的备份策略也略有差异，具体请看返回参数中的详细说明
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:getBackupPolicy`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/getBackupPolicy.md` *line 1.*
    pub fn get_backup_policy(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> GetBackupPolicy {
        GetBackupPolicy {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 获取单库上云工具上传文件的需要的Key。单库上云工具需要正确的key值方能连接到京东云
    ///
    /// - 仅支持SQL Server
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/importFiles:getUploadKey`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/getUploadKey.md` *line 1.*
    pub fn get_upload_key(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> GetUploadKey {
        GetUploadKey {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// Grant the database access privilege to the account, i.e., the privilege the account has to the database. An account can have access to multiple databases.
    ///
    /// For ease of management, RDS classifies the privileges. Currently, it provides the following two privileges
    ///
    /// - ro: Read-only privilege, with which, the user can only read the data in the database, and cannot perform creation, insertion, deletion, change, etc.
    ///
    /// - rw: Read-write privilege, with which, the user can perform addition, deletion, change and other operations on the database
    ///
    /// -Support SQL Server Only
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/accounts/{accountName}:grantPrivilege`
    ///
    /// **中文**
    ///
    /// 授予账号的数据库访问权限，即该账号对数据库拥有什么权限。一个账号可以对多个数据库具有访问权限。
    ///
    /// 为便于管理，RDS对权限进行了归类，目前提供以下两种权限
    ///
    /// - ro：只读权限，用户只能读取数据库中的数据，不能进行创建、插入、删除、更改等操作。
    ///
    /// - rw：读写权限，用户可以对数据库进行增删改查等操作
    ///
    /// *Documented in* `specs/rds/en/jdcloudcom-en/grantPrivilege.md` *line 1.*
    pub fn grant_privilege(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        account_name: impl ::std::convert::Into<::std::string::String>,
        account_privileges: impl ::std::convert::Into<::std::vec::Vec<AccountPrivilege>>,
    ) -> GrantPrivilege {
        GrantPrivilege {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            account_name: account_name.into(),
            account_privileges: account_privileges.into(),
        }
    }
    /// 修改当前的审计选项。当前已有审计选项可以通过describeAudit获得，支持的全部选项可以通过getAuditOptions获得。
    ///
    /// - 仅支持SQL Server
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/audit:modifyAudit`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/modifyAudit.md` *line 1.*
    pub fn modify_audit(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyAudit {
        ModifyAudit {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            add: ::std::option::Option::None,
            drop: ::std::option::Option::None,
        }
    }
    /// 实例扩容，支持升级实例的CPU，内存及磁盘。目前暂不支持实例降配
    ///
    /// - 仅支持MySQL
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:modifyInstanceSpec`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/modifyInstanceSpec.md` *line 1.*
    pub fn modify_instance_spec(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        new_instance_class: impl ::std::convert::Into<::std::string::String>,
        new_instance_storage_gb: impl ::std::convert::Into<i32>,
    ) -> ModifyInstanceSpec {
        ModifyInstanceSpec {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            new_instance_class: new_instance_class.into(),
            new_instance_storage_gb: new_instance_storage_gb.into(),
        }
    }
    /// Modify parameters of parameter group
    ///
    /// - Only support MySQL
    ///
    /// `PUT /v1/regions/{regionId}/parameterGroups/{parameterGroupId}/parameters`
    ///
    /// *Documented in* `specs/rds/en/jdcloudcom-en/modifyParameterGroupParameters.md` *line 1.*
    pub fn modify_parameter_group_parameters(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        parameter_group_id: impl ::std::convert::Into<::std::string::String>,
        parameters: impl ::std::convert::Into<::std::vec::Vec<Parameter>>,
    ) -> ModifyParameterGroupParameters {
        ModifyParameterGroupParameters {
            config: self.config.clone(),
            region_id: region_id.into(),
            parameter_group_id: parameter_group_id.into(),
            parameters: parameters.into(),
        }
    }
    /// 修改允许访问实例的IP白名单。白名单是允许访问当前实例的IP/IP段列表，缺省情况下，白名单对本VPC开放。如果用户开启了外网访问的功能，还需要对外网的IP配置白名单。
    ///
    /// `PUT /v1/regions/{regionId}/instances/{instanceId}/whiteList`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/modifyWhiteList.md` *line 1.*
    pub fn modify_white_list(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        ips: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyWhiteList {
        ModifyWhiteList {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            ips: ips.into(),
        }
    }
    /// 重启RDS实例，例如修改了一些配置参数后，需要重启实例才能生效。可以结合主备切换的功能，轮流重启备机，降低对业务的影响
    ///
    /// **注意：如果实例正在进行备份，那么重启主实例将会终止备份操作。** 可以查看备份策略中的备份开始时间确认是否有备份正在运行。如果确实需要在实例备份时重启主实例，建议重启后，手工进行一次实例的全备。
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:rebootInstance`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/rebootInstance.md` *line 1.*
    pub fn reboot_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> RebootInstance {
        RebootInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            reboot_master: ::std::option::Option::None,
            reboot_slave: ::std::option::Option::None,
        }
    }
    /// 重置数据库账号密码。如果用户忘记账号的密码，可以使用该接口重置指定账号密码。密码重置后，以前的密码将无法使用，必须使用重置后的新密码登录或连接数据库实例。
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/accounts/{accountName}:resetPassword`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/resetPassword.md` *line 1.*
    pub fn reset_password(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        account_name: impl ::std::convert::Into<::std::string::String>,
        account_password: impl ::std::convert::Into<::std::string::String>,
    ) -> ResetPassword {
        ResetPassword {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            account_name: account_name.into(),
            account_password: account_password.into(),
        }
    }
    /// 从备份中恢复单个数据库，支持从其他实例（但必须是同一个账号下的实例）备份中恢复。例如可以从生产环境的数据库实例的备份恢复到测试环境的数据库中。
    ///
    /// - 仅支持SQL Server
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/databases/{dbName}:restoreDatabaseFromBackup`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/restoreDatabaseFromBackup.md` *line 1.*
    pub fn restore_database_from_backup(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        db_name: impl ::std::convert::Into<::std::string::String>,
        backup_file_name: impl ::std::convert::Into<::std::string::String>,
        backup_id: impl ::std::convert::Into<::std::string::String>,
    ) -> RestoreDatabaseFromBackup {
        RestoreDatabaseFromBackup {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            db_name: db_name.into(),
            backup_file_name: backup_file_name.into(),
            backup_id: backup_id.into(),
        }
    }
    /// 从用户通过单库上云工具上传到云上的备份文件中恢复单个数据库
    ///
    /// - 仅支持SQL Server
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/databases/{dbName}:restoreDatabaseFromFile`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/restoreDatabaseFromFile.md` *line 1.*
    pub fn restore_database_from_file(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        db_name: impl ::std::convert::Into<::std::string::String>,
        file_name: impl ::std::convert::Into<::std::string::String>,
    ) -> RestoreDatabaseFromFile {
        RestoreDatabaseFromFile {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            db_name: db_name.into(),
            file_name: file_name.into(),
            shared_file_gid: ::std::option::Option::None,
        }
    }
    /// 从上传到OSS的备份文件中恢复单个数据库
    ///
    /// - 仅支持SQL Server
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/databases/{dbName}:restoreDatabaseFromOSS`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/restoreDatabaseFromOSS.md` *line 1.*
    pub fn restore_database_from_oss(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        db_name: impl ::std::convert::Into<::std::string::String>,
        oss_url: impl ::std::convert::Into<::std::string::String>,
    ) -> RestoreDatabaseFromOss {
        RestoreDatabaseFromOss {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            db_name: db_name.into(),
            oss_url: oss_url.into(),
        }
    }
    /// 使用实例的全量备份覆盖恢复当前实例
    ///
    /// - 仅支持MySQL
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:restoreInstance`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/restoreInstance.md` *line 1.*
    pub fn restore_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> RestoreInstance {
        RestoreInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            backup_id: ::std::option::Option::None,
        }
    }
    /// 取消该账号对某个数据库的所有权限。权限取消后，该账号将不能访问此数据库。取消账号对某个数据库的访问权限，不影响该账号对其他数据库的访问权限
    ///
    /// - 仅支持MySQL
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/accounts/{accountName}:revokePrivilege`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/revokePrivilege.md` *line 1.*
    pub fn revoke_privilege(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        account_name: impl ::std::convert::Into<::std::string::String>,
        db_names: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> RevokePrivilege {
        RevokePrivilege {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            account_name: account_name.into(),
            db_names: db_names.into(),
        }
    }
    /// 修改RDS实例备份策略，目前仅支持用户修改“自动备份开始时间窗口”这个参数，其他参数暂不开放修改
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:setBackupPolicy`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/setBackupPolicy.md` *line 1.*
    pub fn set_backup_policy(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> SetBackupPolicy {
        SetBackupPolicy {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            start_window: ::std::option::Option::None,
        }
    }
    /// 设置或取消上传文件是否共享给同一账号下的其他实例。缺省情况下，文件仅在上传的实例上可见并可导入，其他实例不可见不可导入。如果需要该文件在其他实例上也可导入，可将此文件设置为共享
    ///
    /// - 仅支持SQL Server
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/importFiles/{fileName}:setShared`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/setImportFileShared.md` *line 1.*
    pub fn set_import_file_shared(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        file_name: impl ::std::convert::Into<::std::string::String>,
        shared: impl ::std::convert::Into<::std::string::String>,
    ) -> SetImportFileShared {
        SetImportFileShared {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            file_name: file_name.into(),
            shared: shared.into(),
        }
    }
    /// 修改实例名称，可支持中文，实例名的具体规则可参见帮助中心文档:名称及密码限制
    ///
    /// - 仅支持SQL Server
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:setInstanceName`
    ///
    /// *Documented in* `specs/rds/zh/jdclouddocs-cn/setInstanceName.md` *line 1.*
    pub fn set_instance_name(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        instance_name: impl ::std::convert::Into<::std::string::String>,
    ) -> SetInstanceName {
        SetInstanceName {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            instance_name: instance_name.into(),
        }
    }
}
/// Request builder of `createAccount`, made by [`Client::create_account`]. Set optional parameters, then call `send`.
#[derive(Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAccount {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    account_name: ::std::string::String,
    account_password: ::std::string::String,
}
impl ::std::fmt::Debug for CreateAccount {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateAccount")
            .field("regionId", &self.region_id)
            .field("instanceId", &self.instance_id)
            .field("accountName", &self.account_name)
            .field("accountPassword", &"***")
            .finish_non_exhaustive()
    }
}
impl CreateAccount {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("accountName", &self.account_name)?;
        body.member("accountPassword", &self.account_password)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/accounts",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("createAccount");
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
/// Request builder of `createAudit`, made by [`Client::create_audit`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAudit {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    enabled: ::std::string::String,
}
impl CreateAudit {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("enabled", &self.enabled)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/audit",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("createAudit");
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
/// Request builder of `createBackup`, made by [`Client::create_backup`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateBackup {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    backup_spec: ::std::option::Option<BackupSpec>,
    instance_id: ::std::option::Option<::std::string::String>,
}
impl CreateBackup {
    /// `backupSpec`: 备份规格
    pub fn backup_spec(mut self, value: impl ::std::convert::Into<BackupSpec>) -> Self {
        self.backup_spec = ::std::option::Option::Some(value.into());
        self
    }
    /// `instanceId`: RDS实例ID，唯一标识一个实例
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.backup_spec {
            body.member("backupSpec", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.instance_id {
            body.member("instanceId", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/backups",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("createBackup");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateBackupResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateBackupResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `createDatabase`, made by [`Client::create_database`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateDatabase {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    character_set_name: ::std::string::String,
    db_name: ::std::string::String,
}
impl CreateDatabase {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("characterSetName", &self.character_set_name)?;
        body.member("dbName", &self.db_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/databases",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("createDatabase");
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
/// Request builder of `createInstance`, made by [`Client::create_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_spec: DbInstanceSpec,
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
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
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
/// Request builder of `createInstanceByTime`, made by [`Client::create_instance_by_time`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateInstanceByTime {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    instance_spec: RestoredNewDbInstanceSpec,
    restore_time: ::std::string::String,
}
impl CreateInstanceByTime {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("instanceSpec", &self.instance_spec)?;
        body.member("restoreTime", &self.restore_time)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:createInstanceByTime",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("createInstanceByTime");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateInstanceByTimeResult>,
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
        crate::runtime::Response<CreateInstanceByTimeResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `createInstanceFromBackup`, made by [`Client::create_instance_from_backup`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateInstanceFromBackup {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    backup_id: ::std::string::String,
    engine: ::std::string::String,
    instance_spec: RestoredNewDbInstanceSpec,
}
impl CreateInstanceFromBackup {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("backupId", &self.backup_id)?;
        body.member("engine", &self.engine)?;
        body.member("instanceSpec", &self.instance_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances:createInstanceFromBackup",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("createInstanceFromBackup");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<CreateInstanceFromBackupResult>,
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
        crate::runtime::Response<CreateInstanceFromBackupResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `deleteAccount`, made by [`Client::delete_account`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAccount {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    account_name: ::std::string::String,
}
impl DeleteAccount {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.account_name.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/accounts/{accountName}",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("accountName", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "rds", "v1", path)
                .with_operation("deleteAccount");
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
/// Request builder of `deleteAudit`, made by [`Client::delete_audit`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteAudit {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DeleteAudit {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/audit",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "rds", "v1", path)
                .with_operation("deleteAudit");
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
/// Request builder of `deleteBackup`, made by [`Client::delete_backup`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteBackup {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    backup_id: ::std::string::String,
}
impl DeleteBackup {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.backup_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/backups/{backupId}",
            &[("regionId", path_0.as_str()), ("backupId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "rds", "v1", path)
                .with_operation("deleteBackup");
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
/// Request builder of `deleteDatabase`, made by [`Client::delete_database`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteDatabase {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    db_name: ::std::string::String,
}
impl DeleteDatabase {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.db_name.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/databases/{dbName}",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("dbName", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "rds", "v1", path)
                .with_operation("deleteDatabase");
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
/// Request builder of `deleteInstance`, made by [`Client::delete_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DeleteInstance {
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
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "rds", "v1", path)
                .with_operation("deleteInstance");
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
/// Request builder of `describeAccounts`, made by [`Client::describe_accounts`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeAccounts {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DescribeAccounts {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/accounts",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "rds", "v1", path)
                .with_operation("describeAccounts");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeAccountsResult>,
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
        crate::runtime::Response<DescribeAccountsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeAudit`, made by [`Client::describe_audit`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeAudit {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DescribeAudit {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/audit",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "rds", "v1", path)
                .with_operation("describeAudit");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeAuditResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeAuditResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeAuditResult`, made by [`Client::describe_audit_result`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeAuditResult2 {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    start_time: ::std::string::String,
    end_time: ::std::string::String,
    db_name: ::std::option::Option<::std::string::String>,
    account_name: ::std::option::Option<::std::string::String>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
}
impl DescribeAuditResult2 {
    /// `dbName`: Database Name
    pub fn db_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.db_name = ::std::option::Option::Some(value.into());
        self
    }
    /// `accountName`: Account Name
    pub fn account_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.account_name = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: Page displaying the data; it is 1 by default, the value range: \[-1,∞)
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: The data entries displayed on each page, which is 10 by default, with the value range: 10, 20, 50
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `filters`: Filtering parameters, the relationship between multiple filtering parameters is "AND"
    ///
    /// Support the filter for following attributes:
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        crate::runtime::push_query(&mut query, "startTime", &self.start_time)?;
        crate::runtime::push_query(&mut query, "endTime", &self.end_time)?;
        if let ::std::option::Option::Some(value) = &self.db_name {
            crate::runtime::push_query(&mut query, "dbName", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.account_name {
            crate::runtime::push_query(&mut query, "accountName", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/audit:describeAuditResult",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "rds", "v1", path)
                .with_operation("describeAuditResult");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeAuditResultResult>,
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
        crate::runtime::Response<DescribeAuditResultResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `auditResult` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<AuditResult, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.audit_result.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// Request builder of `describeBackupDownloadURL`, made by [`Client::describe_backup_download_url`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeBackupDownloadUrl {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    backup_id: ::std::string::String,
    file_name: ::std::option::Option<::std::string::String>,
    url_expiration_second: ::std::option::Option<::std::string::String>,
}
impl DescribeBackupDownloadUrl {
    /// `fileName`: 文件名称
    ///
    /// - MySQL：不支持该参数
    ///
    /// - SQL Server：必须输入该参数，指定该备份中需要获取下载链接的文件名称。备份中的文件名（不包括后缀）即为备份的数据库名。例如文件名为my_test_db.bak，表示该文件是my_test_db数据库的备份
    pub fn file_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.file_name = ::std::option::Option::Some(value.into());
        self
    }
    /// `urlExpirationSecond`: 指定下载链接的过期时间，单位秒,缺省为86400秒，即24小时。
    ///
    /// - MySQL：不支持该参数，只能是默认值
    ///
    /// - SQL Server：支持
    pub fn url_expiration_second(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.url_expiration_second = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.backup_id.to_string();
        if let ::std::option::Option::Some(value) = &self.file_name {
            crate::runtime::push_query(&mut query, "fileName", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.url_expiration_second {
            crate::runtime::push_query(&mut query, "urlExpirationSecond", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/backups/{backupId}/downloadURLs",
            &[("regionId", path_0.as_str()), ("backupId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "rds", "v1", path)
                .with_operation("describeBackupDownloadURL");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeBackupDownloadUrlResult>,
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
        crate::runtime::Response<DescribeBackupDownloadUrlResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeBackups`, made by [`Client::describe_backups`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeBackups {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    auto: ::std::option::Option<i32>,
    backup_type_filter: ::std::option::Option<::std::string::String>,
    db_name_filter: ::std::option::Option<::std::string::String>,
    backup_time_range_start_filter: ::std::option::Option<::std::string::String>,
    backup_time_range_end_filter: ::std::option::Option<::std::string::String>,
    page_number: i32,
    page_size: i32,
}
impl DescribeBackups {
    /// `auto`: Query the backup type, 0 for manual backup, 1 for automatic backup, not for all.
    ///
    /// **- Test parameters, only support SQL Server, and may be replaced by other parameters later**
    ///
    /// **中文**
    ///
    /// 查询备份类型，0为手动备份，1为自动备份，不传表示全部.
    ///
    /// **- 测试参数，仅支持SQL Server，后续可能被其他参数取代**
    pub fn auto(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.auto = ::std::option::Option::Some(value.into());
        self
    }
    /// `backupTypeFilter`: Return a list of backups with backupType equal to the specified value. Full is a full backup, and diff is an incremental backup
    ///
    /// **- Test parameters, only support SQL Server, and may be replaced by other parameters later**
    ///
    /// **中文**
    ///
    /// 返回backupType等于指定值的备份列表。full为全量备份，diff为增量备份
    ///
    /// **- 测试参数，仅支持SQL Server，后续可能被其他参数取代**
    pub fn backup_type_filter(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_type_filter = ::std::option::Option::Some(value.into());
        self
    }
    /// `dbNameFilter`: Return a list of backups whose dbName is equal to the specified value. Return all if  not for all or empty
    ///
    /// **- Test parameters, only support SQL Server, and may be replaced by other parameters later**
    ///
    /// **中文**
    ///
    /// 返回dbName等于指定值的备份列表，不传或为空返回全部
    ///
    /// **- 测试参数，仅支持SQL Server，后续可能被其他参数取代**
    pub fn db_name_filter(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.db_name_filter = ::std::option::Option::Some(value.into());
        self
    }
    /// `backupTimeRangeStartFilter`: Return the backup list whose start time of backup is longer than this time
    ///
    /// **- Test parameters, only support SQL Server, and may be replaced by other parameters later**
    ///
    /// **中文**
    ///
    /// 返回备份开始时间大于该时间的备份列表
    ///
    /// **- 测试参数，仅支持SQL Server，后续可能被其他参数取代**
    pub fn backup_time_range_start_filter(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_time_range_start_filter = ::std::option::Option::Some(value.into());
        self
    }
    /// `backupTimeRangeEndFilter`: Return the backup list whose backup start time is shorter than or equal to this time
    ///
    /// **-Test parameters, only support SQL Server, and may be replaced by other parameters later**
    ///
    /// **中文**
    ///
    /// 返回备份开始时间小于等于该时间的备份列表
    ///
    /// **- 测试参数，仅支持SQL Server，后续可能被其他参数取代**
    pub fn backup_time_range_end_filter(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_time_range_end_filter = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        crate::runtime::push_query(&mut query, "instanceId", &self.instance_id)?;
        if let ::std::option::Option::Some(value) = &self.auto {
            crate::runtime::push_query(&mut query, "auto", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.backup_type_filter {
            crate::runtime::push_query(&mut query, "backupTypeFilter", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.db_name_filter {
            crate::runtime::push_query(&mut query, "dbNameFilter", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.backup_time_range_start_filter {
            crate::runtime::push_query(&mut query, "backupTimeRangeStartFilter", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.backup_time_range_end_filter {
            crate::runtime::push_query(&mut query, "backupTimeRangeEndFilter", value)?;
        }
        crate::runtime::push_query(&mut query, "pageNumber", &self.page_number)?;
        crate::runtime::push_query(&mut query, "pageSize", &self.page_size)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/backups",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "rds", "v1", path)
                .with_operation("describeBackups");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeBackupsResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeBackupsResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeBinlogs`, made by [`Client::describe_binlogs`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeBinlogs {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    end_time: ::std::option::Option<::std::string::String>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    start_time: ::std::option::Option<::std::string::String>,
}
impl DescribeBinlogs {
    /// `endTime`: Query the end time, with the format as: YYYY-MM-DD HH:mm:ss, the duration from the start time to the end time is no more than three days
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: The page displaying the data, which is 1 by default, with value range: \[-1,∞). When the pageNumber is -1, all data pages are returned; when it exceeds the total pages, the last page is displayed.
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: The data entries displayed on each page, which is 10 by default, with value range: 10, 20, 30, 50, 100
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `startTime`: Query the start time, with the format as: YYYY-MM-DD HH:mm:ss, the duration from the start time to the end time is no more than three days
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.end_time {
            crate::runtime::push_query(&mut query, "endTime", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.start_time {
            crate::runtime::push_query(&mut query, "startTime", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/binlogs",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "rds", "v1", path)
                .with_operation("describeBinlogs");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeBinlogsResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeBinlogsResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
    /// All `binlogs` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<Binlog, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.binlogs.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// Request builder of `describeDatabases`, made by [`Client::describe_databases`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeDatabases {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    db_name: ::std::option::Option<::std::string::String>,
}
impl DescribeDatabases {
    /// `dbName`: 数据库名。如果不指定数据库名，则返回所有数据库列表
    ///
    /// - **MySQL：不支持该字段**
    ///
    /// - **SQL Server：支持该字段**
    pub fn db_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.db_name = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.db_name {
            crate::runtime::push_query(&mut query, "dbName", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/databases",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "rds", "v1", path)
                .with_operation("describeDatabases");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeDatabasesResult>,
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
        crate::runtime::Response<DescribeDatabasesResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeErrorLogs`, made by [`Client::describe_error_logs`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeErrorLogs {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DescribeErrorLogs {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/errorLogs",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "rds", "v1", path)
                .with_operation("describeErrorLogs");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeErrorLogsResult>,
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
        crate::runtime::Response<DescribeErrorLogsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeImportFiles`, made by [`Client::describe_import_files`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeImportFiles {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DescribeImportFiles {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/importFiles",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "rds", "v1", path)
                .with_operation("describeImportFiles");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeImportFilesResult>,
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
        crate::runtime::Response<DescribeImportFilesResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeIndexPerformance`, made by [`Client::describe_index_performance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeIndexPerformance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    db: ::std::option::Option<::std::string::String>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    query_type: ::std::string::String,
}
impl DescribeIndexPerformance {
    /// `db`: 需要查询的数据库名，多个数据库名之间用英文逗号分隔，默认所有数据库
    pub fn db(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.db = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: 显示数据的页码，默认为1，取值范围：\[-1,1000)。pageNumber为-1时，返回所有数据页码；超过总页数时，显示最后一页。
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 每页显示的数据条数，默认为50，取值范围：\[1,100\]，只能为10的倍数，用于查询列表的接口
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.db {
            body.member("db", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            body.member("pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            body.member("pageSize", value)?;
        }
        body.member("queryType", &self.query_type)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/performance:describeIndexPerformance",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("describeIndexPerformance");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeIndexPerformanceResult>,
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
        crate::runtime::Response<DescribeIndexPerformanceResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeInstanceAttributes`, made by [`Client::describe_instance_attributes`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeInstanceAttributes {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DescribeInstanceAttributes {
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
            crate::runtime::Request::new(crate::runtime::Method::GET, "rds", "v1", path)
                .with_operation("describeInstanceAttributes");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeInstanceAttributesResult>,
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
        crate::runtime::Response<DescribeInstanceAttributesResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeInstances`, made by [`Client::describe_instances`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeInstances {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeInstances {
    /// `pageNumber`: 显示数据的页码，默认为1，取值范围：\[-1,∞)。pageNumber为-1时，返回所有数据页码；超过总页数时，显示最后一页;
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 每页显示的数据条数，默认为100，取值范围：\[10,100\]，用于查询列表的接口
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
            "/regions/{regionId}/instances",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "rds", "v1", path)
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
    /// All `dbInstances` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<DbInstance, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.db_instances.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// Request builder of `describeParameterGroups`, made by [`Client::describe_parameter_groups`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeParameterGroups {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeParameterGroups {
    /// `pageNumber`: Pages displaying data, which is 1 by default with value range: \[-1,∞).   When pageNumber is 1, return all data page numbers; when exceeding total pages, display the last page;
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: Data entries displayed on each page, which is 10 by default with the value range: \[10,100\] and a multiple of 10.
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
            "/regions/{regionId}/parameterGroups",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "rds", "v1", path)
                .with_operation("describeParameterGroups");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeParameterGroupsResult>,
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
        crate::runtime::Response<DescribeParameterGroupsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `parameterGroups` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<ParameterGroup, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.parameter_groups.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// Request builder of `describeQueryPerformance`, made by [`Client::describe_query_performance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeQueryPerformance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    query_type: ::std::string::String,
    threshold: ::std::option::Option<i32>,
}
impl DescribeQueryPerformance {
    /// `pageNumber`: 显示数据的页码，默认为1，取值范围：\[-1,1000\]。pageNumber为-1时，返回所有数据页码；超过总页数时，显示最后一页。
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 每页显示的数据条数，默认为50，取值范围：\[1,100\]，只能为10的倍数，用于查询列表的接口
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `threshold`: 只返回查询条件大于等于threshold的记录，默认为0
    pub fn threshold(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.threshold = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.page_number {
            body.member("pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            body.member("pageSize", value)?;
        }
        body.member("queryType", &self.query_type)?;
        if let ::std::option::Option::Some(value) = &self.threshold {
            body.member("threshold", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/performance:describeQueryPerformance",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("describeQueryPerformance");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeQueryPerformanceResult>,
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
        crate::runtime::Response<DescribeQueryPerformanceResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `queryPerformanceResult` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<
        Item = ::std::result::Result<QueryPerformanceResult, crate::runtime::Error>,
    > {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.query_performance_result.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// Request builder of `describeSlowLogs`, made by [`Client::describe_slow_logs`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeSlowLogs {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    db_name: ::std::option::Option<::std::string::String>,
    end_time: ::std::string::String,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    start_time: ::std::string::String,
}
impl DescribeSlowLogs {
    /// `dbName`: Which database is queries for slow log? If it is not filled, it represents that slow logs of all databases are returned
    pub fn db_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.db_name = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: The page displaying the data, which is 1 by default, with value range: \[-1,1000). When the pageNumber is -1, all data pages are returned; when it exceeds the total pages, the last page is displayed.
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: The data entries displayed on each page, which is 10 by default, with value range: 10, 20, 30, 50, 100
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
        let path_1 = self.instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.db_name {
            crate::runtime::push_query(&mut query, "dbName", value)?;
        }
        crate::runtime::push_query(&mut query, "endTime", &self.end_time)?;
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        crate::runtime::push_query(&mut query, "startTime", &self.start_time)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/performance:describeSlowLogs",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "rds", "v1", path)
                .with_operation("describeSlowLogs");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeSlowLogsResult>,
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
        crate::runtime::Response<DescribeSlowLogsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `slowLogs` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<SlowLogDigest, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.slow_logs.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// Request builder of `describeWhiteList`, made by [`Client::describe_white_list`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeWhiteList {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DescribeWhiteList {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/whiteList",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "rds", "v1", path)
                .with_operation("describeWhiteList");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeWhiteListResult>,
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
        crate::runtime::Response<DescribeWhiteListResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `disableInternetAccess`, made by [`Client::disable_internet_access`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DisableInternetAccess {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DisableInternetAccess {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:disableInternetAccess",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("disableInternetAccess");
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
/// Request builder of `enableInternetAccess`, made by [`Client::enable_internet_access`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct EnableInternetAccess {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl EnableInternetAccess {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:enableInternetAccess",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("enableInternetAccess");
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
/// Request builder of `enableSSL`, made by [`Client::enable_ssl`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct EnableSsl {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl EnableSsl {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/ssl:enableSSL",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("enableSSL");
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
/// Request builder of `failoverInstance`, made by [`Client::failover_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct FailoverInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl FailoverInstance {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:failoverInstance",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("failoverInstance");
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
/// Request builder of `getAuditDownloadURL`, made by [`Client::get_audit_download_url`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAuditDownloadUrl {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    file_name: ::std::string::String,
}
impl GetAuditDownloadUrl {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("fileName", &self.file_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/audit:getAuditDownloadURL",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("getAuditDownloadURL");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<GetAuditDownloadUrlResult>,
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
        crate::runtime::Response<GetAuditDownloadUrlResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `getAuditFiles`, made by [`Client::get_audit_files`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAuditFiles {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl GetAuditFiles {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/audit:getAuditFiles",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("getAuditFiles");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetAuditFilesResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetAuditFilesResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `getAuditOptions`, made by [`Client::get_audit_options`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAuditOptions {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    name: ::std::string::String,
}
impl GetAuditOptions {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("name", &self.name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/audit:getOptions",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("getAuditOptions");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetAuditOptionsResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetAuditOptionsResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `getBackupPolicy`, made by [`Client::get_backup_policy`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetBackupPolicy {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl GetBackupPolicy {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:getBackupPolicy",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("getBackupPolicy");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetBackupPolicyResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetBackupPolicyResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `getUploadKey`, made by [`Client::get_upload_key`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetUploadKey {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl GetUploadKey {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/importFiles:getUploadKey",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("getUploadKey");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetUploadKeyResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<GetUploadKeyResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `grantPrivilege`, made by [`Client::grant_privilege`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GrantPrivilege {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    account_name: ::std::string::String,
    account_privileges: ::std::vec::Vec<AccountPrivilege>,
}
impl GrantPrivilege {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.account_name.to_string();
        body.member("accountPrivileges", &self.account_privileges)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/accounts/{accountName}:grantPrivilege",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("accountName", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("grantPrivilege");
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
/// Request builder of `modifyAudit`, made by [`Client::modify_audit`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyAudit {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    add: ::std::option::Option<::std::string::String>,
    drop: ::std::option::Option<::std::string::String>,
}
impl ModifyAudit {
    /// `add`: 在原有审计项基础上，增加新的审计项，多个审计项之间用英文逗号，分号或空格分隔，例如DATABASE_OBJECT_ACCESS_GROUP,ACKUP_RESTORE_GROUP
    pub fn add(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.add = ::std::option::Option::Some(value.into());
        self
    }
    /// `drop`: 删除审计项，多个审计项之间用英文逗号，分号或空格分隔，例如DATABASE_OBJECT_ACCESS_GROUP,ACKUP_RESTORE_GROUP
    ///
    /// 如删除了所有审计项，则审计自动关闭
    pub fn drop(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.drop = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.add {
            body.member("add", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.drop {
            body.member("drop", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/audit:modifyAudit",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("modifyAudit");
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
/// Request builder of `modifyInstanceSpec`, made by [`Client::modify_instance_spec`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyInstanceSpec {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    new_instance_class: ::std::string::String,
    new_instance_storage_gb: i32,
}
impl ModifyInstanceSpec {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("newInstanceClass", &self.new_instance_class)?;
        body.member("newInstanceStorageGB", &self.new_instance_storage_gb)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:modifyInstanceSpec",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("modifyInstanceSpec");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<ModifyInstanceSpecResult>,
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
        crate::runtime::Response<ModifyInstanceSpecResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `modifyParameterGroupParameters`, made by [`Client::modify_parameter_group_parameters`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyParameterGroupParameters {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    parameter_group_id: ::std::string::String,
    parameters: ::std::vec::Vec<Parameter>,
}
impl ModifyParameterGroupParameters {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.parameter_group_id.to_string();
        body.member("parameters", &self.parameters)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/parameterGroups/{parameterGroupId}/parameters",
            &[
                ("regionId", path_0.as_str()),
                ("parameterGroupId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PUT, "rds", "v1", path)
                .with_operation("modifyParameterGroupParameters");
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
/// Request builder of `modifyWhiteList`, made by [`Client::modify_white_list`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyWhiteList {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    ips: ::std::string::String,
}
impl ModifyWhiteList {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("ips", &self.ips)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/whiteList",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PUT, "rds", "v1", path)
                .with_operation("modifyWhiteList");
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
/// Request builder of `rebootInstance`, made by [`Client::reboot_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RebootInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    reboot_master: ::std::option::Option<bool>,
    reboot_slave: ::std::option::Option<bool>,
}
impl RebootInstance {
    /// `rebootMaster`: 是否重启主节点。
    ///
    /// - 仅SQL Server 支持该参数
    pub fn reboot_master(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.reboot_master = ::std::option::Option::Some(value.into());
        self
    }
    /// `rebootSlave`: 是否重启备节点。
    ///
    /// - 仅SQL Server 支持该参数
    pub fn reboot_slave(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.reboot_slave = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.reboot_master {
            body.member("rebootMaster", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.reboot_slave {
            body.member("rebootSlave", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:rebootInstance",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("rebootInstance");
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
/// Request builder of `resetPassword`, made by [`Client::reset_password`]. Set optional parameters, then call `send`.
#[derive(Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ResetPassword {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    account_name: ::std::string::String,
    account_password: ::std::string::String,
}
impl ::std::fmt::Debug for ResetPassword {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResetPassword")
            .field("regionId", &self.region_id)
            .field("instanceId", &self.instance_id)
            .field("accountName", &self.account_name)
            .field("accountPassword", &"***")
            .finish_non_exhaustive()
    }
}
impl ResetPassword {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.account_name.to_string();
        body.member("accountPassword", &self.account_password)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/accounts/{accountName}:resetPassword",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("accountName", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("resetPassword");
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
/// Request builder of `restoreDatabaseFromBackup`, made by [`Client::restore_database_from_backup`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RestoreDatabaseFromBackup {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    db_name: ::std::string::String,
    backup_file_name: ::std::string::String,
    backup_id: ::std::string::String,
}
impl RestoreDatabaseFromBackup {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.db_name.to_string();
        body.member("backupFileName", &self.backup_file_name)?;
        body.member("backupId", &self.backup_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/databases/{dbName}:restoreDatabaseFromBackup",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("dbName", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("restoreDatabaseFromBackup");
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
/// Request builder of `restoreDatabaseFromFile`, made by [`Client::restore_database_from_file`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RestoreDatabaseFromFile {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    db_name: ::std::string::String,
    file_name: ::std::string::String,
    shared_file_gid: ::std::option::Option<::std::string::String>,
}
impl RestoreDatabaseFromFile {
    /// `sharedFileGid`: 共享文件的全局ID，可从上传文件查询接口describeImportFiles获取；如果该文件不是共享文件，则不用输入该参数
    pub fn shared_file_gid(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.shared_file_gid = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.db_name.to_string();
        body.member("fileName", &self.file_name)?;
        if let ::std::option::Option::Some(value) = &self.shared_file_gid {
            body.member("sharedFileGid", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/databases/{dbName}:restoreDatabaseFromFile",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("dbName", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("restoreDatabaseFromFile");
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
/// Request builder of `restoreDatabaseFromOSS`, made by [`Client::restore_database_from_oss`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RestoreDatabaseFromOss {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    db_name: ::std::string::String,
    oss_url: ::std::string::String,
}
impl RestoreDatabaseFromOss {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.db_name.to_string();
        body.member("ossURL", &self.oss_url)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/databases/{dbName}:restoreDatabaseFromOSS",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("dbName", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("restoreDatabaseFromOSS");
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
/// Request builder of `restoreInstance`, made by [`Client::restore_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RestoreInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    backup_id: ::std::option::Option<::std::string::String>,
}
impl RestoreInstance {
    /// `backupId`: 用于恢复的备份Id，仅限于本实例生成的备份
    pub fn backup_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.backup_id = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.backup_id {
            body.member("backupId", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:restoreInstance",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("restoreInstance");
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
/// Request builder of `revokePrivilege`, made by [`Client::revoke_privilege`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RevokePrivilege {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    account_name: ::std::string::String,
    db_names: ::std::vec::Vec<::std::string::String>,
}
impl RevokePrivilege {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.account_name.to_string();
        body.member("dbNames", &self.db_names)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/accounts/{accountName}:revokePrivilege",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("accountName", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("revokePrivilege");
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
/// Request builder of `setBackupPolicy`, made by [`Client::set_backup_policy`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetBackupPolicy {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    start_window: ::std::option::Option<::std::string::String>,
}
impl SetBackupPolicy {
    /// `startWindow`: 自动备份开始时间窗口,例如：00:00-01:00，表示0点到1点开始进行数据库自动备份，备份完成时间则跟实例大小有关，不一定在这个时间范围中
    ///
    /// SQL Server:范围00:00-23:59，时间范围差不得小于30分钟。
    ///
    /// MySQL,只能是以下取值:
    ///
    /// 00:00-01:00
    ///
    /// 01:00-02:00
    ///
    /// ......
    ///
    /// 23:00-24:00
    pub fn start_window(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_window = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        if let ::std::option::Option::Some(value) = &self.start_window {
            body.member("startWindow", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:setBackupPolicy",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("setBackupPolicy");
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
/// Request builder of `setImportFileShared`, made by [`Client::set_import_file_shared`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetImportFileShared {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    file_name: ::std::string::String,
    shared: ::std::string::String,
}
impl SetImportFileShared {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path_2 = self.file_name.to_string();
        body.member("shared", &self.shared)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/importFiles/{fileName}:setShared",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
                ("fileName", path_2.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("setImportFileShared");
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
/// Request builder of `setInstanceName`, made by [`Client::set_instance_name`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetInstanceName {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    instance_name: ::std::string::String,
}
impl SetInstanceName {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("instanceName", &self.instance_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:setInstanceName",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "rds", "v1", path)
                .with_operation("setInstanceName");
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
