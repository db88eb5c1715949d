//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `Charge`
///
/// *Documented in* `specs/disk/zh/jdclouddocs-cn/describeDisks.md` *line 74.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Charge {
    /// Expiration time, i.e. the expiration time of Pay-In-Advance resource, which shall be subject to ISO8601, with the UTC time used in the format of YYYY-MM-DDTHH:mm:ssZ. Pay-As-You-Go resource field is blank.
    ///
    /// **中文**
    ///
    /// 过期时间，预付费资源的到期时间，遵循ISO8601标准，使用UTC时间，格式为：YYYY-MM-DDTHH:mm:ssZ，后付费资源此字段内容为空
    #[serde(
        rename = "chargeExpiredTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_expired_time: ::std::option::Option<::std::string::String>,
    /// Payment model, the value shall be prepaid_by_duration, postpaid_by_usage or postpaid_by_duration; prepaid_by_duration refers to Pay-In-Advance; postpaid_by_usage refers to Pay By Consumption and Pay-As-You-Go; postpaid_by_duration refers to Pay By Configuration and Pay-As-You-Go, and is postpaid_by_duration by default
    ///
    /// **中文**
    ///
    /// 支付模式，取值为：prepaid_by_duration，postpaid_by_usage或postpaid_by_duration，prepaid_by_duration表示预付费，postpaid_by_usage表示按用量后付费，postpaid_by_duration表示按配置后付费，默认为postpaid_by_duration
    #[serde(
        rename = "chargeMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_mode: ::std::option::Option<ChargeChargeMode>,
    /// The expected release time refers to the expected release time of resources. This value is both available for the Pay-In-Advance/Pay-As-You-Go resources, conforming to the ISO8601 standard, with the UTC time used in the format of YYYY-MM-DDTHH:mm:ssZ
    ///
    /// **中文**
    ///
    /// 预期释放时间，资源的预期释放时间，预付费/后付费资源均有此值，遵循ISO8601标准，使用UTC时间，格式为：YYYY-MM-DDTHH:mm:ssZ
    #[serde(
        rename = "chargeRetireTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_retire_time: ::std::option::Option<::std::string::String>,
    /// The start time of the billing shall be subject to ISO8601, with the UTC time used in the format of YYYY-MM-DDTHH:mm:ssZ
    ///
    /// **中文**
    ///
    /// 计费开始时间，遵循ISO8601标准，使用UTC时间，格式为：YYYY-MM-DDTHH:mm:ssZ
    #[serde(
        rename = "chargeStartTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_start_time: ::std::option::Option<::std::string::String>,
    /// Cost payment status, the value is respectively normal, overdue and arrear.
    ///
    /// **中文**
    ///
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
/// *Documented in* `specs/disk/en/jdcloudcom-en/createDisks.md` *line 42.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ChargeSpec {
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
}
impl ChargeSpec {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `chargeDuration`.
    pub fn with_charge_duration(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.charge_duration = ::std::option::Option::Some(value.into());
        self
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
}
/// `CreateDisksResult`
///
/// *Documented in* `specs/disk/en/jdcloudcom-en/createDisks.md` *line 56.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateDisksResult {
    /// List of cloud disk service IDs created
    ///
    /// **中文**
    ///
    /// 创建的云硬盘ID列表
    #[serde(
        rename = "diskIds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl CreateDisksResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `diskIds`.
    pub fn with_disk_ids(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.disk_ids = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateSnapshotResult`
///
/// *Documented in* `specs/disk/en/jdcloudcom-en/createSnapshot.md` *line 42.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSnapshotResult {
    /// ID of the Created Snapshot
    ///
    /// **中文**
    ///
    /// 创建的快照ID
    #[serde(
        rename = "snapshotId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
}
impl CreateSnapshotResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `snapshotId`.
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeDiskResult`
///
/// *Documented in* `specs/disk/zh/jdclouddocs-cn/describeDisk.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeDiskResult {
    /// `disk`
    #[serde(
        rename = "disk",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk: ::std::option::Option<Disk>,
}
impl DescribeDiskResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `disk`.
    pub fn with_disk(mut self, value: impl ::std::convert::Into<Disk>) -> Self {
        self.disk = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeDisksResult`
///
/// *Documented in* `specs/disk/zh/jdclouddocs-cn/describeDisks.md` *line 44.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeDisksResult {
    /// List of cloud disk service information details queried
    ///
    /// **中文**
    ///
    /// 查询的云硬盘信息详情列表
    #[serde(
        rename = "disks",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disks: ::std::option::Option<::std::vec::Vec<Disk>>,
    /// Number of cloud disk services queried
    ///
    /// **中文**
    ///
    /// 查询的云硬盘数目
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeDisksResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `disks`.
    pub fn with_disks(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Disk>>) -> Self {
        self.disks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeSnapshotResult`
///
/// *Documented in* `specs/disk/zh/jdclouddocs-cn/describeSnapshot.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSnapshotResult {
    /// `snapshot`
    #[serde(
        rename = "snapshot",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot: ::std::option::Option<Snapshot>,
}
impl DescribeSnapshotResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `snapshot`.
    pub fn with_snapshot(mut self, value: impl ::std::convert::Into<Snapshot>) -> Self {
        self.snapshot = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeSnapshotsResult`
///
/// *Documented in* `specs/disk/zh/jdclouddocs-cn/describeSnapshots.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSnapshotsResult {
    /// 查询的快照信息详情列表
    #[serde(
        rename = "snapshots",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshots: ::std::option::Option<::std::vec::Vec<Snapshot>>,
    /// 查询的快照数目
    #[serde(
        rename = "totalCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i32>,
}
impl DescribeSnapshotsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `snapshots`.
    pub fn with_snapshots(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Snapshot>>,
    ) -> Self {
        self.snapshots = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Disk`
///
/// *Documented in* `specs/disk/zh/jdclouddocs-cn/describeDisks.md` *line 49.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Disk {
    /// Attach Information
    ///
    /// **中文**
    ///
    /// 挂载信息
    #[serde(
        rename = "attachments",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attachments: ::std::option::Option<::std::vec::Vec<DiskAttachment>>,
    /// AZ, to which the cloud disk service belongs
    ///
    /// **中文**
    ///
    /// 云硬盘所属AZ
    #[serde(
        rename = "az",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az: ::std::option::Option<::std::string::String>,
    /// Configuration information for cloud disk service billing
    ///
    /// **中文**
    ///
    /// 云硬盘计费配置信息
    #[serde(
        rename = "charge",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge: ::std::option::Option<Charge>,
    /// Cloud disk service creating time
    ///
    /// **中文**
    ///
    /// 创建云硬盘时间
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// Description of the cloud disk service. It allows you to enter all characters under UTF-8 encoding, but no more than 256 characters.
    ///
    /// **中文**
    ///
    /// 云硬盘描述，允许输入UTF-8编码下的全部字符，不超过256字符。
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Cloud Disk Service ID
    ///
    /// **中文**
    ///
    /// 云硬盘ID
    #[serde(
        rename = "diskId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
    /// Disk size, in GiB
    ///
    /// **中文**
    ///
    /// 磁盘大小，单位为 GiB
    #[serde(
        rename = "diskSizeGB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_size_gb: ::std::option::Option<i32>,
    /// Disk type, ssd or premium-hdd
    ///
    /// **中文**
    ///
    /// 磁盘类型，取值为 ssd 或 premium-hdd
    #[serde(
        rename = "diskType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_type: ::std::option::Option<DiskDiskType>,
    /// Does the cloud disk support multiple attachments?
    ///
    /// **中文**
    ///
    /// 云盘是否支持多挂载
    #[serde(
        rename = "multiAttachable",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub multi_attachable: ::std::option::Option<bool>,
    /// Name of the cloud disk service. Only Chinese, numbers, uppercase and lowercase letters, English underline "_" and line-through "-" are allowed. It is not allowed to be blank and shall not exceed 32 characters.
    ///
    /// **中文**
    ///
    /// 云硬盘名称，只允许输入中文、数字、大小写字母、英文下划线“_”及中划线“-”，不允许为空且不超过32字符。
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// Snapshot ID used to create the cloud disk service
    ///
    /// **中文**
    ///
    /// 创建该云硬盘的快照ID
    #[serde(
        rename = "snapshotId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// Status of the cloud disk service, creating, available, in-use, extending, restoring, deleting, deleted, error_create, error_delete, error_restore or error_extend
    ///
    /// **中文**
    ///
    /// 云硬盘状态，取值为 creating、available、in-use、extending、restoring、deleting、deleted、error_create、error_delete、error_restore、error_extend 之一
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<DiskStatus>,
    /// Tag information
    ///
    /// **中文**
    ///
    /// Tag信息
    #[serde(
        rename = "tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}
impl Disk {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `attachments`.
    pub fn with_attachments(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<DiskAttachment>>,
    ) -> Self {
        self.attachments = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `az`.
    pub fn with_az(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.az = ::std::option::Option::Some(value.into());
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
    /// Sets `description`.
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `diskId`.
    pub fn with_disk_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `diskSizeGB`.
    pub fn with_disk_size_gb(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.disk_size_gb = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `diskType`.
    pub fn with_disk_type(mut self, value: impl ::std::convert::Into<DiskDiskType>) -> Self {
        self.disk_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `multiAttachable`.
    pub fn with_multi_attachable(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.multi_attachable = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `snapshotId`.
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<DiskStatus>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tags`.
    pub fn with_tags(mut self, value: impl ::std::convert::Into<::std::vec::Vec<Tag>>) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DiskAttachment`
///
/// *Documented in* `specs/disk/zh/jdclouddocs-cn/describeDisks.md` *line 65.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DiskAttachment {
    /// Attaching Time
    ///
    /// **中文**
    ///
    /// 挂载时间
    #[serde(
        rename = "attachTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attach_time: ::std::option::Option<::std::string::String>,
    /// Attach ID
    ///
    /// **中文**
    ///
    /// 挂载ID
    #[serde(
        rename = "attachmentId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attachment_id: ::std::option::Option<::std::string::String>,
    /// Cloud Disk Service ID
    ///
    /// **中文**
    ///
    /// 云硬盘ID
    #[serde(
        rename = "diskId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
    /// ID of instance attached
    ///
    /// **中文**
    ///
    /// 挂载实例的ID
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// Type of the instance  attached, vm or nc
    ///
    /// **中文**
    ///
    /// 挂载实例的类型，取值为 vm、nc
    #[serde(
        rename = "instanceType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<DiskAttachmentInstanceType>,
    /// Attaching state, "attaching", "attached", "detaching" or "detached"
    ///
    /// **中文**
    ///
    /// 挂载状态，取值为 "attaching", "attached", "detaching", "detached"
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<DiskAttachmentStatus>,
}
impl DiskAttachment {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `attachTime`.
    pub fn with_attach_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.attach_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `attachmentId`.
    pub fn with_attachment_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.attachment_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `diskId`.
    pub fn with_disk_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_id = ::std::option::Option::Some(value.into());
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
    /// Sets `instanceType`.
    pub fn with_instance_type(
        mut self,
        value: impl ::std::convert::Into<DiskAttachmentInstanceType>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<DiskAttachmentStatus>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DiskSpec`
///
/// *Documented in* `specs/disk/en/jdcloudcom-en/createDisks.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DiskSpec {
    /// Availability zone, to which the cloud disk service belongs
    ///
    /// **中文**
    ///
    /// 云硬盘所属的可用区
    #[serde(rename = "az", default)]
    pub az: ::std::string::String,
    /// Billing configuration. If not specified, the default billing type is pay-as-you-go - pay by service time by default.
    ///
    /// **中文**
    ///
    /// 计费配置；如不指定，默认计费类型是后付费-按使用时常付费
    #[serde(
        rename = "charge",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge: ::std::option::Option<ChargeSpec>,
    /// Description of the cloud disk service
    ///
    /// **中文**
    ///
    /// 云硬盘描述
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Size of the cloud disk service, in GiB; ssd value range of \[20,1000\]GB and step size of 10G; premium-hdd value range of \[20,3000\]GB and step size of 10G
    ///
    /// **中文**
    ///
    /// 云硬盘大小，单位为 GiB，ssd 类型取值范围\[20,1000\]GB，步长为10G，premium-hdd 类型取值范围\[20,3000\]GB，步长为10G
    #[serde(rename = "diskSizeGB", default)]
    pub disk_size_gb: i32,
    /// Type of the cloud disk service, value ssd or premium-hdd
    ///
    /// **中文**
    ///
    /// 云硬盘类型，取值为ssd、premium-hdd之一
    #[serde(rename = "diskType", default)]
    pub disk_type: DiskSpecDiskType,
    /// Whether the cloud disk service supports the mode that one disk is attached to multiple machines. It is set as false by default (not supported).
    ///
    /// **中文**
    ///
    /// 云硬盘是否支持一盘多主机挂载，默认为false（不支持）
    #[serde(
        rename = "multiAttachable",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub multi_attachable: ::std::option::Option<bool>,
    /// Name of the cloud disk service
    ///
    /// **中文**
    ///
    /// 云硬盘名称
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// Snapshot ID used to create cloud disk service
    ///
    /// **中文**
    ///
    /// 用于创建云硬盘的快照ID
    #[serde(
        rename = "snapshotId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
}
impl DiskSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        az: impl ::std::convert::Into<::std::string::String>,
        disk_size_gb: impl ::std::convert::Into<i32>,
        disk_type: impl ::std::convert::Into<DiskSpecDiskType>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            az: az.into(),
            disk_size_gb: disk_size_gb.into(),
            disk_type: disk_type.into(),
            name: name.into(),
            ..::std::default::Default::default()
        }
    }
    /// Sets `charge`.
    pub fn with_charge(mut self, value: impl ::std::convert::Into<ChargeSpec>) -> Self {
        self.charge = ::std::option::Option::Some(value.into());
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
    /// Sets `multiAttachable`.
    pub fn with_multi_attachable(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.multi_attachable = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `snapshotId`.
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Filter`
///
/// *Documented in* `specs/disk/zh/jdclouddocs-cn/describeDisks.md` *line 26.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Filter {
    /// Name of filter requirements
    ///
    /// **中文**
    ///
    /// 过滤条件的名称
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// Operator of filter requirements is eq by default
    ///
    /// **中文**
    ///
    /// 过滤条件的操作符，默认eq
    #[serde(
        rename = "operator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operator: ::std::option::Option<::std::string::String>,
    /// Value of filter requirements
    ///
    /// **中文**
    ///
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
/// `Snapshot`
///
/// *Documented in* `specs/disk/zh/jdclouddocs-cn/describeSnapshots.md` *line 42.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Snapshot {
    /// Creation Time
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
    /// Snapshot Description
    ///
    /// **中文**
    ///
    /// 快照描述
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Cloud disk service ID used to create the snapshot
    ///
    /// **中文**
    ///
    /// 创建快照的云硬盘ID
    #[serde(
        rename = "diskId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
    /// Snapshot Name
    ///
    /// **中文**
    ///
    /// 快照名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// Cloud Disk Snapshot ID
    ///
    /// **中文**
    ///
    /// 云硬盘快照ID
    #[serde(
        rename = "snapshotId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// Snapshot Size, in GiB
    ///
    /// **中文**
    ///
    /// 快照大小，单位为GiB
    #[serde(
        rename = "snapshotSizeGB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_size_gb: ::std::option::Option<i32>,
    /// Snapshot state, creating, available, in-use, deleting, error_create or error_delete
    ///
    /// **中文**
    ///
    /// 快照状态，取值为 creating、available、in-use、deleting、error_create、error_delete 之一
    #[serde(
        rename = "status",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<SnapshotStatus>,
}
impl Snapshot {
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
    /// Sets `diskId`.
    pub fn with_disk_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `snapshotId`.
    pub fn with_snapshot_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `snapshotSizeGB`.
    pub fn with_snapshot_size_gb(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.snapshot_size_gb = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl ::std::convert::Into<SnapshotStatus>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}
/// `SnapshotSpec`
///
/// *Documented in* `specs/disk/en/jdcloudcom-en/createSnapshot.md` *line 29.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SnapshotSpec {
    /// Snapshot Name
    ///
    /// **中文**
    ///
    /// 快照名称
    #[serde(rename = "name", default)]
    pub name: ::std::string::String,
    /// Snapshot Description
    ///
    /// **中文**
    ///
    /// 快照描述
    #[serde(
        rename = "description",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// Cloud Disk ID used to create the Snapshot
    ///
    /// **中文**
    ///
    /// 用于创建快照的云盘ID
    #[serde(rename = "diskId", default)]
    pub disk_id: ::std::string::String,
}
impl SnapshotSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        disk_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            disk_id: disk_id.into(),
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
/// `Tag`
///
/// *Documented in* `specs/disk/zh/jdclouddocs-cn/describeDisks.md` *line 82.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Tag {
    /// Tag Key
    ///
    /// **中文**
    ///
    /// Tag键
    #[serde(
        rename = "key",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key: ::std::option::Option<::std::string::String>,
    /// Tag Value
    ///
    /// **中文**
    ///
    /// Tag值
    #[serde(
        rename = "value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl Tag {
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
    /// Sets `value`.
    pub fn with_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
/// `TagFilter`
///
/// *Documented in* `specs/disk/zh/jdclouddocs-cn/describeDisks.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TagFilter {
    /// Tag Key
    ///
    /// **中文**
    ///
    /// Tag键
    #[serde(rename = "key", default)]
    pub key: ::std::string::String,
    /// Tag Value
    ///
    /// **中文**
    ///
    /// Tag值
    #[serde(rename = "values", default)]
    pub values: ::std::vec::Vec<::std::string::String>,
}
impl TagFilter {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        key: impl ::std::convert::Into<::std::string::String>,
        values: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        Self {
            key: key.into(),
            values: values.into(),
            ..::std::default::Default::default()
        }
    }
}
/// Allowed values of ChargeChargeMode.
///
/// Payment model, the value shall be prepaid_by_duration, postpaid_by_usage or postpaid_by_duration; prepaid_by_duration refers to Pay-In-Advance; postpaid_by_usage refers to Pay By Consumption and Pay-As-You-Go; postpaid_by_duration refers to Pay By Configuration and Pay-As-You-Go, and is postpaid_by_duration by default
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
/// Cost payment status, the value is respectively normal, overdue and arrear.
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
/// Allowed values of DiskDiskType.
///
/// Disk type, ssd or premium-hdd
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DiskDiskType {
    /// `ssd`
    Ssd,
    /// `premium-hdd`
    PremiumHdd,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl DiskDiskType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ssd => "ssd",
            Self::PremiumHdd => "premium-hdd",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for DiskDiskType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for DiskDiskType {
    fn from(value: &str) -> Self {
        match value {
            "ssd" => Self::Ssd,
            "premium-hdd" => Self::PremiumHdd,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for DiskDiskType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for DiskDiskType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DiskDiskType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DiskDiskType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of DiskStatus.
///
/// Status of the cloud disk service, creating, available, in-use, extending, restoring, deleting, deleted, error_create, error_delete, error_restore or error_extend
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DiskStatus {
    /// `creating`
    Creating,
    /// `available`
    Available,
    /// `in-use`
    InUse,
    /// `extending`
    Extending,
    /// `restoring`
    Restoring,
    /// `deleting`
    Deleting,
    /// `deleted`
    Deleted,
    /// `error_create`
    ErrorCreate,
    /// `error_delete`
    ErrorDelete,
    /// `error_restore`
    ErrorRestore,
    /// `error_extend`
    ErrorExtend,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl DiskStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "creating",
            Self::Available => "available",
            Self::InUse => "in-use",
            Self::Extending => "extending",
            Self::Restoring => "restoring",
            Self::Deleting => "deleting",
            Self::Deleted => "deleted",
            Self::ErrorCreate => "error_create",
            Self::ErrorDelete => "error_delete",
            Self::ErrorRestore => "error_restore",
            Self::ErrorExtend => "error_extend",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for DiskStatus {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for DiskStatus {
    fn from(value: &str) -> Self {
        match value {
            "creating" => Self::Creating,
            "available" => Self::Available,
            "in-use" => Self::InUse,
            "extending" => Self::Extending,
            "restoring" => Self::Restoring,
            "deleting" => Self::Deleting,
            "deleted" => Self::Deleted,
            "error_create" => Self::ErrorCreate,
            "error_delete" => Self::ErrorDelete,
            "error_restore" => Self::ErrorRestore,
            "error_extend" => Self::ErrorExtend,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for DiskStatus {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for DiskStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DiskStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DiskStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of DiskAttachmentInstanceType.
///
/// Type of the instance  attached, vm or nc
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DiskAttachmentInstanceType {
    /// `vm`
    Vm,
    /// `nc`
    Nc,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl DiskAttachmentInstanceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Vm => "vm",
            Self::Nc => "nc",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for DiskAttachmentInstanceType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for DiskAttachmentInstanceType {
    fn from(value: &str) -> Self {
        match value {
            "vm" => Self::Vm,
            "nc" => Self::Nc,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for DiskAttachmentInstanceType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for DiskAttachmentInstanceType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DiskAttachmentInstanceType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DiskAttachmentInstanceType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of DiskAttachmentStatus.
///
/// Attaching state, "attaching", "attached", "detaching" or "detached"
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DiskAttachmentStatus {
    /// `attaching`
    Attaching,
    /// `attached`
    Attached,
    /// `detaching`
    Detaching,
    /// `detached`
    Detached,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl DiskAttachmentStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Attaching => "attaching",
            Self::Attached => "attached",
            Self::Detaching => "detaching",
            Self::Detached => "detached",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for DiskAttachmentStatus {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for DiskAttachmentStatus {
    fn from(value: &str) -> Self {
        match value {
            "attaching" => Self::Attaching,
            "attached" => Self::Attached,
            "detaching" => Self::Detaching,
            "detached" => Self::Detached,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for DiskAttachmentStatus {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for DiskAttachmentStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DiskAttachmentStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DiskAttachmentStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of DiskSpecDiskType.
///
/// Type of the cloud disk service, value ssd or premium-hdd
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DiskSpecDiskType {
    /// `ssd`
    Ssd,
    /// `premium-hdd`
    PremiumHdd,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl DiskSpecDiskType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ssd => "ssd",
            Self::PremiumHdd => "premium-hdd",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for DiskSpecDiskType {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for DiskSpecDiskType {
    fn from(value: &str) -> Self {
        match value {
            "ssd" => Self::Ssd,
            "premium-hdd" => Self::PremiumHdd,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for DiskSpecDiskType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for DiskSpecDiskType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DiskSpecDiskType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DiskSpecDiskType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Allowed values of SnapshotStatus.
///
/// Snapshot state, creating, available, in-use, deleting, error_create or error_delete
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SnapshotStatus {
    /// `creating`
    Creating,
    /// `available`
    Available,
    /// `in-use`
    InUse,
    /// `deleting`
    Deleting,
    /// `error_create`
    ErrorCreate,
    /// `error_delete`
    ErrorDelete,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl SnapshotStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Creating => "creating",
            Self::Available => "available",
            Self::InUse => "in-use",
            Self::Deleting => "deleting",
            Self::ErrorCreate => "error_create",
            Self::ErrorDelete => "error_delete",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for SnapshotStatus {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for SnapshotStatus {
    fn from(value: &str) -> Self {
        match value {
            "creating" => Self::Creating,
            "available" => Self::Available,
            "in-use" => Self::InUse,
            "deleting" => Self::Deleting,
            "error_create" => Self::ErrorCreate,
            "error_delete" => Self::ErrorDelete,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for SnapshotStatus {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for SnapshotStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for SnapshotStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for SnapshotStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
