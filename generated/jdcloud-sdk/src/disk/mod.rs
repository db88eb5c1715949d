//! Cloud Disk Service API (`disk`), `https://disk.jdcloud-api.com/v1`.
//!
//! The cloud disk service API contains the CDS APIs and Snapshot APIs. It can provide functions such as creating a cloud disk service in batches, deleting a cloud disk service, and making a could disk snapshot.
//!
//! Operations:
//!
//! - `createDisks` — -   Create one or more cloud disk services that are paid by configuration or by service time.
//!
//! - `createSnapshot` — -   Create a snapshot for the specified cloud disk, and the status of the newly generated snapshot is creating.
//!
//! - `deleteDisk` — -   delete a cloud disk service billing by configuration.
//!
//! - `deleteSnapshot` — -   删除单个云硬盘快照:快照状态必须为 available 或 error 状态。
//!
//! - `describeDisk` — 查询某一块云硬盘的信息详情
//!
//! - `describeDisks` — -   filters, between multiple filter conditions is logic AND, and multiple values inside each condition is logic OR
//!
//! - `describeSnapshot` — Query cloud disk snapshot information details
//!
//! - `describeSnapshots` — 查询云硬盘快照列表，filters多个过滤条件之间是逻辑与(AND)，每个条件内部的多个取值是逻辑或(OR)
//!
//! - `extendDisk` — -   Expansion of the cloud disk requires it in available status.
//!
//! - `modifyDiskAttribute` — Modify the name or description of the cloud disk service, specify either
//!
//! - `modifySnapshotAttribute` — Modify the name or description of the snapshot
//!
//! - `restoreDisk` — -   Data recovery operations can only be executed on the source hard disk, from which the snapshot was taken.
#![allow(
    clippy::large_enum_variant,
    clippy::module_inception,
    clippy::should_implement_trait
)]
pub mod models;
pub use self::models::*;
/// Client of the `disk` service.
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
    /// - Create one or more cloud disk services that are paid by configuration or by service time.
    ///
    /// - Disk type includes Premium Hdd Cloud Disk and SSD Cloud Disk.
    ///
    /// - The billing method defaults to paying by configuration.
    ///
    /// - After creation is completed, the cloud disk service is in available status.
    ///
    /// - The optional parameter snapshot ID is used to create a new disk.
    ///
    /// - When creating in batches, the name of the cloud disk service is: hard disk name -number, such as myDisk-1 and myDisk-2.
    ///
    /// - maxCount is the maximum effort, and it is not guaranteed that maxCount can be reached.
    ///
    /// `POST /v1/regions/{regionId}/disks`
    ///
    /// **中文**
    ///
    /// - 创建一块或多块按配置或者按使用时长付费的云硬盘。
    ///
    /// - 磁盘类型包括高效云盘和SSD云盘。
    ///
    /// - 计费方式默认为按配置付费。
    ///
    /// - 创建完成后，云硬盘状态为 available。
    ///
    /// - 可选参数快照 ID用于从快照创建新盘。
    ///
    /// - 批量创建时，云硬盘的命名为 硬盘名称-数字，例如 myDisk-1，myDisk-2。
    ///
    /// - maxCount为最大努力，不保证一定能达到maxCount。
    ///
    /// *Documented in* `specs/disk/en/jdcloudcom-en/createDisks.md` *line 1.*
    pub fn create_disks(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        disk_spec: impl ::std::convert::Into<DiskSpec>,
        max_count: impl ::std::convert::Into<i32>,
    ) -> CreateDisks {
        CreateDisks {
            config: self.config.clone(),
            region_id: region_id.into(),
            client_token: ::std::option::Option::None,
            disk_spec: disk_spec.into(),
            max_count: max_count.into(),
        }
    }
    /// - Create a snapshot for the specified cloud disk, and the status of the newly generated snapshot is creating.
    ///
    /// - The quota for single-user snapshots in the same region is 15.
    ///
    /// - To ensure data integrity, please stop writing to the cloud disk before creating a snapshot to ensure the integrity of snapshot data.
    ///
    /// - Before creating a snapshot, we suggest you detach the cloud disk and reattach the disk to the virtual machine after the snapshot is created.
    ///
    /// - The life cycle of manual snapshots is independent from the cloud disk. Please delete unnecessary snapshots in time.
    ///
    /// - The time demanded to create a snapshot depends on the capacity of the cloud disk. The larger the capacity is, the longer it will take.
    ///
    /// `POST /v1/regions/{regionId}/snapshots`
    ///
    /// **中文**
    ///
    /// - 为指定云硬盘创建快照,新生成的快照的状态为creating。
    ///
    /// - 同一地域下单用户快照的配额为15块。
    ///
    /// - 为保证数据完整性，请您在创建快照之前，停止对云硬盘进行写入操作，以保证快照数据的完整性。
    ///
    /// - 在执行创建快照前，建议您对云硬盘进行卸载操作，创建快照后再重新挂载到云主机上。
    ///
    /// - 手动快照的生命周期独立于云硬盘，请您及时删除不需要的快照。
    ///
    /// - 创建快照所需时间取决于云硬盘容量的大小，云硬盘容量越大耗时越长。
    ///
    /// *Documented in* `specs/disk/en/jdcloudcom-en/createSnapshot.md` *line 1.*
    pub fn create_snapshot(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        snapshot_spec: impl ::std::convert::Into<SnapshotSpec>,
    ) -> CreateSnapshot {
        CreateSnapshot {
            config: self.config.clone(),
            region_id: region_id.into(),
            snapshot_spec: snapshot_spec.into(),
            client_token: ::std::option::Option::None,
        }
    }
    /// - delete a cloud disk service billing by configuration. The disk types include the Premium Hdd Cloud Disk and the SSD Cloud Disk.
    ///
    /// - After the hard disk is deleted, the cloud disk snapshot can be retained.
    ///
    /// - When the disk is released, the state of the cloud disk is to-be-attached (Available).
    ///
    /// - If the disk of the specified ID does not exist, the request will be ignored.
    ///
    /// `DELETE /v1/regions/{regionId}/disks/{diskId}`
    ///
    /// **中文**
    ///
    /// - 删除一块按配置计费的云硬盘，磁盘类型包括高效云盘和SSD云盘。
    ///
    /// - 硬盘被删除后，云硬盘快照可以被保留。
    ///
    /// - 释放磁盘时，云盘的状态必须为 待挂载（Available）。
    ///
    /// - 如果指定 ID 的磁盘不存在，请求将被忽略。
    ///
    /// *Documented in* `specs/disk/en/jdcloudcom-en/deleteDisk.md` *line 1.*
    pub fn delete_disk(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        disk_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteDisk {
        DeleteDisk {
            config: self.config.clone(),
            region_id: region_id.into(),
            disk_id: disk_id.into(),
        }
    }
    /// - 删除单个云硬盘快照:快照状态必须为 available 或 error 状态。
    ///
    /// - 快照独立于云硬盘生命周期，删除快照不会对创建快照的云硬盘有任何影响。
    ///
    /// - 快照删除后不可恢复，请谨慎操作。
    ///
    /// `DELETE /v1/regions/{regionId}/snapshots/{snapshotId}`
    ///
    /// *Documented in* `specs/disk/zh/jdclouddocs-cn/deleteSnapshot.md` *line 1.*
    pub fn delete_snapshot(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        snapshot_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DeleteSnapshot {
        DeleteSnapshot {
            config: self.config.clone(),
            region_id: region_id.into(),
            snapshot_id: snapshot_id.into(),
        }
    }
    /// 查询某一块云硬盘的信息详情
    ///
    /// `GET /v1/regions/{regionId}/disks/{diskId}`
    ///
    /// *Documented in* `specs/disk/zh/jdclouddocs-cn/describeDisk.md` *line 1.*
    pub fn describe_disk(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        disk_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeDisk {
        DescribeDisk {
            config: self.config.clone(),
            region_id: region_id.into(),
            disk_id: disk_id.into(),
        }
    }
    /// - filters, between multiple filter conditions is logic AND, and multiple values inside each condition is logic OR
    ///
    /// `GET /v1/regions/{regionId}/disks`
    ///
    /// **中文**
    ///
    /// - filters多个过滤条件之间是逻辑与(AND)，每个条件内部的多个取值是逻辑或(OR)
    ///
    /// *Documented in* `specs/disk/zh/jdclouddocs-cn/describeDisks.md` *line 1.*
    pub fn describe_disks(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeDisks {
        DescribeDisks {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            tags: ::std::option::Option::None,
        }
    }
    /// Query cloud disk snapshot information details
    ///
    /// `GET /v1/regions/{regionId}/snapshots/{snapshotId}`
    ///
    /// **中文**
    ///
    /// 查询云硬盘快照信息详情
    ///
    /// *Documented in* `specs/disk/zh/jdclouddocs-cn/describeSnapshot.md` *line 1.*
    pub fn describe_snapshot(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        snapshot_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeSnapshot {
        DescribeSnapshot {
            config: self.config.clone(),
            region_id: region_id.into(),
            snapshot_id: snapshot_id.into(),
        }
    }
    /// 查询云硬盘快照列表，filters多个过滤条件之间是逻辑与(AND)，每个条件内部的多个取值是逻辑或(OR)
    ///
    /// `GET /v1/regions/{regionId}/snapshots`
    ///
    /// *Documented in* `specs/disk/zh/jdclouddocs-cn/describeSnapshots.md` *line 1.*
    pub fn describe_snapshots(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> DescribeSnapshots {
        DescribeSnapshots {
            config: self.config.clone(),
            region_id: region_id.into(),
            filters: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }
    /// - Expansion of the cloud disk requires it in available status.
    ///
    /// - Capacity expansion is not allowed while the disk is creating a snapshot.
    ///
    /// `POST /v1/regions/{regionId}/disks/{diskId}:extend`
    ///
    /// **中文**
    ///
    /// - 扩容云硬盘到指定大小，云硬盘状态必须为 available。
    ///
    /// - 当磁盘正在创建快照时，不允许扩容。
    ///
    /// *Documented in* `specs/disk/en/jdcloudcom-en/extendDisk.md` *line 1.*
    pub fn extend_disk(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        disk_id: impl ::std::convert::Into<::std::string::String>,
        disk_size_gb: impl ::std::convert::Into<i32>,
    ) -> ExtendDisk {
        ExtendDisk {
            config: self.config.clone(),
            region_id: region_id.into(),
            disk_id: disk_id.into(),
            disk_size_gb: disk_size_gb.into(),
        }
    }
    /// Modify the name or description of the cloud disk service, specify either
    ///
    /// `PATCH /v1/regions/{regionId}/disks/{diskId}`
    ///
    /// **中文**
    ///
    /// 修改云硬盘的名字或描述信息，名字或描述信息至少要指定一个。
    ///
    /// *Documented in* `specs/disk/en/jdcloudcom-en/modifyDiskAttribute.md` *line 1.*
    pub fn modify_disk_attribute(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        disk_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifyDiskAttribute {
        ModifyDiskAttribute {
            config: self.config.clone(),
            region_id: region_id.into(),
            disk_id: disk_id.into(),
            description: ::std::option::Option::None,
            name: ::std::option::Option::None,
        }
    }
    /// Modify the name or description of the snapshot
    ///
    /// `PATCH /v1/regions/{regionId}/snapshots/{snapshotId}`
    ///
    /// **中文**
    ///
    /// 修改快照的名字或描述信息
    ///
    /// *Documented in* `specs/disk/en/jdcloudcom-en/modifySnapshotAttribute.md` *line 1.*
    pub fn modify_snapshot_attribute(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        snapshot_id: impl ::std::convert::Into<::std::string::String>,
    ) -> ModifySnapshotAttribute {
        ModifySnapshotAttribute {
            config: self.config.clone(),
            region_id: region_id.into(),
            snapshot_id: snapshot_id.into(),
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
        }
    }
    /// - Data recovery operations can only be executed on the source hard disk, from which the snapshot was taken.
    ///
    /// - Snapshots can be used for data recovery operations only if the source hard disk is available.
    ///
    /// - After the cloud disk service is restored, the current data will be cleared. Please be cautious.
    ///
    /// `POST /v1/regions/{regionId}/disks/{diskId}:restore`
    ///
    /// **中文**
    ///
    /// - 仅可对制作快照的源硬盘进行数据恢复操作。
    ///
    /// - 仅源硬盘处于可用状态时才能使用快照进行数据恢复操作。
    ///
    /// - 云硬盘恢复后，当前数据将被清除，请您谨慎操作。
    ///
    /// *Documented in* `specs/disk/en/jdcloudcom-en/restoreDisk.md` *line 1.*
    pub fn restore_disk(
        &self,
        region_id: impl ::std::convert::Into<::std::string::String>,
        disk_id: impl ::std::convert::Into<::std::string::String>,
        snapshot_id: impl ::std::convert::Into<::std::string::String>,
    ) -> RestoreDisk {
        RestoreDisk {
            config: self.config.clone(),
            region_id: region_id.into(),
            disk_id: disk_id.into(),
            snapshot_id: snapshot_id.into(),
        }
    }
}
/// Request builder of `createDisks`, made by [`Client::create_disks`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateDisks {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    client_token: ::std::option::Option<::std::string::String>,
    disk_spec: DiskSpec,
    max_count: i32,
}
impl CreateDisks {
    /// `clientToken`: Idempotence check parameter
    ///
    /// When not set, a random token is generated, so that retries of this request are safe.
    ///
    /// **中文**
    ///
    /// 幂等性校验参数
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let client_token = self
            .client_token
            .clone()
            .unwrap_or_else(crate::runtime::new_client_token);
        body.member("clientToken", &client_token)?;
        body.member("diskSpec", &self.disk_spec)?;
        body.member("maxCount", &self.max_count)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/disks",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "disk", "v1", path)
                .with_operation("createDisks");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        request = request.with_idempotent(true);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateDisksResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateDisksResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createDisks` lists. Read one from a service error with [`CreateDisksErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateDisksErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 429.
    ///
    /// - Quota exceeded
    TooManyRequests = 429,
    /// Any other error.
    Other = 0,
}
impl CreateDisksErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            404u16 => Self::NotFound,
            429u16 => Self::TooManyRequests,
            _ => Self::Other,
        }
    }
}
/// Request builder of `createSnapshot`, made by [`Client::create_snapshot`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSnapshot {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    snapshot_spec: SnapshotSpec,
    client_token: ::std::option::Option<::std::string::String>,
}
impl CreateSnapshot {
    /// `clientToken`: Idempotence Check Parameter
    ///
    /// When not set, a random token is generated, so that retries of this request are safe.
    ///
    /// **中文**
    ///
    /// 幂等性校验参数
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        body.member("snapshotSpec", &self.snapshot_spec)?;
        let client_token = self
            .client_token
            .clone()
            .unwrap_or_else(crate::runtime::new_client_token);
        body.member("clientToken", &client_token)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/snapshots",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "disk", "v1", path)
                .with_operation("createSnapshot");
        request = request.with_json_body(body.finish());
        request = request.with_region(path_0);
        request = request.with_idempotent(true);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateSnapshotResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<CreateSnapshotResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `createSnapshot` lists. Read one from a service error with [`CreateSnapshotErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CreateSnapshotErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 429.
    ///
    /// - Quota exceeded
    TooManyRequests = 429,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// Any other error.
    Other = 0,
}
impl CreateSnapshotErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            429u16 => Self::TooManyRequests,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteDisk`, made by [`Client::delete_disk`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteDisk {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    disk_id: ::std::string::String,
}
impl DeleteDisk {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.disk_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/disks/{diskId}",
            &[("regionId", path_0.as_str()), ("diskId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "disk", "v1", path)
                .with_operation("deleteDisk");
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
/// The errors the documentation of `deleteDisk` lists. Read one from a service error with [`DeleteDiskErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteDiskErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DeleteDiskErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `deleteSnapshot`, made by [`Client::delete_snapshot`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteSnapshot {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    snapshot_id: ::std::string::String,
}
impl DeleteSnapshot {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.snapshot_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/snapshots/{snapshotId}",
            &[
                ("regionId", path_0.as_str()),
                ("snapshotId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::DELETE, "disk", "v1", path)
                .with_operation("deleteSnapshot");
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
/// The errors the documentation of `deleteSnapshot` lists. Read one from a service error with [`DeleteSnapshotErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeleteSnapshotErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DeleteSnapshotErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeDisk`, made by [`Client::describe_disk`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeDisk {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    disk_id: ::std::string::String,
}
impl DescribeDisk {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.disk_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/disks/{diskId}",
            &[("regionId", path_0.as_str()), ("diskId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "disk", "v1", path)
                .with_operation("describeDisk");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeDiskResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeDiskResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeDisk` lists. Read one from a service error with [`DescribeDiskErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeDiskErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeDiskErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeDisks`, made by [`Client::describe_disks`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeDisks {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
    tags: ::std::option::Option<::std::vec::Vec<TagFilter>>,
}
impl DescribeDisks {
    /// `filters`: diskId - cloud disk service ID, accurate match, support multiple
    ///
    /// diskType - type of cloud disk service, accurate match, support multiple, ssd or premium-hdd
    ///
    /// instanceId - ID of the machine, to which the cloud disk service is attached, accurate match, support multiple
    ///
    /// instanceType - Type of the machine, to which the cloud disk service is attached, accurate match, support multiple
    ///
    /// status - availability zone, accurate match, support multiple
    ///
    /// az - status of cloud disk service, accurate match, support multiple
    ///
    /// name - name of cloud disk service, fuzzy match, support single
    ///
    /// multiAttach - whether the cloud disk service is multi-point attached, accurate match, support single
    ///
    /// **中文**
    ///
    /// diskId - 云硬盘ID，精确匹配，支持多个
    ///
    /// diskType - 云硬盘类型，精确匹配，支持多个，取值为 ssd 或 premium-hdd
    ///
    /// instanceId - 云硬盘所挂载主机的ID，精确匹配，支持多个
    ///
    /// instanceType - 云硬盘所挂载主机的类型，精确匹配，支持多个
    ///
    /// status - 可用区，精确匹配，支持多个
    ///
    /// az - 云硬盘状态，精确匹配，支持多个
    ///
    /// name - 云硬盘名称，模糊匹配，支持单个
    ///
    /// multiAttach - 云硬盘是否多点挂载，精确匹配，支持单个
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: Page number, defaults is 1; value range: \[1, ∞)
    ///
    /// **中文**
    ///
    /// 页码, 默认为1, 取值范围：\[1,∞)
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: Page size, default is 20; value range: \[10,100\]
    ///
    /// **中文**
    ///
    /// 分页大小，默认为20，取值范围：\[10,100\]
    pub fn page_size(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
    /// `tags`: Tag filter condition
    ///
    /// **中文**
    ///
    /// Tag筛选条件
    pub fn tags(mut self, value: impl ::std::convert::Into<::std::vec::Vec<TagFilter>>) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
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
        if let ::std::option::Option::Some(value) = &self.tags {
            crate::runtime::push_query(&mut query, "tags", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/disks",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "disk", "v1", path)
                .with_operation("describeDisks");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeDisksResult>, crate::runtime::Error>
    {
        let config = self.config.clone();
        let request = self.into_request()?;
        crate::runtime::send(&config, request).await
    }
    /// [`send`](Self::send), blocking the current thread until it completes.
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        self,
    ) -> ::std::result::Result<crate::runtime::Response<DescribeDisksResult>, crate::runtime::Error>
    {
        crate::runtime::block_on(self.send())
    }
    /// All `disks` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<Disk, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.disks.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeDisks` lists. Read one from a service error with [`DescribeDisksErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeDisksErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// Any other error.
    Other = 0,
}
impl DescribeDisksErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            500u16 => Self::InternalServerError,
            401u16 => Self::Unauthorized,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeSnapshot`, made by [`Client::describe_snapshot`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeSnapshot {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    snapshot_id: ::std::string::String,
}
impl DescribeSnapshot {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let path_0 = self.region_id.to_string();
        let path_1 = self.snapshot_id.to_string();
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/snapshots/{snapshotId}",
            &[
                ("regionId", path_0.as_str()),
                ("snapshotId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "disk", "v1", path)
                .with_operation("describeSnapshot");
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeSnapshotResult>,
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
        crate::runtime::Response<DescribeSnapshotResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
}
/// The errors the documentation of `describeSnapshot` lists. Read one from a service error with [`DescribeSnapshotErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeSnapshotErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl DescribeSnapshotErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `describeSnapshots`, made by [`Client::describe_snapshots`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DescribeSnapshots {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    filters: ::std::option::Option<::std::vec::Vec<Filter>>,
    page_number: ::std::option::Option<i32>,
    page_size: ::std::option::Option<i32>,
}
impl DescribeSnapshots {
    /// `filters`: snapshotId - 云硬盘快照ID，支持多个
    ///
    /// diskId - 生成快照的云硬盘ID，支持多个
    ///
    /// status - 快照状态，精确匹配，支持多个,取值为 creating、available、in-use、deleting、error_create、error_delete
    ///
    /// name - 快照名称，模糊匹配，支持单个
    pub fn filters(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Filter>>) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageNumber`: 页码, 默认为1, 取值范围：\[1,∞)
    pub fn page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// `pageSize`: 分页大小，默认为20，取值范围：\[10,100\]
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
            "/regions/{regionId}/snapshots",
            &[("regionId", path_0.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::GET, "disk", "v1", path)
                .with_operation("describeSnapshots");
        request = request.with_query(query);
        request = request.with_region(path_0);
        ::std::result::Result::Ok(request)
    }
    /// Sends the request, retrying where that is safe, and reads the result.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        crate::runtime::Response<DescribeSnapshotsResult>,
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
        crate::runtime::Response<DescribeSnapshotsResult>,
        crate::runtime::Error,
    > {
        crate::runtime::block_on(self.send())
    }
    /// All `snapshots` across pages, fetching page after page (`pageNumber` 1, 2, …) as the stream is read.
    pub fn items(
        self,
    ) -> impl crate::runtime::Stream<Item = ::std::result::Result<Snapshot, crate::runtime::Error>>
    {
        crate::runtime::paginate(move |page: u32| {
            let mut request = self.clone();
            request.page_number =
                ::std::option::Option::Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let result = request.send().await?.result;
                ::std::result::Result::Ok((
                    result.snapshots.unwrap_or_default(),
                    result.total_count.map(|t| t as i64),
                ))
            }
        })
    }
}
/// The errors the documentation of `describeSnapshots` lists. Read one from a service error with [`DescribeSnapshotsErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DescribeSnapshotsErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// Any other error.
    Other = 0,
}
impl DescribeSnapshotsErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            500u16 => Self::InternalServerError,
            401u16 => Self::Unauthorized,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `extendDisk`, made by [`Client::extend_disk`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExtendDisk {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    disk_id: ::std::string::String,
    disk_size_gb: i32,
}
impl ExtendDisk {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.disk_id.to_string();
        body.member("diskSizeGB", &self.disk_size_gb)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/disks/{diskId}:extend",
            &[("regionId", path_0.as_str()), ("diskId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "disk", "v1", path)
                .with_operation("extendDisk");
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
/// The errors the documentation of `extendDisk` lists. Read one from a service error with [`ExtendDiskErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExtendDiskErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ExtendDiskErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifyDiskAttribute`, made by [`Client::modify_disk_attribute`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifyDiskAttribute {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    disk_id: ::std::string::String,
    description: ::std::option::Option<::std::string::String>,
    name: ::std::option::Option<::std::string::String>,
}
impl ModifyDiskAttribute {
    /// `description`: Description of the cloud disk service. It allows you to enter all characters under UTF-8 encoding, but no more than 256 characters.
    ///
    /// **中文**
    ///
    /// 云硬盘描述，允许输入UTF-8编码下的全部字符，不超过256字符。
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// `name`: Name of the cloud disk service. Only Chinese, numbers, uppercase and lowercase letters, English underline '_' and line-through '-' are allowed. It is not allowed to be blank and shall not exceed 32 characters.
    ///
    /// **中文**
    ///
    /// 云硬盘名称，只允许输入中文、数字、大小写字母、英文下划线“_”及中划线“-”，不允许为空且不超过32字符。
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.disk_id.to_string();
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.name {
            body.member("name", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/disks/{diskId}",
            &[("regionId", path_0.as_str()), ("diskId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "disk", "v1", path)
                .with_operation("modifyDiskAttribute");
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
/// The errors the documentation of `modifyDiskAttribute` lists. Read one from a service error with [`ModifyDiskAttributeErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyDiskAttributeErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl ModifyDiskAttributeErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
/// Request builder of `modifySnapshotAttribute`, made by [`Client::modify_snapshot_attribute`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ModifySnapshotAttribute {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    snapshot_id: ::std::string::String,
    name: ::std::option::Option<::std::string::String>,
    description: ::std::option::Option<::std::string::String>,
}
impl ModifySnapshotAttribute {
    /// `name`: Snapshot Name
    ///
    /// **中文**
    ///
    /// 快照名称
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// `description`: Snapshot Description. Name or description must be specified
    ///
    /// **中文**
    ///
    /// 快照描述，name和description必须要指定一个
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.snapshot_id.to_string();
        if let ::std::option::Option::Some(value) = &self.name {
            body.member("name", value)?;
        }
        if let ::std::option::Option::Some(value) = &self.description {
            body.member("description", value)?;
        }
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/snapshots/{snapshotId}",
            &[
                ("regionId", path_0.as_str()),
                ("snapshotId", path_1.as_str()),
            ],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::PATCH, "disk", "v1", path)
                .with_operation("modifySnapshotAttribute");
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
/// The errors the documentation of `modifySnapshotAttribute` lists. Read one from a service error with [`ModifySnapshotAttributeErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifySnapshotAttributeErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// Any other error.
    Other = 0,
}
impl ModifySnapshotAttributeErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            500u16 => Self::InternalServerError,
            503u16 => Self::ServiceUnavailable,
            _ => Self::Other,
        }
    }
}
/// Request builder of `restoreDisk`, made by [`Client::restore_disk`]. Set optional parameters, then call `send`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct RestoreDisk {
    config: crate::runtime::Config,
    region_id: ::std::string::String,
    disk_id: ::std::string::String,
    snapshot_id: ::std::string::String,
}
impl RestoreDisk {
    /// The HTTP request this builder describes, without sending it.
    pub fn into_request(
        self,
    ) -> ::std::result::Result<crate::runtime::Request, crate::runtime::Error> {
        let mut body = crate::runtime::JsonObject::new();
        let path_0 = self.region_id.to_string();
        let path_1 = self.disk_id.to_string();
        body.member("snapshotId", &self.snapshot_id)?;
        let path = crate::runtime::fill_path(
            "/regions/{regionId}/disks/{diskId}:restore",
            &[("regionId", path_0.as_str()), ("diskId", path_1.as_str())],
        )?;
        let mut request =
            crate::runtime::Request::new(crate::runtime::Method::POST, "disk", "v1", path)
                .with_operation("restoreDisk");
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
/// The errors the documentation of `restoreDisk` lists. Read one from a service error with [`RestoreDiskErrorKind::of`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RestoreDiskErrorKind {
    /// HTTP 400.
    ///
    /// - Invalid parameter
    BadRequest = 400,
    /// HTTP 401.
    ///
    /// - Authentication failed
    Unauthorized = 401,
    /// HTTP 404.
    ///
    /// - Not found
    NotFound = 404,
    /// HTTP 503.
    ///
    /// - Service unavailable
    ServiceUnavailable = 503,
    /// HTTP 500.
    ///
    /// - Internal server error
    InternalServerError = 500,
    /// Any other error.
    Other = 0,
}
impl RestoreDiskErrorKind {
    /// The documented error a service error is, by its JD status, else its HTTP status.
    pub fn of(error: &crate::runtime::ServiceError) -> Self {
        #[allow(clippy::match_single_binding)]
        match error.status.as_deref() {
            _ => {}
        }
        #[allow(clippy::match_single_binding)]
        match error.http_status {
            400u16 => Self::BadRequest,
            401u16 => Self::Unauthorized,
            404u16 => Self::NotFound,
            503u16 => Self::ServiceUnavailable,
            500u16 => Self::InternalServerError,
            _ => Self::Other,
        }
    }
}
