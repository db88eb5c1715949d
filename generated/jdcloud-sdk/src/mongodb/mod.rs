//! 京东云数据库MongoDB接口 (`mongodb`), `https://mongodb.jdcloud-api.com/v1`.
//!
//! 数据库MongoDB相关接口
//!
//! Operations:
//!
//! - `backupDownloadURL` — 获取备份下载链接
//!
//! - `createBackup` — 创建备份
//!
//! - `createInstance` — 创建实例
//!
//! - `deleteBackup` — 删除备份
//!
//! - `deleteInstance` — 删除实例
//!
//! - `describeAvailableZones` — 获取可用区
//!
//! - `describeBackupPolicy` — 获取备份策略
//!
//! - `describeBackups` — 查看备份
//!
//! - `describeFlavors` — 获取规格
//!
//! - `describeInstances` — 查询实例信息
//!
//! - `describeSecurityIps` — 查询实例访问白名单
//!
//! - `modifyBackupPolicy` — 修改备份策略
//!
//! - `modifyInstanceName` — 修改实例名称
//!
//! - `modifyInstanceSpec` — 变更实例规格
//!
//! - `modifySecurityIps` — 修改实例访问白名单
//!
//! - `resetPassword` — 重置密码
//!
//! - `restoreInstance` — 数据恢复
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `mongodb` service.
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
    /// 获取备份下载链接
    ///
    /// `GET /v1/regions/{regionId}/backups/{backupId}/downloadURL`
    ///
    /// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/backupDownloadURL.md` *line 1.*
    pub fn backup_download_url(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        backup_id: impl ::std::convert::Into<::std::string::String>,
    ) -> BackupDownloadUrl2 {
        BackupDownloadUrl2 {
            config: self.config.clone(),
            region_id: region_id.into(),
            backup_id: backup_id.into(),
        }
    }
    /// 创建备份
    ///
    /// `POST /v1/regions/{regionId}/backups`
    ///
    /// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/createBackup.md` *line 1.*
    pub fn create_backup(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> CreateBackup {
        CreateBackup {
            config: self.config.clone(),
            region_id: region_id.into(),
            backup_name: ::std::option::Option::None,
            instance_id: instance_id.into(),
        }
    }
    /// 创建实例
    ///
    /// `POST /v1/regions/{regionId}/instances`
    ///
    /// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/createInstance.md` *line 1.*
    pub fn create_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_spec: impl ::std::convert::Into<DbInstanceSpec>,
    ) -> CreateInstance {
        CreateInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            charge_spec: ::std::option::Option::None,
            instance_spec: instance_spec.into(),
        }
    }
    /// 删除备份
    ///
    /// `DELETE /v1/regions/{regionId}/backups/{backupId}`
    ///
    /// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/deleteBackup.md` *line 1.*
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
    /// 删除实例
    ///
    /// `DELETE /v1/regions/{regionId}/instances/{instanceId}`
    ///
    /// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/deleteInstance.md` *line 1.*
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
    /// 获取可用区
    ///
    /// `GET /v1/regions/{regionId}/availableZones`
    ///
    /// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/describeAvailableZones.md` *line 1.*
    pub fn describe_available_zones(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeAvailableZones {
        DescribeAvailableZones {
            config: self.config.clone(),
            region_id: region_id.into(),
        }
    }
    /// 获取备份策略
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}/backupPolicy`
    ///
    /// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/describeBackupPolicy.md` *line 1.*
    pub fn describe_backup_policy(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeBackupPolicy {
        DescribeBackupPolicy {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 查看备份
    ///
    /// `GET /v1/regions/{regionId}/backups`
    ///
    /// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/describeBackups.md` *line 1.*
    pub fn describe_backups(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeBackups {
        DescribeBackups {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// 获取规格
    ///
    /// `GET /v1/regions/{regionId}/flavors`
    ///
    /// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/describeFlavors.md` *line 1.*
    pub fn describe_flavors(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeFlavors {
        DescribeFlavors {
            config: self.config.clone(),
            region_id: region_id.into(),
        }
    }
    /// 查询实例信息
    ///
    /// `GET /v1/regions/{regionId}/instances`
    ///
    /// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/describeInstances.md` *line 1.*
    pub fn describe_instances(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeInstances {
        DescribeInstances {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            sorts: ::std::option::Option::None,
        }
    }
    /// 查询实例访问白名单
    ///
    /// `GET /v1/regions/{regionId}/instances/{instanceId}/securityIps`
    ///
    /// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/describeSecurityIps.md` *line 1.*
    pub fn describe_security_ips(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeSecurityIps {
        DescribeSecurityIps {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
    /// 修改备份策略
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/backupPolicy`
    ///
    /// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/modifyBackupPolicy.md` *line 1.*
    pub fn modify_backup_policy(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        preferred_backup_time: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyBackupPolicy {
        ModifyBackupPolicy {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            preferred_backup_time: preferred_backup_time.into(),
        }
    }
    /// 修改实例名称
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:modifyInstanceName`
    ///
    /// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/modifyInstanceName.md` *line 1.*
    pub fn modify_instance_name(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        instance_name: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyInstanceName {
        ModifyInstanceName {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            instance_name: instance_name.into(),
        }
    }
    /// 变更实例规格
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:modifyInstanceSpec`
    ///
    /// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/modifyInstanceSpec.md` *line 1.*
    pub fn modify_instance_spec(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        instance_class: impl ::std::convert::Into<::std::string::String>,
        instance_storage_gb: impl ::std::convert::Into<i32>,
    ) -> ModifyInstanceSpec {
        ModifyInstanceSpec {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            instance_class: instance_class.into(),
            instance_storage_gb: instance_storage_gb.into(),
        }
    }
    /// 修改实例访问白名单
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/securityIps`
    ///
    /// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/modifySecurityIps.md` *line 1.*
    pub fn modify_security_ips(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        modify_mode: impl ::std::convert::Into<::std::string::String>,
        security_ips: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifySecurityIps {
        ModifySecurityIps {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            modify_mode: modify_mode.into(),
            security_ips: security_ips.into(),
        }
    }
    /// 重置密码
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}:resetPassword`
    ///
    /// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/resetPassword.md` *line 1.*
    pub fn reset_password(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        account_password: impl ::std::convert::Into<::std::string::String>,
    ) -> ResetPassword {
        ResetPassword {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            account_password: account_password.into(),
        }
    }
    /// 数据恢复
    ///
    /// `POST /v1/regions/{regionId}/instances/{instanceId}/restoreInstance`
    ///
    /// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/restoreInstance.md` *line 1.*
    pub fn restore_instance(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        backup_id: impl ::std::convert::Into<::std::string::String>,
    ) -> RestoreInstance {
        RestoreInstance {
            config: self.config.clone(),
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            backup_id: backup_id.into(),
        }
    }
}
/// Request builder of `backupDownloadURL`, made by [`Client::backup_download_url`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct BackupDownloadUrl2 {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    backup_id: ::std::string::String,
}
impl BackupDownloadUrl2 {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.backup_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/backups/{backupId}/downloadURL",
            &[("regionId", path_0.as_str()), ("backupId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "mongodb", "v1", path)
                .with_operation("backupDownloadURL");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<BackupDownloadUrlResult>,
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
        crate::runtime::Response<BackupDownloadUrlResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `createBackup`, made by [`Client::create_backup`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateBackup {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    backup_name: ::std::option::Option<::std::string::String>,
    instance_id: ::std::string::String,
}
impl CreateBackup {
    /// `backupName`: 备份名称
    pub fn backup_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.backup_name = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.backup_name {
            body.member("backupName", value)?;
        }
        body.member("instanceId", &self.instance_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/backups",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "mongodb", "v1", path)
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
/// Request builder of `createInstance`, made by [`Client::create_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    charge_spec: ::std::option::Option<ChargeSpec>,
    instance_spec: DbInstanceSpec,
}
impl CreateInstance {
    /// `chargeSpec`: 付费方式
    pub fn charge_spec(mut self, value: impl ::std::convert::Into<ChargeSpec>) -> Self {
        self.charge_spec = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.charge_spec {
            body.member("chargeSpec", value)?;
        }
        body.member("instanceSpec", &self.instance_spec)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "mongodb", "v1", path)
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
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "mongodb", "v1", path)
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
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "mongodb", "v1", path)
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
/// Request builder of `describeAvailableZones`, made by [`Client::describe_available_zones`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeAvailableZones {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
}
impl DescribeAvailableZones {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/availableZones",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "mongodb", "v1", path)
                .with_operation("describeAvailableZones");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeAvailableZonesResult>,
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
        crate::runtime::Response<DescribeAvailableZonesResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeBackupPolicy`, made by [`Client::describe_backup_policy`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeBackupPolicy {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DescribeBackupPolicy {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/backupPolicy",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "mongodb", "v1", path)
                .with_operation("describeBackupPolicy");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeBackupPolicyResult>,
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
        crate::runtime::Response<DescribeBackupPolicyResult>,
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
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeBackups {
    /// `filters`: instanceId - 实例ID, 精确匹配
    ///
    /// backupId - 备份ID, 精确匹配
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: 页码；默认为1，取值范围：\[1,∞)
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小；默认为10；取值范围\[1, 100\]
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
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/backups",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "mongodb", "v1", path)
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
    /// All `backups` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<Backup, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.backups.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// Request builder of `describeFlavors`, made by [`Client::describe_flavors`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeFlavors {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
}
impl DescribeFlavors {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/flavors",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "mongodb", "v1", path)
                .with_operation("describeFlavors");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeFlavorsResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeFlavorsResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `describeInstances`, made by [`Client::describe_instances`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeInstances {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    sorts: ::std::option::Option<::std::vec::Vec<Sort>>,
}
impl DescribeInstances {
    /// `filters`: instanceId - 实例ID, 精确匹配
    ///
    /// instanceName - 实例名称, 模糊匹配
    ///
    /// instanceStatus - mongodb状态，精确匹配，支持多个.RUNNING：运行, ERROR：错误 ,BUILDING：创建中, DELETING：删除中, RESTORING：恢复中, RESIZING：变配中
    ///
    /// chargeMode - 计费类型，精确匹配
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: 页码；默认为1，取值范围：\[1,∞)
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小；默认为10；取值范围\[1, 100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `sorts`: createTime - 创建时间,asc（正序），desc（倒序）
    pub fn sorts(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Sort>>) -> Self {
        self.sorts = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut query = ::std::vec::Vec::new();
        let path_0 = self.region_id.to_string();
        if let ::std::option::Option::Some(value) = &self.filters {
            crate::runtime::push_query(&mut query, "filters", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_number {
            crate::runtime::push_query(&mut query, "pageNumber", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.page_size {
            crate::runtime::push_query(&mut query, "pageSize", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.sorts {
            crate::runtime::push_query(&mut query, "sorts", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "mongodb", "v1", path)
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
/// Request builder of `describeSecurityIps`, made by [`Client::describe_security_ips`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeSecurityIps {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
}
impl DescribeSecurityIps {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/securityIps",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "mongodb", "v1", path)
                .with_operation("describeSecurityIps");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeSecurityIpsResult>,
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
        crate::runtime::Response<DescribeSecurityIpsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `modifyBackupPolicy`, made by [`Client::modify_backup_policy`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyBackupPolicy {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    preferred_backup_time: ::std::string::String,
}
impl ModifyBackupPolicy {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("preferredBackupTime", &self.preferred_backup_time)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/backupPolicy",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "mongodb", "v1", path)
                .with_operation("modifyBackupPolicy");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<ModifyBackupPolicyResult>,
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
        crate::runtime::Response<ModifyBackupPolicyResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// Request builder of `modifyInstanceName`, made by [`Client::modify_instance_name`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyInstanceName {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    instance_name: ::std::string::String,
}
impl ModifyInstanceName {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("instanceName", &self.instance_name)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:modifyInstanceName",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "mongodb", "v1", path)
                .with_operation("modifyInstanceName");
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
    instance_class: ::std::string::String,
    instance_storage_gb: i32,
}
impl ModifyInstanceSpec {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("instanceClass", &self.instance_class)?;
        body.member("instanceStorageGB", &self.instance_storage_gb)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:modifyInstanceSpec",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "mongodb", "v1", path)
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
/// Request builder of `modifySecurityIps`, made by [`Client::modify_security_ips`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifySecurityIps {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    modify_mode: ::std::string::String,
    security_ips: ::std::string::String,
}
impl ModifySecurityIps {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("modifyMode", &self.modify_mode)?;
        body.member("securityIps", &self.security_ips)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/securityIps",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "mongodb", "v1", path)
                .with_operation("modifySecurityIps");
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
    account_password: ::std::string::String,
}
impl ::std::fmt::Debug for ResetPassword {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResetPassword")
            .field("regionId", &self.region_id)
            .field("instanceId", &self.instance_id)
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
        body.member("accountPassword", &self.account_password)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}:resetPassword",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "mongodb", "v1", path)
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
/// Request builder of `restoreInstance`, made by [`Client::restore_instance`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RestoreInstance {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    instance_id: ::std::string::String,
    backup_id: ::std::string::String,
}
impl RestoreInstance {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.instance_id.to_string();
        body.member("backupId", &self.backup_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/instances/{instanceId}/restoreInstance",
            &[
                ("regionId", path_0.as_str()),
                ("instanceId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "mongodb", "v1", path)
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
