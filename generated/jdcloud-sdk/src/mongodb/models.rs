//! Models of the service: request and response structures and their enums.
#![allow(clippy::large_enum_variant)]
/// `AvailableZones`
///
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/describeAvailableZones.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AvailableZones {
    /// 可用区
    #[serde(
        rename = "az",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az: ::std::option::Option<::std::string::String>,
    /// 是否可售
    #[serde(
        rename = "canSale",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub can_sale: ::std::option::Option<bool>,
}
impl AvailableZones {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `az`.
    pub fn with_az(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.az = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `canSale`.
    pub fn with_can_sale(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.can_sale = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Backup`
///
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/describeBackups.md` *line 43.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Backup {
    /// 备份结束时间
    #[serde(
        rename = "backupEndTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_end_time: ::std::option::Option<::std::string::String>,
    /// 备份ID
    #[serde(
        rename = "backupId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_id: ::std::option::Option<::std::string::String>,
    /// 备份模式，Automated(系统自动备份)、Manual(手动备份)
    #[serde(
        rename = "backupMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_mode: ::std::option::Option<::std::string::String>,
    /// 备份名称
    #[serde(
        rename = "backupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_name: ::std::option::Option<::std::string::String>,
    /// 整个备份集大小，单位：Byte
    #[serde(
        rename = "backupSizeByte",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_size_byte: ::std::option::Option<i32>,
    /// 备份开始时间
    #[serde(
        rename = "backupStartTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_start_time: ::std::option::Option<::std::string::String>,
    /// 备份状态，Waiting(等待中)、Running(备份中)、Finished(已完成)、(Failed错误)
    #[serde(
        rename = "backupStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_status: ::std::option::Option<::std::string::String>,
    /// 备份所属实例ID
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
}
impl Backup {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `backupEndTime`.
    pub fn with_backup_end_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `backupId`.
    pub fn with_backup_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_id = ::std::option::Option::Some(value.into());
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
    /// Sets `backupName`.
    pub fn with_backup_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `backupSizeByte`.
    pub fn with_backup_size_byte(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.backup_size_byte = ::std::option::Option::Some(value.into());
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
    /// Sets `backupStatus`.
    pub fn with_backup_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_status = ::std::option::Option::Some(value.into());
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
}
/// `BackupDownloadURL`
///
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/backupDownloadURL.md` *line 32.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BackupDownloadUrl {
    /// 公网下载链接的地址
    #[serde(
        rename = "backupInternetDownloadURL",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_internet_download_url: ::std::option::Option<::std::string::String>,
    /// 内网下载链接的地址
    #[serde(
        rename = "backupIntranetDownloadURL",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_intranet_download_url: ::std::option::Option<::std::string::String>,
    /// 备份名称
    #[serde(
        rename = "backupName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_name: ::std::option::Option<::std::string::String>,
    /// 公网和内网的下载链接过期时间
    #[serde(
        rename = "linkExpiredTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub link_expired_time: ::std::option::Option<::std::string::String>,
}
impl BackupDownloadUrl {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `backupInternetDownloadURL`.
    pub fn with_backup_internet_download_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_internet_download_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `backupIntranetDownloadURL`.
    pub fn with_backup_intranet_download_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_intranet_download_url = ::std::option::Option::Some(value.into());
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
    /// Sets `linkExpiredTime`.
    pub fn with_link_expired_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.link_expired_time = ::std::option::Option::Some(value.into());
        self
    }
}
/// `BackupDownloadUrlResult`
///
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/backupDownloadURL.md` *line 28.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BackupDownloadUrlResult {
    /// `backupDownloadURL`
    #[serde(
        rename = "backupDownloadURL",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_download_url: ::std::option::Option<BackupDownloadUrl>,
}
impl BackupDownloadUrlResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `backupDownloadURL`.
    pub fn with_backup_download_url(
        mut self,
        value: impl ::std::convert::Into<BackupDownloadUrl>,
    ) -> Self {
        self.backup_download_url = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Charge`
///
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/describeInstances.md` *line 75.*
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
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/createInstance.md` *line 39.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ChargeSpec {
    /// 预付费计费时长，预付费必填，当chargeMode取值为prepaid_by_duration时有效。当chargeUnit为month时取值为：1~9，当chargeUnit为year时取值为：1、2、3
    #[serde(
        rename = "chargeDuration",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_duration: ::std::option::Option<i32>,
    /// 计费模式，取值为：prepaid_by_duration，postpaid_by_usage或postpaid_by_duration，prepaid_by_duration表示预付费，postpaid_by_usage表示按用量后付费，postpaid_by_duration表示按配置后付费，默认为postpaid_by_duration.请参阅具体产品线帮助文档确认该产品线支持的计费类型
    #[serde(
        rename = "chargeMode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_mode: ::std::option::Option<ChargeSpecChargeMode>,
    /// 预付费计费单位，预付费必填，当chargeMode为prepaid_by_duration时有效，取值为：month、year，默认为month
    #[serde(
        rename = "chargeUnit",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_unit: ::std::option::Option<ChargeSpecChargeUnit>,
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
        value: impl ::std::convert::Into<ChargeSpecChargeUnit>,
    ) -> Self {
        self.charge_unit = ::std::option::Option::Some(value.into());
        self
    }
}
/// `CreateBackupResult`
///
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/createBackup.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateBackupResult {
    /// `backupId`
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
/// `CreateInstanceResult`
///
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/createInstance.md` *line 52.*
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
    /// `orderId`
    #[serde(
        rename = "orderId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_id: ::std::option::Option<::std::string::String>,
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
    /// Sets `orderId`.
    pub fn with_order_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.order_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DBInstance`
///
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/describeInstances.md` *line 49.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DbInstance {
    /// 默认用户名
    #[serde(
        rename = "accountName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_name: ::std::option::Option<::std::string::String>,
    /// 可取区ID，依次为主、从、隐藏节点所在可用区
    #[serde(
        rename = "azId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub az_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 自动备份保留时间
    #[serde(
        rename = "backupRetentionPeriod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_retention_period: ::std::option::Option<i32>,
    /// 计费信息
    #[serde(
        rename = "charge",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge: ::std::option::Option<Charge>,
    /// 创建时间
    #[serde(
        rename = "createTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// 默认库名
    #[serde(
        rename = "dBName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub d_b_name: ::std::option::Option<::std::string::String>,
    /// 数据库类型
    #[serde(
        rename = "engine",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub engine: ::std::option::Option<::std::string::String>,
    /// 数据库版本
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
    /// 域名
    #[serde(
        rename = "instanceDomain",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_domain: ::std::option::Option<::std::string::String>,
    /// 实例ID
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// 内存，单位GB
    #[serde(
        rename = "instanceMemoryGB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_memory_gb: ::std::option::Option<i32>,
    /// 实例名称
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
    /// 实例状态.RUNNING：运行, ERROR：错误 ,BUILDING：创建中, DELETING：删除中, RESTORING：恢复中, RESIZING：变配中
    #[serde(
        rename = "instanceStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_status: ::std::option::Option<::std::string::String>,
    /// 存储空间
    #[serde(
        rename = "instanceStorageGB",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_storage_gb: ::std::option::Option<i32>,
    /// 是否设置白名单，true：已设置，false：未设置
    #[serde(
        rename = "isSetSecurityIps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_set_security_ips: ::std::option::Option<bool>,
    /// 自动备份时间，如：00:00-02:00，表示0点到2点进行数据库自动备份
    #[serde(
        rename = "preferredBackupWindow",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub preferred_backup_window: ::std::option::Option<::std::string::String>,
    /// 系统维护时间，如：00:00-02:00，表示0点到2点进行系统维护
    #[serde(
        rename = "preferredmaintenanceWindow",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub preferredmaintenance_window: ::std::option::Option<::std::string::String>,
    /// 副本集名称
    #[serde(
        rename = "replicaSetName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub replica_set_name: ::std::option::Option<::std::string::String>,
    /// 子网ID
    #[serde(
        rename = "subnetId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// VPCID
    #[serde(
        rename = "vpcId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
}
impl DbInstance {
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
    /// Sets `azId`.
    pub fn with_az_id(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.az_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `backupRetentionPeriod`.
    pub fn with_backup_retention_period(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.backup_retention_period = ::std::option::Option::Some(value.into());
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
    /// Sets `dBName`.
    pub fn with_d_b_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.d_b_name = ::std::option::Option::Some(value.into());
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
    /// Sets `instanceDomain`.
    pub fn with_instance_domain(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_domain = ::std::option::Option::Some(value.into());
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
    /// Sets `instanceMemoryGB`.
    pub fn with_instance_memory_gb(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.instance_memory_gb = ::std::option::Option::Some(value.into());
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
    /// Sets `isSetSecurityIps`.
    pub fn with_is_set_security_ips(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.is_set_security_ips = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `preferredBackupWindow`.
    pub fn with_preferred_backup_window(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.preferred_backup_window = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `preferredmaintenanceWindow`.
    pub fn with_preferredmaintenance_window(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.preferredmaintenance_window = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `replicaSetName`.
    pub fn with_replica_set_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.replica_set_name = ::std::option::Option::Some(value.into());
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
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/createInstance.md` *line 23.*
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DbInstanceSpec {
    /// 可用区ID，必填，第一个ID为primary所在可用区ID，第二个为secondary，第三个为hidden。multiAZ选择是，则primary与secondary的可用区ID需相同，且与hidden不同；multiAZ选择否，三个节点写相同的可用区ID。
    #[serde(rename = "azId", default)]
    pub az_id: ::std::vec::Vec<::std::string::String>,
    /// 按备份创建使用的具体备份ID
    #[serde(
        rename = "backupId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_id: ::std::option::Option<::std::string::String>,
    /// 数据库类型，MongoDB
    #[serde(
        rename = "engine",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub engine: ::std::option::Option<::std::string::String>,
    /// 数据库版本，3.2
    #[serde(
        rename = "engineVersion",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub engine_version: ::std::option::Option<::std::string::String>,
    /// 实例规格代码。mongo.s1.small：1核2G;mongo.s1.medium：2核4G;mongo.s1.large：4核8G;mongo.s1.xlarge：8核16G;mongo.s2.2xlarge：8核32G;mongo.s2.4xlarge：16核64G;
    #[serde(rename = "instanceClass", default)]
    pub instance_class: ::std::string::String,
    /// 实例名称，只支持数字、字母、英文下划线、中文，且不少于2字符不超过32字符。
    #[serde(
        rename = "instanceName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// 存储空间，单位GB，取值10-1000,10的倍数。
    #[serde(rename = "instanceStorageGB", default)]
    pub instance_storage_gb: i32,
    /// 是否选择多可用区部署
    #[serde(rename = "multiAZ", default)]
    pub multi_az: bool,
    /// 基于一个实例的备份创建新实例，如填写则restoreTime也需要填写。
    #[serde(
        rename = "originDBInstanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_db_instance_id: ::std::option::Option<::std::string::String>,
    /// 密码，必须包含且只支持字母及数字，不少于8字符不超过16字符。
    #[serde(
        rename = "password",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::std::string::String>,
    /// 用户指定备份保留周期内的任意时间点，如2011-06-11T16:00:00Z，非必填，与backupId互斥。
    #[serde(
        rename = "restoreTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub restore_time: ::std::option::Option<::std::string::String>,
    /// 子网ID
    #[serde(rename = "subnetId", default)]
    pub subnet_id: ::std::string::String,
    /// VPCID
    #[serde(rename = "vpcId", default)]
    pub vpc_id: ::std::string::String,
}
impl DbInstanceSpec {
    ///A value with the required fields set; set the others with the `with_` methods.
    pub fn new(
        az_id: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
        instance_class: impl ::std::convert::Into<::std::string::String>,
        instance_storage_gb: impl ::std::convert::Into<i32>,
        multi_az: impl ::std::convert::Into<bool>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
        vpc_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            az_id: az_id.into(),
            instance_class: instance_class.into(),
            instance_storage_gb: instance_storage_gb.into(),
            multi_az: multi_az.into(),
            subnet_id: subnet_id.into(),
            vpc_id: vpc_id.into(),
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
    /// Sets `instanceName`.
    pub fn with_instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `originDBInstanceId`.
    pub fn with_origin_db_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.origin_db_instance_id = ::std::option::Option::Some(value.into());
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
    /// Sets `restoreTime`.
    pub fn with_restore_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.restore_time = ::std::option::Option::Some(value.into());
        self
    }
}
impl ::std::fmt::Debug for DbInstanceSpec {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DbInstanceSpec")
            .field("azId", &self.az_id)
            .field("backupId", &self.backup_id)
            .field("engine", &self.engine)
            .field("engineVersion", &self.engine_version)
            .field("instanceClass", &self.instance_class)
            .field("instanceName", &self.instance_name)
            .field("instanceStorageGB", &self.instance_storage_gb)
            .field("multiAZ", &self.multi_az)
            .field("originDBInstanceId", &self.origin_db_instance_id)
            .field("password", &"***")
            .field("restoreTime", &self.restore_time)
            .field("subnetId", &self.subnet_id)
            .field("vpcId", &self.vpc_id)
            .finish()
    }
}
/// `DescribeAvailableZonesResult`
///
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/describeAvailableZones.md` *line 26.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeAvailableZonesResult {
    /// `availableZones`
    #[serde(
        rename = "availableZones",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_zones: ::std::option::Option<::std::vec::Vec<AvailableZones>>,
}
impl DescribeAvailableZonesResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `availableZones`.
    pub fn with_available_zones(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<AvailableZones>>,
    ) -> Self {
        self.available_zones = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeBackupPolicyResult`
///
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/describeBackupPolicy.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeBackupPolicyResult {
    /// `backupRetentionPeriod`
    #[serde(
        rename = "backupRetentionPeriod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_retention_period: ::std::option::Option<::std::string::String>,
    /// `preferredBackupPeriod`
    #[serde(
        rename = "preferredBackupPeriod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub preferred_backup_period: ::std::option::Option<::std::string::String>,
    /// `preferredBackupWindow`
    #[serde(
        rename = "preferredBackupWindow",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub preferred_backup_window: ::std::option::Option<::std::string::String>,
}
impl DescribeBackupPolicyResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `backupRetentionPeriod`.
    pub fn with_backup_retention_period(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_retention_period = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `preferredBackupPeriod`.
    pub fn with_preferred_backup_period(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.preferred_backup_period = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `preferredBackupWindow`.
    pub fn with_preferred_backup_window(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.preferred_backup_window = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeBackupsResult`
///
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/describeBackups.md` *line 37.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeBackupsResult {
    /// `backups`
    #[serde(
        rename = "backups",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backups: ::std::option::Option<::std::vec::Vec<Backup>>,
    /// `pageNumber`
    #[serde(
        rename = "pageNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `totalCount`
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
    /// Sets `backups`.
    pub fn with_backups(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Backup>>,
    ) -> Self {
        self.backups = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pageNumber`.
    pub fn with_page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeFlavorsResult`
///
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/describeFlavors.md` *line 26.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeFlavorsResult {
    /// `flavors`
    #[serde(
        rename = "flavors",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub flavors: ::std::option::Option<::std::vec::Vec<Flavor>>,
}
impl DescribeFlavorsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `flavors`.
    pub fn with_flavors(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Flavor>>,
    ) -> Self {
        self.flavors = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeInstancesResult`
///
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/describeInstances.md` *line 43.*
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
    /// `pageNumber`
    #[serde(
        rename = "pageNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
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
    /// Sets `pageNumber`.
    pub fn with_page_number(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `totalCount`.
    pub fn with_total_count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.total_count = ::std::option::Option::Some(value.into());
        self
    }
}
/// `DescribeSecurityIpsResult`
///
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/describeSecurityIps.md` *line 27.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSecurityIpsResult {
    /// `securityIps`
    #[serde(
        rename = "securityIps",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_ips: ::std::option::Option<::std::string::String>,
}
impl DescribeSecurityIpsResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `securityIps`.
    pub fn with_security_ips(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_ips = ::std::option::Option::Some(value.into());
        self
    }
}
/// `Filter`
///
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/describeInstances.md` *line 25.*
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
/// `Flavor`
///
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/describeFlavors.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Flavor {
    /// CPU核数
    #[serde(
        rename = "cpu",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu: ::std::option::Option<i32>,
    /// 磁盘步长
    #[serde(
        rename = "diskStep",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_step: ::std::option::Option<i32>,
    /// iops
    #[serde(
        rename = "iops",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub iops: ::std::option::Option<i32>,
    /// 最大磁盘数,单位GB
    #[serde(
        rename = "maxDisk",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_disk: ::std::option::Option<i32>,
    /// 最大连接数
    #[serde(
        rename = "maxLink",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_link: ::std::option::Option<i32>,
    /// 内存 ,单位GB
    #[serde(
        rename = "memory",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<i32>,
    /// 最下磁盘数,单位GB
    #[serde(
        rename = "minDisk",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_disk: ::std::option::Option<i32>,
}
impl Flavor {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `cpu`.
    pub fn with_cpu(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.cpu = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `diskStep`.
    pub fn with_disk_step(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.disk_step = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `iops`.
    pub fn with_iops(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.iops = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `maxDisk`.
    pub fn with_max_disk(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.max_disk = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `maxLink`.
    pub fn with_max_link(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.max_link = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `memory`.
    pub fn with_memory(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.memory = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `minDisk`.
    pub fn with_min_disk(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.min_disk = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ModifyBackupPolicyResult`
///
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/modifyBackupPolicy.md` *line 30.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyBackupPolicyResult {
    /// `backupRetentionPeriod`
    #[serde(
        rename = "backupRetentionPeriod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_retention_period: ::std::option::Option<::std::string::String>,
    /// `preferredBackupPeriod`
    #[serde(
        rename = "preferredBackupPeriod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub preferred_backup_period: ::std::option::Option<::std::string::String>,
    /// `preferredBackupWindow`
    #[serde(
        rename = "preferredBackupWindow",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub preferred_backup_window: ::std::option::Option<::std::string::String>,
}
impl ModifyBackupPolicyResult {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `backupRetentionPeriod`.
    pub fn with_backup_retention_period(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_retention_period = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `preferredBackupPeriod`.
    pub fn with_preferred_backup_period(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.preferred_backup_period = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `preferredBackupWindow`.
    pub fn with_preferred_backup_window(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.preferred_backup_window = ::std::option::Option::Some(value.into());
        self
    }
}
/// `ModifyInstanceSpecResult`
///
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/modifyInstanceSpec.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyInstanceSpecResult {
    /// `instanceId`
    #[serde(
        rename = "instanceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `orderId`
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
    /// Sets `instanceId`.
    pub fn with_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
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
/// `Sort`
///
/// *Documented in* `specs/mongodb/zh/jdclouddocs-cn/describeInstances.md` *line 31.*
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Sort {
    /// 排序条件的方向
    #[serde(
        rename = "direction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub direction: ::std::option::Option<::std::string::String>,
    /// 排序条件的名称
    #[serde(
        rename = "name",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
}
impl Sort {
    ///A value with every field unset.
    pub fn new() -> Self {
        Self {
            ..::std::default::Default::default()
        }
    }
    /// Sets `direction`.
    pub fn with_direction(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.direction = ::std::option::Option::Some(value.into());
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
/// 计费模式，取值为：prepaid_by_duration，postpaid_by_usage或postpaid_by_duration，prepaid_by_duration表示预付费，postpaid_by_usage表示按用量后付费，postpaid_by_duration表示按配置后付费，默认为postpaid_by_duration.请参阅具体产品线帮助文档确认该产品线支持的计费类型
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
/// Allowed values of ChargeSpecChargeUnit.
///
/// 预付费计费单位，预付费必填，当chargeMode为prepaid_by_duration时有效，取值为：month、year，默认为month
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ChargeSpecChargeUnit {
    /// `month`
    Month,
    /// `year`
    Year,
    /// A value this version of the SDK does not know; kept as sent.
    Unknown(::std::string::String),
}
impl ChargeSpecChargeUnit {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Month => "month",
            Self::Year => "year",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::default::Default for ChargeSpecChargeUnit {
    fn default() -> Self {
        Self::Unknown(::std::string::String::new())
    }
}
impl ::std::convert::From<&str> for ChargeSpecChargeUnit {
    fn from(value: &str) -> Self {
        match value {
            "month" => Self::Month,
            "year" => Self::Year,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl ::std::convert::From<::std::string::String> for ChargeSpecChargeUnit {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}
impl ::std::fmt::Display for ChargeSpecChargeUnit {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ChargeSpecChargeUnit {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ChargeSpecChargeUnit {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
